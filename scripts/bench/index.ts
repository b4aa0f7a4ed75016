/**
 * `npm run bench`: runs each benchmark in turn and prints its lines. Speed targets live here,
 * as printed aims, and never as timed assertions in tests.
 */
import { benchReport } from './report.ts';
import { benchScale, SCALE_CHILD, scaleChild } from './scale.ts';
import { benchStore } from './store.ts';
import { benchUi } from './ui.ts';

/** Each benchmark returns the lines it wants printed; `npm run bench -- scale report` runs only those. */
const benches: Record<string, () => Promise<string[]>> = {
  store: benchStore,
  report: benchReport,
  ui: benchUi,
  scale: benchScale,
};

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === SCALE_CHILD) return scaleChild(argv.slice(1));
  const chosen = argv.length > 0 ? argv : Object.keys(benches);
  const unknown = chosen.filter((name) => !(name in benches));
  if (unknown.length > 0)
    throw new Error(
      `no benchmark called ${unknown.join(', ')}; there are ${Object.keys(benches).join(', ')}`,
    );
  for (const [i, bench] of chosen.map((name) => benches[name]!).entries()) {
    if (i > 0) console.log('');
    for (const line of await bench()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
