import type { AuditFile } from '../audit-file/schema.ts';
import { itemRefs } from '../instrument/refs.ts';
import type { Instrument } from '../instrument/types.ts';
import type { AuditResults } from '../scoring/results.ts';
import { participantCodes } from './codes.ts';
import { nameMatcher, type NameMatch, type NameMatcher } from './names.ts';

/**
 * Anonymity replaces participants' names only in what people typed: notes on answers,
 * discussion and consensus notes, the plan's actions, the priority contacts, the names of
 * role groups (a group can be named after its lead: "Ana's team") and the consultant's
 * commentary. The
 * instrument's wording, the organisation, the audit's title and the facilitator are never
 * rewritten: they are not about participants, and a rewritten "Will" or "Müller AG" misleads.
 */
export type TypedPlace =
  | { readonly kind: 'response-note'; readonly participant: number; readonly item: string }
  | { readonly kind: 'discussion'; readonly item: string }
  | { readonly kind: 'consensus'; readonly item: string }
  | { readonly kind: 'contact'; readonly contact: number; readonly field: 'name' | 'note' }
  | { readonly kind: 'group'; readonly group: number }
  /** The consultant's commentary: on the summary page (dimension null) or on one dimension. */
  | { readonly kind: 'commentary'; readonly dimension: string | null }
  | {
      readonly kind: 'action';
      readonly action: number;
      readonly field: 'title' | 'description' | 'owner' | 'successMeasure';
    };

/** One text people typed, and where it is. */
export type TypedText = { readonly place: TypedPlace; readonly text: string };

/**
 * Every non-empty text people typed into an audit, in a fixed order: answers' notes,
 * discussion, consensus, plan, contacts, groups, commentary.
 */
export function typedTexts(file: AuditFile): TypedText[] {
  const out: TypedText[] = [];
  const add = (place: TypedPlace, text: string | undefined): void => {
    if (text !== undefined && text.trim() !== '') out.push({ place, text });
  };
  const position = new Map(file.participants.map((p, i) => [p.id, i]));
  for (const r of file.responses) {
    add({ kind: 'response-note', participant: position.get(r.participant) ?? -1, item: r.item }, r.note);
  }
  for (const d of file.discussion) add({ kind: 'discussion', item: d.item }, d.note);
  for (const c of file.consensus) add({ kind: 'consensus', item: c.item }, c.note);
  file.actions.forEach((a, action) => {
    add({ kind: 'action', action, field: 'title' }, a.title);
    add({ kind: 'action', action, field: 'description' }, a.description);
    add({ kind: 'action', action, field: 'owner' }, a.owner);
    add({ kind: 'action', action, field: 'successMeasure' }, a.successMeasure);
  });
  file.contacts.forEach((c, contact) => {
    add({ kind: 'contact', contact, field: 'name' }, c.name);
    add({ kind: 'contact', contact, field: 'note' }, c.note);
  });
  (file.groups ?? []).forEach((g, group) => add({ kind: 'group', group }, g.name));
  add({ kind: 'commentary', dimension: null }, file.commentary?.summary);
  for (const c of file.commentary?.dimensions ?? [])
    add({ kind: 'commentary', dimension: c.dimension }, c.text);
  return out;
}

/** The participants as anonymity names them: each name with the code shown instead. */
export function rosterOf(file: AuditFile): { name: string; code: string }[] {
  const codes = participantCodes(file.participants);
  return file.participants.map((p, i) => ({ name: p.name, code: codes[i] ?? `P${i + 1}` }));
}

/**
 * The matcher of one audit: its participants' names, with the organisation's own name kept as
 * written, and any other names given (the consultant's firm, whose name a commentary quotes).
 */
export function matcherOf(file: AuditFile, alsoKept: readonly string[] = []): NameMatcher {
  return nameMatcher(rosterOf(file), [file.audit.organization, ...alsoKept.filter((n) => n.trim() !== '')]);
}

/**
 * The audit as an anonymous report shows it: every typed text with participants' names
 * replaced by codes, participants named by their code and without their role (a role such
 * as CEO names the person). Everything else is left exactly as it is.
 */
export function anonymiseAuditFile(file: AuditFile, matcher: NameMatcher = matcherOf(file)): AuditFile {
  const codes = participantCodes(file.participants);
  const clean = (text: string): string => matcher.redact(text);
  const optional = (text: string | undefined): string | undefined =>
    text === undefined ? undefined : clean(text);
  return {
    ...file,
    participants: file.participants.map((p, i) => {
      const code = codes[i] ?? `P${i + 1}`;
      return { id: p.id, name: code, code, ...(p.group === undefined ? {} : { group: p.group }) };
    }),
    responses: file.responses.map((r) => (r.note === undefined ? r : { ...r, note: clean(r.note) })),
    discussion: file.discussion.map((d) => ({ ...d, note: clean(d.note) })),
    consensus: file.consensus.map((c) => (c.note === undefined ? c : { ...c, note: clean(c.note) })),
    actions: file.actions.map((a) => ({
      ...a,
      title: clean(a.title),
      description: optional(a.description),
      owner: optional(a.owner),
      successMeasure: optional(a.successMeasure),
    })),
    contacts: file.contacts.map((c) => ({ ...c, name: clean(c.name), note: optional(c.note) })),
    ...(file.groups === undefined ? {} : { groups: file.groups.map((g) => ({ ...g, name: clean(g.name) })) }),
    ...(file.commentary === undefined
      ? {}
      : {
          commentary: {
            ...(file.commentary.summary === undefined ? {} : { summary: clean(file.commentary.summary) }),
            ...(file.commentary.dimensions === undefined
              ? {}
              : { dimensions: file.commentary.dimensions.map((c) => ({ ...c, text: clean(c.text) })) }),
          },
        }),
  };
}

/**
 * The results with the typed text they carry redacted: contact and group names, and the names
 * the recommendations for a contact or a perception gap quote (only the quoted name, never the
 * library's wording).
 */
export function anonymiseResults(results: AuditResults, matcher: NameMatcher): AuditResults {
  const quoted = new Map<string, { name: string; clean: string }>();
  const contacts = results.contacts.map((c, i) => {
    const clean = matcher.redact(c.name);
    quoted.set(`contact-${i + 1}`, { name: c.name, clean });
    return { ...c, name: clean };
  });
  const groupNames = results.groups
    .map((g) => ({ name: g.name, clean: matcher.redact(g.name) }))
    .filter((g) => g.name !== g.clean)
    // The longest first, so a name inside another group's name is not swapped half-way.
    .sort((a, b) => b.name.length - a.name.length);
  const actions = results.actions.map((a) => {
    if (a.group === 'perception-gap' && groupNames.length > 0) {
      // The perception-gap actions quote the two groups' names.
      const swap = (text: string): string => groupNames.reduce((t, g) => t.split(g.name).join(g.clean), text);
      return { ...a, title: swap(a.title), description: swap(a.description), reason: swap(a.reason) };
    }
    const suffix = a.id.slice(a.id.lastIndexOf(':') + 1);
    const contact = a.id.includes(':') ? quoted.get(suffix) : undefined;
    if (!contact || contact.name === contact.clean) return a;
    const swap = (text: string): string => text.split(contact.name).join(contact.clean);
    return { ...a, title: swap(a.title), description: swap(a.description), reason: swap(a.reason) };
  });
  const groups = results.groups.map((g) => ({ ...g, name: matcher.redact(g.name) }));
  return { ...results, contacts, actions, groups };
}

/** One replacement an anonymous report will make, in words a consultant can check. */
export type PlannedReplacement = {
  /** Which text: "Note by Ana Souza (P1) on Statement 2.3", "Action 2 of the plan, owner". */
  readonly where: string;
  /** The text just before and after the name, shortened at word boundaries. */
  readonly before: string;
  readonly after: string;
  /** The name as written there. */
  readonly found: string;
  /** What the report prints instead. */
  readonly code: string;
};

const FIELD_WORDS = {
  title: 'title',
  description: 'description',
  owner: 'owner',
  successMeasure: 'success measure',
  name: 'name',
  note: 'note',
} as const;

const CONTEXT = 48;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function contextAround(text: string, match: NameMatch): { before: string; after: string } {
  let from = Math.max(0, match.start - CONTEXT);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < match.start) from = space + 1;
  }
  let to = Math.min(text.length, match.end + CONTEXT);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > match.end) to = space;
  }
  return {
    before: (from > 0 ? '…' : '') + oneLine(text.slice(from, match.start)),
    after: oneLine(text.slice(match.end, to)) + (to < text.length ? '…' : ''),
  };
}

/**
 * Every replacement the anonymous report of an audit will make, in context and in the order
 * of `typedTexts`, so the person exporting can see each name and the code it becomes.
 */
export function plannedReplacements(
  file: AuditFile,
  instrument: Instrument,
  matcher: NameMatcher = matcherOf(file),
): PlannedReplacement[] {
  const refs = itemRefs(instrument);
  const roster = rosterOf(file);
  const item = (id: string): string => refs.get(id)?.label ?? id;
  const dimension = (id: string): string => instrument.dimensions.find((d) => d.id === id)?.name ?? id;
  const where = (place: TypedPlace): string => {
    switch (place.kind) {
      case 'response-note': {
        const who = roster[place.participant];
        return `Note by ${who ? `${who.name} (${who.code})` : 'a participant'} on ${item(place.item)}`;
      }
      case 'discussion':
        return `Discussion note on ${item(place.item)}`;
      case 'consensus':
        return `Consensus note on ${item(place.item)}`;
      case 'action':
        return `Action ${place.action + 1} of the plan, ${FIELD_WORDS[place.field]}`;
      case 'contact':
        return `Priority contact ${place.contact + 1}, ${FIELD_WORDS[place.field]}`;
      case 'group':
        return `Role group ${place.group + 1}, name`;
      case 'commentary':
        return place.dimension === null
          ? 'Commentary on the executive summary'
          : `Commentary on ${dimension(place.dimension)}`;
    }
  };
  const out: PlannedReplacement[] = [];
  for (const typed of typedTexts(file)) {
    const { text, matches } = matcher.find(typed.text);
    if (matches.length === 0) continue;
    const label = where(typed.place);
    for (const match of matches) {
      out.push({ where: label, ...contextAround(text, match), found: match.text, code: match.code });
    }
  }
  return out;
}
