import { setupWorker } from 'msw/browser';
import { i18n } from '@/i18n';
import mockPanelEn from '@/i18n/locales/en/mock-panel';
import mockPanelEs from '@/i18n/locales/es/mock-panel';
import { mockNow, parseInstant, startClockAt } from './clock';
import { mockControl } from './control';
import { handlers } from './handlers';
import { installPostDicomMock } from './postdicom/install';

/** The tab's pinned instant (no patient data: just a date). */
const PINNED_CLOCK_KEY = 'console.mock-now';

/** What the browser console offers QA: the Node controls, plus pinning the whole console's clock. */
export const browserMockControl = {
  ...mockControl,
  clock: {
    ...mockControl.clock,
    /**
     * Pins the console's clock (the app's and the mock back ends') to `instant` for this tab and
     * reloads: the seeded data are laid out around it, and every reload starts from it again.
     * `null` goes back to the real time.
     */
    set(instant: string | number | Date | null): void {
      if (instant === null) sessionStorage.removeItem(PINNED_CLOCK_KEY);
      else sessionStorage.setItem(PINNED_CLOCK_KEY, new Date(parseInstant(instant)).toISOString());
      window.location.reload();
    },
  },
};

declare global {
  interface Window {
    __consoleMocks?: typeof browserMockControl;
  }
}

/**
 * Where a mock build's clock starts, in this order: `?mockNow=<ISO instant>` in the address (kept for
 * the tab; `?mockNow=off` forgets it), an instant pinned earlier in this tab, `VITE_MOCK_NOW` (dev
 * server only: a Playwright build pins its page with `page.clock` instead), else the real time.
 */
function pinnedInstant(): string | undefined {
  const url = new URL(window.location.href);
  const requested = url.searchParams.get('mockNow');
  if (requested !== null) {
    if (requested === '' || requested === 'off') sessionStorage.removeItem(PINNED_CLOCK_KEY);
    else sessionStorage.setItem(PINNED_CLOCK_KEY, requested);
    url.searchParams.delete('mockNow');
    window.history.replaceState(window.history.state, '', url);
  }
  const devDefault = import.meta.env.DEV ? import.meta.env.VITE_MOCK_NOW : undefined;
  return sessionStorage.getItem(PINNED_CLOCK_KEY) ?? (devDefault || undefined);
}

function pinClockAtBoot(): void {
  const instant = pinnedInstant();
  if (!instant) return;
  try {
    startClockAt(instant);
    console.warn(`Mock clock pinned: the console starts at ${mockNow().toISOString()}.`);
  } catch {
    sessionStorage.removeItem(PINNED_CLOCK_KEY);
    console.warn(`Mock clock: "${instant}" is not an instant (use e.g. 2026-03-29T00:30:00Z); real time.`);
  }
}

/**
 * The mock builds' own strings (the MOCK badge, the fault panel) exist only here and in the panel, never
 * in a production bundle (check:prod looks for them). Registered as soon as i18next is ready, which is
 * before the first render: the console renders once both i18n and the mocks have started.
 */
function registerMockTranslations(): void {
  const add = () => {
    i18n.addResourceBundle('en', 'mock-panel', mockPanelEn);
    i18n.addResourceBundle('es', 'mock-panel', mockPanelEs);
  };
  if (i18n.isInitialized) add();
  else i18n.on('initialized', add);
}

/** Starts the mock back ends in the browser (`npm run dev`, and the e2e build). */
export async function startBrowserMocks(): Promise<void> {
  // Before anything is seeded: the stores lay their data out around the clock's first reading.
  pinClockAtBoot();
  registerMockTranslations();
  const worker = setupWorker(...handlers);
  window.__consoleMocks = browserMockControl;
  // PostDICOM is a browser library: its simulation takes the place of the vendor's script.
  installPostDicomMock();
  // Multi-desk e2e tests answer `/api/*` from one back end shared by several browser contexts
  // (e2e/support/schedule-backend.ts): then the page runs no worker of its own.
  if ((window as Window & { __consoleMocksExternal?: boolean }).__consoleMocksExternal) return;
  await worker.start({
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error();
    },
    quiet: true,
  });
}
