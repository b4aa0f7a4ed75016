import type { PlanAction } from '../../../shared/api/models.ts';
import { actionStatusSchema, type ActionStatus } from '../../../shared/audit-file/fields.ts';
import { ACTION_STATUS_NAMES } from '../../../shared/audit-file/status-names.ts';
import { useAuditStore } from '../../stores/audit.ts';
import { OWNER_CHOICES } from './OwnerChoices.tsx';

/**
 * The team's plan: every accepted or custom action with owner, due date, success measure and
 * status. One card per action, its whole title on top and the fields below it, so it reads on a
 * projector in large type (a table squeezed its columns to a few characters).
 */
export function PlanList({ onError }: { readonly onError: (message: string | null) => void }) {
  const detail = useAuditStore((s) => s.detail);
  const editAction = useAuditStore((s) => s.editAction);
  const removeAction = useAuditStore((s) => s.removeAction);
  if (!detail) return null;
  const edit = (a: PlanAction, changes: Partial<Omit<PlanAction, 'id' | 'source'>>) =>
    void editAction(a.id, changes).then(onError);
  const withoutOwner = detail.actions.filter((a) => a.status !== 'dropped' && a.owner.trim() === '').length;

  if (detail.actions.length === 0) {
    return <p className="empty">The plan is empty. Accept recommendations below or add your own.</p>;
  }
  return (
    <section aria-labelledby="plan-title">
      <h3 id="plan-title">The team’s plan</h3>
      {withoutOwner > 0 && (
        <p className="warning">
          {withoutOwner === 1 ? '1 action has' : `${withoutOwner} actions have`} no owner. An action nobody
          owns rarely happens.
        </p>
      )}
      <ol className="plan-list">
        {detail.actions.map((a) => (
          <li key={a.id} className={a.status === 'dropped' ? 'plan-item dropped' : 'plan-item'}>
            <textarea
              className="plan-title"
              aria-label="Action"
              rows={2}
              defaultValue={a.title}
              onBlur={(e) => e.target.value !== a.title && edit(a, { title: e.target.value })}
            />
            <div className="plan-fields">
              <label className="plan-owner">
                Owner
                <input
                  aria-label={`Owner of ${a.title}`}
                  list={OWNER_CHOICES}
                  defaultValue={a.owner}
                  placeholder="No owner"
                  className={a.owner.trim() === '' && a.status !== 'dropped' ? 'missing-owner' : undefined}
                  onBlur={(e) => e.target.value !== a.owner && edit(a, { owner: e.target.value })}
                />
              </label>
              <label>
                Due
                <input
                  aria-label={`Due date of ${a.title}`}
                  type="date"
                  defaultValue={a.due}
                  onBlur={(e) => e.target.value !== a.due && edit(a, { due: e.target.value })}
                />
              </label>
              <label className="grow">
                Success measure
                <input
                  aria-label={`Success measure of ${a.title}`}
                  defaultValue={a.successMeasure}
                  onBlur={(e) =>
                    e.target.value !== a.successMeasure && edit(a, { successMeasure: e.target.value })
                  }
                />
              </label>
              <label>
                Status
                <select
                  aria-label={`Status of ${a.title}`}
                  value={a.status}
                  onChange={(e) => edit(a, { status: e.target.value as ActionStatus })}
                >
                  {actionStatusSchema.options.map((status) => (
                    <option key={status} value={status}>
                      {ACTION_STATUS_NAMES[status]}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="danger"
                onClick={() => void removeAction(a.id).then(onError)}
                aria-label={`Remove ${a.title}`}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
