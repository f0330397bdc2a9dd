import type admin from './locales/en/admin';
import type common from './locales/en/common';
import type mockPanel from './locales/en/mock-panel';
import type orders from './locales/en/orders';
import type patientForms from './locales/en/patient-forms';
import type patients from './locales/en/patients';
import type schedule from './locales/en/schedule';
import type sharing from './locales/en/sharing';
import type uploads from './locales/en/uploads';

/**
 * The translation namespaces. `common` (shell, errors, validation messages) ships with the first route in
 * English; every other namespace is its own chunk per language, loaded with the page that uses it.
 * A workflow keeps its strings in `locales/<lang>/<workflow>.ts`.
 */
export const namespaces = [
  'common',
  'orders',
  'patients',
  'patient-forms',
  'schedule',
  'uploads',
  'sharing',
  'admin',
  'mock-panel',
] as const;
export type Namespace = (typeof namespaces)[number];

export interface Resources {
  common: typeof common;
  orders: typeof orders;
  patients: typeof patients;
  'patient-forms': typeof patientForms;
  schedule: typeof schedule;
  uploads: typeof uploads;
  sharing: typeof sharing;
  admin: typeof admin;
  'mock-panel': typeof mockPanel;
}

/** The shape of a translation: the same keys as the English one, any text. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
