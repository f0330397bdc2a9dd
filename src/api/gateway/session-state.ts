/**
 * The gateway session of this tab, as `startGatewayMode` (session.ts, loaded at boot) found it. Its own
 * module without zod, so the shell can read it on the first route without the schema library.
 */
export interface GatewaySession {
  staff: { name: string; email: string | null; roles: ('front-desk' | 'scheduler' | 'admin')[] };
  csrfToken: string;
  idleTimeoutMs: number;
  expiresAt: string;
  mode: 'live' | 'fake';
}

let session: GatewaySession | null = null;
let malformed = false;

/** The signed-in staff member behind the gateway; null without a gateway (mock mode, dev proxy). */
export function gatewaySession(): GatewaySession | null {
  return session;
}

/** True when the gateway answered the session request with something that is not a session. */
export function gatewaySessionMalformed(): boolean {
  return malformed;
}

/** Set by session.ts only. */
export function setGatewaySession(next: GatewaySession | null, answerWasMalformed: boolean): void {
  session = next;
  malformed = answerWasMalformed;
}

/**
 * Asks the gateway for this tab's session: boot sends it before session.ts (and its zod schema) has loaded.
 * index.html preloads the same request (vite.config.ts): no custom header, or the browser would not hand the
 * preloaded answer over and would ask a second time.
 */
export function requestGatewaySession(): Promise<Response> {
  return fetch('/api/gateway/session', { credentials: 'same-origin' });
}
