import { A as tryDecodePatientKey, D as encodePatientKey, O as identityOf } from "./boot-CCHtFN9d.js";
// src/features/schedule/patient-ref.ts
function patientFromInput(text) {
	const value = text.trim();
	if (!value) return null;
	return /^\d+$/.test(value) ? {
		kind: "spid",
		value
	} : {
		kind: "id",
		value
	};
}
/** The Solo identity of a patient key (`?patient=`), SPID first. */
function patientFromKey(key) {
	const identities = tryDecodePatientKey(key);
	if (!identities) return null;
	const spid = identityOf(identities, "solo", "spid");
	if (spid && /^\d+$/.test(spid.value)) return {
		kind: "spid",
		value: spid.value
	};
	const id = identityOf(identities, "solo", "id");
	return id ? {
		kind: "id",
		value: id.value
	} : null;
}
function patientKeyOf(patient) {
	return encodePatientKey([{
		source: "solo",
		kind: patient.kind,
		value: patient.value
	}]);
}
function soloRefOf(patient) {
	return patient.kind === "spid" ? { spid: Number(patient.value) } : { patientId: patient.value };
}
/** "Jane Doe" from Solo demographics (the usual name first), or null. */
function displayName(demographics) {
	const names = demographics?.name ?? [];
	const name = names.find((n) => n.use === "usual") ?? names[0];
	if (!name) return null;
	return [
		name.firstName,
		name.middleName,
		name.lastName
	].filter(Boolean).join(" ").trim() || name.family?.trim() || null;
}
export { soloRefOf as a, patientKeyOf as i, patientFromInput as n, patientFromKey as r, displayName as t };
