import type { AuditDetail } from '../../../shared/api/models.ts';
import type { ApiResult } from '../../../shared/api/result.ts';
import type { AuditStoreAccess } from './state.ts';

/** Puts what an edit answered (the changed row) into the detail on screen. */
export type Merge<Value> = (detail: AuditDetail, value: Value) => AuditDetail;

let revisions = 0;

/** A new revision number: the open audit changed (it was loaded, or an edit was saved). */
export function nextRevision(): number {
  return ++revisions;
}

/**
 * Applies a saved edit to the audit on screen: `merge` puts the changed row into the detail
 * (null when a later edit of the same field has already been shown), and the revision moves
 * on, so the results are fetched again, once, when a view shows them. An answer for an audit
 * no longer open changes nothing.
 */
export function applyEdit<Value>(
  { get, set }: AuditStoreAccess,
  auditId: string,
  value: Value,
  merge: Merge<Value> | null,
): void {
  const detail = get().detail;
  if (!detail || detail.id !== auditId) return;
  set({ detail: merge ? merge(detail, value) : detail, revision: nextRevision() });
}

/**
 * The one way the store sends an edit that shows its change once saved (details, participants,
 * contacts, the plan): sends it for the open audit, applies the answer, and returns the error
 * message or null. Answers and notes, which show at once and save behind, use `applyEdit` too.
 */
export async function sendEdit<Value>(
  access: AuditStoreAccess,
  send: (auditId: string) => Promise<ApiResult<Value>>,
  merge: Merge<Value>,
): Promise<string | null> {
  const auditId = access.get().auditId;
  if (!auditId) return 'No audit is open.';
  const result = await send(auditId);
  if (!result.ok) return result.error.message;
  applyEdit(access, auditId, result.value, merge);
  return null;
}

/** A list with the row of the same id replaced, or the row added at the end (as the database lists them). */
export function withRow<Row extends { readonly id: string }>(rows: readonly Row[], row: Row): Row[] {
  return rows.some((r) => r.id === row.id) ? rows.map((r) => (r.id === row.id ? row : r)) : [...rows, row];
}

/** A list without the row of this id. */
export function withoutRow<Row extends { readonly id: string }>(rows: readonly Row[], id: string): Row[] {
  return rows.filter((r) => r.id !== id);
}
