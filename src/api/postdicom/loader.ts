import { z } from 'zod';
import { TimeoutError } from '../errors';
import { createVendorClient } from '../http';
import { postDicomEndpoints } from './endpoints';
import { PostDicomLibraryLoadError, postDicomFailureSchema } from './errors';
import { POSTDICOM_GLOBAL, type PostDicomCloudApi, type PostDicomCloudApiConstructor } from './library';

/**
 * Loads the vendor's library lazily, on the first adapter call:
 * 1. `GET /api/postdicom/config` gives `{ apiKey, accountKey, libraryUrl }` from the server's environment
 *    (the dev/preview proxy now, the gateway later);
 * 2. if the global `postDicomCloudApi` is already there (the page already has the script), it is used;
 *    otherwise a `<script>` with `libraryUrl` is injected and we wait for the global;
 * 3. `new postDicomCloudApi(apiKey, accountKey)`, as the vendor's page says. `Initialize` is called by
 *    ./client.ts before any other method.
 * The keys are only held in this module's memory: never in the bundle, browser storage or a URL. Nothing here
 * knows about mock mode: the mock (mocks/postdicom) defines the global and answers the config itself.
 */

/** The vendor's published URL, used when the server's config gives none. */
export const POSTDICOM_LIBRARY_URL = 'https://www.postdicom.com/cloud-api/PostDicomCloudApi.min.v10.8.js';
export const POSTDICOM_LOAD_TIMEOUT_MS = 15_000;

export const postDicomConfigSchema = z.object({
  apiKey: z.string().min(1),
  accountKey: z.string().min(1),
  /** May be empty: then `POSTDICOM_LIBRARY_URL` or the configured one is used. */
  libraryUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
});
export type PostDicomConfig = z.infer<typeof postDicomConfigSchema>;

interface LoaderSettings {
  /** Used when `/api/postdicom/config` gives no `libraryUrl`. */
  libraryUrl: string;
  loadTimeoutMs: number;
}
const settings: LoaderSettings = {
  libraryUrl: POSTDICOM_LIBRARY_URL,
  loadTimeoutMs: POSTDICOM_LOAD_TIMEOUT_MS,
};

export function configurePostDicomLoader(patch: Partial<LoaderSettings>): void {
  Object.assign(settings, patch);
}

const configClient = createVendorClient({
  vendor: 'postdicom',
  parseError: (status, body) => {
    const parsed = postDicomFailureSchema.safeParse(body);
    return { message: (parsed.success ? parsed.data.Message : undefined) ?? `HTTP ${status}` };
  },
});

export function fetchPostDicomConfig(): Promise<PostDicomConfig> {
  return configClient.request({
    ...postDicomEndpoints.config.at(),
    schema: postDicomConfigSchema,
    timeoutMs: settings.loadTimeoutMs,
  });
}

function currentGlobal(): PostDicomCloudApiConstructor | undefined {
  const value = (globalThis as Record<string, unknown>)[POSTDICOM_GLOBAL];
  return typeof value === 'function' ? (value as PostDicomCloudApiConstructor) : undefined;
}

/** Injects the vendor's script and waits for its global; typed errors on failure, load error or timeout. */
export function injectPostDicomLibraryScript(
  url: string,
  timeoutMs = settings.loadTimeoutMs,
): Promise<PostDicomCloudApiConstructor> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.type = 'text/javascript';
    script.dataset.postdicomLibrary = 'true';
    const cleanup = (removeScript: boolean) => {
      clearTimeout(timer);
      script.removeEventListener('load', onLoad);
      script.removeEventListener('error', onError);
      if (removeScript) script.remove(); // so that a later attempt injects it again
    };
    const onLoad = () => {
      const ctor = currentGlobal();
      cleanup(!ctor);
      if (ctor) resolve(ctor);
      else reject(new PostDicomLibraryLoadError('global-missing', url));
    };
    const onError = (event: Event) => {
      cleanup(true);
      reject(new PostDicomLibraryLoadError('script-error', url, event));
    };
    const timer = setTimeout(() => {
      cleanup(true);
      reject(new TimeoutError('postdicom', 'loadLibrary', timeoutMs));
    }, timeoutMs);
    script.addEventListener('load', onLoad);
    script.addEventListener('error', onError);
    document.head.append(script);
  });
}

async function load(): Promise<PostDicomCloudApi> {
  const config = await fetchPostDicomConfig();
  const ctor =
    currentGlobal() ?? (await injectPostDicomLibraryScript(config.libraryUrl || settings.libraryUrl));
  return new ctor(config.apiKey, config.accountKey);
}

let instance: Promise<PostDicomCloudApi> | null = null;

/** The library object, created once (a failed load is retried by the next call). */
export function loadPostDicomLibrary(): Promise<PostDicomCloudApi> {
  if (!instance) {
    instance = load();
    instance.catch(() => {
      instance = null;
    });
  }
  return instance;
}

/** Forgets the library object (tests; after the keys were rotated). */
export function resetPostDicomLibrary(): void {
  instance = null;
}
