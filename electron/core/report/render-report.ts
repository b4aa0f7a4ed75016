import PDFDocument from 'pdfkit';
import { findFontDir } from './fonts/font-files.ts';
import { fontSetFor } from './fonts/font-set.ts';
import type { ReportContext } from './layout/context.ts';
import { footers } from './layout/footer.ts';
import { addPage, compactContent } from './layout/page.ts';
import { createTextEngine } from './layout/text/engine.ts';
import { themeFor } from './layout/theme.ts';
import { anonymousInput } from './model/anonymous.ts';
import { auditFacts } from './model/audit-facts.ts';
import { peopleOf } from './model/people.ts';
import { actionPlan } from './sections/action-plan.ts';
import { appendix } from './sections/appendix.ts';
import { contacts } from './sections/contacts.ts';
import { contents } from './sections/contents.ts';
import { cover } from './sections/cover.ts';
import { dimensionSections } from './sections/dimensions.ts';
import { overview } from './sections/overview.ts';
import { perceptionGap } from './sections/perception-gap.ts';
import { progress } from './sections/progress.ts';
import { revoteRounds } from './sections/rounds.ts';
import { signsCommitmentTargets } from './sections/signs.ts';
import { summary } from './sections/summary.ts';
import type { ReportInput, ReportOptions, ReportProbe } from './types.ts';

/** The date written into a deterministic report: the audit's own date, at midnight UTC. */
function fixedDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/**
 * Renders the PDF readiness report of one audit. Every number comes from `input.results`,
 * computed by the scoring model; this module only lays them out. Plain Node, no Electron,
 * so the app, the command line and the tests make the very same file.
 */
export async function renderReport(
  given: ReportInput,
  options: ReportOptions,
  probe?: ReportProbe,
): Promise<Buffer> {
  const input = options.anonymous ? anonymousInput(given) : given;
  const { file } = input;
  const people = peopleOf(file, options.anonymous);
  const date = options.deterministic ? fixedDate(file.audit.date) : new Date();
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    pdfVersion: '1.7',
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `${file.audit.title} – ${file.audit.organization}`,
      Subject: 'Reality Check readiness report',
      Author: 'Reality Check',
      Creator: 'Reality Check',
      CreationDate: date,
      ModDate: date,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const theme = themeFor(file.audit.branding?.accentColor);
  const fonts = fontSetFor(doc, findFontDir(options.fontDir));
  const { page } = theme;
  const ctx: ReportContext = {
    doc,
    theme,
    text: createTextEngine(doc, fonts, probe),
    frame: {
      left: page.marginX,
      right: page.width - page.marginX,
      width: page.width - 2 * page.marginX,
      top: page.marginTop,
      bottom: page.height - page.marginBottom,
      y: page.marginTop,
    },
    toc: [],
    people,
    facts: auditFacts(input),
    input,
    options,
  };

  addPage(ctx);
  const slot = cover(ctx);
  summary(ctx);
  overview(ctx);
  progress(ctx);
  dimensionSections(ctx);
  perceptionGap(ctx);
  revoteRounds(ctx);
  signsCommitmentTargets(ctx);
  contacts(ctx);
  actionPlan(ctx);
  if (options.includeAppendix) appendix(ctx);
  compactContent(doc);
  contents(ctx, slot);
  footers(ctx);
  doc.end();
  return done;
}
