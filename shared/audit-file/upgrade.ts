/**
 * Upgraders from older audit file formats to the current one, keyed by the version they
 * read. Format 1 is the first, so there is none yet; when format 2 arrives, `1: (file) => …`
 * goes here and old files keep opening.
 */
export const upgraders: Readonly<Record<number, (file: Record<string, unknown>) => Record<string, unknown>>> =
  {};
