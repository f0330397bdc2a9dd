import type { Clock } from '../clock';

/**
 * What Admin's integrations page shows per vendor: reachable or not, the last error, the latency of recent
 * calls (median and 95th percentile of the last 100), counted from real traffic and from probes.
 */
export type StatusVendor = 'eden' | 'solo' | 'scan' | 'impilo' | 'postdicom';

export interface VendorStatus {
  vendor: StatusVendor;
  configured: boolean;
  reachable: boolean | null;
  lastCallAt: string | null;
  lastError: { at: string; message: string; status: number | null } | null;
  latencyMs: { median: number; p95: number } | null;
  calls: number;
}

const WINDOW = 100;

export class IntegrationStatus {
  private readonly state = new Map<StatusVendor, { samples: number[]; status: VendorStatus }>();

  constructor(
    private readonly clock: Clock,
    configured: Record<StatusVendor, boolean>,
  ) {
    for (const [vendor, isConfigured] of Object.entries(configured) as [StatusVendor, boolean][]) {
      this.state.set(vendor, {
        samples: [],
        status: {
          vendor,
          configured: isConfigured,
          reachable: null,
          lastCallAt: null,
          lastError: null,
          latencyMs: null,
          calls: 0,
        },
      });
    }
  }

  /** An answer came back (any HTTP status): the vendor is reachable. 5xx and 429 count as errors. */
  answered(vendor: StatusVendor, status: number, ms: number): void {
    const entry = this.state.get(vendor);
    if (!entry) return;
    const now = new Date(this.clock.now()).toISOString();
    entry.samples.push(ms);
    if (entry.samples.length > WINDOW) entry.samples.shift();
    const sorted = [...entry.samples].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    entry.status = {
      ...entry.status,
      reachable: true,
      lastCallAt: now,
      calls: entry.status.calls + 1,
      latencyMs: { median: Math.round(at(0.5)), p95: Math.round(at(0.95)) },
      lastError:
        status >= 500 || status === 429
          ? { at: now, message: `HTTP ${status}`, status }
          : entry.status.lastError,
    };
  }

  /** No answer: a timeout or a connection error. */
  failed(vendor: StatusVendor, message: string): void {
    const entry = this.state.get(vendor);
    if (!entry) return;
    const now = new Date(this.clock.now()).toISOString();
    entry.status = {
      ...entry.status,
      reachable: false,
      lastCallAt: now,
      calls: entry.status.calls + 1,
      lastError: { at: now, message, status: null },
    };
  }

  all(): VendorStatus[] {
    return [...this.state.values()].map((entry) => entry.status);
  }
}
