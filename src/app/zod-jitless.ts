import { config } from 'zod/v4/core';

/**
 * zod's fast path probes `new Function`, which the gateway's CSP (no 'unsafe-eval') refuses and reports.
 * Its own module, imported by main.tsx before anything else: imports are evaluated in order, so no module
 * can parse (and probe) at load time before this has run.
 */
config({ jitless: true });
