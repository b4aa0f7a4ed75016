import { useRef, useState, type FormEvent } from 'react';
import { MIN_GROUP_SIZE_RANGE } from '../../../shared/audit-file/schema.ts';
import { Notice } from '../../components/Notice.tsx';
import { formText, submitAddForm } from '../../components/form.ts';
import { useAuditStore } from '../../stores/audit.ts';
import { RemoveGroupConfirm } from './RemoveGroupConfirm.tsx';

/** The groups most leadership audits compare: the people furthest from customers and those closest. */
export const SUGGESTED_GROUPS = ['Executive team', 'Managers', 'Front line'] as const;

/**
 * Role groups for the perception gap: add (the three usual ones in one click), rename, reorder,
 * remove, and the smallest group whose figures are shown.
 */
export function Groups() {
  const detail = useAuditStore((s) => s.detail);
  const addGroup = useAuditStore((s) => s.addGroup);
  const renameGroup = useAuditStore((s) => s.renameGroup);
  const removeGroup = useAuditStore((s) => s.removeGroup);
  const reorderGroups = useAuditStore((s) => s.reorderGroups);
  const update = useAuditStore((s) => s.update);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  /** Each group's Remove button, for focus to return to when the removal is cancelled. */
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  if (!detail) return null;
  const members = (groupId: string) => detail.participants.filter((p) => p.group === groupId).length;
  const taken = new Set(detail.groups.map((g) => g.name.toLowerCase()));
  const missingSuggestions = SUGGESTED_GROUPS.filter((name) => !taken.has(name.toLowerCase()));

  const add = async (event: FormEvent<HTMLFormElement>) =>
    setError(await submitAddForm(event, (form) => addGroup(formText(form, 'name'))));

  // One after the other, so the groups keep the suggested order.
  const addSuggested = async () => {
    for (const name of missingSuggestions) {
      const message = await addGroup(name);
      if (message) return setError(message);
    }
    setError(null);
  };

  const move = (index: number, by: number) => {
    const ids = detail.groups.map((g) => g.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + by, 0, moved);
    void reorderGroups(ids).then(setError);
  };

  const setFloor = (value: string) => {
    const size = Number(value);
    if (!Number.isInteger(size) || size === detail.minGroupSize) return;
    void update({ minGroupSize: size }).then(setError);
  };

  return (
    <section className="card" aria-labelledby="groups-title">
      <h3 id="groups-title">
        Role groups <span className="muted">(optional)</span>
      </h3>
      {error && <Notice kind="error">{error}</Notice>}
      <p className="muted small">
        Put people in groups to see where the executive team sees the company differently from those closer to
        customers. The team&rsquo;s results stay the same.
      </p>
      {detail.groups.length > 0 && (
        <ol className="group-list">
          {detail.groups.map((g, i) => (
            <li key={g.id}>
              <label>
                <span className="visually-hidden">Name of group {i + 1}</span>
                <input
                  defaultValue={g.name}
                  required
                  onBlur={(e) =>
                    e.target.value !== g.name &&
                    e.target.value.trim() !== '' &&
                    void renameGroup(g.id, e.target.value).then(setError)
                  }
                />
              </label>
              <span className="muted small">
                {members(g.id) === 1 ? '1 person' : `${members(g.id)} people`}
              </span>
              <button
                type="button"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={`Move ${g.name} up`}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={i === detail.groups.length - 1}
                onClick={() => move(i, 1)}
                aria-label={`Move ${g.name} down`}
              >
                ↓
              </button>
              <button
                type="button"
                className="danger"
                ref={(button) =>
                  void (button ? removeButtons.current.set(g.id, button) : removeButtons.current.delete(g.id))
                }
                onClick={() => setRemoving(g.id)}
                aria-label={`Remove ${g.name}`}
                aria-expanded={removing === g.id}
              >
                Remove
              </button>
              {removing === g.id && (
                <RemoveGroupConfirm
                  name={g.name}
                  members={members(g.id)}
                  onCancel={() => {
                    setRemoving(null);
                    removeButtons.current.get(g.id)?.focus();
                  }}
                  onRemove={() => {
                    setRemoving(null);
                    void removeGroup(g.id).then(setError);
                  }}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="inline-form">
        <form className="inline-form" onSubmit={(e) => void add(e)} aria-label="Add a group">
          <label>
            Group name
            <input name="name" required />
          </label>
          <button type="submit">Add group</button>
        </form>
        {missingSuggestions.length > 0 && (
          <button type="button" onClick={() => void addSuggested()}>
            Add {missingSuggestions.join(', ')}
          </button>
        )}
      </div>
      {detail.groups.length > 0 && (
        <label className="group-floor">
          Smallest group shown
          <input
            type="number"
            min={MIN_GROUP_SIZE_RANGE.min}
            max={MIN_GROUP_SIZE_RANGE.max}
            defaultValue={detail.minGroupSize}
            key={detail.minGroupSize}
            onBlur={(e) => e.target.checkValidity() && setFloor(e.target.value)}
          />
          <span className="muted small">
            A group with fewer people shows only its size, so nobody&rsquo;s answers can be told apart.
          </span>
        </label>
      )}
    </section>
  );
}
