/**
 * What text Reality Check accepts in names, titles and notes. Terminal escape codes, other
 * control characters and direction overrides can retitle a terminal, clear it, write to its
 * clipboard or make a name read backwards; a name of invisible characters only looks empty.
 * The zod field schemas (fields.ts) apply these rules to the audit file and the API alike.
 */

/** C0 controls (tab, line feed and carriage return too: a name is one line), DEL and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/** The same, for text that may run over several lines: tab, line feed and carriage return are kept. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what follows. */
const DIRECTION = /[\u202a-\u202e\u2066-\u2069]/u;

/** Half of a surrogate pair on its own: not a character at all. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Characters with no visible form (zero-width spaces and joiners, soft hyphens, BOM) and spaces. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\s]/gu;

/** Why a text is refused, or null when it is acceptable; never quotes the text itself. */
export function textProblem(text: string, options: { readonly multiline?: boolean } = {}): string | null {
  if ((options.multiline ? CONTROL_BUT_LINE_BREAKS : CONTROL).test(text)) {
    return 'must not contain control characters';
  }
  if (DIRECTION.test(text))
    return 'must not contain characters that reverse or isolate the direction of text';
  if (LONE_SURROGATE.test(text)) return 'must not contain broken characters (a lone surrogate)';
  return null;
}

/** True when nothing would be seen of the text: it is empty once invisible characters are removed. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}
