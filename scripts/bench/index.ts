/**
 * `npm run bench`: runs each benchmark in turn and prints its lines. Speed targets live here,
 * as printed aims, and never as timed assertions in tests.
 */
import { benchReport } from './report.ts';
import { benchStore } from './store.ts';
import { benchUi } from './ui.ts';

/** Each benchmark returns the lines it wants printed. */
const benches: (() => Promise<string[]>)[] = [benchStore, benchReport, benchUi];

async function main(): Promise<void> {
  for (const [i, bench] of benches.entries()) {
    if (i > 0) console.log('');
    for (const line of await bench()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
