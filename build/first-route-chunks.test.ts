// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chunkOwners } from './first-route-chunks';

const root = '/app';
const chunk = (
  fileName: string,
  moduleIds: string[],
  imports: string[] = [],
  facadeModuleId: string | null = null,
) => ({
  fileName,
  moduleIds,
  imports,
  facadeModuleId,
  isEntry: fileName === 'index.js',
});

// A first pass: the entry (main.tsx, the shell, its CSS), two shared chunks it imports, the search page's
// lazy chunk with a chunk of its own deps, a later page with a chunk shared with the search page.
const firstPass = [
  chunk(
    'index.js',
    [
      '/app/index.html',
      '/app/src/main.tsx',
      '/app/src/app/shell.tsx',
      '/app/src/app/global.css',
      '\0vite/preload-helper.js',
    ],
    ['react.js', 'ui.js'],
    '/app/index.html',
  ),
  chunk('react.js', ['/app/node_modules/react/index.js']),
  chunk('ui.js', ['/app/node_modules/ui/button.js'], ['react.js']),
  chunk(
    'Search.js',
    ['/app/src/features/patients/Search.tsx'],
    ['ui.js', 'search-deps.js'],
    '/app/src/features/patients/Search.tsx',
  ),
  chunk('search-deps.js', ['/app/src/lib/name-key.ts']),
  chunk(
    'Results.js',
    ['/app/src/features/patients/Results.tsx', '/app/src/features/patients/results.module.css'],
    ['results-deps.js', 'search-deps.js'],
    '/app/src/features/patients/Results.tsx',
  ),
  chunk('results-deps.js', ['/app/node_modules/virtual/index.js']),
  chunk(
    'Orders.js',
    ['/app/src/features/orders/Orders.tsx'],
    ['orders-deps.js'],
    '/app/src/features/orders/Orders.tsx',
  ),
  chunk('orders-deps.js', ['/app/node_modules/calendar/index.js']),
];

describe('first-route chunk groups', () => {
  const owners = chunkOwners(
    firstPass,
    [
      ['boot', ['index.html', 'src/features/patients/Search.tsx']],
      ['search', ['src/features/patients/Results.tsx']],
    ],
    ['src/main.tsx'],
    root,
  );

  it('take every module the roots load, in one group each, the first group first', () => {
    expect(owners.get('/app/node_modules/react/index.js')).toBe('boot');
    expect(owners.get('/app/node_modules/ui/button.js')).toBe('boot');
    expect(owners.get('/app/src/app/shell.tsx')).toBe('boot');
    // Shared by the search page and its results: the earlier group has it.
    expect(owners.get('/app/src/lib/name-key.ts')).toBe('boot');
    expect(owners.get('/app/node_modules/virtual/index.js')).toBe('search');
    // A component's class names go with it (left behind, they made the group import its root back).
    expect(owners.get('/app/src/features/patients/results.module.css')).toBe('search');
  });

  it('leave the roots, the entry module, style sheets and the bundler’s helpers where they are', () => {
    for (const id of [
      '/app/index.html',
      '/app/src/main.tsx',
      '/app/src/app/global.css',
      '\0vite/preload-helper.js',
      '/app/src/features/patients/Search.tsx',
      '/app/src/features/patients/Results.tsx',
    ])
      expect(owners.has(id), id).toBe(false);
  });

  it('leave to the bundler what a group shares with the pages it names as exceptions', () => {
    const withExcept = chunkOwners(
      [
        ...firstPass,
        chunk(
          'Worklist.js',
          ['/app/src/features/orders/Worklist.tsx'],
          ['results-deps.js'],
          '/app/src/features/orders/Worklist.tsx',
        ),
      ],
      [
        ['boot', ['index.html', 'src/features/patients/Search.tsx']],
        ['search', ['src/features/patients/Results.tsx'], ['src/features/orders/Worklist.tsx']],
      ],
      ['src/main.tsx'],
      root,
    );
    // The list library is loaded by the worklist too: the worklist does not load the search group for it.
    expect(withExcept.has('/app/node_modules/virtual/index.js')).toBe(false);
    expect(withExcept.get('/app/src/features/patients/results.module.css')).toBe('search');
    expect(owners.get('/app/node_modules/virtual/index.js')).toBe('search');
  });

  it('leave what only later pages load to the bundler', () => {
    expect(owners.has('/app/src/features/orders/Orders.tsx')).toBe(false);
    expect(owners.has('/app/node_modules/calendar/index.js')).toBe(false);
  });
});
