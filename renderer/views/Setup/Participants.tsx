import { useState, type FormEvent } from 'react';
import { Notice } from '../../components/Notice.tsx';
import { useAuditStore } from '../../stores/audit.ts';
import { formText, submitAddForm } from '../../components/form.ts';

/** The people who score: add, rename, give a role and a group, reorder and remove (which asks first). */
export function Participants() {
  const detail = useAuditStore((s) => s.detail);
  const addParticipant = useAuditStore((s) => s.addParticipant);
  const editParticipant = useAuditStore((s) => s.editParticipant);
  const removeParticipant = useAuditStore((s) => s.removeParticipant);
  const reorderParticipants = useAuditStore((s) => s.reorderParticipants);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!detail) return null;
  const answered = (participantId: string) =>
    detail.responses.filter((r) => r.participant === participantId).length;

  const add = async (event: FormEvent<HTMLFormElement>) =>
    setError(
      await submitAddForm(event, (form) =>
        addParticipant({ name: formText(form, 'name'), role: formText(form, 'role') }),
      ),
    );

  const rename = (participantId: string, field: 'name' | 'role', value: string) =>
    editParticipant(participantId, { [field]: value }).then(setError);

  const move = (index: number, by: number) => {
    const ids = detail.participants.map((p) => p.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + by, 0, moved);
    void reorderParticipants(ids).then(setError);
  };

  return (
    <section className="card" aria-labelledby="participants-title">
      <h3 id="participants-title">Participants</h3>
      {error && <Notice kind="error">{error}</Notice>}
      {detail.participants.length === 0 ? (
        <p className="muted">No participants yet. Add each executive who will score.</p>
      ) : (
        <p className="muted small">
          Each person has a code (P1, P2, …). In presentation mode the screen shows codes, never names: tell
          each person their code before scoring starts, so they know when it is their turn.
        </p>
      )}
      <ol className="participant-list">
        {detail.participants.map((p, i) => (
          <li key={p.id}>
            <span className="code" title="Anonymous code">
              {p.code}
            </span>
            <label>
              <span className="visually-hidden">Name of {p.code}</span>
              <input
                defaultValue={p.name}
                required
                onBlur={(e) => e.target.value !== p.name && void rename(p.id, 'name', e.target.value)}
              />
            </label>
            <label>
              <span className="visually-hidden">Role of {p.code}</span>
              <input
                defaultValue={p.role}
                placeholder="Role"
                onBlur={(e) => e.target.value !== p.role && void rename(p.id, 'role', e.target.value)}
              />
            </label>
            {detail.groups.length > 0 && (
              <label>
                <span className="visually-hidden">Group of {p.code}</span>
                <select
                  value={p.group}
                  onChange={(e) =>
                    void editParticipant(p.id, { groupId: e.target.value || null }).then(setError)
                  }
                >
                  <option value="">No group</option>
                  {detail.groups.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <span className="muted small">{answered(p.id)} answers</span>
            <button
              type="button"
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={`Move ${p.name} up`}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={i === detail.participants.length - 1}
              onClick={() => move(i, 1)}
              aria-label={`Move ${p.name} down`}
            >
              ↓
            </button>
            {confirming === p.id ? (
              <span role="group" aria-label={`Remove ${p.name}?`}>
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    void removeParticipant(p.id).then((m) => {
                      setError(m);
                      setConfirming(null);
                    })
                  }
                >
                  Remove with {answered(p.id)} answers
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  Keep
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="danger"
                onClick={() => setConfirming(p.id)}
                aria-label={`Remove ${p.name}`}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ol>
      <form className="inline-form" onSubmit={(e) => void add(e)} aria-label="Add a participant">
        <label>
          Name
          <input name="name" required />
        </label>
        <label>
          <span>
            Role <span className="muted">(optional)</span>
          </span>
          <input name="role" />
        </label>
        <button type="submit">Add participant</button>
      </form>
    </section>
  );
}
