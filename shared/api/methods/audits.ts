import { z } from 'zod';
import {
  accentColor,
  auditStatusSchema,
  firmBrandingUseSchema,
  id,
  isoDate,
  logo,
  name,
  shortText,
} from '../../audit-file/fields.ts';
import { minGroupSize } from '../../audit-file/schema.ts';
import type { AuditResults } from '../../scoring/results.ts';
import type { AuditDetail, AuditSummary } from '../models.ts';
import { auditEdit, method } from './declare.ts';

/** The audits themselves: list, open, score, start, edit the details, re-assess, trash and purge. */
export const auditMethods = {
  'audits.list': method<AuditSummary[]>()(z.strictObject({ trash: z.boolean().optional() })),
  'audits.get': method<AuditDetail>()(z.strictObject({ id })),
  'audits.results': method<AuditResults>()(z.strictObject({ id })),
  'audits.create': method<AuditDetail>({ changesAuditList: true })(
    z.strictObject({ organization: name, title: name, date: isoDate, facilitator: shortText.optional() }),
  ),
  'audits.update': auditEdit<AuditDetail>({ changesAuditList: true })(
    z.strictObject({
      id,
      organization: name.optional(),
      title: name.optional(),
      date: isoDate.optional(),
      facilitator: shortText.optional(),
      status: auditStatusSchema.optional(),
      anonymous: z.boolean().optional(),
      accentColor: accentColor.nullable().optional(),
      logo: logo.nullable().optional(),
      /** Groups smaller than this show only their size (docs/spec/scoring.md, "Role groups"). */
      minGroupSize: minGroupSize.optional(),
      /** Whose firm branding the report shows: the installation's, the audit's own (below) or none. */
      firmBranding: firmBrandingUseSchema.optional(),
      firmName: shortText.optional(),
      firmLogo: logo.nullable().optional(),
    }),
  ),
  'audits.duplicate': method<AuditDetail>({ changesAuditList: true })(
    z.strictObject({ id, title: name.optional(), date: isoDate.optional() }),
  ),
  'audits.trash': method<AuditSummary>({ changesAuditList: true })(z.strictObject({ id })),
  'audits.restore': method<AuditSummary>({ changesAuditList: true })(z.strictObject({ id })),
  'audits.purge': method<{ id: string }>({ changesAuditList: true })(z.strictObject({ id })),
};
