import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneDecimal, percentText, twoDecimals } from '../../../electron/core/report/model/format.ts';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { roundForDisplay } from '../../../shared/scoring/numbers.ts';
import type { AuditResults, VisibleGroupResult } from '../../../shared/scoring/results.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';
import { flat, pdfPages, tempDir } from './pdf-tools.ts';

/*
 * The report of a stored audit with role groups and re-vote rounds, read back with pdftotext:
 * every figure printed is the one audits.results gives, display-rounded as the report rounds it.
 */

const ROUNDS = readFileSync('tests/fixtures/audits/acme-rounds-groups.rca.json', 'utf8');
const WORKED = readFileSync('tests/fixtures/audits/acme-worked-example.rca.json', 'utf8');

let storage: Storage;
const dir = tempDir();
beforeAll(async () => {
  storage = await tempStorage();
});
afterAll(() => closeStorage(storage));

/** The PDF of a stored audit, as the window's export makes it, and its text page by page. */
async function report(auditId: string, anonymous = false) {
  const made = await call(storage, 'report.export', { id: auditId, anonymous, includeAppendix: true });
  const file = path.join(dir, `${auditId}-${anonymous ? 'anonymous' : 'named'}.pdf`);
  writeFileSync(file, made.content);
  const pages = pdfPages(file).map(flat);
  const results = await call(storage, 'audits.results', { id: auditId });
  const pageOf = (title: string): string => {
    const page = pages.slice(1).find((p) => p.includes(title));
    if (!page) throw new Error(`no page with ${title}`);
    return page;
  };
  return { file, pages, all: pages.join(' '), results, pageOf };
}

/** "67 points" as the report writes a gap. */
const points = (gap: number): string =>
  `${roundForDisplay(gap)} point${roundForDisplay(gap) === 1 ? '' : 's'}`;

function visible(results: AuditResults): VisibleGroupResult[] {
  return results.groups.filter((g): g is VisibleGroupResult => !g.suppressed);
}

describe('the report of an audit with role groups and a re-vote round (the fixture, stored)', () => {
  let auditId: string;
  beforeAll(async () => {
    auditId = (await call(storage, 'files.import', { text: ROUNDS })).auditId;
  });

  it('lists both sections in the contents, after the dimensions', async () => {
    const { pages } = await report(auditId);
    const contents = pages[0] ?? '';
    const order = ['Dimension by dimension', 'Perception gap', 'Re-vote rounds', 'Failure signs, commitment'];
    const at = order.map((title) => contents.indexOf(title));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('names the largest perception gap in the executive summary, with the figures of audits.results', async () => {
    const { pageOf, results } = await report(auditId);
    const summary = pageOf('Executive summary');
    const largest = [...results.perceptionGaps].filter((p) => p.flagged).sort((a, b) => b.gap - a.gap)[0];
    if (!largest) throw new Error('the fixture has a perception gap');
    const name = (id: string) => results.groups.find((g) => g.id === id)?.name;
    expect(summary).toContain(
      `Perception gap: ${name(largest.high)} and ${name(largest.low)} see Customer Leadership ${points(largest.gap)} apart ` +
        `(${percentText(largest.highPercent)} against ${percentText(largest.lowPercent)}); the only dimension with a perception gap.`,
    );
    // Worked out by hand in acme-rounds-groups.md: 95.83 against 29.17, 66.67 apart.
    expect(summary).toContain('67 points apart (96 % against 29 %)');
  });

  it('prints each group’s size and index, each dimension’s gap and each split by role as computed', async () => {
    const { pageOf, results } = await report(auditId);
    const section = pageOf('Participants answered in 3 role groups');
    for (const g of visible(results)) {
      expect(section).toContain(`${g.name} ${g.size} ${percentText(g.index)}`);
    }
    const name = (id: string) => results.groups.find((g) => g.id === id)?.name ?? id;
    // Each dimension: every shown group's percent, in the audit's order of groups, then the gap.
    const shownGroups = results.groups.filter((g) => !g.suppressed);
    for (const gap of results.perceptionGaps) {
      const at = results.dimensions.findIndex((d) => d.id === gap.dimension);
      const percents = shownGroups.map((g) => {
        const own = g.suppressed ? undefined : g.dimensions[at];
        return own && !own.insufficient ? percentText(own.percent) : '–';
      });
      expect(section).toContain(
        `${results.dimensions[at]!.name} ${percents.join(' ')} ${points(gap.gap)}${gap.flagged ? ' GAP' : ''}`,
      );
      expect(percents).toContain(percentText(gap.highPercent));
      expect(percents).toContain(percentText(gap.lowPercent));
    }
    expect(section).toContain(
      '1 perception gap: Customer Leadership, Executive team 96 % against Front line 29 %',
    );
    const splits = pageOf('Splits by role') + ' ' + (pageOf('Re-vote rounds') ?? '');
    for (const s of results.roleSplits) {
      expect(splits).toContain(
        `${name(s.high)} ${oneDecimal(s.highMean)} ${name(s.low)} ${oneDecimal(s.lowMean)} ${oneDecimal(s.difference)}`,
      );
    }
  });

  it('prints every round of the re-voted item with its figures and whether it converged', async () => {
    const { pageOf, results } = await report(auditId);
    const section = pageOf('Re-vote rounds');
    const item = results.items.find((i) => i.rounds !== undefined);
    if (!item?.rounds) throw new Error('the fixture has a re-voted item');
    expect(section).toContain('re-scored 1 item in round 2');
    for (const r of item.rounds) {
      const agreement = `${roundForDisplay((r.agreement ?? 0) * 100)} %`;
      expect(section).toContain(
        `Round ${r.round} ${r.n} ${r.unsure} ${oneDecimal(r.mean)} ${twoDecimals(r.sd)} ${r.median} ${agreement}`,
      );
    }
    expect(item.converged).toBe(true);
    expect(section).toContain(
      `Converged, sd ${twoDecimals(item.rounds[0]?.sd ?? null)} to ${twoDecimals(item.sd)}`,
    );
    expect(section).toContain(
      'Convergence: the re-voted statement that split the team in round 1 converged.',
    );
  });
});

describe('the report of an audit built in the app: a small group held back, and rounds 2 and 3', () => {
  let auditId: string;
  beforeAll(async () => {
    const audit = await call(storage, 'audits.create', {
      organization: 'Globex',
      title: 'Four groups',
      date: '2026-12-08',
    });
    auditId = audit.id;
    const group = async (name: string) => (await call(storage, 'groups.add', { auditId, name })).id;
    const exec = await group('Executive team');
    const mgr = await group('Managers');
    const front = await group('Front line');
    const board = await group('Board');
    const members: Record<string, string[]> = { [exec]: [], [mgr]: [], [front]: [], [board]: [] };
    const sizes: [string, number, number][] = [
      [exec, 4, 5],
      [mgr, 3, 4],
      [front, 5, 2],
      [board, 2, 3],
    ];
    for (const [groupId, size, value] of sizes) {
      for (let n = 1; n <= size; n++) {
        const p = await call(storage, 'participants.add', { auditId, name: `Member ${n}`, groupId });
        members[groupId]?.push(p.id);
        for (let s = 1; s <= 6; s++) {
          await call(storage, 'responses.save', {
            auditId,
            participantId: p.id,
            itemId: `leadership-${s}`,
            value,
          });
        }
        for (let s = 1; s <= 7; s++) {
          await call(storage, 'responses.save', {
            auditId,
            participantId: p.id,
            itemId: `listening-${s}`,
            value: 4,
          });
        }
      }
    }
    await call(storage, 'audits.startReveal', { id: auditId });
    const revote = async (round: number, answers: [string, number][]) => {
      for (const [itemId, ...rest] of answers.map(([itemId, v]) => [itemId, v] as const)) {
        for (const [groupId, value] of [
          [exec, rest[0]],
          [front, itemId === 'leadership-1' ? 1 : rest[0]],
        ] as const) {
          for (const participantId of members[groupId] ?? []) {
            await call(storage, 'rounds.saveResponse', { auditId, round, participantId, itemId, value });
          }
        }
      }
      await call(storage, 'rounds.close', { auditId, round });
    };
    // Round 2: leadership-1 still split (5 against 1), leadership-2 agreed at 4. Round 3: leadership-1 still split.
    await call(storage, 'rounds.open', { auditId, itemIds: ['leadership-1', 'leadership-2'] });
    await revote(2, [
      ['leadership-1', 5],
      ['leadership-2', 4],
    ]);
    await call(storage, 'rounds.open', { auditId, itemIds: ['leadership-1'] });
    await revote(3, [['leadership-1', 5]]);
  });

  it('shows the small group and the one held back with it by size only', async () => {
    const { pageOf, results } = await report(auditId);
    expect(results.groups.map((g) => [g.name, g.size, g.suppressed])).toEqual([
      ['Executive team', 4, false],
      ['Managers', 3, true],
      ['Front line', 5, false],
      ['Board', 2, true],
    ]);
    const section = pageOf('Participants answered in 4 role groups');
    expect(section).toContain(
      'Managers 3 not shown: held back with the small group, so its figures cannot be worked out',
    );
    expect(section).toContain('Board 2 not shown: fewer than 3 answered');
    for (const g of visible(results))
      expect(section).toContain(`${g.name} ${g.size} ${percentText(g.index)}`);
    // Nothing of a held-back group's figures: its index is nowhere in the results to print.
    expect(results.groups[1]).toEqual({
      id: results.groups[1]?.id,
      name: 'Managers',
      size: 3,
      suppressed: true,
    });
  });

  it('prints rounds 1 to 3 of leadership-1, still split, and leadership-2 converged', async () => {
    const { pageOf, results } = await report(auditId);
    const section = pageOf('Re-vote rounds');
    expect(section).toContain('re-scored 2 items in rounds 2 and 3');
    const l1 = results.items.find((i) => i.id === 'leadership-1');
    const l2 = results.items.find((i) => i.id === 'leadership-2');
    expect(l1?.rounds?.map((r) => r.round)).toEqual([1, 2, 3]);
    expect(l1).toMatchObject({ finalRound: 3, misaligned: true, converged: false });
    expect(l2).toMatchObject({ finalRound: 2, misaligned: false, converged: true });
    for (const item of [l1, l2]) {
      for (const r of item?.rounds ?? []) {
        expect(section).toContain(
          `Round ${r.round} ${r.n} ${r.unsure} ${oneDecimal(r.mean)} ${twoDecimals(r.sd)}`,
        );
      }
    }
    expect(section).toContain(
      `Still split, sd ${twoDecimals(l1?.rounds?.[0]?.sd ?? null)} to ${twoDecimals(l1?.sd ?? null)}`,
    );
    expect(section).toContain(
      'Convergence: 1 of the 2 re-voted statements that split the team in round 1 converged.',
    );
  });

  it('puts a name in a group’s name out of the anonymous report', async () => {
    const exec = (await call(storage, 'audits.get', { id: auditId })).groups[0]?.id ?? '';
    const detail = await call(storage, 'audits.get', { id: auditId });
    const lead = detail.participants[0];
    await call(storage, 'participants.update', {
      auditId,
      participantId: lead?.id ?? '',
      name: 'Zoltan Kovacs',
    });
    await call(storage, 'groups.update', {
      auditId,
      groupId: exec,
      name: 'Zoltan Kovacs and the executives',
    });
    const named = await report(auditId);
    expect(named.all).toContain('Zoltan Kovacs and the executives');
    const anonymous = await report(auditId, true);
    expect(anonymous.all).not.toContain('Zoltan');
    expect(anonymous.all).toContain(`${lead?.code} and the executives`);
  });
});

describe('the report of an audit without groups or rounds', () => {
  it('has neither section and no perception-gap line', async () => {
    const { auditId } = await call(storage, 'files.import', { text: WORKED });
    const { all } = await report(auditId);
    expect(all).not.toContain('Perception gap');
    expect(all).not.toContain('Re-vote rounds');
  });

  it('says so when too few answered in the groups to compare them', async () => {
    const file = JSON.parse(ROUNDS) as Record<string, any>;
    file.audit.minGroupSize = 5;
    delete file.audit.id;
    const { auditId } = await call(storage, 'files.import', { text: JSON.stringify(file) });
    const { pageOf, results } = await report(auditId);
    expect(results.groups.every((g) => g.suppressed)).toBe(true);
    expect(pageOf('Executive summary')).toContain(
      'Perception gap: not shown; too few people answered in the role groups to compare them.',
    );
    expect(pageOf('Participants answered in 3 role groups')).toContain(
      'Fewer than two groups can be shown, so there is nothing to compare',
    );
  });
});
