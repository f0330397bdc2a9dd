import { describe, expect, it } from 'vitest';
import { failedChunkUrl, retryChunkUrl } from './failed-chunk';

const origin = 'http://127.0.0.1:4173';

describe('failedChunkUrl', () => {
  it('reads the address from Chromium, Firefox and Safari messages', () => {
    expect(
      failedChunkUrl(
        new TypeError(
          `Failed to fetch dynamically imported module: ${origin}/assets/NewOrderPage-Ca9ieI0U.js`,
        ),
        origin,
      ),
    ).toBe(`${origin}/assets/NewOrderPage-Ca9ieI0U.js`);
    expect(
      failedChunkUrl(
        new TypeError(`error loading dynamically imported module: ${origin}/assets/a-1.js`),
        origin,
      ),
    ).toBe(`${origin}/assets/a-1.js`);
    expect(failedChunkUrl(new TypeError('Importing a module script failed.'), origin)).toBeNull();
  });

  it('takes a path relative to the origin, and ignores another origin', () => {
    expect(failedChunkUrl(new Error('Failed to load /assets/x-2.js'), origin)).toBe(
      `${origin}/assets/x-2.js`,
    );
    expect(failedChunkUrl(new Error('Failed: https://cdn.example.com/lib.js'), origin)).toBeNull();
    expect(failedChunkUrl('nothing here', origin)).toBeNull();
    expect(failedChunkUrl(undefined, origin)).toBeNull();
  });
});

describe('retryChunkUrl', () => {
  it('gives each attempt its own address, replacing an earlier retry', () => {
    expect(retryChunkUrl(`${origin}/assets/a-1.js`, 1)).toBe(`${origin}/assets/a-1.js?retry=1`);
    expect(retryChunkUrl(`${origin}/assets/a-1.js?retry=1`, 2)).toBe(`${origin}/assets/a-1.js?retry=2`);
  });
});
