/** English strings of the "mock-panel" namespace. Spanish (../es/mock-panel.ts) has the same keys: its type and a unit test check it. */
const mockPanel = {
  /** The header's mode badge in mock builds. */
  badge: {
    label: 'MOCK',
    hint: 'Mock back ends: no real vendor is called',
  },
  open: 'Mock faults',
  title: 'Mock back-end faults',
  latency: 'Latency',
  latencies: {
    none: 'None',
    realistic: 'Realistic (150–600 ms)',
    slow: 'Slow (3 s)',
  },
  failure: 'Failure',
  failures: {
    none: 'None',
    network: 'Network error',
    'server-error': 'HTTP 500',
    'rate-limit': 'HTTP 429 (Retry-After)',
    'malformed-json': 'Malformed JSON',
    hang: 'Never answers',
  },
  vendor: 'Vendor',
  allVendors: 'All vendors',
  methods: 'Requests',
  methodOptions: {
    all: 'All',
    writes: 'Writes only',
    reads: 'Reads only',
  },
  afterProcessing: 'Lose the answer after the back end processed the request',
  reset: 'Reset data and faults',
  active: 'Fault active: {{failure}}',
};

export default mockPanel;
