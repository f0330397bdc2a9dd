import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { $t as factory, Cn as useId$1, Ir as require_react, Lt as InputBase, Mt as getParsedComboboxData, cn as useProps, in as extractStyleProps, on as useStyles, sn as useResolvedStylesApi, xn as useMergedRef, yn as useUncontrolled, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { a as Combobox, i as isOptionsGroup, n as isExternalInputChange, o as useCombobox, r as OptionsDropdown, s as getOptionsLockup } from "./get-option-by-label-DkqAIMc0.js";
import { d as Pill, f as usePillsReorder, u as PillsInput } from "./appointments-s3rFyF1D.js";
// node_modules/@mantine/core/esm/components/TagsInput/filter-picked-tags.mjs
function filterPickedTags({ data, value }) {
	const normalizedValue = value.map((item) => item.trim().toLowerCase());
	return data.reduce((acc, item) => {
		if (isOptionsGroup(item)) acc.push({
			group: item.group,
			items: item.items.filter((option) => normalizedValue.indexOf(option.label.toLowerCase().trim()) === -1)
		});
		else if (normalizedValue.indexOf(item.label.toLowerCase().trim()) === -1) acc.push(item);
		return acc;
	}, []);
}
// node_modules/@mantine/core/esm/components/TagsInput/get-splitted-tags.mjs
function splitTags(splitChars, value) {
	if (!splitChars) return [value];
	return value.split(new RegExp(`[${splitChars.join("")}]`)).map((tag) => tag.trim()).filter((tag) => tag !== "");
}
function getSplittedTags({ splitChars, allowDuplicates, maxTags, value, currentTags, isDuplicate, onDuplicate }) {
	const splitted = splitTags(splitChars, value);
	const merged = [];
	if (allowDuplicates) merged.push(...currentTags, ...splitted);
	else {
		merged.push(...currentTags);
		for (const tag of splitted) if ((isDuplicate ? (val) => isDuplicate(val, merged) : (val) => merged.some((t) => t.toLowerCase() === val.toLowerCase()))(tag)) onDuplicate?.(tag);
		else merged.push(tag);
	}
	return maxTags ? merged.slice(0, maxTags) : merged;
}
// node_modules/@mantine/core/esm/components/TagsInput/TagsInput.mjs
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
var defaultProps = {
	maxTags: Infinity,
	acceptValueOnBlur: true,
	splitChars: [","],
	hiddenInputValuesDivider: ",",
	openOnFocus: true,
	size: "sm"
};
var TagsInput = factory((_props) => {
	const props = useProps([
		"Input",
		"InputWrapper",
		"TagsInput"
	], defaultProps, _props);
	const { classNames, className, style, styles, unstyled, vars, size, value, defaultValue, onChange, onKeyDown, maxTags, allowDuplicates, onDuplicate, variant, data, dropdownOpened, defaultDropdownOpened, onDropdownOpen, onDropdownClose, selectFirstOptionOnChange, selectFirstOptionOnDropdownOpen, onOptionSubmit, comboboxProps, filter, limit, withScrollArea, maxDropdownHeight, floatingHeight, searchValue, defaultSearchValue, onSearchChange, readOnly, disabled, splitChars, onFocus, onBlur, onPaste, radius, rightSection, rightSectionWidth, rightSectionPointerEvents, rightSectionProps, leftSection, leftSectionWidth, leftSectionPointerEvents, leftSectionProps, inputContainer, inputWrapperOrder, withAsterisk, required, labelProps, descriptionProps, errorProps, successProps, wrapperProps, description, label, error, success, withErrorStyles, withSuccessStyles, name, form, id, clearable, clearSectionMode, clearButtonProps, hiddenInputProps, hiddenInputValuesDivider, mod, renderOption, renderPill, onRemove, onClear, onMaxTags, scrollAreaProps, acceptValueOnBlur, isDuplicate, openOnFocus, attributes, ref, loading, loadingPosition, withPillsReorder, ...others } = props;
	const _id = useId$1(id);
	const parsedData = getParsedComboboxData(data);
	const optionsLockup = getOptionsLockup(parsedData);
	const inputRef = (0, import_react.useRef)(null);
	const _ref = useMergedRef(inputRef, ref);
	const combobox = useCombobox({
		opened: dropdownOpened,
		defaultOpened: defaultDropdownOpened,
		onDropdownOpen: () => {
			onDropdownOpen?.();
			if (selectFirstOptionOnDropdownOpen) combobox.selectFirstOption();
		},
		onDropdownClose: () => {
			onDropdownClose?.();
			combobox.resetSelectedOption();
		}
	});
	const { styleProps, rest: { type, autoComplete, ...rest } } = extractStyleProps(others);
	const [_value, setValue] = useUncontrolled({
		value,
		defaultValue,
		finalValue: [],
		onChange
	});
	const { getPillProps, getListProps, handleInputKeyDown } = usePillsReorder({
		value: _value,
		onChange: setValue,
		enabled: withPillsReorder && !disabled && !readOnly
	});
	const [_searchValue, setSearchValue] = useUncontrolled({
		value: searchValue,
		defaultValue: defaultSearchValue,
		finalValue: "",
		onChange: onSearchChange
	});
	const handleSearchChange = (value) => {
		setSearchValue(value);
		combobox.resetSelectedOption();
	};
	const getStyles = useStyles({
		name: "TagsInput",
		classes: {},
		props,
		classNames,
		styles,
		unstyled
	});
	const { resolvedClassNames, resolvedStyles } = useResolvedStylesApi({
		props,
		styles,
		classNames
	});
	const handleValueSelect = (val) => {
		if (isDuplicate ? isDuplicate(val, _value) : _value.some((tag) => tag.toLowerCase() === val.toLowerCase())) {
			onDuplicate?.(val);
			if (!allowDuplicates) {
				handleSearchChange("");
				return;
			}
		}
		if (_value.length >= maxTags) {
			onMaxTags?.(val);
			return;
		}
		onOptionSubmit?.(val);
		handleSearchChange("");
		if (val.length > 0) setValue([..._value, val]);
	};
	const handleInputKeydown = (event) => {
		onKeyDown?.(event);
		if (event.defaultPrevented || event.isPropagationStopped()) return;
		const inputValue = _searchValue.trim();
		const { length } = inputValue;
		if (splitChars.includes(event.key) && length > 0) {
			setValue(getSplittedTags({
				splitChars,
				allowDuplicates,
				maxTags,
				value: _searchValue,
				currentTags: _value,
				isDuplicate,
				onDuplicate
			}));
			handleSearchChange("");
			event.preventDefault();
		}
		if (event.key === "Enter" && length > 0 && !event.nativeEvent.isComposing) {
			event.preventDefault();
			if (!!document.querySelector(`#${combobox.listId} [data-combobox-option][data-combobox-selected]`)) return;
			handleValueSelect(inputValue);
		}
		if (event.key === "Backspace" && length === 0 && _value.length > 0 && !event.nativeEvent.isComposing && !readOnly) {
			onRemove?.(_value[_value.length - 1]);
			setValue(_value.slice(0, _value.length - 1));
		}
		handleInputKeyDown(event);
	};
	const handlePaste = (event) => {
		onPaste?.(event);
		event.preventDefault();
		if (event.clipboardData) {
			const pastedText = event.clipboardData.getData("text/plain");
			setValue(getSplittedTags({
				splitChars,
				allowDuplicates,
				maxTags,
				value: `${_searchValue}${pastedText}`,
				currentTags: _value,
				isDuplicate,
				onDuplicate
			}));
			handleSearchChange("");
		}
	};
	const values = _value.map((item, index) => {
		const onRemoveItem = () => {
			const next_value = _value.slice();
			next_value.splice(index, 1);
			setValue(next_value);
			onRemove?.(item);
		};
		const reorderProps = getPillProps(index);
		if (renderPill) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_react.Fragment, { children: renderPill({
			option: optionsLockup[item] || {
				value: item,
				label: item,
				disabled: false
			},
			value: item,
			onRemove: onRemoveItem,
			disabled: disabled || readOnly,
			reorderProps
		}) }, `${item}-${index}`);
		return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Pill, {
			withRemoveButton: !readOnly,
			onRemove: onRemoveItem,
			unstyled,
			disabled,
			attributes,
			...getStyles("pill"),
			...reorderProps,
			children: item
		}, `${item}-${index}`);
	});
	(0, import_react.useEffect)(() => {
		if (selectFirstOptionOnChange) combobox.selectFirstOption();
	}, [
		selectFirstOptionOnChange,
		_value,
		_searchValue
	]);
	const clearButton = /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Combobox.ClearButton, {
		...clearButtonProps,
		onClear: () => {
			setValue([]);
			handleSearchChange("");
			inputRef.current?.focus();
			combobox.openDropdown();
			onClear?.();
		}
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Combobox, {
		store: combobox,
		classNames: resolvedClassNames,
		styles: resolvedStyles,
		unstyled,
		size,
		readOnly,
		__staticSelector: "TagsInput",
		attributes,
		floatingHeight,
		onOptionSubmit: (val) => {
			onOptionSubmit?.(val);
			handleSearchChange("");
			if (_value.length >= maxTags) onMaxTags?.(val);
			else setValue([..._value, optionsLockup[val].value]);
			combobox.resetSelectedOption();
		},
		...comboboxProps,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Combobox.DropdownTarget, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PillsInput, {
			...styleProps,
			__staticSelector: "TagsInput",
			classNames: resolvedClassNames,
			styles: resolvedStyles,
			unstyled,
			size,
			className,
			style,
			variant,
			disabled,
			radius,
			rightSection,
			__clearSection: clearButton,
			__clearable: clearable && _value.length > 0 && !disabled && !readOnly,
			__clearSectionMode: clearSectionMode,
			rightSectionWidth,
			rightSectionPointerEvents,
			rightSectionProps,
			leftSection,
			leftSectionWidth,
			leftSectionPointerEvents,
			leftSectionProps,
			loading,
			loadingPosition,
			inputContainer,
			inputWrapperOrder,
			withAsterisk,
			required,
			labelProps,
			descriptionProps,
			errorProps,
			successProps,
			wrapperProps,
			description,
			label,
			error,
			success,
			withErrorStyles,
			withSuccessStyles,
			__stylesApiProps: {
				...props,
				multiline: true
			},
			id: _id,
			mod,
			attributes,
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Pill.Group, {
				disabled,
				unstyled,
				...getStyles("pillsList"),
				...getListProps(),
				children: [values, /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Combobox.EventsTarget, {
					autoComplete,
					withExpandedAttribute: true,
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PillsInput.Field, {
						...rest,
						ref: _ref,
						...getStyles("inputField"),
						unstyled,
						onKeyDown: handleInputKeydown,
						onFocus: (event) => {
							onFocus?.(event);
							openOnFocus && combobox.openDropdown();
						},
						onBlur: (event) => {
							onBlur?.(event);
							acceptValueOnBlur && handleValueSelect(_searchValue);
							combobox.closeDropdown();
						},
						onPaste: handlePaste,
						value: _searchValue,
						onChange: (event) => {
							if (isExternalInputChange(event)) return;
							handleSearchChange(event.currentTarget.value);
						},
						required: required && _value.length === 0,
						disabled,
						readOnly,
						id: _id
					})
				})]
			})
		}) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(OptionsDropdown, {
			data: filterPickedTags({
				data: parsedData,
				value: _value
			}),
			hidden: readOnly || disabled,
			filter,
			search: _searchValue,
			limit,
			hiddenWhenEmpty: true,
			withScrollArea,
			maxDropdownHeight,
			unstyled,
			labelId: label ? `${_id}-label` : void 0,
			"aria-label": label ? void 0 : others["aria-label"],
			renderOption,
			scrollAreaProps
		})]
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Combobox.HiddenInput, {
		name,
		form,
		value: _value,
		valuesDivider: hiddenInputValuesDivider,
		disabled,
		...hiddenInputProps
	})] });
});
TagsInput.classes = {
	...InputBase.classes,
	...Combobox.classes
};
TagsInput.displayName = "@mantine/core/TagsInput";
export { TagsInput as t };
