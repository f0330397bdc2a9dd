const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/AllOrdersPage-Dk1mhS2V.js","assets/rolldown-runtime-SbdDWaPq.js","assets/boot-CCHtFN9d.js","assets/preload-helper-BhofnfyO.js","assets/boot-xJBZfUJG.css","assets/IconPlus-D7dMIGNS.js","assets/session-tZkRHlO9.js","assets/use-url-view-BtcOEeO7.js","assets/Checkbox-CTnuPsUm.js","assets/get-auto-contrast-value-PwHhpCBn.js","assets/InlineInput-DVzr8fKC.js","assets/CheckIcon-Cwl5gALt.js","assets/SimpleGrid-1HP91LG8.js","assets/get-base-value-BBk1UvSk.js","assets/IconChevronDown-OkUoCsKk.js","assets/DateField-B5fO42cl.js","assets/list-toggle-Yprc9Nmq.js","assets/PageSkeleton-Djbnf-Yh.js","assets/Skeleton-CycB90X8.js","assets/OrderWorklistPage-BLCeKT-H.js","assets/Pagination-CwvIGLKi.js","assets/create-event-handler-CS6DelLA.js","assets/queries-wFqakvlC.js","assets/search-Bd_rEMYc.js","assets/session-tTKx-X8h.js","assets/search-B3UfxCfZ.css","assets/ErrorAlert-B4Fs11-6.js","assets/StatusBadge-BHe3ov2x.js","assets/worklist.module-BzltT4WP.js","assets/worklist-Bd0tEF5d.css","assets/zod-messages-Cr21UGky.js","assets/input-issues-CZFdgykn.js","assets/NewOrderPage-D-gibtoC.js","assets/IconArrowBackUp-BMUcwN2a.js","assets/queries-D7x2kHGD.js","assets/use-form-draft-D2Qhoe7n.js","assets/draft-vault-Dy3f-msU.js","assets/use-field-error-CWEDwR5m.js","assets/IconInfoCircle-B_ArYEuX.js","assets/order-queries-BF_PxECg.js","assets/esm-BZ7yxgoG.js","assets/use-force-update-Dsgr-5wj.js","assets/OptionalPortal-CFQJJIIb.js","assets/queries-C-TE7ghd.js","assets/use-order-field-label-C8s35RKt.js","assets/zones-BfiTQEyQ.js","assets/get-option-by-label-DkqAIMc0.js","assets/FocusTrap-D-9SopGv.js","assets/Popover-CMrlGPcZ.js","assets/IconClockExclamation-BQ0ed0cj.js","assets/IconTrash-OhJxt5d8.js","assets/LocationZoneControl-CXjh0Kqg.js","assets/Dialogs-BkEEmPKW.js","assets/ZonedTime-LItDy1w5.js","assets/queries-YDeAeu6q.js","assets/sites-BmKjGMx7.js","assets/orders-pwrwT17L.js","assets/Radio-B5s8Yllv.js","assets/Textarea-BTFd2lSa.js","assets/IconArrowRight-8QopPie9.js","assets/IconCheck-Bwx3kdqu.js","assets/use-scan-summary-names-OvitIzGS.js","assets/FileButton-sikXbnGw.js","assets/Progress-Cfc_n2W9.js","assets/IconX-DXjOF8OF.js","assets/ScanBlockPicker-C25uvZzu.js","assets/OrderDetailPage-DDFdUWuy.js","assets/IconBan-BwCU1wu1.js","assets/IconPencil-D3EKZCfR.js","assets/PostDicomOrderDetailPage-BDKCWQsS.js","assets/DetailHeader-BNbQQee_.js","assets/DetailHeader-C8iFLefA.css","assets/sharing-DKWXKKuw.js","assets/MultiSelect-YFdjvgtM.js","assets/appointments-s3rFyF1D.js","assets/TagsInput-C8xFxz2e.js","assets/linking-BAvRG6uJ.js","assets/create-scoped-keydown-handler-CPu679db.js","assets/ImpiloOrderDetailPage-BAMliELF.js","assets/ScanReferralDetailPage-DKA4abQX.js"])))=>i.map(i=>d[i]);
import { Cr as Navigate, Or as useParams, Tr as Routes, rt as lazyPage, wr as Route, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { t as __vitePreload } from "./preload-helper-BhofnfyO.js";
// src/features/orders/routes.tsx
var import_jsx_runtime = require_jsx_runtime();
var AllOrdersPage = lazyPage(() => __vitePreload(() => import("./AllOrdersPage-Dk1mhS2V.js").then((n) => n.t), __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18])), "orders");
var OrderWorklistPage = lazyPage(() => __vitePreload(() => import("./OrderWorklistPage-BLCeKT-H.js"), __vite__mapDeps([19,1,2,3,4,20,21,9,5,22,23,11,14,24,6,16,25,26,27,17,18,28,29,12,13,15,30,7,31])), "orders");
var NewOrderPage = lazyPage(() => __vitePreload(() => import("./NewOrderPage-D-gibtoC.js"), __vite__mapDeps([32,1,2,3,4,33,34,23,11,14,24,6,16,25,35,36,22,37,30,38,39,40,41,42,43,44,45,46,47,48,21,12,13,15,49,5,50,51,52,31,53,26,54,55,56,57,9,10,58,59,60,18,61,62,63,64,65,8])), "orders", "schedule");
var OrderDetailPage = lazyPage(() => __vitePreload(() => import("./OrderDetailPage-DDFdUWuy.js"), __vite__mapDeps([66,1,2,3,4,40,41,42,33,67,68,22,23,11,14,24,6,16,25,26,27,57,9,10,52,47,35,36,37,30,44,45,46,48,21,12,13,15,49,5,50,51,31,53,17,18])), "orders");
var PostDicomOrderDetailPage = lazyPage(() => __vitePreload(() => import("./PostDicomOrderDetailPage-BDKCWQsS.js"), __vite__mapDeps([69,1,2,3,4,43,23,11,14,24,6,16,25,26,17,18,70,33,71,52,47,42,72,57,9,10,12,13,38,35,36,48,21,60,15,73,46,74,58,8,75,76,63,77,50,39,40,41])), "orders");
var ImpiloOrderDetailPage = lazyPage(() => __vitePreload(() => import("./ImpiloOrderDetailPage-BAMliELF.js"), __vite__mapDeps([78,1,2,3,4,9,54,23,11,14,24,6,16,25,55,56,26,17,18,70,33,71])), "orders");
var ScanReferralDetailPage = lazyPage(() => __vitePreload(() => import("./ScanReferralDetailPage-DKA4abQX.js"), __vite__mapDeps([79,2,1,3,4,23,11,14,24,6,16,25,26,17,18,61,62,63,9,12,13,64,30,70,33,71])), "orders");
/** Boot loads the worklist before the first render when the tab opens at `/orders` (app/router.tsx). */
var preloadIndexPage = () => AllOrdersPage.preload();
/** `/orders/eden/:id` is the canonical Eden address; `/orders/:id` (older links) shows the same page. */
function EdenAlias() {
	const { orderId = "" } = useParams();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Navigate, {
		to: `/orders/${encodeURIComponent(orderId)}`,
		replace: true
	});
}
/** The orders area's routes, mounted at `/orders/*`. */
function OrdersRoutes() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Routes, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			index: true,
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AllOrdersPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "eden",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(OrderWorklistPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "new",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NewOrderPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "eden/:orderId",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EdenAlias, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "postdicom/:orderId",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PostDicomOrderDetailPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "impilo/:orderId",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ImpiloOrderDetailPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "scan/:referralId",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanReferralDetailPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: ":orderId",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(OrderDetailPage, {})
		})
	] });
}
export { OrdersRoutes, preloadIndexPage };
