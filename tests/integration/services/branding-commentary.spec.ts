import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { reportInputFor } from '../../../electron/core/services/report.ts';
import { MAX_COMMENTARY } from '../../../shared/limits.ts';
import { wideFirmLogo } from '../../fixtures/firm-branding.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
beforeAll(async () => {
  storage = await tempStorage();
});
afterAll(() => closeStorage(storage));

async function newAudit(title = 'Offsite') {
  return call(storage, 'audits.create', { organization: 'Acme', title, date: '2026-11-23' });
}

const count = (sql: string) => storage.db.prepare(sql).pluck().get();

describe('settings of this installation', () => {
  it('keep the firm’s name and logo, change only what a call gives, and clear them with empty and null', async () => {
    expect(await call(storage, 'settings.get', {})).toEqual({ firmName: '', firmLogo: null });
    const logo = wideFirmLogo();
    expect(
      await call(storage, 'settings.update', { firmName: '  Northwind Advisory  ', firmLogo: logo }),
    ).toEqual({
      firmName: 'Northwind Advisory',
      firmLogo: logo,
    });
    expect(await call(storage, 'settings.update', { firmName: 'Northwind Partners' })).toEqual({
      firmName: 'Northwind Partners',
      firmLogo: logo,
    });
    expect(await call(storage, 'settings.update', { firmLogo: null })).toEqual({
      firmName: 'Northwind Partners',
      firmLogo: null,
    });
    expect(await call(storage, 'settings.update', { firmName: '' })).toEqual({
      firmName: '',
      firmLogo: null,
    });
  });

  it('refuse a logo that is not a PNG or JPEG, and a name too long, writing nothing', async () => {
    await call(storage, 'settings.update', { firmName: 'Northwind Advisory' });
    const gif = await invoke(storage, 'settings.update', { firmLogo: 'data:image/gif;base64,R0lGODlh' });
    expect(gif).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.stringify(gif)).toContain('must be a PNG or JPEG image');
    const long = await invoke(storage, 'settings.update', { firmName: 'N'.repeat(301) });
    expect(JSON.stringify(long)).toContain('must be at most 300 characters (it has 301)');
    expect(await call(storage, 'settings.get', {})).toEqual({
      firmName: 'Northwind Advisory',
      firmLogo: null,
    });
    await call(storage, 'settings.update', { firmName: '' });
  });
});

describe('an audit’s firm branding', () => {
  it('follows the installation’s by default, can have its own or none, and the report takes the one chosen', async () => {
    const audit = await newAudit();
    expect(audit.branding.firm).toEqual({ use: 'installation', name: '', logo: null });
    // Nothing set anywhere: no firm on the report.
    expect(reportInputFor(storage, audit.id).firm).toBeUndefined();
    const logo = wideFirmLogo();
    await call(storage, 'settings.update', { firmName: 'Northwind Advisory', firmLogo: logo });
    expect(reportInputFor(storage, audit.id).firm).toEqual({ name: 'Northwind Advisory', logo });

    const own = await call(storage, 'audits.update', {
      id: audit.id,
      firmBranding: 'own',
      firmName: 'Baltic Consulting',
    });
    expect(own.branding.firm).toEqual({ use: 'own', name: 'Baltic Consulting', logo: null });
    expect(reportInputFor(storage, audit.id).firm).toEqual({ name: 'Baltic Consulting' });

    const none = await call(storage, 'audits.update', { id: audit.id, firmBranding: 'none' });
    // The audit's own name is kept for when it is chosen again.
    expect(none.branding.firm).toEqual({ use: 'none', name: 'Baltic Consulting', logo: null });
    expect(reportInputFor(storage, audit.id).firm).toBeUndefined();

    // A re-assessment carries the choice over.
    await call(storage, 'audits.update', { id: audit.id, firmBranding: 'own', firmLogo: logo });
    const again = await call(storage, 'audits.duplicate', { id: audit.id });
    expect(again.branding.firm).toEqual({ use: 'own', name: 'Baltic Consulting', logo });
    await call(storage, 'settings.update', { firmName: '', firmLogo: null });
  });

  it('refuses a choice it does not know, writing nothing', async () => {
    const audit = await newAudit();
    const wrong = await invoke(storage, 'audits.update', { id: audit.id, firmBranding: 'mine' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await call(storage, 'audits.get', { id: audit.id })).branding.firm.use).toBe('installation');
  });
});

describe('the commentary', () => {
  it('saves the summary and each dimension’s text, removes one when emptied, and leaves the results alone', async () => {
    const audit = await newAudit();
    const before = await call(storage, 'audits.results', { id: audit.id });
    expect(
      await call(storage, 'commentary.set', { auditId: audit.id, text: 'Ready to start.\nWith care.' }),
    ).toEqual({
      summary: 'Ready to start.\nWith care.',
      dimensions: [],
    });
    await call(storage, 'commentary.set', {
      auditId: audit.id,
      dimensionId: 'metrics',
      text: 'Measure less.',
    });
    const both = await call(storage, 'commentary.set', {
      auditId: audit.id,
      dimensionId: 'leadership',
      text: 'Visible.',
    });
    expect(both.dimensions).toEqual([
      { dimension: 'metrics', text: 'Measure less.' },
      { dimension: 'leadership', text: 'Visible.' },
    ]);
    const emptied = await call(storage, 'commentary.set', {
      auditId: audit.id,
      dimensionId: 'metrics',
      text: '  ',
    });
    expect(emptied.dimensions).toEqual([{ dimension: 'leadership', text: 'Visible.' }]);
    expect((await call(storage, 'audits.get', { id: audit.id })).commentary).toEqual(emptied);
    expect(await call(storage, 'audits.results', { id: audit.id })).toEqual(before);
    // A re-assessment starts without it: the commentary is about the earlier audit.
    expect((await call(storage, 'audits.duplicate', { id: audit.id })).commentary).toEqual({
      summary: '',
      dimensions: [],
    });
  });

  it('refuses a dimension the instrument does not have, a text too long and an audit in the trash, writing nothing', async () => {
    const audit = await newAudit();
    const unknown = await invoke(storage, 'commentary.set', {
      auditId: audit.id,
      dimensionId: 'culture',
      text: 'x',
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('"culture" is not a dimension of instrument 1.0.0') },
    });
    const long = await invoke(storage, 'commentary.set', {
      auditId: audit.id,
      text: 'x'.repeat(MAX_COMMENTARY + 1),
    });
    expect(JSON.stringify(long)).toContain('must be at most 20,000 characters (it has 20,001)');
    const control = await invoke(storage, 'commentary.set', { auditId: audit.id, text: 'bell\u0007' });
    expect(control).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await call(storage, 'audits.trash', { id: audit.id });
    const trashed = await invoke(storage, 'commentary.set', { auditId: audit.id, text: 'Late' });
    expect(trashed).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('is in the trash') },
    });
    expect(count(`SELECT commentary FROM audits WHERE id = '${audit.id}'`)).toBe('');
    expect(count(`SELECT count(*) FROM dimension_commentary WHERE audit_id = '${audit.id}'`)).toBe(0);
  });

  it('is typed text: the anonymous report’s check lists each name it replaces there', async () => {
    const audit = await newAudit();
    await call(storage, 'participants.add', { auditId: audit.id, name: 'Ana Souza' });
    await call(storage, 'commentary.set', { auditId: audit.id, text: 'As Ana Souza said, act first.' });
    await call(storage, 'commentary.set', {
      auditId: audit.id,
      dimensionId: 'metrics',
      text: 'Ana owns the dashboard.',
    });
    const preview = await call(storage, 'report.preview', { id: audit.id, anonymous: true });
    expect(preview.replacements).toEqual([
      {
        where: 'Commentary on the executive summary',
        before: 'As ',
        found: 'Ana Souza',
        after: ' said, act first.',
        code: 'P1',
      },
      { where: 'Commentary on Metrics', before: '', found: 'Ana', after: ' owns the dashboard.', code: 'P1' },
    ]);
    expect((await call(storage, 'report.preview', { id: audit.id, anonymous: false })).replacements).toEqual(
      [],
    );
  });
});

describe('the firm’s name in an anonymous report', () => {
  it('is kept as written in the commentary, as the organisation’s is, while a participant of the same surname becomes a code', async () => {
    await call(storage, 'settings.update', { firmName: 'Harbour & Finch' });
    const audit = await newAudit('Kept names');
    await call(storage, 'participants.add', { auditId: audit.id, name: 'Ana Finch' });
    await call(storage, 'commentary.set', {
      auditId: audit.id,
      text: 'Harbour & Finch recommends what Ana Finch proposed.',
    });
    const preview = await call(storage, 'report.preview', { id: audit.id, anonymous: true });
    expect(preview.replacements.map((r) => [r.found, r.code])).toEqual([['Ana Finch', 'P1']]);
    // With no firm branding the name is a participant's word like any other.
    await call(storage, 'audits.update', { id: audit.id, firmBranding: 'none' });
    const without = await call(storage, 'report.preview', { id: audit.id, anonymous: true });
    expect(without.replacements.map((r) => r.found)).toEqual(['Finch', 'Ana Finch']);
    await call(storage, 'settings.update', { firmName: '' });
  });
});

describe('the audit file through the database', () => {
  it('carries the commentary and the audit’s firm branding out and back in unchanged', async () => {
    const audit = await newAudit('Round trip');
    const logo = wideFirmLogo();
    await call(storage, 'audits.update', {
      id: audit.id,
      firmBranding: 'own',
      firmName: 'Baltic Consulting',
      firmLogo: logo,
    });
    await call(storage, 'commentary.set', { auditId: audit.id, text: 'Ready.\n\nWith care.' });
    await call(storage, 'commentary.set', {
      auditId: audit.id,
      dimensionId: 'unified',
      text: 'One company.',
    });
    const exported = await call(storage, 'files.export', { id: audit.id });
    expect(exported.file.commentary).toEqual({
      summary: 'Ready.\n\nWith care.',
      dimensions: [{ dimension: 'unified', text: 'One company.' }],
    });
    expect(exported.file.audit.branding).toEqual({ firm: { use: 'own', name: 'Baltic Consulting', logo } });

    const { auditId } = await call(storage, 'files.import', { text: exported.text, ifExists: 'copy' });
    const copy = await call(storage, 'audits.get', { id: auditId });
    expect(copy.commentary).toEqual((await call(storage, 'audits.get', { id: audit.id })).commentary);
    expect(copy.branding.firm).toEqual({ use: 'own', name: 'Baltic Consulting', logo });
    const again = await call(storage, 'files.export', { id: auditId });
    expect(again.file.commentary).toEqual(exported.file.commentary);
    expect(again.file.audit.branding).toEqual(exported.file.audit.branding);

    // "None" travels as such; the installation's is the default and writes nothing.
    await call(storage, 'audits.update', { id: auditId, firmBranding: 'none' });
    expect((await call(storage, 'files.export', { id: auditId })).file.audit.branding).toEqual({
      firm: { use: 'none' },
    });
    await call(storage, 'audits.update', { id: auditId, firmBranding: 'installation' });
    expect((await call(storage, 'files.export', { id: auditId })).file.audit).not.toHaveProperty('branding');
  });

  it('refuses a file whose commentary names a dimension the instrument lacks, importing nothing', async () => {
    const audit = await newAudit('Bad file');
    const file = (await call(storage, 'files.export', { id: audit.id })).file;
    const bad = { ...file, commentary: { dimensions: [{ dimension: 'culture', text: 'x' }] } };
    const before = count('SELECT count(*) FROM audits');
    const result = await invoke(storage, 'files.import', { text: JSON.stringify(bad), ifExists: 'copy' });
    expect(JSON.stringify(result)).toContain(
      'commentary.dimensions[0].dimension: \\"culture\\" is not a dimension',
    );
    expect(count('SELECT count(*) FROM audits')).toBe(before);
  });
});
