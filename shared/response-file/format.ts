/** The `format` marker every response file carries (docs/spec/interfaces.md, "The response file"). */
export const RESPONSE_FILE_FORMAT = 'reality-check-responses';

/**
 * The newest response file format this app reads. Apart from schema.ts, so the pre-work form can
 * write files without bundling the schema library.
 */
export const CURRENT_RESPONSE_FORMAT_VERSION = 1;
