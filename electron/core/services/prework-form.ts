import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { MadeFile, PreworkFormDetails } from '../../../shared/api/models.ts';
import { preworkFormFileName } from '../../../shared/audit-file/file-name.ts';
import { formatCount } from '../../../shared/limits.ts';
import { payloadScriptText, type PreworkPayload } from '../../../shared/response-file/prework.ts';
import { getParticipant } from '../db/repositories/participants.ts';
import { countAnswersOf } from '../db/repositories/responses.ts';
import { getGroup, listGroups } from '../db/repositories/role-groups.ts';
import type { Storage } from '../db/storage.ts';
import { moduleDir } from '../module-dir.ts';
import { instrumentOf, requireLiveAudit } from './audit-detail.ts';
import { ConflictError, NotFoundError } from './errors.ts';

/** Where the built form lives below the app's dist/ folder (vite.prework.config.ts). */
const TEMPLATE = path.join('dist', 'renderer', 'prework', 'index.html');

/** The element of the built form the payload replaces (renderer/prework/index.html), however it is spaced. */
const PAYLOAD_SLOT =
  /<script id="prework-payload" type="application\/json">\s*"__REALITY_CHECK_PREWORK_PAYLOAD__"\s*<\/script>/g;

/** The built form cannot be found or is not the one this app expects; its text names files only. */
export class PreworkTemplateError extends Error {
  override name = 'PreworkTemplateError';
}

/**
 * Finds the built form: the REALITY_CHECK_PREWORK_FORM environment variable (tests build it
 * apart), else dist/renderer/prework/index.html in the nearest folder above this module that
 * has one: the app's own folder for every bundle in dist/ (and inside the packaged app's
 * archive), the repository for the source.
 */
export function findPreworkTemplate(): string {
  const explicit = process.env.REALITY_CHECK_PREWORK_FORM;
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new PreworkTemplateError(`the built form ${explicit} (REALITY_CHECK_PREWORK_FORM) does not exist`);
  }
  const looked: string[] = [];
  for (let dir = moduleDir(); dir;) {
    const candidate = path.join(dir, TEMPLATE);
    if (existsSync(candidate)) return candidate;
    looked.push(candidate);
    const parent = path.dirname(dir);
    dir = parent === dir ? null : parent;
  }
  throw new PreworkTemplateError(
    `the built form (${TEMPLATE}) is missing; run "npm run build". Looked for ${looked.join(', ')}`,
  );
}

/** The built form with the payload in its slot; a template without exactly one slot is refused. */
export function fillPreworkTemplate(template: string, payload: PreworkPayload): string {
  const slots = template.match(PAYLOAD_SLOT)?.length ?? 0;
  if (slots !== 1) {
    throw new PreworkTemplateError(
      'the built form is not the one this version of Reality Check makes; rebuild it',
    );
  }
  const filled = `<script id="prework-payload" type="application/json">${payloadScriptText(payload)}</script>`;
  return template.replace(PAYLOAD_SLOT, () => filled);
}

/**
 * `files.preworkForm`: a pre-work form (docs/spec/interfaces.md, "The response file") for the
 * whole audit, one group, or one seat: the built form with the audit's name, instrument and
 * the seat or group written into it. A seat must have no answers yet (the merge would refuse
 * them); the form is made before the reveal only, while its answers can still join the blind
 * scoring. The file is handed to the caller, never written here; its name carries a seat's code
 * instead of its name when the audit is anonymous.
 */
export function makePreworkForm(
  storage: Storage,
  args: MethodArgs<'files.preworkForm'>,
): MadeFile<PreworkFormDetails> {
  const db = storage.db;
  const audit = requireLiveAudit(db, args.auditId);
  const instrument = instrumentOf(audit);
  if (audit.revealed_at !== null) {
    throw new ConflictError(
      `The reveal of "${audit.title}" has started, so answers from a pre-work form could no longer join the blind scoring; no form was made.`,
    );
  }
  const anonymous = audit.anonymous === 1;
  let payload: PreworkPayload = {
    audit: {
      id: audit.id,
      organization: audit.organization,
      title: audit.title,
      date: audit.audit_date,
      anonymous,
      facilitator: audit.facilitator,
    },
    instrument: { id: instrument.id, version: instrument.version },
  };
  let madeFor = 'everyone';
  let who: string | undefined;
  if (args.seat !== undefined) {
    const seat = getParticipant(db, audit.id, args.seat);
    if (!seat) throw new NotFoundError(`This audit has no participant ${args.seat}.`);
    const answered = countAnswersOf(db, audit.id, seat.id);
    if (answered > 0) {
      throw new ConflictError(
        `The seat ${seat.code} has ${formatCount(answered)} answer${answered === 1 ? '' : 's'} already, so a form for it could not be merged; no form was made.`,
      );
    }
    const group = seat.group === '' ? undefined : getGroup(db, audit.id, seat.group);
    payload = {
      ...payload,
      seat: {
        id: seat.id,
        name: seat.name,
        role: seat.role,
        ...(group ? { group: { id: group.id, name: group.name } } : {}),
      },
    };
    who = anonymous ? seat.code : seat.name;
    madeFor = anonymous ? seat.code : `${seat.name} (${seat.code})`;
  } else if (args.group !== undefined) {
    const group = getGroup(db, audit.id, args.group);
    if (!group) throw new NotFoundError(`This audit has no group ${args.group}.`);
    payload = { ...payload, group: { id: group.id, name: group.name } };
    who = group.name;
    madeFor = group.name;
  } else {
    const groups = listGroups(db, audit.id).map((g) => ({ id: g.id, name: g.name }));
    if (groups.length > 0) payload = { ...payload, groups };
  }
  const html = fillPreworkTemplate(readFileSync(findPreworkTemplate(), 'utf8'), payload);
  return {
    fileName: preworkFormFileName(
      { organization: audit.organization, title: audit.title, date: audit.audit_date },
      who,
    ),
    mediaType: 'text/html; charset=utf-8',
    content: new TextEncoder().encode(html),
    details: { madeFor },
  };
}
