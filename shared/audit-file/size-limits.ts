import {
  formatCount,
  formatMegabytes,
  MAX_ACTIONS,
  MAX_AUDIT_FILE_BYTES,
  MAX_AUDIT_TEXT,
  MAX_CONTACTS,
  MAX_GROUPS,
  MAX_ITEM_ENTRIES,
  MAX_PARTICIPANTS,
  MAX_RESPONSES,
  MAX_ROUNDS,
} from '../limits.ts';

/**
 * The checks made before an audit file is parsed or validated, so input far beyond any real
 * audit is refused at once, with the limit, the figure and the maximum, and costs nothing more.
 */

/** The lists of an audit file whose length is limited, and how a message calls their entries. */
const SECTIONS: readonly (readonly [key: string, entries: string, max: number])[] = [
  ['groups', 'role groups', MAX_GROUPS],
  ['participants', 'participants', MAX_PARTICIPANTS],
  ['responses', 'answers', MAX_RESPONSES],
  ['rounds', 're-vote rounds', MAX_ROUNDS],
  ['consensus', 'consensus values', MAX_ITEM_ENTRIES],
  ['discussion', 'discussion notes', MAX_ITEM_ENTRIES],
  ['contacts', 'priority contacts', MAX_CONTACTS],
  ['actions', 'actions', MAX_ACTIONS],
  ['planReview', 'reviewed actions', MAX_ACTIONS],
];

/** The length of a string in bytes of UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** The problem with the size of an audit file's text, or null when it is within the limit. */
export function fileSizeProblem(text: string): string | null {
  // A UTF-8 character is at most three bytes per UTF-16 unit: short text needs no counting.
  if (text.length * 3 <= MAX_AUDIT_FILE_BYTES) return null;
  const bytes = utf8Length(text);
  if (bytes <= MAX_AUDIT_FILE_BYTES) return null;
  return `the file is ${formatMegabytes(bytes)}; an audit file may be at most ${formatMegabytes(MAX_AUDIT_FILE_BYTES)}`;
}

/** One line per list of a parsed audit file that is longer than its limit, before any entry is looked at. */
export function sectionSizeProblems(json: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  for (const [key, entries, max] of SECTIONS) {
    const list = json[key];
    if (Array.isArray(list) && list.length > max) {
      problems.push(
        `${key}: the file lists ${formatCount(list.length)} ${entries}; an audit may have at most ${formatCount(max)}`,
      );
    }
  }
  return problems;
}

/** The free-text fields of each list of an audit file: what the report prints at length. */
const TEXT_FIELDS: readonly (readonly [key: string, fields: readonly string[]])[] = [
  ['responses', ['note']],
  ['consensus', ['note']],
  ['discussion', ['note']],
  ['contacts', ['note']],
  ['actions', ['description', 'successMeasure']],
  ['planReview', ['note']],
];

/**
 * The problem with the free text of a parsed audit file taken together, or null: each note
 * has its own limit, and all of them together this one, so the report stays bounded.
 */
export function textTotalProblem(json: Readonly<Record<string, unknown>>): string | null {
  let total = 0;
  for (const [key, fields] of TEXT_FIELDS) {
    const list = json[key];
    if (!Array.isArray(list)) continue;
    for (const entry of list as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      for (const field of fields) {
        const value = (entry as Record<string, unknown>)[field];
        if (typeof value === 'string') total += value.length;
      }
    }
  }
  // The consultant's commentary: the summary and each dimension's text.
  const commentary = json.commentary;
  if (typeof commentary === 'object' && commentary !== null) {
    const { summary, dimensions } = commentary as Record<string, unknown>;
    if (typeof summary === 'string') total += summary.length;
    if (Array.isArray(dimensions)) {
      for (const entry of dimensions as unknown[]) {
        const value =
          typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).text : null;
        if (typeof value === 'string') total += value.length;
      }
    }
  }
  if (total <= MAX_AUDIT_TEXT) return null;
  return `the notes hold ${formatCount(total)} characters in all; an audit may hold at most ${formatCount(MAX_AUDIT_TEXT)}`;
}
