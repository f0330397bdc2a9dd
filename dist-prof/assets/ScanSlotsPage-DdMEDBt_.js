import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ft as Alert, Ir as require_react, Ot as Button, Pt as Text, Q as useDocumentTitle, Vt as Group, kt as Badge, ut as useTranslation, vr as useQueryClient, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { Bn as Chip, ft as usePickScanTimeSlots, gt as useScanReferrals, lr as useMutation, vt as useScanTimeSlots, wt as scanKeys } from "./search-Bd_rEMYc.js";
import { a as formatLongDay, i as formatDayHeader, v as Select } from "./zones-BfiTQEyQ.js";
import { t as Skeleton } from "./Skeleton-CycB90X8.js";
import { t as IconCalendarCheck } from "./IconCalendarCheck-CGAQNPMM.js";
import { i as useScanSession } from "./session-tZkRHlO9.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { i as scanBlockDay, n as blocksOfSlots, t as ScanBlockPicker } from "./ScanBlockPicker-C25uvZzu.js";
import { t as ScheduleNav } from "./ScheduleNav-CfAw42de.js";
// src/features/schedule/ScanSlotsPage.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/**
* Scan.com time blocks of this tab's referrals: choose the referral, a day, and one or more consecutive
* 15-minute blocks at its imaging provider, then book them (`PATCH …/time_slots`). Referrals are created by
* the referral wizard in Orders; a Scan.com referral is visible only to the session that created it.
*/
function ScanSlotsPage() {
	const { t, i18n } = useTranslation("schedule");
	const locale = i18n.language;
	useDocumentTitle(t("scan.title"));
	const active = useScanSession().active;
	const referrals = useScanReferrals({ queryConfig: { enabled: active } });
	const drafts = (referrals.data ?? []).filter((r) => r.status === "draft" && r.imaging_provider_id);
	const [chosenReferral, setChosenReferral] = (0, import_react.useState)(null);
	const referral = drafts.find((r) => r.id === chosenReferral) ?? drafts[0];
	const slots = useScanTimeSlots(referral?.id);
	const days = (0, import_react.useMemo)(() => [...new Set(blocksOfSlots(slots.data ?? []).map(scanBlockDay))], [slots.data]);
	const [chosenDay, setChosenDay] = (0, import_react.useState)(null);
	const day = chosenDay && days.includes(chosenDay) ? chosenDay : days[0] ?? null;
	const daySlots = (0, import_react.useMemo)(() => (slots.data ?? []).filter((slot) => slot.start_time.slice(0, 10) === day), [slots.data, day]);
	const required = Math.min(...(slots.data ?? []).map((slot) => slot.ids.length), Number.POSITIVE_INFINITY);
	const [chosen, setChosen] = (0, import_react.useState)([]);
	const [check, setCheck] = (0, import_react.useState)(null);
	const pick = usePickScanTimeSlots(referral?.id ?? 0);
	const queryClient = useQueryClient();
	useMutation({
		mutationFn: () => Promise.reject(/* @__PURE__ */ new Error("Mock builds only")),
		onSuccess: () => queryClient.invalidateQueries({ queryKey: scanKeys.all }),
		retry: false
	});
	const onChange = (ids, next) => {
		setChosen(ids);
		setCheck(next);
		pick.reset();
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "md",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 4,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 1,
					children: t("scan.title")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScheduleNav, {})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("scan.intro")
			}),
			false,
			!active && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
				color: "gray",
				variant: "light",
				"data-testid": "scan-no-session",
				children: t("scan.noSession")
			}),
			referrals.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: referrals.error,
				onRetry: () => void referrals.refetch()
			}),
			active && referrals.isSuccess && drafts.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
				color: "gray",
				variant: "light",
				children: t("scan.noReferral")
			}),
			referral && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: "sm",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Select, {
						label: t("scan.referral"),
						data: drafts.map((r) => ({
							value: String(r.id),
							label: t("scan.referralLabel", {
								id: r.id,
								modality: r.modality ?? "—"
							})
						})),
						value: String(referral.id),
						onChange: (value) => {
							setChosenReferral(value ? Number(value) : null);
							setChosen([]);
							setCheck(null);
						},
						allowDeselect: false,
						w: {
							base: "100%",
							sm: 360
						},
						"data-testid": "scan-referral"
					}),
					slots.isPending && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, { height: 120 }),
					slots.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
						error: slots.error,
						onRetry: () => void slots.refetch()
					}),
					days.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Chip.Group, {
						value: day ?? "",
						onChange: (value) => {
							setChosenDay(String(value));
							setChosen([]);
							setCheck(null);
						},
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
							gap: 6,
							role: "group",
							"aria-label": t("scan.days"),
							children: days.map((candidate) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Chip, {
								value: candidate,
								size: "sm",
								"aria-label": formatLongDay(candidate, locale),
								children: formatDayHeader(candidate, locale)
							}, candidate))
						})
					}),
					slots.isSuccess && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanBlockPicker, {
						slots: daySlots,
						value: chosen,
						onChange,
						requiredBlocks: Number.isFinite(required) ? required : void 0,
						disabled: pick.isPending
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconCalendarCheck, {
							size: 16,
							"aria-hidden": true
						}),
						disabled: !check?.ok || pick.isPending,
						loading: pick.isPending,
						onClick: () => check?.ok && pick.mutate(check.ids),
						"data-testid": "scan-book",
						children: t("scan.book")
					}), referral.time_slot_ids && referral.time_slot_ids.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
						color: "teal",
						variant: "light",
						tt: "none",
						"data-testid": "scan-booked",
						children: t("scan.booked", { count: referral.time_slot_ids.length })
					})] }),
					pick.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: pick.error })
				]
			})
		]
	});
}
export { ScanSlotsPage as default };
