/**
 * The seeded, stateful in-memory store of the mock back ends. Each vendor defines its slice with
 * `defineStore`; a slice is seeded lazily on first use and reset (re-seeded identically) by `resetStores`.
 */
interface Slice {
  reset(): void;
}

const slices = new Map<string, Slice>();

export interface Store<T> {
  /** The slice's current state (seeded on first access). */
  get(): T;
  reset(): void;
}

export function defineStore<T>(name: string, seed: () => T): Store<T> {
  let state: T | undefined;
  const store: Store<T> = {
    get() {
      if (state === undefined) state = seed();
      return state;
    },
    reset() {
      state = undefined;
    },
  };
  if (slices.has(name)) throw new Error(`Mock store "${name}" is defined twice.`);
  slices.set(name, store);
  return store;
}

/** Back to the seeded state, for every vendor. */
export function resetStores(): void {
  for (const slice of slices.values()) slice.reset();
}
