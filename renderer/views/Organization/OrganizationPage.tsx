import { useEffect, useState, type FormEvent } from 'react';
import type { AuditSummary } from '../../../shared/api/models.ts';
import { roundForDisplay } from '../../../shared/scoring/numbers.ts';
import { changeText, type Trend } from '../../../shared/scoring/trend.ts';
import { LevelBadge } from '../../components/LevelBadge.tsx';
import { formText } from '../../components/form.ts';
import { Notice } from '../../components/Notice.tsx';
import { TrendView } from '../../components/TrendView.tsx';
import { hashOf } from '../../router.ts';
import { useOrganizationStore } from '../../stores/organization.ts';

const DIRECTION_WORDS = { up: 'up', down: 'down', same: 'unchanged' } as const;

/** What changed since the audit before, from the trend: index, level, and the dimensions that moved. */
function changeSince(trend: Trend | null, audit: AuditSummary): string {
  const points = trend?.audits ?? [];
  const at = points.findIndex((p) => p.auditId === audit.id);
  const point = points[at];
  if (!point || !trend) return audit.revealedAt === null ? 'Not revealed yet' : '';
  if (at === 0) return 'First audit compared';
  const before = points[at - 1];
  const moved = (direction: 'up' | 'down') =>
    point.dimensions.flatMap((d, i) =>
      d.direction === direction ? [trend.dimensions[i]?.name ?? d.id] : [],
    );
  const up = moved('up');
  const down = moved('down');
  const level =
    point.levelChange === null || point.levelChange === 'same'
      ? 'level unchanged'
      : `level ${DIRECTION_WORDS[point.levelChange]} from ${before?.level ?? '–'}`;
  return [
    `Index ${changeText(point.indexChange)} points`,
    level,
    up.length > 0 ? `up: ${up.join(', ')}` : '',
    down.length > 0 ? `down: ${down.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** An organisation's page: every audit over time, what changed since the one before, and the trend. */
export function OrganizationPage({ organizationId }: { readonly organizationId: string }) {
  const detail = useOrganizationStore((s) => (s.organizationId === organizationId ? s.detail : null));
  const status = useOrganizationStore((s) => s.status);
  const error = useOrganizationStore((s) => s.error);
  const load = useOrganizationStore((s) => s.load);
  const rename = useOrganizationStore((s) => s.rename);
  const [renaming, setRenaming] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void load(organizationId);
  }, [organizationId, load]);

  const onRename = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = formText(new FormData(event.currentTarget), 'name');
    const problem = await rename(name);
    setNotice(
      problem ? { kind: 'error', text: problem } : { kind: 'info', text: `Renamed to "${name.trim()}".` },
    );
    if (!problem) setRenaming(false);
  };

  return (
    <main className="organization-page" aria-labelledby="organization-title">
      <a href="#/" className="home-link">
        ← All audits
      </a>
      {status === 'error' && <Notice kind="error">{error}</Notice>}
      {!detail ? (
        status !== 'error' && <p className="muted">Loading the organisation…</p>
      ) : (
        <>
          <header className="organization-header">
            <h1 id="organization-title">{detail.name}</h1>
            <button type="button" onClick={() => setRenaming((r) => !r)} aria-expanded={renaming}>
              Rename
            </button>
          </header>
          {notice && (
            <Notice kind={notice.kind} onDismiss={() => setNotice(null)}>
              {notice.text}
            </Notice>
          )}
          {renaming && (
            <form
              className="inline-form card"
              onSubmit={(e) => void onRename(e)}
              aria-label="Rename the organisation"
            >
              <label className="grow">
                Name
                <input
                  name="name"
                  defaultValue={detail.name}
                  required
                  autoFocus
                  onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)}
                />
              </label>
              <button type="submit" className="primary">
                Save
              </button>
            </form>
          )}
          <section aria-labelledby="organization-audits">
            <h2 id="organization-audits">
              {detail.audits.length === 1 ? '1 audit' : `${detail.audits.length} audits`}, oldest first
            </h2>
            <table className="organization-audits">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Audit</th>
                  <th scope="col">Level</th>
                  <th scope="col" className="number">
                    Index
                  </th>
                  <th scope="col">Since the audit before</th>
                </tr>
              </thead>
              <tbody>
                {detail.audits.map((a) => (
                  <tr key={a.id} data-audit={a.id}>
                    <td>{a.date}</td>
                    <td>
                      <a href={hashOf({ view: a.revealedAt ? 'results' : 'setup', auditId: a.id })}>
                        {a.title}
                      </a>
                      <div className="muted small">
                        {a.status === 'complete' ? 'Complete' : 'In progress'}
                        {a.previousAuditId && ' · re-assessment'}
                      </div>
                    </td>
                    <td>
                      {a.revealedAt ? (
                        <LevelBadge level={a.level} />
                      ) : (
                        <span className="level level-none">Blind scoring</span>
                      )}
                    </td>
                    <td className="number">
                      {a.revealedAt && a.index !== null ? `${roundForDisplay(a.index)} %` : '–'}
                    </td>
                    <td className="small">{changeSince(detail.trend, a)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {detail.trend && detail.trend.audits.length > 1 && (
            <TrendView trend={detail.trend} headingLevel={2} />
          )}
        </>
      )}
    </main>
  );
}
