import PptxGenJS from 'pptxgenjs';
import { roundForDisplay } from '../../../shared/scoring/numbers.ts';
import { ACTION_STATUS_NAMES } from '../../../shared/audit-file/status-names.ts';
import { itemRefs } from '../../../shared/instrument/refs.ts';
import { dateText, oneDecimal, percentText } from '../report/model/format.ts';
import { groupFacts } from '../report/model/groups.ts';
import { peopleOf } from '../report/model/people.ts';
import { hasOwner, planView } from '../report/model/plan.ts';
import { provisionalText } from '../report/model/status.ts';
import { mix } from '../report/layout/color.ts';
import { themeFor } from '../report/layout/theme.ts';
import type { ReportInput } from '../report/types.ts';

/** The report's typeface (assets/fonts): PowerPoint uses it where it is installed, else its own sans serif. */
const FONT = 'Noto Sans';
/** 16:9, in inches. */
const WIDTH = 13.333;
const MARGIN = 0.6;
const CONTENT = WIDTH - 2 * MARGIN;
/** Rows of the plan on one slide; a longer plan continues on the next. */
const PLAN_ROWS = 8;
const SPLIT_ROWS = 6;

const hex = (colour: string): string => colour.replace('#', '').toUpperCase();

type Colours = ReturnType<typeof themeFor>['colour'];
type Slide = ReturnType<PptxGenJS['addSlide']>;

/**
 * The results deck of one audit (PowerPoint): title, level and index, the dimensions chart,
 * the splits between role groups, the perception gap when there is one, and the plan with
 * its owners. Charts are native charts and every text is an editable text box, in the
 * report's colours (the audit's brand colour when it has one). Every number comes from
 * `input.results`, shown with the report's display rounding; `input` is already anonymised
 * for an anonymous deck (report/model/anonymous.ts).
 */
export async function renderDeck(input: ReportInput, anonymous: boolean): Promise<Buffer> {
  const { file, results } = input;
  const colour = themeFor(file.audit.branding?.accentColor).colour;
  const people = peopleOf(file, anonymous);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Reality Check';
  pptx.company = file.audit.organization;
  pptx.title = `${file.audit.title} – ${file.audit.organization}`;
  pptx.subject = 'Reality Check readiness results';
  const footer = `${file.audit.organization} · ${file.audit.title} · ${dateText(file.audit.date)}${
    file.audit.status === 'in-progress' ? ' · Draft' : ''
  }`;
  pptx.defineSlideMaster({
    title: 'RESULTS',
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: WIDTH, h: 0.12, fill: { color: hex(colour.accent) } } },
      {
        text: {
          text: footer,
          options: {
            x: MARGIN,
            y: 7.0,
            w: 10,
            h: 0.3,
            fontFace: FONT,
            fontSize: 10,
            color: hex(colour.muted),
          },
        },
      },
    ],
    slideNumber: {
      x: WIDTH - MARGIN - 0.6,
      y: 7.0,
      w: 0.6,
      h: 0.3,
      fontFace: FONT,
      fontSize: 10,
      color: hex(colour.muted),
      align: 'right',
    },
  });
  const slide = (heading: string): Slide => {
    const s = pptx.addSlide({ masterName: 'RESULTS' });
    s.addText(heading, {
      x: MARGIN,
      y: 0.4,
      w: CONTENT,
      h: 0.8,
      fontFace: FONT,
      fontSize: 28,
      bold: true,
      color: hex(colour.text),
    });
    return s;
  };
  const body = (s: Slide, text: string, y: number, h = 0.5, size = 16, tint = colour.text): void => {
    s.addText(text, {
      x: MARGIN,
      y,
      w: CONTENT,
      h,
      fontFace: FONT,
      fontSize: size,
      color: hex(tint),
      valign: 'top',
    });
  };

  titleSlide(pptx, input, colour);

  // Level and index.
  const level = slide('Readiness level');
  level.addText(results.level ?? 'No level yet', {
    x: MARGIN,
    y: 1.5,
    w: 7,
    h: 1.4,
    fontFace: FONT,
    fontSize: 54,
    bold: true,
    color: hex(colour.accentText),
  });
  level.addText(
    results.index === null
      ? 'No index: too few dimensions have enough answers.'
      : `Index ${roundForDisplay(results.index)} out of 100`,
    { x: MARGIN, y: 2.9, w: 7, h: 0.6, fontFace: FONT, fontSize: 24, color: hex(colour.text) },
  );
  const notes: string[] = [];
  if (results.levelFromIndex && results.levelFromIndex !== results.level) {
    notes.push(`The index alone would be ${results.levelFromIndex}.`);
  }
  for (const cap of results.caps) notes.push(cap.reason);
  const provisional = provisionalText(results, people);
  notes.push(
    provisional ??
      `${percentText(results.completeness * 100)} of the possible answers are in; the level is final.`,
  );
  body(level, notes.join('\n'), 3.8, 2.8, 16, colour.muted);

  // The dimensions chart.
  const dims = slide('Dimensions');
  const shown = results.dimensions.filter((d) => d.percent !== null && !d.insufficient);
  const thin = results.dimensions.filter((d) => d.percent === null || d.insufficient);
  if (shown.length > 0) {
    // A horizontal bar chart draws its first category at the bottom: the list goes in reversed.
    const top = [...shown].reverse();
    dims.addChart(
      pptx.ChartType.bar,
      [{ name: 'Team', labels: top.map((d) => d.name), values: top.map((d) => d.percent ?? 0) }],
      {
        x: MARGIN,
        y: 1.3,
        w: CONTENT,
        h: thin.length > 0 ? 4.7 : 5.4,
        barDir: 'bar',
        chartColors: [hex(colour.accent)],
        valAxisMinVal: 0,
        valAxisMaxVal: 100,
        valAxisMajorUnit: 25,
        valAxisLabelFormatCode: '0',
        valAxisLabelFontFace: FONT,
        valAxisLabelFontSize: 12,
        catAxisLabelFontFace: FONT,
        catAxisLabelFontSize: 14,
        showValue: true,
        dataLabelFormatCode: '0',
        dataLabelFontFace: FONT,
        dataLabelFontSize: 14,
        dataLabelColor: hex(colour.text),
        dataLabelPosition: 'outEnd',
        valGridLine: { color: hex(colour.rule), size: 0.5 },
        barGapWidthPct: 60,
        altText: `Each dimension's percent: ${shown.map((d) => `${d.name} ${percentText(d.percent)}`).join(', ')}`,
      },
    );
  } else {
    body(dims, 'No dimension has enough answers for a percent yet.', 1.5);
  }
  if (thin.length > 0) {
    body(
      dims,
      `Not enough answers for a percent: ${thin.map((d) => d.name).join(', ')}.`,
      6.1,
      0.8,
      14,
      colour.muted,
    );
  }

  // The splits between role groups, and the perception gap when there is one.
  const groups = groupFacts(results);
  if (groups) {
    const splits = slide('How the role groups see it');
    const visible = groups.visible;
    const common = results.dimensions.filter((d) =>
      visible.every((g) =>
        g.dimensions.some((gd) => gd.id === d.id && gd.percent !== null && !gd.insufficient),
      ),
    );
    const hidden = results.groups.filter((g) => g.suppressed).map((g) => g.name);
    if (visible.length > 0 && common.length > 0) {
      const top = [...common].reverse();
      // Calm, told apart by lightness: the brand colour, lighter steps of it, then greys.
      const palette = [
        colour.accent,
        mix(colour.accent, '#ffffff', 0.45),
        colour.muted,
        mix(colour.accent, '#ffffff', 0.7),
        mix(colour.muted, '#ffffff', 0.5),
      ];
      splits.addChart(
        pptx.ChartType.bar,
        [...visible].reverse().map((g) => ({
          name: g.name,
          labels: top.map((d) => d.name),
          values: top.map((d) => g.dimensions.find((gd) => gd.id === d.id)?.percent ?? 0),
        })),
        {
          x: MARGIN,
          y: 1.3,
          w: CONTENT * 0.55,
          h: 5.3,
          barDir: 'bar',
          barGrouping: 'clustered',
          chartColors: [...visible]
            .reverse()
            .map((_, i, all) => hex(palette[(all.length - 1 - i) % palette.length] ?? colour.accent)),
          valAxisMinVal: 0,
          valAxisMaxVal: 100,
          valAxisMajorUnit: 25,
          valAxisLabelFormatCode: '0',
          valAxisLabelFontFace: FONT,
          catAxisLabelFontFace: FONT,
          catAxisLabelFontSize: 12,
          showLegend: true,
          legendPos: 'b',
          legendFontFace: FONT,
          legendFontSize: 12,
          showValue: true,
          dataLabelFormatCode: '0',
          dataLabelFontFace: FONT,
          dataLabelFontSize: 10,
          valGridLine: { color: hex(colour.rule), size: 0.5 },
          altText: `Each role group's percent by dimension: ${visible.map((g) => g.name).join(', ')}`,
        },
      );
    } else {
      body(splits, 'No role group is large enough, or has enough answers, to show its own figures.', 1.5, 1);
    }
    const refs = itemRefs(input.instrument);
    const name = (id: string): string => groups.names.get(id) ?? id;
    const right = MARGIN + CONTENT * 0.58;
    const side = CONTENT * 0.42;
    const lines =
      results.roleSplits.length === 0
        ? ['No statement splits the groups by a full point or more.']
        : results.roleSplits
            .slice(0, SPLIT_ROWS)
            .map(
              (s) =>
                `${refs.get(s.item)?.label ?? s.item}: ${name(s.high)} ${oneDecimal(s.highMean)}, ${name(s.low)} ${oneDecimal(s.lowMean)}`,
            );
    if (results.roleSplits.length > SPLIT_ROWS)
      lines.push(`and ${results.roleSplits.length - SPLIT_ROWS} more statements.`);
    splits.addText('Statements that split the groups', {
      x: right,
      y: 1.3,
      w: side,
      h: 0.5,
      fontFace: FONT,
      fontSize: 16,
      bold: true,
      color: hex(colour.text),
    });
    splits.addText(
      lines.map((text) => ({ text, options: { bullet: results.roleSplits.length > 0, breakLine: true } })),
      {
        x: right,
        y: 1.8,
        w: side,
        h: 4.0,
        fontFace: FONT,
        fontSize: 13,
        color: hex(colour.text),
        valign: 'top',
      },
    );
    if (hidden.length > 0) {
      splits.addText(`Not shown, to protect anonymity: ${hidden.join(', ')}.`, {
        x: right,
        y: 5.9,
        w: side,
        h: 0.6,
        fontFace: FONT,
        fontSize: 12,
        color: hex(colour.muted),
        valign: 'top',
      });
    }

    if (groups.flagged.length > 0) {
      const gap = slide('Perception gap');
      const dimName = new Map(results.dimensions.map((d) => [d.id, d.name]));
      body(
        gap,
        'The role groups see these dimensions 25 points or more apart: the team does not share one picture.',
        1.3,
        0.6,
        16,
        colour.muted,
      );
      const header = ['Dimension', 'Highest', 'Lowest', 'Gap'].map((text) => ({
        text,
        options: { bold: true, color: hex(colour.text), fill: { color: hex(colour.accentWash) } },
      }));
      const rows = groups.flagged.map((g) => [
        { text: dimName.get(g.dimension) ?? g.dimension },
        { text: `${name(g.high)} ${percentText(g.highPercent)}` },
        { text: `${name(g.low)} ${percentText(g.lowPercent)}` },
        { text: `${roundForDisplay(g.gap)} points`, options: { bold: true, color: hex(colour.warning) } },
      ]);
      gap.addTable([header, ...rows], {
        x: MARGIN,
        y: 2.1,
        w: CONTENT,
        colW: [CONTENT * 0.34, CONTENT * 0.25, CONTENT * 0.25, CONTENT * 0.16],
        fontFace: FONT,
        fontSize: 16,
        color: hex(colour.text),
        border: { type: 'solid', pt: 0.75, color: hex(colour.rule) },
        rowH: 0.5,
        valign: 'middle',
      });
    }
  }

  // The plan with its owners.
  const plan = planView(file, results);
  const rowsOfPlan =
    plan.agreed.length > 0
      ? plan.agreed.map((a) => ({
          title: a.title,
          owner: hasOwner(a) ? (a.owner ?? '') : 'No owner',
          owned: hasOwner(a),
          due: a.due ? dateText(a.due) : '',
          status: ACTION_STATUS_NAMES[a.status],
        }))
      : // No plan agreed yet: the first recommendations, in the scoring model's order of priority.
        plan.undecided.slice(0, PLAN_ROWS).map((r) => ({
          title: r.title,
          owner: `${r.ownerRole} (suggested)`,
          owned: true,
          due: `within ${r.horizonDays} days`,
          status: r.urgent ? 'Recommended, urgent' : 'Recommended',
        }));
  const pages = Math.max(1, Math.ceil(rowsOfPlan.length / PLAN_ROWS));
  let last: Slide | null = null;
  for (let page = 0; page < pages; page++) {
    const s = slide(pages > 1 ? `The plan (${page + 1} of ${pages})` : 'The plan');
    last = s;
    if (rowsOfPlan.length === 0) {
      body(s, 'The team has not agreed any action yet, and the scoring recommends none.', 1.5);
      continue;
    }
    if (plan.agreed.length === 0) {
      const more = plan.undecided.length - rowsOfPlan.length;
      body(
        s,
        `The team has not agreed its plan yet: the first recommended actions${
          more > 0 ? ` (${more} more in the report)` : ''
        }.`,
        1.2,
        0.5,
        14,
        colour.muted,
      );
    }
    const header = ['Action', 'Owner', 'Due', 'Status'].map((text) => ({
      text,
      options: { bold: true, color: hex(colour.text), fill: { color: hex(colour.accentWash) } },
    }));
    const rows = rowsOfPlan
      .slice(page * PLAN_ROWS, (page + 1) * PLAN_ROWS)
      .map((r) => [
        { text: r.title },
        { text: r.owner, options: r.owned ? {} : { bold: true, color: hex(colour.warning) } },
        { text: r.due },
        { text: r.status },
      ]);
    s.addTable([header, ...rows], {
      x: MARGIN,
      y: 1.7,
      w: CONTENT,
      colW: [CONTENT * 0.47, CONTENT * 0.2, CONTENT * 0.18, CONTENT * 0.15],
      fontFace: FONT,
      fontSize: 14,
      color: hex(colour.text),
      border: { type: 'solid', pt: 0.75, color: hex(colour.rule) },
      valign: 'middle',
      autoPage: false,
    });
  }
  if (plan.dropped.length > 0 && last) {
    last.addText(`Dropped: ${plan.dropped.map((a) => a.title).join('; ')}`, {
      x: MARGIN,
      y: 6.3,
      w: CONTENT,
      h: 0.5,
      fontFace: FONT,
      fontSize: 12,
      color: hex(colour.muted),
    });
  }

  const out = await pptx.write({ outputType: 'nodebuffer', compression: true });
  return out as Buffer;
}

/** The first slide: the audit, the organisation, the date and who facilitated. */
function titleSlide(pptx: PptxGenJS, input: ReportInput, colour: Colours): void {
  const { file } = input;
  const s = pptx.addSlide();
  s.background = { color: 'FFFFFF' };
  s.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: 0.35, h: 7.5, fill: { color: hex(colour.accent) } });
  s.addText('Reality Check · readiness results', {
    x: 1.0,
    y: 1.6,
    w: 11,
    h: 0.5,
    fontFace: FONT,
    fontSize: 18,
    color: hex(colour.accentText),
  });
  s.addText(file.audit.title, {
    x: 1.0,
    y: 2.2,
    w: 11,
    h: 1.4,
    fontFace: FONT,
    fontSize: 40,
    bold: true,
    color: hex(colour.text),
    valign: 'top',
  });
  s.addText(file.audit.organization, {
    x: 1.0,
    y: 3.7,
    w: 11,
    h: 0.7,
    fontFace: FONT,
    fontSize: 24,
    color: hex(colour.text),
  });
  const facts = [dateText(file.audit.date)];
  if (file.audit.facilitator) facts.push(`Facilitated by ${file.audit.facilitator}`);
  if (file.audit.status === 'in-progress') facts.push('Draft: the audit is still in progress');
  s.addText(facts.join('\n'), {
    x: 1.0,
    y: 4.6,
    w: 11,
    h: 1.2,
    fontFace: FONT,
    fontSize: 16,
    color: hex(colour.muted),
    valign: 'top',
  });
}
