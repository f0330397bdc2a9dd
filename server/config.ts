import { z } from 'zod';

/**
 * The gateway's configuration, read once from the environment (see `.env.example`). Every secret stays on
 * the server: none of these names starts with `VITE_`, so none can reach the browser bundle.
 */
export type Env = Record<string, string | undefined>;

const optional = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));
const url = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const text = value?.trim();
    if (!text) return undefined;
    try {
      return new URL(text).toString().replace(/\/+$/, '');
    } catch {
      ctx.addIssue({ code: 'custom', message: `not a URL: ${text}` });
      return z.NEVER;
    }
  });
const positive = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return fallback;
      const number = Number(value);
      if (!Number.isFinite(number) || number <= 0) {
        ctx.addIssue({ code: 'custom', message: `must be a positive number, got ${value}` });
        return z.NEVER;
      }
      return number;
    });

const schema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** The address users type, e.g. https://console.hospital.example (OIDC redirect, webhook endpoints). */
  PUBLIC_URL: url,
  /** Addresses (IPs or CIDRs, comma-separated) of the TLS proxy in front; only they may set X-Forwarded-*. */
  TRUST_PROXY: optional,
  DIST_DIR: z.string().default('dist'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  /** postgres://… for a real PostgreSQL server; otherwise the embedded PGlite in PGLITE_DIR. */
  DATABASE_URL: optional,
  /** A folder, or `memory://` (tests). */
  PGLITE_DIR: z.string().default('.data/pglite'),
  /** 32 bytes or more (hex or Base64): encrypts tokens and payloads at rest, signs sessions. */
  GATEWAY_SECRET: optional,

  EDEN_BASE_URL: url,
  EDEN_AUTHORIZATION: optional,
  SOLO_BASE_URL: url,
  SOLO_API_KEY: optional,
  SOLO_CONTEXT_LINK_SECRET: optional,
  SOLO_LINK_BASE_URL: url,
  SCAN_BASE_URL: url,
  SCAN_CLIENT_ID: optional,
  SCAN_CLIENT_SECRET: optional,
  IMPILO_BASE_URL: url,
  IMPILO_API_KEY: optional,
  /** A delivery secret configured with Impilo by hand (secrets answered by `POST /webhook` are kept too). */
  IMPILO_WEBHOOK_SECRET: optional,
  POSTDICOM_LIBRARY_URL: url,
  POSTDICOM_API_KEY: optional,
  POSTDICOM_ACCOUNT_KEY: optional,
  /** Origins of the vendors' viewers the console may frame or call (space-separated). */
  CSP_VIEWER_ORIGINS: optional,

  OIDC_ISSUER: url,
  OIDC_CLIENT_ID: optional,
  OIDC_CLIENT_SECRET: optional,
  /** The ID-token / userinfo claim holding the staff roles (front-desk, scheduler, admin). */
  OIDC_ROLES_CLAIM: z.string().default('roles'),

  /** Server-side idle timeout; defaults to the console's idle lock. */
  SESSION_IDLE_MINUTES: positive(Number.NaN),
  VITE_IDLE_LOCK_MINUTES: positive(15),
  SESSION_MAX_HOURS: positive(12),
  UPSTREAM_TIMEOUT_MS: positive(30_000),
  RATE_LIMIT_PER_MINUTE: positive(600),
  /** `fake` when `npm start` runs the fake vendors beside the gateway: shown in Admin. */
  VENDOR_MODE: z.enum(['live', 'fake']).default('live'),
});

export type VendorWithBase = 'eden' | 'solo' | 'scan' | 'impilo';

export interface GatewayConfig {
  host: string;
  port: number;
  publicUrl: string | undefined;
  trustProxy: string[] | false;
  distDir: string;
  logLevel: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };
  secret: string | undefined;
  vendors: Record<VendorWithBase, { baseUrl: string | undefined }>;
  /** The raw variables the credential rules read (build/vendor-proxy.ts takes the same names). */
  credentials: Env;
  solo: { contextLinkSecret: string | undefined; linkBaseUrl: string };
  impilo: { webhookSecret: string | undefined };
  postdicom: { libraryUrl: string; apiKey: string | undefined; accountKey: string | undefined };
  viewerOrigins: string[];
  oidc: {
    issuer: string | undefined;
    clientId: string | undefined;
    clientSecret: string | undefined;
    rolesClaim: string;
  };
  session: { idleMs: number; absoluteMs: number };
  upstreamTimeoutMs: number;
  rateLimitPerMinute: number;
  vendorMode: 'live' | 'fake';
}

/** The vendor's published script (src/api/postdicom/loader.ts uses the same default). */
export const POSTDICOM_DEFAULT_LIBRARY_URL =
  'https://www.postdicom.com/cloud-api/PostDicomCloudApi.min.v10.8.js';
export const SOLO_DEFAULT_LINK_BASE_URL = 'https://demo.visitnow.org';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: Env = process.env): GatewayConfig {
  // An empty variable (`PORT=` in a copied .env.example) means "not set".
  const given = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const idleMinutes = Number.isNaN(e.SESSION_IDLE_MINUTES)
    ? e.VITE_IDLE_LOCK_MINUTES
    : e.SESSION_IDLE_MINUTES;
  const libraryUrl = e.POSTDICOM_LIBRARY_URL ?? POSTDICOM_DEFAULT_LIBRARY_URL;
  const linkBase = e.SOLO_LINK_BASE_URL ?? SOLO_DEFAULT_LINK_BASE_URL;
  const viewerOrigins = e.CSP_VIEWER_ORIGINS
    ? e.CSP_VIEWER_ORIGINS.split(/\s+/).filter(Boolean)
    : [new URL(libraryUrl).origin, new URL(linkBase).origin];
  for (const origin of viewerOrigins) {
    if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin)) {
      throw new ConfigError(`CSP_VIEWER_ORIGINS: "${origin}" must be an exact https origin (no wildcard).`);
    }
  }
  return {
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL,
    trustProxy: e.TRUST_PROXY
      ? e.TRUST_PROXY.split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : false,
    distDir: e.DIST_DIR,
    logLevel: e.LOG_LEVEL,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dir: e.PGLITE_DIR },
    secret: e.GATEWAY_SECRET,
    vendors: {
      eden: { baseUrl: e.EDEN_BASE_URL },
      solo: { baseUrl: e.SOLO_BASE_URL },
      scan: { baseUrl: e.SCAN_BASE_URL },
      impilo: { baseUrl: e.IMPILO_BASE_URL },
    },
    credentials: {
      EDEN_AUTHORIZATION: e.EDEN_AUTHORIZATION,
      SOLO_API_KEY: e.SOLO_API_KEY,
      SCAN_CLIENT_ID: e.SCAN_CLIENT_ID,
      SCAN_CLIENT_SECRET: e.SCAN_CLIENT_SECRET,
      IMPILO_API_KEY: e.IMPILO_API_KEY,
    },
    solo: { contextLinkSecret: e.SOLO_CONTEXT_LINK_SECRET, linkBaseUrl: linkBase },
    impilo: { webhookSecret: e.IMPILO_WEBHOOK_SECRET },
    postdicom: { libraryUrl, apiKey: e.POSTDICOM_API_KEY, accountKey: e.POSTDICOM_ACCOUNT_KEY },
    viewerOrigins,
    oidc: {
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      rolesClaim: e.OIDC_ROLES_CLAIM,
    },
    session: { idleMs: idleMinutes * 60_000, absoluteMs: e.SESSION_MAX_HOURS * 3_600_000 },
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    vendorMode: e.VENDOR_MODE,
  };
}

/** Every credential value, so that tests and the log redactor can prove none leaks. */
export function secretValues(config: GatewayConfig): string[] {
  return [
    ...Object.values(config.credentials),
    config.secret,
    config.solo.contextLinkSecret,
    config.impilo.webhookSecret,
    config.postdicom.apiKey,
    config.postdicom.accountKey,
    config.oidc.clientSecret,
  ].filter((value): value is string => typeof value === 'string' && value.length > 0);
}
