import { mockNow, setMockNow } from './clock';
import { faults } from './faults';
import { expireScanTokens, scanRefreshCalls } from './scan/store';
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
  scan: {
    expireTokens: expireScanTokens,
    refreshCalls: scanRefreshCalls,
  },
};

export type MockControl = typeof mockControl;
