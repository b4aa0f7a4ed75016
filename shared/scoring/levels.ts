import { atLeast, roundForDisplay } from './numbers.ts';

/** Readiness levels from lowest to highest. */
export const LEVELS = ['Not ready', 'Emerging', 'Building', 'Ready'] as const;

export type Level = (typeof LEVELS)[number];

/**
 * The percent each level starts at (docs/spec/scoring.md, "Readiness level"): the one table
 * the scoring, the report's level scale and its rounding note all read.
 */
export const LEVEL_STARTS: Readonly<Record<Level, number>> = {
  'Not ready': 0,
  Emerging: 40,
  Building: 60,
  Ready: 80,
};

/** The level a percent (index or one dimension) has on its own (docs/spec/scoring.md, "Readiness level"). */
export function levelOf(percent: number): Level {
  for (let i = LEVELS.length - 1; i > 0; i--) {
    const level = LEVELS[i]!;
    if (atLeast(percent, LEVEL_STARTS[level])) return level;
  }
  return 'Not ready';
}

/** The level one step above this one, with the percent it starts at; null above the top level. */
export function nextLevel(level: Level): { readonly level: Level; readonly from: number } | null {
  const next = LEVELS[rank(level) + 1];
  return next === undefined ? null : { level: next, from: LEVEL_STARTS[next] };
}

function rank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** This many present failure signs or more hold the level at Emerging at most (docs/spec/scoring.md, "Readiness level"). */
export const MANY_PRESENT_SIGNS = 3;

export type CapRule = 'weakest-link' | 'severe-sign' | 'present-signs';

/** A cap that lowered the level (docs/spec/scoring.md, "Readiness level"), with its reason. */
export type Cap = {
  readonly rule: CapRule;
  readonly reason: string;
  readonly to: Level;
};

/** What the caps look at: the weakest sufficient dimension and the failure signs. */
export type CapInputs = {
  readonly weakest: { readonly name: string; readonly percent: number } | null;
  readonly severeSigns: readonly string[];
  readonly presentSigns: readonly string[];
};

/**
 * Applies the three caps in order, each to the level left by the ones before it, and
 * reports a cap exactly when it lowers the level at the moment it is applied.
 */
export function applyCaps(fromIndex: Level, inputs: CapInputs): { level: Level; caps: Cap[] } {
  let level = fromIndex;
  const caps: Cap[] = [];
  const cap = (ceiling: Level, rule: Cap['rule'], reason: string): void => {
    if (rank(level) > rank(ceiling)) {
      level = ceiling;
      caps.push({ rule, reason, to: ceiling });
    }
  };

  if (inputs.weakest) {
    const own = levelOf(inputs.weakest.percent);
    const ceiling = LEVELS[Math.min(rank(own) + 1, LEVELS.length - 1)] ?? own;
    cap(
      ceiling,
      'weakest-link',
      `${inputs.weakest.name} scores ${roundForDisplay(inputs.weakest.percent)} % (${own}); ` +
        `the overall level may be at most one step above the weakest dimension.`,
    );
  }
  if (inputs.severeSigns.length > 0) {
    cap(
      'Building',
      'severe-sign',
      `Severe failure sign: ${inputs.severeSigns.join('; ')}. A severe sign holds the level at Building at most.`,
    );
  }
  if (inputs.presentSigns.length >= MANY_PRESENT_SIGNS) {
    cap(
      'Emerging',
      'present-signs',
      `${inputs.presentSigns.length} failure signs are present (${inputs.presentSigns.join('; ')}). ` +
        `Three or more hold the level at Emerging at most.`,
    );
  }
  return { level, caps };
}
