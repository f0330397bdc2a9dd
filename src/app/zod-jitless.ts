/**
 * zod's fast path probes `new Function`, which the gateway's CSP (no 'unsafe-eval') refuses and reports.
 * zod keeps its settings in `globalThis.__zod_globalConfig` and adopts an object already there, so this
 * sets `jitless` there, before zod is loaded, without importing zod into the first route (it would add
 * ~3.5 KB gzip to it). Imported by main.tsx before anything else; zod-jitless.test.ts checks that zod
 * reads it, and e2e/gateway.spec.ts that no eval is attempted under the CSP.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
// The same object zod holds when it is already loaded (a test set-up), the one it will adopt otherwise.
holder.__zod_globalConfig ??= {};
holder.__zod_globalConfig.jitless = true;

export {};
