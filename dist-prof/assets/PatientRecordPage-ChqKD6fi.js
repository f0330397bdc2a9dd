import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { $ as formatInstant, D as encodePatientKey, E as foldText, Ir as require_react, Kt as Paper, Nt as Anchor, Or as useParams, Ot as Button, P as isDicomModality, Pt as Text, Q as useDocumentTitle, S as personDisplayName, Vt as Group, Zn as vendorNames, _t as IconAlertTriangle, et as formatLocalDate, kt as Badge, nt as formatNumber, ot as rememberRecentPatient, qt as VisuallyHidden, ut as useTranslation, vt as createReactComponent, wt as List, xr as Link, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { t as Skeleton } from "./Skeleton-CycB90X8.js";
import { n as IconArrowLeft, t as usePeopleByKey } from "./queries-D7x2kHGD.js";
import { t as IconPencil } from "./IconPencil-D3EKZCfR.js";
import { C as walkEdenOrdersByPatient, P as getEdenOrder, S as initializePostDicom, V as getPostDicomPatientOrderList, W as getPostDicomPatientOrderProperties, a as tone_module_default, b as scanToDicomModality, c as peopleKeys, dr as useQuery, fr as useQueries, jt as getScanReferral, p as postDicomSearchUser, ur as queryOptions, zn as Table } from "./search-Bd_rEMYc.js";
import { i as listImpiloOrders } from "./orders-pwrwT17L.js";
import { r as listSoloAttachments } from "./attachments-BvRbWpSg.js";
import { n as getSoloEpisodeAppointments, r as listSoloEpisodes } from "./episodes-DsdDOlOU.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconCalendarPlus = createReactComponent("outline", "calendar-plus", "CalendarPlus", [
	["path", {
		"d": "M12.5 21h-6.5a2 2 0 0 1 -2 -2v-12a2 2 0 0 1 2 -2h12a2 2 0 0 1 2 2v5",
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
		"d": "M4 11h16",
		"key": "svg-3"
	}],
	["path", {
		"d": "M16 19h6",
		"key": "svg-4"
	}],
	["path", {
		"d": "M19 16v6",
		"key": "svg-5"
	}]
]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconClipboardPlus = createReactComponent("outline", "clipboard-plus", "ClipboardPlus", [
	["path", {
		"d": "M9 5h-2a2 2 0 0 0 -2 2v12a2 2 0 0 0 2 2h10a2 2 0 0 0 2 -2v-12a2 2 0 0 0 -2 -2h-2",
		"key": "svg-0"
	}],
	["path", {
		"d": "M9 5a2 2 0 0 1 2 -2h2a2 2 0 0 1 2 2a2 2 0 0 1 -2 2h-2a2 2 0 0 1 -2 -2",
		"key": "svg-1"
	}],
	["path", {
		"d": "M10 14h4",
		"key": "svg-2"
	}],
	["path", {
		"d": "M12 12v4",
		"key": "svg-3"
	}]
]);
// src/api/people/record.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var ofKind = (identities, source, kind) => [...new Set(identities.filter((i) => i.source === source && i.kind === kind).map((i) => i.value))];
function fromEden(order) {
	return {
		vendor: "eden",
		id: order.id,
		date: order.appointment_date ?? order.created_at.slice(0, 10),
		modalities: [order.modality],
		what: order.study_name,
		status: order.status,
		accession: order.folio,
		lines: null
	};
}
function fromPostDicom(order) {
	return {
		vendor: "postdicom",
		id: order.PatientOrderUuid,
		date: /^\d{4}-\d{2}-\d{2}$/.test(order.OrderDate) ? order.OrderDate : null,
		modalities: order.OrderModality.split(/[\\,]/).filter((code) => isDicomModality(code.trim())),
		what: order.StudyDescription ?? null,
		status: null,
		accession: order.AccessionNumber || null,
		lines: null
	};
}
function fromImpilo(order) {
	return {
		vendor: "impilo",
		id: order.id,
		date: order.createdAt?.slice(0, 10) ?? null,
		modalities: [],
		what: order.orderNotes ?? null,
		status: order.currentStatus,
		accession: order.externalOrderIds[0] ?? null,
		lines: {
			kits: order.orderKits.length,
			items: order.orderItems.length
		}
	};
}
function fromScan(referral) {
	let modality = [];
	try {
		modality = referral.modality ? [scanToDicomModality(referral.modality)] : [];
	} catch {
		modality = [];
	}
	return {
		vendor: "scan",
		id: String(referral.id),
		date: referral.created_at.slice(0, 10),
		modalities: modality,
		what: referral.referral_information ?? null,
		status: referral.status,
		accession: null,
		lines: null
	};
}
async function postDicomOrdersOf(identities, options) {
	const userUuid = await postDicomSearchUser(options);
	const patientIds = ofKind(identities, "postdicom", "patient-id");
	const byPatient = await Promise.all(patientIds.map(async (patientId) => (await getPostDicomPatientOrderList({
		userUuid,
		patientId
	}, options)).filter((o) => o.PatientId === patientId)));
	const known = new Set(byPatient.flat().map((o) => o.PatientOrderUuid));
	const account = await initializePostDicom(options);
	const loose = await Promise.all(ofKind(identities, "postdicom", "order").filter((uuid) => !known.has(uuid)).map(async (patientOrderUuid) => {
		for (const institution of account.InstitutionList) try {
			return await getPostDicomPatientOrderProperties({
				userUuid,
				patientOrderInstitutionUuid: institution.InstitutionUuid,
				patientOrderUuid
			}, options);
		} catch (error) {
			if (options.signal?.aborted) throw error;
		}
		return null;
	}));
	return {
		userUuid,
		orders: [...byPatient.flat(), ...loose.filter((o) => o !== null)]
	};
}
/** One vendor's orders of the patient, newest first. */
async function fetchPatientOrders(source, identities, options = {}) {
	let orders = [];
	if (source === "eden") {
		const ids = ofKind(identities, "eden", "order");
		const byMrn = await Promise.all(ofKind(identities, "eden", "mrn").map((mrn) => walkEdenOrdersByPatient(mrn, options)));
		const found = new Map(byMrn.flat().map((o) => [o.id, o]));
		const missing = ids.filter((id) => !found.has(id));
		for (const order of await Promise.all(missing.map((id) => getEdenOrder(id, options)))) found.set(order.id, order);
		orders = [...found.values()].map(fromEden);
	} else if (source === "postdicom") orders = (await postDicomOrdersOf(identities, options)).orders.map(fromPostDicom);
	else if (source === "impilo") {
		const patients = new Set(ofKind(identities, "impilo", "id"));
		if (patients.size) for (let page = 0; page < 8; page++) {
			const answer = await listImpiloOrders({
				page,
				size: 250
			}, options);
			orders.push(...answer.content.filter((o) => o.patient && patients.has(o.patient.id)).map(fromImpilo));
			if (answer.last) break;
		}
	} else if (source === "scan") orders = (await Promise.all(ofKind(identities, "scan", "referral").map((id) => getScanReferral(Number(id), options)))).map(fromScan);
	return orders.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
}
/** Each Solo patient id's episodes of care and the appointments filed in them (newest first). */
async function fetchSoloCare(identities, options = {}) {
	return Promise.all(ofKind(identities, "solo", "id").map(async (patientId) => {
		const episodes = await listSoloEpisodes(patientId, options);
		return {
			patientId,
			episodes,
			appointments: (await Promise.all(episodes.map((episode) => getSoloEpisodeAppointments(episode.id, options)))).flatMap((list) => list.appointments.map((a) => ({
				appointmentId: a.appointmentId,
				date: a.date,
				reasons: a.reasons,
				hasNotes: a.hasNotes,
				episodeId: a.episodeOfCareId
			}))).sort((a, b) => b.date - a.date)
		};
	}));
}
function fromAttachment(attachment) {
	return {
		vendor: "solo",
		name: attachment.title,
		size: attachment.size,
		contentType: attachment.mimeType,
		filedUnder: attachment.appointmentId,
		date: attachment.uploadedAt.slice(0, 10)
	};
}
/** One vendor's documents of the patient. Solo's need the appointments (`soloAppointments`, from `fetchSoloCare`). */
async function fetchPatientDocuments(source, identities, options = {}) {
	if (source === "solo") return (await Promise.all((options.soloAppointments ?? []).map((id) => listSoloAttachments(String(id), options)))).flat().filter((a) => !a.deleted).map(fromAttachment);
	if (source === "postdicom") {
		const { userUuid, orders } = await postDicomOrdersOf(identities, options);
		const recent = [...orders].sort((a, b) => b.OrderDate.localeCompare(a.OrderDate)).slice(0, 10);
		return (await Promise.all(recent.map((o) => getPostDicomPatientOrderProperties({
			userUuid,
			patientOrderInstitutionUuid: o.PatientOrderInstitutionUuid,
			patientOrderUuid: o.PatientOrderUuid
		}, options)))).flatMap((p) => (p.DocumentList ?? []).map((d) => ({
			vendor: "postdicom",
			name: d.FileName,
			size: d.Size,
			contentType: null,
			filedUnder: p.PatientOrderUuid,
			date: /^\d{4}-\d{2}-\d{2}$/.test(p.OrderDate) ? p.OrderDate : null
		})));
	}
	if (source === "scan") return (await Promise.all(ofKind(identities, "scan", "referral").map((id) => getScanReferral(Number(id), options)))).flatMap((r) => r.additional_documents.map((d) => ({
		vendor: "scan",
		name: d.file_name,
		size: d.size ?? null,
		contentType: d.content_type ?? null,
		filedUnder: String(r.id),
		date: d.created_at?.slice(0, 10) ?? null
	})));
	return [];
}
// src/api/people/record-queries.ts
/** The record page's queries: one per vendor and section (see ./record.ts), each loading and failing alone. */
var keyOf = (identities, source) => {
	const own = identities.filter((identity) => identity.source === source);
	return own.length ? encodePatientKey(own) : "";
};
var ORDER_SOURCES = [
	"eden",
	"postdicom",
	"impilo",
	"scan"
];
var DOCUMENT_SOURCES = [
	"solo",
	"postdicom",
	"scan"
];
var has = (identities, source) => identities.some((identity) => identity.source === source);
var patientOrdersQuery = (source, identities) => queryOptions({
	queryKey: [
		...peopleKeys.all,
		"record",
		"orders",
		source,
		keyOf(identities, source)
	],
	queryFn: ({ signal }) => fetchPatientOrders(source, identities, { signal })
});
/** The patient's orders, one query per vendor that takes orders and that the key names. */
function usePatientOrders(identities) {
	const sources = ORDER_SOURCES.filter((source) => has(identities, source));
	const queries = useQueries({ queries: sources.map((source) => patientOrdersQuery(source, identities)) });
	return sources.map((source, i) => ({
		source,
		query: queries[i]
	}));
}
var soloCareQuery = (identities) => queryOptions({
	queryKey: [
		...peopleKeys.all,
		"record",
		"solo-care",
		keyOf(identities, "solo")
	],
	queryFn: ({ signal }) => fetchSoloCare(identities, { signal })
});
/** The Solo episodes of care and their appointments (only when the key has a Solo patient id). */
function useSoloCare(identities) {
	const enabled = identities.some((identity) => identity.source === "solo" && identity.kind === "id");
	return useQuery({
		...soloCareQuery(identities),
		enabled
	});
}
var patientDocumentsQuery = (source, identities, soloAppointments) => queryOptions({
	queryKey: [
		...peopleKeys.all,
		"record",
		"documents",
		source,
		keyOf(identities, source),
		source === "solo" ? soloAppointments.join(",") : ""
	],
	queryFn: ({ signal }) => fetchPatientDocuments(source, identities, {
		signal,
		soloAppointments
	})
});
/**
* Documents and attachments, one query per vendor. Solo's wait for the appointments (`soloAppointments`:
* null while Solo care is loading).
*/
function usePatientDocuments(identities, soloAppointments) {
	const sources = DOCUMENT_SOURCES.filter((source) => has(identities, source));
	const queries = useQueries({ queries: sources.map((source) => ({
		...patientDocumentsQuery(source, identities, soloAppointments ?? []),
		enabled: source !== "solo" || soloAppointments !== null
	})) });
	return sources.map((source, i) => ({
		source,
		query: queries[i]
	}));
}
// src/features/patients/components/record/SourceState.tsx
var import_jsx_runtime = require_jsx_runtime();
/** One vendor's part of a section: loading, its own failure with a retry of that vendor alone, or its content. */
function SourceState({ source, query, children, lines = 2 }) {
	const { t } = useTranslation("patients");
	if (query.isPending) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: 6,
		role: "status",
		"data-testid": `loading-${source}`,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "sm",
			c: "dimmed",
			children: t("record.loading", { vendor: vendorNames[source] })
		}), [
			"a",
			"b",
			"c",
			"d",
			"e"
		].slice(0, lines).map((line) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, {
			height: 18,
			radius: "sm",
			"aria-hidden": true
		}, line))]
	});
	if (query.isError) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
		"data-testid": `failed-${source}`,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
			error: query.error,
			title: t("record.sourceFailed", { vendor: vendorNames[source] }),
			onRetry: () => void query.refetch()
		})
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_jsx_runtime.Fragment, { children: children(query.data) });
}
// src/features/patients/components/record/scroll-region.ts
/**
* A table's horizontal scroll area on a phone: reachable by keyboard (a scrollable region with nothing
* focusable inside cannot be scrolled without a mouse), and named for screen readers.
*/
function scrollRegion(label) {
	return { viewportProps: {
		tabIndex: 0,
		role: "group",
		"aria-label": label
	} };
}
// src/features/patients/components/record/CareSections.tsx
/** Solo appointments: those filed in the patient's episodes of care (Solo lists a patient's appointments no other way). */
function AppointmentsSection({ identities, care }) {
	const { t, i18n } = useTranslation("patients");
	const hasSoloId = identities.some((i) => i.source === "solo" && i.kind === "id");
	const hasSolo = identities.some((i) => i.source === "solo");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		component: "section",
		"aria-labelledby": "appointments-title",
		gap: "xs",
		"data-testid": "section-appointments",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				size: "h3",
				id: "appointments-title",
				children: t("record.appointments.title")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "dimmed",
				children: t("record.appointments.how")
			}),
			!hasSoloId ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: hasSolo ? t("record.appointments.needsId") : t("record.appointments.noSolo")
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SourceState, {
				source: "solo",
				query: care,
				children: (list) => {
					const appointments = list.flatMap((c) => c.appointments);
					if (appointments.length === 0) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						children: t("record.appointments.none")
					});
					const episodeName = new Map(list.flatMap((c) => c.episodes.map((e) => [e.id, e.name])));
					return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.ScrollContainer, {
						minWidth: 480,
						scrollAreaProps: scrollRegion(t("record.appointments.title")),
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table, {
							fz: "sm",
							striped: true,
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Thead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("record.appointments.when") }),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("record.appointments.reasons") }),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("record.appointments.episode") })
							] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: appointments.map((a) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, {
								"data-testid": "patient-appointment",
								children: [
									/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: formatInstant((/* @__PURE__ */ new Date(a.date * 1e3)).toISOString(), i18n.language) }),
									/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Td, { children: [a.reasons.join(", "), a.hasNotes && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
										ml: 6,
										size: "xs",
										variant: "light",
										children: t("record.appointments.notes")
									})] }),
									/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: episodeName.get(a.episodeId) ?? a.episodeId })
								]
							}, a.appointmentId)) })]
						})
					});
				}
			})
		]
	});
}
var size = (bytes, locale) => bytes === null ? "" : bytes < 1048576 ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB` : `${formatNumber(Math.round(bytes / 1024 / 1024 * 10) / 10, locale)} MB`;
/** Documents and attachments: Solo appointment attachments, PostDICOM order documents, Scan.com referral documents. */
function DocumentsSection({ identities, care }) {
	const { t, i18n } = useTranslation("patients");
	const soloAppointments = care.data ? care.data.flatMap((c) => c.appointments.map((a) => a.appointmentId)) : null;
	const sources = usePatientDocuments(identities, identities.some((i) => i.source === "solo" && i.kind === "id") ? soloAppointments : []);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		component: "section",
		"aria-labelledby": "documents-title",
		gap: "xs",
		"data-testid": "section-documents",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				size: "h3",
				id: "documents-title",
				children: t("record.documents.title")
			}),
			sources.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "dimmed",
				children: t("record.documents.noSource")
			}),
			sources.map(({ source, query }) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 4,
				"data-testid": `documents-${source}`,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 3,
					size: "h5",
					children: vendorNames[source]
				}), source === "solo" && care.isError ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("record.documents.needsCare")
				}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SourceState, {
					source,
					query,
					children: (documents) => documents.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						c: "dimmed",
						children: t("record.documents.none")
					}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
						size: "sm",
						spacing: 4,
						children: documents.map((d) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List.Item, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
							gap: 6,
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "sm",
								fw: 500,
								span: true,
								children: d.name
							}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "xs",
								c: "dimmed",
								span: true,
								children: [
									size(d.size, i18n.language),
									d.date ? formatLocalDate(d.date, i18n.language) : null,
									t("record.documents.filedUnder", { id: d.filedUnder })
								].filter(Boolean).join(" · ")
							})]
						}) }, `${d.filedUnder}:${d.name}`))
					})
				})]
			}, source))
		]
	});
}
// src/features/patients/record-demographics.ts
/**
* The record page's demographics, side by side: one column per source record, one row per field, and
* whether the sources agree. Values are compared folded (accents, case, spaces ignored): "JOSE" and "José"
* are the same name *written differently*; "José" and "Josefa" *differ*. A value one source lacks is
* *missing* there, not a disagreement.
*/
var demographicFields = [
	"givenNames",
	"firstSurname",
	"secondSurname",
	"birthDate",
	"sex",
	"emails",
	"phones",
	"address",
	"mrn"
];
/** The records shown as columns: every patient record, the newest order of each order source, each referral. */
function demographicColumns(people) {
	const seenOrderSource = /* @__PURE__ */ new Set();
	const out = [];
	for (const person of people) {
		if (person.activity.kind === "order") {
			if (seenOrderSource.has(person.source)) continue;
			seenOrderSource.add(person.source);
		}
		out.push(person);
	}
	const order = [
		"solo",
		"impilo",
		"eden",
		"postdicom",
		"scan"
	];
	return out.sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source));
}
function fieldValue(person, field) {
	switch (field) {
		case "emails": return person.emails.length ? person.emails.join(", ") : null;
		case "phones": return person.phones.length ? person.phones.join(", ") : null;
		case "address": {
			const address = person.addresses[0];
			if (!address) return null;
			return [
				...address.lines,
				address.postalCode,
				address.city,
				address.state,
				address.country
			].filter(Boolean).join(", ");
		}
		case "mrn": {
			const mrns = person.identifiers.filter((i) => i.kind === "mrn" || i.source === "postdicom" && i.kind === "patient-id").map((i) => i.value);
			return mrns.length ? mrns.join(", ") : null;
		}
		default: return person[field] ?? null;
	}
}
var compareKey = (field, value) => field === "phones" ? value.replace(/\D/g, "").replace(/^52/, "") : foldText(value);
function compareDemographics(columns) {
	return demographicFields.map((field) => {
		const values = columns.map((person) => fieldValue(person, field));
		const present = values.filter((value) => value !== null);
		const keys = values.map((value) => value === null ? null : compareKey(field, value));
		const counts = /* @__PURE__ */ new Map();
		for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
		const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
		let agreement;
		if (present.length === 0) agreement = "none";
		else if (counts.size > 1) agreement = "differs";
		else if (present.length < values.length) agreement = "missing";
		else if (new Set(present).size > 1) agreement = "written";
		else agreement = "same";
		const odd = keys.map((key) => counts.size > 1 && key !== null && key !== majority);
		return {
			field,
			values,
			agreement,
			odd
		};
	});
}
// src/features/patients/components/record/DemographicsSection.tsx
/** Demographics from each source side by side; rows whose sources disagree are marked, and so are the odd cells. */
function DemographicsSection({ people }) {
	const { t, i18n } = useTranslation("patients");
	const columns = demographicColumns(people.people);
	const rows = compareDemographics(columns);
	const show = (field, value) => {
		if (value === null) return "—";
		if (field === "birthDate") return formatLocalDate(value, i18n.language);
		if (field === "sex") return t(`search.sex.${value}`);
		return value;
	};
	const failures = people.sources.flatMap(({ query }) => query.data?.failures ?? []);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		component: "section",
		"aria-labelledby": "demographics-title",
		gap: "xs",
		"data-testid": "section-demographics",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				size: "h3",
				id: "demographics-title",
				children: t("record.demographics.title")
			}),
			people.sources.map(({ source, query }) => query.isError ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
				"data-testid": `failed-${source}`,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
					error: query.error,
					title: t("record.sourceFailed", { vendor: vendorNames[source] }),
					onRetry: () => void query.refetch()
				})
			}, source) : query.isPending ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "xs",
				"data-testid": `loading-${source}`,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("record.loading", { vendor: vendorNames[source] })
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, {
					height: 14,
					width: 120
				})]
			}, source) : null),
			failures.map((failure) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				className: tone_module_default.warn,
				children: t("record.demographics.unreadable", {
					vendor: vendorNames[failure.source],
					record: failure.recordId,
					field: failure.field
				})
			}, `${failure.source}:${failure.recordId}`)),
			columns.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.ScrollContainer, {
				minWidth: Math.max(480, 160 + columns.length * 180),
				scrollAreaProps: scrollRegion(t("record.demographics.title")),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table, {
					withTableBorder: true,
					withColumnBorders: true,
					fz: "sm",
					"data-testid": "demographics-table",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Thead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
						scope: "col",
						w: 170,
						children: t("record.demographics.field")
					}), columns.map((person) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Th, {
						scope: "col",
						children: [`${vendorNames[person.source]} · ${t(`search.ids.recordKinds.${person.activity.kind}`)}`, person.activity.date && person.activity.kind !== "patient" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							span: true,
							size: "xs",
							c: "dimmed",
							display: "block",
							children: formatLocalDate(person.activity.date, i18n.language)
						})]
					}, `${person.source}:${person.recordId}`))] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: rows.map((row) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, {
						"data-agreement": row.agreement,
						"data-testid": `demographic-${row.field}`,
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
							scope: "row",
							children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
								gap: 4,
								align: "flex-start",
								children: [
									t(`record.demographics.fields.${row.field}`),
									row.agreement === "differs" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
										size: "xs",
										color: "yellow.5",
										autoContrast: true,
										variant: "filled",
										leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconAlertTriangle, {
											size: 10,
											"aria-hidden": true
										}),
										children: t("record.demographics.differs")
									}),
									row.agreement === "written" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
										size: "xs",
										color: "gray",
										variant: "outline",
										children: t("record.demographics.written")
									})
								]
							})
						}), row.values.map((value, i) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Td, {
							fw: row.odd[i] ? 700 : void 0,
							c: !row.odd[i] && value === null ? "dimmed" : void 0,
							className: row.odd[i] ? tone_module_default.warn : void 0,
							style: { overflowWrap: "anywhere" },
							"data-odd": row.odd[i] || void 0,
							children: [show(row.field, value), row.odd[i] && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(VisuallyHidden, { children: ` (${t("record.demographics.differs")})` })]
						}, `${columns[i]?.source}:${columns[i]?.recordId}`))]
					}, row.field)) })]
				})
			})
		]
	});
}
// src/features/patients/components/record/EpisodesSection.tsx
/** Solo episodes of care: the list, with create and edit. */
function EpisodesSection({ identities, care }) {
	const { t, i18n } = useTranslation("patients");
	const hasSoloId = identities.some((i) => i.source === "solo" && i.kind === "id");
	if (!identities.some((i) => i.source === "solo")) return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		component: "section",
		"aria-labelledby": "episodes-title",
		gap: "xs",
		"data-testid": "section-episodes",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
			order: 2,
			size: "h3",
			id: "episodes-title",
			children: t("record.episodes.title")
		}), !hasSoloId ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "sm",
			children: t("record.episodes.needsId")
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SourceState, {
			source: "solo",
			query: care,
			children: (list) => {
				const episodes = list.flatMap((c) => c.episodes);
				if (episodes.length === 0) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("record.episodes.none")
				});
				return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.ScrollContainer, {
					minWidth: 520,
					scrollAreaProps: scrollRegion(t("record.episodes.title")),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table, {
						fz: "sm",
						striped: true,
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Thead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("record.episodes.name") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("record.episodes.type") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("record.episodes.status") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("record.episodes.from") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("record.episodes.to") })
						] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: episodes.map((episode) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, {
							"data-testid": "patient-episode",
							children: [
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: episode.name }),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: episode.type }),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
									gap: 4,
									children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
										size: "xs",
										variant: "light",
										children: t(`record.episodes.statuses.${episode.status}`)
									})
								}) }),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: formatLocalDate(episode.from, i18n.language) }),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: episode.to ? formatLocalDate(episode.to, i18n.language) : "—" })
							]
						}, episode.id)) })]
					})
				});
			}
		})]
	});
}
// src/features/patients/components/record/OrdersSection.tsx
/** Where an order opens in the Orders area: `/orders/<vendor>/<id>`. */
function orderHref(vendor, id) {
	return `/orders/${vendor}/${encodeURIComponent(id)}`;
}
function OrdersTable({ orders }) {
	const { t, i18n } = useTranslation("patients");
	if (orders.length === 0) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		size: "sm",
		c: "dimmed",
		children: t("record.orders.none")
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.ScrollContainer, {
		minWidth: 560,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table, {
			fz: "sm",
			striped: true,
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Thead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("record.orders.date") }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("record.orders.what") }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("record.orders.status") }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("record.orders.open") })
			] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: orders.map((order) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, {
				"data-testid": "patient-order",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: order.date ? formatLocalDate(order.date, i18n.language) : "—" }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						gap: 6,
						children: [order.modalities.map((m) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
							size: "xs",
							variant: "light",
							color: "indigo",
							children: m
						}, m)), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							span: true,
							children: order.lines ? t("record.orders.lines", {
								kits: order.lines.kits,
								items: order.lines.items
							}) : order.what ?? ""
						})]
					}) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: order.status ?? "—" }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
						component: Link,
						to: orderHref(order.vendor, order.id),
						size: "sm",
						children: order.accession ?? t("record.orders.openOrder")
					}) })
				]
			}, `${order.vendor}:${order.id}`)) })]
		})
	});
}
/** Orders across vendors, as links into Orders: one block per vendor, each loading and failing alone. */
function OrdersSection({ identities }) {
	const { t } = useTranslation("patients");
	const sources = usePatientOrders(identities);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		component: "section",
		"aria-labelledby": "orders-title",
		gap: "sm",
		"data-testid": "section-orders",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				size: "h3",
				id: "orders-title",
				children: t("record.orders.title")
			}),
			sources.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "dimmed",
				children: t("record.orders.noSource")
			}),
			sources.map(({ source, query }) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 4,
				"data-testid": `orders-${source}`,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 3,
					size: "h5",
					children: vendorNames[source]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SourceState, {
					source,
					query,
					children: (orders) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(OrdersTable, { orders })
				})]
			}, source))
		]
	});
}
// src/features/patients/PatientRecordPage.tsx
/** `/patients/:key`: one person across vendors. Each section loads on its own and fails alone, with retry. */
function PatientRecordPage() {
	const { t, i18n } = useTranslation("patients");
	const { key = "" } = useParams();
	const people = usePeopleByKey(key);
	const identities = people.identities ?? [];
	const care = useSoloCare(identities);
	const columns = demographicColumns(people.people);
	const headline = columns[0];
	const name = headline ? personDisplayName(headline) : "";
	useDocumentTitle(name || t("record.title"));
	(0, import_react.useEffect)(() => {
		if (!headline) return;
		rememberRecentPatient({
			key,
			name: personDisplayName(headline),
			birthDate: headline.birthDate,
			sources: [...new Set(identities.map((i) => i.source))]
		});
	}, [
		key,
		headline,
		identities
	]);
	if (!people.identities) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
			order: 1,
			children: t("record.invalidKey.title")
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: t("record.invalidKey.body") }),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
			component: Link,
			to: "/patients",
			children: t("record.back")
		}) })
	] });
	const patientParam = `patient=${encodeURIComponent(key)}`;
	const soloId = identities.find((i) => i.source === "solo" && i.kind === "id");
	const impiloId = identities.find((i) => i.source === "impilo" && i.kind === "id");
	const allFailed = people.sources.length > 0 && people.sources.every((s) => s.query.isError);
	const mrns = [...new Set(columns.flatMap((p) => p.identifiers.filter((i) => i.kind === "mrn").map((i) => i.value)))];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "lg",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
				component: Link,
				to: "/patients",
				size: "sm",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					gap: 4,
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconArrowLeft, {
						size: 14,
						"aria-hidden": true
					}), t("record.back")]
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 4,
				children: [
					name ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
						order: 1,
						"data-testid": "record-name",
						children: name
					}) : people.isPending ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
						order: 1,
						children: t("record.title")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, {
						height: 20,
						width: "40%"
					})] }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
						order: 1,
						children: t("record.title")
					}),
					headline && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						c: "dimmed",
						children: [
							headline.birthDate ? t("record.born", { date: formatLocalDate(headline.birthDate, i18n.language) }) : null,
							headline.sex ? t(`search.sex.${headline.sex}`) : null,
							mrns.length ? `MRN ${mrns.join(", ")}` : null
						].filter(Boolean).join(" · ")
					}),
					allFailed && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						className: tone_module_default.danger,
						children: t("record.nobody")
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
				withBorder: true,
				p: "sm",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					gap: "xs",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							component: Link,
							to: `/orders/new?${patientParam}`,
							leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconClipboardPlus, {
								size: 16,
								"aria-hidden": true
							}),
							"data-testid": "record-new-order",
							children: t("record.actions.newOrder")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							component: Link,
							to: `/schedule?${patientParam}`,
							variant: "default",
							leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconCalendarPlus, {
								size: 16,
								"aria-hidden": true
							}),
							"data-testid": "record-book",
							children: t("record.actions.book")
						}),
						soloId && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							component: Link,
							to: `/patients/${encodeURIComponent(key)}/edit/solo`,
							variant: "default",
							leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPencil, {
								size: 16,
								"aria-hidden": true
							}),
							children: t("record.actions.editSolo")
						}),
						impiloId && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							component: Link,
							to: `/patients/${encodeURIComponent(key)}/edit/impilo`,
							variant: "default",
							leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPencil, {
								size: 16,
								"aria-hidden": true
							}),
							children: t("record.actions.editImpilo")
						})
					]
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DemographicsSection, { people }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(OrdersSection, { identities }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(AppointmentsSection, {
				identities,
				care
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DocumentsSection, {
				identities,
				care
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(EpisodesSection, {
				identities,
				care
			})
		]
	});
}
export { PatientRecordPage as default };
