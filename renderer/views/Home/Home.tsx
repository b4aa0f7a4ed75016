import { useEffect, useState } from 'react';
import { roundForDisplay } from '../../../shared/scoring/numbers.ts';
import { downloadFile } from '../../components/download.ts';
import { LevelBadge } from '../../components/LevelBadge.tsx';
import { ProvisionalBadge } from '../../components/ProvisionalNote.tsx';
import { DesktopRequestListener } from '../../desktop/requests.ts';
import { Notice } from '../../components/Notice.tsx';
import { useRouter } from '../../router.ts';
import { useAuditListStore } from '../../stores/audit-list.ts';
import { ImportChoice } from './ImportChoice.tsx';
import { NewAuditForm } from './NewAuditForm.tsx';
import { TrashList } from './TrashList.tsx';

/** Every audit on this machine, newest first, with what can be done to each. */
export function Home() {
  const audits = useAuditListStore((s) => s.audits);
  const status = useAuditListStore((s) => s.status);
  const error = useAuditListStore((s) => s.error);
  const notice = useAuditListStore((s) => s.notice);
  const load = useAuditListStore((s) => s.load);
  const duplicate = useAuditListStore((s) => s.duplicate);
  const trashAudit = useAuditListStore((s) => s.trashAudit);
  const importText = useAuditListStore((s) => s.importText);
  const pendingImport = useAuditListStore((s) => s.pendingImport);
  const resolveImport = useAuditListStore((s) => s.resolveImport);
  const exportFile = useAuditListStore((s) => s.exportFile);
  const dismissNotice = useAuditListStore((s) => s.dismissNotice);
  const go = useRouter((s) => s.go);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  const open = (auditId: string) => go({ view: 'setup', auditId });

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const id = await importText(await file.text(), file.name);
    if (id) open(id);
  };

  const onImportChoice = async (choice: 'open' | 'copy' | 'cancel') => {
    const id = await resolveImport(choice);
    if (id) open(id);
  };

  const onExport = async (id: string) => {
    const exported = await exportFile(id);
    if (exported) downloadFile(exported.fileName, exported.text, 'application/json');
  };

  return (
    <main className="home" aria-labelledby="home-title">
      <header className="home-header">
        <div>
          <h1 id="home-title">Reality Check</h1>
          <p className="muted">Audits of your leadership team’s customer focus, kept on this computer.</p>
        </div>
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            onClick={() => setCreating(true)}
            aria-expanded={creating}
          >
            New audit
          </button>
          <label className="button">
            Import file…
            <input
              type="file"
              accept=".json,application/json"
              className="visually-hidden"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = ''; // so choosing the same file again is noticed too
                void onImport(file);
              }}
            />
          </label>
          <button type="button" onClick={() => go({ view: 'settings' })}>
            Settings
          </button>
        </div>
      </header>

      {pendingImport && <ImportChoice pending={pendingImport} onChoose={(c) => void onImportChoice(c)} />}
      {error && (
        <Notice kind="error" onDismiss={dismissNotice}>
          {error.split('\n').map((line) => (
            <div key={line}>{line}</div>
          ))}
        </Notice>
      )}
      {notice && (
        <Notice
          kind="info"
          onDismiss={dismissNotice}
          {...(notice.undo ? { action: { label: 'Undo', run: () => void notice.undo?.() } } : {})}
        >
          {notice.text}
        </Notice>
      )}

      <DesktopRequestListener kind="newAudit" onRequest={() => setCreating(true)} />
      {creating && <NewAuditForm onCancel={() => setCreating(false)} onCreated={open} />}

      <section aria-labelledby="audits-title">
        <h2 id="audits-title">Audits</h2>
        {status === 'loading' && <p className="muted">Loading audits…</p>}
        {status === 'error' && <p>The audits could not be loaded.</p>}
        {status === 'ready' && audits.length === 0 && (
          <div className="empty">
            <p>No audits yet.</p>
            <p className="muted">
              Start a new audit for your next leadership session, or import an audit file.
            </p>
          </div>
        )}
        {audits.length > 0 && (
          <table className="audit-list">
            <thead>
              <tr>
                <th scope="col">Organization</th>
                <th scope="col">Audit</th>
                <th scope="col">Date</th>
                <th scope="col">Status</th>
                <th scope="col">Readiness</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {audits.map((a) => (
                <tr key={a.id}>
                  <td>{a.organization}</td>
                  <td>
                    <a href={`#/audits/${a.id}/setup`}>{a.title}</a>
                    <div className="muted small">
                      {a.participants === 1 ? '1 participant' : `${a.participants} participants`}
                      {a.previousAuditId && ' · re-assessment'}
                    </div>
                  </td>
                  <td>{a.date}</td>
                  <td>{a.status === 'complete' ? 'Complete' : 'In progress'}</td>
                  <td>
                    {a.revealedAt === null && a.completeness > 0 ? (
                      // Blind: even the team's level waits for the reveal.
                      <span className="level level-none">Blind scoring</span>
                    ) : (
                      <>
                        <LevelBadge level={a.level} />
                        {a.level !== null && a.provisional && (
                          <>
                            {' '}
                            <ProvisionalBadge />
                          </>
                        )}
                        {a.index !== null && <span className="muted"> {roundForDisplay(a.index)} %</span>}
                      </>
                    )}
                    {(a.provisional || a.revealedAt === null) && a.completeness > 0 && (
                      <div className="muted small">{roundForDisplay(a.completeness * 100)} % answered</div>
                    )}
                  </td>
                  <td className="row-actions">
                    <button type="button" onClick={() => open(a.id)} aria-label={`Open ${a.title}`}>
                      Open
                    </button>
                    <button
                      type="button"
                      onClick={() => void duplicate(a.id).then((id) => id && open(id))}
                      aria-label={`Re-assess ${a.title}`}
                    >
                      Re-assess
                    </button>
                    <button
                      type="button"
                      onClick={() => void onExport(a.id)}
                      aria-label={`Export ${a.title} as a file`}
                    >
                      Export
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void trashAudit(a.id)}
                      aria-label={`Delete ${a.title}`}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <TrashList />
    </main>
  );
}
