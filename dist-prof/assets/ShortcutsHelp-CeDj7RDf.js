import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ir as require_react, Pt as Text, Tt as Kbd, Vt as Group, X as navItems, ut as useTranslation, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { zn as Table } from "./search-Bd_rEMYc.js";
import { t as AppModal } from "./Dialogs-BkEEmPKW.js";
// src/app/shell/ShortcutsHelp.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
function Keys({ keys }) {
	const { t } = useTranslation();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
		gap: 4,
		wrap: "nowrap",
		children: keys.map((key, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_react.Fragment, { children: [index > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			span: true,
			size: "xs",
			c: "dimmed",
			children: t("shortcuts.followedBy")
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Kbd, { children: key })] }, key))
	});
}
/** The `?` dialog: every keyboard shortcut of the console. Loaded the first time it opens. */
function ShortcutsHelp({ opened, onClose }) {
	const { t } = useTranslation();
	const rows = [
		[["/"], t("shortcuts.search")],
		[["n"], t("shortcuts.newOrder")],
		...navItems.map((item) => [["g", item.key], t("shortcuts.goTo", { area: t(item.labelKey) })]),
		[["?"], t("shortcuts.help")]
	];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(AppModal, {
		opened,
		onClose,
		title: t("shortcuts.title"),
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "sm",
			mb: "sm",
			children: t("shortcuts.intro")
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table, {
			verticalSpacing: 6,
			"data-testid": "shortcuts-help",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: rows.map(([keys, what]) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, {
				w: 120,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Keys, { keys })
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: what
			}) })] }, keys.join(" "))) })
		})]
	});
}
export { ShortcutsHelp as default };
