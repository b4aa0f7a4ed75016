import type { SectionKind } from '../../../../shared/instrument/types.ts';
import { catalogOf } from '../../../../shared/instrument/catalog.ts';
import { itemRefs } from '../../../../shared/instrument/refs.ts';
import { answerCounts } from '../../../../shared/scoring/distribution.ts';
import { finalRoundAnswers } from '../../../../shared/scoring/rounds.ts';
import type { ItemResult } from '../../../../shared/scoring/results.ts';
import type { ReportInput } from '../types.ts';

/** A note written about an item, with who wrote it (a participant id) or where it came from. */
export type ItemNote = {
  readonly source: 'discussion' | 'consensus' | 'participant';
  readonly participant: string | null;
  readonly text: string;
};

/** Everything the report says about one item, gathered once. */
export type ItemFacts = {
  readonly id: string;
  readonly kind: SectionKind;
  /** Reference used throughout the report: 1.3 (dimension 1, statement 3), S2, C4, T1. */
  readonly ref: string;
  /** The reference as a label, never mistaken for a score: "Statement 1.3", "Failure sign S2". */
  readonly label: string;
  readonly text: string;
  /** A short name where the instrument has one (failure signs, targets), else the text. */
  readonly name: string;
  readonly result: ItemResult;
  /** Answer counts from the scale's minimum to its maximum. */
  readonly counts: readonly number[];
  /** "Not sure" answers. */
  readonly unsure: number;
  readonly notes: readonly ItemNote[];
  /** Each participant's answer: a value, null for Not sure; absent when they did not answer. */
  readonly answers: ReadonlyMap<string, number | null>;
};

/** The per-item facts of an audit, in instrument order. */
export type AuditFacts = ReadonlyMap<string, ItemFacts>;

/** Gathers answer distributions, notes and references for every item of the instrument. */
export function auditFacts(input: ReportInput): AuditFacts {
  const { file, instrument, results } = input;
  const catalog = catalogOf(instrument);
  const resultById = new Map(results.items.map((r) => [r.id, r]));
  const participantOrder = new Map(file.participants.map((p, i) => [p.id, i]));
  const names = new Map<string, string>([
    ...instrument.signs.map((s) => [s.id, s.name] as const),
    ...instrument.targets.map((t) => [t.id, t.name] as const),
  ]);
  const refs = itemRefs(instrument);

  // Answers and counts come from each item's final round, like every number (docs/spec/scoring.md, "Re-vote rounds").
  const final = finalRoundAnswers(file.responses);
  const answers = new Map<string, Map<string, number | null>>();
  for (const r of final) {
    let own = answers.get(r.item);
    if (!own) answers.set(r.item, (own = new Map<string, number | null>()));
    own.set(r.participant, r.value);
  }
  const participantNotes = new Map<string, { participant: string; text: string }[]>();
  for (const r of file.responses) {
    if (r.note && r.note.trim() !== '') {
      const list = participantNotes.get(r.item) ?? [];
      const text = r.note.trim();
      // A note carried into a re-vote round is shown once.
      if (!list.some((n) => n.participant === r.participant && n.text === text)) {
        list.push({ participant: r.participant, text });
      }
      participantNotes.set(r.item, list);
    }
  }
  const discussion = new Map(file.discussion.map((d) => [d.item, d.note.trim()]));
  const consensusNote = new Map(file.consensus.map((c) => [c.item, c.note?.trim() ?? '']));

  const distributions = answerCounts(final, catalog);
  const facts = new Map<string, ItemFacts>();
  for (const item of catalog.values()) {
    const own = answers.get(item.id) ?? new Map<string, number | null>();
    const counts = distributions.get(item.id)?.counts ?? [];
    const unsure = distributions.get(item.id)?.unsure ?? 0;
    const notes: ItemNote[] = [];
    const talk = discussion.get(item.id);
    if (talk) notes.push({ source: 'discussion', participant: null, text: talk });
    const agreed = consensusNote.get(item.id);
    if (agreed) notes.push({ source: 'consensus', participant: null, text: agreed });
    const written = [...(participantNotes.get(item.id) ?? [])].sort(
      (a, b) => (participantOrder.get(a.participant) ?? 0) - (participantOrder.get(b.participant) ?? 0),
    );
    for (const n of written) notes.push({ source: 'participant', participant: n.participant, text: n.text });
    const result = resultById.get(item.id);
    if (!result) continue;
    facts.set(item.id, {
      id: item.id,
      kind: item.kind,
      ref: refs.get(item.id)?.ref ?? item.id,
      label: refs.get(item.id)?.label ?? item.id,
      text: item.text,
      name: names.get(item.id) ?? item.text,
      result,
      counts,
      unsure,
      notes,
      answers: own,
    });
  }
  return facts;
}
