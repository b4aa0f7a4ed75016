import { afterEach, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { revealRows } from '../../../renderer/views/Reveal/reveal-rows.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { instrumentSections } from '../../../shared/instrument/sections.ts';
import { auditWithSeats, callRoom, roomContext } from '../../fixtures/room.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * The projector after the reveal: the items in the reveal's order (splits first), each with
 * its counts on the scale and the figures of shared/ scoring, the notes without who wrote them.
 */

let storage: Storage;
afterEach(() => closeStorage(storage));

async function revealedAudit(anonymous: boolean) {
  storage = await tempStorage();
  const { auditId, seats } = await auditWithSeats(storage, ['Ana Souza', 'Ben', 'Caro'], { anonymous });
  const answers: [string, number | null, string][] = [
    ['leadership-1', 4, ''],
    ['leadership-2', 1, 'Ana Souza thinks we never listen'],
    ['leadership-3', 3, 'b note'],
  ];
  for (const [s, seat] of seats.entries()) {
    for (const [item, value, note] of answers) {
      // leadership-2 splits the team (1, 3, 5); leadership-1 does not.
      const v = item === 'leadership-2' ? 1 + 2 * s : item === 'leadership-3' && s === 2 ? null : value;
      await call(storage, 'responses.save', {
        auditId,
        participantId: seat,
        itemId: item,
        value: v,
        note: s === 0 ? note : '',
      });
    }
  }
  await call(storage, 'audits.startReveal', { id: auditId });
  return { auditId, ...roomContext(storage) };
}

describe('the projector after the reveal', () => {
  it('presents the items in the reveal order with the figures of shared/ scoring, stepping both ways', async () => {
    const { auditId, context } = await revealedAudit(false);
    const results = await call(storage, 'audits.results', { id: auditId });
    const first = await callRoom(storage, context, 'room.present', { auditId, itemId: null });
    const split = results.items.find((i) => i.id === 'leadership-2');
    expect(first.phase).toBe('revealed');
    expect(first.spotlight).toMatchObject({
      itemId: 'leadership-2',
      index: 1,
      count: 3,
      section: 'Customer Leadership',
      mean: split?.mean,
      spread: split?.sd,
      misaligned: true,
      notSure: 0,
      notes: ['Ana Souza thinks we never listen'],
    });
    expect(first.spotlight?.distribution).toEqual([
      { value: 1, label: 'Strongly disagree', count: 1 },
      { value: 2, label: 'Disagree', count: 0 },
      { value: 3, label: 'Neither agree nor disagree', count: 1 },
      { value: 4, label: 'Agree', count: 0 },
      { value: 5, label: 'Strongly agree', count: 1 },
    ]);
    const second = await callRoom(storage, context, 'room.present', { auditId, itemId: null, step: 1 });
    const third = await callRoom(storage, context, 'room.present', { auditId, itemId: null, step: 1 });
    const stays = await callRoom(storage, context, 'room.present', { auditId, itemId: null, step: 1 });
    expect([second, third, stays].map((v) => v.spotlight?.index)).toEqual([2, 3, 3]);
    // The app's reveal steps through the same order (renderer/views/Reveal/reveal-rows.ts).
    const rows = revealRows(instrumentSections(instrumentV1), results.items, {
      section: 'all',
      splitsOnly: false,
    });
    expect([first, second, third].map((v) => v.spotlight?.itemId)).toEqual(rows.map((r) => r.item.id));
    expect(third.spotlight).toMatchObject({ itemId: 'leadership-3', notSure: 1, notes: ['b note'] });
    expect((await callRoom(storage, context, 'room.projector', { auditId })).spotlight?.itemId).toBe(
      'leadership-3',
    );
    const back = await callRoom(storage, context, 'room.present', {
      auditId,
      itemId: 'leadership-1',
      step: -1,
    });
    expect(back.spotlight?.itemId).toBe('leadership-2');
    expect(await invoke(storage, 'room.present', { auditId, itemId: 'listening-1' }, context)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('turns names in notes into codes when the audit is anonymous', async () => {
    const { auditId, context } = await revealedAudit(true);
    const view = await callRoom(storage, context, 'room.present', { auditId, itemId: 'leadership-2' });
    expect(view.spotlight?.notes).toEqual(['P1 thinks we never listen']);
  });

  it('refuses to present before the reveal', async () => {
    storage = await tempStorage();
    const { auditId } = await auditWithSeats(storage, ['Ana']);
    const { context } = roomContext(storage);
    expect(await invoke(storage, 'room.present', { auditId, itemId: null }, context)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/reveal has not started/) },
    });
  });
});
