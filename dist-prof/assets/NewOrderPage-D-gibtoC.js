import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ct as NativeSelect, Dr as useNavigate, Ft as Alert, Ir as require_react, M as dicomModalities, Nt as Anchor, Ot as Button, Pt as Text, Q as useDocumentTitle, S as personDisplayName, St as SegmentedControl, Ut as ActionIcon, Vt as Group, Zn as vendorNames, Zt as Box, bt as TextInput, j as commonImagingModalities, kr as useSearchParams, q as isMappingError, qn as VendorError, ut as useTranslation, vr as useQueryClient, vt as createReactComponent, wt as List, xr as Link, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { t as IconArrowBackUp } from "./IconArrowBackUp-BMUcwN2a.js";
import { n as IconArrowLeft, t as usePeopleByKey } from "./queries-D7x2kHGD.js";
import { a as useFieldArray, n as Controller, o as useForm, s as Fieldset, t as useFormDraft } from "./use-form-draft-D2Qhoe7n.js";
import { n as useCreateEdenOrder, r as useEdenFacilities } from "./queries-wFqakvlC.js";
import { At as createScanReferral, Bn as Chip, Ct as submitScanReferral, Dn as number, Ft as scanPatientInformationInputSchema, It as updateScanReferral, Lt as scanModalities, Mt as listScanReferrals, Nt as scanGenders, On as object, Ot as answerScanSafetyQuestions, Pt as scanGpDetailsSchema, Sn as array, St as confirmScanReferral, Tn as email, Tt as setScanImagingProvider, X as POSTDICOM_MODALITIES, _ as toEdenName, _t as useScanSafetyQuestions, bn as _enum, bt as createScanUser, cr as useDebouncedValue, g as toDicomPersonName, h as sexCodeToWord, ht as useScanReferral, jn as string, jt as getScanReferral, kt as setScanGpDetails, mt as useScanImagingProviders, pt as useScanBodyParts, u as isAbort, v as toFirstLast, vt as useScanTimeSlots, wt as scanKeys, xt as pickScanTimeSlots, y as dicomToScanModality } from "./search-Bd_rEMYc.js";
import { a as applyFormErrors, c as inputResolver, i as ErrorSummary, n as useAbortable, o as firstStepWithError, r as PendingRequest, s as focusFirstField, t as useFieldErrors } from "./use-field-error-CWEDwR5m.js";
import { t as IconInfoCircle } from "./IconInfoCircle-B_ArYEuX.js";
import { a as useCreatePostDicomOrderOnce, d as postDicomCreateOrderJsonInputSchema, f as postDicomCreateOrderMinimumInputSchema, l as POSTDICOM_CREATE_ORDER_JSON_KEYS, p as useNotifySuccess, u as postDicomCreateOrderFull2InputSchema } from "./order-queries-BF_PxECg.js";
import { a as emptyOrderForm, c as generateFolio, i as orderFormResolver, l as isOrderFormDraft, n as OrderForm, o as formFieldForVendorField, t as useOrderFieldLabel } from "./use-order-field-label-C8s35RKt.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { f as useImpiloSites, l as useImpiloPatient, n as useCreateImpiloOrderOnce, o as useImpiloItems, s as useImpiloKits, u as useImpiloPatients } from "./queries-YDeAeu6q.js";
import { t as Radio } from "./Radio-B5s8Yllv.js";
import { t as SimpleGrid } from "./SimpleGrid-1HP91LG8.js";
import { t as Textarea } from "./Textarea-BTFd2lSa.js";
import { t as IconPlus } from "./IconPlus-D7dMIGNS.js";
import { t as IconTrash } from "./IconTrash-OhJxt5d8.js";
import { r as impiloCreateOrderSchema } from "./orders-pwrwT17L.js";
import { t as zodIssues } from "./input-issues-CZFdgykn.js";
import { a as usePostDicomAccount, s as usePostDicomDicomNodeList } from "./queries-C-TE7ghd.js";
import { r as localToday, t as DateField } from "./DateField-B5fO42cl.js";
import { i as useScanSession } from "./session-tZkRHlO9.js";
import { t as IconArrowRight } from "./IconArrowRight-8QopPie9.js";
import { t as IconCheck } from "./IconCheck-Bwx3kdqu.js";
import { t as Skeleton } from "./Skeleton-CycB90X8.js";
import { n as ScanReferralSummary, r as ScanDocumentsPanel, t as useScanSummaryNames } from "./use-scan-summary-names-OvitIzGS.js";
import { i as scanBlockDay, n as blocksOfSlots, r as checkScanBlocks, t as ScanBlockPicker } from "./ScanBlockPicker-C25uvZzu.js";
import { a as formatLongDay, i as formatDayHeader } from "./zones-BfiTQEyQ.js";
import { t as Checkbox } from "./Checkbox-CTnuPsUm.js";
import { i as saveDraft } from "./draft-vault-Dy3f-msU.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconUserCheck = createReactComponent("outline", "user-check", "UserCheck", [
	["path", {
		"d": "M8 7a4 4 0 1 0 8 0a4 4 0 0 0 -8 0",
		"key": "svg-0"
	}],
	["path", {
		"d": "M6 21v-2a4 4 0 0 1 4 -4h4",
		"key": "svg-1"
	}],
	["path", {
		"d": "M15 19l2 2l4 -4",
		"key": "svg-2"
	}]
]);
// src/features/orders/components/DraftRestoredAlert.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/** "Draft restored, saved 5 minutes ago", with a way to throw it away. */
function DraftRestoredAlert({ savedAt, onDiscard }) {
	const { t, i18n } = useTranslation("orders");
	const minutes = savedAt === null ? null : Math.max(0, Math.round((Date.now() - savedAt) / 6e4));
	const age = minutes === null ? null : minutes < 60 ? new Intl.RelativeTimeFormat(i18n.language, { numeric: "auto" }).format(-minutes, "minute") : new Intl.RelativeTimeFormat(i18n.language, { numeric: "auto" }).format(-Math.round(minutes / 60), "hour");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
		icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconInfoCircle, { "aria-hidden": true }),
		color: "blue",
		"data-testid": "draft-restored",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			justify: "space-between",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: age ? t("draftRestoredAge", { age }) : t("draftRestored")
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				size: "xs",
				variant: "subtle",
				onClick: onDiscard,
				children: t("discardDraft")
			})]
		})
	});
}
// src/features/orders/prefill/PrefillNotice.tsx
/**
* Where a form's prefilled values came from, what could not be mapped (left empty, never guessed), and
* each vendor that could not be asked (with a retry of that vendor alone).
*/
function PrefillNotice({ people, prefill, labelOf, keptDraft }) {
	const { t } = useTranslation("orders");
	if (!people.identities) return null;
	const recordFailures = people.sources.flatMap(({ query }) => query.data?.failures ?? []);
	const failed = people.sources.filter(({ query }) => query.isError);
	const person = prefill ? people.people.find((p) => p.source === prefill.source.vendor && p.recordId === prefill.source.recordId) : void 0;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xs",
		"data-testid": "prefill-notice",
		children: [
			people.isPending && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("prefill.loading")
			}),
			person && prefill && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Alert, {
				color: "teal",
				variant: "light",
				icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconUserCheck, { "aria-hidden": true }),
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						children: keptDraft ? t("prefill.keptDraft", { name: personDisplayName(person) }) : t("prefill.from", {
							name: personDisplayName(person),
							vendor: vendorNames[person.source],
							id: person.recordId
						})
					}),
					!keptDraft && (prefill.supplements ?? []).length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
						size: "sm",
						mt: "xs",
						"data-testid": "prefill-supplements",
						children: (prefill.supplements ?? []).map((supplement) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List.Item, { children: t("prefill.supplemented", {
							field: labelOf(supplement.field),
							source: vendorNames[person.source],
							vendor: vendorNames[supplement.vendor],
							id: supplement.recordId
						}) }, supplement.field))
					}),
					prefill.failures.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
						size: "sm",
						mt: "xs",
						"data-testid": "prefill-failures",
						children: prefill.failures.map((failure) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List.Item, { children: t(failure.kind === "disagree" ? "prefill.disagree" : "prefill.notMapped", { field: labelOf(failure.field) }) }, failure.field))
					})
				]
			}),
			!people.isPending && !person && failed.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
				color: "yellow",
				variant: "light",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("prefill.nobody")
				})
			}),
			recordFailures.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Alert, {
				color: "yellow",
				variant: "light",
				"data-testid": "record-failures",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("prefill.recordFailures")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
					size: "sm",
					mt: "xs",
					children: recordFailures.map((failure) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List.Item, { children: t("prefill.recordFailure", {
						vendor: vendorNames[failure.source],
						id: failure.recordId,
						field: failure.field
					}) }, `${failure.source}:${failure.recordId}:${failure.field}`))
				})]
			}),
			failed.map(({ source, query }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
				grow: true,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
					error: query.error,
					title: t("prefill.sourceFailed", { vendor: vendorNames[source] }),
					onRetry: () => void query.refetch()
				})
			}, source))
		]
	});
}
// src/features/orders/prefill/person-prefill.ts
/** Which record prefills a form when the key names several: patient records first, then orders. */
var preference = [
	"solo",
	"impilo",
	"eden",
	"postdicom",
	"scan"
];
/** The record to prefill from: the first by vendor preference (each vendor's newest record first). */
function choosePrefillPerson(people) {
	for (const vendor of preference) {
		const person = people.find((p) => p.source === vendor);
		if (person) return person;
	}
	return null;
}
/** The hospital MRN: an `mrn` identity (Eden, Solo, Impilo) or PostDICOM's Patient ID. */
function hospitalMrn(people) {
	for (const person of people) {
		const identity = person.identifiers.find((i) => i.kind === "mrn" || i.source === "postdicom" && i.kind === "patient-id");
		if (identity) return identity.value;
	}
	return null;
}
function attempt(values, failures, fields, write) {
	try {
		Object.assign(values, write());
	} catch (error) {
		if (!isMappingError(error)) throw error;
		for (const field of Array.isArray(fields) ? fields : [fields]) failures.push({
			field,
			reason: error.reason
		});
	}
}
/**
* A value the chosen record does not have (null), looked up in the patient's other records: used when
* every record that has it says the same, a `disagree` failure when they differ (never a guess).
*/
function fromOtherRecords(chosen, people, read) {
	const found = people.filter((p) => p.source !== chosen.source || p.recordId !== chosen.recordId).flatMap((p) => {
		const value = read(p);
		return value === null ? [] : [{
			value,
			from: p
		}];
	});
	const first = found[0];
	if (!first) return null;
	return found.every((f) => f.value === first.value) ? first : "disagree";
}
/** Writes `read(person)` into `field`, or the value the other records agree on (recorded as a supplement). */
function fillFrom(prefill, field, person, people, read) {
	const own = read(person);
	if (own !== null) {
		prefill.values[field] = own;
		return;
	}
	const gap = fromOtherRecords(person, people, read);
	if (gap === "disagree") prefill.failures.push({
		field,
		reason: "the patient’s records disagree",
		kind: "disagree"
	});
	else if (gap) {
		prefill.values[field] = gap.value;
		prefill.supplements = [...prefill.supplements ?? [], {
			field,
			vendor: gap.from.source,
			recordId: gap.from.recordId
		}];
	}
}
function nameOf(person) {
	return {
		given: person.givenNames,
		middle: null,
		firstSurname: person.firstSurname,
		secondSurname: person.secondSurname,
		prefix: null,
		suffix: null
	};
}
/** Eden: given names and both surnames apart, sex `F`/`M`/`O`, birth date `YYYY-MM-DD`, the MRN. */
function edenPrefill(person, people = [person]) {
	const values = {};
	const failures = [];
	const mrn = hospitalMrn([person, ...people]);
	if (mrn) values.patient_identifier = mrn;
	attempt(values, failures, [
		"patient_name",
		"patient_first_surname",
		"patient_last_surname"
	], () => {
		const name = toEdenName(nameOf(person));
		return {
			patient_name: name.patient_name,
			patient_first_surname: name.patient_first_surname ?? "",
			patient_last_surname: name.patient_last_surname ?? ""
		};
	});
	const prefill = {
		values,
		failures,
		source: {
			vendor: person.source,
			recordId: person.recordId
		}
	};
	fillFrom(prefill, "patient_gender", person, people, (p) => p.sex);
	fillFrom(prefill, "patient_birth_date", person, people, (p) => p.birthDate);
	const email = person.emails[0];
	if (email) values.patient_email = email;
	return prefill;
}
/** PostDICOM: DICOM name `SURNAMES^GIVEN`, sex `M`/`F`/`O`, birth date `YYYY-MM-DD`, the MRN as Patient ID. */
function postDicomPrefill(person, people = [person]) {
	const values = {};
	const failures = [];
	const mrn = hospitalMrn([person, ...people]);
	if (mrn) values.PatientID = mrn;
	attempt(values, failures, "PatientName", () => ({ PatientName: toDicomPersonName(nameOf(person)) }));
	const prefill = {
		values,
		failures,
		source: {
			vendor: person.source,
			recordId: person.recordId
		}
	};
	fillFrom(prefill, "PatientSex", person, people, (p) => p.sex);
	fillFrom(prefill, "PatientsBirthDate", person, people, (p) => p.birthDate);
	return prefill;
}
/** Impilo orders name a patient by Impilo id: the key's Impilo record, when it has one. */
function impiloPatientOf(people) {
	return people.find((person) => person.source === "impilo")?.recordId ?? null;
}
/**
* Scan.com: given names in first_name and both surnames in last_name, sex as `female`/`male`/`other`, the
* date of birth (ISO in the form; the service layer sends Scan.com's `YYYY/MM/DD`), the email, and the
* modality of the patient's newest order in Scan.com's spelling (`MR` → `MRI`). A modality Scan.com does
* not sell is a failure on the modality, never another modality.
*/
function scanPrefill(person, people = [person]) {
	const values = {};
	const failures = [];
	attempt(values, failures, ["patient.first_name", "patient.last_name"], () => {
		const name = toFirstLast(nameOf(person));
		return {
			"patient.first_name": name.first_name,
			"patient.last_name": name.last_name
		};
	});
	const prefill = {
		values,
		failures,
		source: {
			vendor: person.source,
			recordId: person.recordId
		}
	};
	const sexOf = (p) => p.sex ? sexCodeToWord(p.sex) : null;
	attempt(values, failures, "patient.gender", () => {
		fillFrom(prefill, "patient.gender", person, people, sexOf);
		return {};
	});
	fillFrom(prefill, "patient.date_of_birth", person, people, (p) => p.birthDate);
	const email = person.emails[0] ?? people.flatMap((p) => p.emails)[0];
	if (email) values["patient.email"] = email;
	const code = [person, ...people].find((p) => p.activity.modalities.length > 0)?.activity.modalities[0];
	if (code) attempt(values, failures, "modality", () => ({ modality: dicomToScanModality(code) }));
	return prefill;
}
// src/features/orders/prefill/use-prefill.ts
/**
* Puts a prefill into a fresh form once (never over a restored draft, never over a field the user has
* already typed in while the patient was loading: what the user typed wins). The values are marked dirty
* so the draft keeps them.
*/
function useApplyPrefill(form, status, prefill) {
	const applied = (0, import_react.useRef)(false);
	(0, import_react.useEffect)(() => {
		if (applied.current || status !== "fresh" || !prefill) return;
		applied.current = true;
		for (const [field, value] of Object.entries(prefill.values)) {
			if (value === void 0) continue;
			const current = form.getValues(field);
			if (typeof current === "string" && current.trim() !== "") continue;
			form.setValue(field, value, { shouldDirty: true });
		}
	}, [
		form,
		status,
		prefill
	]);
}
// src/features/orders/new/EdenNewOrder.tsx
var NEW_ORDER_DRAFT = "eden-new-order";
/** The new Eden order: the Eden form, its draft, its folio (the retry key) and the patient prefill. */
function EdenNewOrder({ people }) {
	const { t } = useTranslation("orders");
	const notifySuccess = useNotifySuccess();
	const navigate = useNavigate();
	const form = useForm({
		resolver: orderFormResolver,
		defaultValues: emptyOrderForm(),
		mode: "onSubmit",
		reValidateMode: "onChange"
	});
	const draft = useFormDraft(form, NEW_ORDER_DRAFT, isOrderFormDraft);
	const facilities = useEdenFacilities();
	const create = useCreateEdenOrder();
	const request = useAbortable();
	const labelOf = useOrderFieldLabel();
	const inFlight = (0, import_react.useRef)(false);
	const [failure, setFailure] = (0, import_react.useState)(null);
	const person = choosePrefillPerson(people.people);
	const prefill = (0, import_react.useMemo)(() => person ? edenPrefill(person, people.people) : null, [person, people.people]);
	useApplyPrefill(form, draft.status, prefill);
	(0, import_react.useEffect)(() => {
		if (draft.status !== "loading" && !form.getValues("folio")) form.setValue("folio", generateFolio());
	}, [draft.status, form]);
	const onSubmit = form.handleSubmit(async (payload) => {
		if (inFlight.current) return;
		inFlight.current = true;
		setFailure(null);
		try {
			const { order, replayed } = await create.mutateAsync({
				input: payload,
				signal: request.begin()
			});
			draft.clear();
			notifySuccess(replayed ? t("replayed", { folio: order.folio }) : t("created", { folio: order.folio }));
			navigate(`/orders/${order.id}`);
		} catch (error) {
			const applied = applyFormErrors(form, error, (wire) => formFieldForVendorField(wire, form.getValues()));
			setFailure({
				error,
				...applied
			});
		} finally {
			inFlight.current = false;
		}
	}, () => setFailure(null));
	if (draft.status === "loading") return null;
	const busy = create.isPending;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PrefillNotice, {
			people,
			prefill,
			labelOf,
			keptDraft: draft.status === "restored"
		}),
		draft.status === "restored" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DraftRestoredAlert, {
			savedAt: draft.savedAt,
			onDiscard: draft.discard
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorSummary, {
			form,
			failure,
			labelOf,
			title: failure && isAbort(failure.error) ? t("stoppedWaiting") : t("failed")
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(OrderForm, {
			form,
			facilities: facilities.data,
			facilitiesFailed: facilities.isError,
			busy,
			onSubmit,
			pending: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PendingRequest, {
				vendor: "eden",
				onStop: request.cancel
			}),
			actions: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				type: "submit",
				loading: busy,
				"data-testid": "submit-order",
				children: busy ? t("submitting") : t("submit")
			})
		})
	] });
}
// src/features/orders/impilo/ImpiloOrderFields.tsx
var patientLabel = (p) => [
	`${p.lastName}, ${p.firstName}`,
	p.dateOfBirth,
	p.externalIdentifier
].filter(Boolean).join(" · ");
/** Who the order is for (a patient or a site, with a picker for each), the catalogue lines, ids and notes. */
function ImpiloOrderFields({ form }) {
	const { t } = useTranslation("orders");
	const { register, watch, control, setValue } = form;
	const { errorOf, idOf } = useFieldErrors(form);
	const lines = useFieldArray({
		control,
		name: "lines"
	});
	const linesError = errorOf("lines.root") ?? errorOf("lines");
	const target = watch("target");
	const patientId = watch("patientId");
	const [search, setSearch] = (0, import_react.useState)("");
	const patients = useImpiloPatients({
		size: 100,
		...search.trim() ? { name: search.trim() } : {}
	}, { queryConfig: { enabled: target === "patient" } });
	const chosen = useImpiloPatient(patientId || void 0);
	const sites = useImpiloSites({ size: 250 }, { queryConfig: { enabled: target === "site" } });
	const items = useImpiloItems({ size: 250 });
	const kits = useImpiloKits({ size: 250 });
	const choose = {
		value: "",
		label: t("choose")
	};
	const patientOptions = [...patients.data?.content ?? []];
	if (chosen.data && !patientOptions.some((p) => p.id === chosen.data.id)) patientOptions.unshift(chosen.data);
	const catalogue = [
		{
			group: "",
			items: [choose]
		},
		{
			group: t("impilo.kits"),
			items: (kits.data?.content ?? []).map((kit) => ({
				value: `kit:${kit.id}`,
				label: kit.name
			}))
		},
		{
			group: t("impilo.items"),
			items: (items.data?.content ?? []).map((item) => ({
				value: `item:${item.id}`,
				label: item.sku ? `${item.name} (${item.sku})` : item.name
			}))
		}
	];
	const field = (name) => ({
		id: idOf(name),
		label: t(`impilo.fields.${name}`),
		error: errorOf(name),
		"data-field": name
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "lg",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
				legend: t("impilo.sections.recipient"),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio.Group, {
						id: idOf("target"),
						label: t("impilo.fields.target"),
						withAsterisk: true,
						error: errorOf("target"),
						value: target,
						onChange: (value) => {
							setValue("target", value, {
								shouldDirty: true,
								shouldValidate: form.formState.isSubmitted
							});
							setValue(value === "patient" ? "siteId" : "patientId", "", { shouldDirty: true });
						},
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
							mt: 4,
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
								value: "patient",
								label: t("impilo.target.patient"),
								"data-field": "target-patient"
							}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
								value: "site",
								label: t("impilo.target.site"),
								"data-field": "target-site"
							})]
						})
					}),
					target === "patient" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
						cols: {
							base: 1,
							sm: 2
						},
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
							label: t("impilo.fields.patientSearch"),
							value: search,
							onChange: (event) => setSearch(event.currentTarget.value),
							"data-field": "patientSearch"
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
							control,
							name: "patientId",
							render: ({ field: select }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
								...field("patientId"),
								withAsterisk: true,
								...select,
								data: [choose, ...patientOptions.map((p) => ({
									value: p.id,
									label: patientLabel(p)
								}))]
							})
						})]
					}),
					target === "site" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
						control,
						name: "siteId",
						render: ({ field: select }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
							...field("siteId"),
							withAsterisk: true,
							...select,
							data: [choose, ...(sites.data?.content ?? []).map((site) => ({
								value: site.id,
								label: site.externalIdentifier ? `${site.name} (${site.externalIdentifier})` : site.name
							}))]
						})
					})
				] })
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
				legend: t("impilo.sections.lines"),
				id: idOf("lines.root"),
				tabIndex: -1,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: "sm",
					children: [
						lines.fields.map((row, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
							align: "flex-start",
							wrap: "nowrap",
							children: [
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
									control,
									name: `lines.${index}.ref`,
									render: ({ field: select }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
										id: idOf(`lines.${index}.ref`),
										label: t("impilo.fields.line", { index: index + 1 }),
										error: errorOf(`lines.${index}.ref`),
										withAsterisk: true,
										"data-field": `lines.${index}.ref`,
										...select,
										data: catalogue,
										style: {
											flex: 1,
											minWidth: 0
										}
									})
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
									id: idOf(`lines.${index}.quantity`),
									label: t("impilo.fields.quantity"),
									error: errorOf(`lines.${index}.quantity`),
									inputMode: "numeric",
									"data-field": `lines.${index}.quantity`,
									...register(`lines.${index}.quantity`),
									w: 96
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ActionIcon, {
									variant: "subtle",
									color: "red",
									mt: 26,
									size: "lg",
									"aria-label": t("impilo.removeLine", { index: index + 1 }),
									onClick: () => lines.remove(index),
									children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconTrash, {
										size: 18,
										"aria-hidden": true
									})
								})
							]
						}, row.id)),
						linesError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							c: "var(--mantine-color-error)",
							role: "alert",
							"data-testid": "lines-error",
							children: linesError
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							variant: "light",
							size: "xs",
							leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPlus, {
								size: 14,
								"aria-hidden": true
							}),
							onClick: () => lines.append({
								ref: "",
								quantity: "1"
							}),
							children: t("impilo.addLine")
						}) })
					]
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Fieldset, {
				legend: t("impilo.sections.details"),
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
					cols: {
						base: 1,
						sm: 2
					},
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
						...field("externalOrderId"),
						readOnly: true,
						description: t("impilo.hints.externalOrderId"),
						...register("externalOrderId")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
						...field("otherExternalIds"),
						description: t("impilo.hints.otherExternalIds"),
						...register("otherExternalIds")
					})]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Textarea, {
					mt: "sm",
					...field("orderNotes"),
					autosize: true,
					minRows: 2,
					...register("orderNotes")
				})]
			})
		]
	});
}
// src/features/orders/impilo/impilo-order-model.ts
var IMPILO_NOTES_MAX = 2e3;
function emptyImpiloOrderForm() {
	return {
		target: "",
		patientId: "",
		siteId: "",
		lines: [{
			ref: "",
			quantity: "1"
		}],
		externalOrderId: "",
		otherExternalIds: "",
		orderNotes: ""
	};
}
/** `IMP-20260310-K3F9Q2`: one per draft, the order's retry key. */
function generateExternalOrderId(now = /* @__PURE__ */ new Date()) {
	const day = now.toISOString().slice(0, 10).replaceAll("-", "");
	const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	const bytes = crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(6));
	return `IMP-${day}-${Array.from(bytes, (b) => alphabet[b % 32]).join("")}`;
}
function splitLineRef(ref) {
	const match = /^(item|kit):(.+)$/.exec(ref);
	return match ? {
		kind: match[1],
		id: match[2]
	} : null;
}
/** Form → Impilo payload. Lines without a choice are left out (the checks refuse them first). */
function toImpiloPayload(values) {
	const payload = {};
	if (values.target === "patient" && values.patientId) payload.patient = { id: values.patientId };
	if (values.target === "site" && values.siteId) payload.site = { id: values.siteId };
	const items = [];
	const kits = [];
	for (const row of values.lines) {
		const ref = splitLineRef(row.ref);
		if (!ref) continue;
		(ref.kind === "item" ? items : kits).push({
			id: ref.id,
			quantity: Number(row.quantity.trim())
		});
	}
	if (items.length) payload.orderItems = items;
	if (kits.length) payload.orderKits = kits;
	const ids = [values.externalOrderId, ...values.otherExternalIds.split(",")].map((id) => id.trim()).filter((id, index, all) => id !== "" && all.indexOf(id) === index);
	if (ids.length) payload.externalOrderIds = ids;
	if (values.orderNotes.trim()) payload.orderNotes = values.orderNotes.trim();
	return payload;
}
/** A wire path → the form field: `patient` lands on the picker the user chose, the lines on the list. */
function impiloFormField(wire, values) {
	const top = wire.split(/[.[]/)[0] ?? "";
	if (top === "patient" || top === "site") {
		if (values.target === "site") return "siteId";
		if (values.target === "patient") return "patientId";
		return "target";
	}
	if (top === "orderItems" || top === "orderKits") return "lines";
	if (top === "externalOrderIds") return "otherExternalIds";
	if (top === "orderNotes") return "orderNotes";
	return null;
}
/** The form's checks, then Impilo's own rules (its schema): every message at once. */
function validateImpiloOrder(values) {
	const issues = [];
	if (values.target === "") issues.push({
		path: "target",
		message: "validation.patientOrSite"
	});
	if (values.target === "patient" && !values.patientId) issues.push({
		path: "patientId",
		message: "validation.required"
	});
	if (values.target === "site" && !values.siteId) issues.push({
		path: "siteId",
		message: "validation.required"
	});
	const seen = /* @__PURE__ */ new Set();
	values.lines.forEach((row, index) => {
		if (!row.ref) issues.push({
			path: `lines.${index}.ref`,
			message: "validation.required"
		});
		else if (seen.has(row.ref)) issues.push({
			path: `lines.${index}.ref`,
			message: "validation.duplicate"
		});
		seen.add(row.ref);
		const quantity = row.quantity.trim();
		if (!/^\d+$/.test(quantity)) issues.push({
			path: `lines.${index}.quantity`,
			message: "validation.integer"
		});
		else if (Number(quantity) < 1 || Number(quantity) > 999) issues.push({
			path: `lines.${index}.quantity`,
			message: "validation.between",
			params: {
				minimum: 1,
				maximum: 999
			}
		});
	});
	if (values.orderNotes.trim().length > 2e3) issues.push({
		path: "orderNotes",
		message: "validation.tooLong",
		params: { maximum: IMPILO_NOTES_MAX }
	});
	for (const issue of zodIssues(impiloCreateOrderSchema, toImpiloPayload(values))) {
		const field = impiloFormField(issue.path, values);
		if (!field) continue;
		if (field === "lines" && issues.some((known) => known.path.startsWith("lines."))) continue;
		if (field !== "target" && values.target === "") continue;
		if (!issues.some((known) => known.path === field)) issues.push({
			...issue,
			path: field
		});
	}
	return issues.length ? {
		ok: false,
		issues
	} : {
		ok: true,
		value: values
	};
}
var formShape$1 = object({
	target: _enum([
		"",
		"patient",
		"site"
	]),
	patientId: string(),
	siteId: string(),
	lines: array(object({
		ref: string(),
		quantity: string()
	})),
	externalOrderId: string(),
	otherExternalIds: string(),
	orderNotes: string()
});
function isImpiloOrderDraft(value) {
	return formShape$1.safeParse(value).success;
}
// src/features/orders/new/ImpiloNewOrder.tsx
var IMPILO_NEW_ORDER_DRAFT = "impilo-new-order";
var resolver$1 = inputResolver(validateImpiloOrder);
/** The new Impilo kit or device order. */
function ImpiloNewOrder({ people }) {
	const { t } = useTranslation("orders");
	const notifySuccess = useNotifySuccess();
	const navigate = useNavigate();
	const form = useForm({
		resolver: resolver$1,
		defaultValues: emptyImpiloOrderForm(),
		mode: "onSubmit",
		reValidateMode: "onChange"
	});
	const draft = useFormDraft(form, IMPILO_NEW_ORDER_DRAFT, isImpiloOrderDraft);
	const create = useCreateImpiloOrderOnce();
	const request = useAbortable();
	const inFlight = (0, import_react.useRef)(false);
	const [failure, setFailure] = (0, import_react.useState)(null);
	const impiloPerson = people.people.find((person) => person.source === "impilo") ?? null;
	const prefill = (0, import_react.useMemo)(() => {
		const id = impiloPatientOf(people.people);
		return id && impiloPerson ? {
			values: {
				target: "patient",
				patientId: id
			},
			failures: [],
			source: {
				vendor: "impilo",
				recordId: impiloPerson.recordId
			}
		} : null;
	}, [people.people, impiloPerson]);
	useApplyPrefill(form, draft.status, prefill);
	const labelOf = (path) => {
		const line = /^lines\.(\d+)\.(ref|quantity)$/.exec(path);
		if (line) return line[2] === "ref" ? t("impilo.fields.line", { index: Number(line[1]) + 1 }) : `${t("impilo.fields.line", { index: Number(line[1]) + 1 })} · ${t("impilo.fields.quantity")}`;
		if (path === "lines" || path === "lines.root") return t("impilo.sections.lines");
		return t(`impilo.fields.${path}`);
	};
	(0, import_react.useEffect)(() => {
		if (draft.status !== "loading" && !form.getValues("externalOrderId")) form.setValue("externalOrderId", generateExternalOrderId());
	}, [draft.status, form]);
	const onSubmit = form.handleSubmit(async (values) => {
		if (inFlight.current) return;
		inFlight.current = true;
		setFailure(null);
		try {
			const { order, replayed } = await create.mutateAsync({
				input: toImpiloPayload(values),
				signal: request.begin()
			});
			draft.clear();
			notifySuccess(replayed ? t("impilo.replayed", { id: values.externalOrderId }) : t("impilo.created", { id: values.externalOrderId }));
			navigate(`/orders/impilo/${encodeURIComponent(order.id)}`);
		} catch (error) {
			const applied = applyFormErrors(form, error, (wire) => impiloFormField(wire, form.getValues()));
			setFailure({
				error,
				...applied
			});
		} finally {
			inFlight.current = false;
		}
	}, () => setFailure(null));
	if (draft.status === "loading") return null;
	const busy = create.isPending;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PrefillNotice, {
			people,
			prefill,
			labelOf,
			keptDraft: draft.status === "restored"
		}),
		draft.status === "restored" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DraftRestoredAlert, {
			savedAt: draft.savedAt,
			onDiscard: draft.discard
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorSummary, {
			form,
			failure,
			labelOf,
			title: failure && isAbort(failure.error) ? t("impilo.stoppedWaiting") : t("failed")
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
			component: "form",
			onSubmit,
			noValidate: true,
			"aria-busy": busy,
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
				gap: "lg",
				inert: busy,
				style: busy ? { opacity: .6 } : void 0,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ImpiloOrderFields, { form })
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
				pos: "sticky",
				bottom: 0,
				py: "sm",
				mt: "md",
				style: {
					zIndex: 5,
					background: "var(--mantine-color-body)"
				},
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: "xs",
					children: [busy && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PendingRequest, {
						vendor: "impilo",
						onStop: request.cancel
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
						justify: "flex-end",
						inert: busy,
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							type: "submit",
							loading: busy,
							"data-testid": "submit-order",
							children: busy ? t("submitting") : t("submit")
						})
					})]
				})
			})]
		})
	] });
}
// src/features/orders/new/order-vendors.ts
/** The vendors an order can be placed with from `/orders/new`. */
var orderVendors = [
	"eden",
	"postdicom",
	"scan",
	"impilo"
];
/** `?vendor=` → a vendor; Eden when missing or unknown (old links to /orders/new keep working). */
function orderVendorOf(value) {
	return orderVendors.includes(value ?? "") ? value : "eden";
}
// src/features/orders/postdicom/postdicom-order-model.ts
/**
* The PostDICOM order form. Its fields carry CreateOrderWithJSON's key names (the variant with every key);
* the minimum and full-parameter variants take a subset plus the order date and time, which only they
* have. `CreateOrderWithFullParameters2` is offered as "full": it has every parameter of
* `CreateOrderWithFullParameters` plus patient sex and referring physician, so the first adds nothing.
* `toRequest` turns the form into the chosen variant's call (OpenMRS's pure form→payload function).
*/
var postDicomVariants = [
	"json",
	"minimum",
	"full"
];
var postDicomJsonFields = POSTDICOM_CREATE_ORDER_JSON_KEYS;
/** The minimum variant's parameters, by form field. */
var minimumParameters = {
	PatientName: "patientName",
	PatientID: "patientId",
	OrderModality: "modality",
	StudyDescription: "studyDescription",
	OrderDate: "orderDate",
	OrderTime: "orderTime"
};
/** CreateOrderWithFullParameters2's parameters, by form field. */
var fullParameters = {
	...minimumParameters,
	OtherPatientId: "patientOtherId",
	PatientSex: "patientSex",
	PatientsBirthDate: "patientBirthdate",
	OrderAccessionNumber: "accessionNumber",
	PatientComplaints: "complaints",
	RequestedProcedureId: "procedureId",
	RequestingProcedureDescription: "procedureDescription",
	ScheduledEquipmentUuid: "scheduledEquipmentUuid",
	ReferringPhysiciansName: "referringPhysiciansName"
};
/** The fields a variant shows, in the order of the form. */
function postDicomFieldsOf(variant) {
	if (variant === "json") return [...postDicomJsonFields];
	return Object.keys(variant === "minimum" ? minimumParameters : fullParameters);
}
/** What the console requires in every variant (the vendor refuses an order without them). */
var requiredAlways = [
	"PatientName",
	"PatientID",
	"OrderModality"
];
function postDicomRequiredFields(variant) {
	const required = /* @__PURE__ */ new Set([
		"userUuid",
		"institutionUuid",
		...requiredAlways
	]);
	if (variant !== "json") required.add("OrderDate");
	if (variant !== "minimum") required.add("OrderAccessionNumber");
	if (variant === "full") required.add("PatientsBirthDate");
	return required;
}
/** `A260310K3F9Q2X`: 14 characters (the limit is 16), one per draft: the order's retry key. */
function generateAccessionNumber(now = /* @__PURE__ */ new Date()) {
	const day = now.toISOString().slice(2, 10).replaceAll("-", "");
	const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	const bytes = crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(7));
	return `A${day}${Array.from(bytes, (b) => alphabet[b % 32]).join("")}`;
}
var allFields = [
	...postDicomJsonFields,
	"OrderDate",
	"OrderTime",
	"userUuid",
	"institutionUuid"
];
function emptyPostDicomOrderForm() {
	return {
		...Object.fromEntries(allFields.map((field) => [field, ""])),
		variant: "json"
	};
}
/** Form → the chosen variant's call. Every value trimmed; the JSON variant sends only the keys given. */
function toPostDicomRequest(values) {
	const text = (field) => values[field].trim();
	const ids = {
		userUuid: text("userUuid"),
		institutionUuid: text("institutionUuid")
	};
	if (values.variant === "json") {
		const jsonParameters = Object.fromEntries(postDicomJsonFields.map((field) => [field, text(field)]).filter(([, value]) => value !== ""));
		return {
			variant: "json",
			input: {
				...ids,
				jsonParameters
			}
		};
	}
	const parameters = values.variant === "minimum" ? minimumParameters : fullParameters;
	const input = Object.fromEntries(Object.entries(parameters).map(([field, parameter]) => [parameter, text(field)]));
	if (values.variant === "minimum") return {
		variant: "minimum",
		input: {
			...ids,
			...input
		}
	};
	return {
		variant: "full",
		input: {
			...ids,
			...input
		}
	};
}
/** A wire path of any variant (`jsonParameters.PatientName`, `patientName`, `PatientName`) → the form field. */
function postDicomFormField(wirePath) {
	const top = wirePath.replace(/^jsonParameters\.?/, "").split(/[.[]/)[0] ?? "";
	if (top === "") return null;
	if (allFields.includes(top)) return top;
	return Object.entries(fullParameters).find(([, parameter]) => parameter === top)?.[0] ?? null;
}
/**
* The form's checks: what the console requires, then the chosen variant's own schema (the service
* layer's: every documented format and limit). Issues carry form paths and message keys.
*/
function validatePostDicomOrder(values) {
	const issues = [];
	for (const field of postDicomRequiredFields(values.variant)) if (values[field].trim() === "") issues.push({
		path: field,
		message: "validation.required"
	});
	const request = toPostDicomRequest(values);
	const schema = request.variant === "json" ? postDicomCreateOrderJsonInputSchema : request.variant === "full" ? postDicomCreateOrderFull2InputSchema : postDicomCreateOrderMinimumInputSchema;
	for (const issue of zodIssues(schema, request.input)) {
		const field = postDicomFormField(issue.path);
		if (field && !issues.some((known) => known.path === field)) issues.push({
			...issue,
			path: field
		});
	}
	return issues.length ? {
		ok: false,
		issues
	} : {
		ok: true,
		value: values
	};
}
var formShape = object({
	variant: _enum(postDicomVariants),
	...Object.fromEntries(allFields.map((field) => [field, string()]))
});
/** Whether a stored draft still has the form's shape. */
function isPostDicomOrderDraft(value) {
	return formShape.safeParse(value).success;
}
// src/features/orders/postdicom/PostDicomOrderFields.tsx
/** The form's sections, each with the fields it may hold (a variant shows those it has). */
var postDicomSections = [
	{
		name: "patient",
		fields: [
			"PatientName",
			"PatientID",
			"OtherPatientId",
			"PatientSex",
			"PatientsBirthDate",
			"PatientHistory",
			"PatientComplaints",
			"PatientSymptom"
		]
	},
	{
		name: "order",
		fields: [
			"OrderAccessionNumber",
			"OrderModality",
			"Priority",
			"StudyDescription",
			"RequestedProcedureId",
			"RequestingProcedureDescription",
			"OrderDate",
			"OrderTime",
			"PerformedDatetime",
			"ScheduledEquipmentUuid"
		]
	},
	{
		name: "requesting",
		fields: [
			"RequestingPhysician",
			"RequestingDepartment",
			"ReferringPhysiciansName"
		]
	},
	{
		name: "notes",
		fields: ["OrderNote1", "OrderNote2"]
	}
];
var longText = /* @__PURE__ */ new Set([
	"PatientHistory",
	"PatientComplaints",
	"PatientSymptom",
	"OrderNote1",
	"OrderNote2"
]);
var dates = /* @__PURE__ */ new Set(["PatientsBirthDate", "OrderDate"]);
/** The fields of the chosen variant, with the account's users and institutions and the DICOM nodes. */
function PostDicomOrderFields({ form, account, nodes }) {
	const { t } = useTranslation("orders");
	const { register, control, watch } = form;
	const { errorOf, idOf } = useFieldErrors(form);
	const variant = watch("variant");
	const shown = new Set(postDicomFieldsOf(variant));
	const required = postDicomRequiredFields(variant);
	const choose = {
		value: "",
		label: t("choose")
	};
	const common = (name) => ({
		id: idOf(name),
		label: t(`postdicom.fields.${name}`),
		error: errorOf(name),
		withAsterisk: required.has(name),
		"data-field": name
	});
	const input = (name) => {
		if (dates.has(name)) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
			control,
			name,
			render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateField, {
				...common(name),
				name: field.name,
				ref: field.ref,
				value: field.value,
				onChange: field.onChange,
				onBlur: field.onBlur,
				minDate: name === "PatientsBirthDate" ? "1900-01-01" : void 0,
				maxDate: name === "PatientsBirthDate" ? localToday() : void 0
			})
		}, name);
		if (name === "PatientSex") return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
			...common(name),
			...register(name),
			data: [choose, ...[
				"F",
				"M",
				"O"
			].map((value) => ({
				value,
				label: `${t(`sexes.${value}`)} (${value})`
			}))]
		}, name);
		if (name === "OrderModality") {
			const others = POSTDICOM_MODALITIES.filter((code) => !commonImagingModalities.includes(code));
			return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
				...common(name),
				...register(name),
				data: [
					{
						group: "",
						items: [choose]
					},
					{
						group: t("fields.modality"),
						items: commonImagingModalities.map((code) => ({
							value: code,
							label: `${code} — ${dicomModalities[code]}`
						}))
					},
					{
						group: "DICOM",
						items: others.map((code) => ({
							value: code,
							label: code
						}))
					}
				]
			}, name);
		}
		if (name === "ScheduledEquipmentUuid" && nodes) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
			...common(name),
			...register(name),
			data: [choose, ...nodes.map((node) => ({
				value: node.DicomNodeUuid,
				label: `${node.Name} (${node.AeTitle})`
			}))]
		}, name);
		const hint = [
			"PatientName",
			"ReferringPhysiciansName",
			"OrderTime",
			"PerformedDatetime",
			"OrderAccessionNumber",
			"Priority"
		].includes(name) ? t(`postdicom.hints.${name}`) : void 0;
		if (longText.has(name)) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Textarea, {
			...common(name),
			...register(name),
			autosize: true,
			minRows: 1,
			description: hint
		}, name);
		return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
			...common(name),
			...register(name),
			description: hint
		}, name);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "lg",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
			legend: t("postdicom.sections.account"),
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
				cols: {
					base: 1,
					sm: 2
				},
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
					...common("userUuid"),
					label: t("postdicom.fields.userUuid"),
					...register("userUuid"),
					data: [choose, ...(account?.UserList ?? []).map((user) => ({
						value: user.UserUuid,
						label: user.UserName
					}))]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
					...common("institutionUuid"),
					label: t("postdicom.fields.institutionUuid"),
					...register("institutionUuid"),
					data: [choose, ...(account?.InstitutionList ?? []).map((institution) => ({
						value: institution.InstitutionUuid,
						label: institution.InstitutionName
					}))]
				})]
			})
		}), postDicomSections.map((section) => {
			const fields = section.fields.filter((field) => shown.has(field));
			if (fields.length === 0) return null;
			return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
				legend: t(`postdicom.sections.${section.name}`),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SimpleGrid, {
					cols: {
						base: 1,
						sm: 2,
						lg: 3
					},
					children: fields.map(input)
				})
			}, section.name);
		})]
	});
}
// src/features/orders/new/PostDicomNewOrder.tsx
var POSTDICOM_NEW_ORDER_DRAFT = "postdicom-new-order";
var resolver = inputResolver(validatePostDicomOrder);
/** The new PostDICOM order: the variant, its fields, its draft, the accession number as the retry key. */
function PostDicomNewOrder({ people }) {
	const { t } = useTranslation("orders");
	const notifySuccess = useNotifySuccess();
	const navigate = useNavigate();
	const form = useForm({
		resolver,
		defaultValues: emptyPostDicomOrderForm(),
		mode: "onSubmit",
		reValidateMode: "onChange"
	});
	const draft = useFormDraft(form, POSTDICOM_NEW_ORDER_DRAFT, isPostDicomOrderDraft);
	const account = usePostDicomAccount();
	const userUuid = form.watch("userUuid");
	const nodes = usePostDicomDicomNodeList(userUuid || void 0);
	const create = useCreatePostDicomOrderOnce();
	const request = useAbortable();
	const inFlight = (0, import_react.useRef)(false);
	const [failure, setFailure] = (0, import_react.useState)(null);
	const person = choosePrefillPerson(people.people);
	const prefill = (0, import_react.useMemo)(() => person ? postDicomPrefill(person, people.people) : null, [person, people.people]);
	useApplyPrefill(form, draft.status, prefill);
	const labelOf = (path) => {
		const section = postDicomSections.find((s) => s.fields.includes(path))?.name ?? "account";
		return `${t(`postdicom.sections.${section}`)} · ${t(`postdicom.fields.${path}`)}`;
	};
	(0, import_react.useEffect)(() => {
		if (draft.status === "loading") return;
		if (!form.getValues("OrderAccessionNumber")) form.setValue("OrderAccessionNumber", generateAccessionNumber());
		const users = account.data?.UserList ?? [];
		const institutions = account.data?.InstitutionList ?? [];
		if (!form.getValues("userUuid") && users[0]) form.setValue("userUuid", users[0].UserUuid);
		if (!form.getValues("institutionUuid") && institutions.length === 1 && institutions[0]) form.setValue("institutionUuid", institutions[0].InstitutionUuid);
	}, [
		draft.status,
		form,
		account.data
	]);
	const onSubmit = form.handleSubmit(async (values) => {
		if (inFlight.current) return;
		inFlight.current = true;
		setFailure(null);
		try {
			const { order, replayed } = await create.mutateAsync({
				request: toPostDicomRequest(values),
				signal: request.begin()
			});
			draft.clear();
			const accession = values.variant === "minimum" ? values.PatientID : values.OrderAccessionNumber;
			notifySuccess(replayed ? t("postdicom.replayed", { accession }) : t("postdicom.created", { accession }));
			navigate(`/orders/postdicom/${encodeURIComponent(order.PatientOrderUuid)}?institution=${encodeURIComponent(order.PatientOrderInstitutionUuid ?? values.institutionUuid)}`);
		} catch (error) {
			const applied = applyFormErrors(form, error, (wire) => postDicomFormField(wire));
			setFailure({
				error,
				...applied
			});
		} finally {
			inFlight.current = false;
		}
	}, () => setFailure(null));
	if (draft.status === "loading") return null;
	const busy = create.isPending;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PrefillNotice, {
			people,
			prefill,
			labelOf,
			keptDraft: draft.status === "restored"
		}),
		draft.status === "restored" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DraftRestoredAlert, {
			savedAt: draft.savedAt,
			onDiscard: draft.discard
		}),
		account.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
			error: account.error,
			onRetry: () => void account.refetch()
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorSummary, {
			form,
			failure,
			labelOf,
			title: failure && isAbort(failure.error) ? t("postdicom.stoppedWaiting") : t("failed")
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
			component: "form",
			onSubmit,
			noValidate: true,
			"aria-busy": busy,
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: "lg",
				inert: busy,
				style: busy ? { opacity: .6 } : void 0,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: 4,
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							fw: 500,
							id: "postdicom-variant-label",
							children: t("postdicom.variant")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SegmentedControl, {
							"aria-labelledby": "postdicom-variant-label",
							"data-testid": "postdicom-variant",
							value: form.watch("variant"),
							onChange: (value) => form.setValue("variant", value, { shouldDirty: true }),
							data: postDicomVariants.map((value) => ({
								value,
								label: t(`postdicom.variants.${value}`)
							}))
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "xs",
							c: "dimmed",
							children: t(`postdicom.variantHints.${form.watch("variant")}`)
						})
					]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PostDicomOrderFields, {
					form,
					account: account.data,
					nodes: nodes.data
				})]
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
				pos: "sticky",
				bottom: 0,
				py: "sm",
				mt: "md",
				style: {
					zIndex: 5,
					background: "var(--mantine-color-body)"
				},
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: "xs",
					children: [busy && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PendingRequest, {
						vendor: "postdicom",
						onStop: request.cancel
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
						justify: "flex-end",
						inert: busy,
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							type: "submit",
							loading: busy,
							"data-testid": "submit-order",
							children: busy ? t("submitting") : t("submit")
						})
					})]
				})
			})]
		})
	] });
}
// src/features/orders/scan/scan-referral-model.ts
/**
* The Scan.com referral wizard's one form over every step (so any step can be revisited without losing
* what was typed), and the pure form → payload functions. The form holds the console's own shape; the
* service layer turns it into the wire (`date_of_birth_iso: "YYYY/MM/DD"` and so on).
*
* Steps 1–3 are kept in the form until the user leaves step 3: then the referral is created in one request
* (or, when it exists, updated with what changed). Documents need the referral; submit or confirm ends it.
*/
var scanWizardSteps = [
	"patient",
	"study",
	"referral",
	"documents",
	"finish",
	"provider",
	"slots",
	"gp",
	"safety",
	"confirm"
];
/** The first step that needs the referral to exist at Scan.com. */
var SCAN_FIRST_REFERRAL_STEP = scanWizardSteps.indexOf("documents");
/** The steps after "submit or confirm", only on the confirm path. */
var SCAN_CONFIRM_PATH_FROM = scanWizardSteps.indexOf("provider");
/** The form fields of each step (a vendor error on one of them sends the user to that step). */
var scanStepFields = [
	["account", "patient"],
	["modality", "bodyPartIds"],
	["referralInformation"],
	[],
	["path"],
	["providerId"],
	["slotIds"],
	["gp"],
	["safety"],
	[]
];
function emptyScanWizard() {
	return {
		step: 0,
		account: {
			first_name: "",
			last_name: "",
			email: ""
		},
		referralId: "",
		firstSentAt: 0,
		synced: {
			referral: "",
			provider: "",
			slots: "",
			gp: "",
			safety: ""
		},
		patient: {
			first_name: "",
			last_name: "",
			email: "",
			date_of_birth: "",
			gender: "",
			phone: "",
			address_line_1: "",
			address_line_2: "",
			address_city: "",
			address_postcode: ""
		},
		modality: "",
		bodyPartIds: [],
		referralInformation: "",
		path: "",
		providerLocation: "",
		providerId: "",
		slotIds: [],
		gp: {
			gp_name: "",
			practice_name: "",
			practice_address: "",
			practice_postcode: "",
			practice_phone: ""
		},
		safety: []
	};
}
var optionalPatientFields = [
	"phone",
	"address_line_1",
	"address_line_2",
	"address_city",
	"address_postcode"
];
/** The form's patient → Scan.com's patient_information input (empty optional fields left out). */
function toScanPatient(patient) {
	const out = {
		first_name: patient.first_name.trim(),
		last_name: patient.last_name.trim(),
		email: patient.email.trim(),
		date_of_birth: patient.date_of_birth.trim()
	};
	for (const name of optionalPatientFields) {
		const value = patient[name].trim();
		if (value) out[name] = value;
	}
	if (patient.gender) out.gender = patient.gender;
	return out;
}
/** Steps 1–3 → the create (or update) body. */
function toScanReferralBody(values) {
	return {
		patient_information: toScanPatient(values.patient),
		...values.modality ? { modality: values.modality } : {},
		...values.bodyPartIds.length ? { body_part_ids: values.bodyPartIds.map(Number) } : {},
		...values.referralInformation.trim() ? { referral_information: values.referralInformation.trim() } : {}
	};
}
function toScanGpDetails(gp) {
	const out = {
		gp_name: gp.gp_name.trim(),
		practice_name: gp.practice_name.trim(),
		practice_address: gp.practice_address.trim(),
		practice_postcode: gp.practice_postcode.trim()
	};
	if (gp.practice_phone.trim()) out.practice_phone = gp.practice_phone.trim();
	return out;
}
function toScanSafetyAnswers(rows) {
	return rows.map((row) => ({
		safety_question_id: row.id,
		answer: row.answer === "yes",
		...row.answer === "yes" && row.details.trim() ? { details: row.details.trim() } : {}
	}));
}
/** A stable text of a payload, to tell whether Scan.com already has it. */
function signatureOf(payload) {
	return JSON.stringify(payload);
}
/** This wizard's create, as the de-duplication rule compares it (src/lib/orders/scan-dedup.ts). */
function toScanAttempt(values) {
	return {
		patient: {
			firstName: values.patient.first_name,
			lastName: values.patient.last_name,
			dateOfBirth: values.patient.date_of_birth,
			email: values.patient.email
		},
		modality: values.modality,
		firstSentAt: values.firstSentAt
	};
}
/** A referral of the user's list, as the de-duplication rule reads it. */
function seenScanReferral(referral) {
	return {
		id: String(referral.id),
		patient: {
			firstName: referral.patient_information.first_name,
			lastName: referral.patient_information.last_name,
			dateOfBirth: referral.patient_information.date_of_birth ?? "",
			email: referral.patient_information.email ?? null
		},
		modality: referral.modality ?? null,
		createdAt: referral.created_at
	};
}
/**
* A vendor's field (wire name) → the wizard's field. `user`: the answer to creating the Scan.com user
* (top-level names); `referral`: every referral endpoint. `base` and unknown names belong to no field.
*/
function scanFormField(wire, answerOf) {
	if (answerOf === "user") {
		const name = wire.split(".")[0] ?? "";
		return [
			"first_name",
			"last_name",
			"email"
		].includes(name) ? `account.${name}` : null;
	}
	const [top = "", ...rest] = wire.replace(/\[(\d+)\]/g, ".$1").split(".");
	const sub = rest.join(".");
	switch (top) {
		case "patient_information":
			if (sub === "date_of_birth_iso" || sub === "date_of_birth") return "patient.date_of_birth";
			return Object.keys(emptyScanWizard().patient).includes(sub) ? `patient.${sub}` : "patient.first_name";
		case "modality": return "modality";
		case "body_part_ids": return "bodyPartIds";
		case "referral_information": return "referralInformation";
		case "imaging_provider_id": return "providerId";
		case "time_slot_ids": return "slotIds";
		case "gp_details": return Object.keys(emptyScanWizard().gp).includes(sub) ? `gp.${sub}` : "gp.gp_name";
		case "safety_question_answers": {
			const [index, field] = rest;
			return index !== void 0 && /^\d+$/.test(index) && (field === "answer" || field === "details") ? `safety.${index}.${field}` : "safety";
		}
		default: return null;
	}
}
/** The issues of a section under its form path; an empty field is "required", not "badly written". */
var prefix = (issues, at, values) => issues.map((issue) => ({
	...issue.path && !values[issue.path]?.trim() ? { message: "validation.required" } : issue,
	path: issue.path ? `${at}.${issue.path}` : at
}));
var accountSchema = object({
	first_name: string().trim().min(1).max(255),
	last_name: string().trim().min(1).max(255),
	email: email()
});
/** The checks of the step on screen (`values.step`); the other steps are checked when the user is on them. */
function validateScanStep(values, context) {
	const issues = [];
	const step = scanWizardSteps[values.step];
	if (step === "patient") {
		if (context.needsAccount) issues.push(...prefix(zodIssues(accountSchema, values.account), "account", values.account));
		issues.push(...prefix(zodIssues(scanPatientInformationInputSchema, toScanPatient(values.patient)), "patient", values.patient));
	}
	if (step === "study") {
		if (!values.modality) issues.push({
			path: "modality",
			message: "validation.required"
		});
		else if (values.bodyPartIds.length === 0) issues.push({
			path: "bodyPartIds",
			message: "validation.required"
		});
	}
	if (step === "referral") {
		const text = values.referralInformation.trim();
		if (!text) issues.push({
			path: "referralInformation",
			message: "validation.required"
		});
		else if (text.length > 5e3) issues.push({
			path: "referralInformation",
			message: "validation.tooLong",
			params: { maximum: 5e3 }
		});
	}
	if (step === "finish" && !values.path) issues.push({
		path: "path",
		message: "validation.required"
	});
	if (step === "provider" && !values.providerId) issues.push({
		path: "providerId",
		message: "validation.required"
	});
	if (step === "slots" && values.slotIds.length === 0) issues.push({
		path: "slotIds",
		message: "validation.required"
	});
	if (step === "gp") issues.push(...prefix(zodIssues(scanGpDetailsSchema, toScanGpDetails(values.gp)), "gp", values.gp));
	if (step === "safety") {
		if (values.safety.length === 0) issues.push({
			path: "safety",
			message: "validation.required"
		});
		values.safety.forEach((row, index) => {
			if (!row.answer) issues.push({
				path: `safety.${index}.answer`,
				message: "validation.required"
			});
			else if (row.answer === "yes" && context.detailsRequired?.has(row.id) && !row.details.trim()) issues.push({
				path: `safety.${index}.details`,
				message: "validation.required"
			});
		});
	}
	return issues.length ? {
		ok: false,
		issues
	} : {
		ok: true,
		value: values
	};
}
/** Keeps the answers already given when the list of questions (re)loads, in the list's order. */
function safetyRowsFor(questions, rows) {
	return questions.map((question) => rows.find((row) => row.id === question.id) ?? {
		id: question.id,
		answer: "",
		details: ""
	});
}
var text = string();
var draftShape = object({
	step: number().int().min(0).max(scanWizardSteps.length - 1),
	account: object({
		first_name: text,
		last_name: text,
		email: text
	}),
	referralId: text,
	firstSentAt: number(),
	synced: object({
		referral: text,
		provider: text,
		slots: text,
		gp: text,
		safety: text
	}),
	patient: object({
		first_name: text,
		last_name: text,
		email: text,
		date_of_birth: text,
		gender: _enum(["", ...scanGenders]),
		phone: text,
		address_line_1: text,
		address_line_2: text,
		address_city: text,
		address_postcode: text
	}),
	modality: _enum(["", ...scanModalities]),
	bodyPartIds: array(text),
	referralInformation: text,
	path: _enum([
		"",
		"submit",
		"confirm"
	]),
	providerLocation: text,
	providerId: text,
	slotIds: array(number()),
	gp: object({
		gp_name: text,
		practice_name: text,
		practice_address: text,
		practice_postcode: text,
		practice_phone: text
	}),
	safety: array(object({
		id: number(),
		answer: _enum([
			"",
			"yes",
			"no"
		]),
		details: text
	}))
});
function isScanWizardDraft(value) {
	return draftShape.safeParse(value).success;
}
// src/features/orders/scan/ScanStepNav.tsx
/**
* The wizard's steps as a list: the steps before the current one can be opened again (nothing typed is
* lost: one form holds every step); the later ones are reached with Next, which checks the step.
*/
function ScanStepNav({ step, total, onGo, disabled }) {
	const { t } = useTranslation("orders");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
		component: "nav",
		"aria-label": t("scan.stepsLabel"),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
			component: "ol",
			m: 0,
			p: 0,
			style: {
				listStyle: "none",
				display: "flex",
				flexWrap: "wrap",
				gap: "var(--mantine-spacing-xs)"
			},
			children: scanWizardSteps.slice(0, total).map((name, index) => {
				const current = index === step;
				const done = index < step;
				return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					size: "compact-sm",
					variant: current ? "filled" : done ? "light" : "subtle",
					color: current || done ? void 0 : "gray",
					"aria-current": current ? "step" : void 0,
					disabled: disabled || index > step,
					onClick: () => !current && onGo(index),
					leftSection: done ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconCheck, {
						size: 14,
						"aria-hidden": true
					}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						span: true,
						size: "xs",
						fw: 700,
						"aria-hidden": true,
						children: index + 1
					}),
					"data-testid": `scan-step-${name}`,
					children: t(`scan.steps.${name}`)
				}) }, name);
			})
		})
	});
}
// src/features/orders/scan/ScanFinishStep.tsx
/** Step 5: submit (Scan.com emails the patient to finish) or confirm here (provider, blocks, GP, safety). */
function ScanFinishStep({ form }) {
	const { t } = useTranslation("orders");
	const { errorOf, idOf } = useFieldErrors(form);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
		control: form.control,
		name: "path",
		render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio.Group, {
			id: idOf("path"),
			tabIndex: -1,
			"data-field": "path",
			label: t("scan.fields.path"),
			withAsterisk: true,
			value: field.value,
			onChange: (value) => field.onChange(value),
			error: errorOf("path"),
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: "sm",
				mt: "xs",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
					value: "submit",
					label: t("scan.paths.submit"),
					description: t("scan.paths.submitHint")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
					value: "confirm",
					label: t("scan.paths.confirm"),
					description: t("scan.paths.confirmHint")
				})]
			})
		})
	});
}
// src/features/orders/scan/ScanGpStep.tsx
var fields = [
	["gp_name", true],
	["practice_name", true],
	["practice_address", true],
	["practice_postcode", true],
	["practice_phone", false]
];
/** Confirm path: the patient's GP. */
function ScanGpStep({ form }) {
	const { t } = useTranslation("orders");
	const { errorOf, idOf } = useFieldErrors(form);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SimpleGrid, {
		cols: {
			base: 1,
			sm: 2
		},
		children: fields.map(([name, required]) => {
			const path = `gp.${name}`;
			return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
				...form.register(path),
				id: idOf(path),
				"data-field": path,
				label: t(`scan.fields.gp.${name}`),
				withAsterisk: required,
				type: name === "practice_phone" ? "tel" : void 0,
				error: errorOf(path),
				autoComplete: "off"
			}, name);
		})
	});
}
// src/features/orders/scan/ScanPatientStep.tsx
/** Step 1: the patient's information (and, without a Scan.com session, the user this tab works as). */
function ScanPatientStep({ form, sessionActive }) {
	const { t } = useTranslation("orders");
	const { errorOf, idOf } = useFieldErrors(form);
	const text = (path, options = {}) => {
		const [section = "", name = ""] = path.split(".");
		return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
			...form.register(path),
			id: idOf(path),
			"data-field": path,
			label: t(`scan.fields.${section}.${name}`),
			error: errorOf(path),
			withAsterisk: options.required,
			type: options.type,
			autoComplete: options.autoComplete ?? "off"
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "lg",
		children: [sessionActive ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "sm",
			c: "dimmed",
			"data-testid": "scan-session-active",
			children: t("scan.sessionActive")
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
			legend: t("scan.sections.account"),
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: "xs",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("scan.accountHint")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
					cols: {
						base: 1,
						sm: 3
					},
					children: [
						text("account.first_name", { required: true }),
						text("account.last_name", { required: true }),
						text("account.email", {
							required: true,
							type: "email"
						})
					]
				})]
			})
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
			legend: t("scan.sections.patient"),
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
				cols: {
					base: 1,
					sm: 2
				},
				children: [
					text("patient.first_name", { required: true }),
					text("patient.last_name", { required: true }),
					text("patient.email", {
						required: true,
						type: "email"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
						control: form.control,
						name: "patient.date_of_birth",
						render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateField, {
							id: idOf("patient.date_of_birth"),
							"data-field": "patient.date_of_birth",
							label: t("scan.fields.patient.date_of_birth"),
							value: field.value,
							onChange: field.onChange,
							onBlur: field.onBlur,
							ref: field.ref,
							maxDate: localToday(),
							error: errorOf("patient.date_of_birth"),
							withAsterisk: true
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
						...form.register("patient.gender"),
						id: idOf("patient.gender"),
						"data-field": "patient.gender",
						label: t("scan.fields.patient.gender"),
						error: errorOf("patient.gender"),
						data: [{
							value: "",
							label: t("scan.notGiven")
						}, ...scanGenders.map((value) => ({
							value,
							label: t(`scan.genders.${value}`)
						}))]
					}),
					text("patient.phone", { type: "tel" }),
					text("patient.address_line_1"),
					text("patient.address_line_2"),
					text("patient.address_city"),
					text("patient.address_postcode")
				]
			})
		})]
	});
}
// src/features/orders/scan/ScanProviderStep.tsx
/** Confirm path: an imaging provider that does the modality for the body parts, nearest first. */
function ScanProviderStep({ form }) {
	const { t, i18n } = useTranslation("orders");
	const { errorOf, idOf } = useFieldErrors(form);
	const [modality, bodyPartIds, location, postcode] = form.watch([
		"modality",
		"bodyPartIds",
		"providerLocation",
		"patient.address_postcode"
	]);
	const [near] = useDebouncedValue((location || postcode).trim(), 400);
	const session = useScanSession();
	const providers = useScanImagingProviders(session.active && modality && bodyPartIds.length ? {
		modality,
		body_part_ids: bodyPartIds.map(Number),
		...near ? { location: near } : {}
	} : void 0);
	const money = new Intl.NumberFormat(i18n.language, {
		style: "currency",
		currency: "GBP"
	});
	const miles = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "md",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
				...form.register("providerLocation"),
				id: idOf("providerLocation"),
				label: t("scan.fields.providerLocation"),
				description: t("scan.providerLocationHint"),
				placeholder: postcode || void 0,
				w: {
					base: "100%",
					sm: 320
				},
				autoComplete: "off"
			}),
			providers.isPending && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, { height: 160 }),
			providers.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: providers.error,
				onRetry: () => void providers.refetch()
			}),
			providers.data && providers.data.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("scan.noProviders")
			}),
			providers.data && providers.data.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
				control: form.control,
				name: "providerId",
				render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio.Group, {
					id: idOf("providerId"),
					tabIndex: -1,
					"data-field": "providerId",
					label: t("scan.fields.providerId"),
					withAsterisk: true,
					value: field.value,
					onChange: field.onChange,
					error: errorOf("providerId"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
						gap: "sm",
						mt: "xs",
						children: providers.data.map((provider) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
							value: String(provider.id),
							label: provider.name,
							description: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
								gap: "xs",
								component: "span",
								children: [
									/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: [provider.address, provider.postcode].filter(Boolean).join(", ") }),
									typeof provider.distance_miles === "number" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("scan.miles", { distance: miles.format(provider.distance_miles) }) }),
									typeof provider.price === "number" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: money.format(provider.price) })
								]
							})
						}, provider.id))
					})
				})
			})
		]
	});
}
// src/features/orders/scan/ScanReferralInfoStep.tsx
/** Step 3: the referral information (the clinical reason), at most 5,000 characters. */
function ScanReferralInfoStep({ form }) {
	const { t } = useTranslation("orders");
	const { errorOf, idOf } = useFieldErrors(form);
	const length = form.watch("referralInformation").length;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Textarea, {
		...form.register("referralInformation"),
		id: idOf("referralInformation"),
		"data-field": "referralInformation",
		label: t("scan.fields.referralInformation"),
		description: t("scan.referralHint", {
			count: length,
			maximum: 5e3
		}),
		withAsterisk: true,
		autosize: true,
		minRows: 5,
		maxRows: 14,
		error: errorOf("referralInformation")
	});
}
// src/features/orders/scan/ScanSafetyStep.tsx
/** Confirm path: every safety question of the referral answered (details after a yes where asked). */
function ScanSafetyStep({ form, questions }) {
	const { t } = useTranslation("orders");
	const { errorOf, idOf } = useFieldErrors(form);
	const rows = form.watch("safety");
	(0, import_react.useEffect)(() => {
		if (!questions.data) return;
		const current = form.getValues("safety");
		const next = safetyRowsFor(questions.data, current);
		if (signatureOf(next) !== signatureOf(current)) form.setValue("safety", next, { shouldDirty: true });
	}, [questions.data, form]);
	if (questions.isPending) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, { height: 200 });
	if (questions.isError) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
		error: questions.error,
		onRetry: () => void questions.refetch()
	});
	const listError = errorOf("safety");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "lg",
		id: idOf("safety"),
		tabIndex: -1,
		children: [listError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "sm",
			c: "red",
			children: listError
		}), questions.data.map((question, index) => {
			const row = rows[index];
			if (!row || row.id !== question.id) return null;
			return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: "xs",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
					control: form.control,
					name: `safety.${index}.answer`,
					render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio.Group, {
						id: idOf(`safety.${index}.answer`),
						tabIndex: -1,
						"data-field": `safety.${index}.answer`,
						label: question.question,
						withAsterisk: true,
						value: field.value,
						onChange: field.onChange,
						error: errorOf(`safety.${index}.answer`),
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
							gap: "lg",
							mt: 4,
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
								value: "yes",
								label: t("scan.yes")
							}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
								value: "no",
								label: t("scan.no")
							})]
						})
					})
				}), row.answer === "yes" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Textarea, {
					...form.register(`safety.${index}.details`),
					id: idOf(`safety.${index}.details`),
					"data-field": `safety.${index}.details`,
					label: t("scan.fields.safety.details"),
					withAsterisk: question.details_required_if_yes === true,
					autosize: true,
					minRows: 2,
					error: errorOf(`safety.${index}.details`)
				})]
			}, question.id);
		})]
	});
}
// src/features/orders/scan/ScanSlotsStep.tsx
/**
* Confirm path: one day at the chosen provider, then one or more consecutive 15-minute blocks (a longer scan
* takes several). Blocks that do not follow each other are refused with the reason, by the picker.
*/
function ScanSlotsStep({ form, onCheck }) {
	const { t, i18n } = useTranslation("orders");
	const { errorOf, idOf } = useFieldErrors(form);
	const referralId = Number(form.watch("referralId")) || void 0;
	const chosen = form.watch("slotIds");
	const session = useScanSession();
	const slots = useScanTimeSlots(session.active ? referralId : void 0);
	const all = slots.data ?? [];
	const blocks = (0, import_react.useMemo)(() => blocksOfSlots(all), [all]);
	const days = (0, import_react.useMemo)(() => [...new Set(blocks.map(scanBlockDay))], [blocks]);
	const chosenDay = blocks.find((block) => chosen.includes(block.id));
	const [pickedDay, setPickedDay] = (0, import_react.useState)(null);
	const day = pickedDay ?? (chosenDay ? scanBlockDay(chosenDay) : days[0] ?? null);
	const daySlots = (0, import_react.useMemo)(() => all.filter((slot) => slot.start_time.slice(0, 10) === day), [all, day]);
	const required = all.length ? Math.min(...all.map((slot) => slot.ids.length)) : void 0;
	(0, import_react.useEffect)(() => {
		if (!slots.data) return onCheck(null);
		onCheck(chosen.length ? checkScanBlocks(blocks, chosen, { required }) : null);
	}, [
		slots.data,
		blocks,
		chosen,
		required,
		onCheck
	]);
	const error = errorOf("slotIds");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "sm",
		children: [
			slots.isPending && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, { height: 160 }),
			slots.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: slots.error,
				onRetry: () => void slots.refetch()
			}),
			slots.isSuccess && days.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("scan.noSlots")
			}),
			days.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Chip.Group, {
				value: day ?? "",
				onChange: (value) => {
					setPickedDay(String(value));
					form.setValue("slotIds", [], { shouldDirty: true });
				},
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
					gap: 6,
					role: "group",
					"aria-label": t("scan.days"),
					children: days.map((candidate) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Chip, {
						value: candidate,
						size: "sm",
						"aria-label": formatLongDay(candidate, i18n.language),
						children: formatDayHeader(candidate, i18n.language)
					}, candidate))
				})
			}),
			slots.isSuccess && days.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
				id: idOf("slotIds"),
				tabIndex: -1,
				"data-field": "slotIds",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanBlockPicker, {
					slots: daySlots,
					value: chosen,
					onChange: (ids) => form.setValue("slotIds", ids, {
						shouldDirty: true,
						shouldValidate: ids.length > 0
					}),
					requiredBlocks: required,
					label: t("scan.fields.slotIds")
				})
			}),
			error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "red",
				role: "alert",
				children: error
			})
		]
	});
}
// src/features/orders/scan/ScanStudyStep.tsx
/** Step 2: the modality (Scan.com's spelling), then its body parts from the body-parts endpoint. */
function ScanStudyStep({ form }) {
	const { t } = useTranslation("orders");
	const { errorOf, idOf } = useFieldErrors(form);
	const modality = form.watch("modality");
	const session = useScanSession();
	const bodyParts = useScanBodyParts(session.active && modality ? modality : void 0);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "md",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
				control: form.control,
				name: "modality",
				render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
					id: idOf("modality"),
					"data-field": "modality",
					label: t("scan.fields.modality"),
					description: t("scan.modalityHint"),
					withAsterisk: true,
					value: field.value,
					onBlur: field.onBlur,
					ref: field.ref,
					onChange: (event) => {
						const next = event.currentTarget.value;
						if (next !== field.value) form.setValue("bodyPartIds", [], { shouldDirty: true });
						field.onChange(next);
					},
					error: errorOf("modality"),
					data: [{
						value: "",
						label: t("choose")
					}, ...scanModalities.map((value) => ({
						value,
						label: value
					}))],
					w: {
						base: "100%",
						sm: 320
					}
				})
			}),
			modality && bodyParts.isPending && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, { height: 120 }),
			bodyParts.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: bodyParts.error,
				onRetry: () => void bodyParts.refetch()
			}),
			!modality && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("scan.chooseModalityFirst")
			}),
			bodyParts.data && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
				control: form.control,
				name: "bodyPartIds",
				render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox.Group, {
					id: idOf("bodyPartIds"),
					tabIndex: -1,
					"data-field": "bodyPartIds",
					label: t("scan.fields.bodyPartIds"),
					description: t("scan.bodyPartsHint", { modality }),
					withAsterisk: true,
					value: field.value,
					onChange: field.onChange,
					error: errorOf("bodyPartIds"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SimpleGrid, {
						cols: {
							base: 1,
							xs: 2,
							md: 3
						},
						mt: "xs",
						spacing: "xs",
						children: bodyParts.data.map((part) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox, {
							value: String(part.id),
							label: part.name
						}, part.id))
					})
				})
			})
		]
	});
}
// src/features/orders/scan/ScanWizardStepView.tsx
/** The fields of the step on screen. */
function ScanWizardStepView({ name, form, sessionActive, referral, questions, onSlotCheck }) {
	const { t } = useTranslation("orders");
	const names = useScanSummaryNames(name === "confirm" ? referral : void 0);
	switch (name) {
		case "patient": return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanPatientStep, {
			form,
			sessionActive
		});
		case "study": return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanStudyStep, { form });
		case "referral": return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanReferralInfoStep, { form });
		case "documents": return referral ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanDocumentsPanel, {
			referralId: referral.id,
			documents: referral.additional_documents
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, { height: 120 });
		case "finish": return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanFinishStep, { form });
		case "provider": return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanProviderStep, { form });
		case "slots": return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanSlotsStep, {
			form,
			onCheck: onSlotCheck
		});
		case "gp": return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanGpStep, { form });
		case "safety": return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanSafetyStep, {
			form,
			questions
		});
		case "confirm": return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "sm",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("scan.confirmHint")
			}), referral ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanReferralSummary, {
				referral,
				names
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, { height: 160 })]
		});
	}
}
// src/features/orders/scan/use-scan-field-label.ts
/** A wizard field's label as the user reads it next to the input, with its step ("Patient · Email"). */
function useScanFieldLabel() {
	const { t } = useTranslation("orders");
	return (path) => {
		const [top = "", sub = "", field = ""] = path.split(".");
		if (top === "patient" || top === "account" || top === "gp") {
			const section = top;
			const key = `scan.fields.${section}.${sub}`;
			return `${t(`scan.sections.${section}`)} · ${t(key)}`;
		}
		if (top === "safety") return sub ? `${t("scan.steps.safety")} ${Number(sub) + 1} · ${t(field === "details" ? "scan.fields.safety.details" : "scan.fields.safety.answer")}` : t("scan.steps.safety");
		return t(`scan.fields.${top}`);
	};
}
var fold = (text) => (text ?? "").normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim().toLowerCase();
function sameScanPatient(a, b) {
	if (!a.dateOfBirth || a.dateOfBirth !== b.dateOfBirth) return false;
	const names = fold(a.firstName) !== "" && fold(a.firstName) === fold(b.firstName) && fold(a.lastName) === fold(b.lastName);
	const email = fold(a.email) !== "" && fold(a.email) === fold(b.email);
	return names || email;
}
/** The id of the referral that is this attempt's earlier send, or null (see the rule above). */
function findScanEarlierAttempt(attempt, referrals, now) {
	let best = null;
	for (const referral of referrals) {
		const at = Date.parse(referral.createdAt);
		if (Number.isNaN(at)) continue;
		if (referral.modality !== attempt.modality) continue;
		if (!sameScanPatient(attempt.patient, referral.patient)) continue;
		if (at < attempt.firstSentAt - 12e4) continue;
		if (now - at > 18e5 || at > now + 12e4) continue;
		if (!best || at > best.at) best = {
			id: referral.id,
			at
		};
	}
	return best?.id ?? null;
}
// src/features/orders/scan/use-scan-wizard-steps.ts
var SCAN_REFERRAL_DRAFT = "scan-referral-wizard";
var ScanStepFailure = class extends Error {
	cause;
	answerOf;
	constructor(cause, answerOf) {
		super("A Scan.com step failed");
		this.cause = cause;
		this.answerOf = answerOf;
	}
};
var slotSignature = (ids) => signatureOf([...ids].sort((a, b) => a - b));
/**
* What "Next" does on each step: the Scan.com calls (only what changed), the referral created once (see
* src/lib/orders/scan-dedup.ts: before a retry of the create, the user's referral list is read for the
* earlier attempt), and the referral's answer written back into the form.
*/
function useScanWizardSteps(form, sessionActive) {
	const queryClient = useQueryClient();
	/** The referral as Scan.com answered it: its id, and what it no longer holds (a provider change frees slots). */
	const written = (0, import_react.useCallback)((referral) => {
		queryClient.setQueryData(scanKeys.referral(referral.id), referral);
		queryClient.invalidateQueries({ queryKey: scanKeys.referrals() });
		form.setValue("referralId", String(referral.id));
		if (!referral.imaging_provider_id) form.setValue("synced.provider", "");
		if (referral.time_slot_ids.length === 0) form.setValue("synced.slots", "");
		else form.setValue("synced.slots", slotSignature(referral.time_slot_ids));
		if (!referral.gp_details) form.setValue("synced.gp", "");
		if (referral.safety_question_answers.length === 0) form.setValue("synced.safety", "");
	}, [form, queryClient]);
	/** Saves the draft now (not after the usual pause): a reload right after must find it. */
	const saveNow = (0, import_react.useCallback)(() => saveDraft(SCAN_REFERRAL_DRAFT, form.getValues()), [form]);
	const call = async (answerOf, run) => {
		try {
			return await run();
		} catch (error) {
			throw new ScanStepFailure(error, answerOf);
		}
	};
	/** Creates the referral once, or updates it with what changed in steps 1–3. */
	const saveReferral = async (values, signal) => {
		const body = toScanReferralBody(values);
		const signature = signatureOf(body);
		if (values.referralId) {
			if (signature === values.synced.referral) return;
			written(await call("referral", () => updateScanReferral(Number(values.referralId), body, { signal })));
			form.setValue("synced.referral", signature);
			return;
		}
		let referral;
		if (values.firstSentAt) {
			const list = await call("referral", () => listScanReferrals({ signal }));
			const earlier = findScanEarlierAttempt(toScanAttempt(values), list.map(seenScanReferral), Date.now());
			const found = list.find((candidate) => String(candidate.id) === earlier);
			if (found) referral = await call("referral", () => updateScanReferral(found.id, body, { signal }));
		}
		if (!referral) {
			if (!values.firstSentAt) {
				form.setValue("firstSentAt", Date.now());
				await saveNow();
			}
			referral = await call("referral", () => createScanReferral(body, { signal }));
		}
		written(referral);
		form.setValue("firstSentAt", 0);
		form.setValue("synced.referral", signature);
	};
	/**
	* Submit or confirm, once: when the answer is lost after Scan.com processed it, the retry is refused ("already
	* submitted"); the referral is read back and, in the state asked for, taken as done.
	*/
	const finishOnce = async (id, status, send) => {
		try {
			const referral = await send();
			written(referral);
			return {
				done: referral,
				replayed: false
			};
		} catch (error) {
			const current = await getScanReferral(id).catch(() => null);
			if (current?.status === status) {
				written(current);
				return {
					done: current,
					replayed: true
				};
			}
			throw new ScanStepFailure(error, "referral");
		}
	};
	/** Runs the step on screen; throws a ScanStepFailure when Scan.com (or the network) refused it. */
	const run = async (values, signal) => {
		const step = scanWizardSteps[values.step];
		const id = Number(values.referralId);
		const next = { next: values.step + 1 };
		switch (step) {
			case "patient":
				if (!sessionActive) await call("user", () => createScanUser(values.account, { signal }));
				return next;
			case "study": return next;
			case "referral":
				await saveReferral(values, signal);
				await saveNow();
				return next;
			case "documents": return next;
			case "finish":
				if (values.path === "submit") return finishOnce(id, "submitted", () => submitScanReferral(id, { signal }));
				return next;
			case "provider":
				if (values.providerId !== values.synced.provider) {
					written(await call("referral", () => setScanImagingProvider(id, Number(values.providerId), { signal })));
					form.setValue("synced.provider", values.providerId);
					form.setValue("slotIds", []);
					form.setValue("synced.slots", "");
				}
				return next;
			case "slots":
				if (slotSignature(values.slotIds) !== values.synced.slots) {
					written(await call("referral", () => pickScanTimeSlots(id, values.slotIds, { signal })));
					queryClient.invalidateQueries({ queryKey: scanKeys.timeSlots() });
				}
				return next;
			case "gp": {
				const gp = toScanGpDetails(values.gp);
				if (signatureOf(gp) !== values.synced.gp) {
					written(await call("referral", () => setScanGpDetails(id, gp, { signal })));
					form.setValue("synced.gp", signatureOf(gp));
				}
				return next;
			}
			case "safety": {
				const answers = toScanSafetyAnswers(values.safety);
				if (signatureOf(answers) !== values.synced.safety) {
					written(await call("referral", () => answerScanSafetyQuestions(id, answers, { signal })));
					form.setValue("synced.safety", signatureOf(answers));
				}
				return next;
			}
			case "confirm": return finishOnce(id, "confirmed", () => confirmScanReferral(id, { signal }));
			default: return next;
		}
	};
	return { run };
}
// src/features/orders/scan/ScanReferralWizard.tsx
/**
* The Scan.com referral wizard: one form over every step, kept as an encrypted tab-scoped draft with the
* step on screen. Steps 1–3 stay in the form; leaving step 3 creates the referral once (or updates it);
* documents; then submit (Scan.com emails the patient) or the confirm path (provider, blocks, GP, safety,
* confirm). A vendor's field errors land on their fields and the wizard moves to their step.
*/
function ScanReferralWizard({ people }) {
	const { t } = useTranslation("orders");
	const navigate = useNavigate();
	const notifySuccess = useNotifySuccess();
	const session = useScanSession();
	const context = (0, import_react.useRef)({ needsAccount: !session.active });
	const resolver = (0, import_react.useMemo)(() => (values, ctx, options) => inputResolver((v) => validateScanStep(v, context.current))(values, ctx, options), []);
	const form = useForm({
		resolver,
		defaultValues: emptyScanWizard(),
		mode: "onSubmit",
		reValidateMode: "onChange"
	});
	const draft = useFormDraft(form, SCAN_REFERRAL_DRAFT, isScanWizardDraft);
	const labelOf = useScanFieldLabel();
	const steps = useScanWizardSteps(form, session.active);
	const [failure, setFailure] = (0, import_react.useState)(null);
	const [busy, setBusy] = (0, import_react.useState)(false);
	const [notice, setNotice] = (0, import_react.useState)(null);
	const inFlight = (0, import_react.useRef)(false);
	const request = useAbortable();
	const focusAfterMove = (0, import_react.useRef)(null);
	const headingRef = (0, import_react.useRef)(null);
	const slotCheck = (0, import_react.useRef)(null);
	const onSlotCheck = (0, import_react.useCallback)((check) => {
		slotCheck.current = check;
	}, []);
	const step = form.watch("step");
	const path = form.watch("path");
	const referralId = form.watch("referralId");
	const referral = useScanReferral(referralId && session.active ? Number(referralId) : void 0);
	const questions = useScanSafetyQuestions(referralId && session.active && step >= SCAN_CONFIRM_PATH_FROM ? Number(referralId) : void 0);
	context.current = {
		needsAccount: !session.active,
		detailsRequired: new Set((questions.data ?? []).filter((q) => q.details_required_if_yes).map((question) => question.id))
	};
	const person = choosePrefillPerson(people.people);
	const prefill = (0, import_react.useMemo)(() => person && !people.isPending ? scanPrefill(person, people.people) : null, [
		person,
		people.people,
		people.isPending
	]);
	useApplyPrefill(form, draft.status, prefill);
	const restarted = (0, import_react.useRef)(false);
	(0, import_react.useEffect)(() => {
		if (draft.status !== "restored" || session.active || restarted.current) return;
		restarted.current = true;
		const values = form.getValues();
		if (values.step === 0) return;
		setBusy(true);
		createScanUser(values.account).catch(() => {
			form.setValue("step", 0);
			setNotice("sessionAgain");
		}).finally(() => setBusy(false));
	}, [
		draft.status,
		session.active,
		form
	]);
	(0, import_react.useEffect)(() => {
		const error = referral.error;
		if (!(error instanceof VendorError) || error.status !== 404) return;
		form.setValue("referralId", "");
		form.setValue("synced", {
			referral: "",
			provider: "",
			slots: "",
			gp: "",
			safety: ""
		});
		form.setValue("slotIds", []);
		if (form.getValues("step") >= SCAN_FIRST_REFERRAL_STEP) form.setValue("step", SCAN_FIRST_REFERRAL_STEP - 1);
		setNotice("referralGone");
	}, [referral.error, form]);
	const shownStep = (0, import_react.useRef)(step);
	(0, import_react.useEffect)(() => {
		if (shownStep.current === step) return;
		shownStep.current = step;
		const fields = focusAfterMove.current;
		focusAfterMove.current = null;
		if (!(fields && focusFirstField(fields))) headingRef.current?.focus();
	}, [step]);
	const goTo = (next) => {
		setFailure(null);
		form.clearErrors();
		form.setValue("step", next, { shouldDirty: true });
	};
	const onNext = form.handleSubmit(async (values) => {
		if (inFlight.current) return;
		if (scanWizardSteps[values.step] === "slots" && slotCheck.current && !slotCheck.current.ok) {
			document.querySelector("[data-testid=\"scan-block-refusal\"]")?.focus();
			return;
		}
		inFlight.current = true;
		setBusy(true);
		setFailure(null);
		setNotice(null);
		try {
			const outcome = await steps.run(values, request.begin());
			if ("done" in outcome) {
				draft.clear();
				const key = outcome.done.status === "confirmed" ? "scan.confirmed" : "scan.submitted";
				notifySuccess(t(key, { id: outcome.done.id }));
				navigate(`/orders/scan/${outcome.done.id}`);
				return;
			}
			goTo(outcome.next);
		} catch (error) {
			const cause = error instanceof ScanStepFailure ? error.cause : error;
			const answerOf = error instanceof ScanStepFailure ? error.answerOf : "referral";
			const applied = applyFormErrors(form, cause, (wire) => scanFormField(wire, answerOf), { focus: false });
			setFailure({
				error: cause,
				...applied
			});
			const target = firstStepWithError(applied.fields, scanStepFields);
			if (target >= 0 && target !== values.step) {
				focusAfterMove.current = applied.fields;
				form.setValue("step", target, { shouldDirty: true });
			} else focusFirstField(applied.fields);
		} finally {
			inFlight.current = false;
			setBusy(false);
		}
	}, () => setFailure(null));
	if (draft.status === "loading") return null;
	const name = scanWizardSteps[step] ?? "patient";
	const total = path === "confirm" ? scanWizardSteps.length : SCAN_CONFIRM_PATH_FROM;
	const last = name === "confirm" || name === "finish" && path === "submit";
	const nextLabel = name === "confirm" ? t("scan.confirm") : name === "finish" && path === "submit" ? t("scan.submit") : name === "referral" && !referralId ? t("scan.createAndNext") : t("scan.next");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		"data-testid": "scan-wizard",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PrefillNotice, {
				people,
				prefill,
				labelOf,
				keptDraft: draft.status === "restored"
			}),
			draft.status === "restored" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DraftRestoredAlert, {
				savedAt: draft.savedAt,
				onDiscard: draft.discard
			}),
			notice && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
				color: "yellow",
				variant: "light",
				icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconInfoCircle, { "aria-hidden": true }),
				"data-testid": "scan-notice",
				children: t(`scan.notice.${notice}`)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanStepNav, {
				step,
				total,
				onGo: goTo,
				disabled: busy
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorSummary, {
				form,
				failure,
				labelOf,
				title: t("scan.notSaved")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
				component: "form",
				onSubmit: onNext,
				noValidate: true,
				"aria-busy": busy,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: "lg",
					inert: busy,
					style: busy ? { opacity: .6 } : void 0,
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
						gap: 2,
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							c: "dimmed",
							children: t("scan.stepOf", {
								step: step + 1,
								total
							})
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
							order: 2,
							size: "h3",
							ref: headingRef,
							tabIndex: -1,
							"data-testid": "scan-step-title",
							children: t(`scan.steps.${name}`)
						})]
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanWizardStepView, {
						name,
						form,
						sessionActive: session.active,
						referral: referral.data,
						questions,
						onSlotCheck
					})]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
					pos: "sticky",
					bottom: 0,
					py: "sm",
					mt: "md",
					style: {
						zIndex: 5,
						background: "var(--mantine-color-body)"
					},
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
						gap: "xs",
						children: [busy && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PendingRequest, {
							vendor: "scan",
							onStop: request.cancel
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
							justify: "space-between",
							inert: busy,
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								variant: "default",
								leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconArrowLeft, {
									size: 16,
									"aria-hidden": true
								}),
								disabled: step === 0,
								onClick: () => goTo(step - 1),
								"data-testid": "scan-back",
								children: t("scan.back")
							}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								type: "submit",
								loading: busy,
								rightSection: last ? void 0 : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconArrowRight, {
									size: 16,
									"aria-hidden": true
								}),
								"data-testid": "scan-next",
								children: nextLabel
							})]
						})]
					})
				})]
			})
		]
	});
}
// src/features/orders/NewOrderPage.tsx
/**
* `/orders/new?vendor=<eden|postdicom|scan|impilo>&patient=<key>`: the user picks where the order goes; the
* patient key (ids only) prefills the vendor's form through the people layer.
*/
function NewOrderPage() {
	const { t } = useTranslation("orders");
	const [params, setParams] = useSearchParams();
	const vendor = orderVendorOf(params.get("vendor"));
	const patientKey = params.get("patient");
	const people = usePeopleByKey(patientKey);
	const title = t("newTitleFor", { vendor: vendorNames[vendor] });
	useDocumentTitle(title);
	const choose = (next) => {
		const updated = new URLSearchParams(params);
		if (next === "eden") updated.delete("vendor");
		else updated.set("vendor", next);
		setParams(updated, { replace: true });
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			justify: "space-between",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 1,
				children: title
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
				component: Link,
				to: "/orders",
				size: "sm",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					gap: 4,
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconArrowBackUp, {
						size: 16,
						"aria-hidden": true
					}), t("backToWorklist")]
				})
			})]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: 4,
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				fw: 500,
				id: "order-vendor-label",
				children: t("vendorPicker")
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SegmentedControl, {
				"aria-labelledby": "order-vendor-label",
				"data-testid": "vendor-picker",
				value: vendor,
				onChange: choose,
				fullWidth: true,
				data: orderVendors.map((value) => ({
					value,
					label: vendorNames[value]
				}))
			})]
		}),
		vendor === "eden" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EdenNewOrder, { people }, "eden"),
		vendor === "postdicom" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PostDicomNewOrder, { people }, "postdicom"),
		vendor === "scan" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanReferralWizard, { people }, "scan"),
		vendor === "impilo" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ImpiloNewOrder, { people }, "impilo")
	] });
}
export { NewOrderPage as default };
