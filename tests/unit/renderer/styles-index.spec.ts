import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve(import.meta.dirname, '../../../renderer');
/** The phone page of room mode is a page of its own (vite.phone.config.ts), with its own index of sheets. */
const PHONE = path.join(RENDERER, 'phone');
/** So is the pre-work form (vite.prework.config.ts). */
const PREWORK = path.join(RENDERER, 'prework');

function cssFiles(dir: string, skip: readonly string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (skip.includes(file)) return [];
    return statSync(file).isDirectory() ? cssFiles(file, skip) : name.endsWith('.css') ? [file] : [];
  });
}

const PAGES = [
  { page: 'the window', root: RENDERER, skip: [PHONE, PREWORK] },
  { page: 'the phone page', root: PHONE, skip: [] },
  { page: 'the pre-work form', root: PREWORK, skip: [] },
] as const;

describe.each(PAGES)('the style sheets of $page', ({ root, skip }) => {
  const index = path.join(root, 'styles/index.css');

  it('are each imported once by its styles/index.css, the one sheet its main.tsx loads', () => {
    const imported = [...readFileSync(index, 'utf8').matchAll(/@import '([^']+)';/g)].map((m) =>
      path.resolve(path.dirname(index), m[1]!),
    );
    expect(new Set(imported).size).toBe(imported.length);
    expect([...imported].sort()).toEqual(
      cssFiles(root, skip)
        .filter((f) => f !== index)
        .sort(),
    );
    expect(readFileSync(path.join(root, 'main.tsx'), 'utf8')).toMatch(/import '\.\/styles\/index\.css';/);
  });

  it('keep the base first, so a widget’s or a view’s rule wins over the base rule it refines', () => {
    const first = /@import '([^']+)';/.exec(readFileSync(index, 'utf8'))?.[1];
    expect(first).toBe('./base.css');
  });
});
