import { mockNow, setMockNow } from './clock';
import { faults } from './faults';
import { impiloStore } from './impilo/store';
import { postDicomCallCount } from './postdicom/call-log';
import { type MockShare, postDicomDb } from './postdicom/db';
import { postDicomCallsInProgress } from './postdicom/library-core';
import { expireScanTokens, scanRefreshCalls, scanStore } from './scan/store';
import { advanceSoloAppointment } from './solo/care-workflow';
import { soloWebhookDeliveries } from './solo/webhooks';
import { resetStores } from './store';

/**
 * What QA and tests can reach: fault scenarios, the clock, a reset of every store, and the vendor
 * simulations that have no HTTP trigger. In the browser it is `window.__consoleMocks` (mock mode only).
 */
export const mockControl = {
  faults,
  clock: {
    /** The mock back ends' current time, as an ISO instant. */
    now: (): string => mockNow().toISOString(),
    /**
     * Freezes the mock back ends' clock alone (Node tests); `null` lets it follow `Date` again. In the
     * browser, pin the console's whole clock instead (`clock.set`, mocks/browser.ts).
     */
    freeze: setMockNow,
  },
  reset(): void {
    resetStores();
    faults.reset();
  },
  solo: {
    /** The platform moves a visit on (completed, no-show, LWBS…), raising its webhook events. */
    advanceAppointment: advanceSoloAppointment,
    /** The encrypted payloads the mock would have POSTed to each registered webhook. */
    webhookDeliveries: soloWebhookDeliveries,
  },
  postdicom: {
    /** The orders in the store (not in the recycle bin): what a test counts to prove "exactly one". */
    orders: () =>
      postDicomDb
        .get()
        .orders.filter((order) => !order.deleted)
        .map(({ PatientOrderUuid, AccessionNumber, PatientId, PatientName, OrderModality }) => ({
          PatientOrderUuid,
          AccessionNumber,
          PatientId,
          PatientName,
          OrderModality,
        })),
    /** How many times the console called a library method (any method when none is named). */
    calls: postDicomCallCount,
    /** The shares the simulated account recorded, oldest first (a copy). */
    shares: (): MockShare[] => structuredClone(postDicomDb.get().shares),
    /** Uploads the simulated library is working on (answered soon, unlike hung ones). */
    callsInProgress: postDicomCallsInProgress,
    /** Every DICOM file the simulated library received, in order (the uploads specs count them). */
    uploadedFiles: () => {
      const db = postDicomDb.get();
      return db.orders.flatMap((order) =>
        order.files.map((file) => ({
          sopInstanceUid: file.tags.sopInstanceUid,
          patientName: file.tags.patientName,
          patientId: file.tags.patientId,
          anonymized: file.anonymized,
          /** The folders that hold the file's order. */
          folders: db.folders
            .filter((folder) => folder.orderUuids.includes(order.PatientOrderUuid))
            .map((folder) => folder.FolderName),
        })),
      );
    },
  },
  impilo: {
    /** The orders in the store, with their external ids. */
    orders: () =>
      impiloStore.get().orders.map(({ id, externalOrderIds, patient, site }) => ({
        id,
        externalOrderIds: [...externalOrderIds],
        patientId: patient?.id ?? null,
        siteId: site?.id ?? null,
      })),
  },
  scan: {
    expireTokens: expireScanTokens,
    refreshCalls: scanRefreshCalls,
    /** The referrals users of this mock created (the population's own are left out). */
    referrals: () =>
      [...scanStore.get().referrals.values()]
        .filter((r) => r.id < 90_000)
        .map((r) => ({
          id: r.id,
          status: r.status,
          patient_information: { ...r.patient_information },
          modality: r.modality,
          body_part_ids: [...r.body_part_ids],
          imaging_provider_id: r.imaging_provider_id,
          time_slot_ids: [...r.time_slot_ids],
          documents: r.additional_documents.map((d) => d.file_name),
        })),
  },
};

export type MockControl = typeof mockControl;
