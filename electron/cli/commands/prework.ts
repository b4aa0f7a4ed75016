import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from '../../common/args.ts';
import { InputError, type CliIo } from '../io.ts';
import { EXIT, UsageError, type ExitCode } from '../../common/args.ts';
import { call, withStorage } from '../storage.ts';

const USAGE = 'usage: rca prework ID --out FILE [--seat PARTICIPANT_ID | --group GROUP_ID] [--db PATH]';

/**
 * `rca prework ID --out FILE [--seat PID | --group GID] [--db PATH]`: writes a pre-work form
 * (one HTML file that runs offline in a browser) for the whole audit, one seat or one group.
 */
export async function preworkCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, { options: ['db', 'out', 'seat', 'group'] });
  const [auditId, extra] = args.positional;
  const out = args.options.get('out');
  if (auditId === undefined || out === undefined) throw new UsageError(USAGE);
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const seat = args.options.get('seat');
  const group = args.options.get('group');
  if (seat !== undefined && group !== undefined)
    throw new UsageError(`give --seat or --group, not both; ${USAGE}`);
  const form = await withStorage(args.options.get('db'), (storage) =>
    call(storage, 'files.preworkForm', {
      auditId,
      ...(seat === undefined ? {} : { seat }),
      ...(group === undefined ? {} : { group }),
    }),
  );
  const partial = `${out}.partial-${process.pid}`;
  try {
    writeFileSync(partial, form.content);
    renameSync(partial, out);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new InputError([
      `${out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    ]);
  }
  io.err(`wrote ${out} (a pre-work form for ${form.details.madeFor})\n`);
  return EXIT.ok;
}
