import { persistent } from '../logic/key-value.ts';

/** This page's localStorage (the room's origin, port included), or memory only where the browser refuses it. */
function local() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export const kv = persistent(local());
