import { useState } from 'react';
import { roundForDisplay } from '../../../shared/scoring/numbers.ts';
import { downloadFile } from '../../components/download.ts';
import { Notice } from '../../components/Notice.tsx';
import { DesktopRequestListener } from '../../desktop/requests.ts';
import { useAuditStore } from '../../stores/audit.ts';
import { useReportStore, type ExportFormat } from '../../stores/report.ts';
import { CommentaryEditor } from './CommentaryEditor.tsx';
import { ReplacementList } from './ReplacementList.tsx';
import { useReportPreview } from './use-report-preview.ts';

/** The exports offered beside the PDF, in the order the Report step shows them. */
const OTHER_FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'xlsx', label: 'Excel workbook' },
  { format: 'csv', label: 'CSV tables' },
  { format: 'pptx', label: 'PowerPoint deck' },
];

/** The PDF readiness report: what goes in it, what to check before exporting, and the export. */
export function Report() {
  const detail = useAuditStore((s) => s.detail);
  const revision = useAuditStore((s) => s.revision);
  const exportReport = useReportStore((s) => s.exportReport);
  const exportResults = useReportStore((s) => s.exportResults);
  const [anonymous, setAnonymous] = useState<boolean | null>(null);
  const [appendix, setAppendix] = useState(true);
  const [state, setState] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; message?: string }>({
    kind: 'idle',
  });
  const [other, setOther] = useState<{
    kind: 'idle' | 'working' | 'done' | 'error';
    format?: ExportFormat;
    message?: string;
  }>({ kind: 'idle' });
  const anonymousChoice = anonymous ?? detail?.anonymous ?? true;
  const preview = useReportPreview(detail?.id ?? '', anonymousChoice, revision);
  if (!detail) return null;

  const run = async () => {
    setState({ kind: 'working' });
    const result = await exportReport(detail.id, { anonymous: anonymousChoice, includeAppendix: appendix });
    if (!result.ok) return setState({ kind: 'error', message: result.message });
    if (result.download) downloadFile(result.download.fileName, result.download.bytes, 'application/pdf');
    setState({ kind: 'done', message: result.message });
  };
  const runOther = async (format: ExportFormat) => {
    setOther({ kind: 'working', format });
    const result = await exportResults(detail.id, format, anonymousChoice);
    if (!result.ok) return setOther({ kind: 'error', format, message: result.message });
    if (result.download)
      downloadFile(result.download.fileName, result.download.bytes, result.download.type ?? '');
    setOther({ kind: 'done', format, message: result.message });
  };
  const value = preview.value;

  return (
    <div className="report">
      <h2>Readiness report</h2>
      <DesktopRequestListener
        kind="exportReport"
        onRequest={() => void (state.kind !== 'working' && run())}
      />
      <p className="muted">
        A PDF for the board: cover, a one-page summary with the level, the team’s plan and the failure signs,
        the radar, each dimension’s evidence, signs, commitment, targets, contacts and the action plan.
      </p>
      <CommentaryEditor />
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

      <section className="report-check" aria-label="Before you export">
        <h3>Before you export</h3>
        {preview.error && <Notice kind="error">{preview.error}</Notice>}
        {!value && !preview.error && <p className="muted">Checking the report…</p>}
        {value && (
          <>
            {value.draft && (
              <p className="warning" role="note">
                This audit is still in progress: the cover and every page will say Draft. Mark the audit
                complete in Set-up when the team has finished.
              </p>
            )}
            {value.provisional && (
              <p className="warning" role="note">
                The level is provisional: {roundForDisplay(value.completeness * 100)} % of the possible
                answers are in, and the report says so.
                {value.incomplete.length > 0 &&
                  ` Not every item answered by: ${value.incomplete.join(', ')}.`}
              </p>
            )}
            {!value.draft && !value.provisional && (
              <p className="muted">The audit is complete and the level is final.</p>
            )}
            <p className="muted">
              File name: <code className="report-file-name">{value.fileName}</code>
            </p>
            {anonymousChoice && <ReplacementList replacements={value.replacements} />}
          </>
        )}
      </section>

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

      <section className="report-other card" aria-labelledby="report-other-heading">
        <h3 id="report-other-heading">The results in other formats</h3>
        <p className="muted">
          The same figures for your own analysis and slides, with the same anonymity as the PDF: a workbook
          with a summary sheet and one sheet per table, the same tables as CSV files (one zip of the folder),
          and a results deck whose charts and text you can edit.
        </p>
        <div className="report-other-buttons">
          {OTHER_FORMATS.map(({ format, label }) => (
            <button
              key={format}
              type="button"
              onClick={() => void runOther(format)}
              disabled={other.kind === 'working'}
              aria-busy={other.kind === 'working' && other.format === format}
            >
              {other.kind === 'working' && other.format === format
                ? `Writing the ${label.toLowerCase()}…`
                : label}
            </button>
          ))}
        </div>
        {other.kind === 'error' && <Notice kind="error">{other.message}</Notice>}
        {other.kind === 'done' && <Notice kind="info">{other.message}</Notice>}
      </section>
    </div>
  );
}
