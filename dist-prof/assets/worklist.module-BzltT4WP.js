import { Dr as useNavigate, Pt as Text, et as formatLocalDate, kt as Badge, tt as formatLocalTime, ut as useTranslation, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
// src/features/orders/components/order-cells.tsx
var import_jsx_runtime = require_jsx_runtime();
/** Given names and surnames, as one name. */
function patientName(order) {
	return [
		order.patient_name,
		order.patient_first_surname,
		order.patient_last_surname
	].filter(Boolean).join(" ");
}
/** Names may be in any script (Arabic, Hebrew…): isolated, so they never reorder the text around them. */
function Name({ children, size = "sm" }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		size,
		style: { overflowWrap: "anywhere" },
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children })
	});
}
function When({ order }) {
	const { i18n } = useTranslation();
	const lang = i18n.language;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		size: "sm",
		style: { whiteSpace: "nowrap" },
		children: order.appointment_date ? formatLocalDate(order.appointment_date, lang) : "—"
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		size: "xs",
		c: "dimmed",
		style: { whiteSpace: "nowrap" },
		children: order.appointment_time ? formatLocalTime(order.appointment_time, lang) : ""
	})] });
}
function PriorityBadge({ order }) {
	const { t } = useTranslation("orders");
	if (order.priority && order.priority !== "NORMAL") return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
		color: order.priority === "HIGHEST" ? "red.9" : "yellow.4",
		autoContrast: true,
		variant: "filled",
		size: "sm",
		styles: {
			root: {
				flexShrink: 0,
				maxWidth: "none"
			},
			label: { overflow: "visible" }
		},
		children: t(`priorities.${order.priority}`)
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		size: "sm",
		children: order.priority ? t(`priorities.${order.priority}`) : "—"
	});
}
/**
* A whole row (or card) opens its order by mouse, while its folio link stays the one link and focus
* stop: Enter on it opens the order, ↑/↓ move to the previous or next order.
*/
function useOpenOrder() {
	const navigate = useNavigate();
	return {
		/** `href`: the order's page (the same as its link's). */
		onClick(event, href) {
			if (event.target.closest("a, button, input, select, textarea")) return;
			if (window.getSelection()?.toString()) return;
			navigate(href);
		},
		onKeyDown(event) {
			if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
			const links = [...event.currentTarget.parentElement?.querySelectorAll("[data-order-link]") ?? []];
			const index = links.indexOf(document.activeElement);
			const next = links[index + (event.key === "ArrowDown" ? 1 : -1)];
			if (index >= 0 && next) {
				event.preventDefault();
				next.focus();
			}
		}
	};
}
var worklist_module_default = {
	scroller: "_scroller_5746n_2",
	table: "_table_5746n_6",
	nowrap: "_nowrap_5746n_32",
	name: "_name_5746n_37",
	row: "_row_5746n_43",
	card: "_card_5746n_44",
	cardScroller: "_cardScroller_5746n_64",
	cardList: "_cardList_5746n_72"
};
export { patientName as a, When as i, Name as n, useOpenOrder as o, PriorityBadge as r, worklist_module_default as t };
