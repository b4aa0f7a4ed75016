import type { z } from 'zod';
import { actionMethods } from './methods/actions.ts';
import { auditMethods } from './methods/audits.ts';
import { backupMethods } from './methods/backups.ts';
import { commentaryMethods } from './methods/commentary.ts';
import { consensusMethods } from './methods/consensus.ts';
import { contactMethods } from './methods/contacts.ts';
import type { MethodDeclaration, MethodTraits, SaveAs } from './methods/declare.ts';
import { exportMethods } from './methods/exports.ts';
import { fileMethods } from './methods/files.ts';
import { groupMethods } from './methods/groups.ts';
import { instrumentMethods } from './methods/instrument.ts';
import { organizationMethods } from './methods/organizations.ts';
import { participantMethods } from './methods/participants.ts';
import { planReviewMethods } from './methods/plan-review.ts';
import { reportMethods } from './methods/report.ts';
import { responseMethods } from './methods/responses.ts';
import { revealMethods } from './methods/reveal.ts';
import { roomMethods } from './methods/room.ts';
import { roundMethods } from './methods/rounds.ts';
import { settingsMethods } from './methods/settings.ts';
import type { MadeFile, SavedFile } from './models.ts';

export type { MethodDeclaration, MethodTraits, SaveAs } from './methods/declare.ts';

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** One map of every feature's methods; a name declared by two features stops the app at once. */
export function composeMethods<const Maps extends readonly Readonly<Record<string, MethodDeclaration>>[]>(
  ...maps: Maps
): UnionToIntersection<Maps[number]> {
  const all: Record<string, MethodDeclaration> = {};
  for (const map of maps) {
    for (const [name, declared] of Object.entries(map)) {
      if (Object.hasOwn(all, name)) throw new Error(`The API method ${name} is declared twice.`);
      all[name] = declared;
    }
  }
  return all as UnionToIntersection<Maps[number]>;
}

/**
 * The one list of what a window, the HTTP binding or a test may ask of the services: each
 * feature's methods, declared in shared/api/methods/<feature>.ts, in one map. Each input is
 * validated with its schema before a service sees it.
 */
export const methods = composeMethods(
  instrumentMethods,
  auditMethods,
  revealMethods,
  groupMethods,
  participantMethods,
  responseMethods,
  roundMethods,
  consensusMethods,
  contactMethods,
  actionMethods,
  fileMethods,
  reportMethods,
  backupMethods,
  roomMethods,
  settingsMethods,
  commentaryMethods,
  exportMethods,
  planReviewMethods,
  organizationMethods,
);

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodArgs<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = Methods[M]['output'];
/** What a caller across a transport gets: a made file arrives as where it was saved (the desktop shell). */
export type MethodReply<M extends MethodName> =
  MethodOutput<M> extends MadeFile<infer Details> ? SavedFile<Details> : MethodOutput<M>;

/** Every declared method name, for the transports that bind them all. */
export const methodNames = Object.keys(methods) as MethodName[];

/** True for a string that names a declared method (transports check this before dispatching). */
export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(methods, value);
}

/** The traits declared for a method (see MethodTraits); false for every trait of a string that names none. */
export function traitsOf(method: unknown): MethodTraits {
  return isMethodName(method)
    ? methods[method]
    : { changesAuditList: false, slow: false, editsAudit: false, saveAs: null };
}

/** The save dialog of a method that makes a file for the user, or undefined for every other method. */
export function saveAsOf(method: MethodName): SaveAs | undefined {
  return methods[method].saveAs ?? undefined;
}
