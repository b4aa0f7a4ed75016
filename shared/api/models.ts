import type { AuditStatus } from '../audit-file/fields.ts';
import type { AuditFile } from '../audit-file/schema.ts';
import type { Level } from '../scoring/levels.ts';

/** An audit's branding as the file records it. */
type AuditBranding = NonNullable<AuditFile['audit']['branding']>;

/** One audit as the home view lists it. */
export type AuditSummary = {
  readonly id: string;
  readonly title: string;
  readonly organization: string;
  readonly date: string;
  readonly status: AuditStatus;
  readonly participants: number;
  readonly level: Level | null;
  readonly index: number | null;
  /** The level is provisional: too few answers yet (docs/spec/scoring.md, "Completeness"). */
  readonly provisional: boolean;
  /** Answers given / (participants × items), 0 to 1. */
  readonly completeness: number;
  /** When the reveal started; null while scoring is blind (the list then shows no level). */
  readonly revealedAt: string | null;
  readonly previousAuditId: string | null;
  readonly updatedAt: string;
  /** Set when the audit is in the trash. */
  readonly deletedAt: string | null;
};

/** One element of a list of the audit file (participants, responses, contacts, …). */
type FileRecord<K extends keyof AuditFile> = AuditFile[K] extends readonly (infer R)[] | undefined
  ? R
  : never;

/**
 * A record as the app stores and sends it: the audit file's record (the one schema, with its
 * names) with every optional field filled in, empty text where the file would leave it out.
 */
type Stored<T> = Readonly<Required<T>>;

/**
 * A participant; `code` is shown instead of the name when answers are anonymous: P1, P2, …;
 * `group` is the id of their role group, or empty when they belong to none.
 */
export type Participant = Stored<FileRecord<'participants'>>;

/** A role group of the audit (docs/spec/scoring.md, "Role groups"), such as the executive team. */
export type Group = Stored<FileRecord<'groups'>>;

/**
 * One blind answer of the first round: `participant` and `item` are ids; `value` an integer on
 * the item's scale, or null for "Not sure".
 */
export type Response = Stored<Omit<FileRecord<'responses'>, 'round'>> & { readonly updatedAt: string };

/** One answer of a re-vote round (2, 3, …), kept beside the earlier rounds' answers (docs/spec/scoring.md, "Re-vote rounds"). */
export type RoundResponse = Response & { readonly round: number };

/** A re-vote round: the items it opened, in the order chosen, when it opened, and when it closed (null while open). */
export type RevoteRound = {
  readonly round: number;
  readonly items: readonly string[];
  readonly openedAt: string;
  readonly closedAt: string | null;
};

/** The value the team agreed on for an item, with its note. */
export type Consensus = Stored<FileRecord<'consensus'>>;

/** What the team said about an item during the reveal. */
export type DiscussionNote = Stored<FileRecord<'discussion'>>;

/** A priority customer contact with its category and ratings. */
export type Contact = Stored<FileRecord<'contacts'>>;

/**
 * An action in the team's plan: accepted from the recommendations (source = the recommended
 * action's id, rule and subject) or custom (source = "custom"); `due` is YYYY-MM-DD, or empty.
 */
export type PlanAction = Stored<FileRecord<'actions'>>;

/** The audit's accent colour and logo; null where the audit has none. */
export type Branding = {
  readonly [K in keyof Required<AuditBranding>]: Exclude<AuditBranding[K], undefined> | null;
};

/** Everything about one audit that a view or the report needs. */
export type AuditDetail = {
  readonly id: string;
  readonly title: string;
  readonly organization: string;
  readonly date: string;
  readonly facilitator: string;
  readonly status: AuditStatus;
  readonly instrument: Readonly<AuditFile['instrument']>;
  readonly branding: Branding;
  /** Whether reveal and report show anonymous codes instead of names. */
  readonly anonymous: boolean;
  /**
   * When the facilitator started the reveal; null during blind scoring. Until then the window
   * keeps the reveal, results and plan closed; from then on blind answers are locked.
   */
  readonly revealedAt: string | null;
  readonly previousAuditId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deletedAt: string | null;
  /** Groups smaller than this are shown only with their size (3 to 10; 3 unless set). */
  readonly minGroupSize: number;
  /** The role groups in the order they are shown; empty when the audit has none. */
  readonly groups: readonly Group[];
  readonly participants: readonly Participant[];
  /** The blind answers (round 1). */
  readonly responses: readonly Response[];
  /** The re-vote rounds after the first, in round order. */
  readonly rounds: readonly RevoteRound[];
  /** The answers of the re-vote rounds, by round. */
  readonly roundResponses: readonly RoundResponse[];
  readonly consensus: readonly Consensus[];
  readonly discussion: readonly DiscussionNote[];
  readonly contacts: readonly Contact[];
  readonly actions: readonly PlanAction[];
};

export type BackupInfo = {
  /** The backup's file name, which is also its id. */
  readonly name: string;
  readonly createdAt: string;
  readonly reason: string;
  readonly bytes: number;
};

/** Whether the database can be written; when not, the sentence the window's banner shows. */
export type StorageStatus = { readonly readOnly: boolean; readonly message: string };

/**
 * What files.import did: imported the file (as a new audit, or as a copy when asked to), or,
 * when asked to report it, found that the file's audit is already here and imported nothing.
 * `auditId` is the audit to open either way; `title` is its title.
 */
export type ImportOutcome = {
  readonly status: 'imported' | 'exists';
  readonly auditId: string;
  readonly title: string;
};

/**
 * What files.merge did with a response file: merged its answers into a new participant, or
 * into the seat the form was made for (`seat`), or found it merged already and changed
 * nothing (`unchanged`, with no responses). `participant` is the one the answers belong to;
 * `responses` the answers it added.
 */
export type MergedResponses = {
  readonly status: 'merged' | 'unchanged';
  readonly seat: boolean;
  readonly participant: Participant;
  readonly responses: readonly Response[];
};

/** What the window says about a pre-work form it saved: whom it was made for. */
export type PreworkFormDetails = {
  /** "everyone", a group's name, or a seat's code (and name unless the audit is anonymous). */
  readonly madeFor: string;
};

/** The audit file text and a suggested file name, for the renderer to save. */
export type ExportedFile = { readonly fileName: string; readonly text: string; readonly file: AuditFile };

/** One name an anonymous report will replace, where it is and what it becomes (shared/anonymity). */
export type ReportReplacement = {
  readonly where: string;
  readonly before: string;
  readonly found: string;
  readonly after: string;
  readonly code: string;
};

/** What the Report step shows before an export: warnings, the file name, and the names to be replaced. */
export type ReportPreview = {
  /** The file name the report is offered under; no participant name when anonymous. */
  readonly fileName: string;
  /** The audit is still in progress: the cover says Draft. */
  readonly draft: boolean;
  /** The level is provisional (docs/spec/scoring.md, "Completeness"). */
  readonly provisional: boolean;
  readonly completeness: number;
  /** Participants who have not answered every item: by code when anonymous, else by name. */
  readonly incomplete: readonly string[];
  /** Every replacement the anonymous report makes, in order; empty when names are shown. */
  readonly replacements: readonly ReportReplacement[];
};

/**
 * A file a method makes for the user to keep (the PDF report). The method never writes it:
 * each transport hands it over its own way, so no caller can name a place on disk. The
 * desktop shell asks with its save dialog, the browser binding sends it as a download, the
 * command line writes it where its user said.
 */
export type MadeFile<Details> = {
  /** The name to suggest (the save dialog's default, the download's name). */
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Uint8Array;
  /** What the window tells the user about it (the report's page count). */
  readonly details: Details;
};

/** What the window hears once the desktop shell has saved a made file where the user chose. */
export type SavedFile<Details> = Details & {
  /** Where the user chose to save it. */
  readonly path: string;
  readonly bytes: number;
};
