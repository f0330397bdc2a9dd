/** The record page of a patient key. */
export function patientHref(key: string): string {
  return `/patients/${encodeURIComponent(key)}`;
}
