import type { FastifyReply, FastifyRequest } from 'fastify';
import { safeEqual } from '../crypto/sealer';
import { hasRole, type StaffRole } from './roles';
import type { Session } from './sessions';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member's session, resolved by the session hook (null: none). */
    staffSession: Session | null;
    /** Why there is no session when the cookie named one. */
    sessionEnded: 'idle' | 'absolute' | 'unknown' | null;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function signedOut(request: FastifyRequest, reply: FastifyReply) {
  return (
    reply
      .code(401)
      .header('Cache-Control', 'no-store')
      // The console's gateway mode (src/api/gateway/session.ts) sends the tab to sign-in on this header.
      .header('X-Console-Session', 'ended')
      .send({ error: 'signed-out', reason: request.sessionEnded ?? 'none', signIn: '/auth/login' })
  );
}

/**
 * A preHandler: the request needs a signed-in staff member (with one of `roles`, when given; admin passes
 * every check). Writes also need the CSRF token of the session in `X-CSRF-Token` and a same-origin
 * request (Origin and Sec-Fetch-Site, when the browser sends them).
 */
export function requireStaff(options: {
  roles?: StaffRole[];
  expectedOrigin: (request: FastifyRequest) => string;
}) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const session = request.staffSession;
    if (!session) return signedOut(request, reply);
    if (options.roles && !hasRole(session.staff, ...options.roles)) {
      request.log.warn({ subject: session.staff.subject, need: options.roles }, 'role refused');
      return reply
        .code(403)
        .header('Cache-Control', 'no-store')
        .send({ error: 'forbidden', need: options.roles });
    }
    if (unsafeMethods.has(request.method)) {
      const problem = csrfProblem(request, session, options.expectedOrigin(request));
      if (problem) {
        request.log.warn({ subject: session.staff.subject, problem }, 'csrf refused');
        return reply.code(403).header('Cache-Control', 'no-store').send({ error: 'csrf', problem });
      }
    }
    return undefined;
  };
}

export function csrfProblem(
  request: FastifyRequest,
  session: Session,
  expectedOrigin: string,
): string | null {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin') return 'cross-site request';
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== expectedOrigin) return 'foreign origin';
  const token = request.headers['x-csrf-token'];
  if (typeof token !== 'string' || !safeEqual(token, session.csrfToken)) return 'missing or wrong CSRF token';
  return null;
}
