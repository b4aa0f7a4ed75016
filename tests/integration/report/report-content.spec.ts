import { beforeAll, describe, expect, it } from 'vitest';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { roundForDisplay } from '../../../shared/scoring/numbers.ts';
import { oneDecimal } from '../../../electron/core/report/model/format.ts';
import {
  insufficientAudit,
  longTextAudit,
  onePersonAudit,
  twelveTeamAudit,
  unicodeAudit,
} from '../../fixtures/report-audits.ts';
import {
  flat,
  pageFill,
  pdfInfo,
  pdfPages,
  pdfText,
  renderToFile,
  tempDir,
  type Rendered,
} from './pdf-tools.ts';

const FIXTURES = {
  'one participant': onePersonAudit,
  'twelve participants with notes and consensus': twelveTeamAudit,
  'insufficient dimensions and no index': insufficientAudit,
  'long names and long notes': longTextAudit,
  'Unicode names': unicodeAudit,
};

const CHAPTERS = [
  'Executive summary',
  'The seven dimensions',
  'Dimension by dimension',
  'Failure signs, commitment and targets',
  'Failure signs',
  'Commitment check',
  'Accountability targets',
  'Priority contacts',
  'Action plan',
  'Appendix: all answers',
];

/**
 * pdftotext drops the space of "0 %" when the word before it is a single character (its
 * word-gap guess on very short lines); the PDF draws the space, so put it back before comparing.
 */
function spacePercents(text: string): string {
  return text.replace(/(\d)%/g, '$1 %');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a reader sees as the number for a percent: the scoring model's value, display-rounded. */
function shown(percent: number | null): string {
  return percent === null ? '–' : `${roundForDisplay(percent)} %`;
}

describe.each(Object.entries(FIXTURES))('the report of an audit with %s', (name, make) => {
  let report: Rendered;
  let pages: string[];
  let layoutPages: string[];

  beforeAll(async () => {
    report = await renderToFile(tempDir(), name.replace(/\W+/g, '-'), make());
    pages = pdfPages(report.path).map(spacePercents);
    layoutPages = pdfPages(report.path, { layout: true }).map(spacePercents);
  });

  it('has every section, with the contents on the cover', () => {
    const text = pdfText(report.path);
    for (const chapter of CHAPTERS) expect(text).toContain(chapter);
    expect(pages[0]).toContain('Contents');
    expect(pages[0]).toContain(report.file.audit.organization.slice(0, 40));
    instrumentV1.dimensions.forEach((d, i) => expect(text).toContain(`${i + 1}. ${d.name}`));
  });

  it('keeps the executive summary to one page', () => {
    expect(pages[1]).toMatch(/^Executive summary/);
    expect(pages[2]).toMatch(/^The seven dimensions/);
  });

  it('states the level and the display-rounded index of the scoring results, or that there is none', () => {
    const summary = flat(pages[1] ?? '');
    expect(summary).toContain('Executive summary');
    const { level, index, caps } = report.results;
    if (level === null || index === null) {
      expect(summary).toContain('No level');
      expect(summary).toContain('There is no readiness index: no dimension has enough answers.');
      expect(summary).not.toMatch(/Readiness index \d/);
    } else {
      expect(summary).toContain(level);
      expect(summary).toContain(`Readiness index ${roundForDisplay(index)} %`);
    }
    for (const cap of caps) expect(summary).toContain(flat(cap.reason));
    // The team's agreed actions lead; the recommendations only while the team has none.
    const agreed = report.file.actions.filter((a) => a.status !== 'dropped');
    const first = agreed.length > 0 ? agreed.map((a) => a.title) : report.results.actions.map((a) => a.title);
    for (const title of first.slice(0, 3)) expect(summary).toContain(flat(title));
  });

  it('fills every page past half way but the cover, the one-page summary and the last', () => {
    const fills = pageFill(report.path);
    fills.forEach((fill, i) => {
      if (i <= 1 || i === fills.length - 1) return;
      expect(fill, `page ${i + 1} of ${fills.length}`).toBeGreaterThan(0.5);
    });
  });

  it('explains the answer bars wherever they start: in the summary and in each dimension', () => {
    const text = flat(pdfText(report.path));
    const legends =
      flat(layoutPages.join('\n')).match(
        /Answers: 1 Strongly disagree 2 Disagree 3 Neither agree nor disagree 4 Agree 5 Strongly agree Not sure/g,
      ) ?? [];
    const splits = report.results.items.some((i) => i.misaligned) ? 1 : 0;
    expect(legends.length).toBe(instrumentV1.dimensions.length + splits);
    expect(text).toContain(
      'Statements are numbered by dimension: 2.3 is the third statement of dimension 2.',
    );
  });

  it('shows every dimension percent, score and coverage exactly as the scoring model computed them', () => {
    const overview = layoutPages.find(
      (p) => p.includes('Alignment (sd)') && p.includes('The seven dimensions'),
    );
    expect(overview).toBeDefined();
    for (const d of report.results.dimensions) {
      const statements = instrumentV1.dimensions.find((x) => x.id === d.id)?.items.length ?? 0;
      const row = new RegExp(
        `^\\s*${escape(d.name)}\\s+(\\S+)\\s+(\\d+ %|–)\\s+(\\d+) of (\\d+)\\s`,
        'm',
      ).exec(overview ?? '');
      expect(row, d.name).not.toBeNull();
      expect(row?.[1]).toBe(oneDecimal(d.score));
      expect(row?.[2]).toBe(shown(d.percent));
      expect(Number(row?.[3])).toBe(Math.round(d.coverage * statements));
      // The dimension's own section opens with the same percent.
      const number = instrumentV1.dimensions.findIndex((x) => x.id === d.id) + 1;
      const section = pdfTextAfter(layoutPages, `${number}. ${d.name}`);
      expect(section.match(/^\s*(\d+ %|No answers)\s*$/m)?.[1], d.name).toBe(
        d.percent === null ? 'No answers' : shown(d.percent),
      );
      // And the radar labels it the same way.
      expect(flat(overview ?? '')).toContain(
        shown(d.percent === null ? null : d.percent).replace('–', 'no answers'),
      );
    }
    if (report.results.index !== null) {
      expect(flat(overview ?? '')).toContain(`Readiness index: ${shown(report.results.index)}`);
    }
  });

  it('has a footer with the audit and the instrument version and "Page n of N" on every page but the cover', () => {
    const total = pages.length;
    expect(pdfInfo(report.path).Pages).toBe(String(total));
    pages.forEach((page, i) => {
      if (i === 0) {
        expect(page).not.toMatch(/Page \d+ of/);
        return;
      }
      expect(page).toContain(`Page ${i + 1} of ${total}`);
      expect(flat(page)).toContain('Reality Check Audit 1.0.0');
    });
  });

  it('has no empty page and never ends a page with a heading', () => {
    const headings = [
      ...CHAPTERS,
      ...instrumentV1.dimensions.map((d, i) => `${i + 1}. ${d.name}`),
      'Where to act first',
      'Where the team disagrees most',
      'Recommendations not yet in the plan',
      'Dropped by the team',
      'Participants',
      'Answers',
    ];
    layoutPages.forEach((page, i) => {
      const lines = page
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/^Page \d+ of \d+$/.test(l) && !l.includes('Reality Check Audit 1.0.0'));
      expect(lines.length, `page ${i + 1} is empty`).toBeGreaterThan(2);
      expect(headings, `page ${i + 1} ends with a heading`).not.toContain(lines.at(-1));
    });
  });

  it('repeats the table header on every page a table continues to', () => {
    layoutPages.forEach((page, i) => {
      if (!page.includes('(continued)')) return;
      const afterMarker = page.slice(page.indexOf('(continued)')).split('\n').slice(1, 4).join(' ');
      expect(afterMarker, `page ${i + 1}`).toMatch(
        /Item|Failure sign|Question|Target|Dimension|Action|Contact|Recommended action|Code/,
      );
    });
  });
});

/** The layout text following a heading, up to the next few hundred characters. */
function pdfTextAfter(pages: readonly string[], heading: string): string {
  for (const page of pages) {
    const at = page.search(new RegExp(`^${escape(heading)}\\s*$`, 'm'));
    if (at >= 0) return page.slice(at + heading.length, at + heading.length + 600);
  }
  throw new Error(`heading "${heading}" not found`);
}
