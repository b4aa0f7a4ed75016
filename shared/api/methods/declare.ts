import { z } from 'zod';
import { id } from '../../audit-file/fields.ts';
import type { MadeFile } from '../models.ts';

/** How the desktop shell asks where to keep the file a method makes: its save dialog's title and filters. */
export type SaveAs = {
  readonly title: string;
  readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[];
};

/**
 * What a transport or a caller may need to know about a method besides its input and output,
 * said once on its declaration so no list elsewhere can name a method that does not exist.
 */
export type MethodTraits = {
  /** A successful call may change the list of audits: the desktop menu's Recent audits is rebuilt after it. */
  readonly changesAuditList: boolean;
  /** It takes seconds on a big audit: the desktop app runs it in a worker thread, off the window's. */
  readonly slow: boolean;
  /**
   * It changes one open audit and answers with what it changed (the row, or the whole audit for
   * the audit's own fields): the window puts that into the audit it shows, without a reload.
   */
  readonly editsAudit: boolean;
  /** It makes a file for the user (a MadeFile) instead of writing one: the desktop shell asks with this save dialog. */
  readonly saveAs: SaveAs | null;
};

/** One declared method: its input schema, what it answers (a type only) and its traits. */
export type MethodDeclaration<
  Input extends z.ZodType = z.ZodType,
  Output = unknown,
  EditsAudit extends boolean = boolean,
> = MethodTraits & {
  readonly input: Input;
  /** A type only, never a value: what the method answers. */
  readonly output: Output;
  readonly editsAudit: EditsAudit;
};

/** Traits a declaration may set; the rest default to false (and no save dialog). */
type Traits = Partial<Pick<MethodTraits, 'changesAuditList' | 'slow'>>;

function declaration<Input extends z.ZodType, Output, EditsAudit extends boolean>(
  input: Input,
  editsAudit: EditsAudit,
  traits: Traits & { readonly saveAs?: SaveAs },
): MethodDeclaration<Input, Output, EditsAudit> {
  return {
    input,
    output: undefined as unknown as Output,
    changesAuditList: traits.changesAuditList ?? false,
    slow: traits.slow ?? false,
    editsAudit,
    saveAs: traits.saveAs ?? null,
  };
}

/** Declares one method: its input schema and (as a type only) what it returns. */
export function method<Output>(traits: Traits = {}) {
  return <Input extends z.ZodType>(input: Input) => declaration<Input, Output, false>(input, false, traits);
}

/**
 * Declares a method that edits one open audit, named by `auditId` (or `id` for the audit's own
 * fields), and answers with what it changed (`Value`): the saved row, `{ id }` of a removed
 * one, or the whole audit when it changes the audit's own fields.
 */
export function auditEdit<Value>(traits: Traits = {}) {
  return <Input extends z.ZodType<{ auditId: string } | { id: string }>>(input: Input) =>
    declaration<Input, Value, true>(input, true, traits);
}

/**
 * Declares a method that makes a file for the user (see MadeFile) instead of writing one: its
 * input names no place on disk, and `saveAs` tells the desktop shell to ask with a save dialog.
 */
export function fileMethod<Details>(saveAs: SaveAs, traits: Traits = {}) {
  return <Input extends z.ZodType>(input: Input) =>
    declaration<Input, MadeFile<Details>, false>(input, false, { ...traits, saveAs });
}

/** The input of a method on one part of an audit: the audit's id, extended by each method. */
export const auditId = z.object({ auditId: id });

/** The input of a method that takes nothing. */
export const none = z.strictObject({});
