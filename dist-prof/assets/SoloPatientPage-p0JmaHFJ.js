import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { A as tryDecodePatientKey, Ct as NativeSelect, D as encodePatientKey, Dr as useNavigate, Ft as Alert, Ir as require_react, O as identityOf, Or as useParams, Ot as Button, Q as useDocumentTitle, Vt as Group, bt as TextInput, ut as useTranslation, vr as useQueryClient, vt as createReactComponent, xt as Stack, yr as require_jsx_runtime, z as isIsoDate } from "./boot-CCHtFN9d.js";
import { t as Skeleton } from "./Skeleton-CycB90X8.js";
import { n as notifications } from "./esm-BZ7yxgoG.js";
import { a as useFieldArray, n as Controller, o as useForm, s as Fieldset, t as useFormDraft } from "./use-form-draft-D2Qhoe7n.js";
import { c as peopleKeys, o as patientHref, u as isAbort } from "./search-Bd_rEMYc.js";
import { d as useUpdateSoloPatient, i as useCreateSoloPatientOnce, o as useSoloPatient } from "./queries-DCLO6RnH.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { r as localToday, t as DateField } from "./DateField-B5fO42cl.js";
import { a as applyFormErrors, c as inputResolver, i as ErrorSummary, n as useAbortable, r as PendingRequest, t as useFieldErrors } from "./use-field-error-CWEDwR5m.js";
import { n as hasShape, t as PatientFormShell } from "./PatientFormShell-BqOTAVw_.js";
import { t as Checkbox } from "./Checkbox-CTnuPsUm.js";
import { t as SimpleGrid } from "./SimpleGrid-1HP91LG8.js";
import { t as IconMail } from "./IconMail-0pzCIjm1.js";
import { t as IconPlus } from "./IconPlus-D7dMIGNS.js";
import { t as IconTrash } from "./IconTrash-OhJxt5d8.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconPhone = createReactComponent("outline", "phone", "Phone", [["path", {
	"d": "M5 4h4l2 5l-2.5 1.5a11 11 0 0 0 5 5l1.5 -2.5l5 2v4a2 2 0 0 1 -2 2a16 16 0 0 1 -15 -15a2 2 0 0 1 2 -2",
	"key": "svg-0"
}]]);
// src/features/patients/solo-patient-form-model.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
/**
* The Solo patient form's shape, kept apart from Solo's wire body (OpenMRS's `toPayload` pattern): every
* documented demographic field, as strings and rows ('' = not given). `toSoloPayload` turns it into exactly
* what Solo expects; `fromSoloPatient` fills it from a patient for editing.
*
* Solo's rules, enforced here before anything is sent (and by the mock, as Solo documents them):
* - `deceasedAt` is required when `deceased` is true, and refused when `deceased` is false or not given;
*   it is written `YYYY-MM-DD hh:mm AM` (the page's only example), from the form's date and 24-hour time;
* - `groupType` and `groupName` are required when `isLinkedByEmail` is true (the "family" that may share an
*   email address among several patients); `familyMember` is the vendor's deprecated flag for the same;
* - `id` (the caller's id) is required at creation: the console makes it once per draft, and it is the
*   idempotency key (src/api/solo/patient-create-once.ts).
* The console adds: a first and a last name, a birth date that exists and is not in the future, a death not
* before the birth nor in the future, valid email addresses and phone numbers in the telecom rows.
*/
var soloTelecomSystems = [
	"phone",
	"email",
	"sms",
	"fax",
	"other"
];
var soloTelecomUses = [
	"home",
	"work",
	"mobile",
	"temp",
	"old"
];
var soloAddressUses = [
	"home",
	"work",
	"temp",
	"old",
	"billing"
];
var soloGenders = [
	"female",
	"male",
	"other",
	"unknown"
];
var soloMaritalStatuses = [
	"single",
	"married",
	"divorced",
	"widowed",
	"separated",
	"unknown"
];
var emptyTelecom = (system = "phone") => ({
	system,
	use: "home",
	value: ""
});
var emptyAddress = () => ({
	use: "home",
	line1: "",
	line2: "",
	apartment: "",
	city: "",
	state: "",
	postalcode: "",
	country: ""
});
var emptyContact = () => ({
	firstName: "",
	lastName: "",
	phone: "",
	email: ""
});
function emptySoloPatientForm(id = "") {
	return {
		id,
		mrn: "",
		accountNumber: "",
		firstName: "",
		middleName: "",
		lastName: "",
		alias: "",
		birthDate: "",
		gender: "",
		maritalStatus: "",
		preferredLanguage: "",
		race: "",
		ethnicity: "",
		telecom: [emptyTelecom("phone"), emptyTelecom("email")],
		address: [emptyAddress()],
		contact: [],
		active: true,
		deceased: false,
		deceasedDate: "",
		deceasedTime: "",
		familyMember: false,
		isLinkedByEmail: false,
		groupType: "",
		groupName: ""
	};
}
/** `P-20261121-K3F9Q2`: the caller's patient id, made once per draft (the idempotency key). */
function generateSoloPatientId(now = /* @__PURE__ */ new Date()) {
	const day = now.toISOString().slice(0, 10).replaceAll("-", "");
	const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	const bytes = crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(6));
	return `P-${day}-${Array.from(bytes, (b) => alphabet[b % 32]).join("")}`;
}
var text = (value) => value.trim();
var given = (value) => text(value) === "" ? void 0 : text(value);
/** `2020-03-31` + `22:12` → `2020-03-31 10:12 PM` (Solo's form). */
function toSoloDeceasedAt(date, time) {
	const [hours = 0, minutes = 0] = time.split(":").map(Number);
	const suffix = hours < 12 ? "AM" : "PM";
	const twelve = hours % 12 === 0 ? 12 : hours % 12;
	return `${date} ${String(twelve).padStart(2, "0")}:${String(minutes).padStart(2, "0")} ${suffix}`;
}
/** `2020-03-31 10:12 PM` → `{ date: '2020-03-31', time: '22:12' }`; null when not in that form. */
function fromSoloDeceasedAt(value) {
	const match = /^(\d{4}-\d{2}-\d{2}) (\d{1,2}):(\d{2}) ([AP]M)$/.exec(value ?? "");
	if (!match) return null;
	const hours12 = Number(match[2]) % 12;
	const hours = match[4] === "PM" ? hours12 + 12 : hours12;
	return {
		date: match[1],
		time: `${String(hours).padStart(2, "0")}:${match[3]}`
	};
}
var anyText = (...values) => values.some((value) => text(value) !== "");
var addressGiven = (row) => anyText(row.line1, row.line2, row.apartment, row.city, row.state, row.postalcode, row.country);
var contactGiven = (row) => anyText(row.firstName, row.lastName, row.phone, row.email);
/** The demographics body (create adds `id`; update sends it as is). Empty rows and fields are left out. */
function toSoloDemographics(values) {
	const telecom = values.telecom.filter((row) => text(row.value) !== "").map((row) => ({
		system: row.system,
		use: row.use,
		value: text(row.value)
	}));
	const address = values.address.filter(addressGiven).map((row) => ({
		use: row.use,
		line: [text(row.line1), text(row.line2)].filter(Boolean),
		apartment: given(row.apartment),
		city: given(row.city),
		state: given(row.state),
		postalcode: given(row.postalcode),
		country: given(row.country)
	}));
	const contact = values.contact.filter(contactGiven).map((row) => ({
		name: text(row.firstName) || text(row.lastName) ? [{
			firstName: given(row.firstName),
			lastName: given(row.lastName)
		}] : [],
		telecom: [...text(row.phone) ? [{
			system: "phone",
			use: "home",
			value: text(row.phone)
		}] : [], ...text(row.email) ? [{
			system: "email",
			use: "home",
			value: text(row.email)
		}] : []]
	}));
	const fullName = [
		values.firstName,
		values.middleName,
		values.lastName
	].map(text).filter(Boolean).join(" ");
	return {
		mrn: given(values.mrn),
		accountNumber: given(values.accountNumber),
		name: [{
			use: "usual",
			family: fullName || void 0,
			firstName: given(values.firstName),
			middleName: given(values.middleName),
			lastName: given(values.lastName),
			alias: given(values.alias)
		}],
		birthDate: given(values.birthDate),
		gender: given(values.gender),
		maritalStatus: given(values.maritalStatus),
		telecom,
		contact,
		preferredLanguage: given(values.preferredLanguage),
		race: given(values.race),
		ethnicity: given(values.ethnicity),
		address,
		active: values.active,
		deceased: values.deceased,
		deceasedAt: values.deceased ? toSoloDeceasedAt(text(values.deceasedDate), text(values.deceasedTime)) : null,
		familyMember: values.familyMember,
		isLinkedByEmail: values.isLinkedByEmail,
		groupType: values.isLinkedByEmail ? given(values.groupType) : void 0,
		groupName: values.isLinkedByEmail ? given(values.groupName) : void 0
	};
}
function toSoloCreatePayload(values) {
	return {
		id: text(values.id),
		...toSoloDemographics(values)
	};
}
/** A Solo patient (as answered) → the form, for editing. `id` is the caller's id it was fetched by. */
function fromSoloPatient(patient, id) {
	const name = patient.name?.find((n) => n.use === "usual") ?? patient.name?.[0];
	const deceasedAt = fromSoloDeceasedAt(patient.deceasedAt);
	const telecom = (patient.telecom ?? []).map((t) => ({
		system: t.system ?? "phone",
		use: t.use ?? "home",
		value: t.value ?? ""
	}));
	const address = (patient.address ?? []).map((a) => ({
		use: a.use ?? "home",
		line1: a.line?.[0] ?? "",
		line2: a.line?.slice(1).filter(Boolean).join(", ") ?? "",
		apartment: a.apartment ?? "",
		city: a.city ?? "",
		state: a.state ?? "",
		postalcode: a.postalcode ?? "",
		country: a.country ?? ""
	}));
	const contact = (patient.contact ?? []).map((c) => ({
		firstName: c.name?.[0]?.firstName ?? "",
		lastName: c.name?.[0]?.lastName ?? "",
		phone: c.telecom?.find((t) => t.system === "phone")?.value ?? "",
		email: c.telecom?.find((t) => t.system === "email")?.value ?? ""
	}));
	return {
		...emptySoloPatientForm(id),
		mrn: patient.mrn ?? "",
		accountNumber: patient.accountNumber ?? "",
		firstName: name?.firstName ?? "",
		middleName: name?.middleName ?? "",
		lastName: name?.lastName ?? "",
		alias: name?.alias ?? "",
		birthDate: patient.birthDate ?? "",
		gender: patient.gender ?? "",
		maritalStatus: patient.maritalStatus ?? "",
		preferredLanguage: patient.preferredLanguage ?? "",
		race: patient.race ?? "",
		ethnicity: patient.ethnicity ?? "",
		telecom: telecom.length ? telecom : [emptyTelecom()],
		address: address.length ? address : [emptyAddress()],
		contact,
		active: patient.active !== false,
		deceased: patient.deceased === true,
		deceasedDate: deceasedAt?.date ?? "",
		deceasedTime: deceasedAt?.time ?? "",
		familyMember: patient.familyMember === true,
		isLinkedByEmail: patient.isLinkedByEmail === true,
		groupType: patient.sharedEmailGroup?.type ?? "",
		groupName: patient.sharedEmailGroup?.name ?? ""
	};
}
var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
var PHONE = /^\+?[0-9 ().-]{4,25}$/;
var TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
var EARLIEST_YEAR = 1900;
function dateIssue(path, value) {
	if (!value) return null;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return {
		path,
		message: "validation.isoDate"
	};
	if (!isIsoDate(value)) return {
		path,
		message: "validation.noSuchDate"
	};
	return null;
}
/**
* Every check of the form, each message a translation key on the field it is about. `today` is the
* user's local day (`YYYY-MM-DD`). Solo's deceased and family rules come first, as they are the ones its
* API refuses.
*/
function soloPatientFormIssues(values, today) {
	const issues = [];
	const deceasedDate = text(values.deceasedDate);
	const deceasedTime = text(values.deceasedTime);
	if (values.deceased) {
		if (!deceasedDate) issues.push({
			path: "deceasedDate",
			message: "validation.deceasedAtRequired"
		});
		if (!deceasedTime) issues.push({
			path: "deceasedTime",
			message: "validation.deceasedAtRequired"
		});
	} else if (deceasedDate || deceasedTime) issues.push({
		path: deceasedDate ? "deceasedDate" : "deceasedTime",
		message: "validation.deceasedAtNotAllowed"
	});
	const deathProblem = dateIssue("deceasedDate", deceasedDate);
	if (deathProblem) issues.push(deathProblem);
	else if (deceasedDate && deceasedDate > today) issues.push({
		path: "deceasedDate",
		message: "validation.dateInFuture"
	});
	if (deceasedTime && !TIME.test(deceasedTime)) issues.push({
		path: "deceasedTime",
		message: "validation.time24hm"
	});
	if (values.isLinkedByEmail) {
		if (!text(values.groupType)) issues.push({
			path: "groupType",
			message: "validation.requiredWhenLinkedByEmail"
		});
		if (!text(values.groupName)) issues.push({
			path: "groupName",
			message: "validation.requiredWhenLinkedByEmail"
		});
	}
	if (!text(values.id)) issues.push({
		path: "id",
		message: "validation.required"
	});
	if (!text(values.firstName)) issues.push({
		path: "firstName",
		message: "validation.required"
	});
	if (!text(values.lastName)) issues.push({
		path: "lastName",
		message: "validation.required"
	});
	const birth = text(values.birthDate);
	const birthProblem = dateIssue("birthDate", birth);
	if (birthProblem) issues.push(birthProblem);
	else if (birth) {
		if (birth > today) issues.push({
			path: "birthDate",
			message: "validation.birthDateFuture"
		});
		else if (Number(birth.slice(0, 4)) < EARLIEST_YEAR) issues.push({
			path: "birthDate",
			message: "validation.birthDateTooOld",
			params: { year: EARLIEST_YEAR }
		});
		if (deceasedDate && !deathProblem && deceasedDate < birth) issues.push({
			path: "deceasedDate",
			message: "validation.deathBeforeBirth"
		});
	}
	values.telecom.forEach((row, index) => {
		const value = text(row.value);
		if (!value) return;
		if (row.system === "email" && !EMAIL.test(value)) issues.push({
			path: `telecom.${index}.value`,
			message: "validation.email"
		});
		if ((row.system === "phone" || row.system === "sms" || row.system === "fax") && !PHONE.test(value)) issues.push({
			path: `telecom.${index}.value`,
			message: "validation.phoneNumber"
		});
	});
	values.contact.forEach((row, index) => {
		if (text(row.email) && !EMAIL.test(text(row.email))) issues.push({
			path: `contact.${index}.email`,
			message: "validation.email"
		});
		if (text(row.phone) && !PHONE.test(text(row.phone))) issues.push({
			path: `contact.${index}.phone`,
			message: "validation.phoneNumber"
		});
	});
	return issues;
}
/** A wire path of Solo's body (`name[0].firstName`, `telecom[1].value`, `deceasedAt`) → the form field showing it. */
function soloFormFieldFor(wirePath) {
	const path = wirePath.replace(/\[(\d+)\]/g, ".$1");
	if (path.startsWith("name.0.")) return path.slice(7);
	if (path === "deceasedAt") return "deceasedDate";
	if (/^telecom\.\d+/.test(path)) return `${path.split(".").slice(0, 2).join(".")}.value`;
	if (/^address\.\d+/.test(path)) return `${path.split(".").slice(0, 2).join(".")}.line1`;
	const top = path.split(".")[0] ?? "";
	return [
		"id",
		"mrn",
		"accountNumber",
		"birthDate",
		"gender",
		"maritalStatus",
		"preferredLanguage",
		"race",
		"ethnicity",
		"groupType",
		"groupName",
		"deceased",
		"isLinkedByEmail"
	].includes(top) ? top : null;
}
// src/features/patients/components/forms/SoloRows.tsx
var import_jsx_runtime = require_jsx_runtime();
/** The text input props of one form path: its id (the error summary's link), label, error and `data-field`. */
function useTextField(form) {
	const { errorOf, idOf } = useFieldErrors(form);
	return (path, label) => ({
		id: idOf(path),
		label,
		error: errorOf(path),
		"data-field": path,
		...form.register(path)
	});
}
function RemoveButton({ label, onClick }) {
	const { t } = useTranslation("patient-forms");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
		variant: "default",
		size: "xs",
		leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconTrash, {
			size: 14,
			"aria-hidden": true
		}),
		"aria-label": label,
		onClick,
		children: t("forms.remove")
	});
}
/** Telecom rows (phone, email, SMS, fax, other): as many as the patient has. */
function SoloTelecomRows({ form }) {
	const { t } = useTranslation("patient-forms");
	const rows = useFieldArray({
		control: form.control,
		name: "telecom"
	});
	const field = useTextField(form);
	const what = t("forms.solo.telecomRow");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
		legend: t("forms.sections.telecom"),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "sm",
			children: [rows.fields.map((row, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				align: "flex-end",
				gap: "sm",
				wrap: "wrap",
				"data-testid": "telecom-row",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
						...field(`telecom.${index}.system`, `${t("forms.solo.system")} ${index + 1}`),
						data: soloTelecomSystems.map((value) => ({
							value,
							label: t(`forms.solo.systems.${value}`)
						}))
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
						...field(`telecom.${index}.use`, `${t("forms.solo.use")} ${index + 1}`),
						data: soloTelecomUses.map((value) => ({
							value,
							label: t(`forms.solo.uses.${value}`)
						}))
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
						...field(`telecom.${index}.value`, `${what} ${index + 1}`),
						style: { flex: "1 1 14rem" }
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(RemoveButton, {
						label: t("forms.removeRow", {
							what,
							number: index + 1
						}),
						onClick: () => rows.remove(index)
					})
				]
			}, row.id)), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "xs",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					variant: "default",
					size: "xs",
					leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPhone, {
						size: 14,
						"aria-hidden": true
					}),
					onClick: () => rows.append(emptyTelecom("phone")),
					"data-testid": "add-phone",
					children: t("forms.solo.addPhone")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					variant: "default",
					size: "xs",
					leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconMail, {
						size: 14,
						"aria-hidden": true
					}),
					onClick: () => rows.append(emptyTelecom("email")),
					"data-testid": "add-email",
					children: t("forms.solo.addEmail")
				})]
			})]
		})
	});
}
var addressParts = [
	"line1",
	"line2",
	"apartment",
	"city",
	"state",
	"postalcode",
	"country"
];
/** Address rows: as many as the patient has. */
function SoloAddressRows({ form }) {
	const { t } = useTranslation("patient-forms");
	const rows = useFieldArray({
		control: form.control,
		name: "address"
	});
	const field = useTextField(form);
	const what = t("forms.solo.addressRow");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
		legend: t("forms.sections.address"),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "md",
			children: [rows.fields.map((row, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Fieldset, {
				variant: "unstyled",
				legend: `${what} ${index + 1}`,
				"data-testid": "address-row",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
					cols: {
						base: 1,
						sm: 2,
						md: 4
					},
					spacing: "sm",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
						...field(`address.${index}.use`, t("forms.solo.use")),
						data: soloAddressUses.map((value) => ({
							value,
							label: t(`forms.solo.uses.${value}`)
						}))
					}), addressParts.map((part) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field(`address.${index}.${part}`, t(`forms.solo.${part}`)) }, part))]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
					mt: "xs",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(RemoveButton, {
						label: t("forms.removeRow", {
							what,
							number: index + 1
						}),
						onClick: () => rows.remove(index)
					})
				})]
			}, row.id)), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				variant: "default",
				size: "xs",
				leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPlus, {
					size: 14,
					"aria-hidden": true
				}),
				onClick: () => rows.append(emptyAddress()),
				"data-testid": "add-address",
				children: t("forms.solo.addAddress")
			}) })]
		})
	});
}
var contactParts = [
	["firstName", "contactFirstName"],
	["lastName", "contactLastName"],
	["phone", "contactPhone"],
	["email", "contactEmail"]
];
/** Contact persons (name, phone, email). */
function SoloContactRows({ form }) {
	const { t } = useTranslation("patient-forms");
	const rows = useFieldArray({
		control: form.control,
		name: "contact"
	});
	const field = useTextField(form);
	const what = t("forms.solo.contactRow");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
		legend: t("forms.sections.contact"),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "md",
			children: [rows.fields.map((row, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Fieldset, {
				variant: "unstyled",
				legend: `${what} ${index + 1}`,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SimpleGrid, {
					cols: {
						base: 1,
						sm: 2,
						md: 4
					},
					spacing: "sm",
					children: contactParts.map(([part, label]) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field(`contact.${index}.${part}`, t(`forms.solo.${label}`)) }, part))
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
					mt: "xs",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(RemoveButton, {
						label: t("forms.removeRow", {
							what,
							number: index + 1
						}),
						onClick: () => rows.remove(index)
					})
				})]
			}, row.id)), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				variant: "default",
				size: "xs",
				leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPlus, {
					size: 14,
					"aria-hidden": true
				}),
				onClick: () => rows.append(emptyContact()),
				children: t("forms.solo.addContact")
			}) })]
		})
	});
}
// src/features/patients/components/forms/SoloPatientForm.tsx
var required = /* @__PURE__ */ new Set([
	"id",
	"firstName",
	"lastName"
]);
var contactLabels = {
	firstName: "contactFirstName",
	lastName: "contactLastName",
	phone: "contactPhone",
	email: "contactEmail"
};
/** A form path's label as the error summary says it ("Contact point 2", "Address 1 · City"). */
function useSoloFieldLabel() {
	const { t } = useTranslation("patient-forms");
	return (path) => {
		const row = /^(telecom|address|contact)\.(\d+)\.(\w+)$/.exec(path);
		if (!row) return t(`forms.solo.${path}`);
		const [, list, index, part = ""] = row;
		const number = Number(index) + 1;
		if (list === "telecom") return `${t("forms.solo.telecomRow")} ${number}`;
		if (list === "address") return `${t("forms.solo.addressRow")} ${number} · ${t(`forms.solo.${part}`)}`;
		const label = contactLabels[part] ?? "contactFirstName";
		return `${t("forms.solo.contactRow")} ${number} · ${t(`forms.solo.${label}`)}`;
	};
}
/** Every documented Solo demographic field. `editing`: the patient id cannot change. */
function SoloPatientForm({ form, editing }) {
	const { t } = useTranslation("patient-forms");
	const { errorOf, idOf } = useFieldErrors(form);
	const text = (path, extra = {}) => ({
		id: idOf(path),
		label: t(`forms.solo.${path}`),
		error: errorOf(path),
		withAsterisk: required.has(path),
		"data-field": path,
		...form.register(path),
		...extra
	});
	const check = (path) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
		control: form.control,
		name: path,
		render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox, {
			id: idOf(path),
			label: t(`forms.solo.${path}`),
			"data-field": path,
			name: field.name,
			ref: field.ref,
			checked: field.value,
			onChange: (event) => field.onChange(event.currentTarget.checked),
			onBlur: field.onBlur
		})
	});
	const date = (path, description) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
		control: form.control,
		name: path,
		render: ({ field }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateField, {
			id: idOf(path),
			label: t(`forms.solo.${path}`),
			description,
			error: errorOf(path),
			"data-field": path,
			name: field.name,
			ref: field.ref,
			value: field.value,
			onChange: field.onChange,
			onBlur: field.onBlur,
			maxDate: localToday()
		})
	});
	const choose = {
		value: "",
		label: t("forms.choose")
	};
	const linked = form.watch("isLinkedByEmail");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "lg",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
				legend: t("forms.sections.identity"),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
					cols: {
						base: 1,
						sm: 2,
						md: 3
					},
					spacing: "sm",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
							...text("firstName"),
							autoComplete: "off"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
							...text("middleName"),
							autoComplete: "off"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
							...text("lastName"),
							autoComplete: "off"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
							...text("alias"),
							autoComplete: "off"
						}),
						date("birthDate"),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
							...text("gender"),
							data: [choose, ...soloGenders.map((value) => ({
								value,
								label: t(`forms.solo.genders.${value}`)
							}))]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
							...text("maritalStatus"),
							data: [choose, ...soloMaritalStatuses.map((value) => ({
								value,
								label: t(`forms.solo.maritalStatuses.${value}`)
							}))]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("preferredLanguage") }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("race") }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("ethnicity") })
					]
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
				legend: t("forms.sections.ids"),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
					cols: {
						base: 1,
						sm: 3
					},
					spacing: "sm",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("id", {
							readOnly: true,
							description: editing ? void 0 : t("forms.solo.idHelp")
						}) }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("mrn") }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("accountNumber") })
					]
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloTelecomRows, { form }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloAddressRows, { form }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloContactRows, { form }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
				legend: t("forms.sections.status"),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: "sm",
					children: [
						check("active"),
						check("deceased"),
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
							cols: {
								base: 1,
								sm: 2
							},
							spacing: "sm",
							children: [date("deceasedDate", t("forms.solo.deceasedHelp")), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("deceasedTime", {
								placeholder: "HH:MM",
								inputMode: "numeric"
							}) })]
						})
					]
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
				legend: t("forms.sections.family"),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: "sm",
					children: [
						check("isLinkedByEmail"),
						linked && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
							cols: {
								base: 1,
								sm: 2
							},
							spacing: "sm",
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("groupType", { withAsterisk: true }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...text("groupName", { withAsterisk: true }) })]
						}),
						check("familyMember")
					]
				})
			})
		]
	});
}
// src/features/patients/SoloPatientPage.tsx
var resolver = inputResolver((values) => {
	const issues = soloPatientFormIssues(values, localToday());
	return issues.length ? {
		ok: false,
		issues
	} : {
		ok: true,
		value: values
	};
});
var isDraft = (value) => hasShape(value, emptySoloPatientForm());
var displayName = (values) => [values.firstName, values.lastName].map((part) => part.trim()).join(" ");
function SoloPatientEditor({ defaults, draftName, editing, save, back }) {
	const { t } = useTranslation("patient-forms");
	const navigate = useNavigate();
	const form = useForm({
		resolver,
		defaultValues: defaults,
		mode: "onSubmit",
		reValidateMode: "onChange"
	});
	const draft = useFormDraft(form, draftName, isDraft);
	const request = useAbortable();
	const labelOf = useSoloFieldLabel();
	const inFlight = (0, import_react.useRef)(false);
	const [busy, setBusy] = (0, import_react.useState)(false);
	const [failure, setFailure] = (0, import_react.useState)(null);
	(0, import_react.useEffect)(() => {
		if (!editing && draft.status !== "loading" && !form.getValues("id")) form.setValue("id", generateSoloPatientId());
	}, [
		editing,
		draft.status,
		form
	]);
	const onSubmit = form.handleSubmit(async (values) => {
		if (inFlight.current) return;
		inFlight.current = true;
		setBusy(true);
		setFailure(null);
		try {
			const { key, replayed } = await save(values, request.begin());
			draft.clear();
			const name = displayName(values);
			notifications.show({
				color: "teal",
				message: editing ? t("forms.saved", { name }) : t(replayed ? "forms.replayed" : "forms.created", { name })
			});
			navigate(patientHref(key));
		} catch (error) {
			const applied = applyFormErrors(form, error, soloFormFieldFor);
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
		title: editing ? t("forms.editSolo") : t("forms.newSolo"),
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
			"data-testid": "solo-patient-form",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: "lg",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
						inert: busy,
						style: busy ? { opacity: .6 } : void 0,
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloPatientForm, {
							form,
							editing
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
						justify: "flex-end",
						inert: busy,
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							type: "submit",
							loading: busy,
							"data-testid": "submit-solo-patient",
							children: busy ? t("forms.submitting") : editing ? t("forms.submitSave") : t("forms.submitCreate")
						})
					}),
					busy && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PendingRequest, {
						vendor: "solo",
						onStop: request.cancel
					})
				]
			})
		})]
	});
}
function NewSoloPatient() {
	const { t } = useTranslation("patient-forms");
	useDocumentTitle(t("forms.newSolo"));
	const create = useCreateSoloPatientOnce();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloPatientEditor, {
		defaults: emptySoloPatientForm(),
		draftName: "solo-new-patient",
		editing: false,
		back: {
			to: "/patients",
			label: t("forms.back")
		},
		save: async (values, signal) => {
			const result = await create.mutateAsync({
				input: toSoloCreatePayload(values),
				signal
			});
			return {
				key: encodePatientKey([{
					source: "solo",
					kind: "id",
					value: result.id
				}, ...result.spid === null ? [] : [{
					source: "solo",
					kind: "spid",
					value: String(result.spid)
				}]]),
				replayed: result.replayed
			};
		}
	});
}
function EditSoloPatient({ patientKey, id }) {
	const { t } = useTranslation("patient-forms");
	useDocumentTitle(t("forms.editSolo"));
	const patient = useSoloPatient(id);
	const update = useUpdateSoloPatient();
	const queryClient = useQueryClient();
	const back = {
		to: patientHref(patientKey),
		label: t("forms.backToRecord")
	};
	if (patient.isError) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PatientFormShell, {
		title: t("forms.editSolo"),
		back,
		draftRestored: false,
		onDiscardDraft: () => {},
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
			error: patient.error,
			title: t("forms.loadFailed"),
			onRetry: () => void patient.refetch()
		})
	});
	if (!patient.data) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PatientFormShell, {
		title: t("forms.editSolo"),
		back,
		draftRestored: false,
		onDiscardDraft: () => {},
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, {
			height: 320,
			"data-testid": "form-loading"
		})
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloPatientEditor, {
		defaults: fromSoloPatient(patient.data, id),
		draftName: `solo-edit-patient:${id}`,
		editing: true,
		back,
		save: async (values, signal) => {
			await update.mutateAsync({
				patientId: id,
				input: toSoloDemographics(values),
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
/** `/patients/new/solo` and `/patients/:key/edit/solo`. */
function SoloPatientPage() {
	const { t } = useTranslation("patient-forms");
	const { key } = useParams();
	if (key === void 0) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NewSoloPatient, {});
	const id = identityOf(tryDecodePatientKey(key) ?? [], "solo", "id")?.value;
	if (!id) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PatientFormShell, {
		title: t("forms.editSolo"),
		back: {
			to: "/patients",
			label: t("forms.back")
		},
		draftRestored: false,
		onDiscardDraft: () => {},
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
			color: "yellow",
			children: t("forms.notInKey", { vendor: "Solo" })
		})
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EditSoloPatient, {
		patientKey: key,
		id
	});
}
export { SoloPatientPage as default };
