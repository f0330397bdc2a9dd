import { DEFAULT_TEST_NOW, startClockAt } from '../../mocks/clock';

/**
 * Unit tests run on a pinned clock, never on today's date: `Date` starts at `TEST_NOW` (default
 * DEFAULT_TEST_NOW) in every test file and runs on from there, for the code under test and the mock back
 * ends alike. The zone is pinned too (`TZ`, vitest.config.ts). `npm run test:dates` moves `TEST_NOW`.
 */
startClockAt(process.env.TEST_NOW || DEFAULT_TEST_NOW);
