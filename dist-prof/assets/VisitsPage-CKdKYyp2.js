import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { $ as formatInstant, Ft as Alert, Ir as require_react, Kt as Paper, Ot as Button, Pt as Text, St as SegmentedControl, Vt as Group, bt as TextInput, ht as IconSearch, ut as useTranslation, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { t as useSoloAppointment } from "./appointment-queries-BDs3aSsv.js";
import { Gt as soloDisplayName } from "./search-Bd_rEMYc.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { f as userTimeZone, n as SoloVisitLinks } from "./sharing-DKWXKKuw.js";
import { t as SharingPage } from "./SharingPage-lnAM0m_w.js";
// src/features/sharing/VisitsPage.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/** `/sharing/visits`: a Solo appointment's video-visit links, by SAID or by external id. */
function VisitsPage() {
	const { t } = useTranslation("sharing");
	const [by, setBy] = (0, import_react.useState)("said");
	const [text, setText] = (0, import_react.useState)("");
	const [error, setError] = (0, import_react.useState)();
	const [lookup, setLookup] = (0, import_react.useState)(null);
	const submit = (event) => {
		event.preventDefault();
		const value = text.trim();
		if (!value) return setError(t("validation.required"));
		if (by === "said" && !/^\d+$/.test(value)) return setError(t("validation.said"));
		setError(void 0);
		setLookup({
			by,
			value
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SharingPage, {
		section: "visits",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				size: "h3",
				children: t("visit.title")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
				withBorder: true,
				p: "sm",
				component: "form",
				onSubmit: submit,
				"aria-label": t("visit.lookupLabel"),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: "xs",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SegmentedControl, {
						value: by,
						onChange: (value) => setBy(value),
						"aria-label": t("visit.lookupBy"),
						data: [{
							value: "said",
							label: t("visit.bySaid")
						}, {
							value: "external",
							label: t("visit.byExternalId")
						}],
						w: "fit-content"
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						align: "flex-start",
						gap: "xs",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
							id: "visit-lookup",
							label: by === "said" ? t("visit.said") : t("visit.externalId"),
							value: text,
							onChange: (event) => setText(event.currentTarget.value),
							error,
							autoComplete: "off",
							inputMode: by === "said" ? "numeric" : "text",
							style: {
								flex: 1,
								minWidth: 220
							}
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							type: "submit",
							mt: 25,
							leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconSearch, {
								size: 16,
								"aria-hidden": true
							}),
							children: t("visit.find")
						})]
					})]
				})
			}),
			lookup?.by === "said" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AppointmentBySaid, { id: Number(lookup.value) }),
			lookup?.by === "external" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
				withBorder: true,
				p: "sm",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloVisitLinks, { appointment: { externalId: lookup.value } }, lookup.value)
			})
		]
	});
}
function AppointmentBySaid({ id }) {
	const { t, i18n } = useTranslation("sharing");
	const appointment = useSoloAppointment(id);
	if (appointment.isPending) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		size: "sm",
		children: t("common.loading")
	});
	if (appointment.isError) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
		error: appointment.error,
		onRetry: () => void appointment.refetch()
	});
	const a = appointment.data;
	const patientName = soloDisplayName(a.patient.demographics);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
		withBorder: true,
		p: "sm",
		"data-testid": "visit-details",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "sm",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 2,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						fw: 700,
						children: t("visit.appointment", { id: a.id })
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
						size: "sm",
						children: [
							formatInstant((/* @__PURE__ */ new Date(a.date * 1e3)).toISOString(), i18n.language, userTimeZone()),
							" ·",
							" ",
							t("visit.status", { status: a.status })
						]
					}),
					a.status === "cancelled" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
						color: "orange",
						variant: "light",
						children: t("visit.cancelled")
					})
				]
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloVisitLinks, {
				appointment: {
					id: a.id,
					externalId: a.externalId
				},
				patient: {
					patientName,
					patientId: a.patient.id
				}
			}, a.id)]
		})
	});
}
export { VisitsPage as default };
