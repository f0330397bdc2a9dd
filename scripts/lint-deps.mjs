/**
 * `npm run lint:deps`: the layer and cycle rules of .dependency-cruiser.cjs over src/ and mocks/.
 * dependency-cruiser's command line refuses Node 20 (it wants ^22), so this runs its JavaScript API, which
 * works on Node 20. Exit 1 on any violation, with one line per violation.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise, format } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const config = require(resolve(root, '.dependency-cruiser.cjs'));
const { resolveAlias, forbidden, options } = config;

process.chdir(root);
const result = await cruise(
  process.argv.slice(2).length ? process.argv.slice(2) : ['src', 'mocks'],
  { ...options, validate: true, ruleSet: { forbidden } },
  {
    ...options.enhancedResolveOptions,
    alias: Object.fromEntries(Object.entries(resolveAlias).map(([name, dir]) => [name, resolve(root, dir)])),
  },
  {},
);
const report = await format(result.output, { outputType: 'err' });
process.stdout.write(report.output);
const { totalCruised, totalDependenciesCruised, violations } = result.output.summary;
console.log(
  `lint:deps: ${totalCruised} modules, ${totalDependenciesCruised} imports, ${violations.length} violations`,
);
// A check that reads nothing passes nothing: without its parser (swc) dependency-cruiser cruises 0 modules
// and reports "no violations". Fail then, rather than pass silently.
const MIN_MODULES = 100;
if (totalCruised < MIN_MODULES) {
  console.error(
    `lint:deps: only ${totalCruised} modules were read (expected at least ${MIN_MODULES}): is @swc/core installed?`,
  );
  process.exitCode = 1;
} else process.exitCode = violations.length > 0 ? 1 : 0;
