import { useEffect } from 'react';
import type { Section, SectionItem } from '../../../shared/instrument/sections.ts';
import { useAuditStore } from '../../stores/audit.ts';

type Props = {
  readonly section: Section;
  readonly item: SectionItem;
  /** Text rows of the note field: a few in the overview, more in the spotlight. */
  readonly rows?: number;
};

/**
 * The discussion note and the consensus of one item. The note saves as the person types (once
 * typing pauses), on leaving the field and on leaving the item; the consensus on choosing it.
 * Both read the store, so the overview and the spotlight always show the same text.
 */
export function DiscussionFields({ section, item, rows = 2 }: Props) {
  const saved = useAuditStore((s) => s.detail?.discussion.find((d) => d.item === item.id)?.note ?? '');
  const draft = useAuditStore((s) => s.save.drafts[item.id]);
  const consensus = useAuditStore((s) => s.detail?.consensus.find((c) => c.item === item.id)?.value);
  const draftDiscussion = useAuditStore((s) => s.draftDiscussion);
  const flushDrafts = useAuditStore((s) => s.flushDrafts);
  const saveConsensus = useAuditStore((s) => s.saveConsensus);

  // Leaving the item (the next one in the spotlight, another step, another audit) saves its note.
  useEffect(() => () => flushDrafts(item.id), [flushDrafts, item.id]);

  return (
    <div className="reveal-discuss">
      <label>
        Discussion notes
        <textarea
          rows={rows}
          value={draft ?? saved}
          onChange={(e) => draftDiscussion(item.id, e.target.value)}
          onBlur={() => flushDrafts(item.id)}
        />
      </label>
      <label>
        Consensus
        <select
          value={consensus === undefined ? '' : String(consensus)}
          onChange={(e) => void saveConsensus(item.id, e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">No consensus recorded</option>
          {section.scale.labels.map((label, i) => (
            <option key={label} value={section.scale.min + i}>
              {section.scale.min + i} – {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
