/**
 * Puts an element on the whole screen where the browser allows it (the Fullscreen API needs a
 * click or key press just before, and a desktop shell may refuse it); resolves to false where
 * it does not, and the caller's full-window overlay stays as it is.
 */
export async function enterFullscreen(element: HTMLElement): Promise<boolean> {
  if (!document.fullscreenEnabled || typeof element.requestFullscreen !== 'function') return false;
  try {
    await element.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

/** Leaves full screen if this element holds it. */
export function leaveFullscreen(element: HTMLElement | null): void {
  if (element && document.fullscreenElement === element) void document.exitFullscreen().catch(() => {});
}
