import type { Section } from '../../shared/instrument/sections.ts';

/** One answer as the test expects it in the responses table. */
export type Expected = { value: number | null; note: string };

/**
 * What the scoring sheet should do with a sequence of keys, written out independently of the
 * renderer (docs/spec/product.md, "Blind scoring"): a digit on the item's scale answers it and moves on,
 * N answers "Not sure" and moves on, other digits do nothing, arrows move, and nothing moves
 * past the last item. The end-to-end test presses the keys and compares the database with this.
 */
export class ScoringModel {
  private readonly items: { id: string; min: number; max: number }[];
  private at = 0;
  readonly answers = new Map<string, Expected>();

  constructor(sections: readonly Section[]) {
    this.items = sections.flatMap((s) =>
      s.items.map((item) => ({ id: item.id, min: s.scale.min, max: s.scale.max })),
    );
  }

  get current(): string {
    return this.items[this.at]!.id;
  }

  get isLast(): boolean {
    return this.at === this.items.length - 1;
  }

  press(key: string): void {
    const item = this.items[this.at]!;
    if (/^\d$/.test(key)) {
      const value = Number(key);
      if (value < item.min || value > item.max) return;
      this.answers.set(item.id, { value, note: this.answers.get(item.id)?.note ?? '' });
      this.forward();
    } else if (key === 'n' || key === 'N') {
      this.answers.set(item.id, { value: null, note: this.answers.get(item.id)?.note ?? '' });
      this.forward();
    } else if (key === 'ArrowRight' || key === 'ArrowDown' || key === 'Enter') this.forward();
    else if (key === 'ArrowLeft' || key === 'ArrowUp') this.at = Math.max(0, this.at - 1);
    else throw new Error(`the model does not know the key ${key}`);
  }

  private forward(): void {
    this.at = Math.min(this.items.length - 1, this.at + 1);
  }
}
