import { useState } from 'react';
import type { Section } from '../../../shared/instrument/sections.ts';
import { Notice } from '../../components/Notice.tsx';
import { useAuditResults, useAuditStore } from '../../stores/audit.ts';
import { useRoundsStore } from '../../stores/rounds.ts';

type Props = {
  readonly sections: readonly Section[];
  /** Opens pass-the-laptop scoring of the open round. */
  readonly onScore: () => void;
};

/**
 * Re-vote rounds in the reveal (docs/spec/scoring.md, "Re-vote rounds"): the open round and
 * how far it has got, or the way to open the next one on the items that still split the team.
 */
export function RevotePanel({ sections, onScore }: Props) {
  const detail = useAuditStore((s) => s.detail);
  const results = useAuditResults();
  const revision = useAuditStore((s) => s.revision);
  const loadOverview = useRoundsStore((s) => s.loadOverview);
  const openRound = useAuditStore((s) => s.openRound);
  const closeRound = useAuditStore((s) => s.closeRound);
  const cancelRound = useAuditStore((s) => s.cancelRound);
  const [next, setNext] = useState<{ round: number; suggested: readonly string[] } | null>(null);
  const [choosing, setChoosing] = useState<Set<string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!detail || detail.revealedAt === null) return null;

  const statements = sections.filter((s) => s.kind === 'statement').flatMap((s) => s.items);
  const text = (itemId: string) => statements.find((i) => i.id === itemId)?.text ?? itemId;
  const open = detail.rounds.find((r) => r.closedAt === null);
  const converged = results?.items.filter((i) => i.converged).length ?? 0;
  const revoted = results?.items.filter((i) => i.rounds).length ?? 0;

  if (open) {
    const answers = detail.roundResponses.filter((r) => r.round === open.round).length;
    const expected = open.items.length * detail.participants.length;
    return (
      <section className="card revote" aria-labelledby="revote-title">
        <h3 id="revote-title">Re-vote round {open.round} is open</h3>
        {error && <Notice kind="error">{error}</Notice>}
        <p className="muted">
          {open.items.length} {open.items.length === 1 ? 'statement' : 'statements'} · {answers} of {expected}{' '}
          answers. Each person answers again alone, seeing how the team answered last time and their own last
          answer.
        </p>
        <div className="form-actions">
          <button type="button" className="primary" onClick={onScore}>
            Score round {open.round}
          </button>
          <button type="button" onClick={() => void closeRound(open.round).then(setError)}>
            Close round {open.round}
          </button>
          {answers === 0 && (
            <button type="button" onClick={() => void cancelRound(open.round).then(setError)}>
              Take back round {open.round}
            </button>
          )}
        </div>
      </section>
    );
  }

  const done = detail.rounds.length > 0 && (
    <p className="muted">
      {detail.rounds.length === 1 ? '1 re-vote round' : `${detail.rounds.length} re-vote rounds`} so far:{' '}
      {converged} of {revoted} re-voted {revoted === 1 ? 'statement' : 'statements'} converged.
    </p>
  );
  const choose = async () => {
    const overview = await loadOverview(detail.id, revision);
    if (typeof overview === 'string') return setError(overview);
    if (!overview.next) return setError('No further round can be opened now.');
    setError(null);
    setNext(overview.next);
    setChoosing(new Set(overview.next.suggested));
  };

  if (choosing === null || next === null) {
    const splits = results?.items.filter((i) => i.misaligned).length ?? 0;
    return (
      <section className="card revote" aria-labelledby="revote-title">
        <h3 id="revote-title">Re-vote</h3>
        {error && <Notice kind="error">{error}</Notice>}
        {done}
        <p className="muted">
          {splits === 0
            ? 'Nothing splits the team now; you can still choose statements to score again.'
            : `${splits} ${splits === 1 ? 'statement splits' : 'statements split'} the team. After the discussion, the team can score the splits again, blind, and see whether it converges.`}
        </p>
        <button type="button" onClick={() => void choose()}>
          Re-vote these items
        </button>
      </section>
    );
  }

  const toggle = (itemId: string, on: boolean) => {
    const chosen = new Set(choosing);
    if (on) chosen.add(itemId);
    else chosen.delete(itemId);
    setChoosing(chosen);
  };
  const ordered = [
    ...next.suggested,
    ...statements.map((i) => i.id).filter((id) => !next.suggested.includes(id)),
  ];
  const start = async () => {
    const message = await openRound(ordered.filter((id) => choosing.has(id)));
    setError(message);
    if (!message) {
      setChoosing(null);
      onScore();
    }
  };
  const row = (itemId: string) => (
    <li key={itemId}>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={choosing.has(itemId)}
          onChange={(e) => toggle(itemId, e.target.checked)}
        />
        {text(itemId)}
      </label>
    </li>
  );
  return (
    <section className="card revote" aria-labelledby="revote-title">
      <h3 id="revote-title">Round {next.round}: the statements to score again</h3>
      {error && <Notice kind="error">{error}</Notice>}
      {next.suggested.length > 0 && (
        <ul className="revote-items" aria-label="Statements that split the team">
          {next.suggested.map(row)}
        </ul>
      )}
      <details>
        <summary>Other statements</summary>
        <ul className="revote-items">{ordered.filter((id) => !next.suggested.includes(id)).map(row)}</ul>
      </details>
      <div className="form-actions">
        <button type="button" className="primary" disabled={choosing.size === 0} onClick={() => void start()}>
          Open round {next.round} on {choosing.size} {choosing.size === 1 ? 'statement' : 'statements'}
        </button>
        <button type="button" onClick={() => setChoosing(null)}>
          Cancel
        </button>
      </div>
    </section>
  );
}
