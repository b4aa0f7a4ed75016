/**
 * The part of the browser's localStorage the phone uses, as a type of its own so that the pure
 * modules (and their tests under Node) need no DOM. A phone in private browsing may refuse to
 * write; `persistent()` turns that into "kept for this page only" instead of an exception.
 */
export type KeyValue = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

/** A KeyValue over `storage` that never throws: a refused write is kept in memory as well. */
export function persistent(storage: KeyValue | null): KeyValue {
  const memory = new Map<string, string>();
  return {
    getItem(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        storage?.setItem(key, value);
        memory.delete(key);
      } catch {
        memory.set(key, value);
      }
      if (!storage) memory.set(key, value);
    },
    removeItem(key) {
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to undo: the key is gone from memory, and storage that refuses has nothing new.
      }
    },
  };
}

/** Parses stored JSON, or null when the value is missing or not JSON (a phone's storage is not ours alone). */
export function readJson(store: KeyValue, key: string): unknown {
  const text = store.getItem(key);
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
