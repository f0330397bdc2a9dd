import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ir as require_react } from "./boot-CCHtFN9d.js";
// src/api/scan/session.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var listeners = /* @__PURE__ */ new Set();
var snapshot = {
	active: false,
	expiresAt: null,
	renewable: false,
	endedBecause: null,
	sessionId: null
};
/** For the client only: the session's new state, told to every subscriber. */
function publishScanSession(next) {
	snapshot = next;
	for (const listener of listeners) listener();
}
/** For `useSyncExternalStore`: whether a Scan.com user is active, never the tokens themselves. */
function subscribeScanSession(listener) {
	listeners.add(listener);
	return () => listeners.delete(listener);
}
function getScanSessionSnapshot() {
	return snapshot;
}
/** Whether a Scan.com user is active in this tab (never exposes the tokens). */
function useScanSession() {
	return (0, import_react.useSyncExternalStore)(subscribeScanSession, getScanSessionSnapshot, getScanSessionSnapshot);
}
export { useScanSession as i, publishScanSession as n, subscribeScanSession as r, getScanSessionSnapshot as t };
