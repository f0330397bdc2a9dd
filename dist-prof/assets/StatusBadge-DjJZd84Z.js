import { Ot as Button, Pt as Text, Vt as Group, kt as Badge, ut as useTranslation, xt as Stack, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { t as AppModal } from "./Dialogs-BkEEmPKW.js";
import { a as statusColor, c as useCancelSoloAppointmentOnce, o as statusKey } from "./status-flow-14YcVfRg.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { t as ZonedTime } from "./ZonedTime-LItDy1w5.js";
// src/features/schedule/components/CancelAppointmentModal.tsx
var import_jsx_runtime = require_jsx_runtime();
/** Confirms and cancels an appointment, once (a retry after a lost answer is not an error). */
function CancelAppointmentModal({ opened, appointment, timeZone, onClose, onCancelled }) {
	const { t } = useTranslation("schedule");
	const update = useCancelSoloAppointmentOnce();
	const cancel = () => {
		if (appointment) update.mutate(appointment.id, { onSuccess: () => onCancelled(appointment.id) });
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AppModal, {
		opened,
		onClose: () => {
			update.reset();
			onClose();
		},
		title: t("cancel.title", { id: appointment?.id ?? "" }),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
			appointment && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
				size: "sm",
				children: [
					t("cancel.body", { patient: appointment.patientName ?? t("booking.unnamed") }),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonedTime, {
						at: appointment.start,
						timeZone,
						withDay: true
					})
				]
			}),
			update.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: update.error }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				justify: "flex-end",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					variant: "default",
					onClick: onClose,
					disabled: update.isPending,
					children: t("cancel.keep")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					color: "red.9",
					onClick: cancel,
					loading: update.isPending,
					"data-testid": "confirm-cancel",
					children: t("cancel.confirm")
				})]
			})
		] })
	});
}
// src/features/schedule/components/StatusBadge.tsx
function StatusBadge({ status }) {
	const { t } = useTranslation("schedule");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
		color: statusColor(status),
		variant: "filled",
		tt: "none",
		"data-status": status,
		children: t(`status.${statusKey(status)}`)
	});
}
export { CancelAppointmentModal as n, StatusBadge as t };
