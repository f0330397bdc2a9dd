/**
 * The patient key an audited vendor call is about: an id the vendor gives the patient (never a name, a
 * date of birth or anything else that identifies a person by itself), prefixed with its kind.
 * Found in the path, the query or a JSON body; null when the call is not about one patient.
 */
type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asKey = (value: unknown): string | null =>
  (typeof value === 'string' && value.trim() !== '') || typeof value === 'number'
    ? String(value).trim()
    : null;

export function patientKeyOf(vendor: string, path: string, query: string, json: unknown): string | null {
  const params = new URLSearchParams(query);
  const body = isRecord(json) ? json : {};
  const decoded = (segment: string | undefined) =>
    segment === undefined ? null : decodeURIComponent(segment);
  switch (vendor) {
    case 'eden': {
      const key = asKey(params.get('patient_identifier')) ?? asKey(body.patient_identifier);
      return key ? `eden:${key}` : null;
    }
    case 'solo': {
      let m = /^\/qapi\/v1\/patients\/id\/type\/SPID\/value\/([^/]+)/.exec(path);
      if (m) return `solo:SPID:${decoded(m[1])}`;
      m = /^\/qapi\/v1\/patients\/HSID\/([^/]+)/.exec(path);
      if (m) return `solo:HSID:${decoded(m[1])}`;
      m = /^\/qapi\/v1\/patients\/(\d+)/.exec(path);
      if (m) return `solo:${m[1]}`;
      const key = asKey(body.patientId) ?? asKey(params.get('patientId'));
      return key ? `solo:${key}` : null;
    }
    case 'impilo': {
      const m = /^\/api\/v3\/patient\/([^/]+)/.exec(path);
      if (m) return `impilo:${decoded(m[1])}`;
      const patient = isRecord(body.patient) ? asKey(body.patient.id) : null;
      return patient ? `impilo:${patient}` : null;
    }
    case 'scan': {
      // Scan.com keeps the patient inside the referral: the referral id is the key.
      const m = /^\/api\/v1\/referrals\/(\d+)/.exec(path);
      return m ? `scan-referral:${m[1]}` : null;
    }
    default:
      return null;
  }
}
