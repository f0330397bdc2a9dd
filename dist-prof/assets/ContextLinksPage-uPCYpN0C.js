import { Pt as Text, ut as useTranslation, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { r as SoloContextLinkForm } from "./sharing-DKWXKKuw.js";
import { t as SharingPage } from "./SharingPage-lnAM0m_w.js";
// src/features/sharing/ContextLinksPage.tsx
var import_jsx_runtime = require_jsx_runtime();
/** `/sharing/context-links`: Solo's context-aware link, encrypted by the console's server. */
function ContextLinksPage() {
	const { t } = useTranslation("sharing");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SharingPage, {
		section: "contextLinks",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				size: "h3",
				children: t("context.title")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("context.intro")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloContextLinkForm, {})
		]
	});
}
export { ContextLinksPage as default };
