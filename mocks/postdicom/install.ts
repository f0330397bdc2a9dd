import { POSTDICOM_GLOBAL } from '@/api/postdicom/library';
import { withPostDicomCallLog } from './call-log';
import { SimulatedPostDicomCloudApi } from './library';

/**
 * Mock mode: puts the simulated library where the vendor's script would put `postDicomCloudApi`, so the
 * adapter's loader finds it and injects no script (the keys come from the mock's `/api/postdicom/config`,
 * ./config.ts). Every call is logged (./call-log.ts). Call it from the browser mock bootstrap and in tests.
 */
export function installPostDicomMock(): void {
  (globalThis as Record<string, unknown>)[POSTDICOM_GLOBAL] =
    withPostDicomCallLog(SimulatedPostDicomCloudApi);
}

/** Removes the simulated global (tests of the live loader path). */
export function uninstallPostDicomMock(): void {
  delete (globalThis as Record<string, unknown>)[POSTDICOM_GLOBAL];
}
