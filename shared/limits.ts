/**
 * The largest input Reality Check accepts, in one place: the audit file schema, the API
 * schemas, the import, the report and the HTTP binding all read these. They sit far above
 * any real audit (a leadership team is 5 to 40 people answering the instrument's 65 items)
 * and low enough that import, scoring and the report stay quick and bounded in memory.
 * Larger input is refused before any of it is processed, with a message naming the limit,
 * the figure and the maximum. README ("Limits") and SECURITY.md list them for users.
 */

/** Participants in one audit; `npm run bench` measures import and report at this size. */
export const MAX_PARTICIPANTS = 5_000;

/** Answers in one audit file: every participant answering up to 100 items. */
export const MAX_RESPONSES = MAX_PARTICIPANTS * 100;

/** Consensus values, and discussion notes, in one audit: at most one per item. */
export const MAX_ITEM_ENTRIES = 1_000;

/** Role groups in one audit (format 2): a few per audit, such as the board and the front line. */
export const MAX_GROUPS = 100;

/**
 * Re-vote rounds in one audit after the blind first round (docs/spec/scoring.md, "Re-vote
 * rounds"): a team re-scores its split items once or twice; this is far above that.
 */
export const MAX_ROUNDS = 20;

/** Priority contacts in one audit (the team lists its top 10 to 15, docs/spec/product.md). */
export const MAX_CONTACTS = 15;

/** Actions in one audit's plan. */
export const MAX_ACTIONS = 1_000;

/** A name or a title (people, organisation, audit, contact, action), and short texts (role, owner). */
export const MAX_NAME = 300;

/** One note, description or success measure. */
export const MAX_NOTE = 20_000;

/**
 * The free text of one audit in all (notes, descriptions, success measures), in characters:
 * about 900 pages of report. A team of 40 writing a long note on every item stays far below.
 */
export const MAX_AUDIT_TEXT = 5_000_000;

/** An identifier chosen by a file or the app. */
export const MAX_ID = 100;

/** A participant's anonymous code. */
export const MAX_CODE = 20;

/**
 * The consultant's commentary: the summary and recommendations in their own words, and each
 * dimension's, one text each (about five pages of report at the longest).
 */
export const MAX_COMMENTARY = 20_000;

/** A logo, as the characters of its data: URL (about 1.5 MB of image). */
export const MAX_LOGO = 2_000_000;

/** The size of an audit file, in bytes of UTF-8 (a 5,000-participant export is about 30 MB). */
export const MAX_AUDIT_FILE_BYTES = 50_000_000;

/**
 * The size of a response file (one person's answers from a pre-work form), in bytes of UTF-8:
 * every item of the instrument with a note at the longest is about 4 MB.
 */
export const MAX_RESPONSE_FILE_BYTES = 5_000_000;

/** Room mode (docs/spec/room.md, "Limits and hygiene"): a message or request body from a phone, in bytes. */
export const ROOM_MAX_MESSAGE_BYTES = 16 * 1024;

/** A note typed on a phone, in characters (four bytes each at most, so a message stays under 16 KB). */
export const ROOM_MAX_NOTE = 2_000;

/** Seats in one room, and so phones connected at once. */
export const ROOM_MAX_SEATS = 200;

/**
 * Phones a room remembers, seated or not. A phone that joined but holds no seat counts too, so
 * past this the unseated phone seen longest ago is forgotten (it joins again if it comes back).
 */
export const ROOM_MAX_DEVICES = 2 * ROOM_MAX_SEATS;

/** Messages one phone may send per minute (a fast scorer sends a few per item). */
export const ROOM_MESSAGES_PER_MINUTE = 600;

/** Wrong join codes and room tokens from one client address per minute before every attempt gets 429. */
export const ROOM_WRONG_CODES_PER_MINUTE = 10;

/** How often the server pings each phone, and how long a silent one is kept (docs/spec/room.md: ~30 s). */
export const ROOM_PING_MS = 10_000;
export const ROOM_SILENT_MS = 30_000;

/** The largest sequence number a phone may use (a phone sends one per answer). */
export const ROOM_MAX_SEQ = 1_000_000_000;

/** Problems listed one by one when input is invalid; the rest are counted in one last line. */
export const MAX_PROBLEMS = 50;

/** A count as people read it: 5,000. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** A size in megabytes, rounded up to one decimal so a file just over the limit never reads as at it. */
export function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil(bytes / 100_000);
  return `${(tenths / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}

const MORE = /^… and [\d,]+ more problems?$/;

/**
 * At most MAX_PROBLEMS problems, then one line counting the rest, so a file with 100,000
 * bad values gives a readable message (and a bounded one) in the CLI, the API and the window.
 */
export function capProblems(problems: readonly string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  // Capping a capped list changes nothing: the service caps what the validator capped already.
  if (problems.length === MAX_PROBLEMS + 1 && MORE.test(problems[MAX_PROBLEMS] ?? '')) return [...problems];
  const more = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    `… and ${formatCount(more)} more problem${more === 1 ? '' : 's'}`,
  ];
}
