import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { renderAuditReport } from '../../../electron/core/services/report.ts';
import { renderReport } from '../../../electron/core/report/render-report.ts';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { serializeAuditFile } from '../../../shared/audit-file/serialize.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { commentedAudit, LONG_FIRM_NAME, tallFirmLogo, wideFirmLogo } from '../../fixtures/firm-branding.ts';
import { brandedAudit } from '../../fixtures/report-audits.ts';
import { runRca } from '../../fixtures/run-cli.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';
import { flat, pdfPages, tempDir } from './pdf-tools.ts';

let storage: Storage;
let dir: string;
beforeAll(async () => {
  storage = await tempStorage();
  dir = tempDir();
});
afterAll(() => closeStorage(storage));
// Each test sets the installation's firm it needs.
afterEach(() => call(storage, 'settings.update', { firmName: '', firmLogo: null }));

async function imported(file = commentedAudit()): Promise<string> {
  const outcome = await call(storage, 'files.import', { text: serializeAuditFile(file), ifExists: 'copy' });
  return outcome.auditId;
}

/** The report of an audit in the database, written out and read back page by page. */
async function reportPages(id: string, anonymous = false, name = `${id}-${anonymous}`) {
  const { pdf } = await renderAuditReport(storage, {
    id,
    anonymous,
    includeAppendix: false,
    deterministic: true,
  });
  const out = path.join(dir, `${name}.pdf`);
  writeFileSync(out, pdf);
  return { pdf, pages: pdfPages(out).map(flat) };
}

describe('the firm beside the client (white label)', () => {
  it('puts the installation’s firm on the cover and in every footer, and a long name is cut there, not lost', async () => {
    const id = await imported();
    const images = (pdf: Buffer) => pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length ?? 0;
    const clientOnly = images((await reportPages(id, false, 'client-only')).pdf);
    await call(storage, 'settings.update', { firmName: 'Harbour & Finch', firmLogo: wideFirmLogo() });
    const { pages, pdf } = await reportPages(id);
    expect(pages[0]).toContain('Prepared by Harbour & Finch');
    for (const page of pages.slice(1)) expect(page).toMatch(/Harbour & Finch · Page \d+ of \d+/);
    // Both logos: the client's (an image and its transparency mask) and the firm's.
    expect(clientOnly).toBeGreaterThan(0);
    expect(images(pdf)).toBe(clientOnly + 1);

    await call(storage, 'settings.update', { firmName: LONG_FIRM_NAME, firmLogo: null });
    const long = await reportPages(id, false, 'long-name');
    expect(long.pages[0]).toContain(`Prepared by ${LONG_FIRM_NAME}`);
    // Without its logo the firm's name stands at the top of the cover, cut to two lines.
    expect(
      long.pages[0]?.startsWith('Harbour & Finch Organisational Advisory, Customer Experience and'),
    ).toBe(true);
    for (const page of long.pages.slice(1))
      expect(page).toMatch(/Harbour & Finch Organisational Advisory,.*… · Page \d+ of \d+/);
  });

  it('takes the audit’s own firm over the installation’s, and with none the report is the very one made without any firm', async () => {
    const id = await imported(brandedAudit());
    const plain = await reportPages(id, false, 'plain');
    await call(storage, 'settings.update', { firmName: 'Harbour & Finch', firmLogo: tallFirmLogo() });
    await call(storage, 'audits.update', { id, firmBranding: 'own', firmName: 'Baltic Consulting' });
    const own = await reportPages(id, false, 'own');
    expect(own.pages[0]).toContain('Prepared by Baltic Consulting');
    expect(own.pages.join(' ')).not.toContain('Harbour');
    expect(own.pages[2]).toMatch(/Baltic Consulting · Page 3 of \d+/);

    await call(storage, 'audits.update', { id, firmBranding: 'none' });
    const none = await reportPages(id, false, 'none');
    expect(none.pdf.equals(plain.pdf)).toBe(true);
    expect(plain.pages.join(' ')).not.toMatch(/Prepared by|Baltic|Harbour/);
  });
});

describe('a firm logo pdfkit cannot decode', () => {
  it('is left out, and the report is made with the firm’s name', async () => {
    const file = commentedAudit();
    const input = { file, instrument: instrumentV1, results: scoreAudit(instrumentV1, answersOf(file)) };
    const firm = { name: 'Harbour & Finch', logo: 'data:image/png;base64,AAAAAAAA' };
    const pdf = await renderReport(
      { ...input, firm },
      { anonymous: false, includeAppendix: false, deterministic: true },
    );
    const plain = await renderReport(input, {
      anonymous: false,
      includeAppendix: false,
      deterministic: true,
    });
    const images = (b: Buffer) => b.toString('latin1').match(/\/Subtype \/Image/g)?.length ?? 0;
    expect(images(pdf)).toBe(images(plain));
    const out = path.join(dir, 'broken-firm-logo.pdf');
    writeFileSync(out, pdf);
    expect(flat(pdfPages(out)[0] ?? '')).toContain('Prepared by Harbour & Finch');
  });
});

describe('an anonymous report with a firm', () => {
  it('keeps the firm’s name as written in the commentary, and replaces the participant’s', async () => {
    const base = commentedAudit();
    const person = base.participants[0]!.name;
    const surname = person.split(' ').at(-1)!;
    const firmName = `${surname} Partners`;
    const file = { ...base, commentary: { summary: `${firmName} recommends what ${person} proposed.` } };
    const input = { file, instrument: instrumentV1, results: scoreAudit(instrumentV1, answersOf(file)) };
    const pdf = await renderReport(
      { ...input, firm: { name: firmName } },
      { anonymous: true, includeAppendix: false, deterministic: true },
    );
    const out = path.join(dir, 'anonymous-firm.pdf');
    writeFileSync(out, pdf);
    const summary = flat(pdfPages(out)[1] ?? '');
    expect(summary).toContain(`${firmName} recommends what P1 proposed.`);
  });
});

describe('the consultant’s commentary in the report', () => {
  it('is on the summary page and in its dimension’s part, and an anonymous report replaces the names in it', async () => {
    const file = commentedAudit();
    const name = file.participants[0]!.name;
    const id = await imported(file);
    const { pages } = await reportPages(id);
    const summary = pages.slice(1).find((p) => p.includes('Executive summary'))!;
    expect(summary).toContain(
      `Commentary · Dana Whitfield The team is ready to start, with care. As ${name} said in the discussion`,
    );
    expect(summary.indexOf('Commentary ·')).toBeLessThan(summary.indexOf('Where to act first'));
    const leadership = pages.slice(1).find((p) => p.includes('1. Customer Leadership'))!;
    expect(leadership).toContain(
      `Commentary · Dana Whitfield Leadership is visible; ${name} leads by example.`,
    );
    const metrics = pages.slice(1).find((p) => p.includes('3. Metrics'))!;
    expect(metrics).toContain('Measure fewer things, and act on them.');
    // Only the dimensions commented on have a commentary.
    expect(pages.join(' ').match(/Commentary · Dana Whitfield/g)?.length).toBe(3);

    const anonymous = await reportPages(id, true);
    const text = anonymous.pages.join(' ');
    expect(text).not.toContain(name);
    expect(text).toContain('As P1 said in the discussion');
    expect(text).toContain('Leadership is visible; P1 leads by example.');
  });

  it('flows a long commentary on to the next page, the plan and the splits after it, nothing cut', async () => {
    const id = await imported();
    const paragraph = 'We recommend starting with the customer destination, then the owners of each metric. ';
    const long = Array.from({ length: 12 }, (_, i) => `${i + 1}. ${paragraph.repeat(3)}`).join('\n');
    await call(storage, 'commentary.set', { auditId: id, text: `${long}\nThe last line of our view.` });
    const { pages } = await reportPages(id, false, 'long-commentary');
    const start = pages.findIndex((p, i) => i > 0 && p.includes('Executive summary'));
    expect(pages[start]).toContain('1. We recommend starting');
    const rest = pages.slice(start).join(' ');
    expect(rest).toContain('12. We recommend starting');
    expect(rest).toContain('The last line of our view.');
    expect(rest.indexOf('The last line of our view.')).toBeLessThan(rest.indexOf('Where to act first'));
    expect(rest).toContain('Where the team disagrees most');
  });
});

describe('rca report FILE', () => {
  it('prints the file’s own firm and its commentary; a file that follows the installation shows no firm', async () => {
    const file = commentedAudit();
    const own = {
      ...file,
      audit: {
        ...file.audit,
        branding: { ...file.audit.branding, firm: { use: 'own' as const, name: 'Baltic Consulting' } },
      },
    };
    const input = path.join(dir, 'own-firm.rca.json');
    writeFileSync(input, serializeAuditFile(own));
    const out = path.join(dir, 'own-firm.pdf');
    expect(await runRca('report', input, '--out', out, '--no-appendix')).toMatchObject({ code: 0, err: '' });
    const pages = pdfPages(out).map(flat);
    expect(pages[0]).toContain('Prepared by Baltic Consulting');
    expect(pages[1]).toMatch(/Baltic Consulting · Page 2 of \d+/);
    expect(pages[1]).toContain('The team is ready to start, with care.');

    const plain = path.join(dir, 'installation.rca.json');
    writeFileSync(plain, serializeAuditFile(file));
    const plainOut = path.join(dir, 'installation.pdf');
    expect((await runRca('report', plain, '--out', plainOut, '--no-appendix')).code).toBe(0);
    expect(pdfPages(plainOut).map(flat).join(' ')).not.toContain('Prepared by');
  });
});
