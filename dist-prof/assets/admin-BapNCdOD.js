import { Cn as boolean, Dn as number, Nn as unknown, On as object, Sn as array, bn as _enum, dr as useQuery, jn as string, kn as record, lr as useMutation, ur as queryOptions } from "./search-Bd_rEMYc.js";
import { Ar as gatewaySession, vr as useQueryClient } from "./boot-CCHtFN9d.js";
// src/api/gateway/admin.ts
/**
* The gateway's own API for Admin (`/api/gateway/*`, server/api/routes.ts): integrations, the audit log,
* the webhook delivery log and the server-side settings. Every answer is validated. These exist only
* behind the gateway: `hasGateway()` says whether the console runs there (mock mode and the dev proxy
* have no server of their own).
*/
var GatewayApiError = class extends Error {
	status;
	name = "GatewayApiError";
	constructor(status, message) {
		super(message);
		this.status = status;
	}
};
var hasGateway = () => gatewaySession() !== null;
/** Behind the gateway, whether the signed-in staff member may use Admin (the gateway checks it too). */
var isGatewayAdmin = () => gatewaySession()?.staff.roles.includes("admin") ?? false;
var canAsk = () => hasGateway() && isGatewayAdmin();
async function call(path, schema, init = {}) {
	let response;
	try {
		response = await fetch(path, {
			...init,
			credentials: "same-origin",
			headers: {
				Accept: "application/json",
				...init.body ? { "Content-Type": "application/json" } : {},
				...init.headers
			}
		});
	} catch {
		throw new GatewayApiError(0, "network");
	}
	if (!response.ok) throw new GatewayApiError(response.status, `HTTP ${response.status}`);
	const parsed = schema.safeParse(await response.json().catch(() => null));
	if (!parsed.success) throw new GatewayApiError(response.status, "contract");
	return parsed.data;
}
var vendorStatusSchema = object({
	vendor: _enum([
		"eden",
		"solo",
		"scan",
		"impilo",
		"postdicom"
	]),
	configured: boolean(),
	reachable: boolean().nullable(),
	lastCallAt: string().nullable(),
	lastError: object({
		at: string(),
		message: string(),
		status: number().nullable()
	}).nullable(),
	latencyMs: object({
		median: number(),
		p95: number()
	}).nullable(),
	calls: number()
});
var integrationsSchema = object({
	mode: _enum(["live", "fake"]),
	database: _enum(["pglite", "postgres"]),
	vendors: array(vendorStatusSchema)
});
var auditEntrySchema = object({
	id: number(),
	at: string(),
	actor: string(),
	actor_name: string().nullable(),
	roles: array(string()),
	vendor: string(),
	endpoint: string(),
	patient_key: string().nullable(),
	outcome: string(),
	status: number().nullable(),
	duration_ms: number().nullable()
});
var deliverySchema = object({
	id: number(),
	vendor: string(),
	receivedAt: string(),
	eventType: string(),
	webhookId: string().nullable(),
	subject: string().nullable(),
	dedupeKey: string(),
	payload: unknown()
});
var refusalSchema = object({
	id: number(),
	vendor: string(),
	at: string(),
	reason: string(),
	source_ip: string().nullable()
});
var deliveryLogSchema = object({
	deliveries: array(deliverySchema),
	refusals: array(refusalSchema)
});
var settingsSchema = object({
	facilityZones: record(string(), string()),
	idleLockMinutes: number().int(),
	updatedAt: string().nullable().optional(),
	updatedBy: string().nullable().optional()
});
var gatewayKeys = {
	all: ["gateway"],
	integrations: () => [...gatewayKeys.all, "integrations"],
	audit: (filters) => [
		...gatewayKeys.all,
		"audit",
		filters
	],
	deliveries: (vendor) => [
		...gatewayKeys.all,
		"deliveries",
		vendor
	],
	settings: () => [...gatewayKeys.all, "settings"]
};
function query(params) {
	const search = new URLSearchParams();
	for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
	const text = search.toString();
	return text ? `?${text}` : "";
}
var gatewayIntegrationsQuery = () => queryOptions({
	queryKey: gatewayKeys.integrations(),
	queryFn: () => call("/api/gateway/integrations", integrationsSchema),
	enabled: canAsk()
});
var gatewayAuditQuery = (filters) => queryOptions({
	queryKey: gatewayKeys.audit(filters),
	queryFn: () => call(`/api/gateway/audit${query({
		...filters,
		to: filters.to ? nextDay(filters.to) : void 0
	})}`, object({ entries: array(auditEntrySchema) })).then((answer) => answer.entries),
	enabled: canAsk()
});
var gatewayDeliveriesQuery = (vendor) => queryOptions({
	queryKey: gatewayKeys.deliveries(vendor),
	queryFn: () => call(`/api/gateway/deliveries${query({ vendor: vendor ?? void 0 })}`, deliveryLogSchema),
	enabled: canAsk()
});
var gatewaySettingsQuery = () => queryOptions({
	queryKey: gatewayKeys.settings(),
	queryFn: () => call("/api/gateway/settings", settingsSchema),
	enabled: hasGateway()
});
function nextDay(date) {
	const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}
var useGatewayIntegrations = () => useQuery(gatewayIntegrationsQuery());
var useGatewayAudit = (filters) => useQuery(gatewayAuditQuery(filters));
var useGatewayDeliveries = (vendor) => useQuery(gatewayDeliveriesQuery(vendor));
var useGatewaySettings = () => useQuery(gatewaySettingsQuery());
function useCheckIntegrations() {
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: () => call("/api/gateway/integrations/check", integrationsSchema, { method: "POST" }),
		onSuccess: (data) => queryClient.setQueryData(gatewayKeys.integrations(), data)
	});
}
function useSaveGatewaySettings() {
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: (settings) => call("/api/gateway/settings", settingsSchema, {
			method: "PUT",
			body: JSON.stringify(settings)
		}),
		onSuccess: (data) => queryClient.setQueryData(gatewayKeys.settings(), data)
	});
}
export { useGatewayAudit as a, useGatewaySettings as c, useCheckIntegrations as i, useSaveGatewaySettings as l, hasGateway as n, useGatewayDeliveries as o, isGatewayAdmin as r, useGatewayIntegrations as s, GatewayApiError as t };
