import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockControl } from '../../mocks/control';
import { server } from '../../mocks/node';

// jsdom brings its own Blob, File and FormData, which Node's fetch (used through msw) cannot read:
// a jsdom File in a FormData is sent as the text "[object File]". Use Node's own classes instead.
const nodeFormData = (await new Response(new URLSearchParams('a=1')).formData())
  .constructor as typeof FormData;
Object.assign(globalThis, { Blob: NodeBlob, File: NodeFile, FormData: nodeFormData });

// `waitFor`/`findBy*` wait for a condition, not for a deadline: the default 1 s is a timing margin that a
// busy 2-core machine misses (a hook test then fails with the request still on its way). The limit only
// bounds a test that can never pass; vitest's own testTimeout stays the outer bound.
configure({ asyncUtilTimeout: 30_000 });

// Relative URLs (`/api/...`) resolve against jsdom's location.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  mockControl.reset();
});
afterAll(() => server.close());
