import type { Rect } from './window-bounds.ts';

/** The part of Electron's Display that choosing the projector's needs. */
export type ProjectorDisplay = { readonly id: number; readonly bounds: Rect; readonly workArea: Rect };

/** Where the projector window goes, and whether it fills that display. */
export type ProjectorPlacement = { readonly bounds: Rect; readonly fullScreen: boolean };

/** The size of the projector window when there is no second display: a window beside the app's. */
export const PROJECTOR_WINDOW_SIZE = { width: 1280, height: 720 } as const;

/**
 * The display for the projector (docs/spec/room.md, "Projector view"): the external one when
 * there is one (the largest, when a laptop drives two), filled edge to edge; else a window on
 * the primary display, centred in its work area, that the facilitator can drag where it helps.
 */
export function projectorPlacement(
  displays: readonly ProjectorDisplay[],
  primary: ProjectorDisplay,
): ProjectorPlacement {
  const external = displays
    .filter((d) => d.id !== primary.id)
    .sort((a, b) => b.bounds.width * b.bounds.height - a.bounds.width * a.bounds.height)[0];
  if (external) return { bounds: external.bounds, fullScreen: true };
  const area = primary.workArea;
  const width = Math.min(PROJECTOR_WINDOW_SIZE.width, area.width);
  const height = Math.min(PROJECTOR_WINDOW_SIZE.height, area.height);
  return {
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    },
    fullScreen: false,
  };
}
