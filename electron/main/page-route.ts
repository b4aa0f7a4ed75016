import { isOurPage } from './security.ts';

/**
 * The audit the window shows, read from its address (`…/index.html#/audits/<id>/<step>`, the
 * renderer's router): the menu enables its export items from this, so the window needs no
 * second channel to tell the shell what is open.
 */
export function openAuditId(url: string, ourPage: string): string | null {
  if (!isOurPage(url, ourPage)) return null;
  const match = /#\/audits\/([^/]+)\/[a-z]+$/.exec(url);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/**
 * The projector's route of an audit's room, as the renderer's router reads it
 * (`#/projector/<id>`); the projector window opens the page there.
 */
export function projectorRoute(auditId: string): string {
  return `#/projector/${encodeURIComponent(auditId)}`;
}
