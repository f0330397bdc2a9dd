import * as client from 'openid-client';

/**
 * The hospital's identity provider, through openid-client (authorization code flow with PKCE, state and
 * nonce). Discovery happens on first use and is retried until it works, so the gateway can start before
 * the provider does.
 */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  /** http:// issuers are refused unless this is set (the local provider of tests and `npm start`). */
  allowInsecure: boolean;
}

export interface LoginChecks {
  state: string;
  nonce: string;
  verifier: string;
}

export interface SignedIn {
  claims: Record<string, unknown>;
  idToken: string | null;
}

export class OidcClient {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(private readonly settings: OidcSettings) {}

  private config(): Promise<client.Configuration> {
    if (!this.configuration) {
      const options: client.DiscoveryRequestOptions = this.settings.allowInsecure
        ? { execute: [client.allowInsecureRequests] }
        : {};
      const auth = this.settings.clientSecret
        ? client.ClientSecretBasic(this.settings.clientSecret)
        : client.None();
      this.configuration = client.discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        undefined,
        auth,
        options,
      );
      this.configuration.catch(() => {
        this.configuration = null;
      });
    }
    return this.configuration;
  }

  async start(redirectUri: string): Promise<{ url: URL; checks: LoginChecks }> {
    const config = await this.config();
    const checks: LoginChecks = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid profile email roles',
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(checks.verifier),
      code_challenge_method: 'S256',
      // Every sign-in asks for credentials again: after an idle or absolute timeout, a still-open session
      // at the identity provider must not let the next person at the desk straight back in.
      prompt: 'login',
    });
    return { url, checks };
  }

  async finish(currentUrl: URL, checks: LoginChecks): Promise<SignedIn> {
    const config = await this.config();
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: checks.verifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims: Record<string, unknown> = { ...(tokens.claims() ?? {}) };
    if (tokens.access_token && typeof claims.sub === 'string') {
      // Roles and names may live only in userinfo.
      try {
        const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        Object.assign(claims, info);
      } catch {
        // The ID token's claims are enough when userinfo is not offered.
      }
    }
    return { claims, idToken: tokens.id_token ?? null };
  }

  async endSessionUrl(idToken: string | null, postLogoutRedirectUri: string): Promise<string | null> {
    try {
      const config = await this.config();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client
        .buildEndSessionUrl(config, {
          post_logout_redirect_uri: postLogoutRedirectUri,
          ...(idToken ? { id_token_hint: idToken } : {}),
        })
        .toString();
    } catch {
      return null;
    }
  }
}
