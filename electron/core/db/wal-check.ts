import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { GUARD_TEXT } from './guard.ts';

/*
 * SQLite applies a `-wal` file to whatever database sits beside it: one left behind by another
 * database (a file copied or restored over ours after a crash) silently replaces our pages.
 * SQLite's WAL format (https://www.sqlite.org/fileformat2.html#walformat) records nothing that
 * names its database, so we match them by the guard row (guard.ts): every write transaction
 * of ours raises the guard counter, so its frames carry the guard page. Before SQLite opens
 * the database, this module reads the frames SQLite would apply (valid salts and cumulative
 * checksums, up to the last commit frame) and checks that they carry the database's own
 * identity with counters that continue its own.
 */

const WAL_MAGIC_LE = 0x377f0682;
const WAL_MAGIC_BE = 0x377f0683;
const WAL_VERSION = 3007000;
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

/** The guard as found in one page image: the database's identity and its write counter. */
type Guard = { readonly identity: string; readonly counter: number };

/** The frames of a WAL that SQLite would apply, with their page numbers and page images. */
export type WalFrames = { readonly pageSize: number; readonly frames: { page: number; data: Buffer }[] };

function checksum(
  buf: Buffer,
  offset: number,
  length: number,
  start: [number, number],
  bigEndian: boolean,
): [number, number] {
  let [s0, s1] = start;
  for (let i = offset; i < offset + length; i += 8) {
    const x0 = bigEndian ? buf.readUInt32BE(i) : buf.readUInt32LE(i);
    const x1 = bigEndian ? buf.readUInt32BE(i + 4) : buf.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

/**
 * The committed frames of a WAL file, as SQLite's recovery finds them: a header with a valid
 * checksum, then frames whose salts match and whose cumulative checksums hold, up to the last
 * frame that commits a transaction. A WAL SQLite would ignore has no frames.
 */
export function committedFrames(wal: Buffer): WalFrames {
  const none = { pageSize: 0, frames: [] };
  if (wal.length < WAL_HEADER) return none;
  const magic = wal.readUInt32BE(0);
  if (magic !== WAL_MAGIC_LE && magic !== WAL_MAGIC_BE) return none;
  const bigEndian = magic === WAL_MAGIC_BE;
  const pageSize = wal.readUInt32BE(8);
  if (wal.readUInt32BE(4) !== WAL_VERSION || pageSize < 512 || pageSize > 65536) return none;
  if (pageSize & (pageSize - 1)) return none;
  let sum = checksum(wal, 0, 24, [0, 0], bigEndian);
  if (sum[0] !== wal.readUInt32BE(24) || sum[1] !== wal.readUInt32BE(28)) return none;
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  const frames: { page: number; data: Buffer }[] = [];
  let committed = 0;
  for (let at = WAL_HEADER; at + FRAME_HEADER + pageSize <= wal.length; at += FRAME_HEADER + pageSize) {
    const page = wal.readUInt32BE(at);
    if (page === 0 || wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    sum = checksum(wal, at, 8, sum, bigEndian);
    sum = checksum(wal, at + FRAME_HEADER, pageSize, sum, bigEndian);
    if (sum[0] !== wal.readUInt32BE(at + 16) || sum[1] !== wal.readUInt32BE(at + 20)) break;
    frames.push({ page, data: wal.subarray(at + FRAME_HEADER, at + FRAME_HEADER + pageSize) });
    if (wal.readUInt32BE(at + 4) !== 0) committed = frames.length;
  }
  return { pageSize, frames: frames.slice(0, committed) };
}

/** Every guard text in a buffer; within one page image the highest counter is the current one. */
function guardsIn(data: Buffer): Guard[] {
  return [...data.toString('latin1').matchAll(GUARD_TEXT)].map((m) => ({
    identity: m[1] ?? '',
    counter: Number(m[2]),
  }));
}

function newest(guards: readonly Guard[]): Guard | null {
  return guards.reduce<Guard | null>((best, g) => (!best || g.counter > best.counter ? g : best), null);
}

/** The page size a database header records (bytes 16–17; 1 means 65536). */
export function headerPageSize(header: Buffer): number {
  const raw = header.readUInt16BE(16);
  return raw === 1 ? 65536 : raw;
}

/** Where the database file keeps its guard, found by reading the file alone (never through SQLite, which would apply the WAL). */
function findGuardPage(file: string, pageSize: number): number | null {
  const bytes = readFileSync(file);
  let found: { counter: number; page: number } | null = null;
  for (const m of bytes.toString('latin1').matchAll(GUARD_TEXT)) {
    const counter = Number(m[2]);
    if (!found || counter > found.counter)
      found = { counter, page: Math.floor((m.index ?? 0) / pageSize) + 1 };
  }
  return found?.page ?? null;
}

/** The guard in one page of the database file. */
function guardOnPage(file: string, page: number, pageSize: number): Guard | null {
  const fd = openSync(file, 'r');
  try {
    const data = Buffer.alloc(pageSize);
    const read = readSync(fd, data, 0, pageSize, (page - 1) * pageSize);
    return newest(guardsIn(data.subarray(0, read)));
  } finally {
    closeSync(fd);
  }
}

function readWal(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    return Buffer.alloc(0);
  }
}

/** What the check found: the WAL may be applied, or why it must not be. */
export type WalVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Whether the `-wal` file beside `databasePath` belongs to that database. A missing or empty
 * WAL, or one SQLite would ignore, is fine. A database without a guard (one written before
 * migration 0040) cannot be checked and its WAL is accepted, as before.
 */
export function checkWal(databasePath: string, pageSizeOfDatabase: number): WalVerdict {
  const walPath = `${databasePath}-wal`;
  if (!existsSync(walPath) || statSync(walPath).size < WAL_HEADER) return { ok: true };
  const guardPage = findGuardPage(databasePath, pageSizeOfDatabase);
  // Another process of ours may be writing: read the guard, the WAL, then the guard again,
  // and judge only a pair read while the database file's guard stayed the same.
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = guardPage ? guardOnPage(databasePath, guardPage, pageSizeOfDatabase) : null;
    const { pageSize, frames } = committedFrames(readWal(walPath));
    const base = guardPage ? guardOnPage(databasePath, guardPage, pageSizeOfDatabase) : null;
    if (before?.counter !== base?.counter) continue;
    if (frames.length === 0) return { ok: true };
    if (pageSize !== pageSizeOfDatabase) {
      return {
        ok: false,
        reason: `its pages are ${pageSize} bytes and the database's are ${pageSizeOfDatabase}`,
      };
    }
    if (!base) return { ok: true };
    const guardFrames = frames.filter((f) => f.page === guardPage).map((f) => newest(guardsIn(f.data)));
    if (guardFrames.length === 0)
      return { ok: false, reason: "it holds changes but none to this database's guard" };
    if (guardFrames.some((g) => g?.identity !== base.identity))
      return { ok: false, reason: 'it was written for another database (its identity differs)' };
    const first = guardFrames[0]?.counter ?? 0;
    const last = guardFrames.at(-1)?.counter ?? 0;
    if (base.counter < first - 1)
      return {
        ok: false,
        reason: `the database file is older than the changes in it (write ${base.counter}; the WAL starts at write ${first})`,
      };
    if (base.counter > last)
      return {
        ok: false,
        reason: `the database file is newer than the changes in it (write ${base.counter}; the WAL ends at write ${last})`,
      };
    return { ok: true };
  }
  return { ok: true };
}

/** The first 100 bytes of a file (the SQLite header), or fewer if the file is shorter. */
export function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
