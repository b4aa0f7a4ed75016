import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from '../../common/args.ts';
import { InputError, type CliIo } from '../io.ts';
import { EXIT, UsageError, type ExitCode } from '../../common/args.ts';
import { call, withStorage } from '../storage.ts';
import { csvTablesOf, exportDeck, exportWorkbook } from '../../core/services/exports.ts';
import { ConflictError, NotFoundError } from '../../core/services/errors.ts';
import { ReportWriteError, writeAtomically } from '../../core/report/write-atomically.ts';

const FORMATS = ['json', 'csv', 'xlsx', 'pptx'] as const;
type Format = (typeof FORMATS)[number];

const USAGE =
  'usage: rca export ID --out FILE [--format json|csv|xlsx|pptx] [--anonymous|--named] [--db PATH]';

function cannotWrite(out: string, error: unknown): InputError {
  return new InputError([`${out}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
}

/** A refusal of the services (no such audit, an audit over the limits) as a message, not a crash. */
async function plainly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ConflictError)
      throw new InputError([error.message]);
    throw error;
  }
}

/**
 * The folder `--out` names for the CSV tables: a new one, or an empty one. Anything else is
 * refused before a file is written, so no table of another export is overwritten or mixed in.
 */
function requireFreeFolder(out: string): void {
  let stat;
  try {
    stat = statSync(out);
  } catch {
    return;
  }
  if (!stat.isDirectory())
    throw new InputError([`${out}: a file is in the way; the CSV tables go into a folder`]);
  if (readdirSync(out).length > 0) {
    throw new InputError([
      `${out}: the folder is not empty; choose a new or empty folder for the CSV tables`,
    ]);
  }
}

/**
 * Writes the CSV folder whole or not at all: the tables go into a temporary folder beside it,
 * which is then renamed to `out`.
 */
function writeFolder(out: string, files: readonly { name: string; content: Uint8Array }[]): void {
  const partial = path.join(path.dirname(out), `.${path.basename(out)}.partial-${process.pid}`);
  try {
    mkdirSync(partial);
    for (const file of files) writeFileSync(path.join(partial, file.name), file.content);
    // An empty folder at `out` (checked before) gives way to the written one.
    if (existsSync(out)) rmdirSync(out);
    renameSync(partial, out);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw cannotWrite(out, error);
  }
}

/**
 * `rca export ID --out FILE [--format json|csv|xlsx|pptx] [--anonymous|--named] [--db PATH]`:
 * writes one audit as an audit file (json, the default), a folder of CSV tables, an Excel
 * workbook or a PowerPoint deck, through the same services as the window's exports. Without
 * --anonymous or --named, the exports follow the audit's own anonymity setting.
 */
export async function exportCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, { flags: ['anonymous', 'named'], options: ['db', 'out', 'format'] });
  const [id, extra] = args.positional;
  const out = args.options.get('out');
  if (id === undefined || out === undefined) throw new UsageError(USAGE);
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const format = (args.options.get('format') ?? 'json') as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`unknown format "${format}": use json, csv, xlsx or pptx`);
  }
  if (args.flags.has('anonymous') && args.flags.has('named')) {
    throw new UsageError('give either --anonymous or --named, not both');
  }
  const anonymous = args.flags.has('anonymous') ? true : args.flags.has('named') ? false : undefined;
  if (format === 'json' && anonymous !== undefined) {
    throw new UsageError(
      '--anonymous and --named are for csv, xlsx and pptx; the audit file keeps everything',
    );
  }
  const choice = anonymous === undefined ? {} : { anonymous };

  if (format === 'json') {
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

  if (format === 'csv') {
    requireFreeFolder(out);
    const tables = await withStorage(args.options.get('db'), (storage) =>
      plainly(() => csvTablesOf(storage, { id, ...choice })),
    );
    writeFolder(out, tables.files);
    io.err(`wrote ${out}${path.sep} (${tables.files.map((f) => f.name).join(', ')})\n`);
    return EXIT.ok;
  }

  const made = await withStorage(args.options.get('db'), (storage) =>
    plainly(() => (format === 'xlsx' ? exportWorkbook : exportDeck)(storage, { id, ...choice })),
  );
  try {
    await writeAtomically(out, made.content);
  } catch (error) {
    if (error instanceof ReportWriteError)
      throw new InputError([`${out}: cannot write (${error.plainReason})`]);
    throw error;
  }
  io.err(`wrote ${out} (${Math.ceil(made.content.length / 1024)} KB)\n`);
  return EXIT.ok;
}
