import { z } from 'zod';
import { id, name } from '../../audit-file/fields.ts';
import type { Trend } from '../../scoring/trend.ts';
import type { OrganizationDetail, OrganizationSummary } from '../models.ts';
import { method } from './declare.ts';

/** Organisations (the consultant's clients) and their progress over time. */
export const organizationMethods = {
  'organizations.list': method<OrganizationSummary[]>()(z.strictObject({})),
  'organizations.get': method<OrganizationDetail>()(z.strictObject({ id })),
  'organizations.rename': method<OrganizationSummary>({ changesAuditList: true })(
    z.strictObject({ id, name }),
  ),
  /** The organisation's progress up to this audit: its revealed audits before it, then this one. */
  'audits.trend': method<Trend>()(z.strictObject({ id })),
};
