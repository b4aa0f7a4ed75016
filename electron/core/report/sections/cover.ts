import type { ReportContext } from '../layout/context.ts';
import { dateText, plural } from '../model/format.ts';
import { provisionalText } from '../model/status.ts';

/** Where the cover leaves room for the contents, filled in once every section has its page. */
export type CoverSlot = { readonly contentsTop: number };

function logoImage(dataUrl: string | undefined): Buffer | null {
  if (!dataUrl) return null;
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? null : Buffer.from(dataUrl.slice(comma + 1), 'base64');
}

/** Draws a logo fitted into a box, or nothing when pdfkit cannot decode it. */
function drawLogo(ctx: ReportContext, dataUrl: string | undefined, x: number): void {
  const image = logoImage(dataUrl);
  if (!image) return;
  try {
    // Left-aligned in its box (pdfkit's default), centred on the client's logo line.
    ctx.doc.image(image, x, 44, { fit: [160, 64], valign: 'center' });
  } catch {
    // An image pdfkit cannot decode is left out rather than failing the whole report.
  }
}

/**
 * The consultant's firm at the top left, across from the client's logo: its logo, or its
 * name when it has none. The firm's name also goes into the facts ("Prepared by").
 */
function firmMark(ctx: ReportContext): void {
  const { firm } = ctx.input;
  if (!firm) return;
  if (firm.logo) {
    drawLogo(ctx, firm.logo, ctx.frame.left);
    return;
  }
  const { colour, size } = ctx.theme;
  const name = ctx.text.clamp(
    firm.name,
    { size: size.body + 1, weight: 'bold', color: colour.muted },
    230,
    2,
  );
  ctx.text.draw(name, ctx.frame.left, 76 - name.height / 2);
}

/**
 * The cover: organisation, audit title, date, facilitator and branding (logo, accent colour),
 * with the consultant's firm beside the client's when the report carries one. The lower half
 * is left for the contents list.
 */
export function cover(ctx: ReportContext): CoverSlot {
  const { doc, theme, frame, input, options } = ctx;
  const { audit } = input.file;
  const { colour, size } = theme;

  doc.save().rect(0, 0, theme.page.width, 12).fill(colour.accent).restore();

  const logo = logoImage(audit.branding?.logo);
  if (logo) {
    try {
      doc.image(logo, frame.right - 160, 44, { fit: [160, 64], align: 'right' });
    } catch {
      // An image pdfkit cannot decode is left out rather than failing the whole report.
    }
  }
  firmMark(ctx);

  let y = 150;
  const draft = audit.status === 'in-progress';
  const label = ctx.text.layout(
    draft ? [{ text: 'DRAFT', color: colour.warning }, { text: ' · READINESS REPORT' }] : 'READINESS REPORT',
    { size: size.small, weight: 'bold', color: colour.accentText },
    frame.width,
  );
  ctx.text.draw(label, frame.left, y);
  y += label.height + 10;
  // Long titles get a smaller size before they are ever cut short.
  const titleStyle = (size: number) => ({ size, weight: 'bold' as const, color: colour.text, leading: 1.15 });
  const sizes = [size.title, 24, 21, 18];
  let title = ctx.text.layout(audit.title, titleStyle(size.title), frame.width);
  for (const s of sizes) {
    title = ctx.text.layout(audit.title, titleStyle(s), frame.width);
    if (title.lines.length <= 3) break;
  }
  if (title.lines.length > 3) title = ctx.text.clamp(audit.title, titleStyle(16), frame.width, 5);
  ctx.text.draw(title, frame.left, y);
  y += title.height + 6;
  const organisation = ctx.text.clamp(
    audit.organization,
    { size: audit.organization.length > 90 ? 13 : 16, color: colour.muted, leading: 1.25 },
    frame.width,
    3,
  );
  ctx.text.draw(organisation, frame.left, y);
  y += organisation.height + 22;
  doc.save().rect(frame.left, y, 48, 2).fill(colour.accent).restore();
  y += 16;

  const facts: [string, string][] = [['Date', dateText(audit.date)]];
  if (audit.facilitator && audit.facilitator.trim() !== '')
    facts.push(['Facilitator', audit.facilitator.trim()]);
  if (input.firm && input.firm.name !== '') facts.push(['Prepared by', input.firm.name]);
  const count = input.file.participants.length;
  facts.push([
    'Participants',
    plural(count, 'participant') + (options.anonymous ? ', shown by code; names withheld' : ''),
  ]);
  if (input.previous) {
    facts.push([
      'Re-assessment of',
      `${input.previous.file.audit.title}, ${dateText(input.previous.file.audit.date)}`,
    ]);
  }
  facts.push(['Instrument', `${input.instrument.name} ${input.instrument.version}`]);
  const { results } = input;
  const provisional = provisionalText(results, ctx.people, 6);
  facts.push([
    'Readiness level',
    results.level === null
      ? 'No level: too few answers for a readiness index'
      : provisional
        ? `${results.level}, provisional. ${provisional.replace(/^Provisional: /, '')}`
        : results.level,
  ]);
  if (draft) facts.push(['Status', 'Draft: the audit is still in progress']);

  const labelWidth = 92;
  for (const [name, value] of facts) {
    const key = ctx.text.layout(name, { size: size.body, color: colour.muted }, labelWidth);
    const warn = (name === 'Status' || (name === 'Readiness level' && provisional !== null)) && value !== '';
    const text = ctx.text.clamp(
      value,
      { size: size.body, color: warn ? colour.warning : colour.text },
      frame.width - labelWidth,
      3,
    );
    ctx.text.draw(key, frame.left, y);
    ctx.text.draw(text, frame.left + labelWidth, y);
    y += Math.max(key.height, text.height) + 3;
  }
  // The rest of the cover belongs to the contents: the next section starts a new page.
  frame.y = frame.bottom;
  return { contentsTop: Math.max(y + 34, 470) };
}
