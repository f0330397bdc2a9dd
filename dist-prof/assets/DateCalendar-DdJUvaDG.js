import { r as __toESM, t as __commonJSMin } from "./rolldown-runtime-SbdDWaPq.js";
import { Ln as require_dayjs_min } from "./search-Bd_rEMYc.js";
import { $t as factory, An as getFontSize, Ir as require_react, It as AccordionChevron, Jt as UnstyledButton, Nn as getSize, Pn as getSpacing, Ut as ActionIcon, Zt as Box, at as DatesProviderContext, cn as useProps, gn as createVarsResolver, on as useStyles, sn as useResolvedStylesApi, ut as useTranslation, xn as useMergedRef, yn as useUncontrolled, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { t as Popover } from "./Popover-CMrlGPcZ.js";
import { t as clamp } from "./clamp-GGsfTKCM.js";
import { i as IconCalendar } from "./DateField-B5fO42cl.js";
// node_modules/@mantine/dates/esm/utils/handle-control-key-down/handle-control-key-down.mjs
function getNextIndex({ direction, levelIndex, rowIndex, cellIndex, size }) {
	switch (direction) {
		case "up":
			if (levelIndex === 0 && rowIndex === 0) return null;
			if (rowIndex === 0) return {
				levelIndex: levelIndex - 1,
				rowIndex: cellIndex <= size[levelIndex - 1][size[levelIndex - 1].length - 1] - 1 ? size[levelIndex - 1].length - 1 : size[levelIndex - 1].length - 2,
				cellIndex
			};
			return {
				levelIndex,
				rowIndex: rowIndex - 1,
				cellIndex
			};
		case "down":
			if (rowIndex === size[levelIndex].length - 1) return {
				levelIndex: levelIndex + 1,
				rowIndex: 0,
				cellIndex
			};
			if (rowIndex === size[levelIndex].length - 2 && cellIndex >= size[levelIndex][size[levelIndex].length - 1]) return {
				levelIndex: levelIndex + 1,
				rowIndex: 0,
				cellIndex
			};
			return {
				levelIndex,
				rowIndex: rowIndex + 1,
				cellIndex
			};
		case "left":
			if (levelIndex === 0 && rowIndex === 0 && cellIndex === 0) return null;
			if (rowIndex === 0 && cellIndex === 0) return {
				levelIndex: levelIndex - 1,
				rowIndex: size[levelIndex - 1].length - 1,
				cellIndex: size[levelIndex - 1][size[levelIndex - 1].length - 1] - 1
			};
			if (cellIndex === 0) return {
				levelIndex,
				rowIndex: rowIndex - 1,
				cellIndex: size[levelIndex][rowIndex - 1] - 1
			};
			return {
				levelIndex,
				rowIndex,
				cellIndex: cellIndex - 1
			};
		case "right":
			if (rowIndex === size[levelIndex].length - 1 && cellIndex === size[levelIndex][rowIndex] - 1) return {
				levelIndex: levelIndex + 1,
				rowIndex: 0,
				cellIndex: 0
			};
			if (cellIndex === size[levelIndex][rowIndex] - 1) return {
				levelIndex,
				rowIndex: rowIndex + 1,
				cellIndex: 0
			};
			return {
				levelIndex,
				rowIndex,
				cellIndex: cellIndex + 1
			};
		default: return {
			levelIndex,
			rowIndex,
			cellIndex
		};
	}
}
function focusOnNextFocusableControl({ controlsRef, direction, levelIndex, rowIndex, cellIndex, size }) {
	const nextIndex = getNextIndex({
		direction,
		size,
		rowIndex,
		cellIndex,
		levelIndex
	});
	if (!nextIndex) return;
	const controlToFocus = controlsRef.current?.[nextIndex.levelIndex]?.[nextIndex.rowIndex]?.[nextIndex.cellIndex];
	if (!controlToFocus) return;
	if (controlToFocus.disabled || controlToFocus.getAttribute("data-hidden") || controlToFocus.getAttribute("data-outside")) focusOnNextFocusableControl({
		controlsRef,
		direction,
		levelIndex: nextIndex.levelIndex,
		cellIndex: nextIndex.cellIndex,
		rowIndex: nextIndex.rowIndex,
		size
	});
	else controlToFocus.focus();
}
function getDirection(key) {
	switch (key) {
		case "ArrowDown": return "down";
		case "ArrowUp": return "up";
		case "ArrowRight": return "right";
		case "ArrowLeft": return "left";
		default: return null;
	}
}
function getControlsSize(controlsRef) {
	return controlsRef.current?.map((column) => column.map((row) => row.length));
}
function handleControlKeyDown({ controlsRef, levelIndex, rowIndex, cellIndex, event }) {
	const direction = getDirection(event.key);
	if (direction) {
		event.preventDefault();
		focusOnNextFocusableControl({
			controlsRef,
			direction,
			levelIndex,
			rowIndex,
			cellIndex,
			size: getControlsSize(controlsRef)
		});
	}
}
// node_modules/@mantine/dates/esm/utils/to-date-string/to-date-string.mjs
var import_dayjs_min = /* @__PURE__ */ __toESM(require_dayjs_min(), 1);
function toDateString(value) {
	return value == null || value === "" ? value : (0, import_dayjs_min.default)(value).format("YYYY-MM-DD");
}
function toDateTimeString(value) {
	return value == null || value === "" ? value : (0, import_dayjs_min.default)(value).format("YYYY-MM-DD HH:mm:ss");
}
// node_modules/@mantine/dates/esm/utils/get-default-clamped-date/get-default-clamped-date.mjs
function getDefaultClampedDate({ minDate, maxDate }) {
	const today = (0, import_dayjs_min.default)();
	if (!minDate && !maxDate) return toDateString(today);
	if (minDate && (0, import_dayjs_min.default)(today).isBefore(minDate)) return toDateString(minDate);
	if (maxDate && (0, import_dayjs_min.default)(today).isAfter(maxDate)) return toDateString(maxDate);
	return toDateString(today);
}
// node_modules/@mantine/dates/esm/components/DatesProvider/use-dates-context.mjs
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
function useDatesContext() {
	const ctx = (0, import_react.use)(DatesProviderContext);
	const getLocale = (0, import_react.useCallback)((input) => input || ctx.locale, [ctx.locale]);
	const getFirstDayOfWeek = (0, import_react.useCallback)((input) => typeof input === "number" ? input : ctx.firstDayOfWeek, [ctx.firstDayOfWeek]);
	const getWeekendDays = (0, import_react.useCallback)((input) => Array.isArray(input) ? input : ctx.weekendDays, [ctx.weekendDays]);
	const getLabelSeparator = (0, import_react.useCallback)((input) => typeof input === "string" ? input : ctx.labelSeparator, [ctx.labelSeparator]);
	return {
		...ctx,
		getLocale,
		getFirstDayOfWeek,
		getWeekendDays,
		getLabelSeparator
	};
}
// node_modules/@mantine/dates/esm/components/Day/Day.module.mjs
var Day_module_default = { "day": "m_396ce5cb" };
// node_modules/@mantine/dates/esm/components/Day/Day.mjs
var import_jsx_runtime = require_jsx_runtime();
var varsResolver$5 = createVarsResolver((_, { size }) => ({ day: { "--day-size": getSize(size, "day-size") } }));
var Day = factory((_props) => {
	const props = useProps("Day", null, _props);
	const { classNames, className, style, styles, unstyled, vars, date, disabled, __staticSelector, weekend, outside, selected, renderDay, inRange, firstInRange, lastInRange, hidden, static: isStatic, highlightToday, fullWidth, attributes, ...others } = props;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(UnstyledButton, {
		...useStyles({
			name: __staticSelector || "Day",
			classes: Day_module_default,
			props,
			className,
			style,
			classNames,
			styles,
			unstyled,
			attributes,
			vars,
			varsResolver: varsResolver$5,
			rootSelector: "day"
		})("day", { style: hidden ? { display: "none" } : void 0 }),
		component: isStatic ? "div" : "button",
		disabled,
		"data-today": (0, import_dayjs_min.default)(date).isSame(/* @__PURE__ */ new Date(), "day") || void 0,
		"data-hidden": hidden || void 0,
		"data-highlight-today": highlightToday || void 0,
		"data-disabled": disabled || void 0,
		"data-weekend": !disabled && !outside && weekend || void 0,
		"data-outside": !disabled && outside || void 0,
		"data-selected": !disabled && selected || void 0,
		"data-in-range": inRange && !disabled || void 0,
		"data-first-in-range": firstInRange && !disabled || void 0,
		"data-last-in-range": lastInRange && !disabled || void 0,
		"data-static": isStatic || void 0,
		"data-full-width": fullWidth || void 0,
		unstyled,
		...others,
		children: renderDay?.(date) || (0, import_dayjs_min.default)(date).date()
	});
});
Day.classes = Day_module_default;
Day.varsResolver = varsResolver$5;
Day.displayName = "@mantine/dates/Day";
// node_modules/@mantine/dates/esm/components/WeekdaysRow/get-weekdays-names/get-weekdays-names.mjs
function getWeekdayNames({ locale, format = "dd", firstDayOfWeek = 1 }) {
	const baseDate = (0, import_dayjs_min.default)().day(firstDayOfWeek);
	const labels = [];
	for (let i = 0; i < 7; i += 1) if (typeof format === "string") labels.push((0, import_dayjs_min.default)(baseDate).add(i, "days").locale(locale).format(format));
	else labels.push(format((0, import_dayjs_min.default)(baseDate).add(i, "days").format("YYYY-MM-DD")));
	return labels;
}
// node_modules/@mantine/dates/esm/components/WeekdaysRow/WeekdaysRow.module.mjs
var WeekdaysRow_module_default = { "weekday": "m_18a3eca" };
// node_modules/@mantine/dates/esm/components/WeekdaysRow/WeekdaysRow.mjs
var varsResolver$4 = createVarsResolver((_, { size }) => ({ weekdaysRow: {
	"--wr-fz": getFontSize(size),
	"--wr-spacing": getSpacing(size)
} }));
var WeekdaysRow = factory((_props) => {
	const props = useProps("WeekdaysRow", null, _props);
	const { classNames, className, style, styles, unstyled, vars, locale, firstDayOfWeek, weekdayFormat, cellComponent: CellComponent = "th", __staticSelector, withWeekNumbers, attributes, ...others } = props;
	const getStyles = useStyles({
		name: __staticSelector || "WeekdaysRow",
		classes: WeekdaysRow_module_default,
		props,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		varsResolver: varsResolver$4,
		rootSelector: "weekdaysRow"
	});
	const ctx = useDatesContext();
	const weekdays = getWeekdayNames({
		locale: ctx.getLocale(locale),
		format: weekdayFormat,
		firstDayOfWeek: ctx.getFirstDayOfWeek(firstDayOfWeek)
	}).map((weekday, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CellComponent, {
		...getStyles("weekday"),
		children: weekday
	}, index));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
		component: "tr",
		...getStyles("weekdaysRow"),
		...others,
		children: [withWeekNumbers && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CellComponent, {
			...getStyles("weekday"),
			children: "#"
		}), weekdays]
	});
});
WeekdaysRow.classes = WeekdaysRow_module_default;
WeekdaysRow.varsResolver = varsResolver$4;
WeekdaysRow.displayName = "@mantine/dates/WeekdaysRow";
// node_modules/@mantine/dates/esm/components/Month/get-end-of-week/get-end-of-week.mjs
function getEndOfWeek(date, firstDayOfWeek = 1) {
	let value = (0, import_dayjs_min.default)(date);
	if (!value.isValid()) return value;
	const lastDayOfWeek = firstDayOfWeek === 0 ? 6 : firstDayOfWeek - 1;
	while (value.day() !== lastDayOfWeek) value = value.add(1, "day");
	return value.format("YYYY-MM-DD");
}
// node_modules/@mantine/dates/esm/components/Month/get-start-of-week/get-start-of-week.mjs
function getStartOfWeek(date, firstDayOfWeek = 1) {
	let value = (0, import_dayjs_min.default)(date);
	while (value.day() !== firstDayOfWeek) value = value.subtract(1, "day");
	return value.format("YYYY-MM-DD");
}
// node_modules/@mantine/dates/esm/components/Month/get-month-days/get-month-days.mjs
function getMonthDays({ month, firstDayOfWeek = 1, consistentWeeks }) {
	const start = (0, import_dayjs_min.default)((0, import_dayjs_min.default)(month).subtract((0, import_dayjs_min.default)(month).date() - 1, "day").format("YYYY-M-D"));
	const startOfMonth = start.format("YYYY-MM-DD");
	const endDate = getEndOfWeek(start.add(+start.daysInMonth() - 1, "day").format("YYYY-MM-DD"), firstDayOfWeek);
	const weeks = [];
	let date = (0, import_dayjs_min.default)(getStartOfWeek(startOfMonth, firstDayOfWeek));
	while ((0, import_dayjs_min.default)(date).isBefore(endDate, "day")) {
		const days = [];
		for (let i = 0; i < 7; i += 1) {
			days.push(date.format("YYYY-MM-DD"));
			date = date.add(1, "day");
		}
		weeks.push(days);
	}
	if (consistentWeeks && weeks.length < 6) {
		const lastWeek = weeks[weeks.length - 1];
		const lastDay = lastWeek[lastWeek.length - 1];
		let nextDay = (0, import_dayjs_min.default)(lastDay).add(1, "day");
		while (weeks.length < 6) {
			const days = [];
			for (let i = 0; i < 7; i += 1) {
				days.push(nextDay.format("YYYY-MM-DD"));
				nextDay = nextDay.add(1, "day");
			}
			weeks.push(days);
		}
	}
	return weeks;
}
// node_modules/@mantine/dates/esm/components/Month/is-same-month/is-same-month.mjs
function isSameMonth(date, comparison) {
	return (0, import_dayjs_min.default)(date).format("YYYY-MM") === (0, import_dayjs_min.default)(comparison).format("YYYY-MM");
}
// node_modules/@mantine/dates/esm/components/Month/is-after-min-date/is-after-min-date.mjs
function isAfterMinDate(date, minDate) {
	return minDate ? (0, import_dayjs_min.default)(date).isAfter((0, import_dayjs_min.default)(minDate).subtract(1, "day"), "day") : true;
}
// node_modules/@mantine/dates/esm/components/Month/is-before-max-date/is-before-max-date.mjs
function isBeforeMaxDate(date, maxDate) {
	return maxDate ? (0, import_dayjs_min.default)(date).isBefore((0, import_dayjs_min.default)(maxDate).add(1, "day"), "day") : true;
}
// node_modules/@mantine/dates/esm/components/Month/get-date-in-tab-order/get-date-in-tab-order.mjs
function getDateInTabOrder({ dates, minDate, maxDate, getDayProps, excludeDate, hideOutsideDates, month }) {
	const enabledDates = dates.flat().filter((date) => isBeforeMaxDate(date, maxDate) && isAfterMinDate(date, minDate) && !excludeDate?.(date) && !getDayProps?.(date)?.disabled && (!hideOutsideDates || isSameMonth(date, month)));
	const selectedDate = enabledDates.find((date) => getDayProps?.(date)?.selected);
	if (selectedDate) return selectedDate;
	const currentDate = enabledDates.find((date) => (0, import_dayjs_min.default)().isSame(date, "date"));
	if (currentDate) return currentDate;
	return enabledDates[0];
}
// node_modules/@mantine/dates/esm/components/Month/get-week-number/get-week-number.mjs
var import_isoWeek = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module, this$2) => {
	(function(e, t) {
		"object" == typeof exports && "undefined" != typeof module ? module.exports = t() : "function" == typeof define && define.amd ? define(t) : (e = "undefined" != typeof globalThis ? globalThis : e || self).dayjs_plugin_isoWeek = t();
	})(this$2, (function() {
		"use strict";
		var e = "day";
		return function(t, i, s) {
			var a = function(t) {
				return t.add(4 - t.isoWeekday(), e);
			}, d = i.prototype;
			d.isoWeekYear = function() {
				return a(this).year();
			}, d.isoWeek = function(t) {
				if (!this.$utils().u(t)) return this.add(7 * (t - this.isoWeek()), e);
				var i, d, n, o, r = a(this), u = (i = this.isoWeekYear(), d = this.$u, n = (d ? s.utc : s)().year(i).startOf("year"), o = 4 - n.isoWeekday(), n.isoWeekday() > 4 && (o += 7), n.add(o, e));
				return r.diff(u, "week") + 1;
			}, d.isoWeekday = function(e) {
				return this.$utils().u(e) ? this.day() || 7 : this.day(this.day() % 7 ? e : e - 7);
			};
			var n = d.startOf;
			d.startOf = function(e, t) {
				var i = this.$utils(), s = !!i.u(t) || t;
				return "isoweek" === i.p(e) ? s ? this.date(this.date() - (this.isoWeekday() - 1)).startOf("day") : this.date(this.date() - 1 - (this.isoWeekday() - 1) + 7).endOf("day") : n.bind(this)(e, t);
			};
		};
	}));
})))(), 1);
import_dayjs_min.default.extend(import_isoWeek.default);
function getWeekNumber(week) {
	return (0, import_dayjs_min.default)(week.find((date) => (0, import_dayjs_min.default)(date).day() === 1)).isoWeek();
}
// node_modules/@mantine/dates/esm/components/Month/Month.module.mjs
var Month_module_default = {
	"month": "m_cc9820d3",
	"monthCell": "m_8f457cd5",
	"weekNumber": "m_6cff9dea"
};
// node_modules/@mantine/dates/esm/components/Month/Month.mjs
var defaultProps$11 = { withCellSpacing: true };
var varsResolver$3 = createVarsResolver((_, { size }) => ({ weekNumber: {
	"--wn-fz": getFontSize(size),
	"--wn-size": getSize(size, "wn-size")
} }));
var Month = factory((_props) => {
	const props = useProps("Month", defaultProps$11, _props);
	const { classNames, className, style, styles, unstyled, vars, __staticSelector, locale, firstDayOfWeek, weekdayFormat, month, weekendDays, getDayProps, excludeDate, minDate, maxDate, renderDay, hideOutsideDates, hideWeekdays, getDayAriaLabel, static: isStatic, __getDayRef, __onDayKeyDown, __onDayClick, __onDayMouseEnter, __preventFocus, __stopPropagation, withCellSpacing, size, highlightToday, withWeekNumbers, fullWidth, attributes, ...others } = props;
	const getStyles = useStyles({
		name: __staticSelector || "Month",
		classes: Month_module_default,
		props,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		varsResolver: varsResolver$3,
		rootSelector: "month"
	});
	const ctx = useDatesContext();
	const dates = getMonthDays({
		month,
		firstDayOfWeek: ctx.getFirstDayOfWeek(firstDayOfWeek),
		consistentWeeks: ctx.consistentWeeks
	});
	const dateInTabOrder = getDateInTabOrder({
		dates,
		minDate: toDateString(minDate),
		maxDate: toDateString(maxDate),
		getDayProps,
		excludeDate,
		hideOutsideDates,
		month
	});
	const { resolvedClassNames, resolvedStyles } = useResolvedStylesApi({
		classNames,
		styles,
		props
	});
	const rows = dates.map((row, rowIndex) => {
		const cells = row.map((date, cellIndex) => {
			const outside = !isSameMonth(date, month);
			const ariaLabel = getDayAriaLabel?.(date) || (0, import_dayjs_min.default)(date).locale(locale || ctx.locale).format("D MMMM YYYY");
			const dayProps = getDayProps?.(date);
			const isDateInTabOrder = (0, import_dayjs_min.default)(date).isSame(dateInTabOrder, "date");
			return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
				...getStyles("monthCell"),
				"data-with-spacing": withCellSpacing || void 0,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Day, {
					__staticSelector: __staticSelector || "Month",
					classNames: resolvedClassNames,
					styles: resolvedStyles,
					attributes,
					unstyled,
					"data-mantine-stop-propagation": __stopPropagation || void 0,
					highlightToday,
					renderDay,
					date,
					size,
					weekend: ctx.getWeekendDays(weekendDays).includes((0, import_dayjs_min.default)(date).get("day")),
					outside,
					hidden: hideOutsideDates ? outside : false,
					"aria-label": ariaLabel,
					static: isStatic,
					fullWidth,
					disabled: excludeDate?.(date) || !isBeforeMaxDate(date, toDateString(maxDate)) || !isAfterMinDate(date, toDateString(minDate)),
					ref: (node) => {
						if (node) __getDayRef?.(rowIndex, cellIndex, node);
					},
					...dayProps,
					onKeyDown: (event) => {
						dayProps?.onKeyDown?.(event);
						__onDayKeyDown?.(event, {
							rowIndex,
							cellIndex,
							date
						});
					},
					onMouseEnter: (event) => {
						dayProps?.onMouseEnter?.(event);
						__onDayMouseEnter?.(event, date);
					},
					onClick: (event) => {
						dayProps?.onClick?.(event);
						__onDayClick?.(event, date);
					},
					onMouseDown: (event) => {
						dayProps?.onMouseDown?.(event);
						__preventFocus && event.preventDefault();
					},
					tabIndex: __preventFocus || !isDateInTabOrder ? -1 : 0
				})
			}, date.toString());
		});
		return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", {
			...getStyles("monthRow"),
			children: [withWeekNumbers && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
				...getStyles("weekNumber"),
				children: getWeekNumber(row)
			}), cells]
		}, rowIndex);
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
		component: "table",
		...getStyles("month"),
		size,
		"data-full-width": fullWidth || void 0,
		...others,
		children: [!hideWeekdays && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("thead", {
			...getStyles("monthThead"),
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(WeekdaysRow, {
				__staticSelector: __staticSelector || "Month",
				locale,
				firstDayOfWeek,
				weekdayFormat,
				withWeekNumbers,
				size,
				classNames: resolvedClassNames,
				styles: resolvedStyles,
				unstyled,
				attributes
			})
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tbody", {
			...getStyles("monthTbody"),
			children: rows
		})]
	});
});
Month.classes = Month_module_default;
Month.varsResolver = varsResolver$3;
Month.displayName = "@mantine/dates/Month";
// node_modules/@mantine/dates/esm/components/PickerControl/PickerControl.module.mjs
var PickerControl_module_default = { "pickerControl": "m_dc6a3c71" };
// node_modules/@mantine/dates/esm/components/PickerControl/PickerControl.mjs
var varsResolver$2 = createVarsResolver((_, { size }) => ({ pickerControl: {
	"--dpc-fz": getFontSize(size),
	"--dpc-size": getSize(size, "dpc-size")
} }));
var PickerControl = factory((_props) => {
	const props = useProps("PickerControl", null, _props);
	const { classNames, className, style, styles, unstyled, vars, firstInRange, lastInRange, inRange, __staticSelector, selected, disabled, fullWidth, attributes, ...others } = props;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(UnstyledButton, {
		...useStyles({
			name: __staticSelector || "PickerControl",
			classes: PickerControl_module_default,
			props,
			className,
			style,
			classNames,
			styles,
			unstyled,
			attributes,
			vars,
			varsResolver: varsResolver$2,
			rootSelector: "pickerControl"
		})("pickerControl"),
		unstyled,
		"data-picker-control": true,
		"data-full-width": fullWidth || void 0,
		"data-selected": selected && !disabled || void 0,
		"data-disabled": disabled || void 0,
		"data-in-range": inRange && !disabled && !selected || void 0,
		"data-first-in-range": firstInRange && !disabled || void 0,
		"data-last-in-range": lastInRange && !disabled || void 0,
		disabled,
		...others
	});
});
PickerControl.classes = PickerControl_module_default;
PickerControl.varsResolver = varsResolver$2;
PickerControl.displayName = "@mantine/dates/PickerControl";
// node_modules/@mantine/dates/esm/components/YearsList/is-year-disabled/is-year-disabled.mjs
function isYearDisabled({ year, minDate, maxDate }) {
	if (!minDate && !maxDate) return false;
	if (minDate && (0, import_dayjs_min.default)(year).isBefore(minDate, "year")) return true;
	if (maxDate && (0, import_dayjs_min.default)(year).isAfter(maxDate, "year")) return true;
	return false;
}
// node_modules/@mantine/dates/esm/components/YearsList/get-year-in-tab-order/get-year-in-tab-order.mjs
function getYearInTabOrder({ years, minDate, maxDate, getYearControlProps }) {
	const enabledYears = years.flat().filter((year) => !isYearDisabled({
		year,
		minDate,
		maxDate
	}) && !getYearControlProps?.(year)?.disabled);
	const selectedYear = enabledYears.find((year) => getYearControlProps?.(year)?.selected);
	if (selectedYear) return selectedYear;
	const currentYear = enabledYears.find((year) => (0, import_dayjs_min.default)().isSame(year, "year"));
	if (currentYear) return currentYear;
	return enabledYears[0];
}
// node_modules/@mantine/dates/esm/components/YearsList/get-years-data/get-years-data.mjs
function getYearsData(decade) {
	const year = (0, import_dayjs_min.default)(decade).year();
	const rounded = year - year % 10;
	let currentYearIndex = 0;
	const results = [
		[],
		[],
		[],
		[]
	];
	for (let i = 0; i < 4; i += 1) {
		const max = i === 3 ? 1 : 3;
		for (let j = 0; j < max; j += 1) {
			results[i].push((0, import_dayjs_min.default)(new Date(rounded + currentYearIndex, 0)).format("YYYY-MM-DD"));
			currentYearIndex += 1;
		}
	}
	return results;
}
// node_modules/@mantine/dates/esm/components/YearsList/YearsList.module.mjs
var YearsList_module_default = {
	"yearsList": "m_9206547b",
	"yearsListCell": "m_c5a19c7d"
};
// node_modules/@mantine/dates/esm/components/YearsList/YearsList.mjs
var defaultProps$10 = {
	yearsListFormat: "YYYY",
	withCellSpacing: true
};
var YearsList = factory((_props) => {
	const props = useProps("YearsList", defaultProps$10, _props);
	const { classNames, className, style, styles, unstyled, vars, decade, yearsListFormat, locale, minDate, maxDate, getYearControlProps, __staticSelector, __getControlRef, __onControlKeyDown, __onControlClick, __onControlMouseEnter, __preventFocus, __stopPropagation, withCellSpacing, fullWidth, size, attributes, ...others } = props;
	const getStyles = useStyles({
		name: __staticSelector || "YearsList",
		classes: YearsList_module_default,
		props,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		rootSelector: "yearsList"
	});
	const ctx = useDatesContext();
	const years = getYearsData(decade);
	const yearInTabOrder = getYearInTabOrder({
		years,
		minDate,
		maxDate,
		getYearControlProps
	});
	const rows = years.map((yearsRow, rowIndex) => {
		const cells = yearsRow.map((year, cellIndex) => {
			const controlProps = getYearControlProps?.(year);
			const isYearInTabOrder = (0, import_dayjs_min.default)(year).isSame(yearInTabOrder, "year");
			return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
				...getStyles("yearsListCell"),
				"data-with-spacing": withCellSpacing || void 0,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PickerControl, {
					...getStyles("yearsListControl"),
					size,
					unstyled,
					fullWidth,
					"data-mantine-stop-propagation": __stopPropagation || void 0,
					disabled: isYearDisabled({
						year,
						minDate,
						maxDate
					}),
					ref: (node) => {
						if (node) __getControlRef?.(rowIndex, cellIndex, node);
					},
					...controlProps,
					onKeyDown: (event) => {
						controlProps?.onKeyDown?.(event);
						__onControlKeyDown?.(event, {
							rowIndex,
							cellIndex,
							date: year
						});
					},
					onClick: (event) => {
						controlProps?.onClick?.(event);
						__onControlClick?.(event, year);
					},
					onMouseEnter: (event) => {
						controlProps?.onMouseEnter?.(event);
						__onControlMouseEnter?.(event, year);
					},
					onMouseDown: (event) => {
						controlProps?.onMouseDown?.(event);
						__preventFocus && event.preventDefault();
					},
					tabIndex: __preventFocus || !isYearInTabOrder ? -1 : 0,
					children: controlProps?.children ?? (typeof yearsListFormat === "function" ? yearsListFormat(year) : (0, import_dayjs_min.default)(year).locale(ctx.getLocale(locale)).format(yearsListFormat))
				})
			}, cellIndex);
		});
		return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tr", {
			...getStyles("yearsListRow"),
			children: cells
		}, rowIndex);
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
		component: "table",
		size,
		...getStyles("yearsList"),
		"data-full-width": fullWidth || void 0,
		...others,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tbody", { children: rows })
	});
});
YearsList.classes = YearsList_module_default;
YearsList.displayName = "@mantine/dates/YearsList";
// node_modules/@mantine/dates/esm/components/MonthsList/is-month-disabled/is-month-disabled.mjs
function isMonthDisabled({ month, minDate, maxDate }) {
	if (!minDate && !maxDate) return false;
	if (minDate && (0, import_dayjs_min.default)(month).isBefore(minDate, "month")) return true;
	if (maxDate && (0, import_dayjs_min.default)(month).isAfter(maxDate, "month")) return true;
	return false;
}
// node_modules/@mantine/dates/esm/components/MonthsList/get-month-in-tab-order/get-month-in-tab-order.mjs
function getMonthInTabOrder({ months, minDate, maxDate, getMonthControlProps }) {
	const enabledMonths = months.flat().filter((month) => !isMonthDisabled({
		month,
		minDate,
		maxDate
	}) && !getMonthControlProps?.(month)?.disabled);
	const selectedMonth = enabledMonths.find((month) => getMonthControlProps?.(month)?.selected);
	if (selectedMonth) return selectedMonth;
	const currentMonth = enabledMonths.find((month) => (0, import_dayjs_min.default)().isSame(month, "month"));
	if (currentMonth) return currentMonth;
	return enabledMonths[0];
}
// node_modules/@mantine/dates/esm/components/MonthsList/get-months-data/get-months-data.mjs
function getMonthsData(year) {
	const startOfYear = (0, import_dayjs_min.default)(year).startOf("year").toDate();
	const results = [
		[],
		[],
		[],
		[]
	];
	let currentMonthIndex = 0;
	for (let i = 0; i < 4; i += 1) for (let j = 0; j < 3; j += 1) {
		results[i].push((0, import_dayjs_min.default)(startOfYear).add(currentMonthIndex, "months").format("YYYY-MM-DD"));
		currentMonthIndex += 1;
	}
	return results;
}
// node_modules/@mantine/dates/esm/components/MonthsList/MonthsList.module.mjs
var MonthsList_module_default = {
	"monthsList": "m_2a6c32d",
	"monthsListCell": "m_fe27622f"
};
// node_modules/@mantine/dates/esm/components/MonthsList/MonthsList.mjs
var defaultProps$9 = {
	monthsListFormat: "MMM",
	withCellSpacing: true
};
var MonthsList = factory((_props) => {
	const props = useProps("MonthsList", defaultProps$9, _props);
	const { classNames, className, style, styles, unstyled, vars, __staticSelector, year, monthsListFormat, locale, minDate, maxDate, getMonthControlProps, __getControlRef, __onControlKeyDown, __onControlClick, __onControlMouseEnter, __preventFocus, __stopPropagation, withCellSpacing, fullWidth, size, attributes, ...others } = props;
	const getStyles = useStyles({
		name: __staticSelector || "MonthsList",
		classes: MonthsList_module_default,
		props,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		rootSelector: "monthsList"
	});
	const ctx = useDatesContext();
	const months = getMonthsData(year);
	const monthInTabOrder = getMonthInTabOrder({
		months,
		minDate: toDateString(minDate),
		maxDate: toDateString(maxDate),
		getMonthControlProps
	});
	const rows = months.map((monthsRow, rowIndex) => {
		const cells = monthsRow.map((month, cellIndex) => {
			const controlProps = getMonthControlProps?.(month);
			const isMonthInTabOrder = (0, import_dayjs_min.default)(month).isSame(monthInTabOrder, "month");
			return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
				...getStyles("monthsListCell"),
				"data-with-spacing": withCellSpacing || void 0,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PickerControl, {
					...getStyles("monthsListControl"),
					size,
					unstyled,
					fullWidth,
					__staticSelector: __staticSelector || "MonthsList",
					"data-mantine-stop-propagation": __stopPropagation || void 0,
					disabled: isMonthDisabled({
						month,
						minDate: toDateString(minDate),
						maxDate: toDateString(maxDate)
					}),
					ref: (node) => {
						if (node) __getControlRef?.(rowIndex, cellIndex, node);
					},
					...controlProps,
					onKeyDown: (event) => {
						controlProps?.onKeyDown?.(event);
						__onControlKeyDown?.(event, {
							rowIndex,
							cellIndex,
							date: month
						});
					},
					onClick: (event) => {
						controlProps?.onClick?.(event);
						__onControlClick?.(event, month);
					},
					onMouseEnter: (event) => {
						controlProps?.onMouseEnter?.(event);
						__onControlMouseEnter?.(event, month);
					},
					onMouseDown: (event) => {
						controlProps?.onMouseDown?.(event);
						__preventFocus && event.preventDefault();
					},
					tabIndex: __preventFocus || !isMonthInTabOrder ? -1 : 0,
					children: controlProps?.children ?? (typeof monthsListFormat === "function" ? monthsListFormat(month) : (0, import_dayjs_min.default)(month).locale(ctx.getLocale(locale)).format(monthsListFormat))
				})
			}, cellIndex);
		});
		return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tr", {
			...getStyles("monthsListRow"),
			children: cells
		}, rowIndex);
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
		component: "table",
		size,
		...getStyles("monthsList"),
		"data-full-width": fullWidth || void 0,
		...others,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tbody", { children: rows })
	});
});
MonthsList.classes = MonthsList_module_default;
MonthsList.displayName = "@mantine/dates/MonthsList";
// node_modules/@mantine/dates/esm/components/CalendarHeader/CalendarHeader.module.mjs
var CalendarHeader_module_default = {
	"calendarHeader": "m_730a79ed",
	"calendarHeaderLevel": "m_f6645d97",
	"calendarHeaderControl": "m_2351eeb0",
	"calendarHeaderSelect": "m_e214b549",
	"calendarHeaderControlIcon": "m_367dc749"
};
// node_modules/@mantine/dates/esm/components/CalendarHeader/CalendarHeader.mjs
var defaultProps$8 = {
	hasNextLevel: true,
	withNext: true,
	withPrevious: true,
	headerControlsOrder: [
		"previous",
		"level",
		"next"
	]
};
var varsResolver$1 = createVarsResolver((_, { size }) => ({ calendarHeader: {
	"--dch-control-size": getSize(size, "dch-control-size"),
	"--dch-fz": getFontSize(size)
} }));
var CalendarHeader = factory((_props) => {
	const props = useProps("CalendarHeader", defaultProps$8, _props);
	const { classNames, className, style, styles, unstyled, vars, nextIcon, previousIcon, nextLabel, previousLabel, onNext, onPrevious, onLevelClick, label, nextDisabled, previousDisabled, hasNextLevel, levelControlAriaLabel, withNext, withPrevious, headerControlsOrder, fullWidth, withNativeLevelSelect, yearsSelectRange, __staticSelector, __preventFocus, __stopPropagation, __calendarLevel, __date, __locale, __onDateChange, __minDate, __maxDate, __disableNativeLevelSelect, attributes, ...others } = props;
	const getStyles = useStyles({
		name: __staticSelector || "CalendarHeader",
		classes: CalendarHeader_module_default,
		props,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		varsResolver: varsResolver$1,
		rootSelector: "calendarHeader"
	});
	const preventFocus = __preventFocus ? (event) => event.preventDefault() : void 0;
	const previousControl = withPrevious && /* @__PURE__ */ (0, import_react.createElement)(UnstyledButton, {
		...getStyles("calendarHeaderControl"),
		key: "previous",
		"data-direction": "previous",
		"aria-label": previousLabel,
		onClick: onPrevious,
		unstyled,
		onMouseDown: preventFocus,
		disabled: previousDisabled,
		"data-disabled": previousDisabled || void 0,
		tabIndex: __preventFocus || previousDisabled ? -1 : 0,
		"data-mantine-stop-propagation": __stopPropagation || void 0
	}, previousIcon || /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AccordionChevron, {
		...getStyles("calendarHeaderControlIcon"),
		"data-direction": "previous",
		size: "45%"
	}));
	const currentYear = (/* @__PURE__ */ new Date()).getFullYear();
	const displayedYear = __date ? (0, import_dayjs_min.default)(__date).year() : currentYear;
	const rawMinYear = yearsSelectRange?.[0] ?? (__minDate ? (0, import_dayjs_min.default)(__minDate).year() : currentYear - 100);
	const rawMaxYear = yearsSelectRange?.[1] ?? (__maxDate ? (0, import_dayjs_min.default)(__maxDate).year() : currentYear + 50);
	const minYear = Math.min(rawMinYear, rawMaxYear, displayedYear);
	const maxYear = Math.max(rawMinYear, rawMaxYear, displayedYear);
	const clampNativeSelectDate = (date) => {
		let result = date;
		if (__minDate && result.isBefore((0, import_dayjs_min.default)(__minDate), "day")) result = (0, import_dayjs_min.default)(__minDate);
		if (__maxDate && result.isAfter((0, import_dayjs_min.default)(__maxDate), "day")) result = (0, import_dayjs_min.default)(__maxDate);
		return result.format("YYYY-MM-DD");
	};
	const levelControl = (withNativeLevelSelect && __date && __onDateChange && __calendarLevel !== "decade" ? /* @__PURE__ */ (0, import_react.createElement)("div", {
		...getStyles("calendarHeaderLevel"),
		key: "level",
		"data-static": true,
		"data-native-level-select": true
	}, __calendarLevel === "month" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("select", {
		...getStyles("calendarHeaderSelect"),
		"data-select": "month",
		disabled: __disableNativeLevelSelect,
		value: (0, import_dayjs_min.default)(__date).month(),
		onChange: (event) => {
			__onDateChange(clampNativeSelectDate((0, import_dayjs_min.default)(__date).month(parseInt(event.currentTarget.value, 10))));
		},
		onMouseDown: preventFocus,
		"aria-label": levelControlAriaLabel,
		children: Array.from({ length: 12 }, (_, i) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
			value: i,
			children: (0, import_dayjs_min.default)().locale(__locale || "en").month(i).format("MMMM")
		}, i))
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("select", {
		...getStyles("calendarHeaderSelect"),
		"data-select": "year",
		disabled: __disableNativeLevelSelect,
		value: (0, import_dayjs_min.default)(__date).year(),
		onChange: (event) => {
			__onDateChange(clampNativeSelectDate((0, import_dayjs_min.default)(__date).year(parseInt(event.currentTarget.value, 10))));
		},
		onMouseDown: preventFocus,
		"aria-label": levelControlAriaLabel,
		children: Array.from({ length: maxYear - minYear + 1 }, (_, i) => {
			const year = minYear + i;
			return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
				value: year,
				children: year
			}, year);
		})
	})) : null) || /* @__PURE__ */ (0, import_react.createElement)(UnstyledButton, {
		component: hasNextLevel ? "button" : "div",
		...getStyles("calendarHeaderLevel"),
		key: "level",
		onClick: hasNextLevel ? onLevelClick : void 0,
		unstyled,
		onMouseDown: hasNextLevel ? preventFocus : void 0,
		disabled: !hasNextLevel,
		"data-static": !hasNextLevel || void 0,
		"aria-label": levelControlAriaLabel,
		tabIndex: __preventFocus || !hasNextLevel ? -1 : 0,
		"data-mantine-stop-propagation": __stopPropagation || void 0
	}, label);
	const nextControl = withNext && /* @__PURE__ */ (0, import_react.createElement)(UnstyledButton, {
		...getStyles("calendarHeaderControl"),
		key: "next",
		"data-direction": "next",
		"aria-label": nextLabel,
		onClick: onNext,
		unstyled,
		onMouseDown: preventFocus,
		disabled: nextDisabled,
		"data-disabled": nextDisabled || void 0,
		tabIndex: __preventFocus || nextDisabled ? -1 : 0,
		"data-mantine-stop-propagation": __stopPropagation || void 0
	}, nextIcon || /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AccordionChevron, {
		...getStyles("calendarHeaderControlIcon"),
		"data-direction": "next",
		size: "45%"
	}));
	const controls = headerControlsOrder.map((control) => {
		if (control === "previous") return previousControl;
		if (control === "level") return levelControl;
		if (control === "next") return nextControl;
		return null;
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
		...getStyles("calendarHeader"),
		"data-full-width": fullWidth || void 0,
		...others,
		children: controls
	});
});
CalendarHeader.classes = CalendarHeader_module_default;
CalendarHeader.varsResolver = varsResolver$1;
CalendarHeader.displayName = "@mantine/dates/CalendarHeader";
// node_modules/@mantine/dates/esm/components/DecadeLevel/get-decade-range/get-decade-range.mjs
function getDecadeRange(decade) {
	const years = getYearsData(decade);
	return [years[0][0], years[3][0]];
}
// node_modules/@mantine/dates/esm/components/DecadeLevel/DecadeLevel.mjs
var defaultProps$7 = { decadeLabelFormat: "YYYY" };
var DecadeLevel = factory((_props) => {
	const { decade, locale, minDate, maxDate, yearsListFormat, getYearControlProps, __getControlRef, __onControlKeyDown, __onControlClick, __onControlMouseEnter, withCellSpacing, __preventFocus, nextIcon, previousIcon, nextLabel, previousLabel, onNext, onPrevious, nextDisabled, previousDisabled, levelControlAriaLabel, withNext, withPrevious, headerControlsOrder, decadeLabelFormat, classNames, styles, unstyled, __staticSelector, __stopPropagation, size, fullWidth, attributes, ...others } = useProps("DecadeLevel", defaultProps$7, _props);
	const ctx = useDatesContext();
	const [startOfDecade, endOfDecade] = getDecadeRange(decade);
	const stylesApiProps = {
		__staticSelector: __staticSelector || "DecadeLevel",
		classNames,
		styles,
		unstyled,
		size,
		attributes
	};
	const _nextDisabled = typeof nextDisabled === "boolean" ? nextDisabled : maxDate ? !(0, import_dayjs_min.default)(endOfDecade).endOf("year").isBefore(maxDate) : false;
	const _previousDisabled = typeof previousDisabled === "boolean" ? previousDisabled : minDate ? !(0, import_dayjs_min.default)(startOfDecade).startOf("year").isAfter(minDate) : false;
	const formatDecade = (date, format) => (0, import_dayjs_min.default)(date).locale(locale || ctx.locale).format(format);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
		"data-decade-level": true,
		size,
		...others,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(CalendarHeader, {
			label: typeof decadeLabelFormat === "function" ? decadeLabelFormat(startOfDecade, endOfDecade) : `${formatDecade(startOfDecade, decadeLabelFormat)} – ${formatDecade(endOfDecade, decadeLabelFormat)}`,
			__preventFocus,
			__stopPropagation,
			nextIcon,
			previousIcon,
			nextLabel,
			previousLabel,
			onNext,
			onPrevious,
			nextDisabled: _nextDisabled,
			previousDisabled: _previousDisabled,
			hasNextLevel: false,
			levelControlAriaLabel,
			withNext,
			withPrevious,
			headerControlsOrder,
			fullWidth,
			...stylesApiProps
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(YearsList, {
			decade,
			locale,
			minDate,
			maxDate,
			yearsListFormat,
			getYearControlProps,
			__getControlRef,
			__onControlKeyDown,
			__onControlClick,
			__onControlMouseEnter,
			__preventFocus,
			__stopPropagation,
			withCellSpacing,
			fullWidth,
			...stylesApiProps
		})]
	});
});
DecadeLevel.classes = {
	...YearsList.classes,
	...CalendarHeader.classes
};
DecadeLevel.displayName = "@mantine/dates/DecadeLevel";
// node_modules/@mantine/dates/esm/components/YearLevel/YearLevel.mjs
var defaultProps$6 = { yearLabelFormat: "YYYY" };
var YearLevel = factory((_props) => {
	const { year, locale, minDate, maxDate, monthsListFormat, getMonthControlProps, __getControlRef, __onControlKeyDown, __onControlClick, __onControlMouseEnter, withCellSpacing, __preventFocus, nextIcon, previousIcon, nextLabel, previousLabel, onNext, onPrevious, onLevelClick, nextDisabled, previousDisabled, hasNextLevel, levelControlAriaLabel, withNext, withPrevious, headerControlsOrder, withNativeLevelSelect, yearsSelectRange, yearLabelFormat, __staticSelector, __stopPropagation, __onDateChange, __disableNativeLevelSelect, size, classNames, styles, unstyled, fullWidth, attributes, ...others } = useProps("YearLevel", defaultProps$6, _props);
	const ctx = useDatesContext();
	const stylesApiProps = {
		__staticSelector: __staticSelector || "YearLevel",
		classNames,
		styles,
		unstyled,
		size,
		attributes
	};
	const _nextDisabled = typeof nextDisabled === "boolean" ? nextDisabled : maxDate ? !(0, import_dayjs_min.default)(year).endOf("year").isBefore(maxDate) : false;
	const _previousDisabled = typeof previousDisabled === "boolean" ? previousDisabled : minDate ? !(0, import_dayjs_min.default)(year).startOf("year").isAfter(minDate) : false;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
		"data-year-level": true,
		size,
		...others,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(CalendarHeader, {
			label: typeof yearLabelFormat === "function" ? yearLabelFormat(year) : (0, import_dayjs_min.default)(year).locale(locale || ctx.locale).format(yearLabelFormat),
			__preventFocus,
			__stopPropagation,
			__calendarLevel: "year",
			__date: year,
			__locale: locale || ctx.locale,
			__onDateChange,
			__disableNativeLevelSelect,
			__minDate: minDate,
			__maxDate: maxDate,
			nextIcon,
			previousIcon,
			nextLabel,
			previousLabel,
			onNext,
			onPrevious,
			onLevelClick,
			nextDisabled: _nextDisabled,
			previousDisabled: _previousDisabled,
			hasNextLevel,
			levelControlAriaLabel,
			withNext,
			withPrevious,
			headerControlsOrder,
			withNativeLevelSelect,
			yearsSelectRange,
			fullWidth,
			...stylesApiProps
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(MonthsList, {
			year,
			locale,
			minDate,
			maxDate,
			monthsListFormat,
			getMonthControlProps,
			__getControlRef,
			__onControlKeyDown,
			__onControlClick,
			__onControlMouseEnter,
			__preventFocus,
			__stopPropagation,
			withCellSpacing,
			fullWidth,
			...stylesApiProps
		})]
	});
});
YearLevel.classes = {
	...CalendarHeader.classes,
	...MonthsList.classes
};
YearLevel.displayName = "@mantine/dates/YearLevel";
// node_modules/@mantine/dates/esm/components/MonthLevel/MonthLevel.mjs
var defaultProps$5 = { monthLabelFormat: "MMMM YYYY" };
var MonthLevel = factory((_props) => {
	const { month, locale, firstDayOfWeek, weekdayFormat, weekendDays, getDayProps, excludeDate, minDate, maxDate, renderDay, hideOutsideDates, hideWeekdays, getDayAriaLabel, __getDayRef, __onDayKeyDown, __onDayClick, __onDayMouseEnter, withCellSpacing, highlightToday, withWeekNumbers, __preventFocus, __stopPropagation, nextIcon, previousIcon, nextLabel, previousLabel, onNext, onPrevious, onLevelClick, nextDisabled, previousDisabled, hasNextLevel, levelControlAriaLabel, withNext, withPrevious, headerControlsOrder, withNativeLevelSelect, yearsSelectRange, monthLabelFormat, classNames, styles, unstyled, __staticSelector, __onDateChange, __disableNativeLevelSelect, size, static: isStatic, fullWidth, attributes, ...others } = useProps("MonthLevel", defaultProps$5, _props);
	const ctx = useDatesContext();
	const stylesApiProps = {
		__staticSelector: __staticSelector || "MonthLevel",
		classNames,
		styles,
		unstyled,
		size,
		attributes
	};
	const _nextDisabled = typeof nextDisabled === "boolean" ? nextDisabled : maxDate ? !(0, import_dayjs_min.default)(month).endOf("month").isBefore(maxDate) : false;
	const _previousDisabled = typeof previousDisabled === "boolean" ? previousDisabled : minDate ? !(0, import_dayjs_min.default)(month).startOf("month").isAfter(minDate) : false;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
		"data-month-level": true,
		size,
		...others,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(CalendarHeader, {
			label: typeof monthLabelFormat === "function" ? monthLabelFormat(month) : (0, import_dayjs_min.default)(month).locale(locale || ctx.locale).format(monthLabelFormat),
			__preventFocus,
			__stopPropagation,
			__calendarLevel: "month",
			__date: month,
			__locale: locale || ctx.locale,
			__onDateChange,
			__disableNativeLevelSelect,
			__minDate: minDate,
			__maxDate: maxDate,
			nextIcon,
			previousIcon,
			nextLabel,
			previousLabel,
			onNext,
			onPrevious,
			onLevelClick,
			nextDisabled: _nextDisabled,
			previousDisabled: _previousDisabled,
			hasNextLevel,
			levelControlAriaLabel,
			withNext,
			withPrevious,
			headerControlsOrder,
			withNativeLevelSelect,
			yearsSelectRange,
			fullWidth,
			...stylesApiProps
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Month, {
			month,
			locale,
			firstDayOfWeek,
			weekdayFormat,
			weekendDays,
			getDayProps,
			excludeDate,
			minDate,
			maxDate,
			renderDay,
			hideOutsideDates,
			hideWeekdays,
			getDayAriaLabel,
			__getDayRef,
			__onDayKeyDown,
			__onDayClick,
			__onDayMouseEnter,
			__preventFocus,
			__stopPropagation,
			static: isStatic,
			withCellSpacing,
			highlightToday,
			withWeekNumbers,
			fullWidth,
			...stylesApiProps
		})]
	});
});
MonthLevel.classes = {
	...Month.classes,
	...CalendarHeader.classes
};
MonthLevel.displayName = "@mantine/dates/MonthLevel";
// node_modules/@mantine/dates/esm/components/LevelsGroup/LevelsGroup.module.mjs
var LevelsGroup_module_default = { "levelsGroup": "m_30b26e33" };
// node_modules/@mantine/dates/esm/components/LevelsGroup/LevelsGroup.mjs
var LevelsGroup = factory((_props) => {
	const props = useProps("LevelsGroup", null, _props);
	const { classNames, className, style, styles, unstyled, vars, __staticSelector, fullWidth, attributes, ...others } = props;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
		...useStyles({
			name: __staticSelector || "LevelsGroup",
			classes: LevelsGroup_module_default,
			props,
			className,
			style,
			classNames,
			styles,
			unstyled,
			attributes,
			vars,
			rootSelector: "levelsGroup"
		})("levelsGroup"),
		"data-full-width": fullWidth || void 0,
		...others
	});
});
LevelsGroup.classes = LevelsGroup_module_default;
LevelsGroup.displayName = "@mantine/dates/LevelsGroup";
// node_modules/@mantine/dates/esm/components/DecadeLevelGroup/DecadeLevelGroup.mjs
var defaultProps$4 = { numberOfColumns: 1 };
var DecadeLevelGroup = factory((_props) => {
	const { decade, locale, minDate, maxDate, yearsListFormat, getYearControlProps, __onControlClick, __onControlMouseEnter, withCellSpacing, __preventFocus, nextIcon, previousIcon, nextLabel, previousLabel, onNext, onPrevious, nextDisabled, previousDisabled, headerControlsOrder, classNames, styles, unstyled, __staticSelector, __stopPropagation, numberOfColumns, levelControlAriaLabel, decadeLabelFormat, size, fullWidth, vars, attributes, ...others } = useProps("DecadeLevelGroup", defaultProps$4, _props);
	const controlsRef = (0, import_react.useRef)([]);
	const decades = Array(numberOfColumns).fill(0).map((_, decadeIndex) => {
		const currentDecade = (0, import_dayjs_min.default)(decade).add(decadeIndex * 10, "years").format("YYYY-MM-DD");
		return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DecadeLevel, {
			size,
			yearsListFormat,
			decade: currentDecade,
			withNext: decadeIndex === numberOfColumns - 1,
			withPrevious: decadeIndex === 0,
			decadeLabelFormat,
			__onControlClick,
			__onControlMouseEnter,
			__onControlKeyDown: (event, payload) => handleControlKeyDown({
				levelIndex: decadeIndex,
				rowIndex: payload.rowIndex,
				cellIndex: payload.cellIndex,
				event,
				controlsRef
			}),
			__getControlRef: (rowIndex, cellIndex, node) => {
				if (!Array.isArray(controlsRef.current[decadeIndex])) controlsRef.current[decadeIndex] = [];
				if (!Array.isArray(controlsRef.current[decadeIndex][rowIndex])) controlsRef.current[decadeIndex][rowIndex] = [];
				controlsRef.current[decadeIndex][rowIndex][cellIndex] = node;
			},
			levelControlAriaLabel: typeof levelControlAriaLabel === "function" ? levelControlAriaLabel(currentDecade) : levelControlAriaLabel,
			locale,
			minDate,
			maxDate,
			__preventFocus,
			__stopPropagation,
			nextIcon,
			previousIcon,
			nextLabel,
			previousLabel,
			onNext,
			onPrevious,
			nextDisabled,
			previousDisabled,
			getYearControlProps,
			__staticSelector: __staticSelector || "DecadeLevelGroup",
			classNames,
			styles,
			unstyled,
			withCellSpacing,
			headerControlsOrder,
			fullWidth,
			attributes
		}, decadeIndex);
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LevelsGroup, {
		classNames,
		styles,
		__staticSelector: __staticSelector || "DecadeLevelGroup",
		size,
		unstyled,
		fullWidth,
		attributes,
		...others,
		children: decades
	});
});
DecadeLevelGroup.classes = {
	...LevelsGroup.classes,
	...DecadeLevel.classes
};
DecadeLevelGroup.displayName = "@mantine/dates/DecadeLevelGroup";
// node_modules/@mantine/dates/esm/components/YearLevelGroup/YearLevelGroup.mjs
var defaultProps$3 = { numberOfColumns: 1 };
var YearLevelGroup = factory((_props) => {
	const { year, locale, minDate, maxDate, monthsListFormat, getMonthControlProps, __onControlClick, __onControlMouseEnter, withCellSpacing, __preventFocus, nextIcon, previousIcon, nextLabel, previousLabel, onNext, onPrevious, onLevelClick, nextDisabled, previousDisabled, hasNextLevel, headerControlsOrder, withNativeLevelSelect, yearsSelectRange, classNames, styles, unstyled, __staticSelector, __stopPropagation, __onDateChange, __disableNativeLevelSelect, numberOfColumns, levelControlAriaLabel, yearLabelFormat, size, fullWidth, vars, attributes, ...others } = useProps("YearLevelGroup", defaultProps$3, _props);
	const controlsRef = (0, import_react.useRef)([]);
	const years = Array(numberOfColumns).fill(0).map((_, yearIndex) => {
		const currentYear = (0, import_dayjs_min.default)(year).add(yearIndex, "years").format("YYYY-MM-DD");
		return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(YearLevel, {
			size,
			monthsListFormat,
			year: currentYear,
			withNext: yearIndex === numberOfColumns - 1,
			withPrevious: yearIndex === 0,
			yearLabelFormat,
			__stopPropagation,
			__onControlClick,
			__onControlMouseEnter,
			__onControlKeyDown: (event, payload) => handleControlKeyDown({
				levelIndex: yearIndex,
				rowIndex: payload.rowIndex,
				cellIndex: payload.cellIndex,
				event,
				controlsRef
			}),
			__getControlRef: (rowIndex, cellIndex, node) => {
				if (!Array.isArray(controlsRef.current[yearIndex])) controlsRef.current[yearIndex] = [];
				if (!Array.isArray(controlsRef.current[yearIndex][rowIndex])) controlsRef.current[yearIndex][rowIndex] = [];
				controlsRef.current[yearIndex][rowIndex][cellIndex] = node;
			},
			levelControlAriaLabel: typeof levelControlAriaLabel === "function" ? levelControlAriaLabel(currentYear) : levelControlAriaLabel,
			locale,
			minDate,
			maxDate,
			__preventFocus,
			nextIcon,
			previousIcon,
			nextLabel,
			previousLabel,
			onNext,
			onPrevious,
			onLevelClick,
			nextDisabled,
			previousDisabled,
			hasNextLevel,
			withNativeLevelSelect,
			yearsSelectRange,
			__onDateChange,
			__disableNativeLevelSelect,
			getMonthControlProps,
			classNames,
			styles,
			unstyled,
			__staticSelector: __staticSelector || "YearLevelGroup",
			withCellSpacing,
			headerControlsOrder,
			fullWidth,
			attributes
		}, yearIndex);
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LevelsGroup, {
		classNames,
		styles,
		__staticSelector: __staticSelector || "YearLevelGroup",
		size,
		unstyled,
		fullWidth,
		attributes,
		...others,
		children: years
	});
});
YearLevelGroup.classes = {
	...YearLevel.classes,
	...LevelsGroup.classes
};
YearLevelGroup.displayName = "@mantine/dates/YearLevelGroup";
// node_modules/@mantine/dates/esm/components/MonthLevelGroup/MonthLevelGroup.mjs
var defaultProps$2 = { numberOfColumns: 1 };
var MonthLevelGroup = factory((_props) => {
	const { month, locale, firstDayOfWeek, weekdayFormat, weekendDays, getDayProps, excludeDate, minDate, maxDate, renderDay, hideOutsideDates, hideWeekdays, getDayAriaLabel, __onDayClick, __onDayMouseEnter, withCellSpacing, highlightToday, withWeekNumbers, __preventFocus, nextIcon, previousIcon, nextLabel, previousLabel, onNext, onPrevious, onLevelClick, nextDisabled, previousDisabled, hasNextLevel, headerControlsOrder, withNativeLevelSelect, yearsSelectRange, classNames, styles, unstyled, numberOfColumns, levelControlAriaLabel, monthLabelFormat, __staticSelector, __stopPropagation, __onDateChange, __disableNativeLevelSelect, size, static: isStatic, fullWidth, vars, attributes, ...others } = useProps("MonthLevelGroup", defaultProps$2, _props);
	const daysRefs = (0, import_react.useRef)([]);
	const months = Array(numberOfColumns).fill(0).map((_, monthIndex) => {
		const currentMonth = (0, import_dayjs_min.default)(month).add(monthIndex, "months").format("YYYY-MM-DD");
		return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(MonthLevel, {
			month: currentMonth,
			withNext: monthIndex === numberOfColumns - 1,
			withPrevious: monthIndex === 0,
			monthLabelFormat,
			__stopPropagation,
			__onDayClick,
			__onDayMouseEnter,
			__onDayKeyDown: (event, payload) => handleControlKeyDown({
				levelIndex: monthIndex,
				rowIndex: payload.rowIndex,
				cellIndex: payload.cellIndex,
				event,
				controlsRef: daysRefs
			}),
			__getDayRef: (rowIndex, cellIndex, node) => {
				if (!Array.isArray(daysRefs.current[monthIndex])) daysRefs.current[monthIndex] = [];
				if (!Array.isArray(daysRefs.current[monthIndex][rowIndex])) daysRefs.current[monthIndex][rowIndex] = [];
				daysRefs.current[monthIndex][rowIndex][cellIndex] = node;
			},
			levelControlAriaLabel: typeof levelControlAriaLabel === "function" ? levelControlAriaLabel(currentMonth) : levelControlAriaLabel,
			locale,
			firstDayOfWeek,
			weekdayFormat,
			weekendDays,
			getDayProps,
			excludeDate,
			minDate,
			maxDate,
			renderDay,
			hideOutsideDates,
			hideWeekdays,
			getDayAriaLabel,
			__preventFocus,
			nextIcon,
			previousIcon,
			nextLabel,
			previousLabel,
			onNext,
			onPrevious,
			onLevelClick,
			nextDisabled,
			previousDisabled,
			hasNextLevel,
			withNativeLevelSelect,
			yearsSelectRange,
			__onDateChange,
			__disableNativeLevelSelect,
			classNames,
			styles,
			unstyled,
			__staticSelector: __staticSelector || "MonthLevelGroup",
			size,
			static: isStatic,
			withCellSpacing,
			highlightToday,
			withWeekNumbers,
			headerControlsOrder,
			fullWidth,
			attributes
		}, monthIndex);
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LevelsGroup, {
		classNames,
		styles,
		__staticSelector: __staticSelector || "MonthLevelGroup",
		size,
		fullWidth,
		attributes,
		...others,
		children: months
	});
});
MonthLevelGroup.classes = {
	...LevelsGroup.classes,
	...MonthLevel.classes
};
MonthLevelGroup.displayName = "@mantine/dates/MonthLevelGroup";
// node_modules/@mantine/dates/esm/hooks/use-uncontrolled-dates/use-uncontrolled-dates.mjs
var getEmptyValue = (type) => type === "range" ? [null, null] : type === "multiple" ? [] : null;
var convertDatesValue = (value, withTime) => {
	const converter = withTime ? toDateTimeString : toDateString;
	return Array.isArray(value) ? value.map(converter) : converter(value);
};
function useUncontrolledDates({ type, value, defaultValue, onChange, withTime = false }) {
	const storedType = (0, import_react.useRef)(type);
	const [_value, _setValue, controlled] = useUncontrolled({
		value: convertDatesValue(value, withTime),
		defaultValue: convertDatesValue(defaultValue, withTime),
		finalValue: getEmptyValue(type),
		onChange
	});
	let _finalValue = _value;
	if (storedType.current !== type) {
		storedType.current = type;
		if (value === void 0) {
			_finalValue = defaultValue !== void 0 ? defaultValue : getEmptyValue(type);
			_setValue(_finalValue);
		}
	}
	return [
		_finalValue,
		_setValue,
		controlled
	];
}
// node_modules/@mantine/dates/esm/components/Calendar/clamp-level/clamp-level.mjs
function levelToNumber(level, fallback) {
	if (!level) return fallback || 0;
	return level === "month" ? 0 : level === "year" ? 1 : 2;
}
function levelNumberToLevel(levelNumber) {
	return levelNumber === 0 ? "month" : levelNumber === 1 ? "year" : "decade";
}
function clampLevel(level, minLevel, maxLevel) {
	return levelNumberToLevel(clamp(levelToNumber(level, 0), levelToNumber(minLevel, 0), levelToNumber(maxLevel, 2)));
}
// node_modules/@mantine/dates/esm/components/Calendar/Calendar.mjs
var defaultProps$1 = {
	maxLevel: "decade",
	minLevel: "month",
	__updateDateOnYearSelect: true,
	__updateDateOnMonthSelect: true,
	enableKeyboardNavigation: true
};
var Calendar = factory((_props) => {
	const props = useProps("Calendar", defaultProps$1, _props);
	const { vars, maxLevel, minLevel, defaultLevel, level, onLevelChange, date, defaultDate, onDateChange, numberOfColumns, columnsToScroll, ariaLabels, nextLabel, previousLabel, onYearSelect, onMonthSelect, onYearMouseEnter, onMonthMouseEnter, headerControlsOrder, __updateDateOnYearSelect, __updateDateOnMonthSelect, __setDateRef, __setLevelRef, firstDayOfWeek, weekdayFormat, weekendDays, getDayProps, excludeDate, renderDay, hideOutsideDates, hideWeekdays, getDayAriaLabel, monthLabelFormat, nextIcon, previousIcon, __onDayClick, __onDayMouseEnter, withCellSpacing, highlightToday, withWeekNumbers, monthsListFormat, getMonthControlProps, yearLabelFormat, yearsListFormat, getYearControlProps, decadeLabelFormat, classNames, styles, unstyled, minDate, maxDate, locale, __staticSelector, size, __preventFocus, __stopPropagation, onNextDecade, onPreviousDecade, onNextYear, onPreviousYear, onNextMonth, onPreviousMonth, static: isStatic, enableKeyboardNavigation, withNativeLevelSelect, yearsSelectRange, fullWidth, attributes, ref, ...others } = props;
	const { resolvedClassNames, resolvedStyles } = useResolvedStylesApi({
		classNames,
		styles,
		props
	});
	const [_level, setLevel] = useUncontrolled({
		value: level ? clampLevel(level, minLevel, maxLevel) : void 0,
		defaultValue: defaultLevel ? clampLevel(defaultLevel, minLevel, maxLevel) : void 0,
		finalValue: clampLevel(void 0, minLevel, maxLevel),
		onChange: onLevelChange
	});
	const [_date, setDate, dateControlled] = useUncontrolledDates({
		type: "default",
		value: toDateString(date),
		defaultValue: toDateString(defaultDate),
		onChange: onDateChange
	});
	const disableNativeLevelSelect = dateControlled && !onDateChange;
	(0, import_react.useImperativeHandle)(__setDateRef, () => (date) => {
		setDate(date);
	});
	(0, import_react.useImperativeHandle)(__setLevelRef, () => (level) => {
		setLevel(level);
	});
	const stylesApiProps = {
		__staticSelector: __staticSelector || "Calendar",
		styles: resolvedStyles,
		classNames: resolvedClassNames,
		unstyled,
		size,
		attributes
	};
	const _columnsToScroll = columnsToScroll || numberOfColumns || 1;
	const fallbackDateRef = (0, import_react.useRef)(null);
	if (fallbackDateRef.current === null) fallbackDateRef.current = getDefaultClampedDate({
		minDate,
		maxDate
	});
	const currentDate = _date || fallbackDateRef.current;
	const handleNextMonth = () => {
		const nextDate = (0, import_dayjs_min.default)(currentDate).add(_columnsToScroll, "month").format("YYYY-MM-DD");
		onNextMonth?.(nextDate);
		setDate(nextDate);
	};
	const handlePreviousMonth = () => {
		const nextDate = (0, import_dayjs_min.default)(currentDate).subtract(_columnsToScroll, "month").format("YYYY-MM-DD");
		onPreviousMonth?.(nextDate);
		setDate(nextDate);
	};
	const handleNextYear = () => {
		const nextDate = (0, import_dayjs_min.default)(currentDate).add(_columnsToScroll, "year").format("YYYY-MM-DD");
		onNextYear?.(nextDate);
		setDate(nextDate);
	};
	const handlePreviousYear = () => {
		const nextDate = (0, import_dayjs_min.default)(currentDate).subtract(_columnsToScroll, "year").format("YYYY-MM-DD");
		onPreviousYear?.(nextDate);
		setDate(nextDate);
	};
	const handleNextDecade = () => {
		const nextDate = (0, import_dayjs_min.default)(currentDate).add(10 * _columnsToScroll, "year").format("YYYY-MM-DD");
		onNextDecade?.(nextDate);
		setDate(nextDate);
	};
	const handlePreviousDecade = () => {
		const nextDate = (0, import_dayjs_min.default)(currentDate).subtract(10 * _columnsToScroll, "year").format("YYYY-MM-DD");
		onPreviousDecade?.(nextDate);
		setDate(nextDate);
	};
	const calendarRef = (0, import_react.useRef)(null);
	(0, import_react.useEffect)(() => {
		if (!enableKeyboardNavigation || isStatic) return;
		const handleKeyDown = (event) => {
			if (!calendarRef.current?.contains(document.activeElement)) return;
			const isCtrlOrCmd = event.ctrlKey || event.metaKey;
			const isShift = event.shiftKey;
			switch (event.key) {
				case "ArrowUp":
					if (isCtrlOrCmd && isShift) {
						event.preventDefault();
						handlePreviousDecade();
					} else if (isCtrlOrCmd) {
						event.preventDefault();
						handlePreviousYear();
					}
					break;
				case "ArrowDown":
					if (isCtrlOrCmd && isShift) {
						event.preventDefault();
						handleNextDecade();
					} else if (isCtrlOrCmd) {
						event.preventDefault();
						handleNextYear();
					}
					break;
				case "y":
				case "Y": if (_level === "month") {
					event.preventDefault();
					setLevel("year");
				}
			}
		};
		document.addEventListener("keydown", handleKeyDown);
		return () => {
			document.removeEventListener("keydown", handleKeyDown);
		};
	}, [
		enableKeyboardNavigation,
		isStatic,
		_level,
		handleNextYear,
		handlePreviousYear,
		handleNextDecade,
		handlePreviousDecade
	]);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
		ref: useMergedRef(calendarRef, ref),
		size,
		"data-calendar": true,
		"data-full-width": fullWidth || void 0,
		...others,
		children: [
			_level === "month" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(MonthLevelGroup, {
				month: currentDate,
				minDate,
				maxDate,
				firstDayOfWeek,
				weekdayFormat,
				weekendDays,
				getDayProps,
				excludeDate,
				renderDay,
				hideOutsideDates,
				hideWeekdays,
				getDayAriaLabel,
				onNext: handleNextMonth,
				onPrevious: handlePreviousMonth,
				hasNextLevel: maxLevel !== "month",
				onLevelClick: () => setLevel("year"),
				numberOfColumns,
				locale,
				levelControlAriaLabel: ariaLabels?.monthLevelControl,
				nextLabel: ariaLabels?.nextMonth ?? nextLabel,
				nextIcon,
				previousLabel: ariaLabels?.previousMonth ?? previousLabel,
				previousIcon,
				monthLabelFormat,
				__onDayClick,
				__onDayMouseEnter,
				__onDateChange: setDate,
				__disableNativeLevelSelect: disableNativeLevelSelect,
				__preventFocus,
				__stopPropagation,
				static: isStatic,
				withCellSpacing,
				highlightToday,
				withWeekNumbers,
				withNativeLevelSelect,
				yearsSelectRange,
				headerControlsOrder,
				fullWidth,
				...stylesApiProps
			}),
			_level === "year" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(YearLevelGroup, {
				year: currentDate,
				numberOfColumns,
				minDate,
				maxDate,
				monthsListFormat,
				getMonthControlProps,
				locale,
				onNext: handleNextYear,
				onPrevious: handlePreviousYear,
				hasNextLevel: maxLevel !== "month" && maxLevel !== "year",
				onLevelClick: () => setLevel("decade"),
				levelControlAriaLabel: ariaLabels?.yearLevelControl,
				nextLabel: ariaLabels?.nextYear ?? nextLabel,
				nextIcon,
				previousLabel: ariaLabels?.previousYear ?? previousLabel,
				previousIcon,
				yearLabelFormat,
				__onControlMouseEnter: onMonthMouseEnter,
				__onControlClick: (_event, payload) => {
					__updateDateOnMonthSelect && setDate(payload);
					setLevel(clampLevel("month", minLevel, maxLevel));
					onMonthSelect?.(payload);
				},
				__onDateChange: setDate,
				__disableNativeLevelSelect: disableNativeLevelSelect,
				__preventFocus,
				__stopPropagation,
				withCellSpacing,
				withNativeLevelSelect,
				yearsSelectRange,
				headerControlsOrder,
				fullWidth,
				...stylesApiProps
			}),
			_level === "decade" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DecadeLevelGroup, {
				decade: currentDate,
				minDate,
				maxDate,
				yearsListFormat,
				getYearControlProps,
				locale,
				onNext: handleNextDecade,
				onPrevious: handlePreviousDecade,
				numberOfColumns,
				nextLabel: ariaLabels?.nextDecade ?? nextLabel,
				nextIcon,
				previousLabel: ariaLabels?.previousDecade ?? previousLabel,
				previousIcon,
				decadeLabelFormat,
				__onControlMouseEnter: onYearMouseEnter,
				__onControlClick: (_event, payload) => {
					__updateDateOnYearSelect && setDate(payload);
					setLevel(clampLevel("year", minLevel, maxLevel));
					onYearSelect?.(payload);
				},
				__preventFocus,
				__stopPropagation,
				withCellSpacing,
				headerControlsOrder,
				fullWidth,
				...stylesApiProps
			})
		]
	});
});
Calendar.classes = {
	...DecadeLevelGroup.classes,
	...YearLevelGroup.classes,
	...MonthLevelGroup.classes
};
Calendar.displayName = "@mantine/dates/Calendar";
// node_modules/@mantine/dates/esm/components/Calendar/pick-calendar-levels-props/pick-calendar-levels-props.mjs
function pickCalendarProps(props) {
	const { maxLevel, minLevel, defaultLevel, level, onLevelChange, nextIcon, previousIcon, date, defaultDate, onDateChange, numberOfColumns, columnsToScroll, ariaLabels, nextLabel, previousLabel, onYearSelect, onMonthSelect, onYearMouseEnter, onMonthMouseEnter, onNextMonth, onPreviousMonth, onNextYear, onPreviousYear, onNextDecade, onPreviousDecade, withCellSpacing, highlightToday, withNativeLevelSelect, yearsSelectRange, __updateDateOnYearSelect, __updateDateOnMonthSelect, __setDateRef, __setLevelRef, withWeekNumbers, headerControlsOrder, firstDayOfWeek, weekdayFormat, weekendDays, getDayProps, excludeDate, renderDay, hideOutsideDates, hideWeekdays, getDayAriaLabel, monthLabelFormat, monthsListFormat, getMonthControlProps, yearLabelFormat, yearsListFormat, getYearControlProps, decadeLabelFormat, allowSingleDateInRange, allowDeselect, minDate, maxDate, locale, ...others } = props;
	return {
		calendarProps: {
			maxLevel,
			minLevel,
			defaultLevel,
			level,
			onLevelChange,
			nextIcon,
			previousIcon,
			date,
			defaultDate,
			onDateChange,
			numberOfColumns,
			columnsToScroll,
			ariaLabels,
			nextLabel,
			previousLabel,
			onYearSelect,
			onMonthSelect,
			onYearMouseEnter,
			onMonthMouseEnter,
			onNextMonth,
			onPreviousMonth,
			onNextYear,
			onPreviousYear,
			onNextDecade,
			onPreviousDecade,
			withCellSpacing,
			highlightToday,
			withNativeLevelSelect,
			yearsSelectRange,
			__updateDateOnYearSelect,
			__updateDateOnMonthSelect,
			__setDateRef,
			withWeekNumbers,
			headerControlsOrder,
			firstDayOfWeek,
			weekdayFormat,
			weekendDays,
			getDayProps,
			excludeDate,
			renderDay,
			hideOutsideDates,
			hideWeekdays,
			getDayAriaLabel,
			monthLabelFormat,
			monthsListFormat,
			getMonthControlProps,
			yearLabelFormat,
			yearsListFormat,
			getYearControlProps,
			decadeLabelFormat,
			allowSingleDateInRange,
			allowDeselect,
			minDate,
			maxDate,
			locale
		},
		others
	};
}
// node_modules/@mantine/dates/esm/hooks/use-dates-state/is-in-range/is-in-range.mjs
function isInRange(date, range) {
	const _range = [...range].sort((a, b) => (0, import_dayjs_min.default)(a).isAfter((0, import_dayjs_min.default)(b)) ? 1 : -1);
	return (0, import_dayjs_min.default)(_range[0]).startOf("day").subtract(1, "ms").isBefore(date) && (0, import_dayjs_min.default)(_range[1]).endOf("day").add(1, "ms").isAfter(date);
}
// node_modules/@mantine/dates/esm/hooks/use-dates-state/use-dates-state.mjs
function useDatesState({ type, level, value, defaultValue, onChange, allowSingleDateInRange, allowDeselect, onMouseLeave }) {
	const [_value, setValue] = useUncontrolledDates({
		type,
		value,
		defaultValue,
		onChange
	});
	const [pickedDate, setPickedDate] = (0, import_react.useState)(type === "range" ? _value[0] && !_value[1] ? _value[0] : null : null);
	const [hoveredDate, setHoveredDate] = (0, import_react.useState)(null);
	const onDateChange = (date) => {
		if (type === "range") {
			if (pickedDate && !_value[1]) {
				if ((0, import_dayjs_min.default)(date).isSame(pickedDate, level) && !allowSingleDateInRange) {
					setPickedDate(null);
					setHoveredDate(null);
					setValue([null, null]);
					return;
				}
				const result = [date, pickedDate];
				result.sort((a, b) => (0, import_dayjs_min.default)(a).isAfter((0, import_dayjs_min.default)(b)) ? 1 : -1);
				setValue(result);
				setHoveredDate(null);
				setPickedDate(null);
				return;
			}
			if (_value[0] && !_value[1] && (0, import_dayjs_min.default)(date).isSame(_value[0], level) && !allowSingleDateInRange) {
				setPickedDate(null);
				setHoveredDate(null);
				setValue([null, null]);
				return;
			}
			setValue([date, null]);
			setHoveredDate(null);
			setPickedDate(date);
			return;
		}
		if (type === "multiple") {
			if (_value.some((selected) => (0, import_dayjs_min.default)(selected).isSame(date, level))) setValue(_value.filter((selected) => !(0, import_dayjs_min.default)(selected).isSame(date, level)));
			else setValue([..._value, date]);
			return;
		}
		if (_value && allowDeselect && (0, import_dayjs_min.default)(date).isSame(_value, level)) setValue(null);
		else setValue(date);
	};
	const isDateInRange = (date) => {
		if (pickedDate && hoveredDate) return isInRange(date, [hoveredDate, pickedDate]);
		if (_value[0] && _value[1]) return isInRange(date, _value);
		return false;
	};
	const onRootMouseLeave = type === "range" ? (event) => {
		onMouseLeave?.(event);
		setHoveredDate(null);
	} : onMouseLeave;
	const isFirstInRange = (date) => {
		if (!_value[0]) return false;
		if ((0, import_dayjs_min.default)(date).isSame(_value[0], level)) return !(hoveredDate && (0, import_dayjs_min.default)(hoveredDate).isBefore(_value[0]));
		return false;
	};
	const isLastInRange = (date) => {
		if (_value[1]) return (0, import_dayjs_min.default)(date).isSame(_value[1], level);
		if (!_value[0] || !hoveredDate) return false;
		return (0, import_dayjs_min.default)(hoveredDate).isBefore(_value[0]) && (0, import_dayjs_min.default)(date).isSame(_value[0], level);
	};
	const getControlProps = (date) => {
		if (type === "range") return {
			selected: _value.some((selection) => selection && (0, import_dayjs_min.default)(selection).isSame(date, level)),
			inRange: isDateInRange(date),
			firstInRange: isFirstInRange(date),
			lastInRange: isLastInRange(date),
			"data-autofocus": !!_value[0] && (0, import_dayjs_min.default)(_value[0]).isSame(date, level) || void 0
		};
		if (type === "multiple") return {
			selected: _value.some((selection) => selection && (0, import_dayjs_min.default)(selection).isSame(date, level)),
			"data-autofocus": !!_value[0] && (0, import_dayjs_min.default)(_value[0]).isSame(date, level) || void 0
		};
		const selected = (0, import_dayjs_min.default)(_value).isSame(date, level);
		return {
			selected,
			"data-autofocus": selected || void 0
		};
	};
	const onHoveredDateChange = type === "range" && pickedDate ? setHoveredDate : () => {};
	(0, import_react.useEffect)(() => {
		if (type !== "range") return;
		if (_value[0] && !_value[1]) setPickedDate(_value[0]);
		else {
			const isNeitherSelected = _value[0] == null && _value[1] == null;
			const isBothSelected = _value[0] != null && _value[1] != null;
			if (isNeitherSelected || isBothSelected) {
				setPickedDate(null);
				setHoveredDate(null);
			}
		}
	}, [_value]);
	return {
		onDateChange,
		onRootMouseLeave,
		onHoveredDateChange,
		getControlProps,
		_value,
		setValue
	};
}
// node_modules/@mantine/dates/esm/components/DatePicker/DatePicker.module.mjs
var DatePicker_module_default = {
	"datePickerRoot": "m_765a40cf",
	"presetsList": "m_d6a681e1",
	"presetButton": "m_acd30b22"
};
// node_modules/@mantine/dates/esm/components/DatePicker/DatePicker.mjs
var varsResolver = createVarsResolver((_, { size }) => ({ datePickerRoot: { "--preset-font-size": getFontSize(size) } }));
var defaultProps = {
	type: "default",
	defaultLevel: "month",
	numberOfColumns: 1,
	size: "sm"
};
var DatePicker = factory((_props) => {
	const props = useProps("DatePicker", defaultProps, _props);
	const { allowDeselect, allowSingleDateInRange, value, defaultValue, onChange, onMouseLeave, classNames, styles, __staticSelector, __onDayClick, __onDayMouseEnter, __onPresetSelect, __stopPropagation, presets, className, style, unstyled, size, vars, attributes, fullWidth, ...rest } = props;
	const { calendarProps, others } = pickCalendarProps(rest);
	const setDateRef = (0, import_react.useRef)(null);
	const setLevelRef = (0, import_react.useRef)(null);
	const getStyles = useStyles({
		name: __staticSelector || "DatePicker",
		classes: DatePicker_module_default,
		props,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		rootSelector: presets ? "datePickerRoot" : void 0,
		varsResolver,
		vars
	});
	const { onDateChange, onRootMouseLeave, onHoveredDateChange, getControlProps, _value, setValue } = useDatesState({
		type: others.type,
		level: "day",
		allowDeselect,
		allowSingleDateInRange,
		value,
		defaultValue,
		onChange,
		onMouseLeave
	});
	const { resolvedClassNames, resolvedStyles } = useResolvedStylesApi({
		classNames,
		styles,
		props
	});
	const calendar = /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Calendar, {
		classNames: resolvedClassNames,
		styles: resolvedStyles,
		__staticSelector: __staticSelector || "DatePicker",
		onMouseLeave: onRootMouseLeave,
		size,
		fullWidth,
		...calendarProps,
		...!presets ? others : {},
		__stopPropagation,
		__setDateRef: setDateRef,
		__setLevelRef: setLevelRef,
		minLevel: calendarProps.minLevel || "month",
		__onDayMouseEnter: (_event, date) => {
			onHoveredDateChange(date);
			__onDayMouseEnter?.(_event, date);
		},
		__onDayClick: (_event, date) => {
			onDateChange(date);
			__onDayClick?.(_event, date);
		},
		getDayProps: (date) => ({
			...getControlProps(date),
			...calendarProps.getDayProps?.(date)
		}),
		getMonthControlProps: (date) => ({
			selected: typeof _value === "string" ? isSameMonth(date, _value) : false,
			...calendarProps.getMonthControlProps?.(date)
		}),
		getYearControlProps: (date) => ({
			selected: typeof _value === "string" ? (0, import_dayjs_min.default)(date).isSame(_value, "year") : false,
			...calendarProps.getYearControlProps?.(date)
		}),
		hideOutsideDates: calendarProps.hideOutsideDates ?? calendarProps.numberOfColumns !== 1,
		attributes,
		...!presets ? {
			className,
			style
		} : {}
	});
	if (!presets) return calendar;
	const handlePresetSelect = (val) => {
		const _val = Array.isArray(val) ? val[0] : val;
		if (_val !== void 0) {
			setDateRef.current?.(_val);
			setLevelRef.current?.("month");
			__onPresetSelect ? __onPresetSelect(val) : setValue(val);
		}
	};
	const presetButtons = presets.map((preset, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(UnstyledButton, {
		...getStyles("presetButton"),
		onClick: () => handlePresetSelect(preset.value),
		onMouseDown: (event) => event.preventDefault(),
		"data-mantine-stop-propagation": __stopPropagation || void 0,
		children: preset.label
	}, index));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
		...getStyles("datePickerRoot"),
		size,
		...others,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
			...getStyles("presetsList"),
			children: presetButtons
		}), calendar]
	});
});
DatePicker.classes = Calendar.classes;
DatePicker.varsResolver = varsResolver;
DatePicker.displayName = "@mantine/dates/DatePicker";
(/* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
	(function(e, o) {
		"object" == typeof exports && "undefined" != typeof module ? module.exports = o(require_dayjs_min()) : "function" == typeof define && define.amd ? define(["dayjs"], o) : (e = "undefined" != typeof globalThis ? globalThis : e || self).dayjs_locale_es = o(e.dayjs);
	})(this$1, (function(e) {
		"use strict";
		function o(e) {
			return e && "object" == typeof e && "default" in e ? e : { default: e };
		}
		var s = o(e), d = {
			name: "es",
			monthsShort: "ene_feb_mar_abr_may_jun_jul_ago_sep_oct_nov_dic".split("_"),
			weekdays: "domingo_lunes_martes_miércoles_jueves_viernes_sábado".split("_"),
			weekdaysShort: "dom._lun._mar._mié._jue._vie._sáb.".split("_"),
			weekdaysMin: "do_lu_ma_mi_ju_vi_sá".split("_"),
			months: "enero_febrero_marzo_abril_mayo_junio_julio_agosto_septiembre_octubre_noviembre_diciembre".split("_"),
			weekStart: 1,
			formats: {
				LT: "H:mm",
				LTS: "H:mm:ss",
				L: "DD/MM/YYYY",
				LL: "D [de] MMMM [de] YYYY",
				LLL: "D [de] MMMM [de] YYYY H:mm",
				LLLL: "dddd, D [de] MMMM [de] YYYY H:mm"
			},
			relativeTime: {
				future: "en %s",
				past: "hace %s",
				s: "unos segundos",
				m: "un minuto",
				mm: "%d minutos",
				h: "una hora",
				hh: "%d horas",
				d: "un día",
				dd: "%d días",
				M: "un mes",
				MM: "%d meses",
				y: "un año",
				yy: "%d años"
			},
			ordinal: function(e) {
				return e + "º";
			}
		};
		return s.default.locale(d, null, !0), d;
	}));
})))();
/** The calendar of `DateField` (lazy): Mantine's DatePicker in a popover, in the DatesProvider's locale. */
function DateCalendar({ value, onPick, label, minDate, maxDate }) {
	const { t } = useTranslation();
	const [opened, setOpened] = (0, import_react.useState)(true);
	const close = () => setOpened(false);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Popover, {
		opened,
		onChange: (next) => next ? setOpened(true) : close(),
		onDismiss: close,
		trapFocus: true,
		returnFocus: true,
		position: "bottom-end",
		shadow: "md",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Popover.Target, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ActionIcon, {
			variant: "subtle",
			color: "gray",
			"aria-label": label,
			"aria-expanded": opened,
			onClick: () => opened ? close() : setOpened(true),
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconCalendar, {
				size: 18,
				"aria-hidden": true
			})
		}) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Popover.Dropdown, {
			"aria-label": label,
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DatePicker, {
				value,
				defaultDate: value ?? maxDate ?? void 0,
				minDate,
				maxDate,
				hideOutsideDates: true,
				weekendDays: [],
				ariaLabels: {
					previousMonth: t("dateInput.previousMonth"),
					nextMonth: t("dateInput.nextMonth"),
					previousYear: t("dateInput.previousYear"),
					nextYear: t("dateInput.nextYear"),
					previousDecade: t("dateInput.previousDecade"),
					nextDecade: t("dateInput.nextDecade"),
					monthLevelControl: t("dateInput.chooseMonth"),
					yearLevelControl: t("dateInput.chooseYear")
				},
				onChange: (picked) => {
					if (!picked) return;
					onPick(picked);
					close();
				}
			})
		})]
	});
}
export { DateCalendar as default };
