import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ft as Alert, G as parseOffsetTimestamp, H as offsetMinutesAt, Ir as require_react, Ot as Button, Pt as Text, Vt as Group, _t as IconAlertTriangle, kt as Badge, ut as useTranslation, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { t as IconCheck } from "./IconCheck-Bwx3kdqu.js";
import { a as formatLongDay, c as formatWallTime, h as zoneName, l as formatZonedTime, o as formatUtcOffset, t as browserTimeZone } from "./zones-BfiTQEyQ.js";
// src/lib/scheduling/scan-blocks.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
/**
* Scan.com time slots are made of 15-minute blocks, each with its own id. The ids say nothing about time
* (the vendor's own example is 16523, 16539, 16571), so blocks are ordered and joined by their times:
* block `i` of a slot starts `i × 15` minutes after the slot's `start_time`. A longer scan takes several
* blocks, which must follow each other with no gap.
*/
var SCAN_BLOCK_MS = 9e5;
var pad = (value) => String(value).padStart(2, "0");
/** `2022-09-28T12:00:00.000+01:00` moved by `ms`, keeping its offset (for a block's own start). */
function shiftOffsetTimestamp(text, ms) {
	const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(text)?.[1] ?? "Z";
	const sign = offset === "Z" ? 0 : offset.startsWith("-") ? -1 : 1;
	const [h = 0, m = 0] = offset === "Z" ? [0, 0] : offset.slice(1).split(":").map(Number);
	const offsetMs = sign * (h * 60 + m) * 6e4;
	const wall = new Date(parseOffsetTimestamp(text).getTime() + ms + offsetMs);
	return `${`${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`}T${`${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}.000`}${offset}`;
}
/** Every block of the listed slots, in time order; a block listed twice is kept once. */
function blocksOfSlots(slots) {
	const byId = /* @__PURE__ */ new Map();
	for (const slot of slots) {
		const start = parseOffsetTimestamp(slot.start_time).getTime();
		slot.ids.forEach((id, index) => {
			if (byId.has(id)) return;
			const blockStart = start + index * SCAN_BLOCK_MS;
			byId.set(id, {
				id,
				start: blockStart,
				end: blockStart + SCAN_BLOCK_MS,
				startText: shiftOffsetTimestamp(slot.start_time, index * SCAN_BLOCK_MS),
				endText: shiftOffsetTimestamp(slot.start_time, (index + 1) * SCAN_BLOCK_MS)
			});
		});
	}
	return [...byId.values()].sort((a, b) => a.start - b.start || a.id - b.id);
}
/**
* Whether the chosen block ids make one unbroken stretch of time among `blocks`. The ids come back in time
* order (what `PATCH …/time_slots` takes). `required`/`maximum` bound how many blocks the scan needs.
*/
function checkScanBlocks(blocks, chosenIds, limits = {}) {
	if (chosenIds.length === 0) return {
		ok: false,
		refusal: { reason: "empty" }
	};
	const byId = new Map(blocks.map((block) => [block.id, block]));
	const seen = /* @__PURE__ */ new Set();
	const chosen = [];
	for (const id of chosenIds) {
		if (seen.has(id)) return {
			ok: false,
			refusal: {
				reason: "duplicate",
				id
			}
		};
		seen.add(id);
		const block = byId.get(id);
		if (!block) return {
			ok: false,
			refusal: {
				reason: "unknown",
				id
			}
		};
		chosen.push(block);
	}
	chosen.sort((a, b) => a.start - b.start);
	for (let index = 1; index < chosen.length; index++) {
		const before = chosen[index - 1];
		const after = chosen[index];
		if (after.start !== before.end) return {
			ok: false,
			refusal: {
				reason: "not-consecutive",
				before,
				after,
				gapMinutes: Math.round((after.start - before.end) / 6e4)
			}
		};
	}
	if (limits.maximum !== void 0 && chosen.length > limits.maximum) return {
		ok: false,
		refusal: {
			reason: "too-many",
			maximum: limits.maximum,
			chosen: chosen.length
		}
	};
	if (limits.required !== void 0 && chosen.length < limits.required) return {
		ok: false,
		refusal: {
			reason: "too-few",
			required: limits.required,
			chosen: chosen.length
		}
	};
	const first = chosen[0];
	const last = chosen[chosen.length - 1];
	return {
		ok: true,
		blocks: chosen,
		ids: chosen.map((b) => b.id),
		start: first.start,
		end: last.end
	};
}
/** Adds the block to the choice, or takes it out. */
function toggleScanBlock(chosenIds, id) {
	return chosenIds.includes(id) ? chosenIds.filter((chosen) => chosen !== id) : [...chosenIds, id];
}
/** The local day (`YYYY-MM-DD`) of a block in the provider's own offset, as its timestamp writes it. */
function scanBlockDay(block) {
	return block.startText.slice(0, 10);
}
/** `HH:mm` of an offset timestamp on its own clock (a block's `startText` or `endText`). */
function scanWallTime(text) {
	return text.slice(11, 16);
}
/** The UTC offset in minutes an offset timestamp is written in (`+01:00` → 60, `Z` → 0). */
function scanOffsetMinutes(text) {
	const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(text)?.[1] ?? "Z";
	if (offset === "Z") return 0;
	const [h = 0, m = 0] = offset.slice(1).split(":").map(Number);
	return (offset.startsWith("-") ? -1 : 1) * (h * 60 + m);
}
// src/components/scheduling/ScanBlockPicker.tsx
var import_jsx_runtime = require_jsx_runtime();
function ScanBlockPicker({ slots, value, onChange, requiredBlocks, maxBlocks, timeZone, label, disabled = false }) {
	const { t, i18n } = useTranslation("schedule");
	const locale = i18n.language;
	const blocks = (0, import_react.useMemo)(() => blocksOfSlots(slots), [slots]);
	const limits = {
		required: requiredBlocks,
		maximum: maxBlocks
	};
	const check = checkScanBlocks(blocks, value, limits);
	const buttons = (0, import_react.useRef)([]);
	const own = browserTimeZone();
	const days = (0, import_react.useMemo)(() => {
		const byDay = /* @__PURE__ */ new Map();
		blocks.forEach((block, index) => {
			const day = scanBlockDay(block);
			byDay.set(day, [...byDay.get(day) ?? [], {
				block,
				index
			}]);
		});
		return [...byDay.entries()];
	}, [blocks]);
	/** "09:00 GMT" with a zone, else "09:00 UTC+01:00" in the timestamp's own offset. */
	const at = (ms, text) => timeZone ? formatZonedTime(ms, timeZone, locale) : `${scanWallTime(text)} ${formatUtcOffset(scanOffsetMinutes(text))}`;
	const ownTime = (block) => offsetMinutesAt(new Date(block.start), own) === scanOffsetMinutes(block.startText) ? null : formatZonedTime(block.start, own, locale);
	const toggle = (id) => {
		const next = toggleScanBlock(value, id);
		onChange(next, checkScanBlocks(blocks, next, limits));
	};
	const onKeyDown = (event, index) => {
		const moves = {
			ArrowRight: 1,
			ArrowDown: 1,
			ArrowLeft: -1,
			ArrowUp: -1
		};
		let target;
		if (event.key in moves) target = index + (moves[event.key] ?? 0);
		else if (event.key === "Home") target = 0;
		else if (event.key === "End") target = blocks.length - 1;
		if (target === void 0) return;
		event.preventDefault();
		buttons.current[Math.max(0, Math.min(blocks.length - 1, target))]?.focus();
	};
	const tabStop = Math.max(0, blocks.findIndex((block) => value.includes(block.id)));
	const refusal = (reason) => {
		switch (reason.reason) {
			case "empty": return t("scanBlocks.refusal.empty");
			case "unknown": return t("scanBlocks.refusal.unknown", { id: reason.id });
			case "duplicate": return t("scanBlocks.refusal.duplicate", { id: reason.id });
			case "not-consecutive": return t("scanBlocks.refusal.notConsecutive", {
				first: at(reason.before.start, reason.before.startText),
				second: at(reason.after.start, reason.after.startText),
				minutes: reason.gapMinutes
			});
			case "too-few": return t("scanBlocks.refusal.tooFew", {
				required: reason.required,
				chosen: reason.chosen
			});
			case "too-many": return t("scanBlocks.refusal.tooMany", {
				maximum: reason.maximum,
				chosen: reason.chosen
			});
		}
	};
	const first = check.ok ? check.blocks[0] : void 0;
	const last = check.ok ? check.blocks.at(-1) : void 0;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "sm",
		"data-testid": "scan-block-picker",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 3,
				size: "h5",
				children: label ?? t("scanBlocks.title")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
				size: "sm",
				c: "dimmed",
				children: [t("scanBlocks.hint"), requiredBlocks ? ` ${t("scanBlocks.needs", {
					count: requiredBlocks,
					minutes: requiredBlocks * 15
				})}` : ""]
			}),
			blocks.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("scanBlocks.none")
			}),
			days.map(([day, entries]) => {
				const sample = entries[0]?.block;
				const zone = sample ? timeZone ? `${timeZone} (${zoneName(sample.start, timeZone, locale)})` : formatUtcOffset(scanOffsetMinutes(sample.startText)) : "";
				return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: 6,
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
						size: "sm",
						fw: 600,
						id: `scan-day-${day}`,
						children: [formatLongDay(day, locale), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							span: true,
							size: "xs",
							c: "dimmed",
							fw: 400,
							children: [" · ", t("scanBlocks.zoneNote", { zone })]
						})]
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
						gap: 6,
						role: "group",
						"aria-labelledby": `scan-day-${day}`,
						children: entries.map(({ block, index }) => {
							const pressed = value.includes(block.id);
							const mine = ownTime(block);
							const time = at(block.start, block.startText);
							return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								ref: (element) => {
									buttons.current[index] = element;
								},
								size: "compact-sm",
								variant: pressed ? "filled" : "default",
								"aria-pressed": pressed,
								"aria-label": mine ? `${time} · ${t("zone.yourTime", { time: mine })}` : time,
								tabIndex: index === tabStop ? 0 : -1,
								disabled,
								"data-block-id": block.id,
								onClick: () => toggle(block.id),
								onKeyDown: (event) => onKeyDown(event, index),
								leftSection: pressed ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconCheck, {
									size: 14,
									"aria-hidden": true
								}) : void 0,
								children: timeZone ? formatWallTime(block.start, timeZone, locale) : scanWallTime(block.startText)
							}, block.id);
						})
					})]
				}, day);
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				"aria-live": "polite",
				children: [first && last && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
					color: "teal",
					variant: "light",
					size: "lg",
					"data-testid": "scan-block-summary",
					tt: "none",
					children: t("scanBlocks.chosen", {
						from: at(first.start, first.startText),
						to: at(last.end, last.endText),
						count: check.ok ? check.blocks.length : 0,
						minutes: check.ok ? check.blocks.length * 15 : 0
					})
				}), !check.ok && value.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
					color: "red",
					variant: "light",
					icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconAlertTriangle, { "aria-hidden": true }),
					"data-testid": "scan-block-refusal",
					children: refusal(check.refusal)
				})]
			})
		]
	});
}
export { scanBlockDay as i, blocksOfSlots as n, checkScanBlocks as r, ScanBlockPicker as t };
