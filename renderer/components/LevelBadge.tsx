import type { Level } from '../../shared/scoring/levels.ts';

const CLASS: Record<Level, string> = {
  'Not ready': 'level-not-ready',
  Emerging: 'level-emerging',
  Building: 'level-building',
  Ready: 'level-ready',
};

/** The readiness level as a coloured label that also reads well without colour. */
export function LevelBadge({ level }: { readonly level: Level | null }) {
  if (level === null) return <span className="level level-none">No level yet</span>;
  return <span className={`level ${CLASS[level]}`}>{level}</span>;
}
