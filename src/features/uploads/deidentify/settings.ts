import { createDeidentifyBatch } from '@/lib/dicom/batch';
import type { DeidentifySettings } from '../batch/upload-batch';
import type { BatchRecord } from '../upload/batch-record';

/** The de-identification choices on the page. `batch` stays the same for the whole upload (and after a reload). */
export interface DeidentifyFormState extends DeidentifySettings {
  enabled: boolean;
}

export function initialDeidentifyState(previous: BatchRecord | null): DeidentifyFormState {
  if (previous?.deidentify) return { ...previous.deidentify, enabled: true };
  return {
    enabled: false,
    batch: createDeidentifyBatch(),
    patientName: '',
    patientId: '',
    dates: 'shift',
    retainPatientCharacteristics: false,
    retainDescriptions: false,
  };
}

/** A replacement Patient Name: PN, at most 64 characters per component, no value delimiter. */
export function patientNameProblem(value: string): boolean {
  if (!value.trim()) return false;
  if (value.includes('\\')) return true;
  return value.split(/[=^]/).some((part) => part.length > 64) || !/^[\p{L}\p{N} ^=._'-]+$/u.test(value);
}

/** A replacement Patient ID: LO, at most 64 characters, no value delimiter. */
export function patientIdProblem(value: string): boolean {
  return value.length > 64 || value.includes('\\');
}
