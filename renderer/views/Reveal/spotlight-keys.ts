/** What a key does in the spotlight. */
export type SpotlightCommand = 'next' | 'previous' | 'first' | 'last' | 'leave';

/**
 * Maps a key to a spotlight command: arrows, Space and Shift+Space, Page Down and Page Up (what
 * a presenter's clicker sends), Home and End, Escape to go back to the overview. Keys with
 * Ctrl, Alt or Cmd are left to the browser and the app.
 */
export function spotlightCommand(key: string, shift: boolean, modifiers: boolean): SpotlightCommand | null {
  if (modifiers) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
      return shift ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}
