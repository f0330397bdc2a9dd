import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';
import type { StaffRole } from '../auth/roles';

/**
 * A real OpenID Connect provider (oidc-provider) for tests and `npm start`, with seeded staff users and a
 * plain sign-in form. Never for production: the hospital's own identity provider takes its place there
 * (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET).
 */
export interface SeededUser {
  username: string;
  password: string;
  name: string;
  email: string;
  roles: StaffRole[];
}

export const seededUsers: SeededUser[] = [
  {
    username: 'frontdesk',
    password: 'frontdesk-pass',
    name: 'Rosa Front Desk',
    email: 'frontdesk@hospital.test',
    roles: ['front-desk'],
  },
  {
    username: 'scheduler',
    password: 'scheduler-pass',
    name: 'Sam Scheduler',
    email: 'scheduler@hospital.test',
    roles: ['scheduler'],
  },
  {
    username: 'admin',
    password: 'admin-pass',
    name: 'Ada Admin',
    email: 'admin@hospital.test',
    roles: ['admin'],
  },
  // Signs in, but has no role in the console: the gateway refuses it.
  {
    username: 'visitor',
    password: 'visitor-pass',
    name: 'Val Visitor',
    email: 'visitor@hospital.test',
    roles: [],
  },
];

export const LOCAL_CLIENT_ID = 'front-office-console';

export interface LocalIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers the gateway's origin (its redirect and post-logout URIs); call once the gateway listens. */
  trust(gatewayOrigin: string): void;
  close(): Promise<void>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(res: ServerResponse, status: number, title: string, body: string) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  // No form-action: Chromium applies it to every redirect after the form's POST (provider → gateway).
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  );
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem"><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
  );
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startIdentityProvider(
  options: { port?: number; users?: SeededUser[] } = {},
): Promise<LocalIdentityProvider> {
  const users = options.users ?? seededUsers;
  const clientSecret = randomBytes(24).toString('base64url');
  // A signing key of its own for each run (oidc-provider's built-in key is for quick starts only).
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  let provider: Provider | null = null;
  const server = http.createServer((req, res) => {
    if (!provider) {
      res.statusCode = 503;
      res.end('not ready');
      return;
    }
    const url = new URL(req.url ?? '/', issuer);
    const interaction = /^\/interaction\/([^/]+)(\/login)?$/.exec(url.pathname);
    if (interaction) {
      void handleInteraction(provider, req, res, Boolean(interaction[2])).catch((error: Error) =>
        page(res, 400, 'Sign-in failed', `<p>${escapeHtml(error.message)}</p>`),
      );
      return;
    }
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handleInteraction(
    p: Provider,
    req: IncomingMessage,
    res: ServerResponse,
    isLoginPost: boolean,
  ) {
    const details = await p.interactionDetails(req, res);
    if (isLoginPost && req.method === 'POST') {
      const form = await readForm(req);
      const user = users.find(
        (u) => u.username === form.get('username') && u.password === form.get('password'),
      );
      if (!user) return loginForm(res, details.uid, 'Wrong user name or password.');
      await p.interactionFinished(
        req,
        res,
        { login: { accountId: user.username } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    if (details.prompt.name === 'login') return loginForm(res, details.uid, null);
    // Consent: the console is the hospital's own application, so the grant is given without asking.
    const accountId = details.session?.accountId;
    if (!accountId) throw new Error('No signed-in account.');
    const grant = new p.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    const grantId = await grant.save();
    await p.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  function loginForm(res: ServerResponse, uid: string, error: string | null) {
    page(
      res,
      error ? 401 : 200,
      'Hospital sign-in (local test provider)',
      `${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<p><label>User name <input name="username" autocomplete="username" required autofocus></label></p>
<p><label>Password <input name="password" type="password" autocomplete="current-password" required></label></p>
<p><button type="submit">Sign in</button></p></form>`,
    );
  }

  return {
    issuer,
    clientId: LOCAL_CLIENT_ID,
    clientSecret,
    trust(gatewayOrigin) {
      const configuration: Configuration = {
        clients: [
          {
            client_id: LOCAL_CLIENT_ID,
            client_secret: clientSecret,
            redirect_uris: [`${gatewayOrigin}/auth/callback`],
            post_logout_redirect_uris: [`${gatewayOrigin}/auth/signed-out`],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        pkce: { required: () => true },
        scopes: ['openid', 'profile', 'email', 'roles'],
        claims: {
          openid: ['sub'],
          profile: ['name', 'preferred_username'],
          email: ['email'],
          roles: ['roles'],
        },
        findAccount: async (_ctx, id) => {
          const user = users.find((u) => u.username === id);
          if (!user) return undefined;
          return {
            accountId: id,
            claims: async () => ({
              sub: id,
              name: user.name,
              preferred_username: id,
              email: user.email,
              roles: user.roles,
            }),
          };
        },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
        cookies: { keys: [randomBytes(32).toString('base64url')] },
        jwks: { keys: [{ ...signingKey, use: 'sig', kid: 'local-1', alg: 'RS256' }] },
        conformIdTokenClaims: false,
        renderError: async (ctx, out) => {
          ctx.type = 'html';
          ctx.body = `<!doctype html><title>Sign-in error</title><h1>Sign-in error</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p>`;
        },
      };
      provider = new Provider(issuer, configuration);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
