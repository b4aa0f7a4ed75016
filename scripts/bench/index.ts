/**
 * `npm run bench`: runs each benchmark in turn and prints its lines. Speed targets live here,
 * as printed aims, and never as timed assertions in tests.
 */
import os from 'node:os';
import { benchExports } from './exports.ts';
import { benchReport } from './report.ts';
import { benchRoom, ROOM_CHILD, roomChild } from './room.ts';
import { benchScale, SCALE_CHILD, scaleChild } from './scale.ts';
import { benchStorage } from './storage.ts';
import { benchUi } from './ui.ts';
import { beginBench, recordedFigures } from './measure.ts';

/**
 * Each benchmark returns the lines it wants printed and records its figures; `npm run bench --
 * scale report` runs only those, and `--json` prints one JSON object with every figure and its
 * aim instead of the lines, so that a script can compare runs.
 */
const benches: Record<string, () => Promise<string[]>> = {
  storage: benchStorage,
  report: benchReport,
  ui: benchUi,
  scale: benchScale,
  room: benchRoom,
  exports: benchExports,
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === SCALE_CHILD) return scaleChild(args.slice(1));
  if (args[0] === ROOM_CHILD) return roomChild(args.slice(1));
  const json = args.includes('--json');
  const argv = args.filter((a) => a !== '--json');
  const chosen = argv.length > 0 ? argv : Object.keys(benches);
  const unknown = chosen.filter((name) => !(name in benches));
  if (unknown.length > 0)
    throw new Error(
      `no benchmark called ${unknown.join(', ')}; there are ${Object.keys(benches).join(', ')}`,
    );
  for (const [i, name] of chosen.entries()) {
    beginBench(name);
    const lines = await benches[name]!();
    if (json) continue;
    if (i > 0) console.log('');
    for (const line of lines) console.log(line);
  }
  if (json) {
    const machine = {
      node: process.version,
      platform: process.platform,
      arch: process.arch,
      cpus: os.cpus().length,
    };
    const all = recordedFigures().map((f) =>
      f.aim === undefined ? f : { ...f, meetsAim: f.value <= f.aim },
    );
    console.log(JSON.stringify({ measuredAt: new Date().toISOString(), machine, figures: all }, null, 2));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
