import { Pt as Text, ut as useTranslation, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { a as formatLongDay, l as formatZonedTime, p as sameWallClock, t as browserTimeZone, u as localDayOf } from "./zones-BfiTQEyQ.js";
// src/components/scheduling/ZonedTime.tsx
var import_jsx_runtime = require_jsx_runtime();
/** The location's day and time with its zone, e.g. "09:30 GMT", and the user's own time when it differs. */
function formatZonedMoment(at, timeZone, locale, withDay = false) {
	const time = formatZonedTime(at, timeZone, locale);
	return withDay ? `${formatLongDay(localDayOf(at, timeZone), locale)}, ${time}` : time;
}
/** The user's own time at `at`, or null when their clock shows the same as the location's. */
function viewerTime(at, timeZone, locale) {
	const own = browserTimeZone();
	if (sameWallClock(at, timeZone, own)) return null;
	const day = localDayOf(at, own) === localDayOf(at, timeZone) ? null : formatLongDay(localDayOf(at, own), locale);
	const time = formatZonedTime(at, own, locale);
	return day ? `${day}, ${time}` : time;
}
/** "Monday, 2 November 2026, 09:30 EST · 15:30 CET your time". */
function ZonedTime({ at, timeZone, withDay = false, stacked = false, size = "sm" }) {
	const { t, i18n } = useTranslation("schedule");
	const locale = i18n.language;
	const own = viewerTime(at, timeZone, locale);
	const main = formatZonedMoment(at, timeZone, locale, withDay);
	if (stacked) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		span: true,
		size,
		fw: 600,
		display: "block",
		children: main
	}), own && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		span: true,
		size: "xs",
		c: "dimmed",
		display: "block",
		children: t("zone.yourTime", { time: own })
	})] });
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
		span: true,
		size,
		children: [main, own && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
			span: true,
			size: "xs",
			c: "dimmed",
			children: [" · ", t("zone.yourTime", { time: own })]
		})]
	});
}
export { ZonedTime as t };
