import * as z from 'zod/mini';
import { type GatewaySession, requestGatewaySession, setGatewaySession } from './session-state';

export type { GatewaySession } from './session-state';
export { gatewaySession, gatewaySessionMalformed } from './session-state';

/**
 * Gateway mode: the production build served by the console's gateway (server/). At boot, live builds ask
 * `GET /api/gateway/session`:
 * - 200: the gateway is there and staff are signed in. Every same-origin write then carries the session's
 *   CSRF token (`X-CSRF-Token`), and an answer saying the server ended the session (idle or absolute
 *   timeout) sends the tab to sign-in, coming back to the same page (typed drafts are kept, encrypted);
 * - 401: signed out: off to sign-in;
 * - anything else (404 from `vite preview`'s proxy): no gateway, nothing changes.
 * Scan.com needs no switch: behind the gateway the browser's Scan.com module receives placeholder tokens
 * and the gateway adds the staff member's real ones (server/proxy/scan-custody.ts).
 */
// The wire contract; the type lives with the state (session-state.ts, no zod), and must match it. zod's
// mini build: the session is read before the first paint, and the full build (~25 KB gzip, evaluated at
// boot) is needed only once the vendor modules load, after it.
const gatewaySessionSchema: z.ZodMiniType<GatewaySession> = z.object({
  staff: z.object({
    name: z.string().check(z.minLength(1)),
    email: z.nullable(z.string()),
    roles: z.array(z.enum(['front-desk', 'scheduler', 'admin'])),
  }),
  csrfToken: z.string().check(z.minLength(1)),
  idleTimeoutMs: z.number().check(z.positive()),
  expiresAt: z.iso.datetime({ offset: true }),
  mode: z.enum(['live', 'fake']),
});

/** Pure: the session in a gateway's answer, or null when the answer is not one (exported for tests). */
export function parseGatewaySession(body: unknown): GatewaySession | null {
  const parsed = gatewaySessionSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The tab leaves the console once: the first departure takes it. A request answered 401 just after a
 * sign-out (the worklist's refresh, say) would otherwise start a second navigation, to sign-in, and abort
 * the sign-out's own (exported for tests).
 */
export function createDeparture(): { take: () => boolean } {
  let taken = false;
  return {
    take: () => {
      if (taken) return false;
      taken = true;
      return true;
    },
  };
}

const departure = createDeparture();

function signInAgain(): void {
  if (!departure.take()) return;
  const returnTo = `${window.location.pathname}${window.location.search}`;
  window.location.assign(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
}

/** Pure: the headers a request needs added in gateway mode (exported for tests). */
export function gatewayHeadersFor(
  url: URL,
  method: string,
  origin: string,
  csrfToken: string,
): Record<string, string> {
  return url.origin === origin && unsafe.has(method.toUpperCase()) ? { 'X-CSRF-Token': csrfToken } : {};
}

function installFetch(csrfToken: string): void {
  const original = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : null;
    const url = new URL(request ? request.url : String(input), window.location.href);
    const method = init?.method ?? request?.method ?? 'GET';
    const extra = gatewayHeadersFor(url, method, window.location.origin, csrfToken);
    let response: Response;
    if (Object.keys(extra).length === 0) response = await original(input, init);
    else {
      const headers = new Headers(init?.headers ?? request?.headers);
      for (const [name, value] of Object.entries(extra)) headers.set(name, value);
      response = await original(input, { ...init, headers });
    }
    if (response.status === 401 && response.headers.get('X-Console-Session') === 'ended') signInAgain();
    return response;
  };
}

/** `answer`: the session request, when the caller already sent it (see main.tsx); else it is sent here. */
export async function startGatewayMode(
  answer: Promise<Response> = requestGatewaySession(),
): Promise<GatewaySession | null> {
  let response: Response;
  try {
    response = await answer;
  } catch {
    return null;
  }
  if (response.status === 401) {
    signInAgain();
    return null;
  }
  if (!response.ok || !response.headers.get('Content-Type')?.includes('json')) return null;
  const session = parseGatewaySession(await response.json().catch(() => null));
  // A gateway is there but its answer is not a session: say so in the shell rather than guess a token.
  setGatewaySession(session, session === null);
  if (session) installFetch(session.csrfToken);
  return session;
}

/** Signs out on the server, then at the identity provider when it offers that. */
export async function signOutOfGateway(): Promise<void> {
  if (!departure.take()) return;
  const response = await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin' }).catch(
    () => null,
  );
  const body =
    response?.ok === true
      ? ((await response.json().catch(() => ({}))) as { endSessionUrl?: string | null })
      : { endSessionUrl: null };
  setGatewaySession(null, false);
  window.location.assign(body.endSessionUrl ?? '/auth/signed-out');
}
