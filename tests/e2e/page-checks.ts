import axe from 'axe-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './web-server.ts';

/** One axe-core violation on one view, reduced to what a failing test should print. */
export type Finding = {
  readonly view: string;
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
};

/**
 * Runs axe-core on the whole document. The page's Content-Security-Policy forbids inline
 * scripts (so `addScriptTag({ content })` is refused); evaluating the source through the
 * DevTools protocol is not, and keeps the test on the app's real policy instead of bypassing it.
 */
export async function axeScan(page: Page, view: string): Promise<Finding[]> {
  if (!(await page.evaluate<boolean>("typeof window.axe === 'object'"))) await page.evaluate(axe.source);
  const violations = await page.evaluate<Omit<Finding, 'view'>[]>(`
    axe.run(document, { resultTypes: ['violations'] }).then((results) =>
      results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ') + ' :: ' + n.failureSummary),
      })),
    )`);
  return violations.map((v) => ({ view, ...v }));
}

export const SCREENSHOT_DIR = path.join(ROOT, 'artifacts', 'screenshots');

/** The two screens a consultant is likely to project from: a laptop's, and a full-HD projector's. */
export const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Two frames for layout after a resize, then any web font (the CJK fallback) that layout asked for. */
const settled =
  'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))' +
  '.then(() => document.fonts.ready).then(() => true)';

/** Saves `<view>-<width>.png` (whole page) at each viewport, then returns to the first one. */
export async function screenshots(page: Page, view: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const viewport of [...VIEWPORTS].reverse()) {
    await page.setViewportSize(viewport);
    await page.evaluate(settled);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, `${view}-${viewport.width}.png`),
      fullPage: true,
    });
  }
}

/** Collects the page's uncaught errors and console errors into `into`, for a test to expect none. */
export function collectPageErrors(page: Page, into: string[]): void {
  page.on('pageerror', (error) => into.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') into.push(`console error: ${message.text()}`);
  });
}
