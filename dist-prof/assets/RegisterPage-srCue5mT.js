import { i as ShareRegisterView } from "./sharing-DKWXKKuw.js";
import { t as SharingPage } from "./SharingPage-lnAM0m_w.js";
import { yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
// src/features/sharing/RegisterPage.tsx
var import_jsx_runtime = require_jsx_runtime();
/** `/sharing`: the share register of this session. */
function RegisterPage() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SharingPage, {
		section: "register",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareRegisterView, {})
	});
}
export { RegisterPage as default };
