import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Cn as useId$1, H as offsetMinutesAt, I as formatIsoDate, Ir as require_react, Lt as InputBase, Mt as getParsedComboboxData, R as instantToLocal, U as parseIsoDate, V as localToInstant, cn as useProps, en as genericFactory, q as isMappingError, sn as useResolvedStylesApi, yn as useUncontrolled, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { a as Combobox, n as isExternalInputChange, o as useCombobox, r as OptionsDropdown, s as getOptionsLockup, t as getOptionByLabel } from "./get-option-by-label-DkqAIMc0.js";
// node_modules/@mantine/hooks/esm/use-previous/use-previous.mjs
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
function usePrevious(value) {
	const ref = (0, import_react.useRef)(void 0);
	(0, import_react.useEffect)(() => {
		ref.current = value;
	}, [value]);
	return ref.current;
}
// node_modules/@mantine/core/esm/components/Select/Select.mjs
var import_jsx_runtime = require_jsx_runtime();
var defaultProps = {
	size: "sm",
	withCheckIcon: true,
	allowDeselect: true,
	checkIconPosition: "left",
	openOnFocus: true
};
var Select = genericFactory((_props) => {
	const props = useProps([
		"Input",
		"InputWrapper",
		"Select"
	], defaultProps, _props);
	const { classNames, styles, unstyled, vars, dropdownOpened, defaultDropdownOpened, onDropdownClose, onDropdownOpen, onFocus, onBlur, onClick, onChange, data, value, defaultValue, selectFirstOptionOnChange, selectFirstOptionOnDropdownOpen, onOptionSubmit, comboboxProps, readOnly, disabled, filter, limit, withScrollArea, maxDropdownHeight, floatingHeight, size, searchable, rightSection, checkIconPosition, withCheckIcon, withAlignedLabels, nothingFoundMessage, name, form, searchValue, defaultSearchValue, onSearchChange, allowDeselect, error, rightSectionPointerEvents, id, clearable, clearSectionMode, clearButtonProps, hiddenInputProps, renderOption, onClear, autoComplete, scrollAreaProps, __defaultRightSection, __clearSection, __clearable, chevronColor, autoSelectOnBlur, openOnFocus, attributes, ...others } = props;
	const parsedData = (0, import_react.useMemo)(() => getParsedComboboxData(data), [data]);
	const retainedSelectedOptions = (0, import_react.useRef)({});
	const optionsLockup = (0, import_react.useMemo)(() => getOptionsLockup(parsedData), [parsedData]);
	const _id = useId$1(id);
	const [_value, setValue, controlled] = useUncontrolled({
		value,
		defaultValue,
		finalValue: null,
		onChange
	});
	const selectedOption = _value != null ? `${_value}` in optionsLockup ? optionsLockup[`${_value}`] : retainedSelectedOptions.current[`${_value}`] : void 0;
	const previousSelectedOption = usePrevious(selectedOption);
	const [search, setSearch, searchControlled] = useUncontrolled({
		value: searchValue,
		defaultValue: defaultSearchValue,
		finalValue: selectedOption ? selectedOption.label : "",
		onChange: onSearchChange
	});
	const combobox = useCombobox({
		opened: dropdownOpened,
		defaultOpened: defaultDropdownOpened,
		onDropdownOpen: () => {
			onDropdownOpen?.();
			if (selectFirstOptionOnDropdownOpen) combobox.selectFirstOption();
			else combobox.updateSelectedOptionIndex("active", { scrollIntoView: true });
		},
		onDropdownClose: () => {
			onDropdownClose?.();
			setTimeout(combobox.resetSelectedOption, 0);
		}
	});
	const handleSearchChange = (value) => {
		setSearch(value);
		combobox.resetSelectedOption();
	};
	const { resolvedClassNames, resolvedStyles } = useResolvedStylesApi({
		props,
		styles,
		classNames
	});
	(0, import_react.useEffect)(() => {
		if (selectFirstOptionOnChange) combobox.selectFirstOption();
	}, [selectFirstOptionOnChange, search]);
	(0, import_react.useEffect)(() => {
		if (value === null) handleSearchChange("");
		if (value != null && selectedOption && (previousSelectedOption?.value !== selectedOption.value || previousSelectedOption?.label !== selectedOption.label)) handleSearchChange(selectedOption.label);
	}, [value, selectedOption]);
	(0, import_react.useEffect)(() => {
		if (!controlled && !searchControlled) handleSearchChange(_value != null ? `${_value}` in optionsLockup ? optionsLockup[`${_value}`]?.label : retainedSelectedOptions.current[`${_value}`]?.label || "" : "");
	}, [optionsLockup, _value]);
	(0, import_react.useEffect)(() => {
		if (_value) {
			if (`${_value}` in optionsLockup) retainedSelectedOptions.current[`${_value}`] = optionsLockup[`${_value}`];
		}
	}, [optionsLockup, _value]);
	const clearButton = /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Combobox.ClearButton, {
		...clearButtonProps,
		onClear: () => {
			setValue(null, null);
			handleSearchChange("");
			onClear?.();
		}
	});
	const _clearable = clearable && _value != null && !disabled && !readOnly;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Combobox, {
		store: combobox,
		__staticSelector: "Select",
		classNames: resolvedClassNames,
		styles: resolvedStyles,
		unstyled,
		readOnly,
		size,
		attributes,
		floatingHeight,
		keepMounted: autoSelectOnBlur,
		onOptionSubmit: (val) => {
			onOptionSubmit?.(val);
			const optionLockup = allowDeselect ? `${optionsLockup[val].value}` === `${_value}` ? null : optionsLockup[val] : optionsLockup[val];
			const nextValue = optionLockup ? optionLockup.value : null;
			nextValue !== _value && setValue(nextValue, optionLockup);
			!controlled && handleSearchChange(nextValue != null ? optionLockup?.label || "" : "");
			combobox.closeDropdown();
		},
		...comboboxProps,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Combobox.Target, {
			targetType: searchable ? "input" : "button",
			autoComplete,
			withExpandedAttribute: true,
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(InputBase, {
				id: _id,
				__defaultRightSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Combobox.Chevron, {
					size,
					error,
					unstyled,
					color: chevronColor
				}),
				__clearSection: clearButton,
				__clearable: _clearable,
				__clearSectionMode: clearSectionMode,
				rightSection,
				rightSectionPointerEvents: rightSectionPointerEvents || "none",
				...others,
				size,
				__staticSelector: "Select",
				disabled,
				readOnly: readOnly || !searchable,
				value: search,
				onChange: (event) => {
					if (isExternalInputChange(event)) {
						if (!readOnly) {
							const externalOption = getOptionByLabel(optionsLockup, event.currentTarget.value);
							if (externalOption && `${externalOption.value}` !== `${_value}`) {
								setValue(externalOption.value, externalOption);
								!controlled && handleSearchChange(externalOption.label);
							}
						}
						return;
					}
					handleSearchChange(event.currentTarget.value);
					combobox.openDropdown();
					selectFirstOptionOnChange && combobox.selectFirstOption();
				},
				onFocus: (event) => {
					openOnFocus && searchable && combobox.openDropdown();
					onFocus?.(event);
				},
				onBlur: (event) => {
					if (autoSelectOnBlur) combobox.clickSelectedOption();
					searchable && combobox.closeDropdown();
					const optionLockup = _value != null && (`${_value}` in optionsLockup ? optionsLockup[`${_value}`] : retainedSelectedOptions.current[`${_value}`]);
					handleSearchChange(optionLockup ? optionLockup.label || "" : "");
					onBlur?.(event);
				},
				onClick: (event) => {
					searchable ? combobox.openDropdown() : combobox.toggleDropdown();
					onClick?.(event);
				},
				classNames: resolvedClassNames,
				styles: resolvedStyles,
				unstyled,
				pointer: !searchable,
				error,
				attributes
			})
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(OptionsDropdown, {
			data: parsedData,
			hidden: readOnly || disabled,
			filter,
			search,
			limit,
			hiddenWhenEmpty: !nothingFoundMessage,
			withScrollArea,
			maxDropdownHeight,
			filterOptions: !!searchable && selectedOption?.label !== search,
			value: _value,
			checkIconPosition,
			withCheckIcon,
			withAlignedLabels,
			nothingFoundMessage,
			unstyled,
			labelId: others.label ? `${_id}-label` : void 0,
			"aria-label": others.label ? void 0 : others["aria-label"],
			renderOption,
			scrollAreaProps
		})]
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Combobox.HiddenInput, {
		value: _value,
		name,
		form,
		disabled,
		...hiddenInputProps
	})] });
});
Select.classes = {
	...InputBase.classes,
	...Combobox.classes
};
Select.displayName = "@mantine/core/Select";
// src/lib/scheduling/calendar.ts
function toUtcMs(isoDay) {
	const { year, month, day } = parseIsoDate(isoDay);
	return Date.UTC(year, month - 1, day);
}
function fromUtcMs(ms) {
	const date = new Date(ms);
	return formatIsoDate({
		year: date.getUTCFullYear(),
		month: date.getUTCMonth() + 1,
		day: date.getUTCDate()
	});
}
/** `2026-03-07` + 2 → `2026-03-09` (any sign). */
function addDays(isoDay, days) {
	const { year, month, day } = parseIsoDate(isoDay);
	return fromUtcMs(Date.UTC(year, month - 1, day + days));
}
function weekdayOf(isoDay) {
	return new Date(toUtcMs(isoDay)).getUTCDay();
}
/** The first day of the week holding `isoDay` (weeks start on Monday unless told otherwise). */
function startOfWeek(isoDay, firstDay = 1) {
	return addDays(isoDay, -((weekdayOf(isoDay) - firstDay + 7) % 7));
}
// src/lib/scheduling/zones.ts
/**
* Instants and the wall clock of a location's IANA zone: where a local day starts and ends, the clock
* changes inside a range, and how an instant is written with its zone named ("09:30 GMT").
*/
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
/** The calendar day (`YYYY-MM-DD`) on the wall clock of `timeZone` at `ms`. */
function localDayOf(ms, timeZone) {
	return instantToLocal(/* @__PURE__ */ new Date(Math.floor(ms / 1e3) * 1e3), timeZone).date;
}
/** Minutes since local midnight on the wall clock of `timeZone` at `ms` (0–1439). */
function localMinutesOf(ms, timeZone) {
	const [hour = 0, minute = 0] = instantToLocal(/* @__PURE__ */ new Date(Math.floor(ms / 1e3) * 1e3), timeZone).time.split(":").map(Number);
	return hour * 60 + minute;
}
/**
* The first instant of the local day `isoDay` in `timeZone`. Midnight itself may not exist (zones that
* spring forward at 00:00, e.g. America/Santiago): then the day starts when the clocks jump.
*/
function startOfLocalDay(isoDay, timeZone) {
	try {
		return localToInstant({
			date: isoDay,
			time: "00:00:00"
		}, timeZone, { ambiguous: "earlier" }).getTime();
	} catch (error) {
		if (!isMappingError(error) || error.domain !== "datetime") throw error;
		const { year, month, day } = parseIsoDate(isoDay);
		const wall = Date.UTC(year, month - 1, day);
		return wall - offsetMinutesAt(/* @__PURE__ */ new Date(wall - 12 * HOUR), timeZone) * MINUTE;
	}
}
/** `[start, end)` of the local day: 23, 24 or 25 hours long. */
function localDayRange(isoDay, timeZone) {
	return [startOfLocalDay(isoDay, timeZone), startOfLocalDay(addDays(isoDay, 1), timeZone)];
}
/** Positive: the clocks go forward (an hour is skipped); negative: they go back (an hour happens twice). */
function clockChangeMinutes(change) {
	return change.offsetAfter - change.offsetBefore;
}
/** The clock changes of `timeZone` in `[from, to)`, to the second. */
function clockChangesBetween(timeZone, from, to) {
	const offsetAt = (ms) => offsetMinutesAt(new Date(ms), timeZone);
	const changes = [];
	const step = 6 * HOUR;
	let left = from;
	let leftOffset = offsetAt(left);
	while (left < to) {
		const right = Math.min(left + step, to);
		const rightOffset = offsetAt(right);
		if (rightOffset !== leftOffset) {
			let lo = left;
			let hi = right;
			while (hi - lo > 1e3) {
				const mid = lo + Math.floor((hi - lo) / 2);
				if (offsetAt(mid) === leftOffset) lo = mid;
				else hi = mid;
			}
			hi = Math.floor(hi / 1e3) * 1e3;
			if (hi < to) changes.push({
				at: hi,
				offsetBefore: leftOffset,
				offsetAfter: offsetAt(hi)
			});
		}
		left = right;
		leftOffset = rightOffset;
	}
	return changes;
}
var formats = /* @__PURE__ */ new Map();
function format(locale, options) {
	const key = `${locale}|${JSON.stringify(options)}`;
	let formatter = formats.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale, options);
		formats.set(key, formatter);
	}
	return formatter;
}
/** The zone's short name at `ms` in the user's language: "GMT", "BST", "EST", "GMT-6", "CET"… */
function zoneName(ms, timeZone, locale) {
	return format(locale, {
		timeZone,
		timeZoneName: "short",
		hour: "numeric"
	}).formatToParts(ms).find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}
/** "UTC+01:00", "UTC−05:00": an offset that reads the same in every language. */
function formatUtcOffset(offsetMinutes) {
	const sign = offsetMinutes < 0 ? "−" : "+";
	const abs = Math.abs(offsetMinutes);
	return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
/** The wall-clock time at `ms` in `timeZone`, in the locale's clock ("09:30", "9:30 AM"), without the zone. */
function formatWallTime(ms, timeZone, locale) {
	return format(locale, {
		timeZone,
		hour: "2-digit",
		minute: "2-digit"
	}).format(ms);
}
/** The wall-clock time with its zone named: "09:30 GMT", "9:30 AM EST". */
function formatZonedTime(ms, timeZone, locale) {
	return `${formatWallTime(ms, timeZone, locale)} ${zoneName(ms, timeZone, locale)}`;
}
/** "Mon 2 Nov" / "lun 2 nov": a calendar day as a column header, no zone shift. */
function formatDayHeader(isoDay, locale) {
	return format(locale, {
		timeZone: "UTC",
		weekday: "short",
		day: "numeric",
		month: "short"
	}).format(/* @__PURE__ */ new Date(`${isoDay}T00:00:00Z`));
}
/** "Monday, 2 November 2026": a calendar day in full, no zone shift. */
function formatLongDay(isoDay, locale) {
	return format(locale, {
		timeZone: "UTC",
		weekday: "long",
		day: "numeric",
		month: "long",
		year: "numeric"
	}).format(/* @__PURE__ */ new Date(`${isoDay}T00:00:00Z`));
}
/** Whether two zones show the same wall clock at `ms` (then the user's own time need not be repeated). */
function sameWallClock(ms, zoneA, zoneB) {
	return offsetMinutesAt(new Date(ms), zoneA) === offsetMinutesAt(new Date(ms), zoneB);
}
/** The zone this browser runs in (the user's own time). */
function browserTimeZone() {
	return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
/** A wall-clock time `HH:mm` as the locale writes it ("09:30 AM", "09:30"), like `formatWallTime`. */
function formatWallClock(wall, locale) {
	const [hour = 0, minute = 0] = wall.split(":").map(Number);
	return format(locale, {
		timeZone: "UTC",
		hour: "2-digit",
		minute: "2-digit"
	}).format(Date.UTC(2e3, 0, 1, hour, minute));
}
export { startOfWeek as _, formatLongDay as a, formatWallTime as c, localDayRange as d, localMinutesOf as f, addDays as g, zoneName as h, formatDayHeader as i, formatZonedTime as l, startOfLocalDay as m, clockChangeMinutes as n, formatUtcOffset as o, sameWallClock as p, clockChangesBetween as r, formatWallClock as s, browserTimeZone as t, localDayOf as u, Select as v };
