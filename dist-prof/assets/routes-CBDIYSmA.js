const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/AdminArea-DDreMIhw.js","assets/rolldown-runtime-SbdDWaPq.js","assets/boot-CCHtFN9d.js","assets/preload-helper-BhofnfyO.js","assets/boot-xJBZfUJG.css","assets/search-Bd_rEMYc.js","assets/CheckIcon-Cwl5gALt.js","assets/IconChevronDown-OkUoCsKk.js","assets/session-tTKx-X8h.js","assets/session-tZkRHlO9.js","assets/list-toggle-Yprc9Nmq.js","assets/search-B3UfxCfZ.css","assets/admin-BapNCdOD.js","assets/linking-BAvRG6uJ.js","assets/Progress-Cfc_n2W9.js","assets/get-auto-contrast-value-PwHhpCBn.js","assets/integration-queries-C4KhLRH5.js","assets/attachments-BvRbWpSg.js","assets/queries-DCLO6RnH.js","assets/episodes-DsdDOlOU.js","assets/reports-BFfrGRf9.js","assets/ErrorAlert-B4Fs11-6.js","assets/esm-BZ7yxgoG.js","assets/use-force-update-Dsgr-5wj.js","assets/OptionalPortal-CFQJJIIb.js","assets/clamp-GGsfTKCM.js","assets/queries-YDeAeu6q.js","assets/sites-BmKjGMx7.js","assets/orders-pwrwT17L.js","assets/Checkbox-CTnuPsUm.js","assets/InlineInput-DVzr8fKC.js","assets/SimpleGrid-1HP91LG8.js","assets/get-base-value-BBk1UvSk.js"])))=>i.map(i=>d[i]);
import { rt as lazyPage, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { t as __vitePreload } from "./preload-helper-BhofnfyO.js";
// src/features/admin/routes.tsx
var import_jsx_runtime = require_jsx_runtime();
var AdminArea = lazyPage(() => __vitePreload(() => import("./AdminArea-DDreMIhw.js"), __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32])), "admin");
/** The admin area's routes, mounted at `/admin/*` (declared in ./AdminArea.tsx). */
function AdminRoutes() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AdminArea, {});
}
export { AdminRoutes };
