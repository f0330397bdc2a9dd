import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { $ as formatInstant, $t as factory, Ir as require_react, Kt as Paper, Ln as createSafeContext, Or as useParams, Pt as Text, Q as useDocumentTitle, Vt as Group, Zt as Box, cn as useProps, dn as getContrastColor, gn as createVarsResolver, jn as getRadius, kt as Badge, ln as useMantineTheme, on as useStyles, pn as getThemeColor, qn as VendorError, ut as useTranslation, xt as Stack, yr as require_jsx_runtime, yt as Title, zn as rem } from "./boot-CCHtFN9d.js";
import { t as getAutoContrastValue } from "./get-auto-contrast-value-PwHhpCBn.js";
import { c as useImpiloOrder, d as useImpiloSite, l as useImpiloPatient, o as useImpiloItems, s as useImpiloKits } from "./queries-YDeAeu6q.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { t as PageSkeleton } from "./PageSkeleton-Djbnf-Yh.js";
import { n as PropertyRows, t as DetailHeader } from "./DetailHeader-BNbQQee_.js";
// node_modules/@mantine/core/esm/components/Timeline/Timeline.context.mjs
var [TimelineProvider, useTimelineContext] = createSafeContext("Timeline component was not found in tree");
// node_modules/@mantine/core/esm/components/Timeline/Timeline.module.mjs
var Timeline_module_default = {
	"root": "m_43657ece",
	"itemTitle": "m_2ebe8099",
	"item": "m_436178ff",
	"itemBullet": "m_8affcee1",
	"itemBody": "m_540e8f41",
	"itemOpposite": "m_f3ba506"
};
// node_modules/@mantine/core/esm/components/Timeline/TimelineItem/TimelineItem.mjs
var import_jsx_runtime = require_jsx_runtime();
var TimelineItem = factory((_props) => {
	const { classNames, className, style, styles, vars, __active, __align, __lineActive, __vars, bullet, opposite, alternate, radius, color, lineVariant, children, title, mod, ...others } = useProps("TimelineItem", null, _props);
	const ctx = useTimelineContext();
	const theme = useMantineTheme();
	const stylesApiProps = {
		classNames,
		styles
	};
	const bodyFirst = __align === "left" && !!alternate || __align === "right" && !alternate;
	const oppositeNode = opposite != null && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
		...ctx.getStyles("itemOpposite", stylesApiProps),
		children: opposite
	});
	const bodyNode = /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		...ctx.getStyles("itemBody", stylesApiProps),
		children: [title && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
			...ctx.getStyles("itemTitle", stylesApiProps),
			children: title
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
			...ctx.getStyles("itemContent", stylesApiProps),
			children
		})]
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
		...ctx.getStyles("item", {
			...stylesApiProps,
			className,
			style
		}),
		mod: [{
			"line-active": __lineActive,
			active: __active,
			alternate
		}, mod],
		__vars: {
			"--tli-radius": radius !== void 0 ? getRadius(radius) : void 0,
			"--tli-color": color ? getThemeColor(color, theme) : void 0,
			"--tli-border-style": lineVariant || void 0
		},
		...others,
		children: [
			bodyFirst ? bodyNode : oppositeNode,
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
				...ctx.getStyles("itemBullet", stylesApiProps),
				mod: {
					"with-child": !!bullet,
					align: __align,
					active: __active
				},
				children: bullet
			}),
			bodyFirst ? oppositeNode : bodyNode
		]
	});
});
TimelineItem.classes = Timeline_module_default;
TimelineItem.displayName = "@mantine/core/TimelineItem";
// node_modules/@mantine/core/esm/components/Timeline/Timeline.mjs
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var defaultProps = {
	active: -1,
	align: "left"
};
var varsResolver = createVarsResolver((theme, { bulletSize, lineWidth, radius, color, autoContrast }) => ({ root: {
	"--tl-bullet-size": rem(bulletSize),
	"--tl-line-width": rem(lineWidth),
	"--tl-radius": radius === void 0 ? void 0 : getRadius(radius),
	"--tl-color": color ? getThemeColor(color, theme) : void 0,
	"--tl-icon-color": getAutoContrastValue(autoContrast, theme) ? getContrastColor({
		color,
		theme,
		autoContrast
	}) : void 0
} }));
var Timeline = factory((_props) => {
	const props = useProps("Timeline", defaultProps, _props);
	const { classNames, className, style, styles, unstyled, vars, children, active, color, radius, bulletSize, align, lineWidth, reverseActive, mod, autoContrast, attributes, ...others } = props;
	const getStyles = useStyles({
		name: "Timeline",
		classes: Timeline_module_default,
		props,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		varsResolver
	});
	const _children = import_react.Children.toArray(children);
	const hasOpposite = _children.some((item) => item.props?.opposite != null);
	const items = _children.map((item, index) => (0, import_react.cloneElement)(item, {
		unstyled,
		__align: align,
		__active: item.props?.active || (reverseActive ? active >= _children.length - index - 1 : active >= index),
		__lineActive: item.props?.lineActive || (reverseActive ? active >= _children.length - index - 1 : active - 1 >= index)
	}));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TimelineProvider, {
		value: { getStyles },
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
			...getStyles("root"),
			mod: [{
				align,
				opposite: hasOpposite
			}, mod],
			...others,
			children: items
		})
	});
});
Timeline.classes = Timeline_module_default;
Timeline.varsResolver = varsResolver;
Timeline.displayName = "@mantine/core/Timeline";
Timeline.Item = TimelineItem;
// src/features/orders/detail/ImpiloOrderDetailPage.tsx
/** `/orders/impilo/:orderId`: the order's status, its events as a timeline, its tracking numbers and lines. */
function ImpiloOrderDetailPage() {
	const { t, i18n } = useTranslation("orders");
	const { orderId = "" } = useParams();
	const order = useImpiloOrder(orderId);
	const items = useImpiloItems({ size: 250 });
	const kits = useImpiloKits({ size: 250 });
	const patient = useImpiloPatient(order.data?.patient?.id ?? void 0);
	const site = useImpiloSite(order.data?.site?.id ?? void 0);
	const title = t("impiloDetail.title", { id: order.data?.externalOrderIds[0] ?? orderId });
	useDocumentTitle(title);
	if (order.isPending) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PageSkeleton, {});
	if (order.isError) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DetailHeader, {
		title: t("impiloDetail.title", { id: orderId }),
		vendor: "Impilo"
	}), order.error instanceof VendorError && order.error.status === 404 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: t("impiloDetail.notFound", { id: orderId }) }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
		error: order.error,
		onRetry: () => void order.refetch()
	})] });
	const o = order.data;
	const nameOf = (kind, id) => (kind === "item" ? items.data?.content : kits.data?.content)?.find((x) => x.id === id)?.name ?? id;
	const lines = [...o.orderKits.map((line) => ({
		kind: "kit",
		...line
	})), ...o.orderItems.map((line) => ({
		kind: "item",
		...line
	}))];
	const events = [...o.orderEvents].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DetailHeader, {
			title,
			vendor: "Impilo"
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
			withBorder: true,
			p: "md",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PropertyRows, { rows: [
				[t("impiloDetail.status"), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Badge, {
					variant: "light",
					color: "blue.9",
					tt: "none",
					children: [
						t(`impiloStatuses.${o.currentStatus}`),
						" (",
						o.currentStatus,
						")"
					]
				}, "s")],
				[t("impiloDetail.id"), o.id],
				[t("impiloDetail.recipient"), o.patient ? t("impiloDetail.patient", { id: patient.data ? `${patient.data.firstName} ${patient.data.lastName} (${patient.data.externalIdentifier ?? o.patient.id})` : o.patient.id }) : t("impiloDetail.site", { id: site.data ? `${site.data.name} (${site.data.externalIdentifier ?? site.data.id})` : o.site?.id ?? "" })],
				[t("impiloDetail.externalIds"), o.externalOrderIds.join(", ") || t("notSet")],
				[t("impiloDetail.tracking"), o.trackingNumbers.length ? o.trackingNumbers.join(", ") : t("impiloDetail.noTracking")],
				[t("impilo.fields.orderNotes"), o.orderNotes || t("notSet")],
				...o.createdAt ? [[t("fields.created_at"), formatInstant(o.createdAt, i18n.language)]] : []
			] })
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
			withBorder: true,
			p: "md",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				size: "h4",
				mb: "sm",
				children: t("impilo.sections.lines")
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
				gap: 4,
				component: "ul",
				style: {
					margin: 0,
					paddingInlineStart: "1.2rem"
				},
				children: lines.map((line) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
					size: "sm",
					children: [
						nameOf(line.kind, line.id),
						" (",
						t(line.kind === "kit" ? "impiloDetail.kit" : "impiloDetail.item"),
						") × ",
						line.quantity ?? 1
					]
				}) }, `${line.kind}:${line.id}`))
			})]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
			withBorder: true,
			p: "md",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				size: "h4",
				mb: "sm",
				children: t("impiloDetail.events")
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Timeline, {
				active: events.length - 1,
				bulletSize: 14,
				lineWidth: 2,
				color: "blue.8",
				children: events.map((event) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Timeline.Item, {
					title: `${t(`impiloStatuses.${event.status}`)} (${event.status})`,
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						gap: "xs",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							children: formatInstant(event.timestamp, i18n.language)
						}), event.description && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							size: "sm",
							children: ["· ", event.description]
						})]
					})
				}, `${event.status}-${event.timestamp}`))
			})]
		})
	] });
}
export { ImpiloOrderDetailPage as default };
