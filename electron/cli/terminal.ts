/**
 * Text made safe for a terminal. Titles, names and file contents can hold escape codes that
 * retitle the window, clear the screen or write to the clipboard; a database written before
 * such text was refused may hold them still. Every line `rca` prints, output and errors
 * alike, passes through `terminalSafe` (runCli wraps the io), so printing is safe whatever
 * is stored.
 */

/**
 * Whole escape sequences, so no stray parameters are left behind: CSI (ESC [ or 8-bit CSI),
 * OSC, DCS, SOS, PM and APC strings (up to BEL, ST or the end of the line), and two-character
 * escapes. An unterminated string stops at a line break, so it cannot swallow what follows.
 */
const SEQUENCE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c\n]*(?:\u0007|\u009c|\u001b\\)?|\u001b[ -~]?/gu;

/** Anything else a terminal acts on: C0 but tab and line feed, DEL, C1, bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** Line breaks, for text that must stay on one line (a title in a list). */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/gu;

/** The text with every escape sequence and control character removed; tabs and line feeds stay unless `singleLine`. */
export function terminalSafe(text: string, options: { readonly singleLine?: boolean } = {}): string {
  const lines = options.singleLine ? text.replace(LINE_BREAK, ' ') : text;
  return lines.replace(SEQUENCE, '').replace(UNSAFE, '');
}

/** Characters JSON leaves as they are that a terminal would act on (C0 is escaped by JSON already). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

/**
 * JSON for a terminal: the same data, exactly, with the characters a terminal would act on
 * written as \u escapes (they can only occur inside strings, so the JSON stays valid).
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    UNSAFE_IN_JSON,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
