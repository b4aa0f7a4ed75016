import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from '../../common/args.ts';
import { InputError, type CliIo } from '../io.ts';
import { EXIT, UsageError, type ExitCode } from '../../common/args.ts';
import { call, withStorage } from '../storage.ts';

/** `rca export ID --out FILE [--db PATH]`: writes one audit as an audit file. */
export async function exportCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, { options: ['db', 'out'] });
  const [id, extra] = args.positional;
  const out = args.options.get('out');
  if (id === undefined || out === undefined)
    throw new UsageError('usage: rca export ID --out FILE [--db PATH]');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const exported = await withStorage(args.options.get('db'), (storage) =>
    call(storage, 'files.export', { id }),
  );
  const partial = `${out}.partial-${process.pid}`;
  try {
    writeFileSync(partial, exported.text, 'utf8');
    renameSync(partial, out);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new InputError([
      `${out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    ]);
  }
  io.err(`wrote ${out}\n`);
  return EXIT.ok;
}
