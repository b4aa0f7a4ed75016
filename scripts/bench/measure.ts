/** Median and 99th percentile of a set of timings, in milliseconds. */
export type Timing = { readonly median: number; readonly p99: number; readonly samples: number };

/** Nearest-rank percentile of sorted values: p99 of 300 samples is the 297th, not an interpolation. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

/** The p-th percentile (nearest rank) of raw values, such as the p95 of tap-to-tick times. */
export function percentileOf(samples: readonly number[], p: number): number {
  return percentile(
    [...samples].sort((a, b) => a - b),
    p,
  );
}

/** Summarizes raw timings; the median resists the odd slow run, p99 shows it. */
export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p99: percentile(sorted, 99), samples: sorted.length };
}

/** Collects garbage before a measurement when Node runs with --expose-gc, so one phase does not pay for another. */
export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Times `run` `samples` times after `warmup` untimed runs (JIT, statement cache, page cache).
 * Each sample times one call, so the median and p99 are of single calls.
 */
export async function time(
  samples: number,
  run: (i: number) => unknown,
  warmup = Math.min(20, samples),
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await run(i);
  settle();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return summarize(times);
}

/**
 * Times several operations turn about, rotating which goes first, so a measurement and its
 * baseline see the same machine (a busy neighbour, a slow disk moment) instead of taking turns
 * at it one block after the other. Returns one Timing per operation, in the order given.
 */
export async function interleaved(
  samples: number,
  runs: readonly ((i: number) => unknown)[],
  warmup = Math.min(20, samples),
): Promise<Timing[]> {
  const times = runs.map((): number[] => []);
  for (let i = 0; i < warmup + samples; i++) {
    if (i === warmup) settle();
    for (let k = 0; k < runs.length; k++) {
      const which = (i + k) % runs.length;
      const start = performance.now();
      await runs[which]?.(i);
      const elapsed = performance.now() - start;
      if (i >= warmup) times[which]?.push(elapsed);
    }
  }
  return times.map(summarize);
}

/** A duration for a table: microseconds below a millisecond, milliseconds above. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 100) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(0)} ms`;
}

/** A ratio against a baseline, with the aim it is held to when there is one. */
export function formatRatio(ratio: number, aim?: number): string {
  const text = `${ratio.toFixed(2)}×`;
  if (aim === undefined) return text;
  return `${text} ${ratio <= aim ? 'ok' : 'OVER'} (aim ≤ ${aim}×)`;
}

/** Lays rows out as a plain-text table with a header and aligned columns. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** One measured figure, for `npm run bench -- --json`: what, how much, and the aim it is held to. */
export type Figure = {
  readonly bench: string;
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms' | 'bytes' | 'ratio' | 'count';
  /** The figure must stay at or below this; absent when the figure has no aim. */
  readonly aim?: number;
  /** What a ratio is measured against, in the same run. */
  readonly baseline?: string;
};

const figures: Figure[] = [];
let currentBench = '';

/** Names the benchmark whose figures are recorded from now on. */
export function beginBench(name: string): void {
  currentBench = name;
}

/** Records a figure beside the printed line that shows it; returns the value for inline use. */
export function record(
  name: string,
  value: number,
  unit: Figure['unit'],
  extra: Pick<Figure, 'aim' | 'baseline'> = {},
): number {
  figures.push({ bench: currentBench, name, value, unit, ...extra });
  return value;
}

/** Every figure recorded so far, in the order measured. */
export function recordedFigures(): readonly Figure[] {
  return figures;
}
