import { answersOf } from '../../../shared/audit-file/answers.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import type { ReportInput } from '../../report/types.ts';
import { ReportWriteError, writeReport } from '../../report/write-report.ts';
import { parseArgs } from '../args.ts';
import { EXIT, InputError, UsageError, type CliIo, type ExitCode } from '../io.ts';
import { readAuditFile } from '../read-audit-file.ts';
import { withStore } from '../store.ts';
import { reportInputFor } from '../../services/report.ts';
import { NotFoundError } from '../../services/errors.ts';

/**
 * `rca report FILE --out OUT.pdf [--anonymous] [--no-appendix] [--previous EARLIER] [--deterministic]`
 * or `rca report --db PATH --audit ID --out OUT.pdf …`: scores the audit (from a file, or from a
 * database with its earlier audit when it is a re-assessment) and writes the PDF readiness report.
 */
export async function reportCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, {
    flags: ['anonymous', 'no-appendix', 'deterministic'],
    options: ['out', 'previous', 'db', 'audit'],
  });
  const [path, extra] = args.positional;
  const auditId = args.options.get('audit');
  if (path === undefined && auditId === undefined) {
    throw new UsageError(
      'missing FILE: rca report FILE --out OUT.pdf, or rca report --db PATH --audit ID --out OUT.pdf',
    );
  }
  if (path !== undefined && auditId !== undefined)
    throw new UsageError('give either FILE or --audit ID, not both');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  if (auditId !== undefined && args.options.has('previous')) {
    throw new UsageError('--previous is for files; an audit in the database brings its earlier audit itself');
  }
  const out = args.options.get('out');
  if (out === undefined) throw new UsageError('missing --out OUT.pdf: where to write the report');

  let input: ReportInput;
  if (auditId !== undefined) {
    input = await withStore(args.options.get('db'), (store) => {
      try {
        return Promise.resolve(reportInputFor(store, auditId));
      } catch (error) {
        if (error instanceof NotFoundError) throw new InputError([error.message]);
        throw error;
      }
    });
  } else {
    const { file, instrument } = readAuditFile(path ?? '');
    const results = scoreAudit(instrument, answersOf(file));
    const earlierPath = args.options.get('previous');
    let previous: ReportInput['previous'];
    if (earlierPath !== undefined) {
      const earlier = readAuditFile(earlierPath);
      previous = { file: earlier.file, results: scoreAudit(earlier.instrument, answersOf(earlier.file)) };
    }
    input = { file, instrument, results, previous };
  }
  try {
    const bytes = await writeReport(
      input,
      {
        anonymous: args.flags.has('anonymous'),
        includeAppendix: !args.flags.has('no-appendix'),
        deterministic: args.flags.has('deterministic'),
      },
      out,
    );
    io.out(`wrote ${out} (${Math.ceil(bytes / 1024)} KB)\n`);
  } catch (error) {
    if (error instanceof ReportWriteError) throw new InputError([error.message]);
    throw error;
  }
  return EXIT.ok;
}
