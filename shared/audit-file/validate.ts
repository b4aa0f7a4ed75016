import { catalogOf, offScaleText, unknownItemText } from '../instrument/catalog.ts';
import { findInstrument } from '../instrument/index.ts';
import { isOnScale } from '../instrument/scales.ts';
import type { Instrument } from '../instrument/types.ts';
import { capProblems } from '../limits.ts';
import { fileSizeProblem, sectionSizeProblems, textTotalProblem } from './size-limits.ts';
import { AUDIT_FILE_FORMAT, auditFileSchema, CURRENT_FORMAT_VERSION, type AuditFile } from './schema.ts';
import { upgraders } from './upgrade.ts';

/**
 * A validation outcome: the file with its instrument, or the problems found, one line each
 * (the first MAX_PROBLEMS, then a line counting the rest).
 */
export type AuditFileResult =
  | { readonly ok: true; readonly file: AuditFile; readonly instrument: Instrument }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Writes a JSON path the way a person reads it: `responses[3].value`. */
export function formatPath(path: readonly PropertyKey[], root = '(file)'): string {
  if (path.length === 0) return root;
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : i === 0 ? String(segment) : `.${String(segment)}`,
    )
    .join('');
}

function fail(...problems: string[]): AuditFileResult {
  return { ok: false, problems: capProblems(problems) };
}

/** A value from the file quoted in a message: as JSON, so no control character reaches a terminal. */
const quote = (value: string): string => JSON.stringify(value);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses the text of an audit file (docs/spec/interfaces.md) and validates it completely. */
export function parseAuditFileText(text: string): AuditFileResult {
  const tooBig = fileSizeProblem(text);
  if (tooBig) return fail(`(file): ${tooBig}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`(file): not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return validateAuditFile(json);
}

/**
 * Validates a parsed audit file: its format and version (upgrading older ones), its
 * structure, and every cross-reference (items, scales, participants, duplicates).
 */
export function validateAuditFile(json: unknown): AuditFileResult {
  if (!isRecord(json)) return fail('(file): must be a JSON object');
  if (json.format !== AUDIT_FILE_FORMAT) {
    return fail(`format: must be "${AUDIT_FILE_FORMAT}"; this is not a Reality Check audit file`);
  }
  const version = json.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('formatVersion: must be a whole number, 1 or more');
  }
  if (version > CURRENT_FORMAT_VERSION) {
    return fail(
      `formatVersion: the file uses format ${version}, written by a newer version of Reality Check; ` +
        `this app reads format ${CURRENT_FORMAT_VERSION} and older, so update Reality Check to open it`,
    );
  }
  const tooLong = sectionSizeProblems(json);
  if (tooLong.length > 0) return fail(...tooLong);
  const tooMuchText = textTotalProblem(json);
  if (tooMuchText) return fail(`(file): ${tooMuchText}`);
  let upgraded: Record<string, unknown> = json;
  for (let v = version; v < CURRENT_FORMAT_VERSION; v++) {
    const upgrader = upgraders[v];
    if (!upgrader) return fail(`formatVersion: no upgrade from format ${v} is known`);
    const step = upgrader(upgraded);
    if (!step.ok) return fail(...step.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`));
    upgraded = step.file;
  }

  const parsed = auditFileSchema.safeParse(upgraded);
  if (!parsed.success) {
    return fail(...parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`));
  }
  const file = parsed.data;
  const instrument = findInstrument(file.instrument.id, file.instrument.version);
  if (!instrument) {
    return fail(
      `instrument: "${file.instrument.id}" version ${file.instrument.version} is not known to this app; ` +
        'it may have been written by a newer version of Reality Check',
    );
  }
  const problems = crossCheck(file, instrument);
  return problems.length > 0 ? fail(...problems) : { ok: true, file, instrument };
}

/**
 * The checks of the re-vote rounds a file lists: each round once, known items each once per
 * round, and only the last round still open. Returns each round's items, so that every
 * later-round answer can be checked against its round.
 */
function roundProblems(
  file: AuditFile,
  instrument: Instrument,
  problems: string[],
): Map<number, Set<string>> {
  const catalog = catalogOf(instrument);
  const items = new Map<number, Set<string>>();
  const rounds = file.rounds ?? [];
  const last = Math.max(...rounds.map((r) => r.round));
  rounds.forEach((r, i) => {
    const path = `rounds[${i}]`;
    if (items.has(r.round)) problems.push(`${path}.round: round ${r.round} is listed twice`);
    const own = new Set<string>();
    r.items.forEach((item, j) => {
      if (!catalog.has(item)) problems.push(`${path}.items[${j}]: ${unknownItemText(instrument, item)}`);
      else if (own.has(item)) problems.push(`${path}.items[${j}]: ${quote(item)} is listed twice`);
      own.add(item);
    });
    items.set(r.round, own);
    if (r.closedAt === undefined && r.round !== last) {
      problems.push(`${path}.closedAt: round ${r.round} is open, but only the last round may be`);
    }
    if (r.closedAt !== undefined && Date.parse(r.closedAt) < Date.parse(r.openedAt)) {
      problems.push(`${path}.closedAt: the round closed before it opened`);
    }
  });
  return items;
}

/** The checks a schema cannot express: references between sections (groups included) and the instrument's scales. */
function crossCheck(file: AuditFile, instrument: Instrument): string[] {
  const catalog = catalogOf(instrument);
  const problems: string[] = [];

  const groupIds = new Set<string>();
  (file.groups ?? []).forEach((g, i) => {
    if (groupIds.has(g.id)) problems.push(`groups[${i}].id: ${quote(g.id)} is listed twice`);
    groupIds.add(g.id);
  });

  const participantIds = new Set<string>();
  file.participants.forEach((p, i) => {
    if (participantIds.has(p.id)) problems.push(`participants[${i}].id: ${quote(p.id)} is listed twice`);
    participantIds.add(p.id);
    if (p.group !== undefined && !groupIds.has(p.group)) {
      problems.push(`participants[${i}].group: ${quote(p.group)} is not in groups`);
    }
  });

  const checkValue = (path: string, itemId: string, value: number | null): void => {
    const item = catalog.get(itemId);
    if (!item) {
      problems.push(`${path}.item: ${unknownItemText(instrument, itemId)}`);
      return;
    }
    if (value !== null && !isOnScale(item.scale, value)) {
      problems.push(`${path}.value: ${offScaleText(item, value)}`);
    }
  };

  const roundItems = file.rounds === undefined ? null : roundProblems(file, instrument, problems);

  const answered = new Set<string>();
  file.responses.forEach((r, i) => {
    const path = `responses[${i}]`;
    if (!participantIds.has(r.participant)) {
      problems.push(`${path}.participant: ${quote(r.participant)} is not in participants`);
    }
    checkValue(path, r.item, r.value);
    const round = r.round ?? 1;
    const key = JSON.stringify([r.participant, r.item, round]);
    if (answered.has(key)) {
      const inRound = r.round === undefined ? '' : ` in round ${round}`;
      problems.push(
        `${path}: participant ${quote(r.participant)} already answered ${quote(r.item)}${inRound}`,
      );
    }
    answered.add(key);
    if (roundItems && round > 1) {
      const items = roundItems.get(round);
      if (!items) problems.push(`${path}.round: round ${round} is not in rounds`);
      else if (!items.has(r.item)) {
        problems.push(`${path}.item: ${quote(r.item)} was not re-voted in round ${round}`);
      }
    }
  });

  const agreed = new Set<string>();
  file.consensus.forEach((c, i) => {
    const path = `consensus[${i}]`;
    checkValue(path, c.item, c.value);
    if (agreed.has(c.item)) problems.push(`${path}.item: ${quote(c.item)} has a consensus already`);
    agreed.add(c.item);
  });

  const discussed = new Set<string>();
  file.discussion.forEach((d, i) => {
    const path = `discussion[${i}]`;
    if (!catalog.has(d.item)) problems.push(`${path}.item: ${unknownItemText(instrument, d.item)}`);
    if (discussed.has(d.item)) problems.push(`${path}.item: ${quote(d.item)} has a discussion note already`);
    discussed.add(d.item);
  });

  const firm = file.audit.branding?.firm;
  if (firm?.use === 'own' && (firm.name ?? '') === '' && firm.logo === undefined) {
    problems.push("audit.branding.firm: an audit's own firm branding needs a name or a logo");
  }
  if (firm?.use === 'none' && (firm.name !== undefined || firm.logo !== undefined)) {
    problems.push(
      'audit.branding.firm: with "use": "none" the report shows no firm, so it takes no name or logo',
    );
  }
  const dimensionIds = new Set(instrument.dimensions.map((d) => d.id));
  const commented = new Set<string>();
  (file.commentary?.dimensions ?? []).forEach((c, i) => {
    const path = `commentary.dimensions[${i}].dimension`;
    if (!dimensionIds.has(c.dimension)) {
      problems.push(`${path}: ${quote(c.dimension)} is not a dimension of instrument ${instrument.version}`);
    } else if (commented.has(c.dimension)) {
      problems.push(`${path}: ${quote(c.dimension)} has a commentary already`);
    }
    commented.add(c.dimension);
  });

  const actionIds = new Set<string>();
  file.actions.forEach((a, i) => {
    if (a.id === undefined) return;
    if (actionIds.has(a.id)) problems.push(`actions[${i}].id: ${quote(a.id)} is listed twice`);
    actionIds.add(a.id);
  });

  const reviewed = new Set<string>();
  const carriedInto = new Set<string>();
  (file.planReview ?? []).forEach((r, i) => {
    const path = `planReview[${i}]`;
    if (reviewed.has(r.action)) problems.push(`${path}.action: ${quote(r.action)} is reviewed twice`);
    reviewed.add(r.action);
    if (r.carriedAction === undefined) {
      if (r.outcome === 'carried')
        problems.push(`${path}.carriedAction: a carried action names the action it became`);
      return;
    }
    if (r.outcome !== 'carried') {
      problems.push(`${path}.carriedAction: only an action carried into the plan names one`);
    } else if (!actionIds.has(r.carriedAction)) {
      problems.push(`${path}.carriedAction: ${quote(r.carriedAction)} is not in actions`);
    } else if (carriedInto.has(r.carriedAction)) {
      problems.push(
        `${path}.carriedAction: ${quote(r.carriedAction)} is already the carried form of another action`,
      );
    }
    carriedInto.add(r.carriedAction);
  });
  return problems;
}
