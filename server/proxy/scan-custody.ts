import { z } from 'zod';
import type { Clock } from '../clock';
import type { Sealer } from '../crypto/sealer';
import type { Db } from '../db/database';

/**
 * Scan.com's tokens, held by the gateway per staff member, sealed at rest, never sent to the browser.
 * Scan.com shows a referral only to the user who created it, so each staff member keeps one Scan.com user
 * across sign-ins, reloads and gateway restarts. A refresh is single-flight per staff member: however many
 * requests need one at once, one refresh call is made; a refresh is never sent twice with the same token.
 */
export const SCAN_REFRESH_MARGIN_MS = 5 * 60_000;
/** What the browser gets instead of a token: the console's code keeps working, and holds nothing. */
export const HELD_BY_GATEWAY = 'held-by-gateway';

export const scanTokensSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.number().positive(),
});
export const scanEnvelopeSchema = z.object({ success: z.boolean(), data: z.unknown().optional() });

interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

export class ScanSessionLost extends Error {
  override readonly name = 'ScanSessionLost';
}

export type ScanPost = (path: string, json: unknown) => Promise<{ status: number; body: unknown }>;

export class ScanCustody {
  private readonly inFlight = new Map<string, Promise<Tokens>>();

  constructor(
    private readonly db: Db,
    private readonly sealer: Sealer,
    private readonly clock: Clock,
    private readonly post: ScanPost,
    private readonly refreshPath: string,
  ) {}

  private async load(subject: string): Promise<Tokens | null> {
    const row = await this.db
      .selectFrom('scan_users')
      .selectAll()
      .where('subject', '=', subject)
      .executeTakeFirst();
    return row ? (JSON.parse(this.sealer.open(row.tokens_sealed)) as Tokens) : null;
  }

  private async save(subject: string, tokens: Tokens, refreshed: boolean): Promise<void> {
    const now = new Date(this.clock.now());
    const values = {
      tokens_sealed: this.sealer.seal(JSON.stringify(tokens)),
      expires_at: new Date(tokens.expiresAt),
      refreshed_at: refreshed ? now : null,
    };
    await this.db
      .insertInto('scan_users')
      .values({ subject, created_at: now, ...values })
      .onConflict((oc) => oc.column('subject').doUpdateSet(values))
      .execute();
  }

  fromWire(data: z.infer<typeof scanTokensSchema>): Tokens {
    return {
      accessToken: data.access_token,
      refreshToken: data.refresh_token,
      expiresAt: this.clock.now() + data.expires_in * 1000,
    };
  }

  async hasUser(subject: string): Promise<{ expiresInSeconds: number } | null> {
    const tokens = await this.load(subject);
    return tokens
      ? { expiresInSeconds: Math.max(1, Math.round((tokens.expiresAt - this.clock.now()) / 1000)) }
      : null;
  }

  /** Keeps the tokens Scan.com answered to `POST /api/v1/users`. */
  async adopt(subject: string, data: z.infer<typeof scanTokensSchema>): Promise<void> {
    this.inFlight.delete(subject);
    await this.save(subject, this.fromWire(data), false);
  }

  /** The access token to send now (refreshed first when it is about to expire); null without a user. */
  async accessToken(subject: string): Promise<string | null> {
    const pending = this.inFlight.get(subject);
    if (pending) return (await pending).accessToken;
    const tokens = await this.load(subject);
    if (!tokens) return null;
    if (tokens.expiresAt - this.clock.now() < SCAN_REFRESH_MARGIN_MS)
      return (await this.refresh(subject, tokens)).accessToken;
    return tokens.accessToken;
  }

  /** After Scan.com refused `used` with 401: refresh, unless another request already did. */
  async afterUnauthorized(subject: string, used: string): Promise<string> {
    const pending = this.inFlight.get(subject);
    if (pending) return (await pending).accessToken;
    const tokens = await this.load(subject);
    if (!tokens) throw new ScanSessionLost('No Scan.com user for this staff member.');
    if (tokens.accessToken !== used) return tokens.accessToken;
    return (await this.refresh(subject, tokens)).accessToken;
  }

  private refresh(subject: string, current: Tokens): Promise<Tokens> {
    const existing = this.inFlight.get(subject);
    if (existing) return existing;
    const promise = (async () => {
      const answer = await this.post(this.refreshPath, { refresh_token: current.refreshToken });
      const envelope = scanEnvelopeSchema.safeParse(answer.body);
      const data =
        envelope.success && envelope.data.success ? scanTokensSchema.safeParse(envelope.data.data) : null;
      if (answer.status >= 200 && answer.status < 300 && data?.success) {
        const next = this.fromWire(data.data);
        await this.save(subject, next, true);
        return next;
      }
      if (answer.status === 401 || answer.status === 403) {
        throw new ScanSessionLost(
          'Scan.com refused the refresh token: this staff member’s Scan.com session has ended.',
        );
      }
      throw new Error(`Scan.com refresh failed (HTTP ${answer.status}).`);
    })();
    this.inFlight.set(subject, promise);
    void promise.then(
      () => this.inFlight.get(subject) === promise && this.inFlight.delete(subject),
      () => this.inFlight.get(subject) === promise && this.inFlight.delete(subject),
    );
    return promise;
  }
}
