import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { A as tryDecodePatientKey, Ct as NativeSelect, D as encodePatientKey, Dr as useNavigate, Ft as Alert, Ir as require_react, O as identityOf, Or as useParams, Ot as Button, Pt as Text, Q as useDocumentTitle, Vt as Group, bt as TextInput, ut as useTranslation, vr as useQueryClient, xt as Stack, yr as require_jsx_runtime, z as isIsoDate } from "./boot-CCHtFN9d.js";
import { t as Skeleton } from "./Skeleton-CycB90X8.js";
import { n as notifications } from "./esm-BZ7yxgoG.js";
import { n as Controller, o as useForm, s as Fieldset, t as useFormDraft } from "./use-form-draft-D2Qhoe7n.js";
import { c as peopleKeys, o as patientHref, u as isAbort } from "./search-Bd_rEMYc.js";
import { f as useImpiloSites, l as useImpiloPatient, m as useUpdateImpiloPatient, r as useCreateImpiloPatientOnce } from "./queries-YDeAeu6q.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { r as localToday, t as DateField } from "./DateField-B5fO42cl.js";
import { a as applyFormErrors, c as inputResolver, i as ErrorSummary, n as useAbortable, r as PendingRequest, t as useFieldErrors } from "./use-field-error-CWEDwR5m.js";
import { t as SimpleGrid } from "./SimpleGrid-1HP91LG8.js";
import { n as hasShape, t as PatientFormShell } from "./PatientFormShell-BqOTAVw_.js";
// src/features/patients/impilo-patient-form-model.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var addressFields = [
	"line1",
	"line2",
	"city",
	"state",
	"postalCode",
	"country"
];
function emptyImpiloPatientForm() {
	return {
		firstName: "",
		lastName: "",
		email: "",
		phone: "",
		dateOfBirth: "",
		externalIdentifier: "",
		siteId: "",
		line1: "",
		line2: "",
		city: "",
		state: "",
		postalCode: "",
		country: ""
	};
}
var text = (value) => value.trim();
var given = (value) => text(value) === "" ? void 0 : text(value);
function address(values) {
	if (!addressFields.some((field) => text(values[field]))) return void 0;
	return {
		line1: text(values.line1),
		line2: given(values.line2) ?? null,
		city: text(values.city),
		state: given(values.state) ?? null,
		postalCode: text(values.postalCode),
		country: text(values.country).toUpperCase()
	};
}
/** The create body (and the update body: the same fields, ASSUMED). */
function toImpiloPayload(values) {
	return {
		firstName: text(values.firstName),
		lastName: text(values.lastName),
		email: given(values.email),
		phone: given(values.phone),
		dateOfBirth: given(values.dateOfBirth),
		externalIdentifier: text(values.externalIdentifier),
		siteId: given(values.siteId),
		address: address(values)
	};
}
function fromImpiloPatient(patient) {
	return {
		firstName: patient.firstName,
		lastName: patient.lastName,
		email: patient.email ?? "",
		phone: patient.phone ?? "",
		dateOfBirth: patient.dateOfBirth ?? "",
		externalIdentifier: patient.externalIdentifier ?? "",
		siteId: patient.siteId ?? "",
		line1: patient.address?.line1 ?? "",
		line2: patient.address?.line2 ?? "",
		city: patient.address?.city ?? "",
		state: patient.address?.state ?? "",
		postalCode: patient.address?.postalCode ?? "",
		country: patient.address?.country ?? ""
	};
}
var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
var PHONE = /^\+?[0-9 ().-]{4,25}$/;
/** The form's own checks (Impilo's schema runs on the payload after these: see the form page). */
function impiloPatientFormIssues(values, today) {
	const issues = [];
	for (const field of [
		"firstName",
		"lastName",
		"externalIdentifier"
	]) if (!text(values[field])) issues.push({
		path: field,
		message: "validation.required"
	});
	const birth = text(values.dateOfBirth);
	if (birth) {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(birth)) issues.push({
			path: "dateOfBirth",
			message: "validation.isoDate"
		});
		else if (!isIsoDate(birth)) issues.push({
			path: "dateOfBirth",
			message: "validation.noSuchDate"
		});
		else if (birth > today) issues.push({
			path: "dateOfBirth",
			message: "validation.birthDateFuture"
		});
	}
	if (text(values.email) && !EMAIL.test(text(values.email))) issues.push({
		path: "email",
		message: "validation.email"
	});
	if (text(values.phone) && !PHONE.test(text(values.phone))) issues.push({
		path: "phone",
		message: "validation.phoneNumber"
	});
	if (address(values)) {
		for (const field of [
			"line1",
			"city",
			"postalCode"
		]) if (!text(values[field])) issues.push({
			path: field,
			message: "validation.addressPartRequired"
		});
		if (!/^[A-Za-z]{2}$/.test(text(values.country))) issues.push({
			path: "country",
			message: "validation.countryCode"
		});
	}
	return issues;
}
/** Impilo's wire path (`address.postalCode`) → the form field. */
function impiloFormFieldFor(wirePath) {
	const path = wirePath.replace(/^address\./, "");
	return [
		"firstName",
		"lastName",
		"email",
		"phone",
		"dateOfBirth",
		"externalIdentifier",
		"siteId",
		...addressFields
	].includes(path) ? path : wirePath === "address" ? "line1" : null;
}
// src/features/patients/components/forms/ImpiloPatientForm.tsx
var import_jsx_runtime = require_jsx_runtime();
var required = /* @__PURE__ */ new Set([
	"firstName",
	"lastName",
	"externalIdentifier"
]);
function useImpiloFieldLabel() {
	const { t } = useTranslation("patient-forms");
	return (path) => t(`forms.impilo.${path}`);
}
/** Impilo's patient fields; the MRN is required (the retry key). */
function ImpiloPatientForm({ form, sites }) {
	const { t } = useTranslation("patient-forms");
	const { errorOf, idOf } = useFieldErrors(form);
	const text = (path, extra = {}) => ({
		id: idOf(path),
		label: t(`forms.impilo.${path}`),
		error: errorOf(path),
		withAsterisk: required.has(path),
		"data-field": path,
		...form.register(path),
		...extra
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "lg",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
			legend: t("forms.sections.identity"),
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
				cols: {
					base: 1,
					sm: 2
				},
				spacing: "sm",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
						...text("firstName"),
						autoComplete: "off"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
						...text("lastName"),
						autoComplete: "off"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
						control: form.control,
						name: "dateOfBirth",
						render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateField, {
							id: idOf("dateOfBirth"),
							label: t("forms.impilo.dateOfBirth"),
							error: errorOf("dateOfBirth"),
							"data-field": "dateOfBirth",
							name: field.name,
							ref: field.ref,
							value: field.value,
							onChange: field.onChange,
							onBlur: field.onBlur,
							maxDate: localToday()
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("externalIdentifier", { description: t("forms.impilo.externalIdentifierHelp") }) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("email", { type: "email" }) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("phone", { type: "tel" }) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
						...text("siteId"),
						data: [{
							value: "",
							label: t("forms.impilo.noSite")
						}, ...(sites ?? []).map((site) => ({
							value: site.id,
							label: site.name
						}))]
					})
				]
			})
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Fieldset, {
			legend: t("forms.sections.address"),
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "dimmed",
				mb: "xs",
				children: t("forms.impilo.addressHelp")
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SimpleGrid, {
				cols: {
					base: 1,
					sm: 2,
					md: 3
				},
				spacing: "sm",
				children: addressFields.map((part) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text(part) }, part))
			})]
		})]
	});
}
// src/features/patients/ImpiloPatientPage.tsx
var resolver = inputResolver((values) => {
	const issues = impiloPatientFormIssues(values, localToday());
	return issues.length ? {
		ok: false,
		issues
	} : {
		ok: true,
		value: values
	};
});
var isDraft = (value) => hasShape(value, emptyImpiloPatientForm());
function ImpiloPatientEditor({ defaults, draftName, editing, save, back }) {
	const { t } = useTranslation("patient-forms");
	const navigate = useNavigate();
	const form = useForm({
		resolver,
		defaultValues: defaults,
		mode: "onSubmit",
		reValidateMode: "onChange"
	});
	const draft = useFormDraft(form, draftName, isDraft);
	const sites = useImpiloSites({ size: 250 });
	const request = useAbortable();
	const labelOf = useImpiloFieldLabel();
	const inFlight = (0, import_react.useRef)(false);
	const [busy, setBusy] = (0, import_react.useState)(false);
	const [failure, setFailure] = (0, import_react.useState)(null);
	const onSubmit = form.handleSubmit(async (values) => {
		if (inFlight.current) return;
		inFlight.current = true;
		setBusy(true);
		setFailure(null);
		try {
			const { key, replayed } = await save(values, request.begin());
			draft.clear();
			const name = `${values.firstName.trim()} ${values.lastName.trim()}`;
			notifications.show({
				color: "teal",
				message: editing ? t("forms.saved", { name }) : t(replayed ? "forms.replayed" : "forms.created", { name })
			});
			navigate(patientHref(key));
		} catch (error) {
			const applied = applyFormErrors(form, error, impiloFormFieldFor);
			setFailure({
				error,
				...applied
			});
		} finally {
			inFlight.current = false;
			setBusy(false);
		}
	}, () => setFailure(null));
	if (draft.status === "loading") return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(PatientFormShell, {
		title: editing ? t("forms.editImpilo") : t("forms.newImpilo"),
		back,
		draftRestored: draft.status === "restored",
		onDiscardDraft: draft.discard,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorSummary, {
			form,
			failure,
			labelOf,
			title: failure && isAbort(failure.error) ? t("forms.stoppedWaiting") : t("forms.failed")
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("form", {
			onSubmit,
			noValidate: true,
			"data-testid": "impilo-patient-form",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: "lg",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
						inert: busy,
						style: busy ? { opacity: .6 } : void 0,
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ImpiloPatientForm, {
							form,
							sites: sites.data?.content
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
						justify: "flex-end",
						inert: busy,
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							type: "submit",
							loading: busy,
							"data-testid": "submit-impilo-patient",
							children: busy ? t("forms.submitting") : editing ? t("forms.submitSave") : t("forms.submitCreate")
						})
					}),
					busy && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PendingRequest, {
						vendor: "impilo",
						onStop: request.cancel
					})
				]
			})
		})]
	});
}
function NewImpiloPatient() {
	const { t } = useTranslation("patient-forms");
	useDocumentTitle(t("forms.newImpilo"));
	const create = useCreateImpiloPatientOnce();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ImpiloPatientEditor, {
		defaults: emptyImpiloPatientForm(),
		draftName: "impilo-new-patient",
		editing: false,
		back: {
			to: "/patients",
			label: t("forms.back")
		},
		save: async (values, signal) => {
			const payload = toImpiloPayload(values);
			const { patient, replayed } = await create.mutateAsync({
				input: payload,
				signal
			});
			return {
				key: encodePatientKey([{
					source: "impilo",
					kind: "id",
					value: patient.id
				}, ...patient.externalIdentifier ? [{
					source: "impilo",
					kind: "mrn",
					value: patient.externalIdentifier
				}] : []]),
				replayed
			};
		}
	});
}
function EditImpiloPatient({ patientKey, id }) {
	const { t } = useTranslation("patient-forms");
	useDocumentTitle(t("forms.editImpilo"));
	const patient = useImpiloPatient(id);
	const update = useUpdateImpiloPatient();
	const queryClient = useQueryClient();
	const back = {
		to: patientHref(patientKey),
		label: t("forms.backToRecord")
	};
	if (!patient.data) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PatientFormShell, {
		title: t("forms.editImpilo"),
		back,
		draftRestored: false,
		onDiscardDraft: () => {},
		children: patient.isError ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
			error: patient.error,
			title: t("forms.loadFailed"),
			onRetry: () => void patient.refetch()
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, {
			height: 320,
			"data-testid": "form-loading"
		})
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ImpiloPatientEditor, {
		defaults: fromImpiloPatient(patient.data),
		draftName: `impilo-edit-patient:${id}`,
		editing: true,
		back,
		save: async (values, signal) => {
			await update.mutateAsync({
				patientId: id,
				input: toImpiloPayload(values),
				signal
			});
			await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
			return {
				key: patientKey,
				replayed: false
			};
		}
	});
}
/** `/patients/new/impilo` and `/patients/:key/edit/impilo`. */
function ImpiloPatientPage() {
	const { t } = useTranslation("patient-forms");
	const { key } = useParams();
	if (key === void 0) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NewImpiloPatient, {});
	const id = identityOf(tryDecodePatientKey(key) ?? [], "impilo", "id")?.value;
	if (!id) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PatientFormShell, {
		title: t("forms.editImpilo"),
		back: {
			to: "/patients",
			label: t("forms.back")
		},
		draftRestored: false,
		onDiscardDraft: () => {},
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
			color: "yellow",
			children: t("forms.notInKey", { vendor: "Impilo" })
		}) })
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EditImpiloPatient, {
		patientKey: key,
		id
	});
}
export { ImpiloPatientPage as default };
