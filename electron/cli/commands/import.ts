import { readFileSync } from 'node:fs';
import { parseArgs } from '../args.ts';
import { EXIT, InputError, UsageError, type CliIo, type ExitCode } from '../io.ts';
import { call, withStore } from '../store.ts';

/** `rca import FILE [--db PATH]`: imports an audit file, all or nothing, and prints the new audit's id. */
export async function importCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, { options: ['db'] });
  const [file, extra] = args.positional;
  if (file === undefined) throw new UsageError('missing FILE: rca import FILE [--db PATH]');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError([
      `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    ]);
  }
  const { auditId } = await withStore(args.options.get('db'), async (store) => {
    try {
      return await call(store, 'files.import', { text });
    } catch (error) {
      if (error instanceof InputError) throw new InputError(error.problems.map((p) => `${file}: ${p}`));
      throw error;
    }
  });
  io.out(`${auditId}\n`);
  return EXIT.ok;
}
