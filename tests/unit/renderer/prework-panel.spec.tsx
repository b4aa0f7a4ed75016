// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { saveMadeFile } from '../../../electron/main/save-file.ts';
import { saveAsOf, type MethodName } from '../../../shared/api/methods.ts';
import type { MadeFile } from '../../../shared/api/models.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { usePreworkStore } from '../../../renderer/stores/prework.ts';
import { PreworkForms } from '../../../renderer/views/Setup/PreworkForms.tsx';
import { call, tempDir, tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * The Set-up panel for pre-work forms against the real services on a real database, with the
 * desktop shell's save step (electron/main/save-file.ts) saving made files into a temp folder,
 * as the save dialog would where the user chose.
 */

let storage: Storage;
let saveDir = '';
const calls: string[] = [];

beforeAll(async () => {
  // The built form's slot is all the service fills in; the build itself is tested elsewhere
  // (tests/integration/services/prework-form.spec.ts), so this fast test needs no Vite.
  const template = path.join(tempDir('rc-prework-template-'), 'index.html');
  writeFileSync(
    template,
    '<!doctype html><script id="prework-payload" type="application/json">"__REALITY_CHECK_PREWORK_PAYLOAD__"</script>',
  );
  process.env.REALITY_CHECK_PREWORK_FORM = template;
  storage = await tempStorage();
  saveDir = tempDir('rc-prework-saved-');
  const bridge = async (method: string, input: unknown): Promise<unknown> => {
    calls.push(method);
    const result = await invoke(storage, method, JSON.parse(JSON.stringify(input ?? {})));
    const saveAs = result.ok ? saveAsOf(method as MethodName) : null;
    if (!result.ok || !saveAs) return JSON.parse(JSON.stringify(result));
    const made = result.value as MadeFile<unknown>;
    return saveMadeFile(made, saveAs, {
      ask: (name) => Promise.resolve(path.join(saveDir, name)),
      write: (file, bytes) => Promise.resolve(writeFileSync(file, bytes)),
    });
  };
  Object.defineProperty(globalThis, 'realityCheck', {
    configurable: true,
    value: new Proxy({}, { get: (_t, method) => (input: unknown) => bridge(String(method), input) }),
  });
});
afterAll(() => closeStorage(storage));
afterEach(() => {
  cleanup();
  usePreworkStore.getState().dismiss();
});

async function openAudit() {
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'Pre-work',
    date: '2026-11-23',
  });
  const auditId = audit.id;
  const front = await call(storage, 'groups.add', { auditId, name: 'Front line' });
  const ana = await call(storage, 'participants.add', { auditId, name: 'Ana Souza' });
  await call(storage, 'responses.save', { auditId, participantId: ana.id, itemId: 'leadership-1', value: 4 });
  const kim = await call(storage, 'participants.add', { auditId, name: 'Kim Tran', groupId: front.id });
  await act(() => useAuditStore.getState().load(auditId));
  render(<PreworkForms />);
  return { auditId, front: front.id, kim: kim.id };
}

function responseFile(auditId: string, seat: string, value = 2) {
  return JSON.stringify({
    format: 'reality-check-responses',
    formatVersion: 1,
    instrument: { id: 'reality-check', version: '1.0.0' },
    audit: { id: auditId },
    participant: { seat },
    responses: [
      { item: 'leadership-1', value },
      { item: 'leadership-2', value: null, note: 'Not my area.' },
    ],
    submittedAt: '2026-11-20T09:12:00Z',
  });
}

/** Picks a file in the panel's "Add a response file" picker. */
function pick(text: string, name = 'answers.rcr.json') {
  const input = screen.getByLabelText('Response file');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('the pre-work forms panel in set-up', () => {
  it('offers everyone, each group and each seat without answers, and saves the form made for the one chosen', async () => {
    const { kim } = await openAudit();
    const select = screen.getByLabelText('Make a form for');
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    // Ana has answered, so her seat is not offered.
    expect(options).toEqual(['Anyone (they enter their own name and role)', 'Front line', 'P2 · Kim Tran']);
    fireEvent.change(select, { target: { value: `seat:${kim}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the form…' }));
    const saved = path.join(saveDir, 'acme-pre-work-2026-11-23-prework-p2.html');
    await waitFor(() =>
      expect(screen.getByRole('status').querySelector('.notice-text')?.textContent).toBe(
        `Saved ${saved}, a form for P2.`,
      ),
    );
    expect(existsSync(saved)).toBe(true);
    expect(readFileSync(saved, 'utf8')).toContain(`"seat":{"id":"${kim}","name":"Kim Tran"`);
  });

  it('adds a response file: the seat fills and the panel says so; the same file again changes nothing; a bad one is refused', async () => {
    const { auditId, kim } = await openAudit();
    pick(responseFile(auditId, kim));
    await waitFor(() => expect(screen.getByText('Merged 2 answers into the seat of P2.')).toBeTruthy());
    const detail = useAuditStore.getState().detail!;
    expect(detail.responses.filter((r) => r.participant === kim).map((r) => [r.item, r.value])).toEqual([
      ['leadership-1', 2],
      ['leadership-2', null],
    ]);
    // Kim has answers now: no form for her seat any more.
    expect(
      within(screen.getByLabelText('Make a form for')).queryByRole('option', { name: /Kim/ }),
    ).toBeNull();

    pick(responseFile(auditId, kim));
    await waitFor(() =>
      expect(screen.getByText('answers.rcr.json was merged already (P2); nothing changed.')).toBeTruthy(),
    );

    const before = await call(storage, 'audits.get', { id: auditId });
    pick(responseFile(auditId, kim, 9), 'tampered.rcr.json');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /^tampered\.rcr\.json was not merged: responses\[0\]\.value/,
      ),
    );
    expect(await call(storage, 'audits.get', { id: auditId })).toEqual(before);
  });

  it('after the reveal, says why forms wait and offers neither', async () => {
    const { auditId } = await openAudit();
    await act(async () => {
      await useAuditStore.getState().startReveal();
    });
    expect(
      screen.getByText(/The reveal has started, so pre-work answers can no longer join the blind scoring/),
    ).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save the form…' }).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Add a response file…' }).disabled).toBe(
      true,
    );
    const before = calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Save the form…' }));
    expect(calls.slice(before)).toEqual([]);
    expect((await call(storage, 'audits.get', { id: auditId })).revealedAt).not.toBeNull();
  });
});
