import { useState, type FormEvent } from 'react';
import { useAuditListStore } from '../../stores/audit-list.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** The two-minute set-up starts here: who, what, when. */
export function NewAuditForm({
  onCancel,
  onCreated,
}: {
  readonly onCancel: () => void;
  readonly onCreated: (id: string) => void;
}) {
  const create = useAuditListStore((s) => s.create);
  const [organization, setOrganization] = useState('');
  const [title, setTitle] = useState('Leadership offsite');
  const [date, setDate] = useState(today());
  const [facilitator, setFacilitator] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const id = await create({ organization, title, date, ...(facilitator.trim() ? { facilitator } : {}) });
    if (id) onCreated(id);
  };

  return (
    <form className="card form-grid" onSubmit={(e) => void submit(e)} aria-labelledby="new-audit-title">
      <h2 id="new-audit-title">New audit</h2>
      <label>
        Organization
        <input required autoFocus value={organization} onChange={(e) => setOrganization(e.target.value)} />
      </label>
      <label>
        Audit title
        <input required value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        Date
        <input required type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label>
        <span>
          Facilitator <span className="muted">(optional)</span>
        </span>
        <input value={facilitator} onChange={(e) => setFacilitator(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary">
          Create and set up
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
