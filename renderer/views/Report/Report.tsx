import { useState } from 'react';
import { downloadFile } from '../../components/download.ts';
import { Notice } from '../../components/Notice.tsx';
import { DesktopRequestListener } from '../../desktop/requests.ts';
import { useAuditStore } from '../../stores/audit.ts';
import { exportReport } from './export-report.ts';

/** The PDF readiness report: what goes in it, and the export. */
export function Report() {
  const detail = useAuditStore((s) => s.detail);
  const [anonymous, setAnonymous] = useState<boolean | null>(null);
  const [appendix, setAppendix] = useState(true);
  const [state, setState] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; message?: string }>({
    kind: 'idle',
  });
  if (!detail) return null;
  const anonymousChoice = anonymous ?? detail.anonymous;

  const run = async () => {
    setState({ kind: 'working' });
    const result = await exportReport(detail, { anonymous: anonymousChoice, includeAppendix: appendix });
    if (!result.ok) return setState({ kind: 'error', message: result.message });
    if (result.download) downloadFile(result.download.fileName, result.download.bytes, 'application/pdf');
    setState({ kind: 'done', message: result.message });
  };

  return (
    <div className="report">
      <h2>Readiness report</h2>
      <DesktopRequestListener
        kind="exportReport"
        onRequest={() => void (state.kind !== 'working' && run())}
      />
      <p className="muted">
        A PDF for the board: cover, a one-page summary with the level, the caps and the first actions, the
        radar, each dimension’s evidence, signs, commitment, targets, contacts and the action plan.
      </p>
      <fieldset className="card">
        <legend>Options</legend>
        <label className="checkbox">
          <input type="checkbox" checked={anonymousChoice} onChange={(e) => setAnonymous(e.target.checked)} />
          Anonymous: show participants as{' '}
          {detail.participants
            .map((p) => p.code)
            .slice(0, 3)
            .join(', ') || 'P1, P2'}
          … instead of names
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={appendix} onChange={(e) => setAppendix(e.target.checked)} />
          Include the appendix of every answer
        </label>
      </fieldset>
      {state.kind === 'error' && <Notice kind="error">{state.message}</Notice>}
      {state.kind === 'done' && <Notice kind="info">{state.message}</Notice>}
      <button
        type="button"
        className="primary large"
        onClick={() => void run()}
        disabled={state.kind === 'working'}
      >
        {state.kind === 'working' ? 'Writing the PDF…' : 'Export PDF'}
      </button>
    </div>
  );
}
