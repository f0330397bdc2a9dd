const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/session-CxdxXG1e.js","assets/boot-CCHtFN9d.js","assets/rolldown-runtime-SbdDWaPq.js","assets/preload-helper-BhofnfyO.js","assets/boot-xJBZfUJG.css","assets/session-tTKx-X8h.js"])))=>i.map(i=>d[i]);
import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ir as require_react, J as App, Mr as requestGatewaySession, Pr as require_client, Y as preloadFirstPage, it as initI18n, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { t as __vitePreload } from "./preload-helper-BhofnfyO.js";
// \0vite/modulepreload-polyfill.js
(function polyfill() {
	const relList = document.createElement("link").relList;
	if (relList && relList.supports && relList.supports("modulepreload")) return;
	for (const link of document.querySelectorAll("link[rel=\"modulepreload\"]")) processPreload(link);
	new MutationObserver((mutations) => {
		for (const mutation of mutations) {
			if (mutation.type !== "childList") continue;
			for (const node of mutation.addedNodes) if (node.tagName === "LINK" && node.rel === "modulepreload") processPreload(node);
		}
	}).observe(document, {
		childList: true,
		subtree: true
	});
	function getFetchOpts(link) {
		const fetchOpts = {};
		if (link.integrity) fetchOpts.integrity = link.integrity;
		if (link.referrerPolicy) fetchOpts.referrerPolicy = link.referrerPolicy;
		if (link.crossOrigin === "use-credentials") fetchOpts.credentials = "include";
		else if (link.crossOrigin === "anonymous") fetchOpts.credentials = "omit";
		else fetchOpts.credentials = "same-origin";
		return fetchOpts;
	}
	function processPreload(link) {
		if (link.ep) return;
		link.ep = true;
		const fetchOpts = getFetchOpts(link);
		fetch(link.href, fetchOpts);
	}
})();
// src/main.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_client = require_client();
var import_jsx_runtime = require_jsx_runtime();
async function startMocks() {}
/** Live builds served by the gateway (server/): CSRF token on writes, sign-in when the session ends. */
async function startGateway() {
	const answer = requestGatewaySession();
	answer.catch(() => void 0);
	const { startGatewayMode } = await __vitePreload(async () => {
		const { startGatewayMode } = await import("./session-CxdxXG1e.js");
		return { startGatewayMode };
	}, __vite__mapDeps([0,1,2,3,4,5]));
	await startGatewayMode(answer);
}
async function bootstrap() {
	const i18n = initI18n();
	await Promise.all([
		i18n,
		startMocks(),
		startGateway(),
		i18n.then(() => preloadFirstPage(location.pathname))
	]);
	const container = document.getElementById("root");
	if (!container) throw new Error("No #root element");
	const root = (0, import_client.createRoot)(container);
	(0, import_react.startTransition)(() => {
		root.render(/* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_react.StrictMode, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(App, {}) }));
	});
}
bootstrap();
