import autocannon from 'autocannon';
import { signIn, startBenchStack } from './bench-stack.mjs';

/**
 * `npm run bench:proxy`: 200 concurrent connections for 8 s, on loopback only, against the fake
 * vendors (the msw handlers over HTTP): first straight to the fake Eden, then through the gateway (signed
 * in, credentials added, audited); then one connection each. Prints all four and the latency the gateway adds. Not part of `npm test`.
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const PATH = '/api/eden/facilities/';

function run(title, url, headers = {}, connections = CONNECTIONS) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { title, url, connections, duration: DURATION, headers, timeout: 20 },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    autocannon.track(instance, {
      renderProgressBar: false,
      renderResultsTable: false,
      renderLatencyTable: false,
    });
  });
}

const line = (label, r) =>
  `${label.padEnd(18)} ${String(Math.round(r.requests.average)).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p90 ${String(r.latency.p90).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   mean ${r.latency.mean.toFixed(1).padStart(6)} ms   errors ${r.errors}   timeouts ${r.timeouts}   non-2xx ${r.non2xx}   total ${r.requests.total}`;

const stack = await startBenchStack('server/test/fixtures/build', { RATE_LIMIT_PER_MINUTE: '100000000' });
try {
  const { cookie } = await signIn(stack.origin, 'frontdesk');
  // Warm both paths (keep-alive sockets, JIT) before measuring.
  await fetch(`${stack.vendors}${PATH}`);
  await fetch(`${stack.origin}${PATH}`, { headers: { cookie } });
  const direct = await run('direct', `${stack.vendors}${PATH}`);
  const proxied = await run('gateway', `${stack.origin}${PATH}`, { cookie });
  // One request at a time: what the gateway adds to a single call, without queueing.
  const directOne = await run('direct, 1', `${stack.vendors}${PATH}`, {}, 1);
  const proxiedOne = await run('gateway, 1', `${stack.origin}${PATH}`, { cookie }, 1);
  console.log(
    `\nGET ${PATH}, ${DURATION} s per run, loopback, Node ${process.version}; the load, the gateway and the fake vendor share one machine\n`,
  );
  console.log(`${CONNECTIONS} concurrent connections:`);
  console.log(line('fake vendor direct', direct));
  console.log(line('through gateway', proxied));
  console.log('one connection:');
  console.log(line('fake vendor direct', directOne));
  console.log(line('through gateway', proxiedOne));
  console.log(
    `\nadded by the gateway: one at a time p50 +${proxiedOne.latency.p50 - directOne.latency.p50} ms, mean +${(proxiedOne.latency.mean - directOne.latency.mean).toFixed(2)} ms; at ${CONNECTIONS} concurrent p50 +${proxied.latency.p50 - direct.latency.p50} ms (queueing on a saturated CPU)`,
  );
  const failed = proxied.errors + proxied.timeouts + proxied.non2xx;
  if (failed > 0) {
    console.error(`\nThe gateway failed ${failed} requests.`);
    process.exitCode = 1;
  }
} finally {
  await stack.stop();
}
