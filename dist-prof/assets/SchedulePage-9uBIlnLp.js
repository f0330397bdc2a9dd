import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { En as useMediaQuery, Ft as Alert, H as offsetMinutesAt, Ir as require_react, Kn as TimeoutError, Nt as Anchor, Ot as Button, Pt as Text, Q as useDocumentTitle, St as SegmentedControl, Un as InputError, Vt as Group, Wn as NetworkError, Yn as isTransient, _t as IconAlertTriangle, bt as TextInput, et as formatLocalDate, ht as IconSearch, kr as useSearchParams, kt as Badge, lr as keepPreviousData, qn as VendorError, ut as useTranslation, vt as createReactComponent, xr as Link, xt as Stack, yr as require_jsx_runtime, yt as Title, z as isIsoDate } from "./boot-CCHtFN9d.js";
import { Cn as boolean, Dn as number, En as literal, Mn as union, On as object, Sn as array, jn as string } from "./search-Bd_rEMYc.js";
import { t as Grid } from "./Grid-q8JR4vqK.js";
import { _ as startOfWeek, a as formatLongDay, f as localMinutesOf, g as addDays, h as zoneName, i as formatDayHeader, m as startOfLocalDay, n as clockChangeMinutes, r as clockChangesBetween, s as formatWallClock, t as browserTimeZone, u as localDayOf, v as Select } from "./zones-BfiTQEyQ.js";
import { t as Skeleton } from "./Skeleton-CycB90X8.js";
import { t as IconChevronLeft } from "./IconChevronLeft-BDh_6O6U.js";
import { t as IconChevronRight } from "./IconChevronRight-IShDpuUd.js";
import { t as useSoloAppointment } from "./appointment-queries-BDs3aSsv.js";
import { c as useSoloSlots, o as useSoloPatient, s as useSoloPatientBySpid, u as useSoloWaitingRooms } from "./queries-DCLO6RnH.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { r as useLocationZone, t as LocationZoneControl } from "./LocationZoneControl-CXjh0Kqg.js";
import { t as ZonedTime } from "./ZonedTime-LItDy1w5.js";
import { d as isSoloSlotTakenError, f as Card, l as useRescheduleSoloAppointment, r as canReschedule, s as useBookSoloAppointment } from "./status-flow-14YcVfRg.js";
import { t as TagsInput } from "./TagsInput-C8xFxz2e.js";
import { t as IconCalendarCheck } from "./IconCalendarCheck-CGAQNPMM.js";
import { a as soloRefOf, i as patientKeyOf, n as patientFromInput, r as patientFromKey, t as displayName } from "./patient-ref-WdHTJjBA.js";
import { i as saveDraft, n as loadDraft, t as clearDraft } from "./draft-vault-Dy3f-msU.js";
import { t as IconClockExclamation } from "./IconClockExclamation-BQ0ed0cj.js";
import { t as IconArrowRight } from "./IconArrowRight-8QopPie9.js";
import { t as ScheduleNav } from "./ScheduleNav-CfAw42de.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconCircleCheck = createReactComponent("outline", "circle-check", "CircleCheck", [["path", {
	"d": "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0",
	"key": "svg-0"
}], ["path", {
	"d": "M9 12l2 2l4 -4",
	"key": "svg-1"
}]]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconHandStop = createReactComponent("outline", "hand-stop", "HandStop", [
	["path", {
		"d": "M8 13v-7.5a1.5 1.5 0 0 1 3 0v6.5",
		"key": "svg-0"
	}],
	["path", {
		"d": "M11 5.5v-2a1.5 1.5 0 1 1 3 0v8.5",
		"key": "svg-1"
	}],
	["path", {
		"d": "M14 5.5a1.5 1.5 0 0 1 3 0v6.5",
		"key": "svg-2"
	}],
	["path", {
		"d": "M17 7.5a1.5 1.5 0 0 1 3 0v8.5a6 6 0 0 1 -6 6h-2h.208a6 6 0 0 1 -5.012 -2.7a69.74 69.74 0 0 1 -.196 -.3c-.312 -.479 -1.407 -2.388 -3.286 -5.728a1.5 1.5 0 0 1 .536 -2.022a1.867 1.867 0 0 1 2.28 .28l1.47 1.47",
		"key": "svg-3"
	}]
]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconUser = createReactComponent("outline", "user", "User", [["path", {
	"d": "M8 7a4 4 0 1 0 8 0a4 4 0 0 0 -8 0",
	"key": "svg-0"
}], ["path", {
	"d": "M6 21v-2a4 4 0 0 1 4 -4h4a4 4 0 0 1 4 4v2",
	"key": "svg-1"
}]]);
// src/features/schedule/use-booking-draft.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
/**
* What the user typed for a booking, and the booking attempt in flight, kept as an encrypted draft
* (src/lib/drafts: AES-GCM, this tab only) so a reload, a failure or the idle lock loses nothing, and a
* retry after a lost answer reuses the same external id.
*/
var DRAFT_NAME = "schedule.booking";
var draftSchema = object({
	patient: union([object({
		kind: literal("spid"),
		value: string()
	}), object({
		kind: literal("id"),
		value: string()
	})]).nullable(),
	reasons: array(string()),
	/** The external id of the last attempt, the slot it was for, and whether it was sent. */
	attempt: object({
		externalId: string(),
		slot: number(),
		sent: boolean()
	}).nullable()
});
var empty = {
	patient: null,
	reasons: [],
	attempt: null
};
function newExternalId() {
	return `console-${crypto.randomUUID()}`;
}
function useBookingDraft() {
	const [values, setValues] = (0, import_react.useState)(empty);
	const [status, setStatus] = (0, import_react.useState)("loading");
	const latest = (0, import_react.useRef)(values);
	latest.current = values;
	(0, import_react.useEffect)(() => {
		let cancelled = false;
		loadDraft(DRAFT_NAME).then((stored) => {
			if (cancelled) return;
			const parsed = draftSchema.safeParse(stored);
			if (parsed.success) setValues(parsed.data);
			setStatus("ready");
		});
		return () => {
			cancelled = true;
		};
	}, []);
	const update = (0, import_react.useCallback)((patch) => {
		const next = {
			...latest.current,
			...patch
		};
		latest.current = next;
		setValues(next);
		return saveDraft(DRAFT_NAME, next);
	}, []);
	return {
		status,
		values,
		setPatient: (0, import_react.useCallback)((patient) => void update({ patient }), [update]),
		setReasons: (0, import_react.useCallback)((reasons) => void update({ reasons }), [update]),
		/** The external id to send for this slot: the unsettled attempt's when it was for this slot, else a new one. */
		attemptFor: (0, import_react.useCallback)((slot) => {
			const attempt = latest.current.attempt;
			if (attempt && attempt.slot === slot) return {
				externalId: attempt.externalId,
				alreadySent: attempt.sent
			};
			return {
				externalId: newExternalId(),
				alreadySent: false
			};
		}, []),
		/** Written before the request leaves, so a reload during it still knows the attempt. */
		markSent: (0, import_react.useCallback)((externalId, slot) => update({ attempt: {
			externalId,
			slot,
			sent: true
		} }), [update]),
		/** The attempt definitely did not book: the next one gets a new external id. */
		forgetAttempt: (0, import_react.useCallback)(() => void update({ attempt: null }), [update]),
		/** Booked: nothing left to keep. */
		clear: (0, import_react.useCallback)(() => {
			latest.current = empty;
			setValues(empty);
			clearDraft(DRAFT_NAME);
		}, [])
	};
}
// src/features/schedule/components/PatientFinder.tsx
var import_jsx_runtime = require_jsx_runtime();
/** Fetches one Solo patient by patient id or SPID (Solo has no search) and shows who it is. */
function usePatientLookup(patient) {
	const bySpid = useSoloPatientBySpid(patient?.kind === "spid" ? Number(patient.value) : void 0);
	const byId = useSoloPatient(patient?.kind === "id" ? patient.value : void 0);
	return patient?.kind === "spid" ? bySpid : byId;
}
function PatientFinder({ value, onChange, disabled = false, focusChosen = false, onFocused }) {
	const { t, i18n } = useTranslation("schedule");
	const [text, setText] = (0, import_react.useState)(value?.value ?? "");
	const [asked, setAsked] = (0, import_react.useState)(value);
	const lookup = usePatientLookup(asked);
	const notFound = lookup.error instanceof VendorError && lookup.error.status === 404;
	const found = asked && lookup.data ? lookup.data : null;
	const changeButton = (0, import_react.useRef)(null);
	const shown = Boolean(value && found);
	(0, import_react.useEffect)(() => {
		if (!focusChosen || !shown) return;
		changeButton.current?.focus();
		onFocused?.();
	}, [
		focusChosen,
		shown,
		onFocused
	]);
	const find = () => {
		const next = patientFromInput(text);
		setAsked(next);
		onChange(null);
	};
	if (value && found) {
		const dob = found.birthDate ? formatLocalDate(found.birthDate, i18n.language) : t("common.none");
		return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Card, {
			withBorder: true,
			padding: "sm",
			"data-testid": "chosen-patient",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				justify: "space-between",
				wrap: "wrap",
				align: "flex-start",
				gap: "xs",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					gap: "xs",
					wrap: "nowrap",
					align: "flex-start",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconUser, {
						size: 18,
						"aria-hidden": true
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
						gap: 0,
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							fw: 600,
							children: displayName(found) ?? t("booking.unnamed")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "xs",
							c: "dimmed",
							children: t("booking.patientLine", {
								ref: value.kind === "spid" ? `SPID ${value.value}` : value.value,
								dob,
								mrn: found.mrn ?? t("common.none")
							})
						})]
					})]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					ref: changeButton,
					size: "compact-sm",
					variant: "subtle",
					disabled,
					onClick: () => {
						onChange(null);
						setAsked(null);
					},
					"data-testid": "change-patient",
					children: t("booking.changePatient")
				})]
			})
		});
	}
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xs",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("form", {
				onSubmit: (event) => {
					event.preventDefault();
					find();
				},
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					align: "flex-end",
					gap: "xs",
					wrap: "nowrap",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
						label: t("booking.patientField"),
						description: t("booking.patientHint"),
						value: text,
						onChange: (event) => setText(event.currentTarget.value),
						disabled,
						style: { flex: 1 },
						"data-testid": "patient-input",
						error: notFound ? t("booking.patientNotFound") : void 0
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						type: "submit",
						variant: "default",
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconSearch, {
							size: 16,
							"aria-hidden": true
						}),
						disabled: disabled || !patientFromInput(text),
						loading: Boolean(asked) && lookup.isFetching,
						"data-testid": "find-patient",
						children: t("booking.find")
					})]
				})
			}),
			lookup.isError && !notFound && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: lookup.error,
				onRetry: () => void lookup.refetch()
			}),
			found && asked && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Card, {
				withBorder: true,
				padding: "sm",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					justify: "space-between",
					wrap: "wrap",
					gap: "xs",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
						gap: 0,
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							fw: 600,
							children: displayName(found) ?? t("booking.unnamed")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "xs",
							c: "dimmed",
							children: t("booking.patientLine", {
								ref: asked.kind === "spid" ? `SPID ${asked.value}` : asked.value,
								dob: found.birthDate ? formatLocalDate(found.birthDate, i18n.language) : t("common.none"),
								mrn: found.mrn ?? t("common.none")
							})
						})]
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						size: "compact-sm",
						onClick: () => onChange(asked),
						disabled,
						"data-testid": "use-patient",
						children: t("booking.usePatient")
					})]
				})
			})
		]
	});
}
// src/features/schedule/components/BookingPanel.tsx
var REASON_SUGGESTIONS = [
	"MRI results",
	"CT follow-up",
	"Ultrasound review",
	"X-ray consult"
];
/** Whether a failure leaves it open if the booking was made (then the next try looks for it first). */
function outcomeUnknown(error) {
	return error instanceof NetworkError || error instanceof TimeoutError || error instanceof VendorError && error.status >= 500 || isTransient(error) && !(error instanceof InputError);
}
/**
* Confirming a held slot: who, why, and Book. The slot stays marked as the user's in the grid; the grid
* keeps refreshing, and when the slot disappears Confirm is disabled and says why. Booking re-checks the
* slot, sends once under an external id kept in the encrypted draft, and finds its own booking after a
* lost answer.
*/
function BookingPanel({ room, timeZone, slot, stillFree, initialPatient, onPatientChange, onBooked, onRelease, onUnsettled }) {
	const { t } = useTranslation("schedule");
	const draft = useBookingDraft();
	const [outcome, setOutcome] = (0, import_react.useState)({ kind: "none" });
	const heading = (0, import_react.useRef)(null);
	const [focusChosen, setFocusChosen] = (0, import_react.useState)(false);
	const onChosenFocused = (0, import_react.useCallback)(() => setFocusChosen(false), []);
	const book = useBookSoloAppointment();
	const patient = draft.values.patient ?? initialPatient;
	const slotSeconds = Math.round(slot.start / 1e3);
	const unsettled = outcome.kind === "failed" && outcome.unknown;
	const [shownSlot, setShownSlot] = (0, import_react.useState)(slotSeconds);
	if (shownSlot !== slotSeconds) {
		setShownSlot(slotSeconds);
		setOutcome((current) => current.kind === "failed" && current.unknown ? current : { kind: "none" });
	}
	const ready = draft.status === "ready";
	(0, import_react.useEffect)(() => {
		if (ready && shownSlot) heading.current?.focus();
	}, [shownSlot, ready]);
	(0, import_react.useEffect)(() => onUnsettled(unsettled), [unsettled, onUnsettled]);
	if (draft.status === "loading") return null;
	const confirm = async () => {
		if (!patient) return;
		const attempt = draft.attemptFor(slotSeconds);
		await draft.markSent(attempt.externalId, slotSeconds);
		book.mutate({
			request: {
				patient: soloRefOf(patient),
				input: {
					waitingRoom: room,
					date: slotSeconds,
					duration: slot.duration,
					externalId: attempt.externalId,
					reasons: draft.values.reasons
				}
			},
			alreadySent: attempt.alreadySent
		}, {
			onSuccess: (booking) => {
				draft.clear();
				setOutcome({ kind: "none" });
				onBooked(booking, slot);
			},
			onError: (error) => {
				if (isSoloSlotTakenError(error)) {
					draft.forgetAttempt();
					setOutcome({
						kind: "taken",
						when: error.when
					});
					return;
				}
				const unknown = outcomeUnknown(error);
				if (!unknown) draft.forgetAttempt();
				setOutcome({
					kind: "failed",
					error,
					unknown
				});
			}
		});
	};
	const settledHere = !unsettled && !book.isPending && !book.isSuccess;
	const gone = outcome.kind === "taken" || !stillFree && settledHere;
	const canConfirm = Boolean(patient) && !gone && !book.isPending;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Card, {
		withBorder: true,
		padding: "md",
		"data-testid": "booking-panel",
		component: "section",
		"aria-labelledby": "booking-heading",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "sm",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					justify: "space-between",
					align: "flex-start",
					wrap: "nowrap",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
						order: 2,
						size: "h4",
						id: "booking-heading",
						ref: heading,
						tabIndex: -1,
						children: t("booking.title")
					}), !gone && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
						color: "indigo",
						variant: "filled",
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconHandStop, {
							size: 12,
							"aria-hidden": true
						}),
						tt: "none",
						children: t("booking.held")
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					"data-testid": "booking-slot",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonedTime, {
						at: slot.start,
						timeZone,
						withDay: true,
						stacked: true,
						size: "md"
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "xs",
						c: "dimmed",
						children: t("booking.slotLine", {
							room,
							minutes: Math.round(slot.duration / 60)
						})
					})]
				}),
				gone && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
					color: "red",
					variant: "light",
					icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconAlertTriangle, { "aria-hidden": true }),
					role: "alert",
					"data-testid": "slot-gone",
					children: outcome.kind === "taken" && outcome.when === "taken" ? t("booking.takenByOther") : t("booking.gone")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PatientFinder, {
					value: patient,
					onChange: (next) => {
						draft.setPatient(next);
						onPatientChange(next);
						if (next) setFocusChosen(true);
					},
					focusChosen,
					onFocused: onChosenFocused,
					disabled: book.isPending || unsettled
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TagsInput, {
					label: t("booking.reasons"),
					description: t("booking.reasonsHint"),
					data: REASON_SUGGESTIONS,
					value: draft.values.reasons,
					onChange: draft.setReasons,
					disabled: book.isPending || unsettled,
					"data-testid": "reasons-input",
					clearable: true
				}),
				outcome.kind === "failed" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: 4,
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: outcome.error }), outcome.unknown && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						"data-testid": "booking-unknown",
						children: t("booking.unknownOutcome")
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					justify: "space-between",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						variant: "default",
						onClick: onRelease,
						disabled: book.isPending || unsettled,
						"data-testid": "release-slot",
						children: t("booking.release")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconCalendarCheck, {
							size: 16,
							"aria-hidden": true
						}),
						onClick: () => void confirm(),
						disabled: !canConfirm,
						loading: book.isPending,
						"data-testid": "confirm-booking",
						children: unsettled ? t("booking.retry") : t("booking.confirm")
					})]
				}),
				!patient && !gone && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "xs",
					c: "dimmed",
					children: t("booking.needPatient")
				})
			]
		})
	});
}
var ClockChangeNotice_module_default = { title: "_title_1fdlk_2" };
// src/features/schedule/components/ClockChangeNotice.tsx
var hhmm = (minutes) => {
	const wrapped = (minutes + 1440) % 1440;
	return `${String(Math.floor(wrapped / 60)).padStart(2, "0")}:${String(wrapped % 60).padStart(2, "0")}`;
};
/** Flags a week (or day) in which the location's clocks change, and says what the grid does about it. */
function ClockChangeNotice({ changes, timeZone }) {
	const { t, i18n } = useTranslation("schedule");
	const locale = i18n.language;
	if (changes.length === 0) return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
		color: "yellow",
		classNames: { title: ClockChangeNotice_module_default.title },
		variant: "light",
		icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconClockExclamation, { "aria-hidden": true }),
		title: t("clockChange.title"),
		"data-testid": "clock-change",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: 4,
			children: [changes.map((change) => {
				const minutes = clockChangeMinutes(change);
				const values = {
					day: formatLongDay(localDayOf(change.at, timeZone), locale),
					from: hhmm(localMinutesOf(change.at, timeZone) - minutes),
					to: hhmm(localMinutesOf(change.at, timeZone)),
					before: zoneName(change.at - 1e3, timeZone, locale),
					after: zoneName(change.at, timeZone, locale),
					zone: timeZone,
					minutes: Math.abs(minutes)
				};
				return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t(minutes > 0 ? "clockChange.forward" : "clockChange.back", values)
				}, change.at);
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("clockChange.grid")
			})]
		})
	});
}
// src/features/schedule/components/ReschedulePanel.tsx
/** Moving an appointment to the held slot: the old and the new time, then Move, which re-checks the slot. */
function ReschedulePanel({ appointmentId, appointment, room, timeZone, slot, stillFree, onMoved, onRelease }) {
	const { t } = useTranslation("schedule");
	const move = useRescheduleSoloAppointment();
	const [taken, setTaken] = (0, import_react.useState)(null);
	const [unknown, setUnknown] = (0, import_react.useState)(false);
	const heading = (0, import_react.useRef)(null);
	const seconds = Math.round(slot.start / 1e3);
	const [shownSlot, setShownSlot] = (0, import_react.useState)(seconds);
	if (shownSlot !== seconds) {
		setShownSlot(seconds);
		setTaken(null);
	}
	(0, import_react.useEffect)(() => {
		if (shownSlot) heading.current?.focus();
	}, [shownSlot]);
	const gone = !stillFree || taken !== null;
	const movable = appointment ? canReschedule(appointment.status) : false;
	const confirm = () => move.mutate({
		change: {
			id: appointmentId,
			waitingRoom: room,
			date: seconds,
			duration: slot.duration
		},
		alreadySent: unknown
	}, {
		onSuccess: (booking) => {
			setUnknown(false);
			onMoved(booking, slot);
		},
		onError: (error) => {
			if (isSoloSlotTakenError(error)) {
				setTaken(error.when);
				setUnknown(false);
				return;
			}
			setUnknown(error instanceof NetworkError || error instanceof TimeoutError || error instanceof VendorError && error.status >= 500);
		}
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Card, {
		withBorder: true,
		padding: "md",
		"data-testid": "reschedule-panel",
		component: "section",
		"aria-labelledby": "reschedule-heading",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "sm",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 2,
					size: "h4",
					id: "reschedule-heading",
					ref: heading,
					tabIndex: -1,
					children: t("reschedule.title", { id: appointmentId })
				}),
				appointment && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: 2,
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "xs",
						c: "dimmed",
						children: t("reschedule.from")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonedTime, {
						at: appointment.date * 1e3,
						timeZone,
						withDay: true,
						stacked: true
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconArrowRight, {
					size: 16,
					"aria-hidden": true
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: 2,
					"data-testid": "booking-slot",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "xs",
						c: "dimmed",
						children: t("reschedule.to")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonedTime, {
						at: slot.start,
						timeZone,
						withDay: true,
						stacked: true
					})]
				}),
				gone && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
					color: "red",
					variant: "light",
					icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconAlertTriangle, { "aria-hidden": true }),
					role: "alert",
					"data-testid": "slot-gone",
					children: taken === "taken" ? t("booking.takenByOther") : t("booking.gone")
				}),
				appointment && !movable && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
					color: "gray",
					variant: "light",
					children: t("reschedule.notMovable")
				}),
				move.isError && !isSoloSlotTakenError(move.error) && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: move.error }),
				unknown && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("booking.unknownOutcome")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					justify: "space-between",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						variant: "default",
						onClick: onRelease,
						disabled: move.isPending,
						children: t("booking.release")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						onClick: confirm,
						disabled: gone || !movable || move.isPending,
						loading: move.isPending,
						"data-testid": "confirm-reschedule",
						children: unknown ? t("booking.retry") : t("reschedule.confirm")
					})]
				})
			]
		})
	});
}
// src/lib/scheduling/slot-grid.ts
var DAY_MS = 864e5;
var MINUTE_MS = 6e4;
var wallLabel = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
/** The location's offset at `ms` within `day` (its start offset, or the one after the last change passed). */
function offsetWithin(day, ms) {
	let offset = day.offsetAtStart;
	for (const change of day.changes) if (ms >= change.at) offset = change.offsetAfter;
	return offset;
}
/** Wall-clock minutes since midnight of `ms` at a known UTC offset. */
function wallMinutes(ms, offset) {
	const wall = ms + offset * MINUTE_MS;
	return Math.floor((wall % DAY_MS + DAY_MS) % DAY_MS / MINUTE_MS);
}
/** The wall-clock range `[from, to)` in minutes that a change repeats (back) or skips (forward). */
function changedWallRange(change) {
	const after = wallMinutes(change.at, change.offsetAfter);
	const shift = Math.abs(clockChangeMinutes(change));
	return clockChangeMinutes(change) < 0 ? {
		from: after,
		to: after + shift
	} : {
		from: after - shift,
		to: after
	};
}
function placeSlot(slot, dayIndex, day) {
	const offset = offsetWithin(day, slot.start);
	const minutes = wallMinutes(slot.start, offset);
	for (const change of day.changes) {
		if (clockChangeMinutes(change) >= 0 || slot.start < change.at) continue;
		const range = changedWallRange(change);
		if (minutes >= range.from && minutes < range.to) return {
			dayIndex,
			minutes,
			repeat: true,
			order: range.to - .5 + .5 * (minutes - range.from) / (range.to - range.from),
			offset
		};
	}
	return {
		dayIndex,
		minutes,
		repeat: false,
		order: minutes,
		offset
	};
}
/** The usual step between slots, in minutes (the most frequent slot length). */
function usualStep(slots) {
	const counts = /* @__PURE__ */ new Map();
	for (const slot of slots) {
		const minutes = Math.round(slot.duration / 60);
		if (minutes > 0) counts.set(minutes, (counts.get(minutes) ?? 0) + 1);
	}
	let best = null;
	for (const [minutes, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = minutes;
	return best;
}
/** The local days `firstDay … firstDay + dayCount - 1` of `timeZone`, with their bounds and clock changes. */
function gridDays(timeZone, firstDay, dayCount) {
	const starts = Array.from({ length: dayCount + 1 }, (_, index) => startOfLocalDay(addDays(firstDay, index), timeZone));
	return Array.from({ length: dayCount }, (_, index) => {
		const range = [starts[index], starts[index + 1]];
		return {
			day: addDays(firstDay, index),
			range,
			changes: clockChangesBetween(timeZone, range[0], range[1]),
			hours: Math.round((range[1] - range[0]) / 36e5),
			offsetAtStart: offsetMinutesAt(new Date(range[0]), timeZone)
		};
	});
}
/**
* Builds the grid of `slots` for the local days `firstDay … firstDay + dayCount - 1` in `timeZone`. Rows
* between the first and the last slot are filled at the usual slot step, so a booked or closed time shows
* as an empty row instead of vanishing. Slots outside the days are left out.
*/
function buildSlotGrid(slots, timeZone, firstDay, dayCount) {
	const days = gridDays(timeZone, firstDay, dayCount);
	const placed = [];
	for (const slot of slots) {
		const index = days.findIndex((day) => slot.start >= day.range[0] && slot.start < day.range[1]);
		const day = days[index];
		if (!day) continue;
		placed.push({
			slot,
			at: placeSlot(slot, index, day)
		});
	}
	const rowsByKey = /* @__PURE__ */ new Map();
	const addRow = (minutes, repeat, order) => {
		const key = repeat ? `${minutes}r` : String(minutes);
		if (!rowsByKey.has(key)) rowsByKey.set(key, {
			key,
			minutes,
			repeat,
			wall: wallLabel(minutes),
			order
		});
	};
	for (const { at } of placed) addRow(at.minutes, at.repeat, at.order);
	const step = usualStep(slots);
	const plain = placed.filter(({ at }) => !at.repeat).map(({ at }) => at.minutes);
	if (step && plain.length > 0) {
		const first = Math.min(...plain);
		const last = Math.max(...plain);
		for (let minutes = first; minutes <= last; minutes += step) addRow(minutes, false, minutes);
	}
	const rows = [...rowsByKey.values()].sort((a, b) => a.order - b.order);
	const rowIndex = new Map(rows.map((row, index) => [row.key, index]));
	const skipped = days.map((day) => day.changes.filter((change) => clockChangeMinutes(change) > 0).map((change) => changedWallRange(change)));
	const cells = rows.map((row) => days.map((_, index) => ({
		slot: null,
		offset: null,
		nonexistent: !row.repeat && (skipped[index] ?? []).some((range) => row.minutes >= range.from && row.minutes < range.to)
	})));
	for (const { slot, at } of placed) {
		const row = rowIndex.get(at.repeat ? `${at.minutes}r` : String(at.minutes));
		const cell = row === void 0 ? void 0 : cells[row]?.[at.dayIndex];
		if (cell) {
			cell.slot = slot;
			cell.offset = at.offset;
		}
	}
	return {
		timeZone,
		days,
		rows: rows.map(({ order: _order, ...row }) => row),
		cells,
		changes: days.flatMap((day) => day.changes),
		slotCount: placed.length
	};
}
var SlotGrid_module_default = {
	scroller: "_scroller_1pr2t_1",
	table: "_table_1pr2t_7",
	corner: "_corner_1pr2t_21",
	dayHeader: "_dayHeader_1pr2t_22",
	zone: "_zone_1pr2t_40",
	rowHeader: "_rowHeader_1pr2t_49",
	cell: "_cell_1pr2t_60",
	own: "_own_1pr2t_120"
};
// src/features/schedule/components/SlotGrid.tsx
var Cell = (0, import_react.memo)(function Cell({ id, state, text, own, label, tabIndex, disabled, start, row, col, onActivate, onFocusCell, onKey }) {
	const pickable = state === "free" || state === "held";
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("td", {
		id,
		role: "gridcell",
		className: SlotGrid_module_default.cell,
		"data-state": state,
		"data-slot-start": start ?? void 0,
		"data-disabled": disabled && pickable ? "" : void 0,
		"aria-selected": state === "held",
		"aria-disabled": !pickable || disabled,
		"aria-label": label,
		tabIndex,
		onClick: () => onActivate(row, col),
		onFocus: () => onFocusCell(row, col),
		onKeyDown: (event) => onKey(event, row, col),
		children: [text, own && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
			className: SlotGrid_module_default.own,
			children: own
		})]
	});
});
/**
* The free slots of a waiting room as an ARIA grid: one column per local day of the room, one row per
* wall-clock time of the room. Arrow keys move, Home/End go to the row's ends, Ctrl+Home/End to the grid's,
* Enter or Space picks, PageUp/PageDown change the week. One cell is in the tab order (roving tabindex).
*/
function SlotGrid({ grid, held, onPick, onPage, label, disabled = false, busy = false }) {
	const { t, i18n } = useTranslation("schedule");
	const locale = i18n.language;
	const own = browserTimeZone();
	const single = grid.days.length === 1;
	const [focus, setFocus] = (0, import_react.useState)(null);
	const focusPending = (0, import_react.useRef)(false);
	const cells = (0, import_react.useMemo)(() => {
		const wallText = /* @__PURE__ */ new Map();
		const hhmm = (wall) => {
			let text = wallText.get(wall);
			if (text === void 0) {
				text = formatWallClock(wall, locale);
				wallText.set(wall, text);
			}
			return text;
		};
		const names = /* @__PURE__ */ new Map();
		const nameOf = (zone, offset, at) => {
			const key = `${zone}|${offset}`;
			let name = names.get(key);
			if (name === void 0) {
				name = zoneName(at, zone, locale);
				names.set(key, name);
			}
			return name;
		};
		const wallOf = (ms, offset) => {
			const minutes = Math.floor(((ms + offset * 6e4) % 864e5 + 864e5) % 864e5 / 6e4);
			return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
		};
		const columns = grid.days.map((day) => ({
			text: formatLongDay(day.day, locale),
			viewer: {
				...day,
				offsetAtStart: offsetMinutesAt(new Date(day.range[0]), own),
				changes: clockChangesBetween(own, day.range[0], day.range[1])
			}
		}));
		return grid.rows.map((row, r) => grid.days.map((_day, c) => {
			const cell = grid.cells[r]?.[c];
			const column = columns[c];
			const dayText = column?.text ?? "";
			if (!cell?.slot || cell.offset === null || !column) {
				const state = cell?.nonexistent ? "nonexistent" : "empty";
				const why = state === "nonexistent" ? t("grid.nonexistent") : t("grid.noSlot");
				return {
					state,
					start: null,
					text: state === "nonexistent" ? "×" : "—",
					own: null,
					label: `${dayText}, ${hhmm(row.wall)}: ${why}`
				};
			}
			const start = cell.slot.start;
			const zoned = `${hhmm(row.wall)} ${nameOf(grid.timeZone, cell.offset, start)}`;
			const viewerOffset = offsetWithin(column.viewer, start);
			const mine = viewerOffset === cell.offset ? null : `${hhmm(wallOf(start, viewerOffset))} ${nameOf(own, viewerOffset, start)}`;
			const repeat = row.repeat ? ` (${t("grid.secondTime")})` : "";
			return {
				state: "free",
				start,
				text: single ? zoned : t("grid.freeShort"),
				own: single && mine ? t("zone.yourTime", { time: mine }) : null,
				label: `${dayText}, ${zoned}${repeat}, ${t("grid.free")}${mine ? `. ${t("zone.yourTime", { time: mine })}` : ""}`
			};
		}));
	}, [
		grid,
		locale,
		own,
		single,
		t
	]);
	const rowCount = grid.rows.length;
	const colCount = grid.days.length;
	const heldPosition = (0, import_react.useMemo)(() => {
		if (held === null) return null;
		for (let r = 0; r < rowCount; r++) for (let c = 0; c < colCount; c++) if (cells[r]?.[c]?.start === held) return {
			row: r,
			col: c
		};
		return null;
	}, [
		held,
		cells,
		rowCount,
		colCount
	]);
	const firstFree = (0, import_react.useMemo)(() => {
		for (let c = 0; c < colCount; c++) for (let r = 0; r < rowCount; r++) if (cells[r]?.[c]?.state === "free") return {
			row: r,
			col: c
		};
		return rowCount > 0 && colCount > 0 ? {
			row: 0,
			col: 0
		} : null;
	}, [
		cells,
		rowCount,
		colCount
	]);
	const clampedFocus = focus && focus.row < rowCount && focus.col < colCount ? focus : heldPosition ?? firstFree;
	const wrapper = (0, import_react.useRef)(null);
	const hadFocus = (0, import_react.useRef)(false);
	(0, import_react.useEffect)(() => {
		const onPointerDown = (event) => {
			if (!wrapper.current?.contains(event.target)) hadFocus.current = false;
		};
		document.addEventListener("pointerdown", onPointerDown);
		return () => document.removeEventListener("pointerdown", onPointerDown);
	}, []);
	(0, import_react.useEffect)(() => {
		if (!clampedFocus) return;
		const active = document.activeElement;
		const lost = hadFocus.current && (!active || active === document.body);
		if (!focusPending.current && !lost) return;
		focusPending.current = false;
		document.getElementById(cellId(grid, clampedFocus.row, clampedFocus.col))?.focus();
	});
	const latest = (0, import_react.useRef)({
		onPick,
		onPage,
		grid,
		disabled
	});
	latest.current = {
		onPick,
		onPage,
		grid,
		disabled
	};
	const onActivate = (0, import_react.useCallback)((row, col) => {
		setFocus({
			row,
			col
		});
		const { grid: current, disabled: paused, onPick: pick } = latest.current;
		const slot = current.cells[row]?.[col]?.slot;
		if (slot && !paused) pick(slot);
	}, []);
	const onFocusCell = (0, import_react.useCallback)((row, col) => {
		setFocus((current) => current?.row === row && current.col === col ? current : {
			row,
			col
		});
	}, []);
	const onKey = (0, import_react.useCallback)((event, row, col) => {
		const move = (r, c) => {
			event.preventDefault();
			focusPending.current = true;
			setFocus({
				row: Math.max(0, Math.min(rowCount - 1, r)),
				col: Math.max(0, Math.min(colCount - 1, c))
			});
		};
		switch (event.key) {
			case "ArrowDown": return move(row + 1, col);
			case "ArrowUp": return move(row - 1, col);
			case "ArrowRight": return move(row, col + 1);
			case "ArrowLeft": return move(row, col - 1);
			case "Home": return event.ctrlKey ? move(0, 0) : move(row, 0);
			case "End": return event.ctrlKey ? move(rowCount - 1, colCount - 1) : move(row, colCount - 1);
			case "PageUp":
				event.preventDefault();
				focusPending.current = true;
				latest.current.onPage(-1);
				return;
			case "PageDown":
				event.preventDefault();
				focusPending.current = true;
				latest.current.onPage(1);
				return;
			case "Enter":
			case " ":
				event.preventDefault();
				onActivate(row, col);
				return;
		}
	}, [
		rowCount,
		colCount,
		onActivate
	]);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
		ref: wrapper,
		className: SlotGrid_module_default.scroller,
		"aria-busy": busy,
		"data-busy": busy || void 0,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("table", {
			role: "grid",
			"aria-label": label,
			className: SlotGrid_module_default.table,
			"data-testid": "slot-grid",
			onFocus: () => {
				hadFocus.current = true;
			},
			onBlur: (event) => {
				if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) hadFocus.current = false;
			},
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
				className: SlotGrid_module_default.corner,
				scope: "col",
				children: t("grid.time")
			}), grid.days.map((day) => {
				const change = day.changes[0];
				const noon = (day.range[0] + day.range[1]) / 2;
				return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("th", {
					scope: "col",
					className: SlotGrid_module_default.dayHeader,
					"data-change": change ? "" : void 0,
					"data-day": day.day,
					children: [single ? formatLongDay(day.day, locale) : formatDayHeader(day.day, locale), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						span: true,
						size: "xs",
						c: change ? void 0 : "dimmed",
						display: "block",
						fw: 400,
						children: change ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconClockExclamation, {
								size: 12,
								"aria-hidden": true
							}),
							" ",
							t(clockChangeMinutes(change) > 0 ? "grid.changeForward" : "grid.changeBack", {
								from: zoneName(change.at - 1e3, grid.timeZone, locale),
								to: zoneName(change.at, grid.timeZone, locale),
								hours: day.hours
							})
						] }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							className: SlotGrid_module_default.zone,
							children: zoneName(noon, grid.timeZone, locale)
						})
					})]
				}, day.day);
			})] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tbody", { children: grid.rows.map((row, r) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("th", {
				scope: "row",
				className: SlotGrid_module_default.rowHeader,
				children: [formatWallClock(row.wall, locale), row.repeat && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					span: true,
					size: "xs",
					display: "block",
					c: "dimmed",
					children: t("grid.secondTime")
				})]
			}), grid.days.map((day, c) => {
				const cell = cells[r]?.[c];
				if (!cell) return null;
				const isHeld = cell.start !== null && cell.start === held;
				const focused = clampedFocus?.row === r && clampedFocus.col === c;
				return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Cell, {
					id: cellId(grid, r, c),
					state: isHeld ? "held" : cell.state,
					text: isHeld ? t("grid.yours") : cell.text,
					own: cell.own,
					label: isHeld ? `${cell.label}. ${t("grid.heldByYou")}` : cell.label,
					tabIndex: focused ? 0 : -1,
					disabled,
					start: cell.start,
					row: r,
					col: c,
					onActivate,
					onFocusCell,
					onKey
				}, day.day);
			})] }, row.key)) })]
		})
	});
}
function cellId(grid, row, col) {
	return `slot-${grid.days[0]?.day ?? ""}-${row}-${col}`;
}
// src/features/schedule/format.ts
/** "2–8 Nov 2026" / "2–8 nov 2026": a range of calendar days, as written, without any zone shift. */
function formatDayRange(first, last, locale) {
	const format = new Intl.DateTimeFormat(locale, {
		day: "numeric",
		month: "short",
		year: "numeric",
		timeZone: "UTC"
	});
	const from = /* @__PURE__ */ new Date(`${first}T00:00:00Z`);
	if (first === last) return format.format(from);
	return format.formatRange(from, /* @__PURE__ */ new Date(`${last}T00:00:00Z`));
}
// src/features/schedule/schedule-params.ts
/** The lengths offered (seconds). */
var SCHEDULE_DURATIONS = [
	900,
	1200,
	1800,
	2700,
	3600
];
var positiveInt = (value) => value !== null && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;
function readScheduleParams(search) {
	const view = search.get("view");
	const day = search.get("day");
	const duration = positiveInt(search.get("duration"));
	return {
		room: search.get("room") || null,
		duration: duration !== null && duration <= 86400 ? duration : null,
		view: view === "week" || view === "day" ? view : null,
		day: day && isIsoDate(day) ? day : null,
		slot: positiveInt(search.get("slot")),
		patient: search.get("patient") || null,
		reschedule: positiveInt(search.get("reschedule"))
	};
}
/** The params with `patch` applied, as a query string (empty values left out, order fixed). */
function writeScheduleParams(current, patch) {
	const next = {
		...current,
		...patch
	};
	const search = new URLSearchParams();
	if (next.room) search.set("room", next.room);
	if (next.duration) search.set("duration", String(next.duration));
	if (next.view) search.set("view", next.view);
	if (next.day) search.set("day", next.day);
	if (next.slot) search.set("slot", String(next.slot));
	if (next.patient) search.set("patient", next.patient);
	if (next.reschedule) search.set("reschedule", String(next.reschedule));
	const text = search.toString();
	return text ? `?${text}` : "";
}
// src/features/schedule/use-slot-view.ts
/** The grid refreshes every minute, and whenever the window gets the focus back. */
var SLOT_REFRESH_MS = 6e4;
/**
* The free slots of a room for `dayCount` local days from `firstDay`, as a grid on the room's clock. Slots
* that have started already are not offered.
*/
function useSlotView(room, timeZone, firstDay, dayCount, duration) {
	const after = Math.floor(startOfLocalDay(firstDay, timeZone) / 1e3);
	const before = Math.floor(startOfLocalDay(addDays(firstDay, dayCount), timeZone) / 1e3);
	const query = useSoloSlots(room ? {
		waitingRoom: room,
		after,
		before,
		...duration ? { duration } : {}
	} : void 0, { queryConfig: {
		refetchInterval: SLOT_REFRESH_MS,
		refetchOnWindowFocus: true,
		staleTime: 0,
		placeholderData: keepPreviousData
	} });
	const { refetch } = query;
	(0, import_react.useEffect)(() => {
		const onFocus = () => void refetch();
		window.addEventListener("focus", onFocus);
		return () => window.removeEventListener("focus", onFocus);
	}, [refetch]);
	const minute = Math.floor(Date.now() / 6e4);
	const slots = (0, import_react.useMemo)(() => (query.data ?? []).filter((slot) => slot.date * 1e3 >= minute * 6e4).map((slot) => ({
		start: slot.date * 1e3,
		duration: slot.duration
	})), [query.data, minute]);
	const built = (0, import_react.useMemo)(() => buildSlotGrid(slots, timeZone, firstDay, dayCount), [
		slots,
		timeZone,
		firstDay,
		dayCount
	]);
	const shown = (0, import_react.useRef)(built);
	if (!query.isPlaceholderData) shown.current = built;
	return {
		query,
		grid: shown.current,
		slots,
		loading: query.isPlaceholderData
	};
}
// src/features/schedule/SchedulePage.tsx
/**
* Solo scheduling: a waiting room's free slots in a week or a day view, on the room's own clock, and the
* booking (or rescheduling) of one of them, which never double-books.
*/
function SchedulePage() {
	const { t, i18n } = useTranslation("schedule");
	const locale = i18n.language;
	useDocumentTitle(t("title"));
	const [search, setSearch] = useSearchParams();
	const params = readScheduleParams(search);
	const narrow = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false });
	const rooms = useSoloWaitingRooms();
	const room = params.room ?? rooms.data?.[0]?.name ?? null;
	const zone = useLocationZone(room ? {
		kind: "solo-room",
		id: room
	} : void 0);
	const view = params.view ?? (narrow ? "day" : "week");
	const today = localDayOf(Date.now(), zone.timeZone);
	const day = params.day ?? today;
	const firstDay = view === "week" ? startOfWeek(day) : day;
	const dayCount = view === "week" ? 7 : 1;
	const reschedule = useSoloAppointment(params.reschedule ?? void 0);
	const duration = params.duration ?? (params.reschedule ? reschedule.data?.duration ?? null : null);
	const { query, grid, slots, loading } = useSlotView(room, zone.timeZone, firstDay, dayCount, duration);
	const [booked, setBooked] = (0, import_react.useState)(null);
	const [unsettled, setUnsettled] = (0, import_react.useState)(false);
	const lastHeld = (0, import_react.useRef)(null);
	const go = (0, import_react.useCallback)((patch) => setSearch(writeScheduleParams(params, patch).slice(1)), [params, setSearch]);
	const heldStart = params.slot ? params.slot * 1e3 : null;
	const heldNow = heldStart === null ? void 0 : slots.find((slot) => slot.start === heldStart);
	if (heldNow) lastHeld.current = heldNow;
	const held = heldStart === null ? null : heldNow ?? (lastHeld.current?.start === heldStart ? lastHeld.current : {
		start: heldStart,
		duration: duration ?? 900
	});
	const inView = heldStart !== null && heldStart >= (grid.days[0]?.range[0] ?? 0) && heldStart < (grid.days.at(-1)?.range[1] ?? 0);
	const stillFree = loading || heldNow !== void 0 || !inView || !query.isSuccess;
	const page = (direction) => go({ day: addDays(firstDay, direction * dayCount) });
	const pick = (slot) => {
		setBooked(null);
		go({ slot: Math.round(slot.start / 1e3) });
	};
	const onPatientChange = (0, import_react.useCallback)((patient) => go({ patient: patient ? patientKeyOf(patient) : null }), [go]);
	const onUnsettled = (0, import_react.useCallback)((value) => setUnsettled(value), []);
	const patient = (0, import_react.useMemo)(() => patientFromKey(params.patient), [params.patient]);
	const label = formatDayRange(firstDay, addDays(firstDay, dayCount - 1), locale);
	const durationOptions = [{
		value: "",
		label: t("toolbar.roomDefault")
	}, ...SCHEDULE_DURATIONS.map((seconds) => ({
		value: String(seconds),
		label: t("toolbar.minutes", { count: seconds / 60 })
	}))];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "md",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 4,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 1,
					children: t("title")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScheduleNav, { search: room ? `?room=${encodeURIComponent(room)}` : "" })]
			}),
			rooms.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: rooms.error,
				onRetry: () => void rooms.refetch()
			}),
			params.reschedule && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Alert, {
				color: "indigo",
				variant: "light",
				"data-testid": "reschedule-banner",
				title: t("reschedule.bannerTitle", { id: params.reschedule }),
				children: [reschedule.data ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
					size: "sm",
					children: [
						t("reschedule.bannerNow"),
						" ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonedTime, {
							at: reschedule.data.date * 1e3,
							timeZone: zone.timeZone,
							withDay: true
						})
					]
				}) : reschedule.isError ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: reschedule.error }) : null, /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					mt: "xs",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
						component: Link,
						to: `/schedule/appointments/${params.reschedule}?room=${encodeURIComponent(room ?? "")}`,
						size: "sm",
						children: t("reschedule.backToAppointment")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						size: "compact-sm",
						variant: "subtle",
						onClick: () => go({
							reschedule: null,
							slot: null
						}),
						children: t("reschedule.stop")
					})]
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "sm",
				align: "flex-end",
				wrap: "wrap",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Select, {
						label: t("toolbar.room"),
						data: (rooms.data ?? []).map((r) => ({
							value: r.name,
							label: r.name
						})),
						value: room,
						onChange: (value) => value && go({
							room: value,
							slot: null,
							day: null
						}),
						allowDeselect: false,
						disabled: !rooms.data || Boolean(params.reschedule),
						w: {
							base: "100%",
							sm: 300
						},
						"data-testid": "room-select"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Select, {
						label: t("toolbar.duration"),
						data: durationOptions,
						value: duration ? String(duration) : "",
						onChange: (value) => go({
							duration: value ? Number(value) : null,
							slot: null
						}),
						allowDeselect: false,
						w: {
							base: "100%",
							sm: 210
						},
						"data-testid": "duration-select"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SegmentedControl, {
						"aria-label": t("toolbar.view"),
						data: [{
							value: "week",
							label: t("toolbar.week")
						}, {
							value: "day",
							label: t("toolbar.day")
						}],
						value: view,
						onChange: (value) => go({
							view: value,
							day: view === "week" && value === "day" ? params.day ?? today : params.day
						}),
						"data-testid": "view-switch"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						gap: 4,
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								variant: "default",
								onClick: () => page(-1),
								"aria-label": t(view === "week" ? "toolbar.previousWeek" : "toolbar.previousDay"),
								"data-testid": "previous-page",
								children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconChevronLeft, {
									size: 16,
									"aria-hidden": true
								})
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								variant: "default",
								onClick: () => go({ day: null }),
								"data-testid": "today",
								children: t("toolbar.today")
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								variant: "default",
								onClick: () => page(1),
								"aria-label": t(view === "week" ? "toolbar.nextWeek" : "toolbar.nextDay"),
								"data-testid": "next-page",
								children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconChevronRight, {
									size: 16,
									"aria-hidden": true
								})
							})
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						fw: 600,
						"data-testid": "range-label",
						"aria-live": "polite",
						children: label
					})
				]
			}),
			room && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 2,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(LocationZoneControl, {
					location: {
						kind: "solo-room",
						id: room
					},
					name: room
				}), zone.timeZone !== browserTimeZone() && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "xs",
					c: "dimmed",
					children: t("zone.yourZone", { zone: browserTimeZone() })
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ClockChangeNotice, {
				changes: grid.changes,
				timeZone: zone.timeZone
			}),
			booked && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
				color: "teal",
				variant: "light",
				icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconCircleCheck, { "aria-hidden": true }),
				role: "status",
				"data-testid": "booked",
				title: t(booked.kind === "moved" ? "booking.movedTitle" : "booking.bookedTitle"),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: 4,
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonedTime, {
							at: booked.slot.start,
							timeZone: zone.timeZone,
							withDay: true
						}),
						booked.booking.replayed && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							children: t("booking.replayed")
						}),
						booked.booking.id !== null ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
							component: Link,
							to: `/schedule/appointments/${booked.booking.id}?room=${encodeURIComponent(room ?? "")}`,
							"data-testid": "open-booked",
							children: t("booking.open", { id: booked.booking.id })
						}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							children: t("booking.noIdYet")
						})
					]
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Grid, {
				gap: "md",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Grid.Col, {
					span: {
						base: 12,
						lg: held ? 8 : 12
					},
					order: {
						base: 2,
						lg: 1
					},
					children: [query.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
						error: query.error,
						onRetry: () => void query.refetch()
					}), query.isPending && room ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, { height: 360 }) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
						gap: "xs",
						children: [
							grid.slotCount === 0 && query.isSuccess && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
								color: "gray",
								variant: "light",
								"data-testid": "no-slots",
								children: t(view === "week" ? "grid.emptyWeek" : "grid.emptyDay")
							}),
							grid.rows.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SlotGrid, {
								busy: loading,
								grid,
								held: held?.start ?? null,
								onPick: pick,
								onPage: page,
								label: t("grid.label", {
									room: room ?? "",
									range: label
								}),
								disabled: unsettled
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "xs",
								c: "dimmed",
								children: t(view === "day" ? "grid.keyboardHintDay" : "grid.keyboardHint")
							})
						]
					})]
				}), held && room && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Grid.Col, {
					span: {
						base: 12,
						lg: 4
					},
					order: {
						base: 1,
						lg: 2
					},
					children: params.reschedule ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ReschedulePanel, {
						appointmentId: params.reschedule,
						appointment: reschedule.data,
						room,
						timeZone: zone.timeZone,
						slot: held,
						stillFree,
						onMoved: (booking, slot) => {
							setBooked({
								booking,
								slot,
								kind: "moved"
							});
							go({
								slot: null,
								reschedule: null
							});
						},
						onRelease: () => go({ slot: null })
					}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(BookingPanel, {
						room,
						timeZone: zone.timeZone,
						slot: held,
						stillFree,
						initialPatient: patient,
						onPatientChange,
						onBooked: (booking, slot) => {
							setBooked({
								booking,
								slot,
								kind: "booked"
							});
							go({ slot: null });
						},
						onRelease: () => go({ slot: null }),
						onUnsettled
					})
				})]
			})
		]
	});
}
export { SchedulePage as default };
