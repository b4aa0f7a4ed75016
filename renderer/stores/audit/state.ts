import type { MethodInput, MethodName } from '../../../shared/api/methods.ts';
import type { AuditDetail, Contact, Group, Participant, PlanAction } from '../../../shared/api/models.ts';
import type { AuditResults } from '../../../shared/scoring/results.ts';
import type { MergeOutcome } from './prework.ts';

/** An answer the window could not save: shown until it is saved or given up, never silently dropped. */
export type FailedSave =
  | {
      readonly kind: 'response';
      readonly participantId: string;
      readonly itemId: string;
      readonly value: number | null;
      readonly note?: string;
      readonly message: string;
    }
  | { readonly kind: 'discussion'; readonly itemId: string; readonly note: string; readonly message: string }
  | {
      readonly kind: 'consensus';
      readonly itemId: string;
      readonly value: number | null;
      readonly message: string;
    };

export type SaveState = {
  readonly pending: number;
  readonly lastSavedAt: number | null;
  readonly failed: readonly FailedSave[];
  /** Discussion notes typed but not sent yet (item id → text): on screen, saved within a moment. */
  readonly drafts: Readonly<Record<string, string>>;
};

/** The fields of an edit, without the ids the store adds (the open audit's, and the row's where given). */
export type Fields<M extends MethodName, RowId extends string = never> = Omit<
  MethodInput<M>,
  'auditId' | 'id' | RowId
>;

/**
 * Every action below that changes the audit answers with the error message, or null once the
 * change is saved and on screen. The store sends each one through renderer/api.ts and applies
 * its answer (edit.ts): the changed row goes into the detail, and the results are fetched again
 * once, when a view that shows them is on screen (useAuditResults).
 */
export type AuditState = {
  readonly auditId: string | null;
  readonly detail: AuditDetail | null;
  /** The open audit's results, from the API's scoring (never computed here), as of `resultsRevision`. */
  readonly results: AuditResults | null;
  /**
   * Moves on each time the open audit changes: when it is loaded and when an edit is saved.
   * The results are current while `resultsRevision` equals it.
   */
  readonly revision: number;
  readonly resultsRevision: number;
  /** The results of the audit this one re-assesses (detail.previousAuditId), fetched once per open audit. */
  readonly previous: { readonly auditId: string; readonly results: AuditResults | null } | null;
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: string | null;
  readonly save: SaveState;
  /** Opens an audit: its detail and its results, in one round of two calls. */
  readonly load: (id: string) => Promise<void>;
  /** Fetches the results again if an edit was saved since they were fetched; once per change. */
  readonly refreshResults: () => Promise<void>;
  /** Fetches the earlier audit's results for the comparison, once for the open audit. */
  readonly loadPrevious: () => Promise<void>;

  readonly saveResponse: (
    participantId: string,
    itemId: string,
    value: number | null,
    note?: string,
  ) => Promise<boolean>;
  readonly clearResponse: (participantId: string, itemId: string) => Promise<void>;
  readonly retryFailed: () => Promise<void>;
  /** Keeps what is typed in an item's discussion note and saves it once typing pauses. */
  readonly draftDiscussion: (itemId: string, note: string) => void;
  /** Sends every discussion note not saved yet, now: on blur, on leaving an item or the page. */
  readonly flushDrafts: (itemId?: string) => void;
  /** Saves an item's discussion note; an empty note removes it. */
  readonly saveDiscussion: (itemId: string, note: string) => Promise<boolean>;
  /** Records the team's consensus on an item (null removes it), keeping any consensus note. */
  readonly saveConsensus: (itemId: string, value: number | null) => Promise<boolean>;

  /** Changes the audit's details, anonymity or branding. */
  readonly update: (fields: Fields<'audits.update'>) => Promise<string | null>;
  /** Starts the reveal (answers lock, the reveal and results open). */
  readonly startReveal: () => Promise<string | null>;
  /** Reopens blind scoring after a reveal. */
  readonly reopenScoring: () => Promise<string | null>;

  readonly addParticipant: (fields: Fields<'participants.add'>) => Promise<string | null>;
  readonly editParticipant: (
    participantId: Participant['id'],
    fields: Fields<'participants.update', 'participantId'>,
  ) => Promise<string | null>;
  /** Removes a participant and their answers. */
  readonly removeParticipant: (participantId: Participant['id']) => Promise<string | null>;
  /** Puts the participants in this order (every one of them, once). */
  readonly reorderParticipants: (participantIds: readonly string[]) => Promise<string | null>;

  /** Opens the next re-vote round on these items, in this order. */
  readonly openRound: (itemIds: readonly string[]) => Promise<string | null>;
  /** Closes a re-vote round: its answers are locked from then on. */
  readonly closeRound: (round: number) => Promise<string | null>;
  /** Takes back a round opened by mistake (while open, before anyone answered in it). */
  readonly cancelRound: (round: number) => Promise<string | null>;
  /** Saves one answer in the open round; a note is kept unless a new one is given. */
  readonly saveRoundResponse: (
    round: number,
    participantId: string,
    itemId: string,
    value: number | null,
    note?: string,
  ) => Promise<string | null>;
  readonly clearRoundResponse: (
    round: number,
    participantId: string,
    itemId: string,
  ) => Promise<string | null>;

  /** Adds a role group with this name. */
  readonly addGroup: (name: string) => Promise<string | null>;
  readonly renameGroup: (groupId: Group['id'], name: string) => Promise<string | null>;
  /** Removes a group; its members stay in the audit, in no group. */
  readonly removeGroup: (groupId: Group['id']) => Promise<string | null>;
  /** Puts the groups in this order (every one of them, once). */
  readonly reorderGroups: (groupIds: readonly string[]) => Promise<string | null>;

  /**
   * Merges a response file (a pre-work form's answers) into the open audit, all or nothing:
   * answers with what the merge did, or the message of its refusal.
   */
  readonly mergeResponseFile: (text: string) => Promise<MergeOutcome>;

  readonly addContact: (fields: Fields<'contacts.add'>) => Promise<string | null>;
  readonly editContact: (
    contactId: Contact['id'],
    fields: Fields<'contacts.update', 'contactId'>,
  ) => Promise<string | null>;
  readonly removeContact: (contactId: Contact['id']) => Promise<string | null>;

  readonly addAction: (fields: Fields<'actions.add'>) => Promise<string | null>;
  readonly editAction: (
    actionId: PlanAction['id'],
    fields: Fields<'actions.update', 'actionId'>,
  ) => Promise<string | null>;
  readonly removeAction: (actionId: PlanAction['id']) => Promise<string | null>;
};

/** How a slice of the audit store reads and writes the whole store. */
export type AuditStoreAccess = {
  readonly get: () => AuditState;
  readonly set: (partial: Partial<AuditState>) => void;
};
