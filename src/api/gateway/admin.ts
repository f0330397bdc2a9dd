import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { gatewaySession } from './session-state';

/**
 * The gateway's own API for Admin (`/api/gateway/*`, server/api/routes.ts): integrations, the audit log,
 * the webhook delivery log and the server-side settings. Every answer is validated. These exist only
 * behind the gateway: `hasGateway()` says whether the console runs there (mock mode and the dev proxy
 * have no server of their own).
 */
export class GatewayApiError extends Error {
  override readonly name = 'GatewayApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const hasGateway = (): boolean => gatewaySession() !== null;
/** Behind the gateway, whether the signed-in staff member may use Admin (the gateway checks it too). */
export const isGatewayAdmin = (): boolean => gatewaySession()?.staff.roles.includes('admin') ?? false;
const canAsk = () => hasGateway() && isGatewayAdmin();

async function call<S extends z.ZodType>(
  path: string,
  schema: S,
  init: RequestInit = {},
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...init.headers,
      },
    });
  } catch {
    throw new GatewayApiError(0, 'network');
  }
  if (!response.ok) throw new GatewayApiError(response.status, `HTTP ${response.status}`);
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new GatewayApiError(response.status, 'contract');
  return parsed.data;
}

const vendorStatusSchema = z.object({
  vendor: z.enum(['eden', 'solo', 'scan', 'impilo', 'postdicom']),
  configured: z.boolean(),
  reachable: z.boolean().nullable(),
  lastCallAt: z.string().nullable(),
  lastError: z.object({ at: z.string(), message: z.string(), status: z.number().nullable() }).nullable(),
  latencyMs: z.object({ median: z.number(), p95: z.number() }).nullable(),
  calls: z.number(),
});
export const integrationsSchema = z.object({
  mode: z.enum(['live', 'fake']),
  database: z.enum(['pglite', 'postgres']),
  vendors: z.array(vendorStatusSchema),
});
export type GatewayIntegrations = z.infer<typeof integrationsSchema>;

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  actor_name: z.string().nullable(),
  roles: z.array(z.string()),
  vendor: z.string(),
  endpoint: z.string(),
  patient_key: z.string().nullable(),
  outcome: z.string(),
  status: z.number().nullable(),
  duration_ms: z.number().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export interface AuditFilters {
  actor?: string;
  patientKey?: string;
  vendor?: string;
  /** ISO dates (YYYY-MM-DD), `to` exclusive of the next day. */
  from?: string;
  to?: string;
}

export const deliverySchema = z.object({
  id: z.number(),
  vendor: z.string(),
  receivedAt: z.string(),
  eventType: z.string(),
  webhookId: z.string().nullable(),
  subject: z.string().nullable(),
  dedupeKey: z.string(),
  payload: z.unknown(),
});
export const refusalSchema = z.object({
  id: z.number(),
  vendor: z.string(),
  at: z.string(),
  reason: z.string(),
  source_ip: z.string().nullable(),
});
export const deliveryLogSchema = z.object({
  deliveries: z.array(deliverySchema),
  refusals: z.array(refusalSchema),
});
export type WebhookDelivery = z.infer<typeof deliverySchema>;

export const settingsSchema = z.object({
  facilityZones: z.record(z.string(), z.string()),
  idleLockMinutes: z.number().int(),
  updatedAt: z.string().nullable().optional(),
  updatedBy: z.string().nullable().optional(),
});
export type GatewaySettings = z.infer<typeof settingsSchema>;

export const gatewayKeys = {
  all: ['gateway'] as const,
  integrations: () => [...gatewayKeys.all, 'integrations'] as const,
  audit: (filters: AuditFilters) => [...gatewayKeys.all, 'audit', filters] as const,
  deliveries: (vendor: string | null) => [...gatewayKeys.all, 'deliveries', vendor] as const,
  settings: () => [...gatewayKeys.all, 'settings'] as const,
};

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const gatewayIntegrationsQuery = () =>
  queryOptions({
    queryKey: gatewayKeys.integrations(),
    queryFn: () => call('/api/gateway/integrations', integrationsSchema),
    enabled: canAsk(),
  });

export const gatewayAuditQuery = (filters: AuditFilters) =>
  queryOptions({
    queryKey: gatewayKeys.audit(filters),
    queryFn: () =>
      call(
        `/api/gateway/audit${query({ ...filters, to: filters.to ? nextDay(filters.to) : undefined })}`,
        z.object({ entries: z.array(auditEntrySchema) }),
      ).then((answer) => answer.entries),
    enabled: canAsk(),
  });

export const gatewayDeliveriesQuery = (vendor: string | null) =>
  queryOptions({
    queryKey: gatewayKeys.deliveries(vendor),
    queryFn: () =>
      call(`/api/gateway/deliveries${query({ vendor: vendor ?? undefined })}`, deliveryLogSchema),
    enabled: canAsk(),
  });

export const gatewaySettingsQuery = () =>
  queryOptions({
    queryKey: gatewayKeys.settings(),
    queryFn: () => call('/api/gateway/settings', settingsSchema),
    enabled: hasGateway(),
  });

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export const useGatewayIntegrations = () => useQuery(gatewayIntegrationsQuery());
export const useGatewayAudit = (filters: AuditFilters) => useQuery(gatewayAuditQuery(filters));
export const useGatewayDeliveries = (vendor: string | null) => useQuery(gatewayDeliveriesQuery(vendor));
export const useGatewaySettings = () => useQuery(gatewaySettingsQuery());

export function useCheckIntegrations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('/api/gateway/integrations/check', integrationsSchema, { method: 'POST' }),
    onSuccess: (data) => queryClient.setQueryData(gatewayKeys.integrations(), data),
  });
}

export function useSaveGatewaySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: Pick<GatewaySettings, 'facilityZones' | 'idleLockMinutes'>) =>
      call('/api/gateway/settings', settingsSchema, { method: 'PUT', body: JSON.stringify(settings) }),
    onSuccess: (data) => queryClient.setQueryData(gatewayKeys.settings(), data),
  });
}
