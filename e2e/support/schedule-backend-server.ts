import { setMockNow } from '../../mocks/clock';
import { startFakeVendors } from '../../server/dev/fake-vendors';

/**
 * A child process of the Playwright test (e2e/support/schedule-backend.ts): the console's mock back ends
 * (mocks/handlers.ts, one seeded store) over HTTP on a free loopback port, with the mock clock frozen at the
 * instant given as the first argument. Prints `{"origin": …}` once listening; exits when stdin closes.
 */
setMockNow(process.argv[2] ?? null);
const vendors = await startFakeVendors();
process.stdout.write(`${JSON.stringify({ origin: vendors.origin })}\n`);
process.stdin.on('end', () => {
  void vendors.close().then(() => process.exit(0));
});
process.stdin.resume();
