import { utf8Length } from '../audit-file/size-limits.ts';
import { formatPath } from '../audit-file/validate.ts';
import { catalogOf, offScaleText, unknownItemText } from '../instrument/catalog.ts';
import { isOnScale } from '../instrument/scales.ts';
import type { Instrument } from '../instrument/types.ts';
import { formatMegabytes, MAX_RESPONSE_FILE_BYTES } from '../limits.ts';
import {
  CURRENT_RESPONSE_FORMAT_VERSION,
  RESPONSE_FILE_FORMAT,
  responseFileSchema,
  type ResponseFile,
} from './schema.ts';

/** The audit a response file is meant for: what its answers are checked against. */
export type ResponseFileTarget = {
  readonly auditId: string;
  /** The instrument the audit records (its id and version name the one the answers must use). */
  readonly instrument: Instrument;
  /** The ids of the audit's groups. */
  readonly groups: readonly string[];
};

/** A validation outcome: the file, or every problem found, one line each, naming the JSON path. */
export type ResponseFileResult =
  | { readonly ok: true; readonly file: ResponseFile }
  | { readonly ok: false; readonly problems: readonly string[] };

function fail(...problems: string[]): ResponseFileResult {
  return { ok: false, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The problem with the size of a response file's text, or null when it is within the limit. */
export function responseFileSizeProblem(text: string): string | null {
  // A UTF-8 character is at most three bytes per UTF-16 unit: short text needs no counting.
  if (text.length * 3 <= MAX_RESPONSE_FILE_BYTES) return null;
  const bytes = utf8Length(text);
  if (bytes <= MAX_RESPONSE_FILE_BYTES) return null;
  return `the file is ${formatMegabytes(bytes)}; a response file may be at most ${formatMegabytes(MAX_RESPONSE_FILE_BYTES)}`;
}

/** Parses the text of a response file (docs/spec/interfaces.md) and checks it against the audit it is for. */
export function parseResponseFileText(text: string, target: ResponseFileTarget): ResponseFileResult {
  const tooBig = responseFileSizeProblem(text);
  if (tooBig) return fail(`(file): ${tooBig}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`(file): not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return validateResponseFile(json, target);
}

/**
 * Validates a parsed response file: its format and version, its structure, and that it
 * fits the audit: the same audit id and instrument, known items, answers on each item's
 * scale, each item answered once, and a group the audit has. Nothing is merged here.
 */
export function validateResponseFile(json: unknown, target: ResponseFileTarget): ResponseFileResult {
  if (!isRecord(json)) return fail('(file): must be a JSON object');
  if (json.format !== RESPONSE_FILE_FORMAT) {
    return fail(`format: must be "${RESPONSE_FILE_FORMAT}"; this is not a Reality Check response file`);
  }
  const version = json.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('formatVersion: must be a whole number, 1 or more');
  }
  if (version > CURRENT_RESPONSE_FORMAT_VERSION) {
    return fail(
      `formatVersion: the file uses response format ${version}, written by a newer version of Reality Check; ` +
        `this app reads format ${CURRENT_RESPONSE_FORMAT_VERSION}, so update Reality Check to merge it`,
    );
  }
  const parsed = responseFileSchema.safeParse(json);
  if (!parsed.success) {
    return fail(...parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`));
  }
  const file = parsed.data;
  const { instrument } = target;
  if (file.audit.id.toLowerCase() !== target.auditId.toLowerCase()) {
    return fail(
      `audit.id: the answers are for audit ${file.audit.id}, not for this audit (${target.auditId})`,
    );
  }
  if (file.instrument.id !== instrument.id || file.instrument.version !== instrument.version) {
    return fail(
      `instrument: the answers were given on "${file.instrument.id}" version ${file.instrument.version}, ` +
        `but this audit uses "${instrument.id}" version ${instrument.version}`,
    );
  }

  const problems: string[] = [];
  const group = file.participant.group;
  if (group !== undefined && !target.groups.includes(group)) {
    problems.push(`participant.group: "${group}" is not a group of this audit`);
  }
  const catalog = catalogOf(instrument);
  const answered = new Set<string>();
  file.responses.forEach((r, i) => {
    const path = `responses[${i}]`;
    const item = catalog.get(r.item);
    if (!item) {
      problems.push(`${path}.item: ${unknownItemText(instrument, r.item)}`);
    } else if (r.value !== null && !isOnScale(item.scale, r.value)) {
      problems.push(`${path}.value: ${offScaleText(item, r.value)}`);
    }
    if (answered.has(r.item)) problems.push(`${path}.item: "${r.item}" is answered twice`);
    answered.add(r.item);
  });
  return problems.length > 0 ? fail(...problems) : { ok: true, file };
}
