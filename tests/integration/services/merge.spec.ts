import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableCounts } from '../../../electron/core/db/backup.ts';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { parseAuditFileText } from '../../../shared/audit-file/validate.ts';
import { MAX_RESPONSE_FILE_BYTES } from '../../../shared/limits.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { HOSTILE_NAMES } from '../../fixtures/hostile-text.ts';
import { propertyRuns } from '../../fixtures/property-runs.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

/** An audit with a front-line group and one seat on the roster (Kim, no answers), before the reveal. */
async function auditWithSeat() {
  const storage = await tempStorage();
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'Offsite',
    date: '2026-11-23',
  });
  const auditId = audit.id;
  const front = await call(storage, 'groups.add', { auditId, name: 'Front line' });
  const kim = await call(storage, 'participants.add', {
    auditId,
    name: 'Kim',
    role: 'Marketing',
    groupId: front.id,
  });
  return { storage, auditId, front: front.id, kim };
}

/** A response file as the pre-work form saves it (docs/spec/interfaces.md, "The response file"). */
function responseFile(auditId: string, participant: Record<string, string> = {}): Record<string, any> {
  return {
    format: 'reality-check-responses',
    formatVersion: 1,
    instrument: { id: 'reality-check', version: '1.0.0' },
    audit: { id: auditId },
    participant,
    responses: [
      { item: 'leadership-1', value: 2, note: 'We rarely see customers.' },
      { item: 'leadership-2', value: null },
      { item: 'sign-scale', value: 3 },
    ],
    submittedAt: '2026-11-20T09:12:00Z',
  };
}

async function merge(storage: Storage, auditId: string, file: unknown) {
  return invoke(storage, 'files.merge', {
    auditId,
    text: typeof file === 'string' ? file : JSON.stringify(file),
  });
}

/** The error a merge gets, with nothing written. */
async function refusedMerge(storage: Storage, auditId: string, file: unknown) {
  const before = tableCounts(storage.db);
  const result = await merge(storage, auditId, file);
  expect(tableCounts(storage.db)).toEqual(before);
  if (result.ok) throw new Error('the merge was not refused');
  return result.error;
}

describe('merging a response file (docs/spec/interfaces.md, "The response file")', () => {
  it('adds the person with their answers, and the results count them like any blind answer', async () => {
    const { storage, auditId, front } = await auditWithSeat();
    const text = JSON.stringify(
      responseFile(auditId, { name: 'Sam Lee', role: 'Service desk', group: front }),
    );
    const merged = await call(storage, 'files.merge', { auditId, text });
    expect(merged).toMatchObject({
      status: 'merged',
      seat: false,
      participant: { name: 'Sam Lee', role: 'Service desk', group: front, code: 'P2' },
    });
    expect(merged.responses.map((r) => [r.item, r.value, r.note])).toEqual([
      ['leadership-1', 2, 'We rarely see customers.'],
      ['leadership-2', null, ''],
      ['sign-scale', 3, ''],
    ]);
    const detail = await call(storage, 'audits.get', { id: auditId });
    expect(detail.participants.map((p) => p.name)).toEqual(['Kim', 'Sam Lee']);
    expect(detail.responses.map(({ updatedAt: _u, ...r }) => r)).toEqual(
      merged.responses.map(({ updatedAt: _u, ...r }) => r),
    );
    const parsed = parseAuditFileText((await call(storage, 'files.export', { id: auditId })).text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const results = await call(storage, 'audits.results', { id: auditId });
    expect(results).toEqual(scoreAudit(parsed.instrument, answersOf(parsed.file)));
    expect(results.items.find((i) => i.id === 'leadership-1')).toMatchObject({ n: 1, mean: 2 });
    closeStorage(storage);
  });

  it('changes nothing the second time, however the same file is spaced or ordered', async () => {
    const { storage, auditId } = await auditWithSeat();
    const file = responseFile(auditId, { name: 'Sam Lee' });
    const first = await call(storage, 'files.merge', { auditId, text: JSON.stringify(file) });
    const before = tableCounts(storage.db);
    const { participant: _p, ...reordered } = file;
    for (const text of [
      JSON.stringify(file),
      `\uFEFF${JSON.stringify(file, null, 4)}\n`,
      JSON.stringify({ participant: file.participant, ...reordered }),
    ]) {
      expect(await call(storage, 'files.merge', { auditId, text })).toEqual({
        status: 'unchanged',
        seat: false,
        participant: first.participant,
        responses: [],
      });
    }
    expect(tableCounts(storage.db)).toEqual(before);
    // The same file once its participant was removed is new again.
    await call(storage, 'participants.remove', { auditId, participantId: first.participant.id });
    expect((await call(storage, 'files.merge', { auditId, text: JSON.stringify(file) })).status).toBe(
      'merged',
    );
    closeStorage(storage);
  });

  it('names a person without a name by their code', async () => {
    const { storage, auditId } = await auditWithSeat();
    const merged = await call(storage, 'files.merge', {
      auditId,
      text: JSON.stringify(responseFile(auditId)),
    });
    expect(merged.participant).toMatchObject({ name: 'Pre-work P2', role: '', group: '', code: 'P2' });
    closeStorage(storage);
  });

  it('fills the seat a form was made for, once: the seat keeps its name, role and group', async () => {
    const { storage, auditId, front, kim } = await auditWithSeat();
    const file = responseFile(auditId, { name: 'Someone else', role: 'CEO', seat: kim.id });
    const merged = await call(storage, 'files.merge', { auditId, text: JSON.stringify(file) });
    expect(merged).toMatchObject({ status: 'merged', seat: true, participant: kim });
    expect(merged.participant).toMatchObject({ name: 'Kim', role: 'Marketing', group: front });
    const detail = await call(storage, 'audits.get', { id: auditId });
    expect(detail.participants).toEqual([kim]);
    expect(detail.responses.every((r) => r.participant === kim.id)).toBe(true);
    expect((await call(storage, 'files.merge', { auditId, text: JSON.stringify(file) })).status).toBe(
      'unchanged',
    );
    // Another form for the filled seat.
    file.responses[0].value = 5;
    expect(await refusedMerge(storage, auditId, file)).toEqual({
      code: 'conflict',
      message: 'The seat P1 has 3 answers already, so this form cannot fill it; nothing was merged.',
    });
    file.participant.seat = 'seat-that-is-not-here';
    expect(await refusedMerge(storage, auditId, file)).toEqual({
      code: 'invalid-input',
      message:
        'participant.seat: the form was made for a seat this audit does not have (any more); nothing was merged',
    });
    closeStorage(storage);
  });

  it('refuses a file for another audit, another instrument version or a group the audit lacks, writing nothing', async () => {
    const { storage, auditId } = await auditWithSeat();
    const other = '00000000-0000-4000-8000-000000000000';
    expect(await refusedMerge(storage, auditId, responseFile(other))).toEqual({
      code: 'invalid-input',
      message: `audit.id: the answers are for audit ${other}, not for this audit (${auditId})`,
    });
    const version = responseFile(auditId);
    version.instrument.version = '2.0.0';
    expect((await refusedMerge(storage, auditId, version)).message).toBe(
      'instrument: the answers were given on "reality-check" version 2.0.0, but this audit uses "reality-check" version 1.0.0',
    );
    expect((await refusedMerge(storage, auditId, responseFile(auditId, { group: 'board' }))).message).toBe(
      'participant.group: "board" is not a group of this audit',
    );
    const empty = responseFile(auditId);
    empty.responses = [];
    expect((await refusedMerge(storage, auditId, empty)).message).toBe(
      'responses: the file holds no answers, so nothing was merged',
    );
    // An audit file is not a response file.
    expect(
      (await refusedMerge(storage, auditId, { ...responseFile(auditId), format: 'reality-check-audit' }))
        .message,
    ).toMatch(/^format: must be "reality-check-responses"/);
    closeStorage(storage);
  });

  it('refuses after the reveal, and in an audit in the trash', async () => {
    const { storage, auditId, kim } = await auditWithSeat();
    await call(storage, 'responses.save', {
      auditId,
      participantId: kim.id,
      itemId: 'leadership-1',
      value: 4,
    });
    await call(storage, 'audits.startReveal', { id: auditId });
    expect(await refusedMerge(storage, auditId, responseFile(auditId))).toEqual({
      code: 'conflict',
      message:
        'The reveal of "Offsite" has started, so these answers can no longer join the blind scoring; nothing was merged.',
    });
    await call(storage, 'audits.trash', { id: auditId });
    expect((await refusedMerge(storage, auditId, responseFile(auditId))).message).toMatch(/is in the trash/);
    closeStorage(storage);
  });

  it('treats a tampered or hostile file as one more bad input: a message naming the path, nothing written', async () => {
    const { storage, auditId } = await auditWithSeat();
    const cases: [string, unknown, RegExp][] = [
      ['not JSON', '{"format": "reality-check-responses",', /^\(file\): not valid JSON/],
      ['a list', [responseFile(auditId)], /^\(file\): must be a JSON object$/],
      ['a newer format', { ...responseFile(auditId), formatVersion: 2 }, /^formatVersion: .*newer version/],
      [
        'an off-scale answer',
        { ...responseFile(auditId), responses: [{ item: 'sign-scale', value: 4 }] },
        /^responses\[0\]\.value: 4 is off the scale/,
      ],
      [
        'a value as text',
        { ...responseFile(auditId), responses: [{ item: 'leadership-1', value: '4' }] },
        /^responses\[0\]\.value: /,
      ],
      [
        'an unknown item',
        { ...responseFile(auditId), responses: [{ item: 'leadership-99', value: 4 }] },
        /^responses\[0\]\.item: /,
      ],
      [
        'an item answered twice',
        {
          ...responseFile(auditId),
          responses: [
            { item: 'leadership-1', value: 4 },
            { item: 'leadership-1', value: 1 },
          ],
        },
        /^responses\[1\]\.item: "leadership-1" is answered twice$/,
      ],
      [
        'a round (rounds are not the form’s)',
        { ...responseFile(auditId), responses: [{ item: 'leadership-1', value: 4, round: 2 }] },
        /^responses\[0\]: /,
      ],
      [
        'a field of its own in participant',
        responseFile(auditId, { email: 'sam@example.com' }),
        /^participant: /,
      ],
      [
        'a name too long',
        responseFile(auditId, { name: 'A'.repeat(301) }),
        /^participant\.name: must be at most 300 characters/,
      ],
      [
        'a note too long',
        {
          ...responseFile(auditId),
          responses: [{ item: 'leadership-1', value: 4, note: 'x'.repeat(20_001) }],
        },
        /^responses\[0\]\.note: /,
      ],
      ['a bad date', { ...responseFile(auditId), submittedAt: 'yesterday' }, /^submittedAt: /],
      ...HOSTILE_NAMES.map(([what, name]): [string, unknown, RegExp] => [
        `a name with ${what}`,
        responseFile(auditId, { name }),
        /^participant\.name: /,
      ]),
    ];
    for (const [what, file, message] of cases) {
      const error = await refusedMerge(storage, auditId, file);
      expect(error.code, what).toBe('invalid-input');
      expect(error.message, what).toMatch(message);
      // A message never quotes a name from the file.
      expect(error.message, what).not.toContain('Sam');
    }
    // A file too large is refused before it is read.
    const huge = await refusedMerge(storage, auditId, ' '.repeat(MAX_RESPONSE_FILE_BYTES + 1));
    expect(huge.message).toBe('text: the file is 5.1 MB; a response file may be at most 5 MB');
    closeStorage(storage);
  });

  it('leaves no trace of a "__proto__" key, and never fails inside on a file with one field replaced', async () => {
    const { storage, auditId } = await auditWithSeat();
    const polluted = `{"__proto__": {"polluted": true}, ${JSON.stringify(responseFile(auditId)).slice(1)}`;
    expect((await call(storage, 'files.merge', { auditId, text: polluted })).status).toBe('merged');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const keys = [
      'format',
      'formatVersion',
      'instrument',
      'audit',
      'participant',
      'responses',
      'submittedAt',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.jsonValue(), async (key, value) => {
        const before = tableCounts(storage.db);
        const result = await merge(storage, auditId, {
          ...responseFile(auditId, { name: 'Fuzz' }),
          [key]: value,
        });
        if (!result.ok) {
          expect(result.error.code).not.toBe('internal');
          expect(tableCounts(storage.db)).toEqual(before);
        }
      }),
      { numRuns: propertyRuns(300) },
    );
    closeStorage(storage);
  });
});
