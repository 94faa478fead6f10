/** A minimal external store: what React's useSyncExternalStore, Svelte's store contract and Vue refs build on. */
export interface Store<T> {
  getState(): T;
  /** Calls `listener` after every change with the new state; returns the unsubscribe function. */
  subscribe(listener: (state: T) => void): () => void;
}

export interface WritableStore<T> extends Store<T> {
  /** Replaces the state with `update(previous)`; listeners run only when the result is a different object. */
  update(update: (previous: T) => T): void;
}

export function createStore<T>(initial: T): WritableStore<T> {
  let state = initial;
  const listeners = new Set<(state: T) => void>();
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    update(update) {
      const next = update(state);
      if (Object.is(next, state)) return;
      state = next;
      // A copy: a listener may unsubscribe itself while we iterate.
      for (const listener of [...listeners]) listener(state);
    },
  };
}
