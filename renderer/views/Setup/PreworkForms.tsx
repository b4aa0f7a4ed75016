import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { downloadFile } from '../../components/download.ts';
import { Notice } from '../../components/Notice.tsx';
import { formText } from '../../components/form.ts';
import { useAuditStore } from '../../stores/audit.ts';
import { usePreworkStore, type FormTarget } from '../../stores/prework.ts';

/** The select's value for each target: "" the whole audit, "group:ID", "seat:ID". */
function targetOf(value: string): FormTarget {
  if (value.startsWith('group:')) return { group: value.slice('group:'.length) };
  if (value.startsWith('seat:')) return { seat: value.slice('seat:'.length) };
  return {};
}

/**
 * Pre-work forms (docs/spec/interfaces.md, "The response file"): make a form for the whole
 * audit, a group or a seat without answers, to send to people who answer before the workshop;
 * and add the response files they send back. Both before the reveal only.
 */
export function PreworkForms() {
  const detail = useAuditStore((s) => s.detail);
  const makeForm = usePreworkStore((s) => s.makeForm);
  const mergeFile = usePreworkStore((s) => s.mergeFile);
  const notice = usePreworkStore((s) => s.notice);
  const dismiss = usePreworkStore((s) => s.dismiss);
  const [made, setMade] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  if (!detail) return null;
  const revealed = detail.revealedAt !== null;
  const answered = new Set(detail.responses.map((r) => r.participant));
  const openSeats = detail.participants.filter((p) => !answered.has(p.id));
  const shown = (p: (typeof openSeats)[number]) => (detail.anonymous ? `${p.code} · ${p.name}` : p.name);

  const make = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = targetOf(formText(new FormData(event.currentTarget), 'target'));
    setBusy(true);
    const outcome = await makeForm(detail.id, target);
    setBusy(false);
    if (outcome.ok && outcome.download)
      downloadFile(outcome.download.fileName, outcome.download.bytes, 'text/html');
    // A save dialog the user closed is no news.
    setMade(outcome.ok || outcome.message !== 'Cancelled.' ? outcome : null);
  };

  const add = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    for (const file of files) await mergeFile(await file.text(), file.name);
  };

  return (
    <section className="card prework-forms" aria-labelledby="prework-title">
      <h3 id="prework-title">
        Pre-work forms <span className="muted">(optional)</span>
      </h3>
      <p className="muted small">
        For people who answer before the workshop or cannot be in the room: a form they open in any browser,
        on a computer or a phone, with no internet needed. They save their answers as a file and send it back
        to you; add it here and their answers join the blind scoring.
      </p>
      {revealed && (
        <Notice kind="info">
          The reveal has started, so pre-work answers can no longer join the blind scoring. Forms can be made
          and added again if blind scoring is reopened.
        </Notice>
      )}
      <form className="prework-make" onSubmit={(e) => void make(e)} aria-label="Make a pre-work form">
        <label>
          Make a form for
          <select name="target" defaultValue="" disabled={revealed}>
            <option value="">Anyone (they enter their own name and role)</option>
            {detail.groups.length > 0 && (
              <optgroup label="A group">
                {detail.groups.map((g) => (
                  <option key={g.id} value={`group:${g.id}`}>
                    {g.name}
                  </option>
                ))}
              </optgroup>
            )}
            {openSeats.length > 0 && (
              <optgroup label="A participant without answers">
                {openSeats.map((p) => (
                  <option key={p.id} value={`seat:${p.id}`}>
                    {shown(p)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <button type="submit" className="primary" disabled={revealed || busy}>
          Save the form…
        </button>
      </form>
      <div aria-live="polite">
        {made && (
          <Notice kind={made.ok ? 'info' : 'error'} onDismiss={() => setMade(null)}>
            {made.message}
          </Notice>
        )}
      </div>
      <div className="prework-add">
        <button type="button" disabled={revealed} onClick={() => picker.current?.click()}>
          Add a response file…
        </button>
        <input
          ref={picker}
          type="file"
          hidden
          multiple
          accept=".json,application/json"
          aria-label="Response file"
          onChange={(e) => void add(e)}
        />
        <span className="muted small">or drop a .rcr.json file on the window</span>
      </div>
      <div aria-live="polite">
        {notice && (
          <Notice kind={notice.kind} onDismiss={dismiss}>
            {notice.text}
          </Notice>
        )}
      </div>
    </section>
  );
}
