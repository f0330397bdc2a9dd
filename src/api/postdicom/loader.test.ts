import { faults } from '@mocks/faults';
import { server } from '@mocks/node';
import { POSTDICOM_MOCK_KEYS } from '@mocks/postdicom/config';
import { uninstallPostDicomMock } from '@mocks/postdicom/install';
import { SimulatedPostDicomCloudApi } from '@mocks/postdicom/library';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { freshPostDicom } from '../../test/postdicom.test-helpers';
import { TimeoutError, VendorError } from '../errors';
import { initializePostDicom } from './account';
import { configurePostDicomTimeouts } from './client';
import { PostDicomLibraryLoadError } from './errors';
import { configurePostDicomLoader, loadPostDicomLibrary } from './loader';

/** What the vendor's script would define: records the keys it was given. */
class LiveLibrary extends SimulatedPostDicomCloudApi {
  static lastKeys: [string, string] | null = null;
  constructor(apiKey: string, accountKey: string) {
    super(apiKey, accountKey);
    LiveLibrary.lastKeys = [apiKey, accountKey];
  }
}

function serveConfig(libraryUrl = 'https://cdn.example.test/PostDicomCloudApi.js') {
  server.use(
    http.get('*/api/postdicom/config', () =>
      HttpResponse.json({ apiKey: 'api-key-1', accountKey: 'account-key-1', libraryUrl }),
    ),
  );
}

/** The script the loader injects, once it is there: waits for the DOM change, not for a fixed time. */
async function injectedScript(): Promise<HTMLScriptElement> {
  const find = () => document.head.querySelector<HTMLScriptElement>('script[data-postdicom-library]');
  return (
    find() ??
    new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const script = find();
        if (!script) return;
        observer.disconnect();
        resolve(script);
      });
      observer.observe(document.head, { childList: true });
    })
  );
}

afterEach(() => {
  for (const script of document.head.querySelectorAll('script[data-postdicom-library]')) script.remove();
  freshPostDicom();
});

describe('loader', () => {
  it('uses a global that is already defined (the mock installs the simulation) without injecting a script', async () => {
    freshPostDicom();
    const api = await loadPostDicomLibrary();
    expect(api).toBeInstanceOf(SimulatedPostDicomCloudApi);
    expect(document.head.querySelector('script[data-postdicom-library]')).toBeNull();
  });

  it('takes the keys from the server config in mock mode too: the loader has no mock-only path', async () => {
    freshPostDicom();
    globalThis.postDicomCloudApi = LiveLibrary;
    await loadPostDicomLibrary();
    expect(LiveLibrary.lastKeys).toEqual([POSTDICOM_MOCK_KEYS.apiKey, POSTDICOM_MOCK_KEYS.accountKey]);
  });

  it('live: fetches the keys, injects the script once, waits for the global and constructs it with the keys', async () => {
    freshPostDicom();
    uninstallPostDicomMock();
    serveConfig();
    const loading = initializePostDicom();
    const script = await injectedScript();
    expect(script.src).toBe('https://cdn.example.test/PostDicomCloudApi.js');
    globalThis.postDicomCloudApi = LiveLibrary;
    script.dispatchEvent(new Event('load'));
    const account = await loading;
    expect(account.InstitutionList).toHaveLength(2);
    expect(LiveLibrary.lastKeys).toEqual(['api-key-1', 'account-key-1']);
    expect(document.head.querySelectorAll('script[data-postdicom-library]')).toHaveLength(1);
  });

  it('live: uses the configured library URL when the server gives none', async () => {
    freshPostDicom();
    uninstallPostDicomMock();
    configurePostDicomLoader({ libraryUrl: 'https://static.example.test/pd.js' });
    serveConfig('');
    const loading = loadPostDicomLibrary();
    const script = await injectedScript();
    expect(script.src).toBe('https://static.example.test/pd.js');
    globalThis.postDicomCloudApi = LiveLibrary;
    script.dispatchEvent(new Event('load'));
    await expect(loading).resolves.toBeInstanceOf(LiveLibrary);
  });

  it('live: a script that fails to load is a PostDicomLibraryLoadError, and the next call tries again', async () => {
    freshPostDicom();
    uninstallPostDicomMock();
    serveConfig();
    const loading = loadPostDicomLibrary();
    (await injectedScript()).dispatchEvent(new Event('error'));
    const error = await loading.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostDicomLibraryLoadError);
    expect(error).toMatchObject({ reason: 'script-error', endpoint: 'loadLibrary' });
    expect(document.head.querySelector('script[data-postdicom-library]')).toBeNull();
  });

  it('live: a script that loads without defining the global is a PostDicomLibraryLoadError', async () => {
    freshPostDicom();
    uninstallPostDicomMock();
    serveConfig();
    const loading = loadPostDicomLibrary();
    (await injectedScript()).dispatchEvent(new Event('load'));
    await expect(loading).rejects.toMatchObject({ reason: 'global-missing' });
  });

  it('live: a script that never loads ends in a TimeoutError', async () => {
    freshPostDicom();
    uninstallPostDicomMock();
    configurePostDicomLoader({ loadTimeoutMs: 50 });
    serveConfig();
    const error = await loadPostDicomLibrary().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ endpoint: 'loadLibrary', timeoutMs: 50 });
  });

  it('live: a server without PostDICOM keys answers 503, a VendorError', async () => {
    freshPostDicom();
    uninstallPostDicomMock();
    server.use(
      http.get('*/api/postdicom/config', () =>
        HttpResponse.json(
          { Success: false, Message: 'PostDICOM is not configured on this server.' },
          { status: 503 },
        ),
      ),
    );
    const error = await loadPostDicomLibrary().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect(error).toMatchObject({
      status: 503,
      vendorMessage: 'PostDICOM is not configured on this server.',
    });
  });
});

describe('callbacks that never come', () => {
  it('end in a TimeoutError after the configured time', async () => {
    freshPostDicom();
    configurePostDicomTimeouts({ call: 60 });
    faults.set({ failure: 'hang', vendor: 'postdicom' });
    const error = await initializePostDicom().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ vendor: 'postdicom', endpoint: 'Initialize', timeoutMs: 60 });
  });
});
