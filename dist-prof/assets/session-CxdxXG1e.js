import { Mr as requestGatewaySession, Nr as setGatewaySession } from "./boot-CCHtFN9d.js";
import { Y as _minLength, a as nullable, it as _positive, n as _enum, o as number, p as string, r as array, s as object, t as datetime } from "./session-tTKx-X8h.js";
// src/api/gateway/session.ts
/**
* Gateway mode: the production build served by the console's gateway (server/). At boot, live builds ask
* `GET /api/gateway/session`:
* - 200: the gateway is there and staff are signed in. Every same-origin write then carries the session's
*   CSRF token (`X-CSRF-Token`), and an answer saying the server ended the session (idle or absolute
*   timeout) sends the tab to sign-in, coming back to the same page (typed drafts are kept, encrypted);
* - 401: signed out: off to sign-in;
* - anything else (404 from `vite preview`'s proxy): no gateway, nothing changes.
* Scan.com needs no switch: behind the gateway the browser's Scan.com module receives placeholder tokens
* and the gateway adds the staff member's real ones (server/proxy/scan-custody.ts).
*/
var gatewaySessionSchema = object({
	staff: object({
		name: string().check(_minLength(1)),
		email: nullable(string()),
		roles: array(_enum([
			"front-desk",
			"scheduler",
			"admin"
		]))
	}),
	csrfToken: string().check(_minLength(1)),
	idleTimeoutMs: number().check(_positive()),
	expiresAt: datetime({ offset: true }),
	mode: _enum(["live", "fake"])
});
/** Pure: the session in a gateway's answer, or null when the answer is not one (exported for tests). */
function parseGatewaySession(body) {
	const parsed = gatewaySessionSchema.safeParse(body);
	return parsed.success ? parsed.data : null;
}
var unsafe = /* @__PURE__ */ new Set([
	"POST",
	"PUT",
	"PATCH",
	"DELETE"
]);
/**
* The tab leaves the console once: the first departure takes it. A request answered 401 just after a
* sign-out (the worklist's refresh, say) would otherwise start a second navigation, to sign-in, and abort
* the sign-out's own (exported for tests).
*/
function createDeparture() {
	let taken = false;
	return { take: () => {
		if (taken) return false;
		taken = true;
		return true;
	} };
}
var departure = createDeparture();
function signInAgain() {
	if (!departure.take()) return;
	const returnTo = `${window.location.pathname}${window.location.search}`;
	window.location.assign(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
}
/** Pure: the headers a request needs added in gateway mode (exported for tests). */
function gatewayHeadersFor(url, method, origin, csrfToken) {
	return url.origin === origin && unsafe.has(method.toUpperCase()) ? { "X-CSRF-Token": csrfToken } : {};
}
function installFetch(csrfToken) {
	const original = globalThis.fetch.bind(globalThis);
	globalThis.fetch = async (input, init) => {
		const request = input instanceof Request ? input : null;
		const extra = gatewayHeadersFor(new URL(request ? request.url : String(input), window.location.href), init?.method ?? request?.method ?? "GET", window.location.origin, csrfToken);
		let response;
		if (Object.keys(extra).length === 0) response = await original(input, init);
		else {
			const headers = new Headers(init?.headers ?? request?.headers);
			for (const [name, value] of Object.entries(extra)) headers.set(name, value);
			response = await original(input, {
				...init,
				headers
			});
		}
		if (response.status === 401 && response.headers.get("X-Console-Session") === "ended") signInAgain();
		return response;
	};
}
/** `answer`: the session request, when the caller already sent it (see main.tsx); else it is sent here. */
async function startGatewayMode(answer = requestGatewaySession()) {
	let response;
	try {
		response = await answer;
	} catch {
		return null;
	}
	if (response.status === 401) {
		signInAgain();
		return null;
	}
	if (!response.ok || !response.headers.get("Content-Type")?.includes("json")) return null;
	const session = parseGatewaySession(await response.json().catch(() => null));
	setGatewaySession(session, session === null);
	if (session) installFetch(session.csrfToken);
	return session;
}
/** Signs out on the server, then at the identity provider when it offers that. */
async function signOutOfGateway() {
	if (!departure.take()) return;
	const response = await fetch("/auth/logout", {
		method: "POST",
		credentials: "same-origin"
	}).catch(() => null);
	const body = response?.ok === true ? await response.json().catch(() => ({})) : { endSessionUrl: null };
	setGatewaySession(null, false);
	window.location.assign(body.endSessionUrl ?? "/auth/signed-out");
}
export { signOutOfGateway, startGatewayMode };
