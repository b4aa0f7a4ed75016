import { buildPageApart } from '../fixtures/page-build.ts';

/**
 * Builds the phone page as `npm run build` does (vite.phone.config.ts), into a temp folder
 * instead of dist/renderer/phone: the phone test needs no other part of the build, and another
 * browser test building dist/ at the same time cannot empty the folder under it.
 */
export function buildPhonePage(): string {
  return buildPageApart('vite.phone.config.ts', 'phone', 'the phone page');
}
