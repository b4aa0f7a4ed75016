import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { responseFileName } from '../../shared/audit-file/file-name.ts';
import { downloadFile } from '../components/download.ts';
import { instrumentSections } from '../../shared/instrument/sections.ts';
import type { Instrument } from '../../shared/instrument/types.ts';
import { MAX_NAME } from '../../shared/limits.ts';
import {
  autosaveKey,
  buildResponseFile,
  unansweredItems,
  type PreworkDraft,
  type PreworkPayload,
} from '../../shared/response-file/prework.ts';
import { readDraft, writeDraft } from './autosave.ts';
import { ItemQuestion } from './ItemQuestion.tsx';

type Props = { readonly payload: PreworkPayload; readonly instrument: Instrument };

/** Where the save stands: nothing asked yet, a warning about unanswered items, or the file saved. */
type SaveStep =
  { kind: 'idle' } | { kind: 'confirm'; unanswered: number } | { kind: 'saved'; fileName: string };

const timeOf = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The whole form: who it is for, every item by section, progress, and saving the answers as a file. */
export function PreworkForm({ payload, instrument }: Props) {
  const key = autosaveKey(payload);
  const sections = useMemo(() => instrumentSections(instrument), [instrument]);
  const total = sections.reduce((sum, s) => sum + s.items.length, 0);
  const [draft, setDraft] = useState<PreworkDraft>(() => readDraft(key, instrument));
  const [kept, setKept] = useState(true);
  const [step, setStep] = useState<SaveStep>({ kind: 'idle' });
  const first = useRef(true);
  const outcome = useRef<HTMLDivElement>(null);
  const sendTo = payload.audit.facilitator.trim() || 'the person who sent you this form';

  // Every change is kept in this browser at once, so closing the page loses nothing.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setKept(writeDraft(key, draft));
  }, [key, draft]);

  // A warning or the saved file's name shows below the button: bring it above the progress bar.
  useEffect(() => {
    if (step.kind !== 'idle') outcome.current?.scrollIntoView?.({ block: 'nearest' });
  }, [step]);

  const change = useCallback((update: (d: PreworkDraft) => PreworkDraft) => {
    setDraft(update);
    setStep((s) => (s.kind === 'saved' ? s : { kind: 'idle' }));
  }, []);
  const answer = useCallback(
    (itemId: string, value: number | null) =>
      change((d) => ({ ...d, values: { ...d.values, [itemId]: value } })),
    [change],
  );
  const note = useCallback(
    (itemId: string, text: string) => change((d) => ({ ...d, notes: { ...d.notes, [itemId]: text } })),
    [change],
  );

  const answered = total - unansweredItems(instrument, draft).length;

  const save = (anyway: boolean) => {
    const missing = unansweredItems(instrument, draft);
    if (answered === 0) return setStep({ kind: 'confirm', unanswered: missing.length });
    if (missing.length > 0 && !anyway) return setStep({ kind: 'confirm', unanswered: missing.length });
    const now = new Date();
    const file = buildResponseFile(payload, instrument, draft, now);
    const who = payload.audit.anonymous ? undefined : (file.participant.name ?? undefined);
    const fileName = responseFileName(payload.audit, who);
    downloadFile(fileName, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
    setDraft((d) => ({ ...d, savedAt: now.toISOString() }));
    setStep({ kind: 'saved', fileName });
  };
  const showFirstUnanswered = () => {
    const id = unansweredItems(instrument, draft)[0];
    const target = id === undefined ? null : document.getElementById(`item-${id}`);
    target?.scrollIntoView({ block: 'center' });
    target?.querySelector('input')?.focus();
  };

  let number = 0;
  return (
    <main className="pw">
      <header className="pw-head">
        <p className="pw-org">{payload.audit.organization}</p>
        <h1>{payload.audit.title}</h1>
        <p className="pw-kind">Reality Check Audit · pre-work</p>
      </header>

      <section className="pw-card pw-intro" aria-labelledby="pw-intro-title">
        <h2 id="pw-intro-title">Before the workshop</h2>
        <p>
          These are the questions the team answers in the workshop about how close the company is to its
          customers. Answer as things are today, not as they should be. There are no right answers, and “Not
          sure” is a good answer when you do not know.
        </p>
        <p>
          Your answers stay in this browser, on this device, until you save them: nothing is sent anywhere.
          You can close this page and come back later; what you entered is kept here.
        </p>
        <p>
          When you are done, choose <strong>Save my answers</strong> at the end of the page and send the file
          it saves to {sendTo}.
        </p>
        {draft.savedAt && (
          <p className="pw-earlier">
            You saved your answers on {timeOf(draft.savedAt)}. You can change them and save again.
          </p>
        )}
      </section>

      <section className="pw-card" aria-labelledby="pw-about-title">
        <h2 id="pw-about-title">About you</h2>
        {payload.seat ? (
          <dl className="pw-fixed">
            <dt>Name</dt>
            <dd>{payload.seat.name}</dd>
            {payload.seat.role && (
              <>
                <dt>Role</dt>
                <dd>{payload.seat.role}</dd>
              </>
            )}
            {payload.seat.group && (
              <>
                <dt>Group</dt>
                <dd>{payload.seat.group.name}</dd>
              </>
            )}
          </dl>
        ) : (
          <>
            <label className="pw-field">
              <span>
                Name <span className="pw-muted">(optional)</span>
              </span>
              <input
                autoComplete="name"
                maxLength={MAX_NAME}
                value={draft.name}
                onChange={(e) => change((d) => ({ ...d, name: e.target.value }))}
              />
            </label>
            <label className="pw-field">
              <span>
                Role <span className="pw-muted">(optional)</span>
              </span>
              <input
                autoComplete="organization-title"
                maxLength={MAX_NAME}
                value={draft.role}
                onChange={(e) => change((d) => ({ ...d, role: e.target.value }))}
              />
            </label>
            {!payload.group && payload.groups && payload.groups.length > 0 && (
              <label className="pw-field">
                <span>
                  Group <span className="pw-muted">(optional)</span>
                </span>
                <select
                  value={draft.group}
                  onChange={(e) => change((d) => ({ ...d, group: e.target.value }))}
                >
                  <option value="">None or not sure</option>
                  {payload.groups.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {payload.group && (
              <dl className="pw-fixed">
                <dt>Group</dt>
                <dd>{payload.group.name}</dd>
              </dl>
            )}
          </>
        )}
      </section>

      {sections.map((section) => (
        <section key={section.id} className="pw-section" aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{section.title}</h2>
          <p className="pw-prompt">{section.prompt}</p>
          {section.items.map((item) => (
            <ItemQuestion
              key={item.id}
              item={item}
              number={++number}
              scale={section.scale}
              value={draft.values[item.id]}
              note={draft.notes[item.id] ?? ''}
              onAnswer={answer}
              onNote={note}
            />
          ))}
        </section>
      ))}

      <section className="pw-card pw-save" aria-labelledby="pw-save-title">
        <h2 id="pw-save-title">Save your answers</h2>
        <p>
          This saves a small file with your answers ({answered} of {total}). Send it to {sendTo}.
        </p>
        <button type="button" className="pw-primary" onClick={() => save(false)}>
          Save my answers
        </button>
        <div aria-live="polite" ref={outcome}>
          {step.kind === 'confirm' && answered === 0 && (
            <p className="pw-warning" role="alert">
              You have not answered any question yet, so there is nothing to save.
            </p>
          )}
          {step.kind === 'confirm' && answered > 0 && (
            <div className="pw-warning" role="alert">
              <p>
                {step.unanswered === 1 ? 'One question has' : `${step.unanswered} questions have`} no answer
                yet. You can save now, or answer {step.unanswered === 1 ? 'it' : 'them'} first.
              </p>
              <div className="pw-buttons">
                <button type="button" onClick={showFirstUnanswered}>
                  Go to the first unanswered question
                </button>
                <button type="button" className="pw-primary" onClick={() => save(true)}>
                  Save anyway
                </button>
              </div>
            </div>
          )}
          {step.kind === 'saved' && (
            <p className="pw-done">
              Saved as <strong>{step.fileName}</strong>, in your browser’s downloads. Send that file to{' '}
              {sendTo}.
            </p>
          )}
        </div>
      </section>

      <footer className="pw-progress">
        <progress max={total} value={answered} aria-label="Questions answered" />
        <span role="status">
          {answered} of {total} answered
          {!kept && ' · this browser does not keep your answers: save them before you close the page'}
        </span>
      </footer>
    </main>
  );
}
