import type { AuditDetail } from '../../../shared/api/models.ts';
import { auditFileName as sharedAuditFileName } from '../../../shared/audit-file/file-name.ts';
import {
  AUDIT_FILE_FORMAT,
  CURRENT_FORMAT_VERSION,
  type AuditFile,
} from '../../../shared/audit-file/schema.ts';
import { DEFAULT_MIN_GROUP_SIZE } from '../../../shared/scoring/inputs.ts';

/** Leaves a field out of the file when it is empty, so files stay small and readable. */
function optional<K extends string, V>(key: K, value: V | null | undefined | ''): Partial<Record<K, V>> {
  return value === null || value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, V>);
}

/** A stored audit as a self-contained audit file (docs/spec/interfaces.md). */
export function auditToFile(detail: AuditDetail): AuditFile {
  const { firm } = detail.branding;
  const branding = {
    ...optional('accentColor', detail.branding.accentColor),
    ...optional('logo', detail.branding.logo),
    // The installation's firm branding is the absent default; an own or no firm is the audit's.
    ...(firm.use === 'own'
      ? { firm: { use: 'own' as const, ...optional('name', firm.name), ...optional('logo', firm.logo) } }
      : firm.use === 'none'
        ? { firm: { use: 'none' as const } }
        : {}),
  };
  const commentary = {
    ...optional('summary', detail.commentary.summary),
    ...(detail.commentary.dimensions.length > 0
      ? { dimensions: detail.commentary.dimensions.map((c) => ({ dimension: c.dimension, text: c.text })) }
      : {}),
  };
  return {
    format: AUDIT_FILE_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    instrument: { ...detail.instrument },
    audit: {
      id: detail.id,
      title: detail.title,
      organization: detail.organization,
      date: detail.date,
      ...optional('facilitator', detail.facilitator),
      status: detail.status,
      ...(Object.keys(branding).length > 0 ? { branding } : {}),
      anonymous: detail.anonymous,
      ...optional('previousAuditId', detail.previousAuditId),
      ...optional('revealedAt', detail.revealedAt),
      // Written when it matters: with groups, or when the facilitator changed it.
      ...(detail.groups.length > 0 || detail.minGroupSize !== DEFAULT_MIN_GROUP_SIZE
        ? { minGroupSize: detail.minGroupSize }
        : {}),
    },
    ...(detail.groups.length > 0 ? { groups: detail.groups.map((g) => ({ id: g.id, name: g.name })) } : {}),
    participants: detail.participants.map((p) => ({
      id: p.id,
      name: p.name,
      ...optional('role', p.role),
      code: p.code,
      ...optional('group', p.group),
    })),
    // Round 1 without a round (as format 1 wrote it), then each re-vote round's answers.
    responses: [
      ...detail.responses.map((r) => ({
        participant: r.participant,
        item: r.item,
        value: r.value,
        ...optional('note', r.note),
      })),
      ...detail.roundResponses.map((r) => ({
        participant: r.participant,
        item: r.item,
        value: r.value,
        ...optional('note', r.note),
        round: r.round,
      })),
    ],
    ...(detail.rounds.length > 0
      ? {
          rounds: detail.rounds.map((r) => ({
            round: r.round,
            items: [...r.items],
            openedAt: r.openedAt,
            ...optional('closedAt', r.closedAt),
          })),
        }
      : {}),
    consensus: detail.consensus.map((c) => ({ item: c.item, value: c.value, ...optional('note', c.note) })),
    discussion: detail.discussion.map((d) => ({ item: d.item, note: d.note })),
    contacts: detail.contacts.map((c) => ({
      id: c.id,
      name: c.name,
      category: c.category,
      importance: c.importance,
      performance: c.performance,
      ...optional('note', c.note),
    })),
    actions: detail.actions.map((a) => ({
      id: a.id,
      title: a.title,
      ...optional('description', a.description),
      ...optional('owner', a.owner),
      ...optional('due', a.due),
      ...optional('successMeasure', a.successMeasure),
      status: a.status,
      source: a.source,
    })),
    ...(Object.keys(commentary).length > 0 ? { commentary } : {}),
    ...(detail.planReview.length > 0
      ? {
          planReview: detail.planReview.map((r) => ({
            action: r.action,
            title: r.title,
            ...optional('owner', r.owner),
            ...optional('due', r.due),
            source: r.source,
            status: r.status,
            ...optional('outcome', r.outcome),
            ...optional('carriedAction', r.carriedAction),
            ...optional('note', r.note),
          })),
        }
      : {}),
  };
}

/** A file name for an exported audit: organisation, title and date (shared/audit-file/file-name.ts). */
export function auditFileName(detail: Pick<AuditDetail, 'organization' | 'title' | 'date'>): string {
  return sharedAuditFileName(detail);
}
