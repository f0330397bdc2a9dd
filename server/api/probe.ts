import type { GatewayContext } from '../context';
import { sendUpstream, UpstreamError } from '../proxy/upstream';
import { proxiedVendors } from '../proxy/vendors';

/**
 * "Check now" in Admin: a GET of each configured vendor's base URL, without credentials. Any HTTP
 * answer means reachable; the latency is recorded like real traffic's.
 */
export async function probeVendors(ctx: GatewayContext): Promise<void> {
  await Promise.all(
    proxiedVendors.map(async (vendor) => {
      const base = ctx.config.vendors[vendor].baseUrl;
      if (!base) return;
      const started = performance.now();
      try {
        const res = await sendUpstream({
          url: new URL(`${base}/`),
          method: 'GET',
          headers: { 'user-agent': 'front-office-console-gateway (probe)' },
          timeoutMs: Math.min(ctx.config.upstreamTimeoutMs, 5_000),
        });
        res.resume();
        ctx.status.answered(
          vendor,
          res.statusCode === 429 || (res.statusCode ?? 500) >= 500 ? (res.statusCode ?? 500) : 200,
          performance.now() - started,
        );
      } catch (error) {
        ctx.status.failed(
          vendor,
          error instanceof UpstreamError && error.kind === 'timeout' ? 'timeout' : 'connection failed',
        );
      }
    }),
  );
}
