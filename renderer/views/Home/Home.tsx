import { useEffect, useState } from 'react';
import { downloadFile } from '../../components/download.ts';
import { DesktopRequestListener } from '../../desktop/requests.ts';
import { Notice } from '../../components/Notice.tsx';
import { useRouter } from '../../router.ts';
import { useAuditListStore } from '../../stores/audit-list.ts';
import { AuditGroups } from './AuditGroups.tsx';
import { ImportChoice } from './ImportChoice.tsx';
import { NewAuditForm } from './NewAuditForm.tsx';
import { TrashList } from './TrashList.tsx';

/** Every audit on this machine by organisation, newest first, with what can be done to each. */
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
          <AuditGroups
            audits={audits}
            onOpen={open}
            onReassess={(id) =>
              void duplicate(id).then((newId) => newId && go({ view: 'review', auditId: newId }))
            }
            onExport={(id) => void onExport(id)}
            onTrash={(id) => void trashAudit(id)}
          />
        )}
      </section>
      <TrashList />
    </main>
  );
}
