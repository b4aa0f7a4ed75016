import { answersOf } from '../../../shared/audit-file/answers.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import type { ReportInput } from '../../core/report/types.ts';
import { firmOfFile } from '../../core/report/model/firm.ts';
import { renderReport } from '../../core/report/render-report.ts';
import { ReportWriteError, writeAtomically } from '../../core/report/write-atomically.ts';
import { parseArgs } from '../../common/args.ts';
import { InputError, type CliIo } from '../io.ts';
import { EXIT, UsageError, type ExitCode } from '../../common/args.ts';
import { readAuditFile } from '../read-audit-file.ts';
import { withStorage } from '../storage.ts';
import { exportAuditReport } from '../../core/services/report.ts';
import { ConflictError, NotFoundError } from '../../core/services/errors.ts';

/**
 * `rca report FILE --out OUT.pdf [--anonymous] [--no-appendix] [--previous EARLIER] [--deterministic]`
 * or `rca report --db PATH --audit ID --out OUT.pdf …`: scores the audit (from a file, or from a
 * database with its earlier audit when it is a re-assessment) and writes the PDF readiness report
 * where its user said (`--out`), atomically.
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

  const options = {
    anonymous: args.flags.has('anonymous'),
    includeAppendix: !args.flags.has('no-appendix'),
    deterministic: args.flags.has('deterministic'),
  };
  let pdf: Uint8Array;
  if (auditId !== undefined) {
    // The same report service as the window's and the browser's export, written where the user said.
    const made = await withStorage(args.options.get('db'), async (storage) => {
      try {
        return await exportAuditReport(storage, { id: auditId, ...options });
      } catch (error) {
        if (error instanceof NotFoundError || error instanceof ConflictError)
          throw new InputError([error.message]);
        throw error;
      }
    });
    pdf = made.content;
  } else {
    const { file, instrument } = readAuditFile(path ?? '');
    const results = scoreAudit(instrument, answersOf(file));
    const earlierPath = args.options.get('previous');
    let previous: ReportInput['previous'];
    if (earlierPath !== undefined) {
      const earlier = readAuditFile(earlierPath);
      previous = { file: earlier.file, results: scoreAudit(earlier.instrument, answersOf(earlier.file)) };
    }
    // A file's own firm branding; a file has no installation settings to follow.
    const firm = firmOfFile(file);
    pdf = await renderReport({ file, instrument, results, previous, ...(firm ? { firm } : {}) }, options);
  }
  try {
    await writeAtomically(out, pdf);
    io.out(`wrote ${out} (${Math.ceil(pdf.length / 1024)} KB)\n`);
  } catch (error) {
    if (error instanceof ReportWriteError) throw new InputError([error.message]);
    throw error;
  }
  return EXIT.ok;
}
