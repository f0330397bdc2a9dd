import { setupWorker } from 'msw/browser';
import { mockControl } from './control';
import { handlers } from './handlers';
import { installPostDicomMock } from './postdicom/install';

declare global {
  interface Window {
    __consoleMocks?: typeof mockControl;
  }
}

/** Starts the mock back ends in the browser (`npm run dev`, and the e2e build). */
export async function startBrowserMocks(): Promise<void> {
  const worker = setupWorker(...handlers);
  window.__consoleMocks = mockControl;
  // PostDICOM is a browser library: its simulation takes the place of the vendor's script.
  installPostDicomMock();
  await worker.start({
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error();
    },
    quiet: true,
  });
}
