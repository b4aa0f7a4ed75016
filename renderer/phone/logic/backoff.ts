/**
 * How long to wait before the next reconnection attempt: 0.5 s, doubling to at most 5 s, with
 * a fifth of jitter either way so that thirty phones that lost the Wi-Fi together do not all
 * knock on the laptop in the same instant. `random` is Math.random in the page.
 */
export const FIRST_DELAY_MS = 500;
export const MAX_DELAY_MS = 5_000;
const JITTER = 0.2;

export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempt), MAX_DELAY_MS);
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}
