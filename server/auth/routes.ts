import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { GatewayContext } from '../context';
import { isSecure } from '../http/security-headers';
import { requireStaff, signedOut } from './guards';
import type { LoginChecks, OidcClient } from './oidc';
import { rolesFromClaim, type Staff } from './roles';

export const SESSION_COOKIE = 'console_session';
/** `__Host-` pins the cookie to this host, path / and Secure: only possible over TLS. */
export const SECURE_SESSION_COOKIE = '__Host-console_session';
const LOGIN_COOKIE = 'console_login';
const LOGIN_TTL_MS = 10 * 60_000;

export function sessionCookieName(request: FastifyRequest): string {
  return isSecure(request) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/** Only a path of this site: never `//host`, `/\host` or an absolute URL. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !/^\/(?![/\\])[^\s]*$/.test(value) || value.startsWith('/auth/'))
    return '/';
  return value;
}

const loginStateSchema = z.object({
  state: z.string(),
  nonce: z.string(),
  verifier: z.string(),
  returnTo: z.string(),
  at: z.number(),
});

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A tiny page of the gateway's own (no script: the CSP allows none inline). */
export function plainPage(title: string, body: string, refreshTo?: string): string {
  const refresh = refreshTo ? `<meta http-equiv="refresh" content="0;url=${escapeHtml(refreshTo)}">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${refresh}<title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

export function registerAuthRoutes(app: FastifyInstance, ctx: GatewayContext, oidc: OidcClient | null): void {
  const { config, sessions, clock, sealer } = ctx;
  const origin = (request: FastifyRequest) => config.publicUrl ?? `${request.protocol}://${request.host}`;

  // Every request: resolve the session from its cookie. Only requests that are work count as activity
  // (not the session probe nor the event stream), so the idle timeout matches the console's idle lock.
  app.decorateRequest('staffSession', null);
  app.decorateRequest('sessionEnded', null);
  app.addHook('onRequest', async (request, reply) => {
    const value = request.cookies[sessionCookieName(request)];
    if (!value) return;
    const path = request.url.split('?')[0] ?? '';
    const passive =
      path === '/api/gateway/session' || path === '/api/gateway/events' || path.startsWith('/assets/');
    const found = await sessions.resume(value, { touch: !passive });
    if ('session' in found) request.staffSession = found.session;
    else {
      request.sessionEnded = found.ended;
      reply.clearCookie(sessionCookieName(request), { path: '/' });
      request.log.info({ reason: found.ended }, 'session ended');
    }
  });

  const redirectUri = (request: FastifyRequest) => `${origin(request)}/auth/callback`;

  app.get('/auth/login', async (request, reply) => {
    if (!oidc)
      return reply
        .code(503)
        .type('text/html')
        .send(plainPage('Sign-in is not configured', '<p>Set OIDC_ISSUER and OIDC_CLIENT_ID.</p>'));
    const returnTo = safeReturnTo((request.query as Record<string, unknown>).returnTo);
    let started: { url: URL; checks: LoginChecks };
    try {
      started = await oidc.start(redirectUri(request));
    } catch (error) {
      request.log.error({ err: { message: (error as Error).message } }, 'identity provider unreachable');
      return reply
        .code(503)
        .type('text/html')
        .send(
          plainPage(
            'Sign-in is unavailable',
            '<p>The hospital’s sign-in service does not answer. Try again in a minute.</p>',
          ),
        );
    }
    const state = sealer.seal(JSON.stringify({ ...started.checks, returnTo, at: clock.now() }));
    // Lax, not Strict: it must come back with the identity provider's (cross-site) redirect.
    reply.setCookie(LOGIN_COOKIE, state, {
      path: '/auth/',
      httpOnly: true,
      sameSite: 'lax',
      secure: isSecure(request),
      maxAge: LOGIN_TTL_MS / 1000,
    });
    return reply.header('Cache-Control', 'no-store').redirect(started.url.toString(), 302);
  });

  app.get('/auth/callback', async (request, reply) => {
    const failed = (message: string, status = 400) =>
      reply
        .code(status)
        .header('Cache-Control', 'no-store')
        .type('text/html')
        .send(plainPage('Sign-in failed', `<p>${message}</p><p><a href="/auth/login">Sign in again</a></p>`));
    if (!oidc) return failed('Sign-in is not configured.', 503);
    const raw = request.cookies[LOGIN_COOKIE];
    reply.clearCookie(LOGIN_COOKIE, { path: '/auth/' });
    let login: z.infer<typeof loginStateSchema>;
    try {
      login = loginStateSchema.parse(JSON.parse(sealer.open(raw ?? '')));
    } catch {
      return failed('The sign-in took too long or was started elsewhere.');
    }
    if (clock.now() - login.at > LOGIN_TTL_MS) return failed('The sign-in took too long.');
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    let claims: Record<string, unknown>;
    let idToken: string | null;
    try {
      ({ claims, idToken } = await oidc.finish(new URL(`${redirectUri(request)}${query}`), login));
    } catch (error) {
      request.log.warn({ err: { message: (error as Error).message } }, 'sign-in refused');
      return failed('The identity provider did not confirm the sign-in.');
    }
    const roles = rolesFromClaim(claims[config.oidc.rolesClaim]);
    const subject = String(claims.sub ?? '');
    if (!subject) return failed('The identity provider sent no subject.');
    if (roles.length === 0) {
      request.log.warn({ subject }, 'sign-in without a console role');
      return failed(
        'Your account has no role in the console (front desk, scheduler or admin). Ask an administrator.',
        403,
      );
    }
    const staff: Staff = {
      subject,
      name: String(claims.name ?? claims.preferred_username ?? subject),
      email: typeof claims.email === 'string' ? claims.email : null,
      roles,
    };
    const { cookieValue } = await sessions.create(staff, idToken);
    reply.setCookie(sessionCookieName(request), cookieValue, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: isSecure(request),
    });
    request.log.info({ subject, roles }, 'signed in');
    // A page of our own that moves on: the Strict cookie is only sent once the navigation starts on this site.
    return reply
      .header('Cache-Control', 'no-store')
      .type('text/html')
      .send(
        plainPage(
          'Signed in',
          `<p><a href="${login.returnTo}">Continue to the console</a></p>`,
          login.returnTo,
        ),
      );
  });

  const signOut = async (request: FastifyRequest, reply: FastifyReply) => {
    const session = request.staffSession;
    if (session) {
      await sessions.destroy(session.idHash);
      request.log.info({ subject: session.staff.subject }, 'signed out');
    }
    reply.clearCookie(sessionCookieName(request), { path: '/' });
    const endSession = oidc
      ? await oidc.endSessionUrl(session?.idToken ?? null, `${origin(request)}/auth/signed-out`)
      : null;
    return reply.header('Cache-Control', 'no-store').send({ signedOut: true, endSessionUrl: endSession });
  };
  app.post('/auth/logout', { preHandler: requireStaff({ expectedOrigin: origin }) }, signOut);

  app.get('/auth/signed-out', async (_request, reply) =>
    reply
      .type('text/html')
      .send(
        plainPage(
          'Signed out',
          '<p>You are signed out of the console.</p><p><a href="/auth/login">Sign in</a></p>',
        ),
      ),
  );

  app.get('/api/gateway/session', async (request, reply) => {
    const session = request.staffSession;
    reply.header('Cache-Control', 'no-store');
    if (!session) return signedOut(request, reply);
    return {
      staff: { name: session.staff.name, email: session.staff.email, roles: session.staff.roles },
      csrfToken: session.csrfToken,
      idleTimeoutMs: sessions.limits.idleMs,
      expiresAt: new Date(session.createdAt + sessions.limits.absoluteMs).toISOString(),
      mode: config.vendorMode,
    };
  });
}
