// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { ParticipantPicker } from '../../../renderer/views/Scoring/ParticipantPicker.tsx';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { instrumentSections } from '../../../shared/instrument/sections.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
beforeAll(async () => {
  storage = await tempStorage();
});
afterAll(() => closeStorage(storage));
afterEach(cleanup);

const sections = instrumentSections(instrumentV1);
const items = sections.flatMap((s) => s.items.map((item) => ({ id: item.id, min: s.scale.min })));

/** An audit where Zoë has answered everything and 山田 two items, read back through the API. */
async function detail() {
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'Offsite',
    date: '2026-11-23',
  });
  const zoe = await call(storage, 'participants.add', { auditId: audit.id, name: 'Zoë Łukasz', role: 'CEO' });
  const yamada = await call(storage, 'participants.add', { auditId: audit.id, name: '山田 花子' });
  for (const item of items)
    await call(storage, 'responses.save', {
      auditId: audit.id,
      participantId: zoe.id,
      itemId: item.id,
      value: item.min,
    });
  for (const item of items.slice(0, 2))
    await call(storage, 'responses.save', {
      auditId: audit.id,
      participantId: yamada.id,
      itemId: item.id,
      value: null,
    });
  return { value: await call(storage, 'audits.get', { id: audit.id }), zoe };
}

describe('the participant picker', () => {
  it('names each button by the text it shows, so speech and sight agree (WCAG 2.5.3)', async () => {
    const { value, zoe } = await detail();
    const onPick = vi.fn();
    render(<ParticipantPicker detail={value} sections={sections} presentation={false} onPick={onPick} />);
    const buttons = within(screen.getByRole('list')).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([null, null]);
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Score as Zoë Łukasz CEO Done',
      `Score as 山田 花子 2 of ${items.length} answered`,
    ]);
    fireEvent.click(screen.getByRole('button', { name: /^Score as Zoë Łukasz CEO Done$/ }));
    expect(onPick).toHaveBeenCalledWith(zoe.id);
  });

  it('shows only the anonymous codes and no roles in presentation mode', async () => {
    const { value } = await detail();
    render(<ParticipantPicker detail={value} sections={sections} presentation onPick={() => undefined} />);
    expect(
      within(screen.getByRole('list'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Score as P1 Done', `Score as P2 2 of ${items.length} answered`]);
  });
});
