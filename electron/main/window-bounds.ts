/** A rectangle in screen coordinates, as Electron's Rectangle. */
export type Rect = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

/** The part of Electron's Display that placing a window needs: the area outside task bars and docks. */
export type DisplayLike = { readonly workArea: Rect };

/** The window's minimum size (window-options.ts); remembered bounds never go below it. */
export type SizeLimits = { readonly minWidth: number; readonly minHeight: number };

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Whether a person could grab the window there: at least 120 × 40 px of its title bar (its top
 * 40 px) on the display. Less, and it could not be dragged back.
 */
function titleBarVisible(bounds: Rect, area: Rect): boolean {
  return overlap({ ...bounds, height: 40 }, area) >= 120 * 40;
}

/**
 * Places remembered bounds on a display that exists now: on the display they overlap most, if
 * enough of them shows there, else centred on the primary display (a monitor was unplugged,
 * the resolution changed). The size is shrunk to fit the work area but not below the window's
 * minimum, and the window is moved so that it lies wholly inside the work area.
 */
export function clampToDisplays(
  bounds: Rect,
  displays: readonly DisplayLike[],
  limits: SizeLimits,
  primary: DisplayLike | undefined = displays[0],
): Rect {
  if (!primary) return bounds;
  let best: DisplayLike | undefined;
  let bestOverlap = 0;
  for (const display of displays) {
    const area = overlap(bounds, display.workArea);
    if (area > bestOverlap) {
      best = display;
      bestOverlap = area;
    }
  }
  const onScreen = best && titleBarVisible(bounds, best.workArea) ? best : undefined;
  const area = (onScreen ?? primary).workArea;
  const width = Math.max(Math.min(bounds.width, area.width), Math.min(limits.minWidth, area.width));
  const height = Math.max(Math.min(bounds.height, area.height), Math.min(limits.minHeight, area.height));
  if (!onScreen) {
    return {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
    };
  }
  return {
    x: Math.min(Math.max(bounds.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(bounds.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}
