import { useState, type FormEvent } from 'react';
import type { Contact } from '../../../shared/api/models.ts';
import {
  CONTACT_CATEGORIES,
  CONTACT_CATEGORY_NAMES,
  type ContactCategory,
} from '../../../shared/instrument/contact-categories.ts';
import { MAX_CONTACTS } from '../../../shared/limits.ts';
import { Notice } from '../../components/Notice.tsx';
import { useAuditResults, useAuditStore } from '../../stores/audit.ts';
import { formText, submitAddForm } from '../../components/form.ts';

/** What each category means, for the add form. */
const MEANINGS: Record<ContactCategory, string> = {
  rescue: 'a customer in distress',
  revenue: 'building the sale',
  request: 'responding to a customer',
  relationship: 'strengthening the bond',
};
const CATEGORIES = CONTACT_CATEGORIES.map((id) => ({
  id,
  name: CONTACT_CATEGORY_NAMES[id],
  label: `${CONTACT_CATEGORY_NAMES[id]} – ${MEANINGS[id]}`,
}));
const RATINGS = [1, 2, 3, 4, 5];

/** The team's top customer contacts (moments of truth), rated, with the gaps that matter most. */
export function Contacts() {
  const detail = useAuditStore((s) => s.detail);
  const results = useAuditResults();
  const addContact = useAuditStore((s) => s.addContact);
  const editContact = useAuditStore((s) => s.editContact);
  const removeContact = useAuditStore((s) => s.removeContact);
  const [error, setError] = useState<string | null>(null);
  if (!detail) return null;

  const add = async (event: FormEvent<HTMLFormElement>) =>
    setError(
      await submitAddForm(event, (form) =>
        addContact({
          name: formText(form, 'name'),
          category: formText(form, 'category') as ContactCategory,
          importance: Number(formText(form, 'importance')),
          performance: Number(formText(form, 'performance')),
        }),
      ),
    );

  const edit = (contact: Contact, changes: Partial<Omit<Contact, 'id'>>) =>
    void editContact(contact.id, changes).then(setError);

  const scored = new Map(results?.contacts.map((c) => [c.id, c]) ?? []);

  return (
    <div className="contacts">
      <h2>Priority contacts</h2>
      <p className="muted">
        List the 10 to 15 customer contacts that matter most (the moments of truth). Rate how important each
        is to customers and how well you perform it today, 1 to 5. A gap of 2 or more is a priority.
      </p>
      {error && <Notice kind="error">{error}</Notice>}
      {detail.contacts.length === 0 ? (
        <p className="empty">No contacts yet.</p>
      ) : (
        <table className="contact-table">
          <thead>
            <tr>
              <th scope="col">Contact</th>
              <th scope="col">Category</th>
              <th scope="col">Importance</th>
              <th scope="col">Performance</th>
              <th scope="col">Gap</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.contacts.map((c) => {
              const s = scored.get(c.id);
              return (
                <tr key={c.id} className={s?.priorityGap ? 'priority-gap' : undefined}>
                  <td>
                    <input
                      aria-label="Contact name"
                      defaultValue={c.name}
                      onBlur={(e) => e.target.value !== c.name && edit(c, { name: e.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={`Category of ${c.name}`}
                      value={c.category}
                      onChange={(e) => edit(c, { category: e.target.value as ContactCategory })}
                    >
                      {CATEGORIES.map((k) => (
                        <option key={k.id} value={k.id}>
                          {k.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`Importance of ${c.name}`}
                      value={c.importance}
                      onChange={(e) => edit(c, { importance: Number(e.target.value) })}
                    >
                      {RATINGS.map((r) => (
                        <option key={r}>{r}</option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`Performance of ${c.name}`}
                      value={c.performance}
                      onChange={(e) => edit(c, { performance: Number(e.target.value) })}
                    >
                      {RATINGS.map((r) => (
                        <option key={r}>{r}</option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {s ? s.gap : '–'}
                    {s?.priorityGap && (
                      <span className="badge badge-gap"> Priority gap #{s.priorityRank}</span>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void removeContact(c.id).then(setError)}
                      aria-label={`Remove ${c.name}`}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {detail.contacts.length < MAX_CONTACTS ? (
        <form className="inline-form card" onSubmit={(e) => void add(e)} aria-label="Add a contact">
          <label className="grow">
            Contact
            <input name="name" required placeholder="e.g. Billing dispute call" />
          </label>
          <label>
            Category
            <select name="category" defaultValue="rescue">
              {CATEGORIES.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Importance
            <select name="importance" defaultValue="4">
              {RATINGS.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          <label>
            Performance
            <select name="performance" defaultValue="3">
              {RATINGS.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          <button type="submit">Add contact</button>
        </form>
      ) : (
        <p className="muted">
          The list holds {MAX_CONTACTS} contacts, the most that keeps it a priority list.
        </p>
      )}
    </div>
  );
}
