import type { AuditFile } from '../audit-file/schema.ts';
import type { Level } from '../scoring/levels.ts';

/** One audit as the home view lists it. */
export type AuditSummary = {
  readonly id: string;
  readonly title: string;
  readonly organization: string;
  readonly date: string;
  readonly status: 'in-progress' | 'complete';
  readonly participants: number;
  readonly level: Level | null;
  readonly index: number | null;
  /** The level is provisional: too few answers yet (scoring.md, "Completeness"). */
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

export type Participant = {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  /** Shown instead of the name when answers are anonymous: P1, P2, … */
  readonly code: string;
};

export type Response = {
  readonly participantId: string;
  readonly itemId: string;
  /** An integer on the item's scale, or null for "Not sure". */
  readonly value: number | null;
  readonly note: string;
  readonly updatedAt: string;
};

export type Consensus = { readonly itemId: string; readonly value: number; readonly note: string };

export type DiscussionNote = { readonly itemId: string; readonly note: string };

export type ContactCategory = 'rescue' | 'revenue' | 'request' | 'relationship';

export type Contact = {
  readonly id: string;
  readonly name: string;
  readonly category: ContactCategory;
  readonly importance: number;
  readonly performance: number;
  readonly note: string;
};

export type ActionStatus = 'open' | 'in-progress' | 'done' | 'dropped';

/** An action in the team's plan: accepted from the recommendations (source = library id) or custom. */
export type PlanAction = {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly owner: string;
  /** YYYY-MM-DD, or empty when no date is set. */
  readonly due: string;
  readonly successMeasure: string;
  readonly status: ActionStatus;
  /** The recommended action's id (rule and subject) it came from, or "custom". */
  readonly source: string;
};

export type Branding = { readonly accentColor: string | null; readonly logo: string | null };

/** Everything about one audit that a view or the report needs. */
export type AuditDetail = {
  readonly id: string;
  readonly title: string;
  readonly organization: string;
  readonly date: string;
  readonly facilitator: string;
  readonly status: 'in-progress' | 'complete';
  readonly instrument: { readonly id: string; readonly version: string };
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
  readonly participants: readonly Participant[];
  readonly responses: readonly Response[];
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
  /** The level is provisional (scoring.md, "Completeness"). */
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
