import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Cr as Navigate, Ct as NativeSelect, Et as Code, Fn as noop$1, Ft as Alert, Ir as require_react, Jt as UnstyledButton, Kt as Paper, Lt as InputBase, Nn as getSize, Nt as Anchor, Ot as Button, Pt as Text, Q as useDocumentTitle, Sr as NavLink, Tr as Routes, Vt as Group, Xn as vendorIds, Zn as vendorNames, Zt as Box, _t as IconAlertTriangle, bn as assignRef, bt as TextInput, cn as useProps, en as genericFactory, gn as createVarsResolver, gt as IconLock, hn as clsx, on as useStyles, qt as VisuallyHidden, sn as useResolvedStylesApi, ut as useTranslation, vt as createReactComponent, wr as Route, xn as useMergedRef, xt as Stack, yn as useUncontrolled, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { Rn as IconRefresh, zn as Table } from "./search-Bd_rEMYc.js";
import { a as useGatewayAudit, c as useGatewaySettings, i as useCheckIntegrations, l as useSaveGatewaySettings, n as hasGateway, o as useGatewayDeliveries, r as isGatewayAdmin, s as useGatewayIntegrations, t as GatewayApiError } from "./admin-BapNCdOD.js";
import { i as PasswordInput } from "./linking-BAvRG6uJ.js";
import { t as Progress } from "./Progress-Cfc_n2W9.js";
import { c as useDownloadSoloEncounterReport, d as useSoloEncounterReportStatus, f as useSoloWebhooks, h as soloWebhookEvents, i as useCreateSoloWebhook, o as useDeleteSoloWebhook, p as useUpdateSoloWebhook, r as useCreateSoloEncounterReport, s as useDownloadSoloCsvDataDump } from "./integration-queries-C4KhLRH5.js";
import { o as toSoloAtom } from "./reports-BFfrGRf9.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { n as notifications } from "./esm-BZ7yxgoG.js";
import { t as clamp$1 } from "./clamp-GGsfTKCM.js";
import { a as useDeleteImpiloWebhook, h as impiloWebhookTypes, i as useCreateImpiloWebhook, p as useImpiloWebhooks } from "./queries-YDeAeu6q.js";
import { t as Checkbox } from "./Checkbox-CTnuPsUm.js";
import { t as SimpleGrid } from "./SimpleGrid-1HP91LG8.js";
// node_modules/react-number-format/dist/react-number-format.es.js
var import_react = /* @__PURE__ */ __toESM(require_react());
/******************************************************************************
Copyright (c) Microsoft Corporation.

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY
AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM
LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR
OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
PERFORMANCE OF THIS SOFTWARE.
***************************************************************************** */
function __rest(s, e) {
	var t = {};
	for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0) t[p] = s[p];
	if (s != null && typeof Object.getOwnPropertySymbols === "function") {
		for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i])) t[p[i]] = s[p[i]];
	}
	return t;
}
var SourceType;
(function(SourceType) {
	SourceType["event"] = "event";
	SourceType["props"] = "prop";
})(SourceType || (SourceType = {}));
function noop() {}
function memoizeOnce(cb) {
	var lastArgs;
	var lastValue = void 0;
	return function() {
		var args = [], len = arguments.length;
		while (len--) args[len] = arguments[len];
		if (lastArgs && args.length === lastArgs.length && args.every(function(value, index) {
			return value === lastArgs[index];
		})) return lastValue;
		lastArgs = args;
		lastValue = cb.apply(void 0, args);
		return lastValue;
	};
}
function charIsNumber(char) {
	return !!(char || "").match(/\d/);
}
function isNil(val) {
	return val === null || val === void 0;
}
function isNanValue(val) {
	return typeof val === "number" && isNaN(val);
}
function isNotValidValue(val) {
	return isNil(val) || isNanValue(val) || typeof val === "number" && !isFinite(val);
}
function escapeRegExp(str) {
	return str.replace(/[-[\]/{}()*+?.\\^$|]/g, "\\$&");
}
function getThousandsGroupRegex(thousandsGroupStyle) {
	switch (thousandsGroupStyle) {
		case "lakh": return /(\d+?)(?=(\d\d)+(\d)(?!\d))(\.\d+)?/g;
		case "wan": return /(\d)(?=(\d{4})+(?!\d))/g;
		default: return /(\d)(?=(\d{3})+(?!\d))/g;
	}
}
function applyThousandSeparator(str, thousandSeparator, thousandsGroupStyle) {
	var thousandsGroupRegex = getThousandsGroupRegex(thousandsGroupStyle);
	var index = str.search(/[1-9]/);
	index = index === -1 ? str.length : index;
	return str.substring(0, index) + str.substring(index, str.length).replace(thousandsGroupRegex, "$1" + thousandSeparator);
}
function usePersistentCallback(cb) {
	var callbackRef = (0, import_react.useRef)(cb);
	callbackRef.current = cb;
	return (0, import_react.useRef)(function() {
		var args = [], len = arguments.length;
		while (len--) args[len] = arguments[len];
		return callbackRef.current.apply(callbackRef, args);
	}).current;
}
function splitDecimal(numStr, allowNegative) {
	if (allowNegative === void 0) allowNegative = true;
	var hasNegation = numStr[0] === "-";
	var addNegation = hasNegation && allowNegative;
	numStr = numStr.replace("-", "");
	var parts = numStr.split(".");
	return {
		beforeDecimal: parts[0],
		afterDecimal: parts[1] || "",
		hasNegation,
		addNegation
	};
}
function fixLeadingZero(numStr) {
	if (!numStr) return numStr;
	var isNegative = numStr[0] === "-";
	if (isNegative) numStr = numStr.substring(1, numStr.length);
	var parts = numStr.split(".");
	var beforeDecimal = parts[0].replace(/^0+/, "") || "0";
	var afterDecimal = parts[1] || "";
	return (isNegative ? "-" : "") + beforeDecimal + (afterDecimal ? "." + afterDecimal : "");
}
/**
* limit decimal numbers to given scale
* Not used .fixedTo because that will break with big numbers
*/
function limitToScale(numStr, scale, fixedDecimalScale) {
	var str = "";
	var filler = fixedDecimalScale ? "0" : "";
	for (var i = 0; i <= scale - 1; i++) str += numStr[i] || filler;
	return str;
}
function repeat(str, count) {
	return Array(count + 1).join(str);
}
function toNumericString(num) {
	var _num = num + "";
	var sign = _num[0] === "-" ? "-" : "";
	if (sign) _num = _num.substring(1);
	var ref = _num.split(/[eE]/g);
	var coefficient = ref[0];
	var exponent = ref[1];
	exponent = Number(exponent);
	if (!exponent) return sign + coefficient;
	coefficient = coefficient.replace(".", "");
	/**
	* for scientific notation the current decimal index will be after first number (index 0)
	* So effective decimal index will always be 1 + exponent value
	*/
	var decimalIndex = 1 + exponent;
	var coffiecientLn = coefficient.length;
	if (decimalIndex < 0) coefficient = "0." + repeat("0", Math.abs(decimalIndex)) + coefficient;
	else if (decimalIndex >= coffiecientLn) coefficient = coefficient + repeat("0", decimalIndex - coffiecientLn);
	else coefficient = (coefficient.substring(0, decimalIndex) || "0") + "." + coefficient.substring(decimalIndex);
	return sign + coefficient;
}
/**
* This method is required to round prop value to given scale.
* Not used .round or .fixedTo because that will break with big numbers
*/
function roundToPrecision(numStr, scale, fixedDecimalScale) {
	if (["", "-"].indexOf(numStr) !== -1) return numStr;
	var shouldHaveDecimalSeparator = (numStr.indexOf(".") !== -1 || fixedDecimalScale) && scale;
	var ref = splitDecimal(numStr);
	var beforeDecimal = ref.beforeDecimal;
	var afterDecimal = ref.afterDecimal;
	var hasNegation = ref.hasNegation;
	var floatValue = parseFloat("0." + (afterDecimal || "0"));
	var roundedDecimalParts = (afterDecimal.length <= scale ? "0." + afterDecimal : floatValue.toFixed(scale)).split(".");
	var intPart = beforeDecimal;
	if (beforeDecimal && Number(roundedDecimalParts[0])) intPart = beforeDecimal.split("").reverse().reduce(function(roundedStr, current, idx) {
		if (roundedStr.length > idx) return (Number(roundedStr[0]) + Number(current)).toString() + roundedStr.substring(1, roundedStr.length);
		return current + roundedStr;
	}, roundedDecimalParts[0]);
	var decimalPart = limitToScale(roundedDecimalParts[1] || "", scale, fixedDecimalScale);
	var negation = hasNegation ? "-" : "";
	var decimalSeparator = shouldHaveDecimalSeparator ? "." : "";
	return "" + negation + intPart + decimalSeparator + decimalPart;
}
/** set the caret positon in an input field **/
function setCaretPosition(el, caretPos) {
	el.value = el.value;
	if (el !== null) {
		if (el.createTextRange) {
			var range = el.createTextRange();
			range.move("character", caretPos);
			range.select();
			return true;
		}
		if (el.selectionStart || el.selectionStart === 0) {
			el.focus();
			el.setSelectionRange(caretPos, caretPos);
			return true;
		}
		el.focus();
		return false;
	}
}
/**
* TODO: remove dependency of findChangeRange, findChangedRangeFromCaretPositions is better way to find what is changed
* currently this is mostly required by test and isCharacterSame util
* Given previous value and newValue it returns the index
* start - end to which values have changed.
* This function makes assumption about only consecutive
* characters are changed which is correct assumption for caret input.
*/
var findChangeRange = memoizeOnce(function(prevValue, newValue) {
	var i = 0, j = 0;
	var prevLength = prevValue.length;
	var newLength = newValue.length;
	while (prevValue[i] === newValue[i] && i < prevLength) i++;
	while (prevValue[prevLength - 1 - j] === newValue[newLength - 1 - j] && newLength - j > i && prevLength - j > i) j++;
	return {
		from: {
			start: i,
			end: prevLength - j
		},
		to: {
			start: i,
			end: newLength - j
		}
	};
});
var findChangedRangeFromCaretPositions = function(lastCaretPositions, currentCaretPosition) {
	var startPosition = Math.min(lastCaretPositions.selectionStart, currentCaretPosition);
	return {
		from: {
			start: startPosition,
			end: lastCaretPositions.selectionEnd
		},
		to: {
			start: startPosition,
			end: currentCaretPosition
		}
	};
};
function clamp(num, min, max) {
	return Math.min(Math.max(num, min), max);
}
function geInputCaretPosition(el) {
	return Math.max(el.selectionStart, el.selectionEnd);
}
function addInputMode() {
	return typeof navigator !== "undefined" && !(navigator.platform && /iPhone|iPod/.test(navigator.platform));
}
function getDefaultChangeMeta(value) {
	return {
		from: {
			start: 0,
			end: 0
		},
		to: {
			start: 0,
			end: value.length
		},
		lastValue: ""
	};
}
function defaultIsCharacterSame(ref) {
	var currentValue = ref.currentValue;
	var formattedValue = ref.formattedValue;
	var currentValueIndex = ref.currentValueIndex;
	var formattedValueIndex = ref.formattedValueIndex;
	return currentValue[currentValueIndex] === formattedValue[formattedValueIndex];
}
function getCaretPosition(newFormattedValue, lastFormattedValue, curValue, curCaretPos, boundary, isValidInputCharacter, isCharacterSame) {
	if (isCharacterSame === void 0) isCharacterSame = defaultIsCharacterSame;
	/**
	* if something got inserted on empty value, add the formatted character before the current value,
	* This is to avoid the case where typed character is present on format characters
	*/
	var firstAllowedPosition = boundary.findIndex(function(b) {
		return b;
	});
	var prefixFormat = newFormattedValue.slice(0, firstAllowedPosition);
	if (!lastFormattedValue && !curValue.startsWith(prefixFormat)) {
		lastFormattedValue = prefixFormat;
		curValue = prefixFormat + curValue;
		curCaretPos = curCaretPos + prefixFormat.length;
	}
	var curValLn = curValue.length;
	var formattedValueLn = newFormattedValue.length;
	var addedIndexMap = {};
	var indexMap = new Array(curValLn);
	for (var i = 0; i < curValLn; i++) {
		indexMap[i] = -1;
		for (var j = 0, jLn = formattedValueLn; j < jLn; j++) if (isCharacterSame({
			currentValue: curValue,
			lastValue: lastFormattedValue,
			formattedValue: newFormattedValue,
			currentValueIndex: i,
			formattedValueIndex: j
		}) && addedIndexMap[j] !== true) {
			indexMap[i] = j;
			addedIndexMap[j] = true;
			break;
		}
	}
	/**
	* For current caret position find closest characters (left and right side)
	* which are properly mapped to formatted value.
	* The idea is that the new caret position will exist always in the boundary of
	* that mapped index
	*/
	var pos = curCaretPos;
	while (pos < curValLn && (indexMap[pos] === -1 || !isValidInputCharacter(curValue[pos]))) pos++;
	var endIndex = pos === curValLn || indexMap[pos] === -1 ? formattedValueLn : indexMap[pos];
	pos = curCaretPos - 1;
	while (pos > 0 && indexMap[pos] === -1) pos--;
	var startIndex = pos === -1 || indexMap[pos] === -1 ? 0 : indexMap[pos] + 1;
	/**
	* case where a char is added on suffix and removed from middle, example 2sq345 becoming $2,345 sq
	* there is still a mapping but the order of start index and end index is changed
	*/
	if (startIndex > endIndex) return endIndex;
	/**
	* given the current caret position if it closer to startIndex
	* keep the new caret position on start index or keep it closer to endIndex
	*/
	return curCaretPos - startIndex < endIndex - curCaretPos ? startIndex : endIndex;
}
function getCaretPosInBoundary(value, caretPos, boundary, direction) {
	var valLn = value.length;
	caretPos = clamp(caretPos, 0, valLn);
	if (direction === "left") {
		while (caretPos >= 0 && !boundary[caretPos]) caretPos--;
		if (caretPos === -1) caretPos = boundary.indexOf(true);
	} else {
		while (caretPos <= valLn && !boundary[caretPos]) caretPos++;
		if (caretPos > valLn) caretPos = boundary.lastIndexOf(true);
	}
	if (caretPos === -1) caretPos = valLn;
	return caretPos;
}
function caretUnknownFormatBoundary(formattedValue) {
	var boundaryAry = Array.from({ length: formattedValue.length + 1 }).map(function() {
		return true;
	});
	for (var i = 0, ln = boundaryAry.length; i < ln; i++) boundaryAry[i] = Boolean(charIsNumber(formattedValue[i]) || charIsNumber(formattedValue[i - 1]));
	return boundaryAry;
}
function useInternalValues(value, defaultValue, valueIsNumericString, format, removeFormatting, onValueChange) {
	if (onValueChange === void 0) onValueChange = noop;
	var getValues = usePersistentCallback(function(value, valueIsNumericString) {
		var formattedValue, numAsString;
		if (isNotValidValue(value)) {
			numAsString = "";
			formattedValue = "";
		} else if (typeof value === "number" || valueIsNumericString) {
			numAsString = typeof value === "number" ? toNumericString(value) : value;
			formattedValue = format(numAsString);
		} else {
			numAsString = removeFormatting(value, void 0);
			formattedValue = format(numAsString);
		}
		return {
			formattedValue,
			numAsString
		};
	});
	var ref = (0, import_react.useState)(function() {
		return getValues(isNil(value) ? defaultValue : value, valueIsNumericString);
	});
	var values = ref[0];
	var setValues = ref[1];
	var _onValueChange = usePersistentCallback(function(newValues, sourceInfo) {
		if (newValues.formattedValue !== values.formattedValue) setValues({
			formattedValue: newValues.formattedValue,
			numAsString: newValues.value
		});
		onValueChange(newValues, sourceInfo);
	});
	var _value = value;
	var _valueIsNumericString = valueIsNumericString;
	if (isNil(value)) {
		_value = values.numAsString;
		_valueIsNumericString = true;
	}
	var newValues = getValues(_value, _valueIsNumericString);
	(0, import_react.useMemo)(function() {
		setValues(newValues);
	}, [newValues.formattedValue]);
	/**
	* When only a defaultValue is provided (value prop is nil), the initial formatted value is
	* derived by the library — the parent has not yet been informed of this formatted result.
	* Fire onValueChange once on mount so the parent can sync to the formatted value.
	*/
	(0, import_react.useEffect)(function() {
		if (!isNil(defaultValue) && isNil(value) && values.formattedValue !== "") {
			var floatValue = parseFloat(values.numAsString);
			_onValueChange({
				formattedValue: values.formattedValue,
				value: values.numAsString,
				floatValue: isNaN(floatValue) ? void 0 : floatValue
			}, {
				event: void 0,
				source: SourceType.props
			});
		}
	}, []);
	return [values, _onValueChange];
}
function defaultRemoveFormatting(value) {
	return value.replace(/[^0-9]/g, "");
}
function defaultFormat(value) {
	return value;
}
function NumberFormatBase(props) {
	var type = props.type;
	if (type === void 0) type = "text";
	var displayType = props.displayType;
	if (displayType === void 0) displayType = "input";
	var customInput = props.customInput;
	var renderText = props.renderText;
	var getInputRef = props.getInputRef;
	var format = props.format;
	if (format === void 0) format = defaultFormat;
	var removeFormatting = props.removeFormatting;
	if (removeFormatting === void 0) removeFormatting = defaultRemoveFormatting;
	var defaultValue = props.defaultValue;
	var valueIsNumericString = props.valueIsNumericString;
	var onValueChange = props.onValueChange;
	var isAllowed = props.isAllowed;
	var onChange = props.onChange;
	if (onChange === void 0) onChange = noop;
	var onKeyDown = props.onKeyDown;
	if (onKeyDown === void 0) onKeyDown = noop;
	var onMouseUp = props.onMouseUp;
	if (onMouseUp === void 0) onMouseUp = noop;
	var onFocus = props.onFocus;
	if (onFocus === void 0) onFocus = noop;
	var onBlur = props.onBlur;
	if (onBlur === void 0) onBlur = noop;
	var propValue = props.value;
	var getCaretBoundary = props.getCaretBoundary;
	if (getCaretBoundary === void 0) getCaretBoundary = caretUnknownFormatBoundary;
	var isValidInputCharacter = props.isValidInputCharacter;
	if (isValidInputCharacter === void 0) isValidInputCharacter = charIsNumber;
	var isCharacterSame = props.isCharacterSame;
	var otherProps = __rest(props, [
		"type",
		"displayType",
		"customInput",
		"renderText",
		"getInputRef",
		"format",
		"removeFormatting",
		"defaultValue",
		"valueIsNumericString",
		"onValueChange",
		"isAllowed",
		"onChange",
		"onKeyDown",
		"onMouseUp",
		"onFocus",
		"onBlur",
		"value",
		"getCaretBoundary",
		"isValidInputCharacter",
		"isCharacterSame"
	]);
	var ref = useInternalValues(propValue, defaultValue, Boolean(valueIsNumericString), format, removeFormatting, onValueChange);
	var ref_0 = ref[0];
	var formattedValue = ref_0.formattedValue;
	var numAsString = ref_0.numAsString;
	var onFormattedValueChange = ref[1];
	var caretPositionBeforeChange = (0, import_react.useRef)();
	var lastUpdatedValue = (0, import_react.useRef)({
		formattedValue,
		numAsString
	});
	var _onValueChange = function(values, source) {
		lastUpdatedValue.current = {
			formattedValue: values.formattedValue,
			numAsString: values.value
		};
		onFormattedValueChange(values, source);
	};
	var ref$1 = (0, import_react.useState)(false);
	var mounted = ref$1[0];
	var setMounted = ref$1[1];
	var focusedElm = (0, import_react.useRef)(null);
	var timeout = (0, import_react.useRef)({
		setCaretTimeout: null,
		focusTimeout: null
	});
	(0, import_react.useEffect)(function() {
		setMounted(true);
		return function() {
			clearTimeout(timeout.current.setCaretTimeout);
			clearTimeout(timeout.current.focusTimeout);
		};
	}, []);
	var _format = format;
	var getValueObject = function(formattedValue, numAsString) {
		var floatValue = parseFloat(numAsString);
		return {
			formattedValue,
			value: numAsString,
			floatValue: isNaN(floatValue) ? void 0 : floatValue
		};
	};
	var setPatchedCaretPosition = function(el, caretPos, currentValue) {
		if (el.selectionStart === 0 && el.selectionEnd === el.value.length) return;
		setCaretPosition(el, caretPos);
		timeout.current.setCaretTimeout = setTimeout(function() {
			if (el.value === currentValue && el.selectionStart !== caretPos) setCaretPosition(el, caretPos);
		}, 0);
	};
	var correctCaretPosition = function(value, caretPos, direction) {
		return getCaretPosInBoundary(value, caretPos, getCaretBoundary(value), direction);
	};
	var getNewCaretPosition = function(inputValue, newFormattedValue, caretPos) {
		var caretBoundary = getCaretBoundary(newFormattedValue);
		var updatedCaretPos = getCaretPosition(newFormattedValue, formattedValue, inputValue, caretPos, caretBoundary, isValidInputCharacter, isCharacterSame);
		updatedCaretPos = getCaretPosInBoundary(newFormattedValue, updatedCaretPos, caretBoundary);
		return updatedCaretPos;
	};
	var updateValueAndCaretPosition = function(params) {
		var newFormattedValue = params.formattedValue;
		if (newFormattedValue === void 0) newFormattedValue = "";
		var input = params.input;
		var source = params.source;
		var event = params.event;
		var numAsString = params.numAsString;
		var caretPos;
		if (input) {
			var inputValue = params.inputValue || input.value;
			var currentCaretPosition = geInputCaretPosition(input);
			/**
			* set the value imperatively, this is required for IE fix
			* This is also required as if new caret position is beyond the previous value.
			* Caret position will not be set correctly
			*/
			input.value = newFormattedValue;
			caretPos = getNewCaretPosition(inputValue, newFormattedValue, currentCaretPosition);
			if (caretPos !== void 0) setPatchedCaretPosition(input, caretPos, newFormattedValue);
		}
		if (newFormattedValue !== formattedValue) _onValueChange(getValueObject(newFormattedValue, numAsString), {
			event,
			source
		});
	};
	/**
	* if the formatted value is not synced to parent, or if the formatted value is different from last synced value sync it
	* if the formatting props is removed, in which case last formatted value will be different from the numeric string value
	* in such case we need to inform the parent.
	*/
	(0, import_react.useEffect)(function() {
		var ref = lastUpdatedValue.current;
		var lastFormattedValue = ref.formattedValue;
		var lastNumAsString = ref.numAsString;
		if (formattedValue !== lastFormattedValue || numAsString !== lastNumAsString) _onValueChange(getValueObject(formattedValue, numAsString), {
			event: void 0,
			source: SourceType.props
		});
	}, [formattedValue, numAsString]);
	var currentCaretPosition = focusedElm.current ? geInputCaretPosition(focusedElm.current) : void 0;
	(typeof window !== "undefined" ? import_react.useLayoutEffect : import_react.useEffect)(function() {
		var input = focusedElm.current;
		if (formattedValue !== lastUpdatedValue.current.formattedValue && input) {
			var caretPos = getNewCaretPosition(lastUpdatedValue.current.formattedValue, formattedValue, currentCaretPosition);
			/**
			* set the value imperatively, as we set the caret position as well imperatively.
			* This is to keep value and caret position in sync
			*/
			input.value = formattedValue;
			setPatchedCaretPosition(input, caretPos, formattedValue);
		}
	}, [formattedValue]);
	var formatInputValue = function(inputValue, event, source) {
		var input = event.target;
		var changeRange = caretPositionBeforeChange.current ? findChangedRangeFromCaretPositions(caretPositionBeforeChange.current, input.selectionEnd) : findChangeRange(formattedValue, inputValue);
		var changeMeta = Object.assign(Object.assign({}, changeRange), { lastValue: formattedValue });
		var _numAsString = removeFormatting(inputValue, changeMeta);
		var _formattedValue = _format(_numAsString);
		_numAsString = removeFormatting(_formattedValue, void 0);
		if (isAllowed && !isAllowed(getValueObject(_formattedValue, _numAsString))) {
			var input$1 = event.target;
			var caretPos = getNewCaretPosition(inputValue, formattedValue, geInputCaretPosition(input$1));
			input$1.value = formattedValue;
			setPatchedCaretPosition(input$1, caretPos, formattedValue);
			return false;
		}
		updateValueAndCaretPosition({
			formattedValue: _formattedValue,
			numAsString: _numAsString,
			inputValue,
			event,
			source,
			input: event.target
		});
		return true;
	};
	var setCaretPositionInfoBeforeChange = function(el, endOffset) {
		if (endOffset === void 0) endOffset = 0;
		caretPositionBeforeChange.current = {
			selectionStart: el.selectionStart,
			selectionEnd: el.selectionEnd + endOffset
		};
	};
	var _onChange = function(e) {
		var inputValue = e.target.value;
		if (formatInputValue(inputValue, e, SourceType.event)) onChange(e);
		caretPositionBeforeChange.current = void 0;
	};
	var _onKeyDown = function(e) {
		var el = e.target;
		var key = e.key;
		var selectionStart = el.selectionStart;
		var selectionEnd = el.selectionEnd;
		var value = el.value;
		if (value === void 0) value = "";
		var expectedCaretPosition;
		if (key === "ArrowLeft" || key === "Backspace") expectedCaretPosition = Math.max(selectionStart - 1, 0);
		else if (key === "ArrowRight") expectedCaretPosition = Math.min(selectionStart + 1, value.length);
		else if (key === "Delete") expectedCaretPosition = selectionStart;
		var endOffset = 0;
		if (key === "Delete" && selectionStart === selectionEnd) endOffset = 1;
		var isArrowKey = key === "ArrowLeft" || key === "ArrowRight";
		if (expectedCaretPosition === void 0 || selectionStart !== selectionEnd && !isArrowKey) {
			onKeyDown(e);
			setCaretPositionInfoBeforeChange(el, endOffset);
			return;
		}
		var newCaretPosition = expectedCaretPosition;
		if (isArrowKey) {
			newCaretPosition = correctCaretPosition(value, expectedCaretPosition, key === "ArrowLeft" ? "left" : "right");
			if (newCaretPosition !== expectedCaretPosition) e.preventDefault();
		} else if (key === "Delete" && !isValidInputCharacter(value[expectedCaretPosition])) newCaretPosition = correctCaretPosition(value, expectedCaretPosition, "right");
		else if (key === "Backspace" && !isValidInputCharacter(value[expectedCaretPosition])) newCaretPosition = correctCaretPosition(value, expectedCaretPosition, "left");
		if (newCaretPosition !== expectedCaretPosition) setPatchedCaretPosition(el, newCaretPosition, value);
		onKeyDown(e);
		setCaretPositionInfoBeforeChange(el, endOffset);
	};
	/** required to handle the caret position when click anywhere within the input **/
	var _onMouseUp = function(e) {
		var el = e.target;
		/**
		* NOTE: we have to give default value for value as in case when custom input is provided
		* value can come as undefined when nothing is provided on value prop.
		*/
		var correctCaretPositionIfRequired = function() {
			var selectionStart = el.selectionStart;
			var selectionEnd = el.selectionEnd;
			var value = el.value;
			if (value === void 0) value = "";
			if (selectionStart === selectionEnd) {
				var caretPosition = correctCaretPosition(value, selectionStart);
				if (caretPosition !== selectionStart) setPatchedCaretPosition(el, caretPosition, value);
			}
		};
		correctCaretPositionIfRequired();
		requestAnimationFrame(function() {
			correctCaretPositionIfRequired();
		});
		onMouseUp(e);
		setCaretPositionInfoBeforeChange(el);
	};
	var _onFocus = function(e) {
		if (e.persist) e.persist();
		var el = e.target;
		var currentTarget = e.currentTarget;
		focusedElm.current = el;
		timeout.current.focusTimeout = setTimeout(function() {
			var selectionStart = el.selectionStart;
			var selectionEnd = el.selectionEnd;
			var value = el.value;
			if (value === void 0) value = "";
			var caretPosition = correctCaretPosition(value, selectionStart);
			if (caretPosition !== selectionStart && !(selectionStart === 0 && selectionEnd === value.length)) setPatchedCaretPosition(el, caretPosition, value);
			onFocus(Object.assign(Object.assign({}, e), { currentTarget }));
		}, 0);
	};
	var _onBlur = function(e) {
		focusedElm.current = null;
		clearTimeout(timeout.current.focusTimeout);
		clearTimeout(timeout.current.setCaretTimeout);
		onBlur(e);
	};
	var inputMode = mounted && addInputMode() ? "numeric" : void 0;
	var inputProps = Object.assign({ inputMode }, otherProps, {
		type,
		value: formattedValue,
		onChange: _onChange,
		onKeyDown: _onKeyDown,
		onMouseUp: _onMouseUp,
		onFocus: _onFocus,
		onBlur: _onBlur
	});
	if (displayType === "text") return renderText ? import_react.createElement(import_react.Fragment, null, renderText(formattedValue, otherProps) || null) : import_react.createElement("span", Object.assign({}, otherProps, { ref: getInputRef }), formattedValue);
	else if (customInput) {
		var CustomInput = customInput;
		return import_react.createElement(CustomInput, Object.assign({}, inputProps, { ref: getInputRef }));
	}
	return import_react.createElement("input", Object.assign({}, inputProps, { ref: getInputRef }));
}
function format(numStr, props) {
	var decimalScale = props.decimalScale;
	var fixedDecimalScale = props.fixedDecimalScale;
	var prefix = props.prefix;
	if (prefix === void 0) prefix = "";
	var suffix = props.suffix;
	if (suffix === void 0) suffix = "";
	var allowNegative = props.allowNegative;
	var thousandsGroupStyle = props.thousandsGroupStyle;
	if (thousandsGroupStyle === void 0) thousandsGroupStyle = "thousand";
	if (numStr === "" || numStr === "-") return numStr;
	var ref = getSeparators(props);
	var thousandSeparator = ref.thousandSeparator;
	var decimalSeparator = ref.decimalSeparator;
	/**
	* Keep the decimal separator
	* when decimalScale is not defined or non zero and the numStr has decimal in it
	* Or if decimalScale is > 0 and fixeDecimalScale is true (even if numStr has no decimal)
	*/
	var hasDecimalSeparator = decimalScale !== 0 && numStr.indexOf(".") !== -1 || decimalScale && fixedDecimalScale;
	var ref$1 = splitDecimal(numStr, allowNegative);
	var beforeDecimal = ref$1.beforeDecimal;
	var afterDecimal = ref$1.afterDecimal;
	var addNegation = ref$1.addNegation;
	if (decimalScale !== void 0) afterDecimal = limitToScale(afterDecimal, decimalScale, !!fixedDecimalScale);
	if (thousandSeparator) beforeDecimal = applyThousandSeparator(beforeDecimal, thousandSeparator, thousandsGroupStyle);
	if (prefix) beforeDecimal = prefix + beforeDecimal;
	if (suffix) afterDecimal = afterDecimal + suffix;
	if (addNegation) beforeDecimal = "-" + beforeDecimal;
	numStr = beforeDecimal + (hasDecimalSeparator && decimalSeparator || "") + afterDecimal;
	return numStr;
}
function getSeparators(props) {
	var decimalSeparator = props.decimalSeparator;
	if (decimalSeparator === void 0) decimalSeparator = ".";
	var thousandSeparator = props.thousandSeparator;
	var allowedDecimalSeparators = props.allowedDecimalSeparators;
	if (thousandSeparator === true) thousandSeparator = ",";
	if (!allowedDecimalSeparators) allowedDecimalSeparators = [decimalSeparator, "."];
	return {
		decimalSeparator,
		thousandSeparator,
		allowedDecimalSeparators
	};
}
function handleNegation(value, allowNegative) {
	if (value === void 0) value = "";
	var negationRegex = /* @__PURE__ */ new RegExp("(-)");
	var doubleNegationRegex = /* @__PURE__ */ new RegExp("(-)(.)*(-)");
	var hasNegation = negationRegex.test(value);
	var removeNegation = doubleNegationRegex.test(value);
	value = value.replace(/-/g, "");
	if (hasNegation && !removeNegation && allowNegative) value = "-" + value;
	return value;
}
function getNumberRegex(decimalSeparator, global) {
	return new RegExp("(^-)|[0-9]|" + escapeRegExp(decimalSeparator), global ? "g" : void 0);
}
function isNumericString(val, prefix, suffix) {
	if (val === "") return true;
	return !(prefix === null || prefix === void 0 ? void 0 : prefix.match(/\d/)) && !(suffix === null || suffix === void 0 ? void 0 : suffix.match(/\d/)) && typeof val === "string" && !isNaN(Number(val));
}
function removeFormatting(value, changeMeta, props) {
	var assign;
	if (changeMeta === void 0) changeMeta = getDefaultChangeMeta(value);
	var allowNegative = props.allowNegative;
	var prefix = props.prefix;
	if (prefix === void 0) prefix = "";
	var suffix = props.suffix;
	if (suffix === void 0) suffix = "";
	var decimalScale = props.decimalScale;
	var from = changeMeta.from;
	var to = changeMeta.to;
	var start = to.start;
	var end = to.end;
	var ref = getSeparators(props);
	var allowedDecimalSeparators = ref.allowedDecimalSeparators;
	var decimalSeparator = ref.decimalSeparator;
	var isBeforeDecimalSeparator = value[end] === decimalSeparator;
	/**
	* If only a number is added on empty input which matches with the prefix or suffix,
	* then don't remove it, just return the same
	*/
	if (charIsNumber(value) && (value === prefix || value === suffix) && changeMeta.lastValue === "") return value;
	/** Check for any allowed decimal separator is added in the numeric format and replace it with decimal separator */
	if (end - start === 1 && allowedDecimalSeparators.indexOf(value[start]) !== -1) {
		var separator = decimalScale === 0 ? "" : decimalSeparator;
		value = value.substring(0, start) + separator + value.substring(start + 1, value.length);
	}
	var stripNegation = function(value, start, end) {
		/**
		* if prefix starts with - we don't allow negative number to avoid confusion
		* if suffix starts with - and the value length is same as suffix length, then the - sign is from the suffix
		* In other cases, if the value starts with - then it is a negation
		*/
		var hasNegation = false;
		var hasDoubleNegation = false;
		if (prefix.startsWith("-")) hasNegation = false;
		else if (value.startsWith("--")) {
			hasNegation = false;
			hasDoubleNegation = true;
		} else if (suffix.startsWith("-") && value.length === suffix.length) hasNegation = false;
		else if (value[0] === "-") hasNegation = true;
		var charsToRemove = hasNegation ? 1 : 0;
		if (hasDoubleNegation) charsToRemove = 2;
		if (charsToRemove) {
			value = value.substring(charsToRemove);
			start -= charsToRemove;
			end -= charsToRemove;
		}
		return {
			value,
			start,
			end,
			hasNegation
		};
	};
	var toMetadata = stripNegation(value, start, end);
	var hasNegation = toMetadata.hasNegation;
	assign = toMetadata, value = assign.value, start = assign.start, end = assign.end;
	var ref$1 = stripNegation(changeMeta.lastValue, from.start, from.end);
	var fromStart = ref$1.start;
	var fromEnd = ref$1.end;
	var lastValue = ref$1.value;
	var updatedSuffixPart = value.substring(start, end);
	if (value.length && lastValue.length && (fromStart > lastValue.length - suffix.length || fromEnd < prefix.length) && !(updatedSuffixPart && suffix.startsWith(updatedSuffixPart))) value = lastValue;
	/**
	* remove prefix
	* Remove whole prefix part if its present on the value
	* If the prefix is partially deleted (in which case change start index will be less the prefix length)
	* Remove only partial part of prefix.
	*/
	var startIndex = 0;
	if (value.startsWith(prefix)) startIndex += prefix.length;
	else if (start < prefix.length) startIndex = start;
	value = value.substring(startIndex);
	end -= startIndex;
	/**
	* Remove suffix
	* Remove whole suffix part if its present on the value
	* If the suffix is partially deleted (in which case change end index will be greater than the suffixStartIndex)
	* remove the partial part of suffix
	*/
	var endIndex = value.length;
	var suffixStartIndex = value.length - suffix.length;
	if (value.endsWith(suffix)) endIndex = suffixStartIndex;
	else if (end > suffixStartIndex) endIndex = end;
	else if (end > value.length - suffix.length) endIndex = end;
	value = value.substring(0, endIndex);
	value = handleNegation(hasNegation ? "-" + value : value, allowNegative);
	value = (value.match(getNumberRegex(decimalSeparator, true)) || []).join("");
	var firstIndex = value.indexOf(decimalSeparator);
	value = value.replace(new RegExp(escapeRegExp(decimalSeparator), "g"), function(match, index) {
		return index === firstIndex ? "." : "";
	});
	var ref$2 = splitDecimal(value, allowNegative);
	var beforeDecimal = ref$2.beforeDecimal;
	var afterDecimal = ref$2.afterDecimal;
	var addNegation = ref$2.addNegation;
	if (to.end - to.start < from.end - from.start && beforeDecimal === "" && isBeforeDecimalSeparator && !parseFloat(afterDecimal)) value = addNegation ? "-" : "";
	return value;
}
function getCaretBoundary(formattedValue, props) {
	var prefix = props.prefix;
	if (prefix === void 0) prefix = "";
	var suffix = props.suffix;
	if (suffix === void 0) suffix = "";
	var boundaryAry = Array.from({ length: formattedValue.length + 1 }).map(function() {
		return true;
	});
	var hasNegation = formattedValue[0] === "-";
	boundaryAry.fill(false, 0, Math.min(prefix.length + (hasNegation ? 1 : 0), formattedValue.length));
	var valLn = formattedValue.length;
	boundaryAry.fill(false, valLn - suffix.length + 1, valLn + 1);
	return boundaryAry;
}
function validateAndUpdateProps(props) {
	var ref = getSeparators(props);
	var thousandSeparator = ref.thousandSeparator;
	var decimalSeparator = ref.decimalSeparator;
	var prefix = props.prefix;
	if (prefix === void 0) prefix = "";
	var allowNegative = props.allowNegative;
	if (allowNegative === void 0) allowNegative = true;
	if (thousandSeparator === decimalSeparator) throw new Error("\n        Decimal separator can't be same as thousand separator.\n        thousandSeparator: " + thousandSeparator + " (thousandSeparator = {true} is same as thousandSeparator = \",\")\n        decimalSeparator: " + decimalSeparator + " (default value for decimalSeparator is .)\n     ");
	if (prefix.startsWith("-") && allowNegative) {
		console.error("\n      Prefix can't start with '-' when allowNegative is true.\n      prefix: " + prefix + "\n      allowNegative: " + allowNegative + "\n    ");
		allowNegative = false;
	}
	return Object.assign(Object.assign({}, props), { allowNegative });
}
function useNumericFormat(props) {
	props = validateAndUpdateProps(props);
	props.decimalSeparator;
	props.allowedDecimalSeparators;
	props.thousandsGroupStyle;
	var suffix = props.suffix;
	var allowNegative = props.allowNegative;
	var allowLeadingZeros = props.allowLeadingZeros;
	var onKeyDown = props.onKeyDown;
	if (onKeyDown === void 0) onKeyDown = noop;
	var onBlur = props.onBlur;
	if (onBlur === void 0) onBlur = noop;
	var thousandSeparator = props.thousandSeparator;
	var decimalScale = props.decimalScale;
	var fixedDecimalScale = props.fixedDecimalScale;
	var prefix = props.prefix;
	if (prefix === void 0) prefix = "";
	var defaultValue = props.defaultValue;
	var value = props.value;
	var valueIsNumericString = props.valueIsNumericString;
	var onValueChange = props.onValueChange;
	var restProps = __rest(props, [
		"decimalSeparator",
		"allowedDecimalSeparators",
		"thousandsGroupStyle",
		"suffix",
		"allowNegative",
		"allowLeadingZeros",
		"onKeyDown",
		"onBlur",
		"thousandSeparator",
		"decimalScale",
		"fixedDecimalScale",
		"prefix",
		"defaultValue",
		"value",
		"valueIsNumericString",
		"onValueChange"
	]);
	var ref = getSeparators(props);
	var decimalSeparator = ref.decimalSeparator;
	var allowedDecimalSeparators = ref.allowedDecimalSeparators;
	var _format = function(numStr) {
		return format(numStr, props);
	};
	var _removeFormatting = function(inputValue, changeMeta) {
		return removeFormatting(inputValue, changeMeta, props);
	};
	var _value = isNil(value) ? defaultValue : value;
	var _valueIsNumericString = valueIsNumericString !== null && valueIsNumericString !== void 0 ? valueIsNumericString : isNumericString(_value, prefix, suffix);
	if (!isNil(value)) _valueIsNumericString = _valueIsNumericString || typeof value === "number";
	else if (!isNil(defaultValue)) _valueIsNumericString = _valueIsNumericString || typeof defaultValue === "number";
	var roundIncomingValueToPrecision = function(value) {
		if (isNotValidValue(value)) return value;
		if (typeof value === "number") value = toNumericString(value);
		/**
		* only round numeric or float string values coming through props,
		* we don't need to do it for onChange events, as we want to prevent typing there
		*/
		if (_valueIsNumericString && typeof decimalScale === "number") return roundToPrecision(value, decimalScale, Boolean(fixedDecimalScale));
		return value;
	};
	var ref$1 = useInternalValues(roundIncomingValueToPrecision(value), roundIncomingValueToPrecision(defaultValue), Boolean(_valueIsNumericString), _format, _removeFormatting, onValueChange);
	var ref$1_0 = ref$1[0];
	var numAsString = ref$1_0.numAsString;
	var formattedValue = ref$1_0.formattedValue;
	var _onValueChange = ref$1[1];
	var _onKeyDown = function(e) {
		var el = e.target;
		var key = e.key;
		var selectionStart = el.selectionStart;
		var selectionEnd = el.selectionEnd;
		var value = el.value;
		if (value === void 0) value = "";
		if ((key === "Backspace" || key === "Delete") && selectionEnd < prefix.length && value !== "-") {
			e.preventDefault();
			return;
		}
		if (selectionStart !== selectionEnd) {
			onKeyDown(e);
			return;
		}
		if (key === "Backspace" && value[0] === "-" && selectionStart === prefix.length + 1 && allowNegative) setCaretPosition(el, 1);
		if (decimalScale && fixedDecimalScale) {
			if (key === "Backspace" && value[selectionStart - 1] === decimalSeparator) {
				setCaretPosition(el, selectionStart - 1);
				e.preventDefault();
			} else if (key === "Delete" && value[selectionStart] === decimalSeparator) e.preventDefault();
		}
		if ((allowedDecimalSeparators === null || allowedDecimalSeparators === void 0 ? void 0 : allowedDecimalSeparators.includes(key)) && value[selectionStart] === decimalSeparator) setCaretPosition(el, selectionStart + 1);
		var _thousandSeparator = thousandSeparator === true ? "," : thousandSeparator;
		if (key === "Backspace" && value[selectionStart - 1] === _thousandSeparator) setCaretPosition(el, selectionStart - 1);
		if (key === "Delete" && value[selectionStart] === _thousandSeparator) setCaretPosition(el, selectionStart + 1);
		onKeyDown(e);
	};
	var _onBlur = function(e) {
		var _value = numAsString;
		if (!_value.match(/\d/g)) _value = "";
		if (!allowLeadingZeros) _value = fixLeadingZero(_value);
		if (fixedDecimalScale && decimalScale) _value = roundToPrecision(_value, decimalScale, fixedDecimalScale);
		if (_value !== numAsString) _onValueChange({
			formattedValue: format(_value, props),
			value: _value,
			floatValue: parseFloat(_value)
		}, {
			event: e,
			source: SourceType.event
		});
		onBlur(e);
	};
	var isValidInputCharacter = function(inputChar) {
		if (inputChar === decimalSeparator) return true;
		return charIsNumber(inputChar);
	};
	var isCharacterSame = function(ref) {
		var currentValue = ref.currentValue;
		var lastValue = ref.lastValue;
		var formattedValue = ref.formattedValue;
		var currentValueIndex = ref.currentValueIndex;
		var formattedValueIndex = ref.formattedValueIndex;
		var curChar = currentValue[currentValueIndex];
		var newChar = formattedValue[formattedValueIndex];
		var to = findChangeRange(lastValue, currentValue).to;
		var getDecimalSeparatorIndex = function(value) {
			return _removeFormatting(value).indexOf(".") + prefix.length;
		};
		if (value === 0 && fixedDecimalScale && decimalScale && currentValue[to.start] === decimalSeparator && getDecimalSeparatorIndex(currentValue) < currentValueIndex && getDecimalSeparatorIndex(formattedValue) > formattedValueIndex) return false;
		if (currentValueIndex >= to.start && currentValueIndex < to.end && allowedDecimalSeparators && allowedDecimalSeparators.includes(curChar) && newChar === decimalSeparator) return true;
		return curChar === newChar;
	};
	return Object.assign(Object.assign({}, restProps), {
		value: formattedValue,
		valueIsNumericString: false,
		isValidInputCharacter,
		isCharacterSame,
		onValueChange: _onValueChange,
		format: _format,
		removeFormatting: _removeFormatting,
		getCaretBoundary: function(formattedValue) {
			return getCaretBoundary(formattedValue, props);
		},
		onKeyDown: _onKeyDown,
		onBlur: _onBlur
	});
}
function NumericFormat(props) {
	var numericFormatProps = useNumericFormat(props);
	return import_react.createElement(NumberFormatBase, Object.assign({}, numericFormatProps));
}
// node_modules/@mantine/core/esm/components/NumberInput/NumberInputChevron.mjs
var import_jsx_runtime = require_jsx_runtime();
function NumberInputChevron({ direction, style, ...others }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("svg", {
		style: {
			width: "var(--ni-chevron-size)",
			height: "var(--ni-chevron-size)",
			transform: direction === "up" ? "rotate(180deg)" : void 0,
			...style
		},
		viewBox: "0 0 15 15",
		fill: "none",
		xmlns: "http://www.w3.org/2000/svg",
		...others,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("path", {
			d: "M3.13523 6.15803C3.3241 5.95657 3.64052 5.94637 3.84197 6.13523L7.5 9.56464L11.158 6.13523C11.3595 5.94637 11.6759 5.95657 11.8648 6.15803C12.0536 6.35949 12.0434 6.67591 11.842 6.86477L7.84197 10.6148C7.64964 10.7951 7.35036 10.7951 7.15803 10.6148L3.15803 6.86477C2.95657 6.67591 2.94637 6.35949 3.13523 6.15803Z",
			fill: "currentColor",
			fillRule: "evenodd",
			clipRule: "evenodd"
		})
	});
}
// node_modules/@mantine/core/esm/components/NumberInput/NumberInput.module.mjs
var NumberInput_module_default = {
	"root": "m_e2f5cd4e",
	"controls": "m_95e17d22",
	"control": "m_80b4b171"
};
// node_modules/@mantine/core/esm/components/NumberInput/NumberInput.mjs
var leadingDecimalZeroPattern = /^(0\.0*|-0(\.0*)?)$/;
var leadingZerosPattern = /^-?0\d+(\.\d+)?\.?$/;
var trailingZerosPattern = /\.\d*0$/;
var trailingDecimalSeparatorPattern = /^-?\d+\.$/;
function isNumberString(value) {
	return typeof value === "string" && value !== "" && !Number.isNaN(Number(value));
}
function isBigIntValue(value) {
	return typeof value === "bigint";
}
function canStep(value) {
	if (typeof value === "number") return value < Number.MAX_SAFE_INTEGER;
	return value === "" || isNumberString(value) && Number(value) < Number.MAX_SAFE_INTEGER;
}
function isValidBigIntString(value, allowNegative) {
	if (value === "") return false;
	if (value === "-") return false;
	if (!allowNegative && value.startsWith("-")) return false;
	return /^-?\d+$/.test(value);
}
function canStepBigInt(value, allowNegative) {
	if (typeof value === "bigint") return true;
	return value === "" || isValidBigIntString(value, allowNegative);
}
function parseBigIntFromString(value) {
	if (!/^-?\d+$/.test(value)) return null;
	try {
		return BigInt(value);
	} catch {
		return null;
	}
}
function toBigIntOrUndefined(value) {
	if (typeof value === "bigint") return value;
	if (typeof value === "number" && Number.isFinite(value) && Number.isInteger(value)) return BigInt(value);
}
function clampBigInt(value, min, max) {
	if (min !== void 0 && value < min) return min;
	if (max !== void 0 && value > max) return max;
	return value;
}
function getTotalDigits(inputValue) {
	return inputValue.toString().replace(".", "").length;
}
function isValidNumber(floatValue, value) {
	return (typeof floatValue === "number" ? floatValue < Number.MAX_SAFE_INTEGER : !Number.isNaN(Number(floatValue))) && !Number.isNaN(floatValue) && getTotalDigits(value) < 14 && value !== "";
}
function isInRange(value, min, max) {
	if (value === void 0) return true;
	return (min === void 0 || value >= min) && (max === void 0 || value <= max);
}
var defaultProps = {
	size: "sm",
	step: 1,
	clampBehavior: "blur",
	allowDecimal: true,
	allowNegative: true,
	withKeyboardEvents: true,
	allowLeadingZeros: true,
	trimLeadingZeroesOnBlur: true,
	startValue: 0,
	allowedDecimalSeparators: [".", ","]
};
var varsResolver = createVarsResolver((_, { size }) => ({ controls: { "--ni-chevron-size": getSize(size, "ni-chevron-size") } }));
function clampAndSanitizeInput(sanitizedValue, max, min) {
	const stringValue = sanitizedValue.toString();
	const hasTrailingDecimalSeparator = trailingDecimalSeparatorPattern.test(stringValue);
	const replaced = stringValue.replace(/^0+(?=\d)/, "");
	const parsedValue = parseFloat(replaced);
	if (Number.isNaN(parsedValue)) return replaced;
	if (parsedValue > Number.MAX_SAFE_INTEGER) return max !== void 0 ? max : replaced;
	const clamped = clamp$1(parsedValue, min, max);
	if (hasTrailingDecimalSeparator) return `${clamped.toString().replace(/^0+(?=\d)/, "")}.`;
	return clamped;
}
function clampAndSanitizeBigIntInput(sanitizedValue, options) {
	if (sanitizedValue === "" || sanitizedValue === "-") return sanitizedValue;
	const parsed = parseBigIntFromString(sanitizedValue);
	if (parsed === null) return sanitizedValue;
	return options.clampBehavior === "blur" ? clampBigInt(parsed, options.min, options.max) : parsed;
}
var NumberInput = genericFactory((_props) => {
	const props = useProps([
		"Input",
		"InputWrapper",
		"NumberInput"
	], defaultProps, _props);
	const { className, classNames, styles, unstyled, vars, onChange, onValueChange, value, defaultValue, max, min, step, hideControls, rightSection, isAllowed, clampBehavior, onBlur, allowDecimal, decimalScale, onKeyDown, onKeyDownCapture, handlersRef, startValue, disabled, rightSectionPointerEvents, allowNegative, readOnly, size, rightSectionWidth, stepHoldInterval, stepHoldDelay, allowLeadingZeros, withKeyboardEvents, trimLeadingZeroesOnBlur, allowedDecimalSeparators, selectAllOnFocus, onMinReached, onMaxReached, onFocus, attributes, ref, ...others } = props;
	const allowNegativeResolved = allowNegative ?? true;
	const allowLeadingZerosResolved = allowLeadingZeros ?? true;
	const getStyles = useStyles({
		name: "NumberInput",
		classes: NumberInput_module_default,
		props,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		varsResolver
	});
	const { resolvedClassNames, resolvedStyles } = useResolvedStylesApi({
		classNames,
		styles,
		props
	});
	const valueModeRef = (0, import_react.useRef)(isBigIntValue(value) || isBigIntValue(defaultValue) ? "bigint" : "number");
	if (isBigIntValue(value)) valueModeRef.current = "bigint";
	else if (typeof value === "number") valueModeRef.current = "number";
	const isBigIntMode = valueModeRef.current === "bigint";
	const [_value, setValue] = useUncontrolled({
		value,
		defaultValue,
		finalValue: "",
		onChange
	});
	const shouldUseStepInterval = stepHoldDelay !== void 0 && stepHoldInterval !== void 0;
	const inputRef = (0, import_react.useRef)(null);
	const onStepTimeoutRef = (0, import_react.useRef)(null);
	const stepCountRef = (0, import_react.useRef)(0);
	const minNumber = typeof min === "number" ? min : void 0;
	const maxNumber = typeof max === "number" ? max : void 0;
	const stepNumber = typeof step === "number" ? step : defaultProps.step;
	const startValueNumber = typeof startValue === "number" ? startValue : defaultProps.startValue;
	const minBigInt = toBigIntOrUndefined(min);
	const maxBigInt = toBigIntOrUndefined(max);
	const stepBigInt = toBigIntOrUndefined(step) ?? BigInt(1);
	const startValueBigInt = toBigIntOrUndefined(startValue) ?? BigInt(0);
	const parseBigIntOrString = (inputValue) => {
		if (!isValidBigIntString(inputValue, allowNegativeResolved) || allowLeadingZerosResolved && leadingZerosPattern.test(inputValue)) return inputValue;
		return parseBigIntFromString(inputValue) ?? inputValue;
	};
	const getBigIntFloatValue = (inputValue) => {
		const numericValue = Number(inputValue);
		return Number.isSafeInteger(numericValue) ? numericValue : void 0;
	};
	const handleValueChange = (payload, event) => {
		if (event.source === "event") if (isBigIntMode) setValue(parseBigIntOrString(payload.value));
		else setValue(isValidNumber(payload.floatValue, payload.value) && !leadingDecimalZeroPattern.test(payload.value) && !(allowLeadingZerosResolved ? leadingZerosPattern.test(payload.value) : false) && !trailingZerosPattern.test(payload.value) && !trailingDecimalSeparatorPattern.test(payload.value) ? payload.floatValue : payload.value);
		onValueChange?.(payload, event);
	};
	const getDecimalPlaces = (inputValue) => {
		const match = String(inputValue).match(/(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/);
		if (!match) return 0;
		return Math.max(0, (match[1] ? match[1].length : 0) - (match[2] ? +match[2] : 0));
	};
	const adjustCursor = (position) => {
		if (inputRef.current && typeof position !== "undefined") inputRef.current.setSelectionRange(position, position);
	};
	const incrementRef = (0, import_react.useRef)(noop$1);
	incrementRef.current = () => {
		if (isBigIntMode) {
			if (!canStepBigInt(_value, allowNegativeResolved)) return;
			let val;
			const currentValue = _value;
			if (typeof currentValue === "bigint") {
				const incrementedValue = currentValue + stepBigInt;
				if (maxBigInt !== void 0 && incrementedValue > maxBigInt) onMaxReached?.();
				val = maxBigInt !== void 0 && incrementedValue > maxBigInt ? maxBigInt : incrementedValue;
			} else if (typeof currentValue === "string" && currentValue !== "") {
				const parsed = parseBigIntFromString(currentValue);
				if (parsed === null) return;
				const incrementedValue = parsed + stepBigInt;
				if (maxBigInt !== void 0 && incrementedValue > maxBigInt) onMaxReached?.();
				val = maxBigInt !== void 0 && incrementedValue > maxBigInt ? maxBigInt : incrementedValue;
			} else val = clampBigInt(startValueBigInt, minBigInt, maxBigInt);
			const formattedValue = val.toString();
			setValue(val);
			onValueChange?.({
				floatValue: getBigIntFloatValue(val),
				formattedValue,
				value: formattedValue
			}, { source: "increment" });
			setTimeout(() => adjustCursor(inputRef.current?.value.length), 0);
			return;
		}
		if (!canStep(_value)) return;
		let val;
		const currentValuePrecision = getDecimalPlaces(_value);
		const stepPrecision = getDecimalPlaces(stepNumber);
		const maxPrecision = Math.max(currentValuePrecision, stepPrecision);
		const factor = 10 ** maxPrecision;
		if (!isNumberString(_value) && (typeof _value !== "number" || Number.isNaN(_value))) val = clamp$1(startValueNumber, minNumber, maxNumber);
		else if (maxNumber !== void 0) {
			const incrementedValue = (Math.round(Number(_value) * factor) + Math.round(stepNumber * factor)) / factor;
			if (incrementedValue > maxNumber) onMaxReached?.();
			val = incrementedValue <= maxNumber ? incrementedValue : maxNumber;
		} else val = (Math.round(Number(_value) * factor) + Math.round(stepNumber * factor)) / factor;
		const formattedValue = val.toFixed(maxPrecision);
		setValue(parseFloat(formattedValue));
		onValueChange?.({
			floatValue: parseFloat(formattedValue),
			formattedValue,
			value: formattedValue
		}, { source: "increment" });
		setTimeout(() => adjustCursor(inputRef.current?.value.length), 0);
	};
	const decrementRef = (0, import_react.useRef)(noop$1);
	decrementRef.current = () => {
		if (isBigIntMode) {
			if (!canStepBigInt(_value, allowNegativeResolved)) return;
			let val;
			const minValue = minBigInt !== void 0 ? minBigInt : !allowNegativeResolved ? BigInt(0) : void 0;
			const currentValue = _value;
			if (typeof currentValue === "bigint") {
				const decrementedValue = currentValue - stepBigInt;
				if (minValue !== void 0 && decrementedValue < minValue) onMinReached?.();
				val = minValue !== void 0 && decrementedValue < minValue ? minValue : decrementedValue;
			} else if (typeof currentValue === "string" && currentValue !== "") {
				const parsed = parseBigIntFromString(currentValue);
				if (parsed === null) return;
				const decrementedValue = parsed - stepBigInt;
				if (minValue !== void 0 && decrementedValue < minValue) onMinReached?.();
				val = minValue !== void 0 && decrementedValue < minValue ? minValue : decrementedValue;
			} else val = clampBigInt(startValueBigInt, minValue, maxBigInt);
			const formattedValue = val.toString();
			setValue(val);
			onValueChange?.({
				floatValue: getBigIntFloatValue(val),
				formattedValue,
				value: formattedValue
			}, { source: "decrement" });
			setTimeout(() => adjustCursor(inputRef.current?.value.length), 0);
			return;
		}
		if (!canStep(_value)) return;
		let val;
		const minValue = minNumber !== void 0 ? minNumber : !allowNegativeResolved ? 0 : Number.MIN_SAFE_INTEGER;
		const currentValuePrecision = getDecimalPlaces(_value);
		const stepPrecision = getDecimalPlaces(stepNumber);
		const maxPrecision = Math.max(currentValuePrecision, stepPrecision);
		const factor = 10 ** maxPrecision;
		if (!isNumberString(_value) && typeof _value !== "number" || Number.isNaN(_value)) val = clamp$1(startValueNumber, minValue, maxNumber);
		else {
			const decrementedValue = (Math.round(Number(_value) * factor) - Math.round(stepNumber * factor)) / factor;
			if (minValue !== void 0 && decrementedValue < minValue) onMinReached?.();
			val = minValue !== void 0 && decrementedValue < minValue ? minValue : decrementedValue;
		}
		const formattedValue = val.toFixed(maxPrecision);
		setValue(parseFloat(formattedValue));
		onValueChange?.({
			floatValue: parseFloat(formattedValue),
			formattedValue,
			value: formattedValue
		}, { source: "decrement" });
		setTimeout(() => adjustCursor(inputRef.current?.value.length), 0);
	};
	const handlePaste = (event) => {
		const pastedText = event.clipboardData.getData("text");
		const _decimalSeparator = others.decimalSeparator || ".";
		const separatorsToReplace = (allowedDecimalSeparators || [".", ","]).filter((s) => s !== _decimalSeparator);
		if (separatorsToReplace.some((s) => pastedText.includes(s))) {
			event.preventDefault();
			let modifiedText = pastedText;
			separatorsToReplace.forEach((s) => {
				modifiedText = modifiedText.split(s).join(_decimalSeparator);
			});
			const input = inputRef.current;
			if (input) {
				const start = input.selectionStart ?? 0;
				const end = input.selectionEnd ?? 0;
				const currentValue = input.value;
				const newValue = currentValue.substring(0, start) + modifiedText + currentValue.substring(end);
				(Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, "value")?.set)?.call(input, newValue);
				input.dispatchEvent(new Event("change", { bubbles: true }));
				const cursorPos = start + modifiedText.length;
				setTimeout(() => adjustCursor(cursorPos), 0);
			}
		}
		others.onPaste?.(event);
	};
	const handleKeyDown = (event) => {
		onKeyDown?.(event);
		if (readOnly || !withKeyboardEvents) return;
		if (event.key === "ArrowUp") {
			event.preventDefault();
			incrementRef.current?.();
		}
		if (event.key === "ArrowDown") {
			event.preventDefault();
			decrementRef.current?.();
		}
	};
	const handleKeyDownCapture = (event) => {
		onKeyDownCapture?.(event);
		if (event.key === "Backspace") {
			const input = inputRef.current;
			if (input && input.selectionStart === 0 && input.selectionStart === input.selectionEnd) {
				event.preventDefault();
				window.setTimeout(() => adjustCursor(0), 0);
			}
		}
	};
	const handleFocus = (event) => {
		if (selectAllOnFocus) setTimeout(() => event.currentTarget.select(), 0);
		onFocus?.(event);
	};
	const handleBlur = (event) => {
		let sanitizedValue = _value;
		if (isBigIntMode) {
			if (clampBehavior === "blur" && typeof sanitizedValue === "bigint") sanitizedValue = clampBigInt(sanitizedValue, minBigInt, maxBigInt);
			if (trimLeadingZeroesOnBlur && typeof sanitizedValue === "string") sanitizedValue = clampAndSanitizeBigIntInput(sanitizedValue, {
				min: minBigInt,
				max: maxBigInt,
				clampBehavior
			});
		} else {
			if (clampBehavior === "blur" && typeof sanitizedValue === "number") sanitizedValue = clamp$1(sanitizedValue, minNumber, maxNumber);
			if (trimLeadingZeroesOnBlur && typeof sanitizedValue === "string" && getDecimalPlaces(sanitizedValue) < 15) sanitizedValue = clampAndSanitizeInput(sanitizedValue, maxNumber, minNumber);
		}
		if (_value !== sanitizedValue) setValue(sanitizedValue);
		onBlur?.(event);
	};
	assignRef(handlersRef, {
		increment: incrementRef.current,
		decrement: decrementRef.current
	});
	const onStepHandleChange = (isIncrement) => {
		if (isIncrement) incrementRef.current?.();
		else decrementRef.current?.();
		stepCountRef.current += 1;
	};
	const onStepLoop = (isIncrement) => {
		onStepHandleChange(isIncrement);
		if (shouldUseStepInterval) {
			const interval = typeof stepHoldInterval === "number" ? stepHoldInterval : stepHoldInterval(stepCountRef.current);
			onStepTimeoutRef.current = window.setTimeout(() => onStepLoop(isIncrement), interval);
		}
	};
	const onStep = (event, isIncrement) => {
		event.preventDefault();
		inputRef.current?.focus();
		onStepHandleChange(isIncrement);
		if (shouldUseStepInterval) onStepTimeoutRef.current = window.setTimeout(() => onStepLoop(isIncrement), stepHoldDelay);
	};
	const onStepDone = () => {
		if (onStepTimeoutRef.current) window.clearTimeout(onStepTimeoutRef.current);
		onStepTimeoutRef.current = null;
		stepCountRef.current = 0;
	};
	const controls = /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		...getStyles("controls"),
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(UnstyledButton, {
			...getStyles("control"),
			tabIndex: -1,
			"aria-hidden": true,
			disabled: disabled || typeof _value === "number" && maxNumber !== void 0 && _value >= maxNumber || typeof _value === "bigint" && maxBigInt !== void 0 && _value >= maxBigInt,
			mod: { direction: "up" },
			onMouseDown: (event) => event.preventDefault(),
			onPointerDown: (event) => {
				onStep(event, true);
			},
			onPointerUp: onStepDone,
			onPointerLeave: onStepDone,
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NumberInputChevron, { direction: "up" })
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(UnstyledButton, {
			...getStyles("control"),
			tabIndex: -1,
			"aria-hidden": true,
			disabled: disabled || typeof _value === "number" && minNumber !== void 0 && _value <= minNumber || typeof _value === "bigint" && minBigInt !== void 0 && _value <= minBigInt,
			mod: { direction: "down" },
			onMouseDown: (event) => event.preventDefault(),
			onPointerDown: (event) => {
				onStep(event, false);
			},
			onPointerUp: onStepDone,
			onPointerLeave: onStepDone,
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NumberInputChevron, { direction: "down" })
		})]
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(InputBase, {
		component: NumericFormat,
		allowNegative,
		className: clsx(NumberInput_module_default.root, className),
		size,
		...others,
		inputMode: isBigIntMode ? "numeric" : "decimal",
		readOnly,
		disabled,
		value: typeof _value === "bigint" ? _value.toString() : _value,
		getInputRef: useMergedRef(ref, inputRef),
		onValueChange: handleValueChange,
		rightSection: hideControls || readOnly || !(isBigIntMode ? canStepBigInt(_value, allowNegativeResolved) : canStep(_value)) ? rightSection : rightSection || controls,
		classNames: resolvedClassNames,
		styles: resolvedStyles,
		unstyled,
		__staticSelector: "NumberInput",
		decimalScale: isBigIntMode ? 0 : allowDecimal ? decimalScale : 0,
		onPaste: handlePaste,
		onFocus: handleFocus,
		onKeyDown: handleKeyDown,
		onKeyDownCapture: handleKeyDownCapture,
		rightSectionPointerEvents: rightSectionPointerEvents ?? (disabled ? "none" : void 0),
		rightSectionWidth: rightSectionWidth ?? `var(--ni-right-section-width-${size || "sm"})`,
		allowLeadingZeros,
		allowedDecimalSeparators,
		onBlur: handleBlur,
		attributes,
		isAllowed: (val) => {
			if (!(isAllowed ? isAllowed(val) : true)) return false;
			if (clampBehavior !== "strict") return true;
			if (!isBigIntMode) return isInRange(val.floatValue, minNumber, maxNumber);
			if (val.value === "" || val.value === "-") return true;
			const parsed = parseBigIntFromString(val.value);
			if (parsed === null) return true;
			return (minBigInt === void 0 || parsed >= minBigInt) && (maxBigInt === void 0 || parsed <= maxBigInt);
		}
	});
});
NumberInput.classes = {
	...InputBase.classes,
	...NumberInput_module_default
};
NumberInput.varsResolver = varsResolver;
NumberInput.displayName = "@mantine/core/NumberInput";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconServerOff = createReactComponent("outline", "server-off", "ServerOff", [
	["path", {
		"d": "M12 12h-6a3 3 0 0 1 -3 -3v-2c0 -1.083 .574 -2.033 1.435 -2.56m3.565 -.44h10a3 3 0 0 1 3 3v2a3 3 0 0 1 -3 3h-2",
		"key": "svg-0"
	}],
	["path", {
		"d": "M16 12h2a3 3 0 0 1 3 3v2m-1.448 2.568a2.986 2.986 0 0 1 -1.552 .432h-12a3 3 0 0 1 -3 -3v-2a3 3 0 0 1 3 -3h6",
		"key": "svg-1"
	}],
	["path", {
		"d": "M7 8v.01",
		"key": "svg-2"
	}],
	["path", {
		"d": "M7 16v.01",
		"key": "svg-3"
	}],
	["path", {
		"d": "M3 3l18 18",
		"key": "svg-4"
	}]
]);
// src/features/admin/components/AdminShell.tsx
var sections = [
	"overview",
	"webhooks",
	"deliveries",
	"reports",
	"settings",
	"audit"
];
var paths = {
	overview: "/admin",
	webhooks: "/admin/webhooks",
	deliveries: "/admin/deliveries",
	reports: "/admin/reports",
	settings: "/admin/settings",
	audit: "/admin/audit"
};
/** The frame of every Admin page: the page's heading and the links between the sections. */
function AdminShell({ section, children }) {
	const { t } = useTranslation("admin");
	const heading = t(`sections.${section}`);
	useDocumentTitle(`${heading} · ${t("title")}`);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
			order: 1,
			children: heading
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)("nav", {
			"aria-label": t("sections.label"),
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
				gap: "md",
				wrap: "wrap",
				children: sections.map((name) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
					component: NavLink,
					to: paths[name],
					end: true,
					fw: name === section ? 700 : 400,
					"aria-current": name === section ? "page" : void 0,
					"data-testid": `admin-nav-${name}`,
					children: t(`sections.${name}`)
				}, name))
			})
		}),
		hasGateway() && !isGatewayAdmin() ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
			color: "blue",
			variant: "light",
			icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconLock, { "aria-hidden": true }),
			"data-testid": "needs-admin",
			children: t("gatewayError.forbidden")
		}) : children
	] });
}
// src/features/admin/components/DayInput.tsx
/**
* A calendar day (ISO YYYY-MM-DD on the wire), shown by the browser in the user's locale.
* Admin uses the browser's date input rather than @mantine/dates: importing Mantine's date pickers here made
* the bundler re-split the code the first route shares with Admin and cost that route ~9 KB gzip.
*/
function DayInput({ value, onChange, ...props }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
		...props,
		type: "date",
		value: value ?? "",
		onChange: (event) => onChange(event.currentTarget.value || null)
	});
}
// src/features/admin/components/GatewayState.tsx
/** Said plainly where a page needs the console's server and the console runs without one (mock mode). */
function NeedsGateway() {
	const { t } = useTranslation("admin");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
		color: "blue",
		variant: "light",
		icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconServerOff, { "aria-hidden": true }),
		title: t("needsGateway.title"),
		"data-testid": "needs-gateway",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "sm",
			children: t("needsGateway.body")
		})
	});
}
function GatewayErrorAlert({ error, onRetry }) {
	const { t } = useTranslation("admin");
	const status = error instanceof GatewayApiError ? error.status : -1;
	const message = status === 403 ? t("gatewayError.forbidden") : status === 401 ? t("gatewayError.signedOut") : status === 0 ? t("gatewayError.network") : t("gatewayError.other", { status: status > 0 ? status : "—" });
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Alert, {
		color: "red",
		variant: "light",
		role: "alert",
		icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconAlertTriangle, { "aria-hidden": true }),
		title: t("gatewayError.title"),
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "sm",
			children: message
		}), onRetry && status !== 403 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
			mt: "sm",
			size: "xs",
			variant: "light",
			onClick: onRetry,
			children: t("retry")
		})]
	});
}
// src/features/admin/components/ScrollTable.tsx
/**
* A table that scrolls sideways on narrow screens. The scrolling region can be focused and is named, so
* keyboard users can scroll it too (axe: scrollable-region-focusable).
*/
function ScrollTable({ label, minWidth, children }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
		role: "region",
		"aria-label": label,
		tabIndex: 0,
		style: { overflowX: "auto" },
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
			miw: minWidth,
			children
		})
	});
}
// src/features/admin/format.ts
/** Date and time in the user's language and zone, for Admin's tables. */
function formatDateTime(iso, language) {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(language, {
		dateStyle: "medium",
		timeStyle: "medium"
	}).format(date);
}
/** A browser download of a file the service layer fetched. */
function saveFile(blob, fileName) {
	const url = URL.createObjectURL(blob);
	const link = document.createElement("a");
	link.href = url;
	link.download = fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1e4);
}
// src/features/admin/AuditLogPage.tsx
var isoDay = (date) => date ? date.slice(0, 10) : void 0;
/** The audit log: who called which vendor endpoint, for which patient key, with what outcome. */
function AuditLogPage() {
	const { t, i18n } = useTranslation("admin");
	const [form, setForm] = (0, import_react.useState)({
		actor: "",
		patientKey: "",
		vendor: "",
		from: null,
		to: null
	});
	const [filters, setFilters] = (0, import_react.useState)({});
	const audit = useGatewayAudit(filters);
	if (!hasGateway()) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AdminShell, {
		section: "audit",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NeedsGateway, {})
	});
	const search = (event) => {
		event.preventDefault();
		setFilters({
			actor: form.actor.trim() || void 0,
			patientKey: form.patientKey.trim() || void 0,
			vendor: form.vendor || void 0,
			from: isoDay(form.from),
			to: isoDay(form.to)
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(AdminShell, {
		section: "audit",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("form", {
				onSubmit: search,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					align: "flex-end",
					wrap: "wrap",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
							label: t("audit.user"),
							value: form.actor,
							onChange: (e) => setForm({
								...form,
								actor: e.currentTarget.value
							})
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
							label: t("audit.patientKey"),
							value: form.patientKey,
							onChange: (e) => setForm({
								...form,
								patientKey: e.currentTarget.value
							})
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
							label: t("audit.vendor"),
							value: form.vendor,
							onChange: (e) => setForm({
								...form,
								vendor: e.currentTarget.value
							}),
							data: [
								{
									value: "",
									label: t("audit.anyVendor")
								},
								...vendorIds.map((id) => ({
									value: id,
									label: vendorNames[id]
								})),
								{
									value: "gateway",
									label: "Gateway"
								}
							]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DayInput, {
							w: 180,
							label: t("audit.from"),
							value: form.from,
							onChange: (from) => setForm({
								...form,
								from
							})
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DayInput, {
							w: 180,
							label: t("audit.to"),
							value: form.to,
							onChange: (to) => setForm({
								...form,
								to
							})
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							type: "submit",
							"data-testid": "audit-search",
							children: t("audit.search")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							variant: "default",
							onClick: () => {
								setForm({
									actor: "",
									patientKey: "",
									vendor: "",
									from: null,
									to: null
								});
								setFilters({});
							},
							children: t("audit.clear")
						})
					]
				})
			}),
			audit.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(GatewayErrorAlert, {
				error: audit.error,
				onRetry: () => void audit.refetch()
			}),
			audit.data && audit.data.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: t("audit.empty") }),
			audit.data && audit.data.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				"aria-live": "polite",
				children: t("audit.count", { count: audit.data.length })
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollTable, {
				label: t("sections.audit"),
				minWidth: 860,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table, {
					striped: true,
					"data-testid": "audit-table",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Thead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
							scope: "col",
							children: t("audit.at")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
							scope: "col",
							children: t("audit.user")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
							scope: "col",
							children: t("audit.vendor")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
							scope: "col",
							children: t("audit.endpoint")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
							scope: "col",
							children: t("audit.patientKey")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
							scope: "col",
							children: t("audit.outcome")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
							scope: "col",
							children: t("audit.duration")
						})
					] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: audit.data.map((entry) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: formatDateTime(entry.at, i18n.language) }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: entry.actor_name ? `${entry.actor_name} (${entry.actor})` : entry.actor }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: entry.vendor }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, {
							style: { overflowWrap: "anywhere" },
							children: entry.endpoint
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: entry.patient_key ?? "—" }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Td, { children: [entry.outcome, entry.status ? ` (${entry.status})` : ""] }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: entry.duration_ms === null ? "—" : `${entry.duration_ms} ms` })
					] }, entry.id)) })]
				})
			})] })
		]
	});
}
// src/features/admin/DeliveryLogPage.tsx
/** The webhook deliveries the gateway received, payloads decrypted (admins only), and the ones it refused. */
function DeliveryLogPage() {
	const { t, i18n } = useTranslation("admin");
	const [vendor, setVendor] = (0, import_react.useState)(null);
	const log = useGatewayDeliveries(vendor);
	if (!hasGateway()) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AdminShell, {
		section: "deliveries",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NeedsGateway, {})
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(AdminShell, {
		section: "deliveries",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
				label: t("deliveries.vendor"),
				maw: 260,
				value: vendor ?? "",
				onChange: (event) => setVendor(event.currentTarget.value || null),
				data: [
					{
						value: "",
						label: t("deliveries.all")
					},
					{
						value: "solo",
						label: "Teladoc Health Solo"
					},
					{
						value: "impilo",
						label: "Impilo"
					}
				]
			}),
			log.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(GatewayErrorAlert, {
				error: log.error,
				onRetry: () => void log.refetch()
			}),
			log.data && log.data.deliveries.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: t("deliveries.empty") }),
			log.data && log.data.deliveries.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
				gap: "sm",
				"data-testid": "deliveries",
				children: log.data.deliveries.map((delivery) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: 4,
					p: "sm",
					style: {
						border: "1px solid var(--mantine-color-default-border)",
						borderRadius: 4
					},
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							fw: 600,
							children: [
								delivery.vendor,
								" · ",
								delivery.eventType,
								delivery.subject ? ` · ${delivery.subject}` : ""
							]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							size: "sm",
							children: [
								t("deliveries.receivedAt"),
								": ",
								formatDateTime(delivery.receivedAt, i18n.language)
							]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							fw: 500,
							children: t("deliveries.payload")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Code, {
							block: true,
							children: JSON.stringify(delivery.payload, null, 2)
						})
					]
				}, delivery.id))
			}),
			log.data && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				children: t("deliveries.refusals")
			}), log.data.refusals.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: t("deliveries.noRefusals") }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollTable, {
				label: t("deliveries.refusals"),
				minWidth: 480,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Thead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
						scope: "col",
						children: t("deliveries.receivedAt")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
						scope: "col",
						children: t("deliveries.vendor")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
						scope: "col",
						children: t("deliveries.reason")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
						scope: "col",
						children: t("deliveries.from")
					})
				] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: log.data.refusals.map((refusal) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: formatDateTime(refusal.at, i18n.language) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: refusal.vendor }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: refusal.reason === "forged" || refusal.reason === "replayed" || refusal.reason === "malformed" ? t(`deliveries.reasons.${refusal.reason}`) : refusal.reason }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: refusal.source_ip ?? "—" })
				] }, refusal.id)) })] })
			})] })
		]
	});
}
// src/features/admin/IntegrationsPage.tsx
/** Each vendor's status as the gateway sees it (reachable, last error, latency) and the mode. */
function IntegrationsPage() {
	const { t, i18n } = useTranslation("admin");
	const integrations = useGatewayIntegrations();
	const check = useCheckIntegrations();
	if (!hasGateway()) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(AdminShell, {
		section: "overview",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, { children: [
			t("integrations.mode"),
			": ",
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: t("integrations.modes.mock") })
		] }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NeedsGateway, {})]
	});
	const data = check.data ?? integrations.data;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(AdminShell, {
		section: "overview",
		children: [
			integrations.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(GatewayErrorAlert, {
				error: integrations.error,
				onRetry: () => void integrations.refetch()
			}),
			check.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(GatewayErrorAlert, { error: check.error }),
			data && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "xl",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, { children: [
						t("integrations.mode"),
						": ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: t(`integrations.modes.${data.mode}`) })
					] }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, { children: [
						t("integrations.database"),
						": ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: t(`integrations.databases.${data.database}`) })
					] }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						variant: "light",
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconRefresh, {
							size: 16,
							"aria-hidden": true
						}),
						loading: check.isPending,
						onClick: () => check.mutate(),
						children: t("integrations.check")
					})
				]
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollTable, {
				label: t("sections.overview"),
				minWidth: 640,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table, {
					striped: true,
					"data-testid": "integrations-table",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Thead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
							scope: "col",
							children: t("integrations.vendor")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
							scope: "col",
							children: t("integrations.state")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
							scope: "col",
							children: t("integrations.latency")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
							scope: "col",
							children: t("integrations.lastError")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
							scope: "col",
							children: t("integrations.calls")
						})
					] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: data.vendors.map((v) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
							scope: "row",
							children: vendorNames[v.vendor]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: !v.configured ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							fw: 600,
							children: t("integrations.notConfigured")
						}) : v.reachable === null ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							fw: 600,
							children: t("integrations.unknown")
						}) : v.reachable ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							fw: 600,
							children: t("integrations.reachable")
						}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							fw: 600,
							children: t("integrations.unreachable")
						}) }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: v.latencyMs ? t("integrations.ms", v.latencyMs) : "—" }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: v.lastError ? `${v.lastError.message} · ${formatDateTime(v.lastError.at, i18n.language)}` : t("integrations.none") }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: v.calls })
					] }, v.vendor)) })]
				})
			})] })
		]
	});
}
// src/features/admin/components/use-notify.ts
/** A short confirmation toast whose close button has a name (axe: button-name). */
function useNotify() {
	const { t } = useTranslation();
	return (0, import_react.useCallback)((message) => notifications.show({
		color: "teal",
		message,
		closeButtonProps: { "aria-label": t("common.close") }
	}), [t]);
}
// src/features/admin/ReportsPage.tsx
function checkRange(range) {
	const problem = {};
	if (!range.from) problem.from = "reports.required";
	if (!range.to) problem.to = "reports.required";
	else if (range.from && range.to < range.from) problem.to = "reports.rangeInvalid";
	return problem;
}
function RangeInputs({ range, onChange, problem, idPrefix }) {
	const { t } = useTranslation("admin");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
		align: "flex-start",
		wrap: "wrap",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DayInput, {
			w: 180,
			id: `${idPrefix}-from`,
			label: t("reports.from"),
			value: range.from,
			onChange: (from) => onChange({
				...range,
				from
			}),
			error: problem.from ? t(problem.from) : void 0,
			required: true
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DayInput, {
			w: 180,
			id: `${idPrefix}-to`,
			label: t("reports.to"),
			value: range.to,
			onChange: (to) => onChange({
				...range,
				to
			}),
			error: problem.to ? t(problem.to) : void 0,
			required: true
		})]
	});
}
/** Solo's CSV data dump for a date range, and encounter reports: create → status polled → download. */
function ReportsPage() {
	const { t } = useTranslation("admin");
	const [csvRange, setCsvRange] = (0, import_react.useState)({
		from: null,
		to: null
	});
	const [csvProblem, setCsvProblem] = (0, import_react.useState)({});
	const csv = useDownloadSoloCsvDataDump();
	const notify = useNotify();
	const [reportRange, setReportRange] = (0, import_react.useState)({
		from: null,
		to: null
	});
	const [reportProblem, setReportProblem] = (0, import_react.useState)({});
	const [presetId, setPresetId] = (0, import_react.useState)("");
	const [password, setPassword] = (0, import_react.useState)("");
	const [fieldProblem, setFieldProblem] = (0, import_react.useState)({});
	const create = useCreateSoloEncounterReport();
	const reportId = create.data?.id ?? "";
	const status = useSoloEncounterReportStatus(reportId);
	const download = useDownloadSoloEncounterReport();
	const state = status.data?.status ?? (create.isPending ? "pending" : null);
	const downloadCsv = () => {
		const problem = checkRange(csvRange);
		setCsvProblem(problem);
		if (problem.from || problem.to) return;
		csv.mutate({
			from: csvRange.from.slice(0, 10),
			to: csvRange.to.slice(0, 10)
		}, { onSuccess: (file) => {
			const name = file.fileName ?? `solo-data-${csvRange.from}-${csvRange.to}.csv`;
			saveFile(file.blob, name);
			notify(t("reports.downloaded", { name }));
		} });
	};
	const createReport = () => {
		const problem = checkRange(reportRange);
		const fields = {
			preset: !presetId.trim(),
			password: !password
		};
		setReportProblem(problem);
		setFieldProblem(fields);
		if (problem.from || problem.to || fields.preset || fields.password) return;
		const from = /* @__PURE__ */ new Date(`${reportRange.from.slice(0, 10)}T00:00:00Z`);
		const to = /* @__PURE__ */ new Date(`${reportRange.to.slice(0, 10)}T23:59:59Z`);
		create.mutate({
			from: toSoloAtom(from),
			to: toSoloAtom(to),
			presetId: presetId.trim(),
			password
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(AdminShell, {
		section: "reports",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
			withBorder: true,
			p: "md",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: "sm",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
						order: 2,
						children: t("reports.csvTitle")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						children: t("reports.csvBody")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(RangeInputs, {
						idPrefix: "csv",
						range: csvRange,
						onChange: setCsvRange,
						problem: csvProblem
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						onClick: downloadCsv,
						loading: csv.isPending,
						"data-testid": "csv-download",
						children: t("reports.download")
					}) }),
					csv.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
						error: csv.error,
						title: t("reports.failed")
					})
				]
			})
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
			withBorder: true,
			p: "md",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: "sm",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
						order: 2,
						children: t("reports.encounterTitle")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						children: t("reports.encounterBody")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(RangeInputs, {
						idPrefix: "report",
						range: reportRange,
						onChange: setReportRange,
						problem: reportProblem
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						align: "flex-start",
						wrap: "wrap",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
							label: t("reports.preset"),
							value: presetId,
							onChange: (e) => setPresetId(e.currentTarget.value),
							error: fieldProblem.preset ? t("reports.required") : void 0,
							required: true
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PasswordInput, {
							label: t("reports.password"),
							value: password,
							onChange: (e) => setPassword(e.currentTarget.value),
							error: fieldProblem.password ? t("reports.required") : void 0,
							autoComplete: "new-password",
							required: true
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						onClick: createReport,
						loading: create.isPending,
						"data-testid": "report-create",
						children: t("reports.create")
					}) }),
					create.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
						error: create.error,
						title: t("reports.failed")
					}),
					state && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
						gap: 4,
						"data-testid": "report-status",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							"aria-live": "polite",
							children: t("reports.status", { status: t(`reports.statuses.${state}`) })
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Progress, {
							value: state === "pending" ? 50 : 100,
							animated: state === "pending",
							color: state === "failed" ? "red" : void 0,
							"aria-label": t(`reports.statuses.${state}`)
						})]
					}),
					status.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
						error: status.error,
						onRetry: () => void status.refetch()
					}),
					state === "failed" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
						color: "red",
						children: t("reports.failed")
					}),
					state === "completed" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						variant: "light",
						loading: download.isPending,
						"data-testid": "report-download",
						onClick: () => download.mutate(reportId, { onSuccess: (file) => {
							const name = file.fileName ?? `encounter-report-${reportId}.zip`;
							saveFile(file.blob, name);
							notify(t("reports.downloaded", { name }));
						} }),
						children: t("reports.downloadReport")
					}) }),
					download.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: download.error })
				]
			})
		})]
	});
}
// src/features/admin/SettingsPage.tsx
/** Kept on the server: Eden's facility → time zone map, and the idle-lock minutes (which the server's idle timeout follows). */
function SettingsPage() {
	const { t, i18n } = useTranslation("admin");
	const settings = useGatewaySettings();
	const save = useSaveGatewaySettings();
	const notify = useNotify();
	const zones = (0, import_react.useMemo)(() => Intl.supportedValuesOf("timeZone"), []);
	const [rows, setRows] = (0, import_react.useState)([]);
	const [minutes, setMinutes] = (0, import_react.useState)(15);
	const [problems, setProblems] = (0, import_react.useState)([]);
	const [minutesProblem, setMinutesProblem] = (0, import_react.useState)(false);
	(0, import_react.useEffect)(() => {
		if (!settings.data) return;
		setRows(Object.entries(settings.data.facilityZones).map(([facility, zone]) => ({
			facility,
			zone
		})));
		setMinutes(settings.data.idleLockMinutes);
	}, [settings.data]);
	if (!hasGateway()) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AdminShell, {
		section: "settings",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NeedsGateway, {})
	});
	const submit = () => {
		const seen = /* @__PURE__ */ new Set();
		const found = rows.map((row) => {
			const problem = {};
			const facility = row.facility.trim();
			if (!facility) problem.facility = "settings.facilityRequired";
			else if (seen.has(facility)) problem.facility = "settings.duplicate";
			seen.add(facility);
			if (!row.zone) problem.zone = "settings.zoneRequired";
			return problem;
		});
		const badMinutes = !(typeof minutes === "number" && Number.isInteger(minutes) && minutes >= 1 && minutes <= 60);
		setProblems(found);
		setMinutesProblem(badMinutes);
		const first = found.findIndex((p) => p.facility || p.zone);
		if (first >= 0) {
			document.getElementById(`facility-${first}`)?.focus();
			return;
		}
		if (badMinutes) {
			document.getElementById("idle-minutes")?.focus();
			return;
		}
		save.mutate({
			facilityZones: Object.fromEntries(rows.map((row) => [row.facility.trim(), row.zone])),
			idleLockMinutes: minutes
		}, { onSuccess: () => notify(t("settings.saved")) });
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(AdminShell, {
		section: "settings",
		children: [settings.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(GatewayErrorAlert, {
			error: settings.error,
			onRetry: () => void settings.refetch()
		}), settings.data && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
				withBorder: true,
				p: "md",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: "sm",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
							order: 2,
							children: t("settings.zonesTitle")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							children: t("settings.zonesBody")
						}),
						rows.map((row, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
							align: "flex-start",
							wrap: "wrap",
							"data-testid": "zone-row",
							children: [
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
									id: `facility-${index}`,
									label: t("settings.facility"),
									value: row.facility,
									onChange: (e) => setRows(rows.map((r, i) => i === index ? {
										...r,
										facility: e.currentTarget.value
									} : r)),
									error: problems[index]?.facility ? t(problems[index].facility) : void 0
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
									label: t("settings.zone"),
									value: row.zone,
									onChange: (e) => setRows(rows.map((r, i) => i === index ? {
										...r,
										zone: e.currentTarget.value
									} : r)),
									data: [{
										value: "",
										label: "—"
									}, ...zones],
									error: problems[index]?.zone ? t(problems[index].zone) : void 0
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
									mt: {
										base: 0,
										sm: 24
									},
									variant: "subtle",
									color: "red",
									"aria-label": `${t("settings.remove")} ${row.facility || index + 1}`,
									onClick: () => setRows(rows.filter((_, i) => i !== index)),
									children: t("settings.remove")
								})
							]
						}, index)),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							variant: "light",
							onClick: () => setRows([...rows, {
								facility: "",
								zone: ""
							}]),
							children: t("settings.addFacility")
						}) })
					]
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
				withBorder: true,
				p: "md",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: "sm",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
						order: 2,
						children: t("settings.idleTitle")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NumberInput, {
						id: "idle-minutes",
						label: t("settings.idleMinutes"),
						value: minutes,
						onChange: setMinutes,
						min: 1,
						max: 60,
						allowDecimal: false,
						maw: 360,
						error: minutesProblem ? t("settings.minutesRange") : void 0
					})]
				})
			}),
			(problems.some((p) => p.facility || p.zone) || minutesProblem) && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
				color: "red",
				variant: "light",
				role: "alert",
				children: t("settings.invalid")
			}),
			save.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(GatewayErrorAlert, { error: save.error }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				onClick: submit,
				loading: save.isPending,
				"data-testid": "settings-save",
				children: t("settings.save")
			}), settings.data.updatedAt && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "dimmed",
				children: t("settings.updated", {
					at: formatDateTime(settings.data.updatedAt, i18n.language),
					by: settings.data.updatedBy ?? "—"
				})
			})] })
		] })]
	});
}
// src/features/admin/components/ImpiloWebhooks.tsx
/** Impilo's webhooks: list, add (https only), delete. */
function ImpiloWebhooks() {
	const { t } = useTranslation("admin");
	const list = useImpiloWebhooks();
	const notify = useNotify();
	const create = useCreateImpiloWebhook();
	const remove = useDeleteImpiloWebhook();
	const [type, setType] = (0, import_react.useState)("order.status");
	const [url, setUrl] = (0, import_react.useState)("");
	const [urlError, setUrlError] = (0, import_react.useState)(null);
	const submit = () => {
		let valid = false;
		try {
			valid = new URL(url.trim()).protocol === "https:";
		} catch {
			valid = false;
		}
		const problem = !url.trim() ? "validation.required" : valid ? null : "webhooks.httpsRequired";
		setUrlError(problem);
		if (problem) {
			document.getElementById("impilo-url")?.focus();
			return;
		}
		create.mutate({
			type,
			url: url.trim()
		}, { onSuccess: () => {
			setUrl("");
			notify(t("webhooks.created"));
		} });
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
			order: 2,
			children: t("webhooks.impiloTitle")
		}),
		list.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
			error: list.error,
			onRetry: () => void list.refetch()
		}),
		list.data?.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: t("webhooks.empty") }),
		list.data && list.data.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollTable, {
			label: t("webhooks.impiloTitle"),
			minWidth: 480,
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table, {
				"data-testid": "impilo-webhooks",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Thead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
						scope: "col",
						children: t("webhooks.type")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
						scope: "col",
						children: t("webhooks.url")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
						scope: "col",
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(VisuallyHidden, { children: t("webhooks.delete") })
					})
				] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: list.data.map((webhook) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: webhook.type }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, {
						style: { overflowWrap: "anywhere" },
						children: webhook.url
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						size: "xs",
						variant: "light",
						color: "red",
						"aria-label": `${t("webhooks.delete")} ${webhook.type} ${webhook.url}`,
						onClick: () => {
							if (window.confirm(t("webhooks.deleteConfirm"))) remove.mutate(webhook.id, { onSuccess: () => notify(t("webhooks.deleted")) });
						},
						children: t("webhooks.delete")
					}) })
				] }, webhook.id)) })]
			})
		}),
		remove.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: remove.error }),
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
			withBorder: true,
			p: "sm",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				align: "flex-end",
				wrap: "wrap",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
						label: t("webhooks.type"),
						data: [...impiloWebhookTypes],
						value: type,
						onChange: (event) => setType(event.currentTarget.value)
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
						id: "impilo-url",
						label: t("webhooks.url"),
						value: url,
						onChange: (event) => setUrl(event.currentTarget.value),
						error: urlError ? t(urlError) : void 0,
						style: { flex: "1 1 16rem" },
						required: true
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						onClick: submit,
						loading: create.isPending,
						"data-testid": "impilo-submit",
						children: t("webhooks.create")
					})
				]
			}), create.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: create.error })]
		})
	] });
}
// src/features/admin/components/SoloWebhooks.tsx
function problemsOf(draft) {
	const problems = {};
	let url = null;
	try {
		url = new URL(draft.endpoint.trim());
	} catch {
		url = null;
	}
	if (!draft.endpoint.trim()) problems.endpoint = "validation.required";
	else if (!url || !["http:", "https:"].includes(url.protocol)) problems.endpoint = "webhooks.urlInvalid";
	if (draft.events.length === 0) problems.events = "validation.required";
	return problems;
}
function WebhookForm({ initial, submitLabel, pending, onSubmit, onCancel, idPrefix }) {
	const { t } = useTranslation("admin");
	const [draft, setDraft] = (0, import_react.useState)(initial);
	const [shown, setShown] = (0, import_react.useState)({});
	const receiver = `${window.location.origin}/webhooks/solo`;
	const submit = () => {
		const problems = problemsOf(draft);
		setShown(problems);
		if (problems.endpoint) document.getElementById(`${idPrefix}-endpoint`)?.focus();
		if (!problems.endpoint && !problems.events) onSubmit({
			endpoint: draft.endpoint.trim(),
			events: draft.events
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "sm",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
				id: `${idPrefix}-endpoint`,
				label: t("webhooks.endpoint"),
				description: t("webhooks.endpointHint", { url: receiver }),
				value: draft.endpoint,
				onChange: (event) => setDraft({
					...draft,
					endpoint: event.currentTarget.value
				}),
				error: shown.endpoint ? t(shown.endpoint) : void 0,
				"data-testid": `${idPrefix}-endpoint`,
				required: true
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox.Group, {
				label: t("webhooks.events"),
				value: draft.events,
				onChange: (events) => setDraft({
					...draft,
					events
				}),
				error: shown.events ? t(shown.events) : void 0,
				required: true,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SimpleGrid, {
					cols: {
						base: 1,
						sm: 2,
						md: 3
					},
					mt: "xs",
					spacing: "xs",
					children: soloWebhookEvents.map((event) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox, {
						value: event,
						label: event
					}, event))
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				onClick: submit,
				loading: pending,
				"data-testid": `${idPrefix}-submit`,
				children: submitLabel
			}), onCancel && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				variant: "default",
				onClick: onCancel,
				children: t("webhooks.cancel")
			})] })
		]
	});
}
function WebhookRow({ webhook }) {
	const { t } = useTranslation("admin");
	const [editing, setEditing] = (0, import_react.useState)(false);
	const notify = useNotify();
	const update = useUpdateSoloWebhook();
	const remove = useDeleteSoloWebhook();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
		withBorder: true,
		p: "sm",
		"data-testid": "solo-webhook",
		children: [
			editing ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(WebhookForm, {
				idPrefix: `solo-edit-${webhook.id}`,
				initial: {
					endpoint: webhook.endpoint,
					events: webhook.events
				},
				submitLabel: t("webhooks.save"),
				pending: update.isPending,
				onCancel: () => setEditing(false),
				onSubmit: (request) => update.mutate({
					webhookId: webhook.id,
					request
				}, { onSuccess: () => {
					setEditing(false);
					notify(t("webhooks.updated"));
				} })
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 4,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						fw: 600,
						style: { overflowWrap: "anywhere" },
						children: webhook.endpoint
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
						size: "sm",
						c: "dimmed",
						children: [
							t("webhooks.id"),
							": ",
							webhook.id
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						children: webhook.events.join(", ")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						mt: "xs",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							size: "xs",
							variant: "light",
							onClick: () => setEditing(true),
							children: t("webhooks.edit")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							size: "xs",
							variant: "light",
							color: "red",
							loading: remove.isPending,
							onClick: () => {
								if (window.confirm(t("webhooks.deleteConfirm"))) remove.mutate(webhook.id, { onSuccess: () => notify(t("webhooks.deleted")) });
							},
							children: t("webhooks.delete")
						})]
					})
				]
			}),
			update.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: update.error }),
			remove.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: remove.error })
		]
	});
}
/** Solo's webhooks: list, add (the encryption key is shown once), edit the events, delete. */
function SoloWebhooks() {
	const { t } = useTranslation("admin");
	const list = useSoloWebhooks();
	const notify = useNotify();
	const create = useCreateSoloWebhook();
	const [key, setKey] = (0, import_react.useState)(null);
	const [formKey, setFormKey] = (0, import_react.useState)(0);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
			order: 2,
			children: t("webhooks.soloTitle")
		}),
		list.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
			error: list.error,
			onRetry: () => void list.refetch()
		}),
		list.data?.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: t("webhooks.empty") }),
		list.data?.map((webhook) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(WebhookRow, { webhook }, webhook.id)),
		key && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Alert, {
			color: "blue",
			variant: "light",
			title: t("webhooks.keyOnce"),
			"data-testid": "solo-webhook-key",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("webhooks.keyBody")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Code, {
					block: true,
					mt: "xs",
					children: key
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					mt: "sm",
					size: "xs",
					onClick: () => setKey(null),
					children: t("webhooks.keyClose")
				})
			]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
			withBorder: true,
			p: "sm",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(WebhookForm, {
				idPrefix: "solo-new",
				initial: {
					endpoint: "",
					events: []
				},
				submitLabel: t("webhooks.create"),
				pending: create.isPending,
				onSubmit: (request) => create.mutate(request, { onSuccess: (created) => {
					setKey(created.encryptionKey);
					setFormKey((k) => k + 1);
					notify(t("webhooks.created"));
				} })
			}, formKey), create.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: create.error })]
		})
	] });
}
// src/features/admin/WebhooksPage.tsx
/** Solo's and Impilo's webhooks, through the vendors' own APIs (mocked in mock mode, proxied by the gateway). */
function WebhooksPage() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(AdminShell, {
		section: "webhooks",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloWebhooks, {}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ImpiloWebhooks, {})]
	});
}
// src/features/admin/AdminArea.tsx
/**
* Admin's pages, as one lazy chunk: loaded together when an admin first opens /admin. (Six chunks that each
* share a different handful of components with the first route made the bundler split that route's
* shared code finer, which cost it 13 KB gzip.)
*/
function AdminArea() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Routes, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			index: true,
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IntegrationsPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "webhooks",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(WebhooksPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "deliveries",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DeliveryLogPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "reports",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ReportsPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "settings",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SettingsPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "audit",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AuditLogPage, {})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Route, {
			path: "*",
			element: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Navigate, {
				to: "/admin",
				replace: true
			})
		})
	] });
}
export { AdminArea as default };
