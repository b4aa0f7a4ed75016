import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { storageLocation } from '../../electron/core/db/location.ts';
import { UPSERT_RESPONSE_SQL } from '../../electron/core/db/repositories/responses.ts';
import { closeStorage, openStorage, type Storage } from '../../electron/core/db/storage.ts';
import { loadAuditDetail } from '../../electron/core/services/audit-detail.ts';
import { auditToFile } from '../../electron/core/services/audit-file-mapping.ts';
import { invoke } from '../../electron/core/services/dispatch.ts';
import { importAuditText } from '../../electron/core/services/files.ts';
import { createClient, type ApiClient } from '../../shared/api/client.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { answersOf } from '../../shared/audit-file/answers.ts';
import { AUDIT_FILE_FORMAT, CURRENT_FORMAT_VERSION, type AuditFile } from '../../shared/audit-file/schema.ts';
import { catalogOf } from '../../shared/instrument/catalog.ts';
import { CONTACT_CATEGORIES } from '../../shared/instrument/contact-categories.ts';
import { instrumentV1 } from '../../shared/instrument/index.ts';
import { scoreAudit } from '../../shared/scoring/score.ts';
import { seededRandom } from '../../tests/fixtures/random.ts';
import { formatMs, formatRatio, interleaved, record, settle, table, time, type Timing } from './measure.ts';

const SAVES = 1000;
const SAVE_WARMUP = 100;
const AUDITS = 1000;
const PARTICIPANTS_PER_AUDIT = 8;
const SCORED_PARTICIPANTS = 50;
/** The aims from the issue; the bench prints them, no test asserts them. */
const SAVE_AIM = 1.3;
const INDEXED_AIM = 1.2;

const ITEMS = [...catalogOf(instrumentV1).values()];

function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The typed API over a storage, for setting up; the timed calls use `invoke` itself. */
function client(storage: Storage): ApiClient {
  return createClient((method, input) => invoke(storage, method, input));
}

/** A realistic audit file: every participant answers every item (a few "Not sure"), with some consensus, contacts and actions. */
function auditFileText(options: {
  id?: string;
  title: string;
  organization: string;
  date: string;
  participants: number;
  answered: boolean;
  seed: number;
}): string {
  const next = seededRandom(options.seed);
  const participants = Array.from({ length: options.participants }, (_, i) => ({
    id: `p${i + 1}`,
    name: `Participant ${i + 1}`,
    role: i === 0 ? 'CEO' : 'Director',
  }));
  const answer = (min: number, max: number) =>
    next() < 0.05 ? null : min + Math.floor(next() * (max - min + 1));
  const file: AuditFile = {
    format: AUDIT_FILE_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    instrument: { id: instrumentV1.id, version: instrumentV1.version },
    audit: {
      ...(options.id ? { id: options.id } : {}),
      title: options.title,
      organization: options.organization,
      date: options.date,
      // A finished audit shows a reveal, which locks blind answers: the save bench needs them open.
      status: options.answered ? 'complete' : 'in-progress',
    },
    participants,
    responses: options.answered
      ? participants.flatMap((p) =>
          ITEMS.map((item) => ({
            participant: p.id,
            item: item.id,
            value: answer(item.scale.min, item.scale.max),
          })),
        )
      : [],
    consensus: options.answered
      ? ITEMS.filter((item) => item.kind === 'statement')
          .slice(0, 5)
          .map((item) => ({ item: item.id, value: 3 }))
      : [],
    discussion: [],
    contacts: options.answered
      ? CONTACT_CATEGORIES.slice(0, 3).map((category, i) => ({
          name: `Customer ${i + 1}`,
          category,
          importance: 5 - i,
          performance: 2 + i,
        }))
      : [],
    actions: options.answered
      ? [
          { title: 'Call ten lost customers', status: 'open', source: 'custom' },
          { title: 'Review complaints weekly', status: 'in-progress', source: 'custom' },
        ]
      : [],
  };
  return JSON.stringify(file);
}

async function open(dir: string, name: string): Promise<Storage> {
  return openStorage(storageLocation({ databasePath: path.join(dir, name) }), { checkIntegrity: false });
}

function pragmasOf(storage: Storage): string {
  const p = (name: string) => String(storage.db.pragma(name, { simple: true }));
  return `journal_mode=${p('journal_mode')}, synchronous=${p('synchronous')}, foreign_keys=${p('foreign_keys')}`;
}

/**
 * (a) One answer through `invoke(storage, 'responses.save', …)` against the bare upsert of the same
 * row, on two databases opened the same way. The calls alternate, so both see the same disk.
 */
async function benchSave(dir: string): Promise<string[]> {
  const auditId = '3f9a2c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b';
  const text = auditFileText({
    id: auditId,
    title: 'Save bench',
    organization: 'Bench',
    date: '2026-11-23',
    participants: PARTICIPANTS_PER_AUDIT,
    answered: false,
    seed: 1,
  });
  const service = await open(dir, 'save-service.db');
  const bare = await open(dir, 'save-bare.db');
  try {
    unwrap(await invoke(service, 'files.import', { text }));
    unwrap(await invoke(bare, 'files.import', { text }));
    const pragmas = [pragmasOf(service), pragmasOf(bare)];
    if (pragmas[0] !== pragmas[1]) throw new Error(`The two databases differ: ${pragmas.join(' vs ')}`);
    const upsert = bare.db.prepare(UPSERT_RESPONSE_SQL);
    // The i-th save of each side writes the same participant, item and value.
    const answerAt = (i: number) => {
      const next = seededRandom(1000 + i);
      const item = ITEMS[i % ITEMS.length];
      if (!item) throw new Error('The instrument has no items.');
      const { min, max } = item.scale;
      return {
        participantId: `p${1 + Math.floor(next() * PARTICIPANTS_PER_AUDIT)}`,
        itemId: item.id,
        value: min + Math.floor(next() * (max - min + 1)),
      };
    };
    const saveThroughService = async (i: number) => {
      unwrap(await invoke(service, 'responses.save', { auditId, ...answerAt(i) }));
    };
    // One statement per call in its own implicit transaction: one commit each, as the service does.
    const saveBare = (i: number) => {
      const { participantId, itemId, value } = answerAt(i);
      upsert.run({
        auditId,
        participant: participantId,
        item: itemId,
        value,
        note: '',
        updatedAt: new Date().toISOString(),
      });
    };
    const [s, b] = (await interleaved(SAVES, [saveThroughService, saveBare], SAVE_WARMUP)) as [
      Timing,
      Timing,
    ];
    const bareBaseline = { baseline: 'bare better-sqlite3 upsert, same pragmas' };
    record('save one answer, bare upsert, median', b.median, 'ms');
    record('save one answer, bare upsert, p99', b.p99, 'ms');
    record('save one answer through the service, median', s.median, 'ms');
    record('save one answer through the service, p99', s.p99, 'ms');
    record('save one answer, service / bare, median', s.median / b.median, 'ratio', {
      aim: SAVE_AIM,
      ...bareBaseline,
    });
    record('save one answer, service / bare, p99', s.p99 / b.p99, 'ratio', bareBaseline);
    return [
      `(a) Saving one answer: ${SAVES} saves each, taking turns, after ${SAVE_WARMUP} warm-up saves; one commit per save`,
      `    both databases: ${pragmas[0]}`,
      ...table(
        ['', 'median', 'p99', 'ratio (median)', 'ratio (p99)'],
        [
          ['bare better-sqlite3 upsert (baseline)', formatMs(b.median), formatMs(b.p99), '1.00×', '1.00×'],
          [
            "invoke(storage, 'responses.save', …)",
            formatMs(s.median),
            formatMs(s.p99),
            formatRatio(s.median / b.median, SAVE_AIM),
            formatRatio(s.p99 / b.p99),
          ],
        ],
      ).map((l) => `    ${l}`),
    ];
  } finally {
    closeStorage(service);
    closeStorage(bare);
  }
}

/** Fills a storage with `count` audits of PARTICIPANTS_PER_AUDIT participants each, in one transaction. */
function fillAudits(storage: Storage, count: number): number {
  const start = performance.now();
  storage.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
      importAuditText(
        storage,
        auditFileText({
          title: `Offsite ${i + 1}`,
          organization: `Organization ${1 + (i % 50)}`,
          date: `${2020 + (Math.floor(i / 336) % 7)}-${month}-${day}`,
          participants: PARTICIPANTS_PER_AUDIT,
          answered: true,
          seed: 100 + i,
        }),
      );
    }
  })();
  storage.db.pragma('wal_checkpoint(TRUNCATE)');
  return performance.now() - start;
}

/** (b) audits.list and audits.get with one audit against 1,000 audits in the database. */
async function benchListAndGet(dir: string): Promise<string[]> {
  const one = await open(dir, 'one-audit.db');
  const many = await open(dir, 'many-audits.db');
  try {
    fillAudits(one, 1);
    const built = fillAudits(many, AUDITS);
    const list = (storage: Storage) => async () => {
      unwrap(await invoke(storage, 'audits.list', {}));
    };
    settle();
    let start = performance.now();
    await list(one)();
    const coldOne = performance.now() - start;
    start = performance.now();
    await list(many)();
    const coldMany = performance.now() - start;
    // One after the other, not in turns: a 1,000-row list leaves garbage that a 1-row list would pay for.
    const listOne = await time(200, list(one));
    const listMany = await time(30, list(many), 3);

    const audits = unwrap(await client(many)['audits.list']({}));
    const middle = audits[Math.floor(audits.length / 2)]?.id ?? '';
    const onlyOne = unwrap(await client(one)['audits.list']({}))[0]?.id ?? '';
    const get = (storage: Storage, id: string) => async () => {
      unwrap(await invoke(storage, 'audits.get', { id }));
    };
    const [getOne, getMany] = (await interleaved(300, [get(one, onlyOne), get(many, middle)])) as [
      Timing,
      Timing,
    ];

    const row = (label: string, a: number, b: number, aim?: number) => {
      record(`${label}, 1 audit`, a, 'ms');
      record(`${label}, ${AUDITS} audits`, b, 'ms');
      record(`${label}, ${AUDITS} audits / 1 audit`, b / a, 'ratio', {
        baseline: 'the same call with 1 audit in the database',
        ...(aim === undefined ? {} : { aim }),
      });
      return [label, formatMs(a), formatMs(b), formatRatio(b / a, aim)];
    };
    const answersEach = PARTICIPANTS_PER_AUDIT * ITEMS.length;
    return [
      `(b) Listing audits and opening one: 1 audit vs ${AUDITS.toLocaleString('en')} audits in the database`,
      `    each audit: ${PARTICIPANTS_PER_AUDIT} participants, ${answersEach} answers, 5 consensus values, 3 contacts, 2 actions; ` +
        `the ${AUDITS.toLocaleString('en')}-audit database was built (files.import in one transaction) in ${formatMs(built)}`,
      ...table(
        ['', '1 audit', `${AUDITS.toLocaleString('en')} audits`, 'ratio'],
        [
          row('audits.list, first call (cold: scores every audit, caches its level)', coldOne, coldMany),
          row(
            `audits.list, warm, median (${listOne.samples} / ${listMany.samples} calls)`,
            listOne.median,
            listMany.median,
          ),
          row('audits.list, warm, per audit listed', listOne.median, listMany.median / AUDITS, INDEXED_AIM),
          row(
            `audits.get, median (${getOne.samples} calls each)`,
            getOne.median,
            getMany.median,
            INDEXED_AIM,
          ),
          row('audits.get, p99', getOne.p99, getMany.p99),
        ],
      ).map((l) => `    ${l}`),
      `    (the list returns every audit, so its total grows with n; per audit listed is the figure held to the aim)`,
    ];
  } finally {
    closeStorage(one);
    closeStorage(many);
  }
}

/** (c) Scoring an audit of 50 participants who answered everything, bare and through the service. */
async function benchScoring(dir: string): Promise<string[]> {
  const storage = await open(dir, 'scoring.db');
  try {
    const { auditId } = unwrap(
      await client(storage)['files.import']({
        text: auditFileText({
          title: 'Big team',
          organization: 'Bench',
          date: '2026-11-23',
          participants: SCORED_PARTICIPANTS,
          answered: true,
          seed: 3,
        }),
      }),
    );
    const answers = answersOf(auditToFile(loadAuditDetail(storage.db, auditId)));
    const [score, get, results] = (await interleaved(200, [
      () => scoreAudit(instrumentV1, answers),
      async () => unwrap(await invoke(storage, 'audits.get', { id: auditId })),
      async () => unwrap(await invoke(storage, 'audits.results', { id: auditId })),
    ])) as [Timing, Timing, Timing];
    const row = (label: string, t: Timing) => {
      record(`${label}, median`, t.median, 'ms');
      record(`${label}, p99`, t.p99, 'ms');
      record(`${label} / scoreAudit, median`, t.median / score.median, 'ratio', { baseline: 'scoreAudit' });
      return [label, formatMs(t.median), formatMs(t.p99), formatRatio(t.median / score.median)];
    };
    return [
      `(c) Scoring an audit of ${SCORED_PARTICIPANTS} participants answering all ${ITEMS.length} items (${answers.responses.length} answers), 200 calls each, taking turns`,
      ...table(
        ['', 'median', 'p99', 'ratio (median)'],
        [
          row('scoreAudit (shared/scoring, baseline)', score),
          row("invoke(storage, 'audits.get', …) (loading only)", get),
          row("invoke(storage, 'audits.results', …) (load + score + cache level)", results),
        ],
      ).map((l) => `    ${l}`),
    ];
  } finally {
    closeStorage(storage);
  }
}

/**
 * The storage benchmark: the cost the services add to a save, whether listing and opening stay
 * indexed as audits pile up, and how long scoring a large team takes. All figures and their
 * baselines are measured in the same run, on temp databases on the real disk.
 */
export async function benchStorage(): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rca-bench-store-'));
  try {
    return [
      `Storage benchmark: Node ${process.version}, ${process.platform} ${process.arch}, ${os.cpus().length} CPUs, databases in ${dir}`,
      '',
      ...(await benchSave(dir)),
      '',
      ...(await benchListAndGet(dir)),
      '',
      ...(await benchScoring(dir)),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
