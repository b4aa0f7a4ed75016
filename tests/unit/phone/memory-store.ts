import type { KeyValue } from '../../../renderer/phone/logic/key-value.ts';

/** localStorage's contract over a Map, for the phone's pure modules under Node. */
export function memoryStore(
  entries: Record<string, string> = {},
): KeyValue & { readonly map: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
  };
}
