import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { setGatewaySession } from '@/api/gateway/session-state';
import { resetPostDicomSession } from '@/api/postdicom/client';
import { endScanSession } from '@/api/scan/client';
import { i18n } from '@/i18n';
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

// The files of one worker share a jsdom and their modules (vitest.config.ts: `isolate: false`, which saves
// about two seconds per file). Each file still starts from the same clean slate, whichever files ran
// before it in that worker: empty storage, real timers, the mock stores as seeded, the mock
// clock following `Date`, no Scan.com, gateway or PostDICOM session, and English.
beforeAll(async () => {
  vi.useRealTimers();
  localStorage.clear();
  sessionStorage.clear();
  mockControl.reset();
  mockControl.clock.freeze(null);
  endScanSession();
  setGatewaySession(null, false);
  resetPostDicomSession();
  if (i18n.isInitialized && i18n.language !== 'en') await i18n.changeLanguage('en');
  // Relative URLs (`/api/...`) resolve against jsdom's location.
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  mockControl.reset();
});
afterAll(() => server.close());
