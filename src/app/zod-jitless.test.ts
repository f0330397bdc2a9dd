// @vitest-environment node
import { expect, it } from 'vitest';

it('zod reads the jitless setting made without importing it', async () => {
  await import('./zod-jitless');
  const { config } = await import('zod/v4/core');
  expect(config().jitless).toBe(true);
});
