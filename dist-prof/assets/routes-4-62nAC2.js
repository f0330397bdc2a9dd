const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/UploadsPage-NCdNrvEk.js","assets/rolldown-runtime-SbdDWaPq.js","assets/boot-CCHtFN9d.js","assets/preload-helper-BhofnfyO.js","assets/boot-xJBZfUJG.css","assets/IconPaperclip-bsVIn7SX.js","assets/search-Bd_rEMYc.js","assets/CheckIcon-Cwl5gALt.js","assets/IconChevronDown-OkUoCsKk.js","assets/session-tTKx-X8h.js","assets/session-tZkRHlO9.js","assets/list-toggle-Yprc9Nmq.js","assets/search-B3UfxCfZ.css","assets/create-scoped-keydown-handler-CPu679db.js","assets/use-force-update-Dsgr-5wj.js","assets/get-auto-contrast-value-PwHhpCBn.js","assets/draft-vault-Dy3f-msU.js","assets/Progress-Cfc_n2W9.js","assets/Radio-B5s8Yllv.js","assets/InlineInput-DVzr8fKC.js","assets/IconFolderOpen-OBAmS4JP.js","assets/Checkbox-CTnuPsUm.js","assets/SimpleGrid-1HP91LG8.js","assets/get-base-value-BBk1UvSk.js","assets/IconX-DXjOF8OF.js","assets/queries-C-TE7ghd.js","assets/ErrorAlert-B4Fs11-6.js","assets/attachments-BvRbWpSg.js","assets/UploadsPage-B8ZdlSYb.css"])))=>i.map(i=>d[i]);
import { Tr as Routes, rt as lazyPage, wr as Route, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { t as __vitePreload } from "./preload-helper-BhofnfyO.js";
// src/features/uploads/routes.tsx
var import_jsx_runtime = require_jsx_runtime();
var UploadsPage = lazyPage(() => __vitePreload(() => import("./UploadsPage-NCdNrvEk.js").then((n) => n.t), __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28])), "uploads");
/** The uploads area's routes, mounted at `/uploads/*`. */
function UploadsRoutes() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Routes, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
		index: true,
		element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(UploadsPage, {})
	}) });
}
export { UploadsRoutes };
