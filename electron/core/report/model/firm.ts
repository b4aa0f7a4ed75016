import type { AuditFile } from '../../../../shared/audit-file/schema.ts';
import type { FirmMark } from '../types.ts';

/** A firm mark from a name and a logo, or undefined when there is neither. */
export function firmMark(name: string | undefined, logo: string | null | undefined): FirmMark | undefined {
  const trimmed = (name ?? '').trim();
  if (trimmed === '' && !logo) return undefined;
  return { name: trimmed, ...(logo ? { logo } : {}) };
}

/**
 * The firm branding an audit file gives its own report: its own firm (`use: "own"`), else none.
 * A file made without the app's settings (`rca report FILE`) has no installation to follow.
 */
export function firmOfFile(file: AuditFile): FirmMark | undefined {
  const firm = file.audit.branding?.firm;
  return firm?.use === 'own' ? firmMark(firm.name, firm.logo) : undefined;
}
