import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { $ as formatInstant, Et as Code, Ft as Alert, Ir as require_react, Kt as Paper, Nt as Anchor, Or as useParams, Ot as Button, Pt as Text, Q as useDocumentTitle, Vt as Group, Yn as isTransient, et as formatLocalDate, qn as VendorError, tt as formatLocalTime, ut as useTranslation, xr as Link, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { n as notifications } from "./esm-BZ7yxgoG.js";
import { t as IconArrowBackUp } from "./IconArrowBackUp-BMUcwN2a.js";
import { t as IconBan } from "./IconBan-BwCU1wu1.js";
import { t as IconPencil } from "./IconPencil-D3EKZCfR.js";
import { i as useEdenOrder, o as useUpdateEdenOrder, r as useEdenFacilities, t as useCancelEdenOrder } from "./queries-wFqakvlC.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { n as RetryNotice, t as StatusBadge } from "./StatusBadge-BHe3ov2x.js";
import { t as Radio } from "./Radio-B5s8Yllv.js";
import { O as edenCancelReasons, u as isAbort } from "./search-Bd_rEMYc.js";
import { t as AppModal } from "./Dialogs-BkEEmPKW.js";
import { o as useForm, t as useFormDraft } from "./use-form-draft-D2Qhoe7n.js";
import { a as applyFormErrors, i as ErrorSummary, n as useAbortable, r as PendingRequest } from "./use-field-error-CWEDwR5m.js";
import { l as isOrderFormDraft, n as OrderForm, o as formFieldForVendorField, r as orderEditResolver, s as fromOrder, t as useOrderFieldLabel } from "./use-order-field-label-C8s35RKt.js";
import { t as SimpleGrid } from "./SimpleGrid-1HP91LG8.js";
import { t as PageSkeleton } from "./PageSkeleton-Djbnf-Yh.js";
// src/features/orders/components/CancelOrderModal.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
function CancelOrderModal({ order, opened, onClose, onCancelled }) {
	const { t } = useTranslation("orders");
	const [reason, setReason] = (0, import_react.useState)("");
	const cancel = useCancelEdenOrder(order.id);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AppModal, {
		opened,
		onClose,
		title: t("cancelTitle", { folio: order.folio }),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("cancelBody")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio.Group, {
				label: t("fields.cancel_reason"),
				value: reason,
				onChange: (value) => setReason(value),
				withAsterisk: true,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
					gap: "xs",
					mt: "xs",
					children: edenCancelReasons.map((value) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
						value,
						label: t(`cancelReasons.${value}`)
					}, value))
				})
			}),
			cancel.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: cancel.error }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				justify: "flex-end",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					variant: "default",
					onClick: onClose,
					children: t("keepOrder")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					color: "red.9",
					disabled: !reason,
					loading: cancel.isPending,
					onClick: () => {
						if (!reason || cancel.isPending) return;
						cancel.mutate(reason, { onSuccess: onCancelled });
					},
					"data-testid": "confirm-cancel",
					children: t("confirmCancel")
				})]
			})
		] })
	});
}
// src/features/orders/components/EditOrderForm.tsx
/** `PUT /orders/{id}/` with only the fields the user changed; the whole order is checked as at creation. */
function EditOrderForm({ order, onDone }) {
	const { t } = useTranslation("orders");
	const initial = (0, import_react.useMemo)(() => fromOrder(order), [order]);
	const resolver = (0, import_react.useMemo)(() => orderEditResolver(initial), [initial]);
	const form = useForm({
		resolver,
		defaultValues: initial,
		mode: "onSubmit",
		reValidateMode: "onChange"
	});
	const draft = useFormDraft(form, `eden-edit-${order.id}`, isOrderFormDraft);
	const facilities = useEdenFacilities();
	const update = useUpdateEdenOrder(order.id);
	const request = useAbortable();
	const labelOf = useOrderFieldLabel();
	const [failure, setFailure] = (0, import_react.useState)(null);
	const onSubmit = form.handleSubmit(async (changes) => {
		if (update.isPending) return;
		setFailure(null);
		if (Object.keys(changes).length === 0) {
			draft.clear();
			onDone(null);
			return;
		}
		try {
			const saved = await update.mutateAsync({
				input: changes,
				signal: request.begin()
			});
			draft.clear();
			onDone(saved);
		} catch (error) {
			const applied = applyFormErrors(form, error, (wire) => formFieldForVendorField(wire, form.getValues()));
			setFailure({
				error,
				...applied
			});
		}
	}, () => setFailure(null));
	if (draft.status === "loading") return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorSummary, {
		form,
		failure,
		labelOf,
		title: failure && isAbort(failure.error) ? t("request.stopped", { vendor: "Eden" }) : t("notSaved")
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(OrderForm, {
		form,
		facilities: facilities.data,
		facilitiesFailed: facilities.isError,
		busy: update.isPending,
		folioLocked: true,
		onSubmit,
		pending: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PendingRequest, {
			vendor: "eden",
			onStop: request.cancel
		}),
		actions: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
			variant: "default",
			onClick: () => {
				draft.discard();
				onDone(null);
			},
			children: t("common.cancel")
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
			type: "submit",
			loading: update.isPending,
			"data-testid": "save-order",
			children: update.isPending ? t("saving") : t("saveChanges")
		})] })
	})] });
}
// src/features/orders/components/OrderDetails.tsx
function Item({ label, children }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		component: "dt",
		size: "xs",
		c: "dimmed",
		fw: 600,
		children: label
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		component: "dd",
		m: 0,
		size: "sm",
		style: { overflowWrap: "anywhere" },
		children: typeof children === "string" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children }) : children
	})] });
}
function Section({ title, children }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
		withBorder: true,
		p: "md",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
			order: 2,
			size: "h4",
			mb: "sm",
			children: title
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SimpleGrid, {
			component: "dl",
			cols: {
				base: 1,
				xs: 2,
				md: 3
			},
			m: 0,
			spacing: "sm",
			children
		})]
	});
}
/** What Eden returned for the order, every field, as text. */
function OrderDetails({ order }) {
	const { t, i18n } = useTranslation("orders");
	const lang = i18n.language;
	const none = t("notSet");
	const v = (value) => value === null || value === void 0 || value === "" ? none : String(value);
	const sex = (value) => value ? `${t(`sexes.${value}`)} (${value})` : none;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Section, {
			title: t("sections.patient"),
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.patient_identifier"),
					children: v(order.patient_identifier)
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.patient_name"),
					children: order.patient_name
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.patient_first_surname"),
					children: v(order.patient_first_surname)
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.patient_last_surname"),
					children: v(order.patient_last_surname)
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.patient_gender"),
					children: sex(order.patient_gender)
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.patient_birth_date"),
					children: formatLocalDate(order.patient_birth_date, lang)
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.patient_email"),
					children: v(order.patient_email)
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.patient_phone_number"),
					children: order.patient_phone_number ? `+${v(order.patient_phone_code)} ${order.patient_phone_number}` : none
				})
			]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Section, {
			title: t("sections.study"),
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.folio"),
					children: order.folio
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.status"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(StatusBadge, { status: order.status })
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.priority"),
					children: order.priority ? t(`priorities.${order.priority}`) : none
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.modality"),
					children: order.modality
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.study_code"),
					children: order.study_code
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.study_name"),
					children: order.study_name
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.description"),
					children: order.description
				}),
				order.cancel_reason && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.cancel_reason"),
					children: t(`cancelReasons.${order.cancel_reason}`)
				})
			]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Section, {
			title: t("sections.place"),
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.facility_identifier"),
					children: `${order.facility.name} (${order.facility.identifier})`
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.room_identifier"),
					children: order.room ? `${order.room.name} (${order.room.ae_title})` : none
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.room_name"),
					children: v(order.room_name)
				})
			]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Section, {
			title: t("sections.physician"),
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.physician_identifier"),
					children: v(order.physician_identifier)
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.physician_name"),
					children: [
						order.physician_name,
						order.physician_first_surname,
						order.physician_last_surname
					].filter(Boolean).join(" ") || none
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.physician_gender"),
					children: sex(order.physician_gender)
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.physician_email"),
					children: v(order.physician_email)
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.physician_phone_number"),
					children: order.physician_phone_number ? `+${v(order.physician_phone_code)} ${order.physician_phone_number}` : none
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.practitioner_assigned_email"),
					children: v(order.practitioner_assigned_email)
				})
			]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Section, {
			title: t("sections.appointment"),
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.appointment_date"),
					children: order.appointment_date ? formatLocalDate(order.appointment_date, lang) : none
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.appointment_time"),
					children: order.appointment_time ? formatLocalTime(order.appointment_time, lang) : none
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.appointment_duration"),
					children: v(order.appointment_duration)
				})
			]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Section, {
			title: t("sections.extra"),
			children: Object.entries(order.extra_fields ?? {}).length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
				label: t("sections.extra"),
				children: none
			}) : Object.entries(order.extra_fields ?? {}).map(([key, value]) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
				label: key,
				children: typeof value === "string" ? value : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Code, { children: JSON.stringify(value) })
			}, key))
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Section, {
			title: t("sections.history"),
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.id"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Code, { children: order.id })
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.created_at"),
					children: formatInstant(order.created_at, lang)
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Item, {
					label: t("fields.updated_at"),
					children: formatInstant(order.updated_at, lang)
				})
			]
		})
	] });
}
// src/features/orders/OrderDetailPage.tsx
/** States in which Eden still lets the front desk change or cancel an order. */
var changeable = [
	"NEW",
	"PATIENT_ARRIVED",
	"IN_PROCESS"
];
function OrderDetailPage() {
	const { t } = useTranslation("orders");
	const { orderId = "" } = useParams();
	const order = useEdenOrder(orderId);
	const [editing, setEditing] = (0, import_react.useState)(false);
	const [cancelling, setCancelling] = (0, import_react.useState)(false);
	const missing = order.error instanceof VendorError && order.error.status === 404;
	useDocumentTitle(order.data ? t("detailTitle", { folio: order.data.folio }) : missing ? t("orderNotFound.title") : t("nav.orders"));
	const back = /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
		component: Link,
		to: "/orders",
		size: "sm",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			gap: 4,
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconArrowBackUp, {
				size: 16,
				"aria-hidden": true
			}), t("backToWorklist")]
		})
	});
	if (order.isPending) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(RetryNotice, {
		failureCount: order.failureCount,
		error: order.failureReason
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PageSkeleton, {})] });
	if (order.isError) {
		if (missing) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			align: "flex-start",
			"data-testid": "order-not-found",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 1,
					children: t("orderNotFound.title")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: t("orderNotFound.body", { id: orderId }) }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					component: Link,
					to: "/orders",
					leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconArrowBackUp, {
						size: 16,
						"aria-hidden": true
					}),
					children: t("backToWorklist")
				})
			]
		});
		return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 1,
				children: t("loadFailed")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: order.error,
				onRetry: isTransient(order.error) ? () => void order.refetch() : void 0
			}),
			back
		] });
	}
	const data = order.data;
	const canChange = changeable.includes(data.status);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			justify: "space-between",
			align: "flex-start",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 4,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 1,
					children: t("detailTitle", { folio: data.folio })
				}), back]
			}), !editing && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPencil, {
					size: 16,
					"aria-hidden": true
				}),
				onClick: () => setEditing(true),
				disabled: !canChange,
				"data-testid": "edit-order",
				children: t("edit")
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				color: "red.9",
				variant: "filled",
				leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconBan, {
					size: 16,
					"aria-hidden": true
				}),
				onClick: () => setCancelling(true),
				disabled: !canChange,
				"data-testid": "cancel-order",
				children: t("cancelOrder")
			})] })]
		}),
		!canChange && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
			color: "gray",
			children: t("readOnly")
		}),
		editing ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EditOrderForm, {
			order: data,
			onDone: (saved) => {
				setEditing(false);
				if (saved) notifications.show({
					color: "teal",
					message: t("updated", { folio: saved.folio })
				});
			}
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(OrderDetails, { order: data }),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(CancelOrderModal, {
			order: data,
			opened: cancelling,
			onClose: () => setCancelling(false),
			onCancelled: (cancelled) => {
				setCancelling(false);
				notifications.show({
					color: "teal",
					message: t("cancelled", { folio: cancelled.folio })
				});
			}
		})
	] });
}
export { OrderDetailPage as default };
