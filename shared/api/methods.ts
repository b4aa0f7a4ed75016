import { z } from 'zod';
import {
  accentColor,
  actionStatusSchema,
  auditStatusSchema,
  contactCategorySchema,
  id,
  isoDate,
  logo,
  name,
  note,
  rating,
  scaleValue,
  shortText,
} from '../audit-file/fields.ts';
import { fileSizeProblem } from '../audit-file/size-limits.ts';
import type { describeInstrument } from '../instrument/describe.ts';
import { MAX_PARTICIPANTS } from '../limits.ts';
import type { AuditResults } from '../scoring/results.ts';
import type {
  AuditDetail,
  AuditSummary,
  BackupInfo,
  Consensus,
  Contact,
  DiscussionNote,
  ExportedFile,
  ImportOutcome,
  MadeFile,
  Participant,
  PlanAction,
  ReportPreview,
  Response,
  SavedFile,
  StorageStatus,
} from './models.ts';

/** Declares one method: its input schema and (as a type only) what it returns. */
function method<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });
}

/** How the desktop shell asks where to keep the file a method makes: its save dialog's title and filters. */
export type SaveAs = {
  readonly title: string;
  readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[];
};

/**
 * Declares a method that makes a file for the user (see MadeFile) instead of writing one: its
 * input names no place on disk, and `saveAs` tells the desktop shell to ask with a save dialog.
 */
function fileMethod<Details>(saveAs: SaveAs) {
  return <Input extends z.ZodType>(input: Input) => ({
    input,
    output: undefined as unknown as MadeFile<Details>,
    saveAs,
  });
}

const auditId = z.object({ auditId: id });

/** The text of an audit file, refused before anything else when it is larger than the limit. */
const auditFileText = z.string().superRefine((text, ctx) => {
  const problem = fileSizeProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
});
const none = z.strictObject({});

/**
 * The one list of what a window, the HTTP binding or a test may ask of the services.
 * Each input is validated with its schema before a service sees it.
 */
export const methods = {
  'instrument.get': method<ReturnType<typeof describeInstrument>>()(none),

  'audits.list': method<AuditSummary[]>()(z.strictObject({ trash: z.boolean().optional() })),
  'audits.get': method<AuditDetail>()(z.strictObject({ id })),
  'audits.results': method<AuditResults>()(z.strictObject({ id })),
  'audits.create': method<AuditDetail>()(
    z.strictObject({ organization: name, title: name, date: isoDate, facilitator: shortText.optional() }),
  ),
  'audits.update': method<AuditDetail>()(
    z.strictObject({
      id,
      organization: name.optional(),
      title: name.optional(),
      date: isoDate.optional(),
      facilitator: shortText.optional(),
      status: auditStatusSchema.optional(),
      anonymous: z.boolean().optional(),
      accentColor: accentColor.nullable().optional(),
      logo: logo.nullable().optional(),
    }),
  ),
  /** Starts the reveal: the reveal, results and plan open, and blind answers are locked. */
  'audits.startReveal': method<AuditDetail>()(z.strictObject({ id })),
  /** Reopens blind scoring after a reveal, so answers can change; the reveal closes again. */
  'audits.reopenScoring': method<AuditDetail>()(z.strictObject({ id })),
  'audits.duplicate': method<AuditDetail>()(
    z.strictObject({ id, title: name.optional(), date: isoDate.optional() }),
  ),
  'audits.trash': method<AuditSummary>()(z.strictObject({ id })),
  'audits.restore': method<AuditSummary>()(z.strictObject({ id })),
  'audits.purge': method<{ id: string }>()(z.strictObject({ id })),

  'participants.add': method<Participant>()(auditId.extend({ name, role: shortText.optional() }).strict()),
  'participants.update': method<Participant>()(
    auditId.extend({ participantId: id, name: name.optional(), role: shortText.optional() }).strict(),
  ),
  'participants.remove': method<{ id: string }>()(auditId.extend({ participantId: id }).strict()),
  'participants.reorder': method<Participant[]>()(
    auditId.extend({ participantIds: z.array(id).max(MAX_PARTICIPANTS) }).strict(),
  ),

  'responses.save': method<Response>()(
    auditId
      .extend({ participantId: id, itemId: id, value: scaleValue.nullable(), note: note.optional() })
      .strict(),
  ),
  'responses.clear': method<{ cleared: boolean }>()(
    auditId.extend({ participantId: id, itemId: id }).strict(),
  ),

  'consensus.set': method<Consensus | null>()(
    auditId.extend({ itemId: id, value: scaleValue.nullable(), note: note.optional() }).strict(),
  ),
  'discussion.set': method<DiscussionNote>()(auditId.extend({ itemId: id, note }).strict()),

  'contacts.add': method<Contact>()(
    auditId
      .extend({
        name,
        category: contactCategorySchema,
        importance: rating,
        performance: rating,
        note: note.optional(),
      })
      .strict(),
  ),
  'contacts.update': method<Contact>()(
    auditId
      .extend({
        contactId: id,
        name: name.optional(),
        category: contactCategorySchema.optional(),
        importance: rating.optional(),
        performance: rating.optional(),
        note: note.optional(),
      })
      .strict(),
  ),
  'contacts.remove': method<{ id: string }>()(auditId.extend({ contactId: id }).strict()),

  'actions.add': method<PlanAction>()(
    auditId
      .extend({
        title: name,
        description: note.optional(),
        owner: shortText.optional(),
        due: isoDate.or(z.literal('')).optional(),
        successMeasure: note.optional(),
        status: actionStatusSchema.optional(),
        source: id.optional(),
      })
      .strict(),
  ),
  'actions.update': method<PlanAction>()(
    auditId
      .extend({
        actionId: id,
        title: name.optional(),
        description: note.optional(),
        owner: shortText.optional(),
        due: isoDate.or(z.literal('')).optional(),
        successMeasure: note.optional(),
        status: actionStatusSchema.optional(),
      })
      .strict(),
  ),
  'actions.remove': method<{ id: string }>()(auditId.extend({ actionId: id }).strict()),

  'files.import': method<ImportOutcome>()(
    z.strictObject({
      text: auditFileText,
      /** When the file's audit is already here: import a copy (the default), or report it and import nothing. */
      ifExists: z.enum(['copy', 'report']).optional(),
    }),
  ),
  'files.export': method<ExportedFile>()(z.strictObject({ id })),

  'report.export': fileMethod<{ pages: number }>({
    title: 'Export the readiness report',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  })(z.strictObject({ id, anonymous: z.boolean(), includeAppendix: z.boolean().default(true) })),

  /** What the Report step shows before an export: warnings, the file name and every name replacement. */
  'report.preview': method<ReportPreview>()(z.strictObject({ id, anonymous: z.boolean() })),

  'backups.list': method<BackupInfo[]>()(none),
  'backups.create': method<BackupInfo>()(none),
  'backups.restore': method<{ restored: string; safetyCopy: string }>()(z.strictObject({ name: id })),
  'storage.status': method<StorageStatus>()(none),
};

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodArgs<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = Methods[M]['output'];
/** What a caller across a transport gets: a made file arrives as where it was saved (the desktop shell). */
export type MethodReply<M extends MethodName> =
  MethodOutput<M> extends MadeFile<infer Details> ? SavedFile<Details> : MethodOutput<M>;

/** Every declared method name, for the transports that bind them all. */
export const methodNames = Object.keys(methods) as MethodName[];

/** True for a string that names a declared method (transports check this before dispatching). */
export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(methods, value);
}

/** The save dialog of a method that makes a file for the user, or undefined for every other method. */
export function saveAsOf(method: MethodName): SaveAs | undefined {
  const declared = methods[method];
  return 'saveAs' in declared ? declared.saveAs : undefined;
}
