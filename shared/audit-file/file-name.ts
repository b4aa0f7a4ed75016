import { transliterate } from '../text/fold.ts';

/** At most this many bytes (UTF-8) for each of organisation and title in a file name. */
const MAX_PART_BYTES = 60;

const encoder = new TextEncoder();

/** Everything but letters (with their marks) and digits, in any script: becomes one hyphen. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * One part of a file name from a name people gave (an organisation, a title): readable in
 * its own script (山田, Ольга), Latin letters without accents (Łukasz → lukasz, Straße →
 * strasse), lower case, words joined by hyphens. Nothing a file system forbids or a shell
 * trips on survives (/ \ : * ? " < > | & spaces, control characters, leading or trailing dots),
 * and the part is cut at a word boundary to at most 60 bytes, never inside a letter.
 */
export function fileNamePart(text: string): string {
  const words = transliterate(text.normalize('NFKC')).toLowerCase().replace(SEPARATORS, '-');
  const slug = words.replace(/^-+|-+$/g, '');
  if (encoder.encode(slug).length <= MAX_PART_BYTES) return slug;
  // Cut whole characters (a letter with its marks) to the byte limit, then back to a hyphen if one is near.
  let cut = '';
  for (const cluster of slug.match(/\P{M}\p{M}*/gu) ?? []) {
    if (encoder.encode(cut + cluster).length > MAX_PART_BYTES) break;
    cut += cluster;
  }
  const hyphen = cut.lastIndexOf('-');
  if (hyphen >= cut.length / 2) cut = cut.slice(0, hyphen);
  return cut.replace(/-+$/g, '');
}

/** What a file name is made of: the audit's organisation, title and date. */
export type FileNameSource = {
  readonly organization: string;
  readonly title: string;
  readonly date: string;
};

/** The stem shared by an audit's file and its report: organisation, title and date. */
function stem(source: FileNameSource): string {
  const parts = [fileNamePart(source.organization), fileNamePart(source.title), source.date];
  return parts.filter((p) => p !== '').join('-') || 'audit';
}

/** The file name an exported audit is offered under: acme-corp-q4-offsite-2026-11-23.rca.json. */
export function auditFileName(source: FileNameSource): string {
  return `${stem(source)}.rca.json`;
}

/**
 * The file name a report is offered under. For an anonymous report `redact` replaces
 * participants' names first, so the name carries none (a title such as "Zoë's team" would).
 */
export function reportFileName(source: FileNameSource, redact?: (text: string) => string): string {
  const shown = redact
    ? { ...source, organization: redact(source.organization), title: redact(source.title) }
    : source;
  return `${stem(shown)}-readiness-report.pdf`;
}

/** A file-name part naming whom a file is for, with its leading hyphen; empty when there is none. */
function whoPart(who: string | undefined): string {
  const part = who === undefined ? '' : fileNamePart(who);
  return part === '' ? '' : `-${part}`;
}

/**
 * The file name a pre-work form is offered under: acme-corp-q4-offsite-2026-11-23-prework.html,
 * or with whom it is for (…-prework-front-line.html). The caller passes a seat's code rather
 * than its name when the audit is anonymous.
 */
export function preworkFormFileName(source: FileNameSource, who?: string): string {
  return `${stem(source)}-prework${whoPart(who)}.html`;
}

/** The file name a pre-work form saves its answers under: …-2026-11-23-answers.rcr.json, or …-answers-kim.rcr.json. */
export function responseFileName(source: FileNameSource, who?: string): string {
  return `${stem(source)}-answers${whoPart(who)}.rcr.json`;
}
