import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve(import.meta.dirname, '../../../renderer');
const INDEX = path.join(RENDERER, 'styles/index.css');

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? cssFiles(file) : name.endsWith('.css') ? [file] : [];
  });
}

describe('the window’s style sheets', () => {
  it('are each imported once by renderer/styles/index.css, the one sheet main.tsx loads', () => {
    const imported = [...readFileSync(INDEX, 'utf8').matchAll(/@import '([^']+)';/g)].map((m) =>
      path.resolve(path.dirname(INDEX), m[1]!),
    );
    expect(new Set(imported).size).toBe(imported.length);
    expect([...imported].sort()).toEqual(
      cssFiles(RENDERER)
        .filter((f) => f !== INDEX)
        .sort(),
    );
    expect(readFileSync(path.join(RENDERER, 'main.tsx'), 'utf8')).toMatch(/import '\.\/styles\/index\.css';/);
  });

  it('keep the base first, so a widget’s or a view’s rule wins over the base rule it refines', () => {
    const first = /@import '([^']+)';/.exec(readFileSync(INDEX, 'utf8'))?.[1];
    expect(first).toBe('./base.css');
  });
});
