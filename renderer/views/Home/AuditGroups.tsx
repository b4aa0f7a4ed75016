import { useEffect, useMemo, useRef, useState } from 'react';
import type { AuditSummary } from '../../../shared/api/models.ts';
import { roundForDisplay } from '../../../shared/scoring/numbers.ts';
import { LevelBadge } from '../../components/LevelBadge.tsx';
import { ProvisionalBadge } from '../../components/ProvisionalNote.tsx';
import { hashOf } from '../../router.ts';

type Props = {
  readonly audits: readonly AuditSummary[];
  readonly onOpen: (auditId: string) => void;
  readonly onReassess: (auditId: string) => void;
  readonly onExport: (auditId: string) => void;
  readonly onTrash: (auditId: string) => void;
};

/** Text as the search compares it: lower case, without accents, so "Zoe" finds "Zoë". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

/** The audits by organisation, in the order of each organisation's latest audit (the list is newest first). */
function groupsOf(audits: readonly AuditSummary[]) {
  const groups = new Map<string, { id: string; name: string; audits: AuditSummary[] }>();
  for (const a of audits) {
    const group = groups.get(a.organizationId) ?? { id: a.organizationId, name: a.organization, audits: [] };
    group.audits.push(a);
    groups.set(a.organizationId, group);
  }
  return [...groups.values()];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The home list: audits grouped by organisation, each organisation a link to its page, with a
 * search over organisation names and audit titles (/ to search, Escape to clear). Copies of
 * one audit are told apart by date, status and level.
 */
export function AuditGroups({ audits, onOpen, onReassess, onExport, onTrash }: Props) {
  const [query, setQuery] = useState('');
  const search = useRef<HTMLInputElement>(null);
  const groups = useMemo(() => {
    const wanted = folded(query.trim());
    return groupsOf(audits).flatMap((g) => {
      if (wanted === '' || folded(g.name).includes(wanted)) return [g];
      const matching = g.audits.filter((a) => folded(a.title).includes(wanted));
      return matching.length > 0 ? [{ ...g, audits: matching }] : [];
    });
  }, [audits, query]);
  const shown = groups.reduce((n, g) => n + g.audits.length, 0);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        search.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <div className="audit-search">
        <label htmlFor="audit-search" className="checkbox">
          <span>
            Find an organisation or audit <kbd aria-hidden="true">/</kbd>
          </span>
        </label>
        <input
          id="audit-search"
          ref={search}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query !== '') {
              e.preventDefault();
              setQuery('');
            }
          }}
          autoComplete="off"
        />
        <p className="muted small" role="status" aria-live="polite">
          {query.trim() === ''
            ? `${plural(audits.length, 'audit')} of ${plural(groupsOf(audits).length, 'organisation')}.`
            : shown === 0
              ? `No organisation or audit matches “${query.trim()}”.`
              : `${plural(shown, 'audit')} of ${plural(groups.length, 'organisation')} match “${query.trim()}”.`}
        </p>
      </div>
      {groups.map((g) => (
        <section key={g.id} className="organization-group" aria-labelledby={`organization-${g.id}`}>
          <h3 id={`organization-${g.id}`}>
            <a href={hashOf({ view: 'organization', organizationId: g.id })}>{g.name}</a>
            <span className="muted small"> · {plural(g.audits.length, 'audit')}</span>
          </h3>
          <table className="audit-list">
            <thead>
              <tr>
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
              {g.audits.map((a) => (
                <AuditRow
                  key={a.id}
                  audit={a}
                  onOpen={onOpen}
                  onReassess={onReassess}
                  onExport={onExport}
                  onTrash={onTrash}
                />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

function AuditRow({
  audit: a,
  onOpen,
  onReassess,
  onExport,
  onTrash,
}: Omit<Props, 'audits'> & { readonly audit: AuditSummary }) {
  // The row's buttons name the audit with its date, so two copies of one audit are told apart.
  const named = `${a.title} (${a.date})`;
  return (
    <tr>
      <td>
        <a href={`#/audits/${a.id}/setup`}>{a.title}</a>
        <div className="muted small">
          {a.participants === 1 ? '1 participant' : `${a.participants} participants`}
          {a.previousAuditId && ' · re-assessment'}
        </div>
      </td>
      <td>{a.date}</td>
      <td>{a.status === 'complete' ? 'Complete' : 'In progress'}</td>
      <td className="readiness">
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
        <button type="button" onClick={() => onOpen(a.id)} aria-label={`Open ${named}`}>
          Open
        </button>
        <button type="button" onClick={() => onReassess(a.id)} aria-label={`Re-assess ${named}`}>
          Re-assess
        </button>
        <button type="button" onClick={() => onExport(a.id)} aria-label={`Export ${named} as a file`}>
          Export
        </button>
        <button type="button" className="danger" onClick={() => onTrash(a.id)} aria-label={`Delete ${named}`}>
          Delete
        </button>
      </td>
    </tr>
  );
}
