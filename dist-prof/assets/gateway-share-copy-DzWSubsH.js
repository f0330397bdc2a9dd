import { t as GatewayApiError } from "./admin-BapNCdOD.js";
import { Dn as number, On as object, bn as _enum, jn as string, yn as datetime } from "./search-Bd_rEMYc.js";
import { V as localToInstant } from "./boot-CCHtFN9d.js";
import { d as addIsoDays, f as userTimeZone } from "./sharing-DKWXKKuw.js";
// src/api/gateway/shares.ts
/**
* The gateway's share register (`POST /api/gateway/shares`, server/api/routes.ts; table `share_register`):
* one row per recipient of a share the console made, for the audit trail. The recipient is sealed on the
* server; `item` and `patientKey` carry ids only, never a name.
*/
var gatewayShareRowSchema = object({
	vendor: _enum(["postdicom", "solo"]),
	patientKey: string().trim().min(1).max(200).nullable(),
	item: string().trim().min(1).max(200),
	kind: _enum([
		"email",
		"link",
		"account-user",
		"account-group"
	]),
	recipient: string().trim().min(1).max(320).nullable(),
	expiresAt: datetime({ offset: true }).nullable()
});
var answerSchema = object({ id: number() });
/** Records one row; the CSRF token is added by gateway mode's fetch (./session.ts). */
async function recordGatewayShare(row) {
	const body = gatewayShareRowSchema.parse(row);
	let response;
	try {
		response = await fetch("/api/gateway/shares", {
			method: "POST",
			credentials: "same-origin",
			headers: {
				Accept: "application/json",
				"Content-Type": "application/json"
			},
			body: JSON.stringify(body)
		});
	} catch {
		throw new GatewayApiError(0, "network");
	}
	if (!response.ok) throw new GatewayApiError(response.status, `HTTP ${response.status}`);
	const parsed = answerSchema.safeParse(await response.json().catch(() => null));
	if (!parsed.success) throw new GatewayApiError(response.status, "contract");
	return parsed.data.id;
}
// src/components/sharing/gateway-share-copy.ts
/**
* Behind the gateway, each share the console makes is also written to the gateway's share register
* (`POST /api/gateway/shares`, one row per recipient) for the audit trail; the tab's own register stays
* what the user sees. Loaded on the first share (./use-share-register.ts), never with the first route.
*
* - `item`: the kind and the vendor's ids of what was shared (no names; the folder's name is left out too).
* - `patientKey`: the first patient's vendor id, prefixed with the vendor (`postdicom:…`), or null.
* - `expiresAt`: the end of the last day of access in the user's zone (the day is inclusive), or null.
* - the second address that gets the password is not a recipient of the share: no row of its own.
*/
/** Writes one share's rows; a failed row is tried once more (the rows before it are not sent again). */
async function copyShareToGateway(record) {
	for (const row of gatewayShareRows(record, userTimeZone())) await recordGatewayShare(row).catch(() => recordGatewayShare(row));
}
/** Pure: the rows of one share. */
function gatewayShareRows(record, timeZone) {
	const item = `${record.kind}:${record.target.ids.join(",")}`.slice(0, 200);
	const patientId = record.subjects.find((s) => s.patientId?.trim())?.patientId?.trim();
	const base = {
		vendor: record.vendor,
		patientKey: patientId ? `${record.vendor}:${patientId}`.slice(0, 200) : null,
		item,
		expiresAt: record.expiresOn ? endOfDay(record.expiresOn, timeZone) : null
	};
	const rows = record.recipients.filter((r) => r.kind !== "password-email").map((r) => ({
		...base,
		...rowKind(r)
	}));
	return rows.length > 0 ? rows : [{
		...base,
		kind: "link",
		recipient: null
	}];
}
function rowKind(recipient) {
	const label = recipient.label.trim() || null;
	switch (recipient.kind) {
		case "email": return {
			kind: "email",
			recipient: label
		};
		case "user": return {
			kind: "account-user",
			recipient: label
		};
		case "group": return {
			kind: "account-group",
			recipient: label
		};
		default: return {
			kind: "link",
			recipient: null
		};
	}
}
/** The first instant after `isoDay` in `timeZone` (midnight, or the first minute after a gap). */
function endOfDay(isoDay, timeZone) {
	const next = addIsoDays(isoDay, 1);
	for (const time of ["00:00:00", "01:00:00"]) try {
		return localToInstant({
			date: next,
			time
		}, timeZone, { ambiguous: "earlier" }).toISOString();
	} catch {}
	return null;
}
export { copyShareToGateway };
