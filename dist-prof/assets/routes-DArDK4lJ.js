const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/RegisterPage-srCue5mT.js","assets/sharing-DKWXKKuw.js","assets/rolldown-runtime-SbdDWaPq.js","assets/boot-CCHtFN9d.js","assets/preload-helper-BhofnfyO.js","assets/boot-xJBZfUJG.css","assets/Radio-B5s8Yllv.js","assets/get-auto-contrast-value-PwHhpCBn.js","assets/InlineInput-DVzr8fKC.js","assets/search-Bd_rEMYc.js","assets/CheckIcon-Cwl5gALt.js","assets/IconChevronDown-OkUoCsKk.js","assets/session-tTKx-X8h.js","assets/session-tZkRHlO9.js","assets/list-toggle-Yprc9Nmq.js","assets/search-B3UfxCfZ.css","assets/SimpleGrid-1HP91LG8.js","assets/get-base-value-BBk1UvSk.js","assets/IconInfoCircle-B_ArYEuX.js","assets/use-form-draft-D2Qhoe7n.js","assets/draft-vault-Dy3f-msU.js","assets/queries-C-TE7ghd.js","assets/Dialogs-BkEEmPKW.js","assets/FocusTrap-D-9SopGv.js","assets/OptionalPortal-CFQJJIIb.js","assets/ErrorAlert-B4Fs11-6.js","assets/Popover-CMrlGPcZ.js","assets/create-event-handler-CS6DelLA.js","assets/IconCheck-Bwx3kdqu.js","assets/DateField-B5fO42cl.js","assets/MultiSelect-YFdjvgtM.js","assets/get-option-by-label-DkqAIMc0.js","assets/appointments-s3rFyF1D.js","assets/Textarea-BTFd2lSa.js","assets/Checkbox-CTnuPsUm.js","assets/TagsInput-C8xFxz2e.js","assets/linking-BAvRG6uJ.js","assets/Progress-Cfc_n2W9.js","assets/create-scoped-keydown-handler-CPu679db.js","assets/SharingPage-lnAM0m_w.js","assets/StudiesPage-BzRCkb0L.js","assets/Pagination-CwvIGLKi.js","assets/FoldersPage-C72RrFqR.js","assets/Grid-q8JR4vqK.js","assets/IconMail-0pzCIjm1.js","assets/IconChevronRight-IShDpuUd.js","assets/IconFolderOpen-OBAmS4JP.js","assets/VisitsPage-CKdKYyp2.js","assets/appointment-queries-BDs3aSsv.js","assets/queries-DCLO6RnH.js","assets/episodes-DsdDOlOU.js","assets/ContextLinksPage-uPCYpN0C.js"])))=>i.map(i=>d[i]);
import { Tr as Routes, rt as lazyPage, wr as Route, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { t as __vitePreload } from "./preload-helper-BhofnfyO.js";
// src/features/sharing/routes.tsx
var import_jsx_runtime = require_jsx_runtime();
var RegisterPage = lazyPage(() => __vitePreload(() => import("./RegisterPage-srCue5mT.js"), __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39])), "sharing");
var StudiesPage = lazyPage(() => __vitePreload(() => import("./StudiesPage-BzRCkb0L.js"), __vite__mapDeps([40,2,3,4,5,34,7,8,10,41,27,16,17,9,11,12,13,14,15,1,6,18,19,20,21,22,23,24,25,26,28,29,30,31,32,33,35,36,37,38,39])), "sharing");
var FoldersPage = lazyPage(() => __vitePreload(() => import("./FoldersPage-C72RrFqR.js"), __vite__mapDeps([42,2,3,4,5,43,17,1,6,7,8,9,10,11,12,13,14,15,16,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,44,45,46,39])), "sharing");
var VisitsPage = lazyPage(() => __vitePreload(() => import("./VisitsPage-CKdKYyp2.js"), __vite__mapDeps([47,2,3,4,5,48,9,10,11,12,13,14,15,32,49,50,25,1,6,7,8,16,17,18,19,20,21,22,23,24,26,27,28,29,30,31,33,34,35,36,37,38,39])), "sharing");
var ContextLinksPage = lazyPage(() => __vitePreload(() => import("./ContextLinksPage-uPCYpN0C.js"), __vite__mapDeps([51,3,2,4,5,1,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39])), "sharing");
/** The sharing area's routes, mounted at `/sharing/*`. */
function SharingRoutes() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Routes, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			index: true,
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(RegisterPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "studies",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(StudiesPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "folders",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FoldersPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "visits",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(VisitsPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "context-links",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ContextLinksPage, {})
		})
	] });
}
export { SharingRoutes };
