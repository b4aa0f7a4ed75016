/** How often a screen that watches the room asks again: about once a second (loopback or IPC, cheap). */
export const ROOM_POLL_MS = 1000;

/**
 * Calls `ask` now and then every `everyMs` until the returned function is called. A call that
 * is still under way when the next one is due is not doubled: on a slow machine the screen
 * falls behind by a tick instead of piling up requests.
 */
export function poll(ask: () => Promise<unknown>, everyMs = ROOM_POLL_MS): () => void {
  let stopped = false;
  let inFlight = false;
  const tick = () => {
    if (stopped || inFlight) return;
    inFlight = true;
    void ask().finally(() => {
      inFlight = false;
    });
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
