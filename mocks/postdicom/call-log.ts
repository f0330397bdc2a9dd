import { postDicomMethods } from '@/api/postdicom/endpoints';
import type { PostDicomMethod } from '@/api/postdicom/library';
import { defineStore } from '../store';

/**
 * Every library method the console called, in order, since the mock was last reset: so QA and the tests can
 * prove what was (and was not) asked for, e.g. that no view link is fetched before the user clicks.
 */
const log = defineStore<PostDicomMethod[]>('postdicom-calls', () => []);

/** How many times `method` was called (every method when none is given). */
export function postDicomCallCount(method?: PostDicomMethod | string): number {
  const calls = log.get();
  return method ? calls.filter((called) => called === method).length : calls.length;
}

// biome-ignore lint/suspicious/noExplicitAny: TypeScript's mixin pattern requires `any[]` here
type Constructor = new (...args: any[]) => object;

/** The simulated library, with every documented method recording its call before it runs. */
export function withPostDicomCallLog<T extends Constructor>(Api: T): T {
  const Logged = class extends Api {};
  for (const method of Object.keys(postDicomMethods) as PostDicomMethod[]) {
    const original = (Api.prototype as Record<string, unknown>)[method];
    if (typeof original !== 'function') continue;
    Object.defineProperty(Logged.prototype, method, {
      configurable: true,
      writable: true,
      value(this: object, ...args: unknown[]) {
        log.get().push(method);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      },
    });
  }
  return Logged;
}
