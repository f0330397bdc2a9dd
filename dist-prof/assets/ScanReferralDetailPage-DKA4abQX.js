import { Ft as Alert, Kt as Paper, Nt as Anchor, Or as useParams, Pt as Text, Q as useDocumentTitle, qn as VendorError, ut as useTranslation, xr as Link, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { ht as useScanReferral } from "./search-Bd_rEMYc.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { i as useScanSession } from "./session-tZkRHlO9.js";
import { t as PageSkeleton } from "./PageSkeleton-Djbnf-Yh.js";
import { n as ScanReferralSummary, r as ScanDocumentsPanel, t as useScanSummaryNames } from "./use-scan-summary-names-OvitIzGS.js";
import { t as DetailHeader } from "./DetailHeader-BNbQQee_.js";
// src/features/orders/detail/ScanReferralDetailPage.tsx
var import_jsx_runtime = require_jsx_runtime();
/**
* `/orders/scan/:referralId`: a Scan.com referral's state, body parts, provider, time blocks and documents
* (list and add). Scan.com shows a referral only to the user who created it, in this tab's session.
*/
function ScanReferralDetailPage() {
	const { t } = useTranslation("orders");
	const { referralId = "" } = useParams();
	const id = /^\d+$/.test(referralId) ? Number(referralId) : void 0;
	const session = useScanSession();
	const referral = useScanReferral(session.active ? id : void 0);
	const names = useScanSummaryNames(referral.data);
	const title = t("scan.detail.title", { id: referralId });
	useDocumentTitle(title);
	const header = /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DetailHeader, {
		title,
		vendor: "Scan.com"
	});
	if (!session.active || id === void 0) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [header, /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Alert, {
		color: "gray",
		variant: "light",
		"data-testid": "scan-detail-no-session",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "sm",
			children: id === void 0 ? t("scan.detail.notFound", { id: referralId }) : t("scan.detail.noSession")
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
			component: Link,
			to: "/orders/new?vendor=scan",
			size: "sm",
			children: t("scan.detail.newReferral")
		})]
	})] });
	if (referral.isPending) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PageSkeleton, {});
	if (referral.isError) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [header, referral.error instanceof VendorError && referral.error.status === 404 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: t("scan.detail.notFound", { id: referralId }) }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
		error: referral.error,
		onRetry: () => void referral.refetch()
	})] });
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		header,
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
			withBorder: true,
			p: "md",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanReferralSummary, {
				referral: referral.data,
				names
			})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
			withBorder: true,
			p: "md",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: "sm",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 2,
					size: "h4",
					children: t("scan.steps.documents")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanDocumentsPanel, {
					referralId: referral.data.id,
					documents: referral.data.additional_documents
				})]
			})
		})
	] });
}
export { ScanReferralDetailPage as default };
