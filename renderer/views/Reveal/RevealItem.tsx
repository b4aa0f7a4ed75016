import { DistributionBars } from '../../components/DistributionBars.tsx';
import type { Section } from '../../../shared/instrument/sections.ts';
import { answerDistribution } from '../../../shared/scoring/distribution.ts';
import { useAuditStore } from '../../stores/audit.ts';
import { RoundFigures } from '../Rounds/RoundFigures.tsx';
import { DiscussionFields } from './DiscussionFields.tsx';
import type { Identity } from './identity.ts';
import { FacilitatorHint, ItemStats, ScoringNotes, WhoAnswered } from './ItemFacts.tsx';

type Props = {
  readonly section: Section;
  readonly item: Section['items'][number];
  readonly identity: Identity;
  /** Opens the spotlight at this item. */
  readonly onSpotlight: () => void;
};

/** The id of an item's "Show in spotlight" button, where focus returns after the spotlight. */
export const spotlightButtonId = (itemId: string) => `spotlight-${itemId}`;

/** One item in the reveal: its spread, its statistics, the notes from scoring, the discussion note and the consensus. */
export function RevealItem({ section, item, identity, onSpotlight }: Props) {
  const detail = useAuditStore((s) => s.detail);
  const stats = useAuditStore((s) => s.results?.items.find((i) => i.id === item.id));
  if (!detail || !stats) return null;
  const distribution = answerDistribution(detail.responses, item.id, section.scale);

  return (
    <li className={stats.misaligned ? 'reveal-item misaligned' : 'reveal-item'}>
      <div className="reveal-text">
        <p className="muted small">{section.title}</p>
        <p>
          {item.title && <strong>{item.title}. </strong>}
          {item.text}
        </p>
        {stats.misaligned && <span className="badge badge-split">Team is split</span>}
        <ItemStats stats={stats} />
        <RoundFigures stats={stats} besideChart />
        <WhoAnswered detail={detail} itemId={item.id} identity={identity} />
        <ScoringNotes detail={detail} itemId={item.id} identity={identity} />
        <FacilitatorHint hint={item.hint} />
        <button
          type="button"
          id={spotlightButtonId(item.id)}
          className="spotlight-open"
          onClick={onSpotlight}
        >
          Show in spotlight
        </button>
      </div>
      <DistributionBars distribution={distribution} scale={section.scale} />
      <DiscussionFields section={section} item={item} />
    </li>
  );
}
