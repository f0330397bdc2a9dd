import type { Translation } from '../../resources';
import type en from '../en/patients';

/** Spanish strings of the "patients" namespace: the same keys as ../en/patients.ts. */
const patients: Translation<typeof en> = {};

export default patients;
