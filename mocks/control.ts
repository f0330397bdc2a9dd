import { setMockNow } from './clock';
import { faults } from './faults';
import { resetStores } from './store';

/**
 * What QA and tests can reach: fault scenarios, the clock and a reset of every store.
 * In the browser it is exposed as `window.__consoleMocks` (mock mode only).
 */
export const mockControl = {
  faults,
  setNow: setMockNow,
  reset(): void {
    resetStores();
    faults.reset();
  },
};

export type MockControl = typeof mockControl;
