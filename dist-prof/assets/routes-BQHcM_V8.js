const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/SchedulePage-9uBIlnLp.js","assets/rolldown-runtime-SbdDWaPq.js","assets/boot-CCHtFN9d.js","assets/preload-helper-BhofnfyO.js","assets/boot-xJBZfUJG.css","assets/search-Bd_rEMYc.js","assets/CheckIcon-Cwl5gALt.js","assets/IconChevronDown-OkUoCsKk.js","assets/session-tTKx-X8h.js","assets/session-tZkRHlO9.js","assets/list-toggle-Yprc9Nmq.js","assets/search-B3UfxCfZ.css","assets/Grid-q8JR4vqK.js","assets/get-base-value-BBk1UvSk.js","assets/zones-BfiTQEyQ.js","assets/get-option-by-label-DkqAIMc0.js","assets/FocusTrap-D-9SopGv.js","assets/Popover-CMrlGPcZ.js","assets/OptionalPortal-CFQJJIIb.js","assets/create-event-handler-CS6DelLA.js","assets/Skeleton-CycB90X8.js","assets/IconChevronLeft-BDh_6O6U.js","assets/IconChevronRight-IShDpuUd.js","assets/appointment-queries-BDs3aSsv.js","assets/appointments-s3rFyF1D.js","assets/queries-DCLO6RnH.js","assets/episodes-DsdDOlOU.js","assets/ErrorAlert-B4Fs11-6.js","assets/LocationZoneControl-CXjh0Kqg.js","assets/Dialogs-BkEEmPKW.js","assets/ZonedTime-LItDy1w5.js","assets/status-flow-14YcVfRg.js","assets/reports-BFfrGRf9.js","assets/TagsInput-C8xFxz2e.js","assets/IconCalendarCheck-CGAQNPMM.js","assets/patient-ref-WdHTJjBA.js","assets/draft-vault-Dy3f-msU.js","assets/IconClockExclamation-BQ0ed0cj.js","assets/IconArrowRight-8QopPie9.js","assets/ScheduleNav-CfAw42de.js","assets/SchedulePage-J6mKY1Sc.css","assets/AgendaPage-D7LQO2aX.js","assets/MultiSelect-YFdjvgtM.js","assets/esm-BZ7yxgoG.js","assets/use-force-update-Dsgr-5wj.js","assets/StatusBadge-DjJZd84Z.js","assets/AppointmentPage-BejSaiwS.js","assets/IconPaperclip-bsVIn7SX.js","assets/create-scoped-keydown-handler-CPu679db.js","assets/get-auto-contrast-value-PwHhpCBn.js","assets/IconArrowBackUp-BMUcwN2a.js","assets/IconBan-BwCU1wu1.js","assets/SimpleGrid-1HP91LG8.js","assets/integration-queries-C4KhLRH5.js","assets/attachments-BvRbWpSg.js","assets/linking-BAvRG6uJ.js","assets/FileButton-sikXbnGw.js","assets/IconTrash-OhJxt5d8.js","assets/sharing-DKWXKKuw.js","assets/Radio-B5s8Yllv.js","assets/InlineInput-DVzr8fKC.js","assets/IconInfoCircle-B_ArYEuX.js","assets/use-form-draft-D2Qhoe7n.js","assets/queries-C-TE7ghd.js","assets/IconCheck-Bwx3kdqu.js","assets/DateField-B5fO42cl.js","assets/Textarea-BTFd2lSa.js","assets/Checkbox-CTnuPsUm.js","assets/Progress-Cfc_n2W9.js","assets/ZonesPage-Cs6wZn5t.js","assets/queries-wFqakvlC.js","assets/ScanSlotsPage-DdMEDBt_.js","assets/ScanBlockPicker-C25uvZzu.js"])))=>i.map(i=>d[i]);
import { Tr as Routes, rt as lazyPage, wr as Route, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { t as __vitePreload } from "./preload-helper-BhofnfyO.js";
// src/features/schedule/routes.tsx
var import_jsx_runtime = require_jsx_runtime();
var SchedulePage = lazyPage(() => __vitePreload(() => import("./SchedulePage-9uBIlnLp.js"), __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40])), "schedule");
var AgendaPage = lazyPage(() => __vitePreload(() => import("./AgendaPage-D7LQO2aX.js"), __vite__mapDeps([41,1,2,3,4,31,5,6,7,8,9,10,11,24,25,26,32,42,15,16,17,18,19,14,20,43,44,21,22,27,28,29,30,45,39])), "schedule");
var AppointmentPage = lazyPage(() => __vitePreload(() => import("./AppointmentPage-BejSaiwS.js"), __vite__mapDeps([46,1,2,3,4,31,5,6,7,8,9,10,11,24,25,26,32,12,13,20,47,48,44,49,43,18,50,51,23,27,28,14,15,16,17,19,29,30,52,53,54,55,56,57,58,59,60,61,62,36,63,64,65,42,66,67,33,68,45,39,35])), "schedule");
var ZonesPage = lazyPage(() => __vitePreload(() => import("./ZonesPage-Cs6wZn5t.js"), __vite__mapDeps([69,2,1,3,4,5,6,7,8,9,10,11,70,25,26,27,28,14,15,16,17,18,19,29,39])), "schedule");
var ScanSlotsPage = lazyPage(() => __vitePreload(() => import("./ScanSlotsPage-DdMEDBt_.js"), __vite__mapDeps([71,1,2,3,4,5,6,7,8,9,10,11,14,15,16,17,18,19,20,34,27,72,64,39])), "schedule");
/** The schedule area's routes, mounted at `/schedule/*`. */
function ScheduleRoutes() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Routes, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			index: true,
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SchedulePage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "agenda",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AgendaPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "appointments/:appointmentId",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AppointmentPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "zones",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonesPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "scan",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanSlotsPage, {})
		})
	] });
}
export { ScheduleRoutes };
