const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/gateway-share-copy-DzWSubsH.js","assets/admin-BapNCdOD.js","assets/search-Bd_rEMYc.js","assets/rolldown-runtime-SbdDWaPq.js","assets/boot-CCHtFN9d.js","assets/preload-helper-BhofnfyO.js","assets/boot-xJBZfUJG.css","assets/CheckIcon-Cwl5gALt.js","assets/IconChevronDown-OkUoCsKk.js","assets/session-tTKx-X8h.js","assets/session-tZkRHlO9.js","assets/list-toggle-Yprc9Nmq.js","assets/search-B3UfxCfZ.css"])))=>i.map(i=>d[i]);
import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { $ as formatInstant, $t as factory, Ar as gatewaySession, Cn as useId$1, Ct as NativeSelect, Dt as Center, En as useMediaQuery, Et as Code, Ft as Alert, Gt as Transition, In as getDefaultZIndex, Ir as require_react, It as AccordionChevron, Jt as UnstyledButton, K as MappingError, Kt as Paper, Ln as createSafeContext, Nn as getSize, Nt as Anchor, Ot as Button, Pt as Text, R as instantToLocal, Rt as Input, St as SegmentedControl, Tn as useIsomorphicEffect, U as parseIsoDate, Un as InputError, Ut as ActionIcon, V as localToInstant, Vt as Group, Wt as Loader, Xt as Collapse, Zn as vendorNames, Zt as Box, bt as TextInput, cn as useProps, ct as sessionShareRegister, en as genericFactory, et as formatLocalDate, gn as createVarsResolver, hn as clsx, in as extractStyleProps, jn as getRadius, kt as Badge, ln as useMantineTheme, lt as withServerCopy, mt as IconShare, nn as getStyleObject, on as useStyles, pn as getThemeColor, qn as VendorError, st as useProvidedShareRegister, ut as useTranslation, vt as createReactComponent, wt as List, xn as useMergedRef, xt as Stack, yn as useUncontrolled, yr as require_jsx_runtime, yt as Title, z as isIsoDate, zn as rem } from "./boot-CCHtFN9d.js";
import { t as Radio } from "./Radio-B5s8Yllv.js";
import { t as SimpleGrid } from "./SimpleGrid-1HP91LG8.js";
import { t as IconInfoCircle } from "./IconInfoCircle-B_ArYEuX.js";
import { n as Controller, o as useForm, r as get, s as Fieldset, t as useFormDraft } from "./use-form-draft-D2Qhoe7n.js";
import { _ as getPostDicomFolderViewUrl, a as usePostDicomAccount, m as usePostDicomUserGroupList } from "./queries-C-TE7ghd.js";
import { t as AppModal } from "./Dialogs-BkEEmPKW.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { a as getRefProp, i as getArrowMergeDropdownStyles, n as getFloatingPosition, r as FloatingArrow } from "./Popover-CMrlGPcZ.js";
import { r as getSingleElementChild } from "./FocusTrap-D-9SopGv.js";
import { $ as postDicomExpireDateSchema, Cn as boolean, En as literal, G as getPostDicomViewUrl, Gn as useDismiss, Hn as FloatingDelayGroup, Jn as useHover, Kn as useFloating, Kt as soloEndpoints, Mn as union, On as object, Pn as url, Q as postDicomEmailSchema, Qn as flip, Un as safePolygon, Wn as useDelayGroup, Xn as useRole, Y as parsePostDicomInput, Yn as useInteractions, Zn as arrow, ar as autoUpdate, at as postDicomNonEmptyIdListSchema, en as soloClient, er as inline, gn as parseInput, jn as string, lt as postDicomSuccessSchema, nr as offset, nt as postDicomIdSchema, or as getOverflowAncestors, q as runPostDicom, qn as useFocus, rr as shift, sr as useDirection, vn as toInputIssue, zn as Table } from "./search-Bd_rEMYc.js";
import { t as OptionalPortal } from "./OptionalPortal-CFQJJIIb.js";
import { t as IconCheck } from "./IconCheck-Bwx3kdqu.js";
import { t as DateField } from "./DateField-B5fO42cl.js";
import { t as MultiSelect } from "./MultiSelect-YFdjvgtM.js";
import { n as InlineInputClasses, r as InputsGroupFieldset, t as InlineInput } from "./InlineInput-DVzr8fKC.js";
import { t as Textarea } from "./Textarea-BTFd2lSa.js";
import { t as Checkbox } from "./Checkbox-CTnuPsUm.js";
import { t as TagsInput } from "./TagsInput-C8xFxz2e.js";
import { i as PasswordInput, n as soloLinkSexes, r as soloLinkUserTypes, t as soloContextLinkSchema } from "./linking-BAvRG6uJ.js";
import { t as Progress } from "./Progress-Cfc_n2W9.js";
import { t as __vitePreload } from "./preload-helper-BhofnfyO.js";
import { n as getSafeId, t as createScopedKeydownHandler } from "./create-scoped-keydown-handler-CPu679db.js";
import { a as getSoloVideoCallLinksByExternalId, i as getSoloProviderLink, o as getSoloVideoCallLinksBySaid, r as getSoloMsTeamsProviderLink } from "./appointments-s3rFyF1D.js";
// node_modules/@mantine/hooks/esm/use-clipboard/use-clipboard.mjs
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
function useClipboard(options = {}) {
	const timeout = options.timeout ?? 2e3;
	const [error, setError] = (0, import_react.useState)(null);
	const [copied, setCopied] = (0, import_react.useState)(false);
	const timeoutRef = (0, import_react.useRef)(null);
	(0, import_react.useEffect)(() => () => {
		window.clearTimeout(timeoutRef.current);
	}, []);
	const handleCopyResult = (value) => {
		window.clearTimeout(timeoutRef.current);
		timeoutRef.current = window.setTimeout(() => setCopied(false), timeout);
		setCopied(value);
	};
	const copy = (value) => {
		if ("clipboard" in navigator) navigator.clipboard.writeText(value).then(() => {
			setError(null);
			handleCopyResult(true);
		}).catch((err) => setError(err));
		else setError(/* @__PURE__ */ new Error("useClipboard: navigator.clipboard is not supported"));
	};
	const reset = () => {
		setCopied(false);
		setError(null);
		window.clearTimeout(timeoutRef.current);
	};
	return {
		copy,
		reset,
		error,
		copied
	};
}
// node_modules/@mantine/core/esm/components/Transition/get-transition-props/get-transition-props.mjs
var import_jsx_runtime = require_jsx_runtime();
var defaultTransition = {
	duration: 100,
	transition: "fade"
};
function getTransitionProps(transitionProps, componentTransition) {
	return {
		...defaultTransition,
		...componentTransition,
		...transitionProps
	};
}
// node_modules/@mantine/core/esm/components/Accordion/Accordion.context.mjs
var [AccordionProvider, useAccordionContext] = createSafeContext("Accordion component was not found in the tree");
// node_modules/@mantine/core/esm/components/Accordion/AccordionItem.context.mjs
var [AccordionItemProvider, useAccordionItemContext] = createSafeContext("Accordion.Item component was not found in the tree");
// node_modules/@mantine/core/esm/components/Accordion/Accordion.module.mjs
var Accordion_module_default = {
	"root": "m_9bdbb667",
	"panel": "m_df78851f",
	"content": "m_4ba554d4",
	"itemTitle": "m_8fa820a0",
	"control": "m_4ba585b8",
	"control--default": "m_6939a5e9",
	"control--contained": "m_4271d21b",
	"label": "m_df3ffa0f",
	"chevron": "m_3f35ae96",
	"icon": "m_9bd771fe",
	"item": "m_9bd7b098",
	"item--default": "m_fe19b709",
	"item--contained": "m_1f921b3b",
	"item--filled": "m_2cdf939a",
	"item--separated": "m_9f59b069"
};
// node_modules/@mantine/core/esm/components/Accordion/AccordionControl/AccordionControl.mjs
var AccordionControl = factory((props) => {
	const { classNames, className, style, styles, vars, chevron, icon, onClick, onKeyDown, children, disabled, mod, ...others } = useProps("AccordionControl", null, props);
	const { value } = useAccordionItemContext();
	const ctx = useAccordionContext();
	const isActive = ctx.isItemActive(value);
	const shouldWrapWithHeading = typeof ctx.order === "number";
	const Heading = `h${ctx.order}`;
	const content = /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(UnstyledButton, {
		...ctx.getStyles("control", {
			className,
			classNames,
			style,
			styles,
			variant: ctx.variant
		}),
		unstyled: ctx.unstyled,
		mod: [
			"accordion-control",
			{
				active: isActive,
				"chevron-position": ctx.chevronPosition,
				disabled
			},
			mod
		],
		onClick: (event) => {
			onClick?.(event);
			ctx.onChange(value);
		},
		type: "button",
		disabled,
		"aria-expanded": isActive,
		"aria-controls": ctx.getRegionId(value),
		id: ctx.getControlId(value),
		onKeyDown: createScopedKeydownHandler({
			siblingSelector: "[data-accordion-control]",
			parentSelector: "[data-accordion]",
			activateOnFocus: false,
			loop: ctx.loop,
			orientation: "vertical",
			onKeyDown
		}),
		...others,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
				component: "span",
				mod: {
					rotate: !ctx.disableChevronRotation && isActive,
					position: ctx.chevronPosition
				},
				...ctx.getStyles("chevron", {
					classNames,
					styles
				}),
				children: chevron || ctx.chevron
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				...ctx.getStyles("label", {
					classNames,
					styles
				}),
				children
			}),
			icon && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
				component: "span",
				mod: { "chevron-position": ctx.chevronPosition },
				...ctx.getStyles("icon", {
					classNames,
					styles
				}),
				children: icon
			})
		]
	});
	return shouldWrapWithHeading ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Heading, {
		...ctx.getStyles("itemTitle", {
			classNames,
			styles
		}),
		children: content
	}) : content;
});
AccordionControl.displayName = "@mantine/core/AccordionControl";
AccordionControl.classes = Accordion_module_default;
// node_modules/@mantine/core/esm/components/Accordion/AccordionItem/AccordionItem.mjs
var AccordionItem = factory((props) => {
	const { classNames, className, style, styles, vars, value, mod, ...others } = useProps("AccordionItem", null, props);
	const ctx = useAccordionContext();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AccordionItemProvider, {
		value: { value },
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
			mod: [{ active: ctx.isItemActive(value) }, mod],
			...ctx.getStyles("item", {
				className,
				classNames,
				styles,
				style,
				variant: ctx.variant
			}),
			...others
		})
	});
});
AccordionItem.displayName = "@mantine/core/AccordionItem";
AccordionItem.classes = Accordion_module_default;
// node_modules/@mantine/core/esm/components/Accordion/AccordionPanel/AccordionPanel.mjs
var AccordionPanel = factory((props) => {
	const { classNames, className, style, styles, vars, children, keepMounted, keepMountedMode, ...others } = useProps("AccordionPanel", null, props);
	const { value } = useAccordionItemContext();
	const ctx = useAccordionContext();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Collapse, {
		...ctx.getStyles("panel", {
			className,
			classNames,
			style,
			styles
		}),
		expanded: ctx.isItemActive(value),
		transitionDuration: ctx.transitionDuration ?? 200,
		role: "region",
		id: ctx.getRegionId(value),
		"aria-labelledby": ctx.getControlId(value),
		keepMounted: keepMounted ?? ctx.keepMounted,
		keepMountedMode: keepMountedMode ?? ctx.keepMountedMode,
		...others,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
			...ctx.getStyles("content", {
				classNames,
				styles
			}),
			children
		})
	});
});
AccordionPanel.displayName = "@mantine/core/AccordionPanel";
AccordionPanel.classes = Accordion_module_default;
// node_modules/@mantine/core/esm/components/Accordion/Accordion.mjs
var defaultProps$6 = {
	multiple: false,
	loop: true,
	disableChevronRotation: false,
	disableCollapse: false,
	chevronPosition: "right",
	variant: "default",
	chevronSize: "auto",
	chevronIconSize: 16,
	keepMountedMode: "activity"
};
var varsResolver$3 = createVarsResolver((_, { transitionDuration, chevronSize, radius }) => ({ root: {
	"--accordion-transition-duration": transitionDuration === void 0 ? void 0 : `${transitionDuration}ms`,
	"--accordion-chevron-size": chevronSize === void 0 ? void 0 : rem(chevronSize),
	"--accordion-radius": radius === void 0 ? void 0 : getRadius(radius)
} }));
var Accordion = genericFactory((_props) => {
	const props = useProps("Accordion", defaultProps$6, _props);
	const { classNames, className, style, styles, unstyled, vars, children, multiple, value, defaultValue, onChange, id, loop, transitionDuration, disableChevronRotation, disableCollapse, chevronPosition, chevronSize, order, chevron, variant, radius, chevronIconSize, attributes, keepMounted, keepMountedMode, ...others } = props;
	const uid = useId$1(id);
	const [_value, handleChange] = useUncontrolled({
		value,
		defaultValue,
		finalValue: multiple ? [] : null,
		onChange
	});
	const isItemActive = (itemValue) => Array.isArray(_value) ? _value.includes(itemValue) : itemValue === _value;
	const handleItemChange = (itemValue) => {
		if (!Array.isArray(_value) && disableCollapse && itemValue === _value) return;
		const nextValue = Array.isArray(_value) ? _value.includes(itemValue) ? _value.filter((selectedValue) => selectedValue !== itemValue) : [..._value, itemValue] : itemValue === _value ? null : itemValue;
		handleChange(nextValue);
	};
	const getStyles = useStyles({
		name: "Accordion",
		classes: Accordion_module_default,
		props,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		varsResolver: varsResolver$3
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AccordionProvider, {
		value: {
			isItemActive,
			onChange: handleItemChange,
			getControlId: getSafeId(`${uid}-control`, "Accordion.Item component was rendered with invalid value or without value"),
			getRegionId: getSafeId(`${uid}-panel`, "Accordion.Item component was rendered with invalid value or without value"),
			chevron: chevron === null ? null : chevron || /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AccordionChevron, { size: chevronIconSize }),
			transitionDuration,
			disableChevronRotation,
			chevronPosition,
			order,
			loop,
			getStyles,
			variant,
			unstyled,
			keepMounted,
			keepMountedMode
		},
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
			...getStyles("root"),
			id: uid,
			...others,
			variant,
			"data-accordion": true,
			children
		})
	});
});
Accordion.classes = Accordion_module_default;
Accordion.varsResolver = varsResolver$3;
Accordion.displayName = "@mantine/core/Accordion";
Accordion.Item = AccordionItem;
Accordion.Panel = AccordionPanel;
Accordion.Control = AccordionControl;
Accordion.Chevron = AccordionChevron;
// node_modules/@mantine/core/esm/components/CopyButton/CopyButton.mjs
var defaultProps$5 = { timeout: 1e3 };
function CopyButton(props) {
	const { children, timeout, value, ...others } = useProps("CopyButton", defaultProps$5, props);
	const clipboard = useClipboard({ timeout });
	const copy = () => clipboard.copy(value);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_jsx_runtime.Fragment, { children: children({
		copy,
		copied: clipboard.copied,
		...others
	}) });
}
CopyButton.displayName = "@mantine/core/CopyButton";
// node_modules/@mantine/core/esm/components/Tooltip/TooltipFloating/use-floating-tooltip.mjs
function useFloatingTooltip({ offset, position, defaultOpened }) {
	const [opened, setOpened] = (0, import_react.useState)(defaultOpened);
	const boundaryRef = (0, import_react.useRef)(null);
	const { x, y, elements, refs, update, placement } = useFloating({
		placement: position,
		middleware: [shift({
			crossAxis: true,
			padding: 5,
			rootBoundary: "document"
		})]
	});
	const horizontalOffset = placement.includes("right") ? offset : position.includes("left") ? offset * -1 : 0;
	const verticalOffset = placement.includes("bottom") ? offset : position.includes("top") ? offset * -1 : 0;
	const handleMouseMove = (0, import_react.useCallback)(({ clientX, clientY }) => {
		if (!Number.isFinite(clientX) || !Number.isFinite(clientY)) return;
		refs.setPositionReference({ getBoundingClientRect() {
			return {
				width: 0,
				height: 0,
				x: clientX,
				y: clientY,
				left: clientX + horizontalOffset,
				top: clientY + verticalOffset,
				right: clientX,
				bottom: clientY
			};
		} });
	}, [elements.reference]);
	(0, import_react.useEffect)(() => {
		if (refs.floating.current) {
			const boundary = boundaryRef.current;
			boundary.addEventListener("mousemove", handleMouseMove);
			const parents = getOverflowAncestors(refs.floating.current);
			parents.forEach((parent) => {
				parent.addEventListener("scroll", update);
			});
			return () => {
				boundary.removeEventListener("mousemove", handleMouseMove);
				parents.forEach((parent) => {
					parent.removeEventListener("scroll", update);
				});
			};
		}
	}, [
		elements.reference,
		refs.floating.current,
		update,
		handleMouseMove,
		opened
	]);
	return {
		handleMouseMove,
		x,
		y,
		opened,
		setOpened,
		boundaryRef,
		floating: refs.setFloating
	};
}
// node_modules/@mantine/core/esm/components/Tooltip/Tooltip.module.mjs
var Tooltip_module_default = {
	"tooltip": "m_1b3c8819",
	"arrow": "m_f898399f"
};
// node_modules/@mantine/core/esm/components/Tooltip/TooltipFloating/TooltipFloating.mjs
var defaultProps$4 = {
	refProp: "ref",
	withinPortal: true,
	offset: 10,
	position: "right",
	zIndex: getDefaultZIndex("popover")
};
var varsResolver$2 = createVarsResolver((theme, { radius, color }) => ({ tooltip: {
	"--tooltip-radius": radius === void 0 ? void 0 : getRadius(radius),
	"--tooltip-bg": color ? getThemeColor(color, theme) : void 0,
	"--tooltip-color": color ? "var(--mantine-color-white)" : void 0
} }));
var TooltipFloating = factory((_props) => {
	const props = useProps("TooltipFloating", defaultProps$4, _props);
	const { children, refProp, withinPortal, style, className, classNames, styles, unstyled, radius, color, label, offset, position, multiline, zIndex, disabled, defaultOpened, variant, vars, portalProps, attributes, ref, ...others } = props;
	const theme = useMantineTheme();
	const getStyles = useStyles({
		name: "TooltipFloating",
		props,
		classes: Tooltip_module_default,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		rootSelector: "tooltip",
		vars,
		varsResolver: varsResolver$2
	});
	const { handleMouseMove, x, y, opened, boundaryRef, floating, setOpened } = useFloatingTooltip({
		offset,
		position,
		defaultOpened
	});
	const child = getSingleElementChild(children);
	if (!child) throw new Error("[@mantine/core] Tooltip.Floating component children should be an element or a component that accepts ref, fragments, strings, numbers and other primitive values are not supported");
	const targetRef = useMergedRef(boundaryRef, getRefProp(child), ref);
	const childProps = child.props;
	const onMouseEnter = (event) => {
		childProps.onMouseEnter?.(event);
		handleMouseMove(event);
		setOpened(true);
	};
	const onMouseLeave = (event) => {
		childProps.onMouseLeave?.(event);
		setOpened(false);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(OptionalPortal, {
		...portalProps,
		withinPortal,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
			...others,
			...getStyles("tooltip", { style: {
				...getStyleObject(style, theme),
				zIndex,
				display: !disabled && opened ? "block" : "none",
				top: Number.isFinite(y) ? Math.round(y) : "",
				left: Number.isFinite(x) ? Math.round(x) : ""
			} }),
			variant,
			ref: floating,
			mod: { multiline },
			children: label
		})
	}), (0, import_react.cloneElement)(child, {
		...childProps,
		[refProp]: targetRef,
		onMouseEnter,
		onMouseLeave
	})] });
});
TooltipFloating.classes = Tooltip_module_default;
TooltipFloating.varsResolver = varsResolver$2;
TooltipFloating.displayName = "@mantine/core/TooltipFloating";
// node_modules/@mantine/core/esm/components/Tooltip/TooltipGroup/TooltipGroup.mjs
var TooltipGroupContext = (0, import_react.createContext)({ withinGroup: false });
var defaultProps$3 = {
	openDelay: 0,
	closeDelay: 0
};
function TooltipGroup(props) {
	const { openDelay, closeDelay, children } = useProps("TooltipGroup", defaultProps$3, props);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TooltipGroupContext, {
		value: { withinGroup: true },
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FloatingDelayGroup, {
			delay: {
				open: openDelay,
				close: closeDelay
			},
			children
		})
	});
}
TooltipGroup.displayName = "@mantine/core/TooltipGroup";
TooltipGroup.extend = (c) => c;
// node_modules/@mantine/core/esm/components/Tooltip/use-tooltip.mjs
function getDefaultMiddlewares(middlewares) {
	if (middlewares === void 0) return {
		shift: true,
		flip: true
	};
	const result = { ...middlewares };
	if (middlewares.shift === void 0) result.shift = true;
	if (middlewares.flip === void 0) result.flip = true;
	return result;
}
function getTooltipMiddlewares(settings) {
	const middlewaresOptions = getDefaultMiddlewares(settings.middlewares);
	const middlewares = [offset(settings.offset)];
	if (middlewaresOptions.shift) middlewares.push(shift(typeof middlewaresOptions.shift === "boolean" ? { padding: 8 } : {
		padding: 8,
		...middlewaresOptions.shift
	}));
	if (middlewaresOptions.flip) middlewares.push(typeof middlewaresOptions.flip === "boolean" ? flip() : flip(middlewaresOptions.flip));
	middlewares.push(arrow({
		element: settings.arrowRef,
		padding: settings.arrowOffset
	}));
	if (middlewaresOptions.inline) middlewares.push(typeof middlewaresOptions.inline === "boolean" ? inline() : inline(middlewaresOptions.inline));
	else if (settings.inline) middlewares.push(inline());
	return middlewares;
}
function useTooltip(settings) {
	const [uncontrolledOpened, setUncontrolledOpened] = (0, import_react.useState)(settings.defaultOpened);
	const opened = typeof settings.opened === "boolean" ? settings.opened : uncontrolledOpened;
	const withinGroup = (0, import_react.use)(TooltipGroupContext).withinGroup;
	const uid = useId$1();
	const onChange = (0, import_react.useCallback)((_opened) => {
		setUncontrolledOpened(_opened);
		if (_opened) setCurrentId(uid);
	}, [uid]);
	const { x, y, context, refs, placement, middlewareData: { arrow: { x: arrowX, y: arrowY } = {} } } = useFloating({
		strategy: settings.strategy,
		placement: settings.position,
		open: opened,
		onOpenChange: onChange,
		middleware: getTooltipMiddlewares(settings),
		whileElementsMounted: autoUpdate
	});
	const { delay: groupDelay, currentId, setCurrentId } = useDelayGroup(context, { id: uid });
	const { getReferenceProps, getFloatingProps } = useInteractions([
		useHover(context, {
			enabled: settings.events?.hover,
			delay: withinGroup ? groupDelay : {
				open: settings.openDelay,
				close: settings.closeDelay
			},
			mouseOnly: !settings.events?.touch,
			handleClose: settings.interactive ? safePolygon() : null
		}),
		useFocus(context, {
			enabled: settings.events?.focus,
			visibleOnly: true
		}),
		useRole(context, { role: "tooltip" }),
		useDismiss(context, { enabled: typeof settings.opened === "undefined" })
	]);
	const previousPlacementRef = (0, import_react.useRef)(placement);
	useIsomorphicEffect(() => {
		if (previousPlacementRef.current !== placement) {
			previousPlacementRef.current = placement;
			settings.onPositionChange?.(placement);
		}
	}, [placement]);
	const isGroupPhase = opened && currentId && currentId !== uid;
	return {
		x,
		y,
		arrowX,
		arrowY,
		reference: refs.setReference,
		floating: refs.setFloating,
		getFloatingProps,
		getReferenceProps,
		isGroupPhase,
		opened,
		placement
	};
}
// node_modules/@mantine/core/esm/components/Tooltip/Tooltip.mjs
var defaultProps$2 = {
	position: "top",
	refProp: "ref",
	withinPortal: true,
	arrowSize: 4,
	arrowOffset: 5,
	arrowRadius: 0,
	arrowPosition: "side",
	offset: 5,
	transitionProps: {
		duration: 100,
		transition: "fade"
	},
	events: {
		hover: true,
		focus: false,
		touch: false
	},
	zIndex: getDefaultZIndex("popover"),
	middlewares: {
		flip: true,
		shift: true,
		inline: false
	}
};
var varsResolver$1 = createVarsResolver((theme, { radius, color, variant, autoContrast }) => {
	const colors = theme.variantColorResolver({
		theme,
		color: color || theme.primaryColor,
		autoContrast,
		variant: variant || "filled"
	});
	return { tooltip: {
		"--tooltip-radius": radius === void 0 ? void 0 : getRadius(radius),
		"--tooltip-bg": color ? colors.background : void 0,
		"--tooltip-color": color ? colors.color : void 0
	} };
});
var Tooltip = factory((_props) => {
	const props = useProps("Tooltip", defaultProps$2, _props);
	const { children, position, refProp, label, openDelay, closeDelay, onPositionChange, opened, defaultOpened, withinPortal, radius, color, classNames, styles, unstyled, style, className, withArrow, arrowSize, arrowOffset, arrowRadius, arrowPosition, offset, transitionProps, multiline, events, interactive, zIndex, disabled, onClick, onMouseEnter, onMouseLeave, inline, variant, keepMounted, vars, portalProps, mod, floatingStrategy, middlewares, autoContrast, attributes, target, ref, ...others } = props;
	const { dir } = useDirection();
	const arrowRef = (0, import_react.useRef)(null);
	const tooltip = useTooltip({
		position: getFloatingPosition(dir, position),
		closeDelay,
		openDelay,
		onPositionChange,
		opened,
		defaultOpened,
		events,
		interactive,
		arrowRef,
		arrowOffset,
		offset: typeof offset === "number" ? offset + (withArrow ? arrowSize / 2 : 0) : offset,
		inline,
		strategy: floatingStrategy,
		middlewares
	});
	(0, import_react.useEffect)(() => {
		const targetNode = target instanceof HTMLElement ? target : typeof target === "string" ? document.querySelector(target) : target?.current || null;
		if (targetNode) tooltip.reference(targetNode);
	}, [target, tooltip]);
	const getStyles = useStyles({
		name: "Tooltip",
		props,
		classes: Tooltip_module_default,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		rootSelector: "tooltip",
		vars,
		varsResolver: varsResolver$1
	});
	const child = getSingleElementChild(children);
	if (!target && !child) throw new Error("[@mantine/core] Tooltip component children should be an element or a component that accepts ref, fragments, strings, numbers and other primitive values are not supported");
	const tooltipStyles = getStyles("tooltip");
	const interactiveMod = interactive && !disabled && !!tooltip.opened;
	const mergeStyles = arrowPosition === "merge" && withArrow ? getArrowMergeDropdownStyles({
		position: tooltip.placement,
		dir
	}) : void 0;
	if (target) {
		const transition = getTransitionProps(transitionProps, {
			duration: 100,
			transition: "fade"
		});
		return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_jsx_runtime.Fragment, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(OptionalPortal, {
			...portalProps,
			withinPortal,
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Transition, {
				...transition,
				keepMounted,
				mounted: !disabled && !!tooltip.opened,
				duration: tooltip.isGroupPhase ? 10 : transition.duration,
				children: (transitionStyles) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
					...others,
					"data-fixed": floatingStrategy === "fixed" || void 0,
					variant,
					mod: [{
						multiline,
						interactive: interactiveMod
					}, mod],
					...tooltipStyles,
					...tooltip.getFloatingProps({
						ref: tooltip.floating,
						className: tooltipStyles.className,
						style: {
							...tooltipStyles.style,
							...transitionStyles,
							...mergeStyles,
							zIndex,
							top: tooltip.y ?? 0,
							left: tooltip.x ?? 0
						}
					}),
					children: [label, /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FloatingArrow, {
						ref: arrowRef,
						arrowX: tooltip.arrowX,
						arrowY: tooltip.arrowY,
						visible: withArrow,
						position: tooltip.placement,
						arrowSize,
						arrowOffset,
						arrowRadius,
						arrowPosition,
						...getStyles("arrow")
					})]
				})
			})
		}) });
	}
	const childProps = child.props;
	const targetRef = useMergedRef(tooltip.reference, getRefProp(child), ref);
	const transition = getTransitionProps(transitionProps, {
		duration: 100,
		transition: "fade"
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(OptionalPortal, {
		...portalProps,
		withinPortal,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Transition, {
			...transition,
			keepMounted,
			mounted: !disabled && !!tooltip.opened,
			duration: tooltip.isGroupPhase ? 10 : transition.duration,
			children: (transitionStyles) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
				...others,
				"data-fixed": floatingStrategy === "fixed" || void 0,
				variant,
				mod: [{
					multiline,
					interactive: interactiveMod
				}, mod],
				...tooltip.getFloatingProps({
					ref: tooltip.floating,
					className: getStyles("tooltip").className,
					style: {
						...getStyles("tooltip").style,
						...transitionStyles,
						...mergeStyles,
						zIndex,
						top: tooltip.y ?? 0,
						left: tooltip.x ?? 0
					}
				}),
				children: [label, /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FloatingArrow, {
					ref: arrowRef,
					arrowX: tooltip.arrowX,
					arrowY: tooltip.arrowY,
					visible: withArrow,
					position: tooltip.placement,
					arrowSize,
					arrowOffset,
					arrowRadius,
					arrowPosition,
					...getStyles("arrow")
				})]
			})
		})
	}), (0, import_react.cloneElement)(child, tooltip.getReferenceProps({
		onClick,
		onMouseEnter,
		onMouseLeave,
		onMouseMove: props.onMouseMove,
		onPointerDown: props.onPointerDown,
		onPointerEnter: props.onPointerEnter,
		...childProps,
		className: clsx(className, childProps.className),
		[refProp]: targetRef
	}))] });
});
Tooltip.classes = Tooltip_module_default;
Tooltip.varsResolver = varsResolver$1;
Tooltip.displayName = "@mantine/core/Tooltip";
Tooltip.Floating = TooltipFloating;
Tooltip.Group = TooltipGroup;
// node_modules/@mantine/core/esm/components/Switch/SwitchGroup/SwitchGroup.mjs
var SwitchGroupContext = (0, import_react.createContext)(null);
var defaultProps$1 = { hiddenInputValuesSeparator: "," };
var SwitchGroup = genericFactory(((props) => {
	const { value, defaultValue, onChange, size, wrapperProps, children, readOnly, name, hiddenInputValuesSeparator, hiddenInputProps, maxSelectedValues, disabled, ...others } = useProps("SwitchGroup", defaultProps$1, props);
	const [_value, setValue] = useUncontrolled({
		value,
		defaultValue,
		finalValue: [],
		onChange
	});
	const handleChange = (event) => {
		const itemValue = event.currentTarget.value;
		if (readOnly) return;
		const isCurrentlySelected = _value.includes(itemValue);
		if (!isCurrentlySelected && maxSelectedValues && _value.length >= maxSelectedValues) return;
		setValue(isCurrentlySelected ? _value.filter((item) => item !== itemValue) : [..._value, itemValue]);
	};
	const isDisabled = (switchValue) => {
		if (disabled) return true;
		if (!maxSelectedValues) return false;
		const isCurrentlySelected = _value.includes(switchValue);
		const hasReachedLimit = _value.length >= maxSelectedValues;
		return !isCurrentlySelected && hasReachedLimit;
	};
	const hiddenInputValue = _value.join(hiddenInputValuesSeparator);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SwitchGroupContext, {
		value: {
			value: _value,
			onChange: handleChange,
			size,
			isDisabled
		},
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Input.Wrapper, {
			size,
			...wrapperProps,
			...others,
			labelElement: "div",
			__staticSelector: "SwitchGroup",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(InputsGroupFieldset, {
				role: "group",
				children
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
				type: "hidden",
				name,
				value: hiddenInputValue,
				...hiddenInputProps
			})]
		})
	});
}));
SwitchGroup.classes = Input.Wrapper.classes;
SwitchGroup.displayName = "@mantine/core/SwitchGroup";
// node_modules/@mantine/core/esm/components/Switch/Switch.module.mjs
var Switch_module_default = {
	"root": "m_5f93f3bb",
	"input": "m_926b4011",
	"track": "m_9307d992",
	"thumb": "m_93039a1d",
	"trackLabel": "m_8277e082"
};
// node_modules/@mantine/core/esm/components/Switch/Switch.mjs
var defaultProps = {
	labelPosition: "right",
	withThumbIndicator: true
};
var varsResolver = createVarsResolver((theme, { radius, color, size }) => ({ root: {
	"--switch-radius": radius === void 0 ? void 0 : getRadius(radius),
	"--switch-height": getSize(size, "switch-height"),
	"--switch-width": getSize(size, "switch-width"),
	"--switch-thumb-size": getSize(size, "switch-thumb-size"),
	"--switch-label-font-size": getSize(size, "switch-label-font-size"),
	"--switch-track-label-padding": getSize(size, "switch-track-label-padding"),
	"--switch-color": color ? getThemeColor(color, theme) : void 0
} }));
var Switch = factory((_props) => {
	const props = useProps("Switch", defaultProps, _props);
	const { classNames, className, style, styles, unstyled, vars, color, label, offLabel, onLabel, id, size, radius, wrapperProps, thumbIcon, checked, defaultChecked, onChange, labelPosition, description, error, disabled, variant, rootRef, mod, withThumbIndicator, attributes, ...others } = props;
	const ctx = (0, import_react.use)(SwitchGroupContext);
	const _size = size || ctx?.size;
	const getStyles = useStyles({
		name: "Switch",
		props,
		classes: Switch_module_default,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		varsResolver
	});
	const { styleProps, rest } = extractStyleProps(others);
	const uuid = useId$1(id);
	const describedBy = [
		description ? `${uuid}-description` : void 0,
		error && typeof error !== "boolean" ? `${uuid}-error` : void 0,
		rest["aria-describedby"]
	].filter(Boolean).join(" ") || void 0;
	const withContextProps = {
		checked: ctx?.value.includes(rest.value) ?? checked,
		onChange: (event) => {
			ctx?.onChange(event);
			onChange?.(event);
		}
	};
	const _disabled = disabled || ctx?.isDisabled?.(rest.value);
	const [_checked, handleChange] = useUncontrolled({
		value: withContextProps.checked ?? checked,
		defaultValue: defaultChecked,
		finalValue: false
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(InlineInput, {
		...getStyles("root"),
		__staticSelector: "Switch",
		__stylesApiProps: props,
		id: uuid,
		size: _size,
		labelPosition,
		label,
		description,
		error,
		disabled: _disabled,
		bodyElement: "label",
		labelElement: "span",
		classNames,
		styles,
		unstyled,
		"data-checked": withContextProps.checked,
		variant,
		ref: rootRef,
		mod,
		attributes,
		inert: rest.inert,
		...styleProps,
		...wrapperProps,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
			...rest,
			...withContextProps,
			disabled: _disabled,
			checked: _checked,
			"data-checked": withContextProps.checked,
			onChange: (event) => {
				withContextProps.onChange?.(event);
				handleChange(event.currentTarget.checked);
			},
			id: uuid,
			type: "checkbox",
			role: "switch",
			inert: rest.inert,
			"aria-describedby": describedBy,
			...getStyles("input")
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
			"aria-hidden": "true",
			component: "span",
			mod: {
				error,
				"label-position": labelPosition,
				"without-labels": !onLabel && !offLabel
			},
			...getStyles("track"),
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
				component: "span",
				mod: {
					"reduce-motion": true,
					"with-thumb-indicator": withThumbIndicator && !thumbIcon
				},
				...getStyles("thumb"),
				children: thumbIcon
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				...getStyles("trackLabel"),
				children: _checked ? onLabel : offLabel
			})]
		})]
	});
});
Switch.classes = {
	...Switch_module_default,
	...InlineInputClasses
};
Switch.varsResolver = varsResolver;
Switch.displayName = "@mantine/core/Switch";
Switch.Group = SwitchGroup;
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconBrandTeams = createReactComponent("outline", "brand-teams", "BrandTeams", [
	["path", {
		"d": "M3 7h10v10h-10l0 -10",
		"key": "svg-0"
	}],
	["path", {
		"d": "M6 10h4",
		"key": "svg-1"
	}],
	["path", {
		"d": "M8 10v4",
		"key": "svg-2"
	}],
	["path", {
		"d": "M8.104 17c.47 2.274 2.483 4 4.896 4a5 5 0 0 0 5 -5v-7h-5",
		"key": "svg-3"
	}],
	["path", {
		"d": "M18 18a4 4 0 0 0 4 -4v-5h-4",
		"key": "svg-4"
	}],
	["path", {
		"d": "M13.003 8.83a3 3 0 1 0 -1.833 -1.833",
		"key": "svg-5"
	}],
	["path", {
		"d": "M15.83 8.36a2.5 2.5 0 1 0 .594 -4.117",
		"key": "svg-6"
	}]
]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconCopy = createReactComponent("outline", "copy", "Copy", [["path", {
	"d": "M7 9.667a2.667 2.667 0 0 1 2.667 -2.667h8.666a2.667 2.667 0 0 1 2.667 2.667v8.666a2.667 2.667 0 0 1 -2.667 2.667h-8.666a2.667 2.667 0 0 1 -2.667 -2.667l0 -8.666",
	"key": "svg-0"
}], ["path", {
	"d": "M4.012 16.737a2.005 2.005 0 0 1 -1.012 -1.737v-10c0 -1.1 .9 -2 2 -2h10c.75 0 1.158 .385 1.5 1",
	"key": "svg-1"
}]]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconExternalLink = createReactComponent("outline", "external-link", "ExternalLink", [
	["path", {
		"d": "M12 6h-6a2 2 0 0 0 -2 2v10a2 2 0 0 0 2 2h10a2 2 0 0 0 2 -2v-6",
		"key": "svg-0"
	}],
	["path", {
		"d": "M11 13l9 -9",
		"key": "svg-1"
	}],
	["path", {
		"d": "M15 4h5v5",
		"key": "svg-2"
	}]
]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconEyeOff = createReactComponent("outline", "eye-off", "EyeOff", [
	["path", {
		"d": "M10.585 10.587a2 2 0 0 0 2.829 2.828",
		"key": "svg-0"
	}],
	["path", {
		"d": "M16.681 16.673a8.717 8.717 0 0 1 -4.681 1.327c-3.6 0 -6.6 -2 -9 -6c1.272 -2.12 2.712 -3.678 4.32 -4.674m2.86 -1.146a9.055 9.055 0 0 1 1.82 -.18c3.6 0 6.6 2 9 6c-.666 1.11 -1.379 2.067 -2.138 2.87",
		"key": "svg-1"
	}],
	["path", {
		"d": "M3 3l18 18",
		"key": "svg-2"
	}]
]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconEye = createReactComponent("outline", "eye", "Eye", [["path", {
	"d": "M10 12a2 2 0 1 0 4 0a2 2 0 0 0 -4 0",
	"key": "svg-0"
}], ["path", {
	"d": "M21 12c-2.4 4 -5.4 6 -9 6c-3.6 0 -6.6 -2 -9 -6c2.4 -4 5.4 -6 9 -6c3.6 0 6.6 2 9 6",
	"key": "svg-1"
}]]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconKey = createReactComponent("outline", "key", "Key", [["path", {
	"d": "M16.555 3.843l3.602 3.602a2.877 2.877 0 0 1 0 4.069l-2.643 2.643a2.877 2.877 0 0 1 -4.069 0l-.301 -.301l-6.558 6.558a2 2 0 0 1 -1.239 .578l-.175 .008h-1.172a1 1 0 0 1 -.993 -.883l-.007 -.117v-1.172a2 2 0 0 1 .467 -1.284l.119 -.13l.414 -.414h2v-2h2v-2l2.144 -2.144l-.301 -.301a2.877 2.877 0 0 1 0 -4.069l2.643 -2.643a2.877 2.877 0 0 1 4.069 0",
	"key": "svg-0"
}], ["path", {
	"d": "M15 9h.01",
	"key": "svg-1"
}]]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconLink = createReactComponent("outline", "link", "Link", [
	["path", {
		"d": "M9 15l6 -6",
		"key": "svg-0"
	}],
	["path", {
		"d": "M11 6l.463 -.536a5 5 0 0 1 7.071 7.072l-.534 .464",
		"key": "svg-1"
	}],
	["path", {
		"d": "M13 18l-.397 .534a5.068 5.068 0 0 1 -7.127 0a4.972 4.972 0 0 1 0 -7.071l.524 -.463",
		"key": "svg-2"
	}]
]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconVideo = createReactComponent("outline", "video", "Video", [["path", {
	"d": "M15 10l4.553 -2.276a1 1 0 0 1 1.447 .894v6.764a1 1 0 0 1 -1.447 .894l-4.553 -2.276v-4",
	"key": "svg-0"
}], ["path", {
	"d": "M3 8a2 2 0 0 1 2 -2h8a2 2 0 0 1 2 2v8a2 2 0 0 1 -2 2h-8a2 2 0 0 1 -2 -2l0 -8",
	"key": "svg-1"
}]]);
// src/components/sharing/share-expiry.ts
/**
* Share expiry dates. PostDICOM takes an expiry as a calendar day (`YYYY-MM-DD`, no zone). ASSUMED: the
* share stays open through that whole day, read in the user's own zone (the vendor does not say which
* zone); "today" is always computed in the user's zone from an explicit instant, never `new Date()` here.
*/
/** The presets offered next to a custom date. */
var SHARE_EXPIRY_PRESET_DAYS = [
	7,
	30,
	90
];
/** The user's IANA zone (the browser's), e.g. `Europe/Madrid`. */
function userTimeZone() {
	return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
/** The calendar day of `now` in `timeZone`: `YYYY-MM-DD`. */
function isoDayIn(now, timeZone = userTimeZone()) {
	return instantToLocal(now, timeZone).date;
}
/** `YYYY-MM-DD` plus `days` calendar days (any sign). */
function addIsoDays(isoDay, days) {
	const { year, month, day } = parseIsoDate(isoDay);
	return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
function daysBetween(from, to) {
	const a = parseIsoDate(from);
	const b = parseIsoDate(to);
	return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 864e5);
}
/** Where a share stands on `today` (the user's calendar day). */
function shareExpiryStatus(expiresOn, today, soonDays = 3) {
	if (!expiresOn) return {
		state: "none",
		daysLeft: null
	};
	const daysLeft = daysBetween(today, expiresOn);
	if (daysLeft < 0) return {
		state: "expired",
		daysLeft
	};
	if (daysLeft < soonDays) return {
		state: "soon",
		daysLeft
	};
	return {
		state: "active",
		daysLeft
	};
}
/** "today", "tomorrow", "in 3 days", "2 days ago" (Intl, in the user's language). */
function formatRelativeDays(days, locale) {
	return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(days, "day");
}
/** Whether `value` is a real `YYYY-MM-DD` day that is not before `today`. */
function isUsableExpiry(value, today) {
	return isIsoDate(value) && value >= today;
}
/** The expiry day a choice gives on `today`; null for "none". A custom day is returned as typed. */
function resolveShareExpiry(choice, customDate, today) {
	if (choice === "none") return null;
	if (choice === "date") return customDate.trim();
	return addIsoDays(today, Number(choice));
}
// src/components/sharing/CopyLink.tsx
/** A link the user can read, select, copy (one click) and open. */
function CopyLink({ link, label, openable = false, testId }) {
	const { t } = useTranslation("sharing");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
		gap: "xs",
		wrap: "nowrap",
		align: "flex-end",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
				label,
				value: link,
				readOnly: true,
				onFocus: (event) => event.currentTarget.select(),
				style: {
					flex: 1,
					minWidth: 0
				},
				"data-testid": testId
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(CopyButton, {
				value: link,
				timeout: 2e3,
				children: ({ copied, copy }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tooltip, {
					label: copied ? t("link.copied") : t("link.copy"),
					withArrow: true,
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ActionIcon, {
						size: "lg",
						variant: copied ? "filled" : "light",
						color: copied ? "teal.9" : void 0,
						onClick: copy,
						"aria-label": copied ? t("link.copied") : t("link.copyNamed", { name: label }),
						children: copied ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconCheck, {
							size: 18,
							"aria-hidden": true
						}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconCopy, {
							size: 18,
							"aria-hidden": true
						})
					})
				})
			}),
			openable && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tooltip, {
				label: t("link.open"),
				withArrow: true,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ActionIcon, {
					size: "lg",
					variant: "light",
					component: "a",
					href: link,
					target: "_blank",
					rel: "noopener noreferrer",
					"aria-label": t("link.openNamed", { name: label }),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconExternalLink, {
						size: 18,
						"aria-hidden": true
					})
				})
			})
		]
	});
}
// src/components/sharing/ExpiryField.tsx
/**
* The expiry of a share: 7, 30 or 90 days, a day of the user's choice, or (where the vendor allows it, and
* only when chosen on purpose) none. Under it, the last day of access in the user's language and zone.
*/
function ExpiryField({ choice, onChoiceChange, date, onDateChange, dateError, today, timeZone, allowNone = false, idPrefix }) {
	const { t, i18n } = useTranslation("sharing");
	const day = resolveShareExpiry(choice, date, today);
	const usable = day !== null && isUsableExpiry(day, today);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xs",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio.Group, {
				label: t("expiry.label"),
				value: choice,
				onChange: (value) => onChoiceChange(value),
				withAsterisk: !allowNone,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					gap: "md",
					mt: 4,
					children: [
						SHARE_EXPIRY_PRESET_DAYS.map((days) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
							value: `${days}`,
							label: t("expiry.days", { count: days })
						}, days)),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
							value: "date",
							label: t("expiry.pickDate")
						}),
						allowNone && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
							value: "none",
							label: t("expiry.none")
						})
					]
				})
			}),
			choice === "date" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateField, {
				id: `${idPrefix}-expiry-date`,
				label: t("expiry.date"),
				description: t("expiry.dateHint"),
				value: date,
				onChange: onDateChange,
				minDate: today,
				error: dateError,
				withAsterisk: true,
				maw: 260,
				"data-field": "expiryDate"
			}),
			choice !== "date" && dateError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "var(--mantine-color-error)",
				role: "alert",
				children: dateError
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "dimmed",
				"data-testid": "expiry-summary",
				"aria-live": "polite",
				children: day === null ? t("expiry.noneSummary") : usable ? t("expiry.summary", {
					date: formatLocalDate(day, i18n.language),
					relative: formatRelativeDays(daysBetween(today, day), i18n.language),
					zone: timeZone
				}) : ""
			})
		]
	});
}
// src/components/sharing/ShareFailure.tsx
/**
* What the share dialogs say when a share failed: one sentence for the error, whether part of it was sent
* already, and the problems that belong to no field.
*/
function ShareFailure({ error, unplaced, partlyDone }) {
	const { t } = useTranslation("sharing");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xs",
		"data-testid": "share-error",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error,
				title: t("failed")
			}),
			partlyDone && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("partlyDone")
			}),
			unplaced.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
				size: "sm",
				children: unplaced.map((issue) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List.Item, { children: t(issue.message, issue.params ?? {}) }, `${issue.path}|${issue.message}`))
			})
		]
	});
}
/** A restored draft, with the button that discards it. */
function DraftRestored({ message, onDiscard }) {
	const { t } = useTranslation("sharing");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
		color: "blue",
		variant: "light",
		icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconInfoCircle, { "aria-hidden": true }),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			justify: "space-between",
			gap: "xs",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: message
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				size: "xs",
				variant: "default",
				onClick: onDiscard,
				children: t("discardDraft")
			})]
		})
	});
}
// src/components/sharing/RecipientsField.tsx
/**
* Email recipients: type an address and press Enter, comma or space (pasted lists are split too). Each
* address becomes one share (the vendor sends to one address per call).
*/
function RecipientsField({ id, value, onChange, onBlur, error, label, description }) {
	const { t } = useTranslation("sharing");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TagsInput, {
		id,
		label: label ?? t("recipients.label"),
		description: description ?? t("recipients.hint"),
		placeholder: value.length === 0 ? t("recipients.placeholder") : void 0,
		value,
		onChange: (next) => onChange(next.map((address) => address.trim()).filter(Boolean)),
		onBlur,
		splitChars: [
			",",
			" ",
			";"
		],
		acceptValueOnBlur: true,
		allowDuplicates: true,
		clearable: true,
		error,
		withAsterisk: true,
		"data-field": "recipients",
		inputMode: "email",
		autoComplete: "off",
		clearButtonProps: { "aria-label": t("recipients.clear") }
	});
}
// src/components/sharing/EmailRecipientsFields.tsx
/**
* The recipients of a share by email, and the optional second address that gets the password, for any
* share form holding `EmailRecipientsValues`.
*/
function EmailRecipientsFields({ form, idPrefix, errorOf, passwordHint }) {
	const { t } = useTranslation("sharing");
	const name = (field) => field;
	const passwordToSecond = form.watch(name("passwordToSecondAddress"));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
			control: form.control,
			name: name("recipients"),
			render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(RecipientsField, {
				id: `${idPrefix}-recipients`,
				value: field.value,
				onChange: field.onChange,
				onBlur: field.onBlur,
				error: errorOf("recipients")
			})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox, {
			label: t("orders.passwordToSecond"),
			description: passwordHint,
			...form.register(name("passwordToSecondAddress"))
		}),
		passwordToSecond && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
			id: `${idPrefix}-password-email`,
			label: t("orders.passwordEmail"),
			type: "email",
			autoComplete: "off",
			withAsterisk: true,
			error: errorOf("passwordEmail"),
			"data-field": "passwordEmail",
			...form.register(name("passwordEmail"))
		})
	] });
}
var LOWER = "abcdefghijkmnopqrstuvwxyz";
var UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
var DIGITS = "23456789";
var SYMBOLS = "-_.!#%+=?@";
var ALL = LOWER + UPPER + DIGITS + SYMBOLS;
/** Passwords that are refused whatever their length (lower-cased, digits and symbols stripped from the ends). */
var COMMON = /* @__PURE__ */ new Set([
	"password",
	"passw0rd",
	"contraseña",
	"contrasena",
	"qwerty",
	"qwertyuiop",
	"letmein",
	"welcome",
	"bienvenido",
	"admin",
	"administrator",
	"iloveyou",
	"monkey",
	"dragon",
	"sunshine",
	"football",
	"abc",
	"abcdef",
	"secret",
	"changeme",
	"hospital",
	"clinica",
	"radiology",
	"radiologia"
]);
/** An unbiased random index below `max` (rejection sampling on WebCrypto bytes). */
function randomIndex(max) {
	const limit = 256 - 256 % max;
	const byte = /* @__PURE__ */ new Uint8Array(1);
	for (;;) {
		globalThis.crypto.getRandomValues(byte);
		const value = byte[0] ?? 0;
		if (value < limit) return value % max;
	}
}
function pick(alphabet) {
	return alphabet.charAt(randomIndex(alphabet.length));
}
/** A random password of `length` characters with every kind in it (WebCrypto). */
function generateSharePassword(length = 16) {
	const size = Math.max(length, 8);
	const chars = [
		pick(LOWER),
		pick(UPPER),
		pick(DIGITS),
		pick(SYMBOLS)
	];
	while (chars.length < size) chars.push(pick(ALL));
	for (let i = chars.length - 1; i > 0; i--) {
		const j = randomIndex(i + 1);
		[chars[i], chars[j]] = [chars[j], chars[i]];
	}
	return chars.join("");
}
function kinds(password) {
	return [
		/\p{Ll}/u,
		/\p{Lu}/u,
		/\p{Nd}/u,
		/[^\p{L}\p{Nd}]/u
	].filter((re) => re.test(password)).length;
}
function isPattern(password) {
	if (/^(.)\1*$/u.test(password)) return true;
	const codes = [...password].map((c) => c.codePointAt(0) ?? 0);
	const step = (codes[1] ?? 0) - (codes[0] ?? 0);
	return Math.abs(step) === 1 && codes.every((code, i) => i === 0 || code - (codes[i - 1] ?? 0) === step);
}
function isCommon(password) {
	const core = password.toLowerCase().replace(/^[\d\W_]+|[\d\W_]+$/gu, "").trim();
	return core === "" || COMMON.has(core);
}
/** Whether a typed password may be used, and how strong it looks. */
function assessSharePassword(password) {
	const problems = [];
	const length = [...password].length;
	if (length < 12) problems.push("tooShort");
	if (kinds(password) < 3) problems.push("fewKinds");
	if (length > 0 && isCommon(password)) problems.push("common");
	if (length > 1 && isPattern(password)) problems.push("pattern");
	const ok = problems.length === 0;
	let score = 0;
	if (length > 0) score = 1;
	if (ok) score = length >= 16 && kinds(password) === 4 ? 4 : 3;
	else if (length >= 8 && !problems.includes("common") && !problems.includes("pattern")) score = 2;
	return {
		ok,
		score,
		problems
	};
}
// src/components/sharing/PasswordField.tsx
var meterColors = [
	"red.9",
	"red.9",
	"orange.9",
	"teal.9",
	"teal.9"
];
var meterLabels = [
	"empty",
	"weak",
	"fair",
	"good",
	"strong"
];
/**
* The password recipients type to open a share: hidden by default (a toggle shows it), a generator
* (WebCrypto) and a strength meter. A generated password is shown, since the user has to pass it on. It is
* never kept in a draft or in browser storage.
*/
function PasswordField({ id, value, onChange, onBlur, error }) {
	const { t } = useTranslation("sharing");
	const { score } = assessSharePassword(value);
	const [visible, setVisible] = (0, import_react.useState)(false);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: 6,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PasswordInput, {
			id,
			label: t("password.label"),
			description: t("password.hint", { count: 12 }),
			value,
			visible,
			onVisibilityChange: setVisible,
			onChange: (event) => onChange(event.currentTarget.value),
			onBlur,
			error,
			"aria-invalid": error ? true : void 0,
			withAsterisk: true,
			autoComplete: "new-password",
			spellCheck: false,
			"data-field": "password",
			visibilityToggleButtonProps: { "aria-label": t("password.toggle") }
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			justify: "space-between",
			gap: "xs",
			wrap: "wrap",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "xs",
				wrap: "nowrap",
				style: {
					flex: 1,
					minWidth: 160
				},
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Progress.Root, {
					style: { flex: 1 },
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Progress.Section, {
						value: score * 25,
						color: meterColors[score],
						"aria-label": t("password.strength"),
						"aria-valuetext": t(`password.meter.${meterLabels[score]}`)
					})
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "xs",
					"data-testid": "password-strength",
					miw: 60,
					children: t(`password.meter.${meterLabels[score]}`)
				})]
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				size: "xs",
				variant: "light",
				leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconKey, {
					size: 14,
					"aria-hidden": true
				}),
				onClick: () => {
					onChange(generateSharePassword());
					setVisible(true);
				},
				children: t("password.generate")
			})]
		})]
	});
}
// src/components/sharing/share-validation.ts
function isEmailAddress(value) {
	return postDicomEmailSchema.safeParse(value.trim()).success;
}
/** Recipients: at least one, each a valid address, none twice. */
function checkRecipients(recipients, path, issues) {
	const clean = recipients.map((r) => r.trim()).filter(Boolean);
	if (clean.length === 0) {
		issues.push({
			path,
			message: "validation.noRecipient"
		});
		return clean;
	}
	const seen = /* @__PURE__ */ new Set();
	clean.forEach((address, index) => {
		const key = address.toLowerCase();
		if (!isEmailAddress(address)) issues.push({
			path: `${path}.${index}`,
			message: "validation.emailAddress",
			params: { address }
		});
		else if (seen.has(key)) issues.push({
			path: `${path}.${index}`,
			message: "validation.duplicateEmail",
			params: { address }
		});
		seen.add(key);
	});
	return clean;
}
/** The optional second address that gets the password: valid, and not one of the link's recipients. */
function checkPasswordEmail(wanted, value, recipients, path, issues) {
	if (!wanted) return null;
	const address = value.trim();
	if (!address) issues.push({
		path,
		message: "validation.required"
	});
	else if (!isEmailAddress(address)) issues.push({
		path,
		message: "validation.email"
	});
	else if (recipients.some((r) => r.trim().toLowerCase() === address.toLowerCase())) issues.push({
		path,
		message: "validation.passwordEmailIsRecipient"
	});
	return address || null;
}
var passwordMessages = {
	tooShort: "validation.passwordTooShort",
	fewKinds: "validation.passwordFewKinds",
	common: "validation.passwordCommon",
	pattern: "validation.passwordPattern"
};
/** A typed password: required and strong enough (the first problem is the one shown). */
function checkPassword(password, path, issues) {
	if (!password) {
		issues.push({
			path,
			message: "validation.required"
		});
		return;
	}
	const problem = assessSharePassword(password).problems[0];
	if (problem) issues.push({
		path,
		message: passwordMessages[problem]
	});
}
// src/components/sharing/share-orders-model.ts
function emptyShareOrdersForm(mode = "email") {
	return {
		mode,
		recipients: [],
		passwordToSecondAddress: false,
		passwordEmail: "",
		allowDownload: false,
		expiry: `7`,
		expiryDate: ""
	};
}
/** Checks an expiry choice: a real day, today or later. */
function checkExpiry(choice, customDate, today, issues) {
	const day = resolveShareExpiry(choice, customDate, today);
	if (day === null) return null;
	if (!day) issues.push({
		path: "expiryDate",
		message: "validation.required"
	});
	else if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) issues.push({
		path: "expiryDate",
		message: "validation.isoDate"
	});
	else if (!isIsoDate(day)) issues.push({
		path: "expiryDate",
		message: "validation.noSuchDate"
	});
	else if (day < today) issues.push({
		path: "expiryDate",
		message: "validation.expiryInPast"
	});
	return day;
}
/** The form's checks and the vendor calls it gives; issue paths are the form's fields. */
function planShareOrders(values, context) {
	const issues = [];
	const orderUuids = [...context.orderUuids];
	if (orderUuids.length === 0) issues.push({
		path: "",
		message: "validation.noStudies"
	});
	const expiresOn = checkExpiry(values.expiry, values.expiryDate, context.today, issues);
	const allowDownload = values.allowDownload === true;
	let recipients = [];
	let passwordEmail = null;
	if (values.mode === "email") {
		recipients = checkRecipients(values.recipients, "recipients", issues);
		passwordEmail = checkPasswordEmail(values.passwordToSecondAddress, values.passwordEmail, recipients, "passwordEmail", issues);
	}
	if (issues.length > 0) return {
		ok: false,
		issues
	};
	const base = {
		userUuid: context.userUuid,
		patientOrderUuidList: orderUuids,
		userCanDownloadStudies: allowDownload
	};
	const calls = values.mode === "link" ? [expiresOn ? {
		method: "CreateQuickShareLinkWithExpireDate",
		input: {
			...base,
			expireDate: expiresOn
		}
	} : {
		method: "CreateQuickShareLink",
		input: base
	}] : recipients.map((recipient) => {
		const input = {
			...base,
			emailAddress: recipient,
			emailAddressForSendingSharePassword: passwordEmail ?? ""
		};
		return expiresOn ? {
			method: "SharePatientOrderWithExpireDate",
			recipient,
			input: {
				...input,
				expireDate: expiresOn
			}
		} : {
			method: "SharePatientOrder",
			recipient,
			input
		};
	});
	return {
		ok: true,
		value: {
			mode: values.mode,
			orderUuids,
			recipients,
			passwordEmail,
			allowDownload,
			expiresOn,
			calls
		}
	};
}
/** The adapter's input fields → the form's (vendor and input errors land next to the right field). */
var shareOrdersFieldMap = {
	emailAddress: "recipients",
	emailAddressForSendingSharePassword: "passwordEmail",
	expireDate: "expiryDate",
	userCanDownloadStudies: "allowDownload"
};
// src/components/sharing/share-folder-model.ts
/**
* The "share folder" form (PostDICOM folders): by email or by link, "upload to this folder" by email or by
* link (for receiving studies from outside), or with the account's users or user groups. Every folder share
* has an expiry (the vendor's calls require one). Email and link shares carry a password, a title and a
* description; the title the console proposes never holds patient data (the user may type their own).
*/
var shareFolderModes = [
	"email",
	"url",
	"upload-email",
	"upload-url",
	"users",
	"groups"
];
var SHARE_DESCRIPTION_MAX_LENGTH = 1e3;
/** `title` is the console's own, patient-free proposal (translated by the caller). */
function emptyShareFolderForm(mode, title) {
	return {
		mode,
		recipients: [],
		passwordToSecondAddress: false,
		passwordEmail: "",
		password: "",
		title,
		description: "",
		allowDownload: false,
		expiry: `7`,
		expiryDate: "",
		userUuids: [],
		groupUuids: []
	};
}
function isEmailMode(mode) {
	return mode === "email" || mode === "upload-email";
}
function isLinkMode(mode) {
	return mode === "url" || mode === "upload-url";
}
function isUploadMode(mode) {
	return mode === "upload-email" || mode === "upload-url";
}
/** Modes with a password, a title and a description. */
function hasPassword(mode) {
	return isEmailMode(mode) || isLinkMode(mode);
}
function planShareFolder(values, context) {
	const issues = [];
	const { mode } = values;
	const expiresOn = checkExpiry(values.expiry, values.expiryDate, context.today, issues) ?? "";
	let recipients = [];
	let passwordEmail = null;
	const title = values.title.trim();
	const description = values.description.trim();
	if (isEmailMode(mode)) {
		recipients = checkRecipients(values.recipients, "recipients", issues);
		passwordEmail = checkPasswordEmail(values.passwordToSecondAddress, values.passwordEmail, recipients, "passwordEmail", issues);
	}
	if (hasPassword(mode)) {
		checkPassword(values.password, "password", issues);
		if (!title) issues.push({
			path: "title",
			message: "validation.required"
		});
		else if ([...title].length > 200) issues.push({
			path: "title",
			message: "validation.tooLong",
			params: { maximum: 200 }
		});
		if ([...description].length > 1e3) issues.push({
			path: "description",
			message: "validation.tooLong",
			params: { maximum: SHARE_DESCRIPTION_MAX_LENGTH }
		});
	}
	const userUuids = mode === "users" ? [...new Set(values.userUuids)] : [];
	const groupUuids = mode === "groups" ? [...new Set(values.groupUuids)] : [];
	if (mode === "users" && userUuids.length === 0) issues.push({
		path: "userUuids",
		message: "validation.noUsers"
	});
	if (mode === "groups" && groupUuids.length === 0) issues.push({
		path: "groupUuids",
		message: "validation.noGroups"
	});
	if (issues.length > 0) return {
		ok: false,
		issues
	};
	const base = {
		userUuid: context.userUuid,
		folderUuid: context.folderUuid,
		expireDate: expiresOn
	};
	const protectedShare = {
		...base,
		sharePassword: values.password,
		shareTitle: title,
		shareDescription: description,
		userCanDownloadStudies: values.allowDownload === true
	};
	let calls;
	if (isEmailMode(mode)) {
		const method = mode === "email" ? "ShareFolderWithEmail" : "ShareFolderToUploadWithEmail";
		calls = recipients.map((recipient) => ({
			method,
			recipient,
			input: {
				...protectedShare,
				emailAddress: recipient,
				emailAddressForSendingSharePassword: passwordEmail ?? ""
			}
		}));
	} else if (isLinkMode(mode)) calls = [{
		method: mode === "url" ? "ShareFolderWithURL" : "ShareFolderToUploadWithUrl",
		input: protectedShare
	}];
	else if (mode === "users") calls = [{
		method: "ShareFolderWithAccountUser",
		input: {
			...base,
			sharedUserUuidList: userUuids
		}
	}];
	else calls = [{
		method: "ShareFolderWithAccountUserGroup",
		input: {
			...base,
			sharedUserGroupUuidList: groupUuids
		}
	}];
	return {
		ok: true,
		value: {
			mode,
			folderUuid: context.folderUuid,
			recipients,
			passwordEmail,
			userUuids,
			groupUuids,
			title,
			allowDownload: hasPassword(mode) && values.allowDownload === true,
			expiresOn,
			calls
		}
	};
}
var shareFolderFieldMap = {
	emailAddress: "recipients",
	emailAddressForSendingSharePassword: "passwordEmail",
	sharePassword: "password",
	shareTitle: "title",
	shareDescription: "description",
	expireDate: "expiryDate",
	sharedUserUuidList: "userUuids",
	sharedUserGroupUuidList: "groupUuids",
	userCanDownloadStudies: "allowDownload"
};
// src/components/sharing/ShareFolderFields.tsx
/**
* The fields of a folder share that depend on its mode: the recipients (and the second address for the
* password), the account users or user groups, and the password, title, description and download
* permission of a share that carries a password.
*/
function ShareFolderFields({ form, mode, errorOf, users, groups }) {
	const { t } = useTranslation("sharing");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
		isEmailMode(mode) && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EmailRecipientsFields, {
			form,
			idPrefix: "share-folder",
			errorOf,
			passwordHint: t("folder.passwordToSecondHint")
		}),
		mode === "users" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
			control: form.control,
			name: "userUuids",
			render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(MultiSelect, {
				id: "share-folder-users",
				label: t("folder.users"),
				description: t("folder.usersHint"),
				data: users.map((u) => ({
					value: u.UserUuid,
					label: `${[u.FirstName, u.LastName].filter(Boolean).join(" ") || u.UserName} (${u.UserName})`
				})),
				value: field.value,
				onChange: field.onChange,
				onBlur: field.onBlur,
				error: errorOf("userUuids"),
				searchable: true,
				withAsterisk: true,
				nothingFoundMessage: t("folder.nothingFound"),
				"data-field": "userUuids"
			})
		}),
		mode === "groups" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [groups.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
			error: groups.error,
			onRetry: () => void groups.refetch()
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
			control: form.control,
			name: "groupUuids",
			render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(MultiSelect, {
				id: "share-folder-groups",
				label: t("folder.groups"),
				description: t("folder.groupsHint"),
				data: (groups.data ?? []).map((g) => ({
					value: g.UserGroupUuid,
					label: t("folder.groupOption", {
						name: g.UserGroupName,
						count: g.UserUuidList?.length ?? 0
					})
				})),
				value: field.value,
				onChange: field.onChange,
				onBlur: field.onBlur,
				error: errorOf("groupUuids"),
				searchable: true,
				withAsterisk: true,
				disabled: groups.isPending,
				nothingFoundMessage: t("folder.nothingFound"),
				"data-field": "groupUuids"
			})
		})] }),
		hasPassword(mode) && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
				control: form.control,
				name: "password",
				render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PasswordField, {
					id: "share-folder-password",
					value: field.value,
					onChange: field.onChange,
					onBlur: field.onBlur,
					error: errorOf("password")
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
				id: "share-folder-title",
				label: t("folder.shareTitle"),
				description: t("folder.shareTitleHint"),
				withAsterisk: true,
				maxLength: 250,
				error: errorOf("title"),
				"data-field": "title",
				...form.register("title")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Textarea, {
				id: "share-folder-description",
				label: t("folder.description"),
				description: t("folder.shareTitleHint"),
				autosize: true,
				minRows: 2,
				maxRows: 5,
				maxLength: 1050,
				error: errorOf("description"),
				"data-field": "description",
				...form.register("description")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Switch, {
				label: t("permissions.allowDownload"),
				description: t("permissions.allowDownloadHint"),
				...form.register("allowDownload"),
				"data-field": "allowDownload"
			})
		] })
	] });
}
// src/components/sharing/de-identify.ts
var MASK = "••••";
function words(text) {
	return text.split(/[\s^,]+/u).map((word) => word.trim()).filter(Boolean);
}
function initial(word) {
	return `${([...word.normalize("NFC")][0] ?? "").toLocaleUpperCase()}.`;
}
/**
* Two initials, given name then family name: a DICOM name (`GARCÍA LÓPEZ^MARÍA^JOSÉ`, family name first)
* gives `M. G.`, like a name written in order (`María José García` → `M. G.`). Enough for staff to tell two
* shares apart, too little to name anyone.
*/
function patientInitials(name) {
	if (!name?.trim()) return "";
	let given;
	let family;
	if (name.includes("^")) {
		const [familyPart = "", givenPart = "", middlePart = ""] = name.split("=")[0]?.split("^") ?? [];
		given = [...words(givenPart), ...words(middlePart)];
		family = words(familyPart);
	} else {
		const all = words(name);
		given = all.slice(0, 1);
		family = all.slice(1).slice(-1);
	}
	return [given[0], family[0]].filter((word) => Boolean(word)).map(initial).join(" ");
}
/** A DICOM name as people read it: `NÚÑEZ GARCÍA^MARÍA^JOSÉ` → `NÚÑEZ GARCÍA, MARÍA JOSÉ`; other names as they are. */
function readablePersonName(name) {
	if (!name.includes("^")) return name.trim();
	const [family = "", given = "", middle = ""] = name.split("=")[0]?.split("^") ?? [];
	const first = [given, middle].map((part) => part.trim()).filter(Boolean).join(" ");
	return [family.trim(), first].filter(Boolean).join(", ");
}
/** `12345678` → `••••78`; identifiers of three characters or fewer are masked whole. */
function maskIdentifier(id) {
	const value = id?.trim() ?? "";
	if (!value) return "";
	if ([...value].length <= 3) return MASK;
	return `${MASK}${[...value].slice(-2).join("")}`;
}
/** The subject as the register shows it by default: no name, no full identifier, no exact date. */
function deIdentifySubject(subject) {
	return {
		patient: [patientInitials(subject.patientName), maskIdentifier(subject.patientId)].filter(Boolean).join(" · "),
		study: [subject.modality?.trim(), subject.studyDate?.slice(0, 4)].filter(Boolean).join(" · ")
	};
}
/** The subject in full (after the user chose to reveal it). */
function identifySubject(subject) {
	return {
		patient: [subject.patientName ? readablePersonName(subject.patientName) : "", subject.patientId?.trim()].filter(Boolean).join(" · "),
		study: [
			subject.modality?.trim(),
			subject.studyDescription?.trim(),
			subject.studyDate,
			subject.accessionNumber?.trim()
		].filter(Boolean).join(" · ")
	};
}
// src/components/sharing/ShareSummary.tsx
/** The confirmation step: what will be shared, with whom, until when, with which permissions. */
function ShareSummary({ what, subjects = [], withWhom, passwordTo, expiresOn, today, timeZone, permissions, extra }) {
	const { t, i18n } = useTranslation("sharing");
	const locale = i18n.language;
	const rows = [
		[t("confirm.what"), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: 2,
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				fw: 600,
				children: what
			}), subjects.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
				size: "sm",
				spacing: 2,
				children: subjects.map((subject, index) => {
					const shown = identifySubject(subject);
					return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(List.Item, { children: [
						shown.patient,
						" — ",
						shown.study
					] }, index);
				})
			})]
		}, "what")],
		[t("confirm.withWhom"), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
			size: "sm",
			spacing: 2,
			"data-testid": "confirm-recipients",
			children: withWhom.map((who) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List.Item, { children: who }, who))
		}, "who")],
		...passwordTo ? [[t("confirm.passwordTo"), passwordTo]] : [],
		[t("confirm.until"), expiresOn ? t("expiry.summary", {
			date: formatLocalDate(expiresOn, locale),
			relative: formatRelativeDays(daysBetween(today, expiresOn), locale),
			zone: timeZone
		}) : t("expiry.noneSummary")],
		[t("confirm.permissions"), permissions.join(" · ")]
	];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "sm",
		"data-testid": "share-confirmation",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("confirm.intro")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table, {
				variant: "vertical",
				withTableBorder: true,
				layout: "fixed",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: rows.map(([label, value]) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
					w: {
						base: 110,
						sm: 160
					},
					children: label
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, {
					style: { overflowWrap: "anywhere" },
					children: value
				})] }, label)) })
			}),
			extra
		]
	});
}
// src/components/sharing/SharingStrings.tsx
/**
* The share components live on other workflows' pages too, which did not load the "sharing" strings: they
* load them here, under their own Suspense, so the host page never blanks while they arrive.
*/
function SharingStrings({ children, opened, onClose, fallbackTitle, fallback }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_react.Suspense, {
		fallback: fallback ?? (opened !== void 0 && onClose ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AppModal, {
			opened,
			onClose,
			title: fallbackTitle ?? "",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Center, {
				p: "md",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Loader, {
					size: "sm",
					"aria-label": fallbackTitle
				})
			})
		}) : null),
		children
	});
}
// src/api/postdicom/sharing.ts
/**
* Method group "sharing": orders by email (with / without expiry), quick links (with / without expiry);
* folders by email, by URL, to-runPostDicomUpload by email and by URL, with account users, with user groups.
* An expiry date in the past is refused before calling (InputError, code `expired-date`).
*/
/** UNCONFIRMED shape: link shares answer the link. */
var postDicomShareUrlResultSchema = postDicomSuccessSchema.extend({ ShareUrl: url() });
async function ack(method, invoke, options) {
	await runPostDicom({
		method,
		invoke,
		schema: postDicomSuccessSchema
	}, options);
}
async function link(method, invoke, options) {
	return (await runPostDicom({
		method,
		invoke,
		schema: postDicomShareUrlResultSchema
	}, options)).ShareUrl;
}
var postDicomShareOrdersByEmailInputSchema = object({
	userUuid: postDicomIdSchema,
	patientOrderUuidList: postDicomNonEmptyIdListSchema,
	/** Gets the link (and the password, unless `emailAddressForSendingSharePassword` is given). */
	emailAddress: postDicomEmailSchema,
	/** Optional: gets the password separately. */
	emailAddressForSendingSharePassword: union([literal(""), postDicomEmailSchema]).default(""),
	userCanDownloadStudies: boolean()
});
var postDicomShareOrdersByEmailWithExpiryInputSchema = postDicomShareOrdersByEmailInputSchema.extend({ expireDate: postDicomExpireDateSchema });
/** `SharePatientOrder(userUuid, orderUuidList, email, emailForSendingSharePassword, userCanDownloadStudies, callback)`. */
async function sharePostDicomPatientOrder(input, options = {}) {
	const v = parsePostDicomInput("SharePatientOrder", postDicomShareOrdersByEmailInputSchema, input);
	return ack("SharePatientOrder", (api, cb) => api.SharePatientOrder(v.userUuid, v.patientOrderUuidList, v.emailAddress, v.emailAddressForSendingSharePassword, v.userCanDownloadStudies, cb), options);
}
/** `SharePatientOrderWithExpireDate(…, expireDate, callback)`. */
async function sharePostDicomPatientOrderWithExpireDate(input, options = {}) {
	const v = parsePostDicomInput("SharePatientOrderWithExpireDate", postDicomShareOrdersByEmailWithExpiryInputSchema, input);
	return ack("SharePatientOrderWithExpireDate", (api, cb) => api.SharePatientOrderWithExpireDate(v.userUuid, v.patientOrderUuidList, v.emailAddress, v.emailAddressForSendingSharePassword, v.userCanDownloadStudies, v.expireDate, cb), options);
}
var postDicomQuickShareLinkInputSchema = object({
	userUuid: postDicomIdSchema,
	patientOrderUuidList: postDicomNonEmptyIdListSchema,
	userCanDownloadStudies: boolean()
});
var postDicomQuickShareLinkWithExpiryInputSchema = postDicomQuickShareLinkInputSchema.extend({ expireDate: postDicomExpireDateSchema });
/** `CreateQuickShareLink(userUuid, orderUuidList, userCanDownloadStudies, callback)`: the link. */
async function createPostDicomQuickShareLink(input, options = {}) {
	const v = parsePostDicomInput("CreateQuickShareLink", postDicomQuickShareLinkInputSchema, input);
	return link("CreateQuickShareLink", (api, cb) => api.CreateQuickShareLink(v.userUuid, v.patientOrderUuidList, v.userCanDownloadStudies, cb), options);
}
/** `CreateQuickShareLinkWithExpireDate(userUuid, orderUuidList, userCanDownloadStudies, expireDate, callback)`. */
async function createPostDicomQuickShareLinkWithExpireDate(input, options = {}) {
	const v = parsePostDicomInput("CreateQuickShareLinkWithExpireDate", postDicomQuickShareLinkWithExpiryInputSchema, input);
	return link("CreateQuickShareLinkWithExpireDate", (api, cb) => api.CreateQuickShareLinkWithExpireDate(v.userUuid, v.patientOrderUuidList, v.userCanDownloadStudies, v.expireDate, cb), options);
}
var folderShareBase = object({
	userUuid: postDicomIdSchema,
	folderUuid: postDicomIdSchema,
	/** What recipients type to open the share. */
	sharePassword: string().min(1),
	shareTitle: string().trim().min(1),
	shareDescription: string().trim().default(""),
	expireDate: postDicomExpireDateSchema,
	userCanDownloadStudies: boolean()
});
var postDicomShareFolderByUrlInputSchema = folderShareBase;
var postDicomShareFolderByEmailInputSchema = folderShareBase.extend({
	emailAddress: postDicomEmailSchema,
	emailAddressForSendingSharePassword: union([literal(""), postDicomEmailSchema]).default("")
});
async function shareFolderByEmailWith(method, input, options) {
	const v = parsePostDicomInput(method, postDicomShareFolderByEmailInputSchema, input);
	return ack(method, (api, cb) => api[method](v.userUuid, v.folderUuid, v.emailAddress, v.emailAddressForSendingSharePassword, v.sharePassword, v.shareTitle, v.shareDescription, v.expireDate, v.userCanDownloadStudies, cb), options);
}
async function shareFolderByUrlWith(method, input, options) {
	const v = parsePostDicomInput(method, postDicomShareFolderByUrlInputSchema, input);
	return link(method, (api, cb) => api[method](v.userUuid, v.folderUuid, v.sharePassword, v.shareTitle, v.shareDescription, v.expireDate, v.userCanDownloadStudies, cb), options);
}
/** `ShareFolderWithEmail(userUuid, folderUuid, emailAddress, emailAddressForSendingSharePassword, sharePassword, shareTitle, shareDescription, expireDate, userCanDownloadStudies, callback)`. */
var sharePostDicomFolderWithEmail = (input, options = {}) => shareFolderByEmailWith("ShareFolderWithEmail", input, options);
/** `ShareFolderToUploadWithEmail(…)`: recipients may runPostDicomUpload into the folder. */
var sharePostDicomFolderToUploadWithEmail = (input, options = {}) => shareFolderByEmailWith("ShareFolderToUploadWithEmail", input, options);
/** `ShareFolderWithURL(userUuid, folderUuid, sharePassword, shareTitle, shareDescription, expireDate, userCanDownloadStudies, callback)`: the link. */
var sharePostDicomFolderWithUrl = (input, options = {}) => shareFolderByUrlWith("ShareFolderWithURL", input, options);
/** `ShareFolderToUploadWithUrl(…)`: an runPostDicomUpload link. */
var sharePostDicomFolderToUploadWithUrl = (input, options = {}) => shareFolderByUrlWith("ShareFolderToUploadWithUrl", input, options);
var postDicomShareFolderWithAccountUsersInputSchema = object({
	userUuid: postDicomIdSchema,
	folderUuid: postDicomIdSchema,
	sharedUserUuidList: postDicomNonEmptyIdListSchema,
	expireDate: postDicomExpireDateSchema
});
var postDicomShareFolderWithUserGroupsInputSchema = object({
	userUuid: postDicomIdSchema,
	folderUuid: postDicomIdSchema,
	sharedUserGroupUuidList: postDicomNonEmptyIdListSchema,
	expireDate: postDicomExpireDateSchema
});
/**
* `ShareFolderWithAccountUser(userUuid, folderUuid, sharedUserUuidList, expireDate, callback)`. The doc's table
* also lists userCanDownloadStudies, but its signature has no such parameter: we follow the signature.
*/
async function sharePostDicomFolderWithAccountUser(input, options = {}) {
	const v = parsePostDicomInput("ShareFolderWithAccountUser", postDicomShareFolderWithAccountUsersInputSchema, input);
	return ack("ShareFolderWithAccountUser", (api, cb) => api.ShareFolderWithAccountUser(v.userUuid, v.folderUuid, v.sharedUserUuidList, v.expireDate, cb), options);
}
/** `ShareFolderWithAccountUserGroup(userUuid, folderUuid, sharedUserGroupUuidList, expireDate, callback)` (same note). */
async function sharePostDicomFolderWithAccountUserGroup(input, options = {}) {
	const v = parsePostDicomInput("ShareFolderWithAccountUserGroup", postDicomShareFolderWithUserGroupsInputSchema, input);
	return ack("ShareFolderWithAccountUserGroup", (api, cb) => api.ShareFolderWithAccountUserGroup(v.userUuid, v.folderUuid, v.sharedUserGroupUuidList, v.expireDate, cb), options);
}
/**
* The library refuses a share with `{ Success: false, Message }` and no field. This names the input field a
* refusal is about, so the form can show it there. ASSUMED wording (the vendor's page gives none): the
* simulation's messages, which follow the parameter names of the doc. Null: the message names no field.
*/
function postDicomShareRefusalField(message, input = {}) {
	const text = message.toLowerCase();
	if (text.includes("email")) {
		const second = input.emailAddressForSendingSharePassword;
		if (typeof second === "string" && second && text.includes(second.toLowerCase())) return "emailAddressForSendingSharePassword";
		return "emailAddress";
	}
	if (/expir/.test(text)) return "expireDate";
	if (text.includes("password")) return "sharePassword";
	if (text.includes("title")) return "shareTitle";
	if (text.includes("user group")) return "sharedUserGroupUuidList";
	if (/no user was given|^user not found/.test(text)) return "sharedUserUuidList";
	if (text.includes("patient order")) return "patientOrderUuidList";
	return null;
}
// src/components/sharing/share-calls.ts
/** One planned share call → the adapter's function. Answers the link when the vendor gives one. */
async function executeShareOrdersCall(call) {
	switch (call.method) {
		case "SharePatientOrder":
			await sharePostDicomPatientOrder(call.input);
			return null;
		case "SharePatientOrderWithExpireDate":
			await sharePostDicomPatientOrderWithExpireDate(call.input);
			return null;
		case "CreateQuickShareLink": return createPostDicomQuickShareLink(call.input);
		case "CreateQuickShareLinkWithExpireDate": return createPostDicomQuickShareLinkWithExpireDate(call.input);
	}
}
async function executeShareFolderCall(call) {
	switch (call.method) {
		case "ShareFolderWithEmail":
			await sharePostDicomFolderWithEmail(call.input);
			return null;
		case "ShareFolderToUploadWithEmail":
			await sharePostDicomFolderToUploadWithEmail(call.input);
			return null;
		case "ShareFolderWithURL": return sharePostDicomFolderWithUrl(call.input);
		case "ShareFolderToUploadWithUrl": return sharePostDicomFolderToUploadWithUrl(call.input);
		case "ShareFolderWithAccountUser":
			await sharePostDicomFolderWithAccountUser(call.input);
			return null;
		case "ShareFolderWithAccountUserGroup":
			await sharePostDicomFolderWithAccountUserGroup(call.input);
			return null;
	}
}
/**
* Sends the calls one after the other; each accepted one is reported (`onDone`, e.g. to the register) before
* the next is sent. Stops at the first failure, so the caller can keep only what was not sent for a retry:
* a retry never shares twice with the same recipient.
*/
async function runShareCalls(calls, execute, onDone) {
	const done = [];
	for (const call of calls) {
		let link;
		try {
			link = await execute(call);
		} catch (error) {
			return {
				done,
				failed: {
					call,
					error
				}
			};
		}
		done.push({
			call,
			link
		});
		await onDone(call, link);
	}
	return {
		done,
		failed: null
	};
}
// src/components/sharing/share-form-errors.ts
/** `recipients.1` / `recipients[1]` → `recipients.1` (react-hook-form's path syntax). */
function toFormPath(path) {
	return path.replace(/\[(\d+)\]/g, ".$1").replace(/^\./, "");
}
/** Puts issues whose paths are form fields on the form; returns those that name no field. */
function setShareIssues(setError, issues) {
	const unplaced = [];
	const done = /* @__PURE__ */ new Set();
	for (const issue of issues) {
		const path = toFormPath(issue.path);
		if (!path) {
			unplaced.push(issue);
			continue;
		}
		if (done.has(path)) continue;
		done.add(path);
		setError(path, {
			type: "input",
			message: issue.message,
			...issue.params ? { params: issue.params } : {}
		});
	}
	return unplaced;
}
/**
* A failed share call → issues on the form's fields: the adapter's `InputError` (paths are its input's
* names, e.g. `expireDate`) and a vendor's field errors, through `fieldMap`. A vendor message is kept as the
* detail of a sentence of ours, never shown raw on its own.
*/
function shareErrorIssues(error, fieldMap, input) {
	const field = (wire) => {
		if (typeof fieldMap === "function") return fieldMap(wire);
		const top = wire.split(/[.[]/)[0] ?? wire;
		return fieldMap[wire] ?? fieldMap[top] ?? "";
	};
	if (error instanceof InputError) return error.issues.map((issue) => ({
		...issue,
		path: field(issue.path)
	}));
	if (error instanceof VendorError) {
		const vendor = vendorNames[error.vendor];
		const wire = error.vendor === "postdicom" && Object.keys(error.fieldErrors).length === 0 ? postDicomShareRefusalField(error.vendorMessage, input) : null;
		if (wire) return [{
			path: field(wire),
			message: "validation.vendorRefused",
			params: {
				vendor,
				detail: error.vendorMessage
			}
		}];
		return Object.entries(error.fieldErrors).map(([wire, messages]) => ({
			path: field(wire),
			message: "validation.vendorRefused",
			params: {
				vendor,
				detail: messages.join(" ")
			}
		}));
	}
	return [];
}
/** A react-hook-form resolver from a share form's plan function (every check runs; first issue per field). */
function shareResolver(validate) {
	return (values) => {
		const result = validate(values);
		if (result.ok) return {
			values,
			errors: {}
		};
		const errors = {};
		for (const issue of result.issues) {
			const parts = (toFormPath(issue.path) || "root").split(".");
			let node = errors;
			for (const part of parts.slice(0, -1)) {
				node[part] ??= {};
				node = node[part];
			}
			const leaf = parts[parts.length - 1] ?? "root";
			if (!node[leaf]) node[leaf] = {
				type: "input",
				message: issue.message,
				params: issue.params
			};
		}
		return {
			values: {},
			errors
		};
	};
}
// src/components/sharing/use-acting-user.ts
/**
* The PostDICOM user the console acts as (every library call takes one). ASSUMED, until sign-in maps a staff
* member to a PostDICOM user: the account's first user (the front desk's shared user).
*/
function usePostDicomActingUser() {
	const account = usePostDicomAccount();
	return {
		userUuid: (account.data?.UserList[0])?.UserUuid,
		users: account.data?.UserList ?? [],
		account: account.data,
		isPending: account.isPending,
		error: account.error,
		refetch: account.refetch
	};
}
// src/components/sharing/use-share-field-errors.ts
/**
* The share forms' field messages, translated when shown (so a language switch re-translates them), in the
* "sharing" namespace with "common" as the fallback. A list field (the recipients) joins the messages of
* its items.
*/
function useShareFieldErrors(errors) {
	const { t } = useTranslation("sharing");
	const say = (error) => error?.message ? t(error.message, error.params ?? {}) : void 0;
	return (path) => {
		const error = get(errors, path);
		if (!error) return void 0;
		if (typeof error.message === "string") return say(error);
		const items = Object.values(error).filter((item) => typeof item?.message === "string").map(say);
		return items.length ? items.join(" ") : void 0;
	};
}
// src/components/sharing/use-share-register.ts
/** Behind the gateway: the session's register, each share also written to the gateway's (audit) register. */
var sessionWithGatewayCopy = null;
function withGatewayCopy() {
	sessionWithGatewayCopy ??= withServerCopy(sessionShareRegister, async (record) => (await __vitePreload(async () => {
		const { copyShareToGateway } = await import("./gateway-share-copy-DzWSubsH.js");
		return { copyShareToGateway };
	}, __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12]))).copyShareToGateway(record), (record) => console.warn(`The gateway did not record a share (${record.kind}).`));
	return sessionWithGatewayCopy;
}
function useShareRegister() {
	const register = useProvidedShareRegister();
	return register === sessionShareRegister && gatewaySession() ? withGatewayCopy() : register;
}
/** The register's shares, newest first, re-rendered on every change. */
function useShareRecords() {
	const register = useShareRegister();
	return (0, import_react.useSyncExternalStore)(register.subscribe, register.list, register.list);
}
// src/components/sharing/use-today.ts
var TICK_MS = 6e4;
/**
* The user's calendar day and zone, checked again every minute, so expiry states and "in 3 days" move on at
* midnight without a reload (and follow a pinned test clock that is moved forward).
*/
function useToday() {
	const [now, setNow] = (0, import_react.useState)(() => /* @__PURE__ */ new Date());
	(0, import_react.useEffect)(() => {
		const timer = setInterval(() => setNow(/* @__PURE__ */ new Date()), TICK_MS);
		return () => clearInterval(timer);
	}, []);
	const timeZone = userTimeZone();
	return {
		today: isoDayIn(now, timeZone),
		timeZone,
		now
	};
}
// src/components/sharing/ShareFolderDialog.tsx
function isShareFolderDraft(value) {
	const v = value;
	return typeof v === "object" && v !== null && Array.isArray(v.recipients) && typeof v.title === "string";
}
var kindOf = {
	email: "folder-email",
	url: "folder-link",
	"upload-email": "upload-email",
	"upload-url": "upload-link",
	users: "folder-users",
	groups: "folder-groups"
};
/**
* Share a PostDICOM folder: by email or as a link (with a password, a title, a description, an expiry and
* the download permission), ask someone to upload studies into it (by email or link), or share it with the
* account's users or user groups. A confirmation restates the share first; each accepted share goes to the
* share register. The password is never kept in a draft.
*
*   <ShareFolderDialog folder={{ uuid, name }} opened={open} onClose={close} initialMode="upload-url" />
*/
function ShareFolderDialog(props) {
	const { t } = useTranslation("common");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SharingStrings, {
		opened: props.opened,
		onClose: props.onClose,
		fallbackTitle: t("common.loading"),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareFolderDialogBody, { ...props })
	});
}
function ShareFolderDialogBody({ folder, opened, onClose, initialMode = "email" }) {
	const { t } = useTranslation("sharing");
	const phone = useMediaQuery("(max-width: 36em)") ?? false;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AppModal, {
		opened,
		onClose,
		title: t("folder.title", { name: folder.name }),
		size: "lg",
		fullScreen: phone,
		children: opened && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareFolderFlow, {
			folder,
			onClose,
			initialMode
		})
	});
}
function ShareFolderFlow({ folder, onClose, initialMode }) {
	const { t } = useTranslation("sharing");
	const acting = usePostDicomActingUser();
	const groups = usePostDicomUserGroupList(acting.userUuid);
	const { today, timeZone } = useToday();
	const register = useShareRegister();
	const context = (0, import_react.useRef)({
		userUuid: "",
		folderUuid: folder.uuid,
		today
	});
	context.current = {
		userUuid: acting.userUuid ?? "",
		folderUuid: folder.uuid,
		today
	};
	const resolver = (0, import_react.useMemo)(() => shareResolver((values) => planShareFolder(values, context.current)), []);
	const defaultTitle = (mode) => isUploadMode(mode) ? t("folder.defaultUploadTitle") : t("folder.defaultTitle");
	const form = useForm({
		defaultValues: emptyShareFolderForm(initialMode, defaultTitle(initialMode)),
		resolver,
		mode: "onSubmit",
		reValidateMode: "onChange"
	});
	const draft = useFormDraft(form, `share-folder:${folder.uuid}`, isShareFolderDraft, { omit: ["password", "mode"] });
	const errorOf = useShareFieldErrors(form.formState.errors);
	const [step, setStep] = (0, import_react.useState)("form");
	const [plan, setPlan] = (0, import_react.useState)(null);
	const [failure, setFailure] = (0, import_react.useState)(null);
	const [links, setLinks] = (0, import_react.useState)([]);
	const [busy, setBusy] = (0, import_react.useState)(false);
	const inFlight = (0, import_react.useRef)(false);
	const mode = form.watch("mode");
	const otherUsers = acting.users.filter((u) => u.UserUuid !== acting.userUuid);
	const userName = (uuid) => {
		const user = acting.users.find((u) => u.UserUuid === uuid);
		return user ? [user.FirstName, user.LastName].filter(Boolean).join(" ") || user.UserName : uuid;
	};
	const groupName = (uuid) => groups.data?.find((g) => g.UserGroupUuid === uuid)?.UserGroupName ?? uuid;
	const changeMode = (next) => {
		if (form.getValues("title") === defaultTitle(form.getValues("mode"))) form.setValue("title", defaultTitle(next));
		form.setValue("mode", next);
		form.clearErrors();
	};
	const review = form.handleSubmit((values) => {
		const result = planShareFolder(values, context.current);
		if (!result.ok) return;
		setFailure(null);
		setPlan(result.value);
		setStep("confirm");
	});
	const entryFor = (p, call, link) => ({
		vendor: "postdicom",
		kind: kindOf[p.mode],
		target: {
			type: "folder",
			ids: [p.folderUuid],
			label: folder.name
		},
		subjects: [],
		recipients: "recipient" in call ? [{
			kind: "email",
			label: call.recipient
		}, ...p.passwordEmail ? [{
			kind: "password-email",
			label: p.passwordEmail
		}] : []] : p.mode === "users" ? p.userUuids.map((uuid) => ({
			kind: "user",
			label: userName(uuid)
		})) : p.mode === "groups" ? p.groupUuids.map((uuid) => ({
			kind: "group",
			label: groupName(uuid)
		})) : [{
			kind: "link",
			label: ""
		}],
		expiresOn: p.expiresOn,
		permissions: {
			download: hasPassword(p.mode) ? p.allowDownload : null,
			upload: isUploadMode(p.mode),
			password: hasPassword(p.mode) ? "set" : "none"
		},
		link
	});
	const share = async () => {
		if (!plan || inFlight.current) return;
		inFlight.current = true;
		setBusy(true);
		setFailure(null);
		try {
			const result = await runShareCalls(plan.calls, executeShareFolderCall, (call, link) => register.add(entryFor(plan, call, link)));
			const found = result.done.flatMap(({ link }) => link ? [link] : []);
			setLinks(found);
			if (result.failed) {
				const sentTo = result.done.flatMap(({ call }) => "recipient" in call ? [call.recipient] : []);
				form.setValue("recipients", form.getValues("recipients").filter((r) => !sentTo.includes(r.trim())));
				const unplaced = setShareIssues(form.setError, shareErrorIssues(result.failed.error, shareFolderFieldMap, result.failed.call.input));
				setFailure({
					error: result.failed.error,
					unplaced
				});
				setStep("form");
				return;
			}
			draft.clear();
			setStep("done");
		} finally {
			inFlight.current = false;
			setBusy(false);
		}
	};
	if (draft.status === "loading") return null;
	if (acting.error) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
		error: acting.error,
		onRetry: () => void acting.refetch()
	});
	const withWhom = (p) => isEmailMode(p.mode) ? p.recipients : p.mode === "users" ? p.userUuids.map(userName) : p.mode === "groups" ? p.groupUuids.map(groupName) : [t("confirm.anyoneWithLink")];
	const permissionsOf = (p) => [
		isUploadMode(p.mode) ? t("permissions.upload") : t("permissions.view"),
		...hasPassword(p.mode) ? [p.allowDownload ? t("permissions.download") : t("permissions.noDownload")] : [],
		hasPassword(p.mode) ? t("permissions.passwordSet") : t("permissions.accountSignIn")
	];
	if (step === "done" && plan) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		"data-testid": "share-done",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Alert, {
				color: "teal",
				variant: "light",
				icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconInfoCircle, { "aria-hidden": true }),
				role: "status",
				children: [
					t(`folder.done.${plan.mode}`, { name: folder.name }),
					" ",
					t("register.added")
				]
			}),
			links.map((link) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CopyLink, {
				link,
				label: isUploadMode(plan.mode) ? t("link.uploadLink") : t("link.folderLink"),
				openable: true,
				testId: "share-link"
			}, link)),
			isLinkMode(plan.mode) && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("folder.sendPasswordApart")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
				justify: "flex-end",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					onClick: onClose,
					"data-autofocus": true,
					"data-testid": "share-close",
					children: t("actions.done")
				})
			})
		]
	});
	if (step === "confirm" && plan) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareSummary, {
		what: t(`folder.what.${plan.mode}`, { name: folder.name }),
		withWhom: withWhom(plan),
		passwordTo: plan.passwordEmail,
		expiresOn: plan.expiresOn,
		today,
		timeZone,
		permissions: permissionsOf(plan),
		extra: hasPassword(plan.mode) ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "sm",
			children: t("confirm.title", { title: plan.title })
		}) : null
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
		justify: "space-between",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
			variant: "default",
			onClick: () => setStep("form"),
			disabled: busy,
			children: t("actions.back")
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
			onClick: () => void share(),
			loading: busy,
			leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconShare, {
				size: 16,
				"aria-hidden": true
			}),
			"data-testid": "share-send",
			children: isLinkMode(plan.mode) ? t("actions.createLink") : t("actions.sendShare")
		})]
	})] });
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("form", {
		onSubmit: review,
		noValidate: true,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
			draft.status === "restored" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DraftRestored, {
				message: t("draftRestoredNoPassword"),
				onDiscard: draft.discard
			}),
			failure && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareFailure, {
				error: failure.error,
				unplaced: failure.unplaced,
				partlyDone: links.length > 0
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio.Group, {
				label: t("folder.modeLabel"),
				value: mode,
				onChange: (value) => changeMode(value),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SimpleGrid, {
					cols: {
						base: 1,
						sm: 2
					},
					spacing: "xs",
					mt: 6,
					children: shareFolderModes.map((value) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
						value,
						label: t(`folder.modes.${value}`)
					}, value))
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "dimmed",
				children: t(`folder.modeHints.${mode}`)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareFolderFields, {
				form,
				mode,
				errorOf,
				users: otherUsers,
				groups
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
				control: form.control,
				name: "expiry",
				render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ExpiryField, {
					idPrefix: "share-folder",
					choice: field.value,
					onChoiceChange: field.onChange,
					date: form.watch("expiryDate"),
					onDateChange: (value) => form.setValue("expiryDate", value, { shouldValidate: form.formState.isSubmitted }),
					dateError: errorOf("expiryDate"),
					today,
					timeZone
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				justify: "flex-end",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					variant: "default",
					onClick: onClose,
					children: t("actions.cancel")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					type: "submit",
					disabled: !acting.userUuid,
					loading: acting.isPending,
					"data-testid": "share-review",
					children: t("actions.review")
				})]
			})
		] })
	});
}
// src/components/sharing/shareable.ts
/** A search result (GetPatientOrderList…) → a shareable order. */
function shareableOrderFrom(order) {
	return {
		uuid: order.PatientOrderUuid,
		patientName: order.PatientName,
		patientId: order.PatientId,
		studyDescription: order.StudyDescription ?? "",
		studyDate: order.OrderDate,
		modality: order.OrderModality,
		accessionNumber: order.AccessionNumber ?? ""
	};
}
function subjectOf(order) {
	const { uuid: _uuid, ...subject } = order;
	return subject;
}
// src/components/sharing/ShareOrdersDialog.tsx
function isShareOrdersDraft(value) {
	const v = value;
	return typeof v === "object" && v !== null && Array.isArray(v.recipients) && typeof v.expiry === "string";
}
/**
* Share one or more PostDICOM studies: by email (the vendor mails the link and a password; the password
* may go to a second address) or as a quick link to copy. Downloads are off and an expiry 7 days out is set
* unless the user changes them; a confirmation restates the share before anything is sent; each accepted
* share goes to the share register.
*
*   <ShareOrdersDialog orders={[shareableOrderFrom(summary)]} opened={open} onClose={close} />
*/
function ShareOrdersDialog(props) {
	const { t } = useTranslation("common");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SharingStrings, {
		opened: props.opened,
		onClose: props.onClose,
		fallbackTitle: t("common.loading"),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareOrdersDialogBody, { ...props })
	});
}
function ShareOrdersDialogBody({ orders, opened, onClose, initialMode = "email" }) {
	const { t } = useTranslation("sharing");
	const phone = useMediaQuery("(max-width: 36em)") ?? false;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AppModal, {
		opened,
		onClose,
		title: t("orders.title", { count: orders.length }),
		size: "lg",
		fullScreen: phone,
		children: opened && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareOrdersFlow, {
			orders,
			onClose,
			initialMode
		})
	});
}
function ShareOrdersFlow({ orders, onClose, initialMode }) {
	const { t } = useTranslation("sharing");
	const acting = usePostDicomActingUser();
	const { today, timeZone } = useToday();
	const register = useShareRegister();
	const orderUuids = (0, import_react.useMemo)(() => orders.map((o) => o.uuid), [orders]);
	const context = (0, import_react.useRef)({
		userUuid: "",
		orderUuids,
		today
	});
	context.current = {
		userUuid: acting.userUuid ?? "",
		orderUuids,
		today
	};
	const resolver = (0, import_react.useMemo)(() => shareResolver((values) => planShareOrders(values, context.current)), []);
	const form = useForm({
		defaultValues: emptyShareOrdersForm(initialMode),
		resolver,
		mode: "onSubmit",
		reValidateMode: "onChange"
	});
	const draftName = `share-orders:${[...orderUuids].sort().join(",")}`;
	const draft = useFormDraft(form, draftName, isShareOrdersDraft, { omit: ["mode"] });
	const errorOf = useShareFieldErrors(form.formState.errors);
	const [step, setStep] = (0, import_react.useState)("form");
	const [plan, setPlan] = (0, import_react.useState)(null);
	const [failure, setFailure] = (0, import_react.useState)(null);
	const [links, setLinks] = (0, import_react.useState)([]);
	const [busy, setBusy] = (0, import_react.useState)(false);
	const inFlight = (0, import_react.useRef)(false);
	const mode = form.watch("mode");
	const review = form.handleSubmit((values) => {
		const result = planShareOrders(values, context.current);
		if (!result.ok) return;
		setFailure(null);
		setPlan(result.value);
		setStep("confirm");
	});
	const entryFor = (0, import_react.useCallback)((p, call, link) => {
		const byEmail = "recipient" in call;
		return {
			vendor: "postdicom",
			kind: byEmail ? "orders-email" : "orders-link",
			target: {
				type: "orders",
				ids: p.orderUuids
			},
			subjects: orders.map(subjectOf),
			recipients: byEmail ? [{
				kind: "email",
				label: call.recipient
			}, ...p.passwordEmail ? [{
				kind: "password-email",
				label: p.passwordEmail
			}] : []] : [{
				kind: "link",
				label: ""
			}],
			expiresOn: p.expiresOn,
			permissions: {
				download: p.allowDownload,
				upload: false,
				password: byEmail ? "vendor-emailed" : "none"
			},
			link
		};
	}, [orders]);
	const share = async () => {
		if (!plan || inFlight.current) return;
		inFlight.current = true;
		setBusy(true);
		setFailure(null);
		try {
			const result = await runShareCalls(plan.calls, executeShareOrdersCall, (call, link) => register.add(entryFor(plan, call, link)));
			const sentTo = result.done.flatMap(({ call }) => "recipient" in call ? [call.recipient] : []);
			if (result.failed) {
				const left = form.getValues("recipients").filter((r) => !sentTo.includes(r.trim()));
				form.setValue("recipients", left);
				const issues = shareErrorIssues(result.failed.error, shareOrdersFieldMap, result.failed.call.input);
				const unplaced = setShareIssues(form.setError, issues);
				setFailure({
					error: result.failed.error,
					unplaced
				});
				setLinks(result.done.flatMap(({ link }) => link ? [link] : []));
				setStep("form");
				return;
			}
			draft.clear();
			setLinks(result.done.flatMap(({ link }) => link ? [link] : []));
			setStep("done");
		} finally {
			inFlight.current = false;
			setBusy(false);
		}
	};
	if (draft.status === "loading") return null;
	if (acting.error) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
		error: acting.error,
		onRetry: () => void acting.refetch()
	});
	const permissionsText = (p) => [p.allowDownload ? t("permissions.download") : t("permissions.viewOnly"), p.mode === "email" ? t("permissions.vendorPassword") : t("permissions.anyoneWithLink")];
	if (step === "done" && plan) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		"data-testid": "share-done",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Alert, {
				color: "teal",
				variant: "light",
				icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconInfoCircle, { "aria-hidden": true }),
				role: "status",
				children: [
					plan.mode === "email" ? t("orders.sentTo", {
						count: plan.recipients.length,
						recipients: plan.recipients.join(", ")
					}) : t("orders.linkReady"),
					" ",
					t("register.added")
				]
			}),
			links.map((link) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CopyLink, {
				link,
				label: t("link.quickLink"),
				openable: true,
				testId: "share-link"
			}, link)),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
				justify: "flex-end",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					onClick: onClose,
					"data-autofocus": true,
					"data-testid": "share-close",
					children: t("actions.done")
				})
			})
		]
	});
	if (step === "confirm" && plan) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareSummary, {
		what: t("orders.what", { count: orders.length }),
		subjects: orders.map(subjectOf),
		withWhom: plan.mode === "email" ? plan.recipients : [t("confirm.anyoneWithLink")],
		passwordTo: plan.passwordEmail,
		expiresOn: plan.expiresOn,
		today,
		timeZone,
		permissions: permissionsText(plan)
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
		justify: "space-between",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
			variant: "default",
			onClick: () => setStep("form"),
			disabled: busy,
			children: t("actions.back")
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
			onClick: () => void share(),
			loading: busy,
			leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconShare, {
				size: 16,
				"aria-hidden": true
			}),
			"data-testid": "share-send",
			children: plan.mode === "email" ? t("actions.sendShare") : t("actions.createLink")
		})]
	})] });
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("form", {
		onSubmit: review,
		noValidate: true,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
			draft.status === "restored" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DraftRestored, {
				message: t("draftRestored"),
				onDiscard: draft.discard
			}),
			failure && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareFailure, {
				error: failure.error,
				unplaced: failure.unplaced,
				partlyDone: links.length > 0
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("orders.what", { count: orders.length })
			}),
			errorOf("root") && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "var(--mantine-color-error)",
				role: "alert",
				children: errorOf("root")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
				control: form.control,
				name: "mode",
				render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SegmentedControl, {
					value: field.value,
					onChange: (value) => field.onChange(value),
					"aria-label": t("orders.modeLabel"),
					data: [{
						value: "email",
						label: t("orders.byEmail")
					}, {
						value: "link",
						label: t("orders.quickLink")
					}],
					fullWidth: true
				})
			}),
			mode === "email" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EmailRecipientsFields, {
				form,
				idPrefix: "share-orders",
				errorOf,
				passwordHint: t("orders.passwordToSecondHint")
			}),
			mode === "link" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "dimmed",
				children: t("orders.quickLinkHint")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Switch, {
				label: t("permissions.allowDownload"),
				description: t("permissions.allowDownloadHint"),
				...form.register("allowDownload"),
				"data-field": "allowDownload"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
				control: form.control,
				name: "expiry",
				render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ExpiryField, {
					idPrefix: "share-orders",
					choice: field.value,
					onChoiceChange: field.onChange,
					date: form.watch("expiryDate"),
					onDateChange: (value) => form.setValue("expiryDate", value, { shouldValidate: form.formState.isSubmitted }),
					dateError: errorOf("expiryDate"),
					today,
					timeZone,
					allowNone: true
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				justify: "flex-end",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					variant: "default",
					onClick: onClose,
					children: t("actions.cancel")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					type: "submit",
					disabled: !acting.userUuid,
					loading: acting.isPending,
					"data-testid": "share-review",
					children: t("actions.review")
				})]
			})
		] })
	});
}
// src/components/sharing/ShareRegisterView.tsx
var badgeColor = {
	expired: "red.9",
	soon: "orange.9",
	active: "teal.9",
	none: "gray.7"
};
/**
* The share register: every share made in this session, newest first. Patients and studies are shown
* de-identified until the user reveals one share; expired shares and shares about to expire stand out (a
* badge that says so, and a coloured edge); each link can be copied again.
*/
function ShareRegisterView({ headingOrder = 2 }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SharingStrings, {
		fallback: null,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareRegisterBody, { headingOrder })
	});
}
function ShareRegisterBody({ headingOrder }) {
	const { t } = useTranslation("sharing");
	const records = useShareRecords();
	const { today, timeZone } = useToday();
	const [filter, setFilter] = (0, import_react.useState)("all");
	const states = records.map((record) => shareExpiryStatus(record.expiresOn, today));
	const attention = states.filter((s) => s.state === "expired" || s.state === "soon").length;
	const shown = records.map((record, index) => ({
		record,
		status: states[index] ?? shareExpiryStatus(null, today)
	})).filter(({ status }) => filter === "all" ? true : filter === "attention" ? status.state === "expired" || status.state === "soon" : status.state === "active" || status.state === "none");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "sm",
		"data-testid": "share-register",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			justify: "space-between",
			align: "flex-end",
			gap: "xs",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 2,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: headingOrder,
					size: "h3",
					children: t("register.title")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					c: "dimmed",
					children: t("register.hint")
				})]
			}), records.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SegmentedControl, {
				size: "xs",
				value: filter,
				onChange: (value) => setFilter(value),
				"aria-label": t("register.filter"),
				data: [
					{
						value: "all",
						label: t("register.filters.all", { count: records.length })
					},
					{
						value: "attention",
						label: t("register.filters.attention", { count: attention })
					},
					{
						value: "active",
						label: t("register.filters.active")
					}
				]
			})]
		}), records.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
			withBorder: true,
			p: "md",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("register.empty")
			})
		}) : shown.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "sm",
			children: t("register.noneInFilter")
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
			component: "ul",
			gap: "sm",
			p: 0,
			m: 0,
			style: { listStyle: "none" },
			"aria-label": t("register.title"),
			children: shown.map(({ record, status }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareRecordCard, {
				record,
				state: status.state,
				daysLeft: status.daysLeft,
				timeZone
			}, record.id))
		})]
	});
}
function ShareRecordCard({ record, state, daysLeft, timeZone }) {
	const { t, i18n } = useTranslation("sharing");
	const locale = i18n.language;
	const [revealed, setRevealed] = (0, import_react.useState)(false);
	const subjects = record.subjects.map((s) => revealed ? identifySubject(s) : deIdentifySubject(s));
	const highlighted = state === "expired" || state === "soon";
	const edge = state === "expired" ? "var(--mantine-color-red-9)" : "var(--mantine-color-orange-9)";
	const recipient = (r) => {
		switch (r.kind) {
			case "email": return r.label;
			case "password-email": return t("register.passwordTo", { address: r.label });
			case "link": return t("confirm.anyoneWithLink");
			case "user": return t("register.user", { name: r.label });
			case "group": return t("register.group", { name: r.label });
			case "provider": return r.label ? t("register.providerNamed", { name: r.label }) : t("register.provider");
			case "patient": return r.label ? t("register.patientNamed", { name: r.label }) : t("register.patient");
		}
	};
	const what = record.target.type === "orders" ? t("orders.what", { count: record.target.ids.length }) : record.target.type === "folder" ? t("register.folder", { name: record.target.label ?? "" }) : record.target.label ?? "";
	const permissions = [
		record.permissions.upload ? t("permissions.upload") : t("permissions.view"),
		...record.permissions.download === null ? [] : [record.permissions.download ? t("permissions.download") : t("permissions.noDownload")],
		t(`register.password.${record.permissions.password}`)
	];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
		component: "li",
		withBorder: true,
		p: "sm",
		"data-testid": "share-record",
		"data-state": state,
		"data-kind": record.kind,
		style: highlighted ? { borderLeft: `6px solid ${edge}` } : void 0,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "xs",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					justify: "space-between",
					gap: "xs",
					wrap: "wrap",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						gap: "xs",
						wrap: "wrap",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							fw: 700,
							children: t(`kinds.${record.kind}`)
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							c: "dimmed",
							children: t("register.sharedAt", { when: formatInstant(record.sharedAt, locale, timeZone) })
						})]
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
						color: badgeColor[state],
						variant: "filled",
						"data-testid": "share-expiry-badge",
						children: t(`register.states.${state}`)
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
					cols: {
						base: 1,
						md: 2,
						lg: 4
					},
					spacing: "sm",
					verticalSpacing: 6,
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
							gap: 2,
							children: [
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
									size: "xs",
									fw: 700,
									tt: "uppercase",
									children: t("confirm.what")
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
									size: "sm",
									children: what
								}),
								subjects.map((s, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
									size: "sm",
									"data-testid": "share-subject",
									children: [s.patient, s.study].filter(Boolean).join(" — ")
								}, index)),
								record.subjects.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
									size: "compact-xs",
									variant: "default",
									leftSection: revealed ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconEyeOff, {
										size: 14,
										"aria-hidden": true
									}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconEye, {
										size: 14,
										"aria-hidden": true
									}),
									onClick: () => setRevealed((v) => !v),
									"aria-pressed": revealed,
									w: "fit-content",
									children: revealed ? t("register.hide") : t("register.reveal")
								})
							]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
							gap: 2,
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "xs",
								fw: 700,
								tt: "uppercase",
								children: t("confirm.withWhom")
							}), record.recipients.map((r) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "sm",
								style: { overflowWrap: "anywhere" },
								children: recipient(r)
							}, `${r.kind}:${r.label}`))]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
							gap: 2,
							children: [
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
									size: "xs",
									fw: 700,
									tt: "uppercase",
									children: t("confirm.until")
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
									size: "sm",
									"data-testid": "share-expiry",
									children: record.expiresOn && daysLeft !== null ? t("register.expiry", {
										date: formatLocalDate(record.expiresOn, locale),
										relative: formatRelativeDays(daysLeft, locale)
									}) : t("register.noExpiry")
								}),
								record.expiresOn && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
									size: "xs",
									c: "dimmed",
									children: t("register.zone", { zone: timeZone })
								})
							]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
							gap: 2,
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "xs",
								fw: 700,
								tt: "uppercase",
								children: t("confirm.permissions")
							}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "sm",
								children: permissions.join(" · ")
							})]
						})
					]
				}),
				record.link && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CopyLink, {
					link: record.link,
					label: t("register.link")
				})
			]
		})
	});
}
// src/api/solo/context-links.ts
/**
* The one seam of context-aware links (Solo's `/integrations/linking?arg=`): the browser never holds the
* shared secret, in any mode. It sends the linking JSON to the console's own server and gets the encrypted
* link back.
*
*   POST /api/solo/context-link
*   request   the linking JSON itself (`SoloContextLink`: user, type, visit, date, patient), Content-Type JSON
*   200       { "url": "https://<Solo web app>/integrations/linking?arg=<URL-encoded encrypted JSON>" }
*   400       { "error": "invalid", "issues": [{ "path": "patient.dob", "message": "…" }] }
*             (parseSoloError, ./errors.ts, puts each issue on its field)
*   503       { "error": { "message": "…" } }    (no secret configured on the server)
*
* Who answers it: in mock mode the msw mock (mocks/solo, holding SOLO_MOCK_LINK_SECRET); in live mode the
* dev proxy (build/vendor-proxy.ts, `SOLO_CONTEXT_LINK_SECRET`, `SOLO_LINK_BASE_URL`) until the gateway
* (server/) answers the same request with the same shapes.
*/
/** The answer: the link, which must be a Solo linking URL carrying its `arg`. */
var soloContextLinkAnswerSchema = object({ url: url().refine((url) => new URL(url).pathname.endsWith(soloEndpoints.contextLink.template) && new URL(url).searchParams.has("arg"), "Not a Solo context link.") });
/**
* Asks the server to encrypt `context` into a link. The JSON is checked first against the documented
* schema (InputError naming each field); nothing is sent when it fails.
*/
async function requestSoloContextLink(context, options = {}) {
	const body = parseInput("solo", soloEndpoints.encryptContextLink.name, soloContextLinkSchema, context);
	return (await soloClient.request({
		...soloEndpoints.encryptContextLink.at(),
		json: body,
		schema: soloContextLinkAnswerSchema,
		...options
	})).url;
}
// src/components/sharing/context-link-model.ts
function emptyContextLinkForm(prefill = {}) {
	return {
		user: "",
		type: "",
		visit: "",
		visitDay: "",
		visitTime: "",
		...prefill,
		patient: {
			id: "",
			sex: "",
			dob: "",
			firstName: "",
			lastName: "",
			...prefill.patient
		}
	};
}
/** The wire JSON's paths → the form's (the visit time is `date` on the wire). */
function contextFieldOf(path) {
	return path === "date" ? "visitTime" : path;
}
/** Form → the linking JSON, checked against the doc's schema; issues carry the form's paths. */
function toSoloContextLink(values, timeZone) {
	const issues = [];
	let date = NaN;
	const day = values.visitDay.trim();
	const time = values.visitTime.trim();
	if (!day) issues.push({
		path: "visitDay",
		message: "validation.required"
	});
	else if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) issues.push({
		path: "visitDay",
		message: "validation.isoDate"
	});
	else if (!isIsoDate(day)) issues.push({
		path: "visitDay",
		message: "validation.noSuchDate"
	});
	if (!time) issues.push({
		path: "visitTime",
		message: "validation.required"
	});
	else if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) issues.push({
		path: "visitTime",
		message: "validation.time24hm"
	});
	if (issues.length === 0) try {
		date = Math.floor(localToInstant({
			date: day,
			time: `${time}:00`
		}, timeZone, { ambiguous: "earlier" }).getTime() / 1e3);
	} catch (error) {
		if (!(error instanceof MappingError)) throw error;
		issues.push({
			path: "visitTime",
			message: "validation.noSuchLocalTime"
		});
	}
	const candidate = {
		user: values.user.trim(),
		type: values.type,
		visit: values.visit.trim(),
		date,
		patient: {
			id: values.patient.id.trim(),
			sex: values.patient.sex,
			dob: values.patient.dob.trim(),
			firstName: values.patient.firstName.trim(),
			lastName: values.patient.lastName.trim()
		}
	};
	const parsed = soloContextLinkSchema.safeParse(candidate);
	if (!parsed.success) for (const issue of parsed.error.issues.map(toInputIssue)) {
		if (issue.path === "date") continue;
		const empty = issue.path === "patient.dob" && candidate.patient.dob === "";
		issues.push(empty ? {
			path: issue.path,
			message: "validation.required"
		} : {
			...issue,
			path: contextFieldOf(issue.path)
		});
	}
	if (issues.length > 0 || !parsed.success) return {
		ok: false,
		issues
	};
	return {
		ok: true,
		value: parsed.data
	};
}
// src/components/sharing/SoloContextLinkForm.tsx
function isContextDraft(value) {
	const v = value;
	return typeof v === "object" && v !== null && typeof v.user === "string" && typeof v.patient === "object";
}
/**
* Solo's context-aware link: a form for the linking JSON (user, type, visit, date, patient), each field
* checked as Solo's doc says; the console's server encrypts it (the secret never enters the browser) into
* the `/integrations/linking?arg=` link, shown to copy and added to the share register.
*/
function SoloContextLinkForm(props) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SharingStrings, {
		fallback: null,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloContextLinkFormBody, { ...props })
	});
}
function SoloContextLinkFormBody({ defaults, draftName = "solo-context-link" }) {
	const { t } = useTranslation("sharing");
	const { timeZone } = useToday();
	const register = useShareRegister();
	const zone = (0, import_react.useRef)(timeZone);
	zone.current = timeZone;
	const resolver = (0, import_react.useMemo)(() => shareResolver((values) => toSoloContextLink(values, zone.current)), []);
	const form = useForm({
		defaultValues: emptyContextLinkForm(defaults),
		resolver,
		mode: "onSubmit",
		reValidateMode: "onChange"
	});
	const draft = useFormDraft(form, draftName, isContextDraft);
	const errorOf = useShareFieldErrors(form.formState.errors);
	const [link, setLink] = (0, import_react.useState)(null);
	const [failure, setFailure] = (0, import_react.useState)(null);
	const [busy, setBusy] = (0, import_react.useState)(false);
	const inFlight = (0, import_react.useRef)(false);
	const preview = toSoloContextLink(form.watch(), timeZone);
	const submit = form.handleSubmit(async (formValues) => {
		const result = toSoloContextLink(formValues, zone.current);
		if (!result.ok || inFlight.current) return;
		inFlight.current = true;
		setBusy(true);
		setFailure(null);
		setLink(null);
		try {
			const url = await requestSoloContextLink(result.value);
			await register.add({
				vendor: "solo",
				kind: "context-link",
				target: {
					type: "visit",
					ids: [result.value.visit],
					label: t("visit.target", { id: result.value.visit })
				},
				subjects: [{
					patientName: `${result.value.patient.firstName} ${result.value.patient.lastName}`,
					patientId: result.value.patient.id
				}],
				recipients: [{
					kind: result.value.type === "patient" ? "patient" : "provider",
					label: result.value.user
				}],
				expiresOn: null,
				permissions: {
					download: null,
					upload: false,
					password: "none"
				},
				link: url
			});
			setLink(url);
			draft.clear();
		} catch (error) {
			const unplaced = setShareIssues(form.setError, shareErrorIssues(error, contextFieldOf));
			setFailure({
				error,
				unplaced
			});
		} finally {
			inFlight.current = false;
			setBusy(false);
		}
	});
	if (draft.status === "loading") return null;
	const text = (name, extra = {}) => ({
		id: `context-${name.replace(".", "-")}`,
		label: t(`context.fields.${name}`),
		error: errorOf(name),
		withAsterisk: true,
		autoComplete: "off",
		"data-field": name,
		...form.register(name),
		...extra
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		draft.status === "restored" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
			color: "blue",
			variant: "light",
			icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconInfoCircle, { "aria-hidden": true }),
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				justify: "space-between",
				gap: "xs",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("draftRestored")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					size: "xs",
					variant: "default",
					onClick: draft.discard,
					children: t("discardDraft")
				})]
			})
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)("form", {
			onSubmit: submit,
			noValidate: true,
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
					legend: t("context.who"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
						cols: {
							base: 1,
							sm: 2
						},
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
							...text("user"),
							description: t("context.userHint")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
							id: "context-type",
							label: t("context.fields.type"),
							withAsterisk: true,
							error: errorOf("type"),
							"data-field": "type",
							data: [{
								value: "",
								label: t("context.choose")
							}, ...soloLinkUserTypes.map((value) => ({
								value,
								label: t(`context.types.${value}`)
							}))],
							...form.register("type")
						})]
					})
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
					legend: t("context.visit"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
						cols: {
							base: 1,
							sm: 3
						},
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("visit") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
								control: form.control,
								name: "visitDay",
								render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateField, {
									id: "context-visitDay",
									label: t("context.fields.visitDay"),
									description: t("context.zoneHint", { zone: timeZone }),
									withAsterisk: true,
									error: errorOf("visitDay"),
									"data-field": "visitDay",
									value: field.value,
									onChange: field.onChange,
									onBlur: field.onBlur,
									ref: field.ref
								})
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
								id: "context-visitTime",
								type: "time",
								label: t("context.fields.visitTime"),
								description: t("context.zoneHint", { zone: timeZone }),
								withAsterisk: true,
								error: errorOf("visitTime"),
								"data-field": "visitTime",
								...form.register("visitTime")
							})
						]
					})
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
					legend: t("context.patient"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
						cols: {
							base: 1,
							sm: 2
						},
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("patient.id") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
								id: "context-patient-sex",
								label: t("context.fields.patient.sex"),
								withAsterisk: true,
								error: errorOf("patient.sex"),
								"data-field": "patient.sex",
								data: [{
									value: "",
									label: t("context.choose")
								}, ...soloLinkSexes.map((value) => ({
									value,
									label: t(`context.sexes.${value}`)
								}))],
								...form.register("patient.sex")
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("patient.firstName") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("patient.lastName") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
								control: form.control,
								name: "patient.dob",
								render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateField, {
									id: "context-patient-dob",
									label: t("context.fields.patient.dob"),
									withAsterisk: true,
									error: errorOf("patient.dob"),
									"data-field": "patient.dob",
									value: field.value,
									onChange: field.onChange,
									onBlur: field.onBlur,
									ref: field.ref
								})
							})
						]
					})
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Accordion, {
					variant: "contained",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Accordion.Item, {
						value: "json",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Accordion.Control, { children: t("context.preview") }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Accordion.Panel, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "xs",
							mb: 4,
							children: preview.ok ? t("context.previewHint") : t("context.previewIncomplete")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Code, {
							block: true,
							"data-testid": "context-json",
							children: preview.ok ? JSON.stringify(preview.value, null, 2) : "—"
						})] })]
					})
				}),
				failure && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
					"data-testid": "context-error",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
						error: failure.error,
						title: t("context.failed")
					})
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
					justify: "flex-end",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						type: "submit",
						loading: busy,
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconLink, {
							size: 16,
							"aria-hidden": true
						}),
						"data-testid": "context-submit",
						children: t("context.create")
					})
				})
			] })
		}),
		link && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "xs",
			"data-testid": "context-result",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Alert, {
				color: "teal",
				variant: "light",
				role: "status",
				children: [
					t("context.ready"),
					" ",
					t("register.added")
				]
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CopyLink, {
				link,
				label: t("link.contextLink"),
				testId: "context-link"
			})]
		})
	] });
}
// src/components/sharing/SoloVisitLinks.tsx
/**
* The video-visit links of a Solo appointment, each fetched when asked for: the provider's link, the
* provider's and patient's links by SAID and by external id, and the provider's Microsoft Teams link, which
* needs the provider's Teams auth token. The token is typed into a password field, sent with that one
* request, and then cleared: it is never kept in state, a draft, a cache or browser storage.
*
*   <SoloVisitLinks appointment={{ id: 3110001, externalId: 'a1b2…' }} />
*/
function SoloVisitLinks(props) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SharingStrings, {
		fallback: null,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloVisitLinksBody, { ...props })
	});
}
function SoloVisitLinksBody({ appointment, patient, headingOrder = 3 }) {
	const { t } = useTranslation("sharing");
	const register = useShareRegister();
	const [links, setLinks] = (0, import_react.useState)([]);
	const [busy, setBusy] = (0, import_react.useState)(null);
	const [error, setError] = (0, import_react.useState)(null);
	const [teamsOpen, setTeamsOpen] = (0, import_react.useState)(false);
	const [tokenMissing, setTokenMissing] = (0, import_react.useState)(false);
	const tokenInput = (0, import_react.useRef)(null);
	const subjects = patient ? [patient] : [];
	const externalId = appointment.externalId?.trim() || null;
	const said = appointment.id ?? null;
	const visitId = said !== null ? String(said) : externalId ?? "";
	const record = (kind, audience, url) => register.add({
		vendor: "solo",
		kind,
		target: {
			type: "visit",
			ids: [visitId],
			label: t("visit.target", { id: visitId })
		},
		subjects,
		recipients: [{
			kind: audience,
			label: ""
		}],
		expiresOn: null,
		permissions: {
			download: null,
			upload: false,
			password: "none"
		},
		link: url
	});
	const show = (fetched) => setLinks((current) => [...fetched, ...current.filter((l) => !fetched.some((f) => f.key === l.key))]);
	const run = async (key, work) => {
		if (busy) return;
		setBusy(key);
		setError(null);
		try {
			await work();
		} catch (failure) {
			setError(failure);
		} finally {
			setBusy(null);
		}
	};
	const provider = () => run("provider", async () => {
		const { providerVisitUrl } = await getSoloProviderLink(said ?? 0);
		await record("visit-provider-link", "provider", providerVisitUrl);
		show([{
			key: "provider",
			label: t("visit.providerLink"),
			url: providerVisitUrl
		}]);
	});
	const both = (key) => run(key, async () => {
		const answer = key === "said" ? await getSoloVideoCallLinksBySaid(said ?? 0) : await getSoloVideoCallLinksByExternalId(externalId ?? "");
		await record("visit-provider-link", "provider", answer.providerVisitUrl);
		await record("visit-patient-link", "patient", answer.patientVisitUrl);
		const via = key === "said" ? t("visit.bySaid") : t("visit.byExternalId");
		show([{
			key: `${key}-provider`,
			label: t("visit.providerLinkVia", { via }),
			url: answer.providerVisitUrl
		}, {
			key: `${key}-patient`,
			label: t("visit.patientLinkVia", { via }),
			url: answer.patientVisitUrl
		}]);
	});
	const teams = (event) => {
		event.preventDefault();
		const input = tokenInput.current;
		const token = input?.value.trim() ?? "";
		setTokenMissing(!token);
		if (!token) {
			input?.focus();
			return;
		}
		run("teams", async () => {
			try {
				const { msTeamsProviderVisitUrl } = await getSoloMsTeamsProviderLink(said ?? 0, token);
				await record("visit-teams-link", "provider", msTeamsProviderVisitUrl);
				show([{
					key: "teams",
					label: t("visit.teamsLink"),
					url: msTeamsProviderVisitUrl
				}]);
				setTeamsOpen(false);
			} finally {
				if (input) input.value = "";
			}
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "sm",
		"data-testid": "solo-visit-links",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: headingOrder,
				size: "h4",
				children: t("visit.linksTitle")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "dimmed",
				children: t("visit.linksHint")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "xs",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						size: "xs",
						variant: "light",
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconLink, {
							size: 14,
							"aria-hidden": true
						}),
						loading: busy === "provider",
						disabled: said === null,
						onClick: () => void provider(),
						children: t("visit.getProviderLink")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						size: "xs",
						variant: "light",
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconVideo, {
							size: 14,
							"aria-hidden": true
						}),
						loading: busy === "said",
						disabled: said === null,
						onClick: () => void both("said"),
						children: t("visit.getBothBySaid")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						size: "xs",
						variant: "light",
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconVideo, {
							size: 14,
							"aria-hidden": true
						}),
						loading: busy === "external",
						disabled: !externalId,
						onClick: () => void both("external"),
						children: t("visit.getBothByExternalId")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						size: "xs",
						variant: teamsOpen ? "filled" : "light",
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconBrandTeams, {
							size: 14,
							"aria-hidden": true
						}),
						disabled: said === null,
						onClick: () => setTeamsOpen((open) => !open),
						"aria-expanded": teamsOpen,
						"aria-controls": "solo-teams-token-form",
						children: t("visit.teams")
					})
				]
			}),
			said === null && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "xs",
				c: "dimmed",
				children: t("visit.noSaid")
			}),
			!externalId && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "xs",
				c: "dimmed",
				children: t("visit.noExternalId")
			}),
			teamsOpen && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("form", {
				id: "solo-teams-token-form",
				onSubmit: teams,
				noValidate: true,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					align: "flex-end",
					gap: "xs",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PasswordInput, {
						ref: tokenInput,
						label: t("visit.teamsToken"),
						description: t("visit.teamsTokenHint"),
						autoComplete: "off",
						spellCheck: false,
						style: {
							flex: 1,
							minWidth: 220
						},
						"data-testid": "teams-token",
						error: tokenMissing ? t("validation.required") : void 0,
						"aria-invalid": tokenMissing ? true : void 0,
						visibilityToggleButtonProps: { "aria-label": t("visit.teamsTokenToggle") }
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						type: "submit",
						loading: busy === "teams",
						"data-testid": "teams-submit",
						children: t("visit.getTeamsLink")
					})]
				})
			}),
			error !== null && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error,
				title: t("visit.failed")
			}),
			links.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
				gap: "xs",
				"data-testid": "solo-links",
				children: links.map((link) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CopyLink, {
					link: link.url,
					label: link.label,
					openable: true
				}, link.key))
			})
		]
	});
}
// src/components/sharing/open-viewer.ts
function openPendingTab(win = window) {
	let tab = null;
	try {
		tab = win.open("", "_blank");
	} catch {
		tab = null;
	}
	if (tab) try {
		tab.opener = null;
	} catch {}
	return {
		navigate(url) {
			if (!tab || tab.closed) return false;
			tab.location.href = url;
			return true;
		},
		abandon() {
			tab?.close();
		}
	};
}
// src/components/sharing/ViewerLinkButton.tsx
/**
* Opens a PostDICOM order or folder in the vendor's viewer, in a new tab. The view link is asked for at the
* click, never before (the vendor binds it to the IP address that asks, and it must not sit in a cache);
* when the browser blocks the new tab, the link is shown for the user to click.
*
*   <ViewerLinkButton kind="order" uuid={order.PatientOrderUuid} subject="CT 2026-03-02" />
*/
function ViewerLinkButton(props) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SharingStrings, {
		fallback: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
			size: props.size ?? "xs",
			variant: "light",
			disabled: true,
			loading: true
		}),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ViewerLinkButtonBody, { ...props })
	});
}
function ViewerLinkButtonBody({ kind, uuid, label, subject, size = "xs", variant = "light" }) {
	const { t } = useTranslation("sharing");
	const acting = usePostDicomActingUser();
	const [busy, setBusy] = (0, import_react.useState)(false);
	const [error, setError] = (0, import_react.useState)(null);
	const [fallback, setFallback] = (0, import_react.useState)(null);
	const inFlight = (0, import_react.useRef)(false);
	const open = async () => {
		if (inFlight.current || !acting.userUuid) return;
		inFlight.current = true;
		setBusy(true);
		setError(null);
		setFallback(null);
		const tab = openPendingTab();
		try {
			const url = kind === "order" ? await getPostDicomViewUrl({
				userUuid: acting.userUuid,
				patientOrderUuid: uuid
			}) : await getPostDicomFolderViewUrl({
				userUuid: acting.userUuid,
				folderUuid: uuid
			});
			if (!tab.navigate(url)) setFallback(url);
		} catch (failure) {
			tab.abandon();
			setError(failure);
		} finally {
			inFlight.current = false;
			setBusy(false);
		}
	};
	const name = subject ? t("viewer.openNamed", { name: subject }) : void 0;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: 4,
		align: "flex-start",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				size,
				variant,
				leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconEye, {
					size: 14,
					"aria-hidden": true
				}),
				onClick: () => void open(),
				loading: busy,
				disabled: !acting.userUuid,
				"aria-label": name,
				"data-testid": `viewer-${kind}`,
				children: label ?? t("viewer.open")
			}),
			fallback && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: 6,
				wrap: "nowrap",
				role: "status",
				"data-testid": "viewer-fallback",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "xs",
					children: t("viewer.blocked")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
					href: fallback,
					target: "_blank",
					rel: "noopener noreferrer",
					size: "xs",
					onClick: () => setFallback(null),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						gap: 4,
						wrap: "nowrap",
						children: [t("viewer.openLink"), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconExternalLink, {
							size: 12,
							"aria-hidden": true
						})]
					})
				})]
			}),
			error !== null && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error,
				title: t("viewer.failed")
			})
		]
	});
}
export { ShareOrdersDialog as a, useToday as c, addIsoDays as d, userTimeZone as f, ShareRegisterView as i, usePostDicomActingUser as l, IconExternalLink as m, SoloVisitLinks as n, shareableOrderFrom as o, IconLink as p, SoloContextLinkForm as r, ShareFolderDialog as s, ViewerLinkButton as t, readablePersonName as u };
