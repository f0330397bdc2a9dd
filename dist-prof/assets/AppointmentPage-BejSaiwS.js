import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { $t as factory, Dr as useNavigate, Ft as Alert, Ir as require_react, Nn as getSize, Nt as Anchor, Or as useParams, Ot as Button, Pt as Text, Q as useDocumentTitle, R as instantToLocal, St as SegmentedControl, Vt as Group, Zt as Box, bt as TextInput, cn as useProps, gn as createVarsResolver, jn as getRadius, kr as useSearchParams, kt as Badge, nt as formatNumber, on as useStyles, qt as VisuallyHidden, ut as useTranslation, vt as createReactComponent, wt as List, xr as Link, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { f as Card, i as flowStep, n as canCancel, o as statusKey, r as canReschedule, t as SOLO_STATUS_FLOW, u as useSoloAgenda } from "./status-flow-14YcVfRg.js";
import { t as Grid } from "./Grid-q8JR4vqK.js";
import { t as Skeleton } from "./Skeleton-CycB90X8.js";
import { n as Tabs, t as IconPaperclip } from "./IconPaperclip-bsVIn7SX.js";
import { n as notifications } from "./esm-BZ7yxgoG.js";
import { t as IconArrowBackUp } from "./IconArrowBackUp-BMUcwN2a.js";
import { t as IconBan } from "./IconBan-BwCU1wu1.js";
import { t as useSoloAppointment } from "./appointment-queries-BDs3aSsv.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { r as useLocationZone, t as LocationZoneControl } from "./LocationZoneControl-CXjh0Kqg.js";
import { t as ZonedTime } from "./ZonedTime-LItDy1w5.js";
import { u as localDayOf, v as Select } from "./zones-BfiTQEyQ.js";
import { t as SimpleGrid } from "./SimpleGrid-1HP91LG8.js";
import { a as useDeleteSoloAttachment, l as useSoloAttachments, m as useUploadSoloAttachment, n as useCreateSoloAssistanceRequest, t as useCancelSoloAssistanceRequest, u as useSoloCurrentAssistanceRequest } from "./integration-queries-C4KhLRH5.js";
import { t as FileButton } from "./FileButton-sikXbnGw.js";
import { On as object, Sn as array, fr as useQueries, jn as string, kn as record, zn as Table } from "./search-Bd_rEMYc.js";
import { t as IconTrash } from "./IconTrash-OhJxt5d8.js";
import { a as SNIFF_BYTES, c as extensionFamily, f as sniffMimeType, u as mimeFamily } from "./attachments-BvRbWpSg.js";
import { a as useSoloEpisodes, f as useUpdateSoloVisitNote, l as useSoloVisitNote, r as useAssignSoloAppointmentEpisode, t as soloEpisodeAppointmentsQuery } from "./queries-DCLO6RnH.js";
import { n as soloLinkSexes } from "./linking-BAvRG6uJ.js";
import { f as userTimeZone, n as SoloVisitLinks, r as SoloContextLinkForm } from "./sharing-DKWXKKuw.js";
import { t as IconCheck } from "./IconCheck-Bwx3kdqu.js";
import { t as Textarea } from "./Textarea-BTFd2lSa.js";
import { o as useForm, t as useFormDraft } from "./use-form-draft-D2Qhoe7n.js";
import { n as CancelAppointmentModal, t as StatusBadge } from "./StatusBadge-DjJZd84Z.js";
import { t as ScheduleNav } from "./ScheduleNav-CfAw42de.js";
import { t as displayName } from "./patient-ref-WdHTJjBA.js";
// node_modules/@mantine/core/esm/components/ThemeIcon/ThemeIcon.module.mjs
var ThemeIcon_module_default = { "root": "m_7341320d" };
// node_modules/@mantine/core/esm/components/ThemeIcon/ThemeIcon.mjs
var import_jsx_runtime = require_jsx_runtime();
var varsResolver = createVarsResolver((theme, { size, radius, variant, gradient, color, autoContrast }) => {
	const colors = theme.variantColorResolver({
		color: color || theme.primaryColor,
		theme,
		gradient,
		variant: variant || "filled",
		autoContrast
	});
	return { root: {
		"--ti-size": getSize(size, "ti-size"),
		"--ti-radius": radius === void 0 ? void 0 : getRadius(radius),
		"--ti-bg": color || variant ? colors.background : void 0,
		"--ti-color": color || variant ? colors.color : void 0,
		"--ti-bd": color || variant ? colors.border : void 0
	} };
});
var ThemeIcon = factory((_props) => {
	const props = useProps("ThemeIcon", null, _props);
	const { classNames, className, style, styles, unstyled, vars, autoContrast, attributes, ...others } = props;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
		...useStyles({
			name: "ThemeIcon",
			classes: ThemeIcon_module_default,
			props,
			className,
			style,
			classNames,
			styles,
			unstyled,
			attributes,
			vars,
			varsResolver
		})("root"),
		...others
	});
});
ThemeIcon.classes = ThemeIcon_module_default;
ThemeIcon.varsResolver = varsResolver;
ThemeIcon.displayName = "@mantine/core/ThemeIcon";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconCalendarRepeat = createReactComponent("outline", "calendar-repeat", "CalendarRepeat", [
	["path", {
		"d": "M12.5 21h-6.5a2 2 0 0 1 -2 -2v-12a2 2 0 0 1 2 -2h12a2 2 0 0 1 2 2v3",
		"key": "svg-0"
	}],
	["path", {
		"d": "M16 3v4",
		"key": "svg-1"
	}],
	["path", {
		"d": "M8 3v4",
		"key": "svg-2"
	}],
	["path", {
		"d": "M4 11h12",
		"key": "svg-3"
	}],
	["path", {
		"d": "M20 14l2 2h-3",
		"key": "svg-4"
	}],
	["path", {
		"d": "M20 18l2 -2",
		"key": "svg-5"
	}],
	["path", {
		"d": "M19 16a3 3 0 1 0 2 5.236",
		"key": "svg-6"
	}]
]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconCircleDashed = createReactComponent("outline", "circle-dashed", "CircleDashed", [
	["path", {
		"d": "M8.56 3.69a9 9 0 0 0 -2.92 1.95",
		"key": "svg-0"
	}],
	["path", {
		"d": "M3.69 8.56a9 9 0 0 0 -.69 3.44",
		"key": "svg-1"
	}],
	["path", {
		"d": "M3.69 15.44a9 9 0 0 0 1.95 2.92",
		"key": "svg-2"
	}],
	["path", {
		"d": "M8.56 20.31a9 9 0 0 0 3.44 .69",
		"key": "svg-3"
	}],
	["path", {
		"d": "M15.44 20.31a9 9 0 0 0 2.92 -1.95",
		"key": "svg-4"
	}],
	["path", {
		"d": "M20.31 15.44a9 9 0 0 0 .69 -3.44",
		"key": "svg-5"
	}],
	["path", {
		"d": "M20.31 8.56a9 9 0 0 0 -1.95 -2.92",
		"key": "svg-6"
	}],
	["path", {
		"d": "M15.44 3.69a9 9 0 0 0 -3.44 -.69",
		"key": "svg-7"
	}]
]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconPointFilled = createReactComponent("filled", "point-filled", "PointFilled", [["path", {
	"d": "M12 7a5 5 0 1 1 -4.995 5.217l-.005 -.217l.005 -.217a5 5 0 0 1 4.995 -4.783z",
	"key": "svg-0"
}]]);
// src/features/schedule/appointment/AssistanceSection.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
/** The fields of the chosen way of naming the place → Solo's locator (one of its four documented bodies). */
function toLocator(kind, fields) {
	const v = (value) => value.trim();
	const bed = v(fields.bed) ? { bed: v(fields.bed) } : {};
	switch (kind) {
		case "patient": return v(fields.patientMrn) ? { patientMrn: v(fields.patientMrn) } : null;
		case "device": return v(fields.deviceSerialNumber) ? { deviceSerialNumber: v(fields.deviceSerialNumber) } : null;
		case "department": return v(fields.department) && v(fields.room) ? {
			department: v(fields.department),
			room: v(fields.room),
			...bed
		} : null;
		case "bed": return v(fields.building) && v(fields.floor) && v(fields.room) ? {
			building: v(fields.building),
			floor: v(fields.floor),
			room: v(fields.room),
			...bed
		} : null;
	}
}
/**
* An assistance request (Virtual Nursing and Sitting) for the patient's place: see the current one, create
* one, cancel it. The place is named by the patient's MRN (prefilled), a department and room, a building,
* floor and room, or a device.
*/
function AssistanceSection({ mrn, timeZone }) {
	const { t } = useTranslation("schedule");
	const [kind, setKind] = (0, import_react.useState)("patient");
	const [fields, setFields] = (0, import_react.useState)({
		patientMrn: mrn ?? "",
		department: "",
		building: "",
		floor: "",
		room: "",
		bed: "",
		deviceSerialNumber: ""
	});
	const [asked, setAsked] = (0, import_react.useState)(null);
	const current = useSoloCurrentAssistanceRequest(asked ?? { patientMrn: "-" }, { queryConfig: {
		enabled: asked !== null,
		refetchInterval: 3e4
	} });
	const create = useCreateSoloAssistanceRequest();
	const cancel = useCancelSoloAssistanceRequest();
	const locator = toLocator(kind, fields);
	const field = (name, required = true) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
		label: t(`assistance.fields.${name}`),
		value: fields[name],
		onChange: (event) => {
			const value = event.currentTarget.value;
			setFields((old) => ({
				...old,
				[name]: value
			}));
		},
		required,
		"data-field": name
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "sm",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SegmentedControl, {
				"aria-label": t("assistance.kind"),
				value: kind,
				onChange: (value) => setKind(value),
				data: [
					"patient",
					"department",
					"bed",
					"device"
				].map((value) => ({
					value,
					label: t(`assistance.kinds.${value}`)
				})),
				"data-testid": "assistance-kind"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("form", {
				onSubmit: (event) => {
					event.preventDefault();
					if (locator) setAsked(locator);
				},
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: "xs",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
						cols: {
							base: 1,
							sm: 2
						},
						children: [
							kind === "patient" && field("patientMrn"),
							kind === "device" && field("deviceSerialNumber"),
							kind === "department" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
								field("department"),
								field("room"),
								field("bed", false)
							] }),
							kind === "bed" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
								field("building"),
								field("floor"),
								field("room"),
								field("bed", false)
							] })
						]
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						type: "submit",
						variant: "default",
						disabled: !locator,
						"data-testid": "find-assistance",
						children: t("assistance.find")
					}) })]
				})
			}),
			asked && current.isPending && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("common.loading")
			}),
			current.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: current.error,
				onRetry: () => void current.refetch()
			}),
			asked && current.isSuccess && current.data === null && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				"data-testid": "assistance-none",
				children: t("assistance.none")
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				onClick: () => create.mutate(asked),
				loading: create.isPending,
				"data-testid": "request-assistance",
				children: t("assistance.request")
			})] }),
			current.data && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Card, {
				withBorder: true,
				padding: "sm",
				"data-testid": "assistance-current",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: 4,
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
							justify: "space-between",
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								fw: 600,
								children: current.data.careLocation.name
							}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
								variant: "filled",
								tt: "none",
								"data-testid": "assistance-status",
								children: current.data.status
							})]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							children: t("assistance.line", {
								location: current.data.location.name,
								room: current.data.room,
								device: current.data.device
							})
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							size: "xs",
							c: "dimmed",
							children: [
								t("assistance.created"),
								" ",
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonedTime, {
									at: Date.parse(current.data.createdAt),
									timeZone,
									withDay: true,
									size: "xs"
								})
							]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
							justify: "flex-end",
							children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								color: "red.9",
								variant: "light",
								onClick: () => cancel.mutate(asked ?? { patientMrn: "-" }),
								loading: cancel.isPending,
								"data-testid": "cancel-assistance",
								children: t("assistance.cancel")
							})
						})
					]
				})
			}),
			create.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: create.error }),
			cancel.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: cancel.error })
		]
	});
}
// src/features/schedule/appointment/attachment-check.ts
function checkAttachment(head, size, name, declaredType) {
	if (size === 0) return "empty";
	if (size > 5242880) return "tooBig";
	const sniffed = sniffMimeType(head);
	if (!sniffed) return "notAllowed";
	const byName = extensionFamily(name);
	if (byName && byName !== sniffed) return "nameMismatch";
	if (declaredType && mimeFamily(declaredType) !== sniffed) return "typeMismatch";
	return null;
}
async function checkAttachmentFile(file) {
	return checkAttachment(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()), file.size, file.name, file.type);
}
// src/features/schedule/appointment/AttachmentsSection.tsx
/** The appointment's attachments: list, upload within Solo's limits (checked by content first), delete. */
function AttachmentsSection({ appointmentId, timeZone }) {
	const { t, i18n } = useTranslation("schedule");
	const id = String(appointmentId);
	const list = useSoloAttachments(id);
	const upload = useUploadSoloAttachment();
	const remove = useDeleteSoloAttachment();
	const [problem, setProblem] = (0, import_react.useState)(null);
	const onFile = async (file) => {
		if (!file) return;
		upload.reset();
		const found = await checkAttachmentFile(file);
		if (found) {
			setProblem({
				name: file.name,
				problem: found
			});
			return;
		}
		setProblem(null);
		upload.mutate({
			appointmentId: id,
			file,
			fileName: file.name
		});
	};
	const visible = (list.data ?? []).filter((attachment) => !attachment.deleted);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "sm",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FileButton, {
				onChange: (file) => void onFile(file),
				accept: "application/pdf,image/png,image/jpeg",
				children: (props) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					...props,
					leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPaperclip, {
						size: 16,
						"aria-hidden": true
					}),
					loading: upload.isPending,
					"data-testid": "attach-file",
					children: t("attachments.upload")
				})
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "xs",
				c: "dimmed",
				children: t("attachments.limits")
			})] }),
			problem && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
				color: "red",
				variant: "light",
				role: "alert",
				"data-testid": "attachment-problem",
				children: t(`attachments.problem.${problem.problem}`, { name: problem.name })
			}),
			upload.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: upload.error }),
			upload.isSuccess && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				role: "status",
				children: t("attachments.uploaded", { name: upload.data.title })
			}),
			list.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: list.error,
				onRetry: () => void list.refetch()
			}),
			remove.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: remove.error }),
			list.isSuccess && visible.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("attachments.none")
			}),
			visible.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table, {
				"data-testid": "attachments",
				"aria-label": t("attachments.tableLabel"),
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Thead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("attachments.name") }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("attachments.size") }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("attachments.uploadedAt") }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(VisuallyHidden, { children: t("attachments.actions") }) })
				] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: visible.map((attachment) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Td, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						children: attachment.title
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "xs",
						c: "dimmed",
						children: attachment.mimeType
					})] }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: t("attachments.kb", { size: formatNumber(Math.max(1, Math.round(attachment.size / 1024)), i18n.language) }) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonedTime, {
						at: Date.parse(attachment.uploadedAt),
						timeZone,
						withDay: true,
						size: "xs"
					}) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						size: "compact-sm",
						variant: "subtle",
						color: "red.9",
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconTrash, {
							size: 14,
							"aria-hidden": true
						}),
						onClick: () => remove.mutate({
							appointmentId: id,
							attachmentId: attachment.id
						}, { onSuccess: () => upload.reset() }),
						loading: remove.isPending && remove.variables?.attachmentId === attachment.id,
						"aria-label": t("attachments.deleteLabel", { name: attachment.title }),
						children: t("attachments.delete")
					}) })
				] }, attachment.id)) })]
			})
		]
	});
}
// src/features/schedule/appointment/EpisodeSection.tsx
/**
* The episode of care the appointment belongs to, and assigning it to another of the patient's episodes (or
* none). Solo's appointment answer does not name its episode: each of the patient's episodes is asked for
* its appointments.
*/
function EpisodeSection({ appointmentId, patientId }) {
	const { t } = useTranslation("schedule");
	const episodes = useSoloEpisodes(patientId);
	const lists = useQueries({ queries: (episodes.data ?? []).map((episode) => soloEpisodeAppointmentsQuery(episode.id)) });
	const assign = useAssignSoloAppointmentEpisode();
	const [choice, setChoice] = (0, import_react.useState)(null);
	if (episodes.isPending) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		size: "sm",
		children: t("common.loading")
	});
	if (episodes.isError) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
		error: episodes.error,
		onRetry: () => void episodes.refetch()
	});
	const listsReady = lists.every((list) => list.isSuccess);
	const current = lists.map((list) => list.data).find((list) => list?.appointments.some((a) => a.appointmentId === appointmentId))?.episode;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "sm",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "xs",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("episode.current")
				}), !listsReady ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("common.loading")
				}) : current ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Badge, {
					variant: "light",
					tt: "none",
					"data-testid": "current-episode",
					children: [
						current.name,
						" · ",
						current.status
					]
				}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					"data-testid": "current-episode",
					children: t("episode.none")
				})]
			}),
			episodes.data.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "dimmed",
				children: t("episode.patientHasNone")
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				align: "flex-end",
				gap: "xs",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Select, {
					label: t("episode.assign"),
					data: [{
						value: "",
						label: t("episode.noEpisode")
					}, ...episodes.data.map((episode) => ({
						value: episode.id,
						label: `${episode.name} (${episode.status}, ${episode.from})`
					}))],
					value: choice ?? current?.id ?? "",
					onChange: (value) => setChoice(value ?? ""),
					allowDeselect: false,
					w: {
						base: "100%",
						sm: 380
					},
					"data-testid": "episode-select"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					variant: "default",
					loading: assign.isPending,
					disabled: choice === null || choice === (current?.id ?? ""),
					onClick: () => assign.mutate({
						appointmentId,
						input: choice ? { episodeId: choice } : {}
					}, { onSuccess: () => setChoice(null) }),
					"data-testid": "assign-episode",
					children: t("episode.save")
				})]
			}),
			assign.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: assign.error }),
			lists.find((list) => list.isError)?.error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: lists.find((list) => list.isError)?.error })
		]
	});
}
// src/features/schedule/appointment/ShareSection.tsx
var sexOf = (gender) => soloLinkSexes.includes(gender ?? "") ? gender : "";
/**
* Sharing a visit, with the sharing area's own components: its video-visit links (provider, patient,
* Teams; each fetched when asked for, added to the share register) and Solo's context-aware link, started
* from this appointment (its visit id, its time on the user's clock, as the form reads it, and its
* patient). One draft of the context link per appointment.
*/
function ShareSection({ appointment, patientName }) {
	const { t } = useTranslation("schedule");
	const defaults = (0, import_react.useMemo)(() => {
		const { demographics } = appointment.patient;
		const name = demographics.name?.[0];
		const local = instantToLocal(/* @__PURE__ */ new Date(appointment.date * 1e3), userTimeZone());
		return {
			visit: String(appointment.id),
			visitDay: local.date,
			visitTime: local.time.slice(0, 5),
			patient: {
				id: appointment.patient.id,
				sex: sexOf(demographics.gender),
				dob: demographics.birthDate ?? "",
				firstName: name?.firstName ?? "",
				lastName: name?.lastName ?? ""
			}
		};
	}, [appointment]);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xl",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloVisitLinks, {
			appointment: {
				id: appointment.id,
				externalId: appointment.externalId
			},
			patient: {
				patientName: patientName ?? void 0,
				patientId: appointment.patient.id
			},
			headingOrder: 3
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "xs",
			component: "section",
			"aria-labelledby": "appointment-context-link",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 3,
					size: "h4",
					id: "appointment-context-link",
					children: t("links.contextTitle")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					c: "dimmed",
					children: t("links.contextIntro")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloContextLinkForm, {
					defaults,
					draftName: `solo-context-link-${appointment.id}`
				})
			]
		})]
	});
}
// src/features/schedule/appointment/StatusFlow.tsx
/** The documented flow with where this visit is; cancelled and no-show are exits from it. */
function StatusFlow({ appointment }) {
	const { t } = useTranslation("schedule");
	const step = flowStep(appointment.status);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xs",
		"data-testid": "status-flow",
		children: [
			step === null && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
				color: appointment.status === "cancelled" ? "gray" : "red",
				variant: "filled",
				tt: "none",
				children: t(`status.${statusKey(appointment.status)}`)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
				spacing: 4,
				size: "sm",
				center: true,
				"aria-label": t("appointment.flowLabel"),
				children: SOLO_STATUS_FLOW.map((status, index) => {
					const done = step !== null && index < step;
					const current = step === index;
					return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List.Item, {
						"aria-current": current ? "step" : void 0,
						icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ThemeIcon, {
							size: 18,
							radius: "xl",
							color: current ? "indigo" : done ? "teal" : "gray",
							variant: current || done ? "filled" : "light",
							children: done ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconCheck, {
								size: 12,
								"aria-hidden": true
							}) : current ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPointFilled, {
								size: 12,
								"aria-hidden": true
							}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconCircleDashed, {
								size: 12,
								"aria-hidden": true
							})
						}),
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							span: true,
							size: "sm",
							fw: current ? 700 : 400,
							c: step !== null && index > step ? "dimmed" : void 0,
							children: [t(`status.${statusKey(status)}`), current ? ` — ${t("appointment.now")}` : ""]
						})
					}, status);
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "xs",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "xs",
					c: "dimmed",
					children: t("appointment.videoCall")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
					variant: "light",
					tt: "none",
					"data-testid": "video-call-status",
					children: appointment.videoCall ? appointment.videoCall.status : t("appointment.noVideoCall")
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "xs",
				c: "dimmed",
				children: t("appointment.platformNote")
			})
		]
	});
}
// src/features/schedule/appointment/use-appointment-room.ts
/**
* The waiting room of an appointment. Solo's appointment answer does not name it: it comes from the link
* (`?room=`), or else from the CSV data dump of the appointment's day.
*/
function useAppointmentRoom(id, date, fromLink) {
	const day = date === void 0 ? void 0 : (/* @__PURE__ */ new Date(date * 1e3)).toISOString().slice(0, 10);
	const agenda = useSoloAgenda(!fromLink && day ? {
		from: day,
		to: day
	} : void 0);
	if (fromLink) return {
		room: fromLink,
		pending: false,
		error: null
	};
	return {
		room: (agenda.data?.find((candidate) => candidate.id === id))?.waitingRoom ?? null,
		pending: agenda.isPending && day !== void 0,
		error: agenda.error
	};
}
// src/features/schedule/appointment/visit-note-model.ts
/**
* A visit note's template as questions to answer. Solo's page leaves the template's `flow.sections`
* undescribed; sections are read as `{ title, questions: [{ id, text }] }` and anything else is skipped.
*/
var sectionSchema = object({
	title: string().optional(),
	questions: array(object({
		id: string().min(1),
		text: string().optional()
	})).optional()
});
function visitNoteQuestions(note) {
	return note.template.flow.sections.flatMap((raw) => {
		const section = sectionSchema.safeParse(raw);
		if (!section.success) return [];
		const title = section.data.title ?? "";
		return (section.data.questions ?? []).map((question) => {
			const text = question.text ?? question.id;
			const response = note.responses.find((r) => r.question[0] === title && r.question[1] === text);
			return {
				id: question.id,
				section: title,
				text,
				answer: response?.response ?? [],
				answeredAt: response ? `${response.dateTime.date.slice(0, 16)} (${response.dateTime.timezone})` : null
			};
		});
	});
}
var isVisitNoteAnswers = (value) => record(string(), string()).safeParse(value).success;
/** The form's answers → the update body: every question, an empty answer as `[]`, a list split on new lines. */
function toVisitNoteUpdate(note, answers) {
	return {
		name: note.template.name,
		questions: visitNoteQuestions(note).map((question) => ({
			id: question.id,
			value: (answers[question.id] ?? "").split("\n").map((line) => line.trim()).filter(Boolean)
		}))
	};
}
// src/features/schedule/appointment/VisitNoteSection.tsx
function NoteForm({ appointmentId, note, timeZone }) {
	const { t } = useTranslation("schedule");
	const questions = (0, import_react.useMemo)(() => visitNoteQuestions(note), [note]);
	const defaults = (0, import_react.useMemo)(() => Object.fromEntries(questions.map((q) => [q.id, q.answer.join("\n")])), [questions]);
	const form = useForm({ defaultValues: defaults });
	const draft = useFormDraft(form, `schedule.visit-note.${appointmentId}.${note.id}`, isVisitNoteAnswers);
	const save = useUpdateSoloVisitNote();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Card, {
		withBorder: true,
		padding: "sm",
		"data-testid": "visit-note",
		"data-template": note.template.name,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("form", {
			onSubmit: form.handleSubmit((answers) => save.mutate({
				appointmentId,
				input: toVisitNoteUpdate(note, answers)
			}, { onSuccess: () => draft.clear() })),
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: "sm",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
						order: 3,
						size: "h5",
						children: note.template.name
					}),
					questions.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						children: t("visitNote.noQuestions")
					}),
					questions.map((question) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Textarea, {
						label: `${question.section ? `${question.section} · ` : ""}${question.text}`,
						description: question.answeredAt ? t("visitNote.answeredAt", { when: question.answeredAt }) : t("visitNote.unanswered"),
						autosize: true,
						minRows: 1,
						...form.register(question.id),
						"data-question": question.id
					}, question.id)),
					save.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: save.error }),
					save.isSuccess && !form.formState.isDirty && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						role: "status",
						"data-testid": "visit-note-saved",
						children: t("visitNote.saved")
					}),
					questions.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
						justify: "flex-end",
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							type: "submit",
							loading: save.isPending,
							"data-testid": "save-visit-note",
							children: t("visitNote.save")
						})
					}),
					note.comments.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
						gap: 4,
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							fw: 600,
							children: t("visitNote.comments")
						}), note.comments.map((comment) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							size: "sm",
							children: [
								/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
									span: true,
									size: "xs",
									c: "dimmed",
									children: [
										/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonedTime, {
											at: comment.postedAt * 1e3,
											timeZone,
											withDay: true,
											size: "xs"
										}),
										" ·",
										" ",
										comment.author.username
									]
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)("br", {}),
								comment.message
							]
						}, comment.id))]
					})
				]
			})
		})
	});
}
/** The visit note: the template's questions with their answers (editable), and the providers' comments. */
function VisitNoteSection({ appointmentId, timeZone }) {
	const { t } = useTranslation("schedule");
	const notes = useSoloVisitNote(appointmentId);
	if (notes.isPending) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		size: "sm",
		children: t("common.loading")
	});
	if (notes.isError) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
		error: notes.error,
		onRetry: () => void notes.refetch()
	});
	if (notes.data.length === 0) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		size: "sm",
		children: t("visitNote.none")
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
		gap: "sm",
		children: notes.data.map((note) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NoteForm, {
			appointmentId,
			note,
			timeZone
		}, note.id))
	});
}
// src/features/schedule/AppointmentPage.tsx
/** The platform moves a visit along (arrived, intake, exam…): the page asks again this often. */
var APPOINTMENT_REFRESH_MS = 15e3;
/** One Solo appointment: when and where, its status along the flow, and everything done from it. */
function AppointmentPage() {
	const { t } = useTranslation("schedule");
	const { appointmentId = "" } = useParams();
	const [search] = useSearchParams();
	const navigate = useNavigate();
	const id = /^\d+$/.test(appointmentId) ? Number(appointmentId) : void 0;
	const appointment = useSoloAppointment(id, { queryConfig: {
		refetchInterval: APPOINTMENT_REFRESH_MS,
		refetchOnWindowFocus: true,
		staleTime: 0
	} });
	const located = useAppointmentRoom(id ?? 0, appointment.data?.date, search.get("room"));
	const zone = useLocationZone(located.room ? {
		kind: "solo-room",
		id: located.room
	} : void 0);
	const [cancelling, setCancelling] = (0, import_react.useState)(false);
	const name = displayName(appointment.data?.patient.demographics);
	useDocumentTitle(t("appointment.title", { id: appointmentId }));
	const back = /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
		component: Link,
		to: `/schedule/agenda${located.room ? `?room=${encodeURIComponent(located.room)}` : ""}`,
		size: "sm",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			gap: 4,
			component: "span",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconArrowBackUp, {
				size: 16,
				"aria-hidden": true
			}), t("appointment.back")]
		})
	});
	if (id === void 0) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
			order: 1,
			children: t("appointment.title", { id: appointmentId })
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
			color: "red",
			children: t("appointment.badId")
		}),
		back
	] });
	if (appointment.isPending) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, { height: 320 });
	if (appointment.isError) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
			order: 1,
			children: t("appointment.title", { id })
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
			error: appointment.error,
			onRetry: () => void appointment.refetch()
		}),
		back
	] });
	const data = appointment.data;
	const start = data.date * 1e3;
	const roomQuery = located.room ? `room=${encodeURIComponent(located.room)}&` : "";
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "md",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 4,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						justify: "space-between",
						align: "flex-start",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
							order: 1,
							children: t("appointment.title", { id })
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(StatusBadge, { status: data.status })]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScheduleNav, {}),
					back
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Grid, {
				gap: "md",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Grid.Col, {
					span: {
						base: 12,
						md: 7
					},
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Card, {
						withBorder: true,
						padding: "md",
						component: "section",
						"aria-labelledby": "appointment-when",
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
							gap: "xs",
							children: [
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
									order: 2,
									size: "h4",
									id: "appointment-when",
									children: name ?? t("booking.unnamed")
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
									size: "xs",
									c: "dimmed",
									children: t("appointment.patientLine", {
										id: data.patient.id,
										mrn: data.patient.demographics.mrn ?? t("common.none")
									})
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
									"data-testid": "appointment-time",
									children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonedTime, {
										at: start,
										timeZone: zone.timeZone,
										withDay: true,
										stacked: true,
										size: "md"
									})
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
									size: "sm",
									children: t("appointment.roomLine", {
										room: located.room ?? t("appointment.roomUnknown"),
										minutes: Math.round(data.duration / 60)
									})
								}),
								located.room && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LocationZoneControl, {
									location: {
										kind: "solo-room",
										id: located.room
									},
									name: located.room,
									at: start
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
									size: "sm",
									children: [
										t("appointment.reasons"),
										": ",
										data.reasons.join(", ") || t("common.none")
									]
								}),
								data.externalId && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
									size: "xs",
									c: "dimmed",
									children: t("appointment.externalId", { id: data.externalId })
								}),
								data.providers.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
									size: "sm",
									children: [
										t("appointment.providers"),
										":",
										" ",
										data.providers.map((p) => `${p.firstName} ${p.lastName}`).join(", ")
									]
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
									mt: "xs",
									children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
										onClick: () => navigate(`/schedule?${roomQuery}reschedule=${id}&day=${localDayOf(start, zone.timeZone)}&duration=${data.duration}`),
										leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconCalendarRepeat, {
											size: 16,
											"aria-hidden": true
										}),
										disabled: !canReschedule(data.status) || !located.room,
										"data-testid": "reschedule",
										children: t("appointment.reschedule")
									}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
										color: "red.9",
										leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconBan, {
											size: 16,
											"aria-hidden": true
										}),
										disabled: !canCancel(data.status),
										onClick: () => setCancelling(true),
										"data-testid": "cancel-appointment",
										children: t("appointment.cancel")
									})]
								})
							]
						})
					})
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Grid.Col, {
					span: {
						base: 12,
						md: 5
					},
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Card, {
						withBorder: true,
						padding: "md",
						component: "section",
						"aria-labelledby": "appointment-status",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
							order: 2,
							size: "h4",
							id: "appointment-status",
							mb: "xs",
							children: t("appointment.statusTitle")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(StatusFlow, { appointment: data })]
					})
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Tabs, {
				defaultValue: "attachments",
				keepMounted: false,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Tabs.List, {
						"aria-label": t("appointment.sections"),
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tabs.Tab, {
								value: "attachments",
								children: t("appointment.tabs.attachments")
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tabs.Tab, {
								value: "note",
								children: t("appointment.tabs.note")
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tabs.Tab, {
								value: "links",
								children: t("appointment.tabs.links")
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tabs.Tab, {
								value: "episode",
								children: t("appointment.tabs.episode")
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tabs.Tab, {
								value: "assistance",
								children: t("appointment.tabs.assistance")
							})
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tabs.Panel, {
						value: "attachments",
						pt: "md",
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AttachmentsSection, {
							appointmentId: id,
							timeZone: zone.timeZone
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tabs.Panel, {
						value: "note",
						pt: "md",
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(VisitNoteSection, {
							appointmentId: id,
							timeZone: zone.timeZone
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tabs.Panel, {
						value: "links",
						pt: "md",
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareSection, {
							appointment: data,
							patientName: name ?? null
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tabs.Panel, {
						value: "episode",
						pt: "md",
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EpisodeSection, {
							appointmentId: id,
							patientId: data.patient.id
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tabs.Panel, {
						value: "assistance",
						pt: "md",
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AssistanceSection, {
							mrn: data.patient.demographics.mrn,
							timeZone: zone.timeZone
						})
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(CancelAppointmentModal, {
				opened: cancelling,
				appointment: {
					id,
					start,
					patientName: name
				},
				timeZone: zone.timeZone,
				onClose: () => setCancelling(false),
				onCancelled: () => {
					setCancelling(false);
					notifications.show({
						color: "teal",
						message: t("cancel.done", { id })
					});
				}
			})
		]
	});
}
export { APPOINTMENT_REFRESH_MS, AppointmentPage as default };
