/**
 * The layers of the console, enforced on every import (type-only ones included): `npm run lint:deps`,
 * part of `npm test`.
 *
 *   app → features → components → api → lib        (an arrow is "may import")
 *
 * - Features never import each other. `src/i18n` is shared infrastructure: app, features and components use
 *   it; api may import only its types; lib none of it.
 * - Nothing in src/ imports mocks/ except the mock-only entry points (src/main.tsx's mock start, the mock
 *   fault panel in src/app/mock-panel/) and test set-up (src/test/, *.test.*). The mocks use api and lib only.
 * - No production module imports a test helper (src/test/, *.test-helpers.ts) or a test.
 * - No import cycle; every import resolves.
 *
 * dependency-cruiser's command line refuses Node 20, and TypeScript 7 has no compiler API for it, so
 * scripts/lint-deps.mjs runs it through its JavaScript API with the swc parser and these path aliases
 * (`resolveAlias`, the same as tsconfig.json's `paths` and vite's `resolve.alias`).
 */
const TEST = '(\\.test\\.tsx?$|\\.test-helpers\\.tsx?$|^src/test/)';

/** @type {import('dependency-cruiser').IConfiguration & { resolveAlias: Record<string, string> }} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make initialisation order fragile: split the module or invert the dependency.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve (a typo, a moved file, a missing alias).',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'lib-imports-no-layer-above',
      severity: 'error',
      comment:
        'src/lib is framework-free logic: it imports nothing from api, components, features, app or i18n.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(api|components|features|app|i18n)/' },
    },
    {
      name: 'api-imports-no-ui',
      severity: 'error',
      comment: 'The service layer knows no UI: no components, features or app.',
      from: { path: '^src/api/' },
      to: { path: '^src/(components|features|app)/' },
    },
    {
      name: 'api-imports-only-types-of-i18n',
      severity: 'error',
      comment: 'The service layer carries translation keys, never text: at most the types of src/i18n.',
      from: { path: '^src/api/', pathNot: TEST },
      to: { path: '^src/i18n/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'components-import-no-features-or-app',
      severity: 'error',
      comment: 'Shared UI does not know the workflows or the shell that use it.',
      from: { path: '^src/components/' },
      to: { path: '^src/(features|app)/' },
    },
    {
      name: 'features-import-no-app',
      severity: 'error',
      comment: 'A workflow does not import the shell; the shell (app) imports the workflows.',
      from: { path: '^src/features/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'features-import-no-other-feature',
      severity: 'error',
      comment: 'Features never import each other: move what two share down to components, api or lib.',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'i18n-imports-no-layer-above',
      severity: 'error',
      comment:
        'src/i18n is shared infrastructure below the UI: it imports no api, components, features or app.',
      from: { path: '^src/i18n/', pathNot: TEST },
      to: { path: '^src/(api|components|features|app)/' },
    },
    {
      name: 'src-imports-no-mocks',
      severity: 'error',
      comment:
        'Only the mock-only entry points (src/main.tsx, src/app/mock-panel/) and test set-up may import mocks/.',
      from: { path: '^src/', pathNot: `${TEST}|^src/main\\.tsx$|^src/app/mock-panel/` },
      to: { path: '^mocks/' },
    },
    {
      name: 'mocks-import-only-api-and-lib',
      severity: 'error',
      comment:
        'The mock back ends stand for the vendors: they share the service layer’s constants, not the UI. ' +
        'The browser start (mocks/browser.ts, a mock-only entry point) also registers the mock panel’s strings.',
      from: { path: '^mocks/', pathNot: '^mocks/browser\\.ts$' },
      to: { path: '^src/', pathNot: '^src/(api|lib)/' },
    },
    {
      name: 'mock-browser-start-imports-only-api-lib-and-i18n',
      severity: 'error',
      comment:
        'The mock start in the browser registers the mock panel’s strings with i18next, and nothing else of the UI.',
      from: { path: '^mocks/browser\\.ts$' },
      to: { path: '^src/', pathNot: '^src/(api|lib|i18n)/' },
    },
    {
      name: 'production-imports-no-test-code',
      severity: 'error',
      comment: 'Test helpers and tests are never reachable from production code.',
      from: { path: '^(src|mocks)/', pathNot: TEST },
      to: { path: TEST },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    // The swc parser keeps type-only imports (marked type-only); `true` would ask for the TypeScript compiler API.
    tsPreCompilationDeps: false,
    parser: 'swc',
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
    },
  },
  resolveAlias: { '@': 'src', '@mocks': 'mocks' },
};
