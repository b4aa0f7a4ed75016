// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { saveMadeFile } from '../../../electron/main/save-file.ts';
import { saveAsOf, type MethodName } from '../../../shared/api/methods.ts';
import type { MadeFile } from '../../../shared/api/models.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { Report } from '../../../renderer/views/Report/Report.tsx';
import { call, tempDir, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
const folder = tempDir('rc-report-exports-');
/** What the window asked, and what the save dialog was asked (its title and suggested name). */
const asked: { method: string; input: unknown; dialog?: string; suggested?: string }[] = [];

beforeAll(async () => {
  storage = await tempStorage();
  // The desktop's way with a made file (electron/main/save-file.ts), its dialog answered with a temp path.
  const bridge = async (method: string, input: unknown): Promise<unknown> => {
    const entry: (typeof asked)[number] = { method, input };
    asked.push(entry);
    const result = await invoke(storage, method, JSON.parse(JSON.stringify(input ?? {})));
    const saveAs = result.ok ? saveAsOf(method as MethodName) : undefined;
    if (!result.ok || !saveAs) return JSON.parse(JSON.stringify(result));
    return saveMadeFile(result.value as MadeFile<unknown>, saveAs, {
      ask: (suggested, dialog) => {
        entry.dialog = dialog.title;
        entry.suggested = suggested;
        return Promise.resolve(path.join(folder, suggested));
      },
      write: (where, bytes) => writeFile(where, bytes),
    });
  };
  Object.defineProperty(globalThis, 'realityCheck', {
    configurable: true,
    value: new Proxy({}, { get: (_t, method) => (input: unknown) => bridge(String(method), input) }),
  });
});
afterAll(() => closeStorage(storage));
afterEach(cleanup);

describe('the Report step’s other formats', () => {
  it(
    'saves the workbook, the CSV tables and the deck with the anonymity chosen for the PDF',
    { timeout: 60_000 },
    async () => {
      const audit = await call(storage, 'audits.create', {
        organization: 'Acme',
        title: 'Offsite',
        date: '2026-11-23',
      });
      const ana = await call(storage, 'participants.add', { auditId: audit.id, name: 'Ana Souza' });
      await call(storage, 'responses.save', {
        auditId: audit.id,
        participantId: ana.id,
        itemId: 'leadership-1',
        value: 4,
        note: 'Ana Souza wrote this herself.',
      });
      await act(() => useAuditStore.getState().load(audit.id));
      render(<Report />);
      const labels = ['Excel workbook', 'CSV tables', 'PowerPoint deck'];
      expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(
        expect.arrayContaining(['Export PDF', ...labels]),
      );
      for (const label of labels) {
        fireEvent.click(screen.getByRole('button', { name: label }));
        expect(
          await screen.findByText(/^Saved .*\.(xlsx|zip|pptx)\.$/, {}, { timeout: 15_000 }),
        ).toBeTruthy();
      }
      const made = asked.filter((a) => a.method.startsWith('exports.'));
      expect(made.map((a) => [a.method, a.input, a.dialog])).toEqual([
        ['exports.xlsx', { id: audit.id, anonymous: true }, 'Export the Excel workbook'],
        ['exports.csv', { id: audit.id, anonymous: true }, 'Export the CSV tables'],
        ['exports.pptx', { id: audit.id, anonymous: true }, 'Export the PowerPoint deck'],
      ]);
      expect(made.map((a) => a.suggested)).toEqual([
        'acme-offsite-2026-11-23-results.xlsx',
        'acme-offsite-2026-11-23-tables.zip',
        'acme-offsite-2026-11-23-results.pptx',
      ]);
      // The saved workbook is a real one (a zip), and names nobody: the audit is anonymous.
      const saved = readFileSync(path.join(folder, 'acme-offsite-2026-11-23-results.xlsx'));
      expect(saved.subarray(0, 2).toString('latin1')).toBe('PK');

      // Names shown: the same choice reaches the exports.
      fireEvent.click(screen.getByLabelText(/Anonymous: show participants as/));
      fireEvent.click(screen.getByRole('button', { name: 'CSV tables' }));
      await screen.findByText(/^Saved .*\.zip\.$/, {}, { timeout: 15_000 });
      expect(asked.at(-1)).toMatchObject({
        method: 'exports.csv',
        input: { id: audit.id, anonymous: false },
      });
    },
  );
});
