import { catalogOf } from '../instrument/catalog.ts';
import { isOnScale } from '../instrument/scales.ts';
import { instrumentSections } from '../instrument/sections.ts';
import { MAX_NAME, MAX_NOTE } from '../limits.ts';
import type { Instrument } from '../instrument/types.ts';
import { CURRENT_RESPONSE_FORMAT_VERSION, RESPONSE_FILE_FORMAT } from './format.ts';
import type { ResponseFile } from './schema.ts';

/**
 * What the app writes into a pre-work form (docs/spec/interfaces.md, "The response file"): the
 * audit it is for, the instrument its answers use, and who it was made for. The form is one
 * HTML file; this travels in it as JSON (see embedPayload) and is read back by the form's script.
 */
export type PreworkPayload = {
  readonly audit: {
    readonly id: string;
    readonly organization: string;
    readonly title: string;
    /** YYYY-MM-DD, as the audit records it (the saved file's name carries it). */
    readonly date: string;
    /** Names stay out of file names when the audit shows codes instead of names. */
    readonly anonymous: boolean;
    /** Who to send the saved file to; empty when the audit names no facilitator. */
    readonly facilitator: string;
  };
  readonly instrument: { readonly id: string; readonly version: string };
  /** Made for one seat of the roster: its participant id, with the name, role and group shown fixed. */
  readonly seat?: {
    readonly id: string;
    readonly name: string;
    readonly role: string;
    readonly group?: { readonly id: string; readonly name: string };
  };
  /** Made for one role group: every answer joins that group. */
  readonly group?: { readonly id: string; readonly name: string };
  /** Made for anyone: the audit's groups, of which the person may choose theirs (or none). */
  readonly groups?: readonly { readonly id: string; readonly name: string }[];
};

/** The id of the element that carries the payload in the form's HTML. */
export const PAYLOAD_ELEMENT_ID = 'prework-payload';

/**
 * The payload as the text of a `<script type="application/json">`: JSON in which `<`, `>` and
 * `&` (and the two line separators) are written as \u escapes, so no text a person typed (an
 * organisation called `</script><script>…`) can end the element or start markup. JSON.parse
 * reads the escapes back as the same characters.
 */
export function payloadScriptText(payload: PreworkPayload): string {
  return JSON.stringify(payload).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** What a person has entered in a form so far: what the form autosaves and builds the response file from. */
export type PreworkDraft = {
  readonly name: string;
  readonly role: string;
  /** The group the person chose on a form made for anyone: a group's id, or empty for none. */
  readonly group: string;
  /** The chosen answer per item id: a value on the item's scale, or null for "Not sure". */
  readonly values: Readonly<Record<string, number | null>>;
  /** A note per item id (kept even while the item has no answer). */
  readonly notes: Readonly<Record<string, string>>;
  /** When the answers were last saved as a file, or null. */
  readonly savedAt: string | null;
};

/** A form with nothing entered yet. */
export const EMPTY_DRAFT: PreworkDraft = {
  name: '',
  role: '',
  group: '',
  values: {},
  notes: {},
  savedAt: null,
};

/**
 * The localStorage key a form autosaves under: the audit and whom the form is for, so two forms
 * opened in one browser (two seats, two audits, a group's and the whole audit's) never mix.
 */
export function autosaveKey(payload: PreworkPayload): string {
  const who = payload.seat
    ? `seat:${payload.seat.id}`
    : payload.group
      ? `group:${payload.group.id}`
      : 'audit';
  return `reality-check-prework:${payload.audit.id}:${who}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const textOf = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

/**
 * A draft read back from the browser's storage, keeping only what still fits the instrument:
 * answers to known items on their scale, notes to known items, text within the limits. What
 * a browser kept is untrusted like any input; anything else is dropped, never shown.
 */
export function restoreDraft(text: string | null, instrument: Instrument): PreworkDraft {
  if (text === null) return EMPTY_DRAFT;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return EMPTY_DRAFT;
  }
  if (!isRecord(json)) return EMPTY_DRAFT;
  const catalog = catalogOf(instrument);
  const values: Record<string, number | null> = {};
  for (const [id, value] of Object.entries(isRecord(json.values) ? json.values : {})) {
    const item = catalog.get(id);
    if (item && (value === null || (typeof value === 'number' && isOnScale(item.scale, value))))
      values[id] = value;
  }
  const notes: Record<string, string> = {};
  for (const [id, note] of Object.entries(isRecord(json.notes) ? json.notes : {})) {
    if (catalog.has(id) && typeof note === 'string' && note !== '') notes[id] = note.slice(0, MAX_NOTE);
  }
  const savedAt =
    typeof json.savedAt === 'string' && !Number.isNaN(Date.parse(json.savedAt)) ? json.savedAt : null;
  return {
    name: textOf(json.name, MAX_NAME),
    role: textOf(json.role, MAX_NAME),
    group: textOf(json.group, MAX_NAME),
    values,
    notes,
    savedAt,
  };
}

/** The items of the instrument that have no answer in the draft, in the order the form shows them. */
export function unansweredItems(instrument: Instrument, draft: PreworkDraft): string[] {
  return instrumentSections(instrument)
    .flatMap((section) => section.items.map((item) => item.id))
    .filter((id) => !(id in draft.values));
}

/**
 * The response file a form saves (docs/spec/interfaces.md, "The response file"): every answered
 * item in the instrument's order with its note, the person's name and role (the seat's own
 * when made for a seat), the group (the form's, or the one chosen among the audit's), and the
 * time it was saved. Unanswered items are left out.
 */
export function buildResponseFile(
  payload: PreworkPayload,
  instrument: Instrument,
  draft: PreworkDraft,
  submittedAt: Date,
): ResponseFile {
  const text = (value: string) => value.trim().replace(/\s+/g, ' ');
  const name = payload.seat ? payload.seat.name : text(draft.name);
  const role = payload.seat ? payload.seat.role : text(draft.role);
  const chosen = payload.groups?.find((g) => g.id === draft.group)?.id;
  const group = payload.seat ? payload.seat.group?.id : (payload.group?.id ?? chosen);
  const responses = instrumentSections(instrument).flatMap((section) =>
    section.items.flatMap((item) => {
      const value = draft.values[item.id];
      if (value === undefined) return [];
      const note = (draft.notes[item.id] ?? '').trim();
      return [{ item: item.id, value, ...(note === '' ? {} : { note }) }];
    }),
  );
  return {
    format: RESPONSE_FILE_FORMAT,
    formatVersion: CURRENT_RESPONSE_FORMAT_VERSION,
    instrument: { id: payload.instrument.id, version: payload.instrument.version },
    audit: { id: payload.audit.id },
    participant: {
      ...(name === '' ? {} : { name }),
      ...(role === '' ? {} : { role }),
      ...(group === undefined ? {} : { group }),
      ...(payload.seat ? { seat: payload.seat.id } : {}),
    },
    responses,
    submittedAt: submittedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}
