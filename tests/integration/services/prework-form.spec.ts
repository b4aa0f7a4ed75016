import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../../electron/core/db/backup.ts';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { PAYLOAD_ELEMENT_ID, type PreworkPayload } from '../../../shared/response-file/prework.ts';
import { buildPreworkForm } from '../../fixtures/prework-form.ts';
import { runRca } from '../../fixtures/run-cli.ts';
import { call, tempDir, tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * files.preworkForm on a real temp database, with the form built as `npm run build` builds it:
 * a form for the whole audit, a group and a seat carries that audit, group or seat and nothing
 * else; the file is one page that refers to nothing outside itself; a seat with answers, an
 * unknown seat or group, a revealed audit and a missing build get a clear error.
 */

let storage: Storage;
let template = '';
let auditId = '';
let frontId = '';
let kimId = '';
let anaId = '';

/** The payload the app wrote into a made form. */
function payloadOf(html: string): PreworkPayload {
  const match = new RegExp(
    `<script id="${PAYLOAD_ELEMENT_ID}" type="application/json">([^<]*)</script>`,
  ).exec(html);
  if (!match) throw new Error('the form carries no payload');
  return JSON.parse(match[1]!) as PreworkPayload;
}

const textOf = (content: Uint8Array) => new TextDecoder().decode(content);

beforeAll(async () => {
  template = buildPreworkForm();
  storage = await tempStorage();
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme </script><script>alert("x")</script>',
    title: 'Q4 offsite',
    date: '2026-11-23',
    facilitator: 'Dana',
  });
  auditId = audit.id;
  frontId = (await call(storage, 'groups.add', { auditId, name: 'Front line' })).id;
  const ana = await call(storage, 'participants.add', { auditId, name: 'Ana Souza', role: 'CEO' });
  anaId = ana.id;
  await call(storage, 'responses.save', { auditId, participantId: anaId, itemId: 'leadership-1', value: 4 });
  kimId = (
    await call(storage, 'participants.add', { auditId, name: 'Kim Tran', role: 'Desk', groupId: frontId })
  ).id;
});

afterAll(() => closeStorage(storage));

describe('files.preworkForm', () => {
  it('makes a form for the whole audit: one page with no address outside itself, under a strict policy', async () => {
    const before = tableCounts(storage.db);
    const form = await call(storage, 'files.preworkForm', { auditId });
    expect(tableCounts(storage.db)).toEqual(before);
    expect(form.fileName).toBe('acme-script-script-alert-x-script-q4-offsite-2026-11-23-prework.html');
    expect(form.mediaType).toBe('text/html; charset=utf-8');
    expect(form.details).toEqual({ madeFor: 'everyone' });
    const html = textOf(form.content);
    expect(payloadOf(html)).toEqual({
      audit: {
        id: auditId,
        organization: 'Acme </script><script>alert("x")</script>',
        title: 'Q4 offsite',
        date: '2026-11-23',
        anonymous: true,
        facilitator: 'Dana',
      },
      instrument: { id: 'reality-check', version: '1.0.0' },
      // Made for anyone: the person may choose their group.
      groups: [{ id: frontId, name: 'Front line' }],
    });
    // The organisation's markup stays text: the page has the built form's scripts and no more.
    const scripts = (text: string) => text.match(/<script\b/gi)?.length ?? 0;
    expect(scripts(html)).toBe(scripts(readFileSync(template, 'utf8')));
    expect(html).not.toContain('alert("x")</script>');
    // Nothing is loaded from anywhere: no <link>, no src=, no url() but data:, and every
    // http(s) text is an XML namespace or React's error page, names the code compares, never fetches.
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\ssrc\s*=/i);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).not.toMatch(/url\(|@import/i);
    const addresses = new Set(html.match(/https?:\/\/[^\s"'`)<>\\]+/g) ?? []);
    for (const address of addresses) {
      expect(address).toMatch(
        /^(http:\/\/www\.w3\.org\/(1998\/Math\/MathML|1999\/xlink|2000\/svg|XML\/1998\/namespace)|https:\/\/react\.dev\/errors\/)$/,
      );
    }
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(
      /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+';/,
    );
    expect(policy).toContain("connect-src 'none'");
    // The policy comes before any script, so it governs all of them.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('makes a form for a group, and one for a seat with its name, role and group; the file name keeps the seat’s code when anonymous', async () => {
    const group = await call(storage, 'files.preworkForm', { auditId, group: frontId });
    expect(group.fileName).toBe(
      'acme-script-script-alert-x-script-q4-offsite-2026-11-23-prework-front-line.html',
    );
    expect(group.details).toEqual({ madeFor: 'Front line' });
    expect(payloadOf(textOf(group.content)).group).toEqual({ id: frontId, name: 'Front line' });
    expect(payloadOf(textOf(group.content)).seat).toBeUndefined();
    expect(payloadOf(textOf(group.content)).groups).toBeUndefined();

    const seat = await call(storage, 'files.preworkForm', { auditId, seat: kimId });
    expect(seat.fileName).toMatch(/-prework-p2\.html$/);
    expect(seat.details).toEqual({ madeFor: 'P2' });
    expect(payloadOf(textOf(seat.content)).seat).toEqual({
      id: kimId,
      name: 'Kim Tran',
      role: 'Desk',
      group: { id: frontId, name: 'Front line' },
    });

    await call(storage, 'audits.update', { id: auditId, anonymous: false });
    const named = await call(storage, 'files.preworkForm', { auditId, seat: kimId });
    expect(named.fileName).toMatch(/-prework-kim-tran\.html$/);
    expect(named.details).toEqual({ madeFor: 'Kim Tran (P2)' });
    await call(storage, 'audits.update', { id: auditId, anonymous: true });
  });

  it('refuses a seat with answers, an unknown seat or group, both at once, and an audit whose reveal has started', async () => {
    const refused = async (input: Record<string, unknown>) => {
      const result = await invoke(storage, 'files.preworkForm', input);
      if (result.ok) throw new Error('the form was made');
      return result.error;
    };
    expect(await refused({ auditId, seat: anaId })).toEqual({
      code: 'conflict',
      message: 'The seat P1 has 1 answer already, so a form for it could not be merged; no form was made.',
    });
    expect(await refused({ auditId, seat: 'no-such-seat' })).toMatchObject({
      code: 'not-found',
      message: 'This audit has no participant no-such-seat.',
    });
    expect(await refused({ auditId, group: 'no-such-group' })).toMatchObject({
      code: 'not-found',
      message: 'This audit has no group no-such-group.',
    });
    expect(await refused({ auditId, seat: kimId, group: frontId })).toMatchObject({ code: 'invalid-input' });
    expect((await refused({ auditId, seat: kimId, group: frontId })).message).toMatch(
      /a seat or a group, not both/,
    );

    const other = await call(storage, 'audits.create', {
      organization: 'B',
      title: 'Revealed',
      date: '2026-11-23',
    });
    const p = await call(storage, 'participants.add', { auditId: other.id, name: 'Ana' });
    await call(storage, 'responses.save', {
      auditId: other.id,
      participantId: p.id,
      itemId: 'leadership-1',
      value: 2,
    });
    await call(storage, 'audits.startReveal', { id: other.id });
    expect(await refused({ auditId: other.id })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/The reveal of "Revealed" has started.*no form was made/),
    });
  });

  it('says clearly when the form was not built', async () => {
    const missing = path.join(tempDir('rc-no-form-'), 'index.html');
    process.env.REALITY_CHECK_PREWORK_FORM = missing;
    try {
      const result = await invoke(storage, 'files.preworkForm', { auditId });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'internal',
          message: `The pre-work form cannot be made: the built form ${missing} (REALITY_CHECK_PREWORK_FORM) does not exist.`,
        },
      });
    } finally {
      process.env.REALITY_CHECK_PREWORK_FORM = template;
    }
  });
});

describe('rca prework', () => {
  it('writes the form the method makes, for a seat or a group, and refuses both at once', async () => {
    const db = storage.location.databasePath;
    const out = path.join(tempDir('rc-prework-cli-'), 'form.html');
    const seat = await runRca('prework', auditId, '--out', out, '--seat', kimId, '--db', db);
    expect(seat).toMatchObject({ code: 0, out: '', err: `wrote ${out} (a pre-work form for P2)\n` });
    expect(payloadOf(readFileSync(out, 'utf8')).seat?.id).toBe(kimId);
    const group = await runRca('prework', auditId, '--out', out, '--group', frontId, '--db', db);
    expect(group.code).toBe(0);
    expect(payloadOf(readFileSync(out, 'utf8')).group?.id).toBe(frontId);

    const both = await runRca(
      'prework',
      auditId,
      '--out',
      `${out}.x`,
      '--seat',
      kimId,
      '--group',
      frontId,
      '--db',
      db,
    );
    expect(both.code).not.toBe(0);
    expect(both.err).toMatch(/give --seat or --group, not both/);
    const answered = await runRca('prework', auditId, '--out', `${out}.x`, '--seat', anaId, '--db', db);
    expect(answered.code).not.toBe(0);
    expect(answered.err).toMatch(/The seat P1 has 1 answer already/);
    expect(existsSync(`${out}.x`)).toBe(false);
  });
});
