// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { routePreloads } from './route-preloads-plugin';

const chunk = (
  fileName: string,
  imports: string[] = [],
  facade: string | null = null,
  css: string[] = [],
) => ({
  fileName,
  imports,
  isEntry: fileName === 'index.js',
  facadeModuleId: facade,
  viteMetadata: { importedCss: new Set(css) },
});

// The entry and its boot chunk, the landing page (preloaded by index.html), the orders page with a chunk of
// its own deps and one shared with the landing page, and the orders page's results (lazy, not preloaded).
const chunks = [
  chunk('index.js', ['boot.js'], '/app/index.html'),
  chunk('boot.js', [], null, ['boot.css']),
  chunk('Search.js', ['boot.js', 'shared.js'], '/app/src/features/patients/Search.tsx'),
  chunk('shared.js', ['boot.js']),
  chunk('Orders.js', ['boot.js', 'shared.js', 'checkbox.js'], '/app/src/features/orders/Orders.tsx', [
    'orders.css',
  ]),
  chunk('checkbox.js', ['boot.js'], null, ['checkbox.css']),
  chunk('Results.js', ['boot.js'], '/app/src/features/orders/Results.tsx'),
];

describe('routePreloads', () => {
  it('names what a page’s first paint loads, less what index.html already asks for', () => {
    const table = routePreloads(chunks, { '/orders': ['src/features/orders/Orders.tsx'] }, [
      'src/features/patients/Search.tsx',
    ]);
    expect(table['/orders']?.scripts.sort()).toEqual(['Orders.js', 'checkbox.js']);
    expect(table['/orders']?.styles.sort()).toEqual(['checkbox.css', 'orders.css']);
  });

  it('skips a module the build left out', () => {
    expect(routePreloads(chunks, { '/x': ['src/none.tsx'] }, [])).toEqual({
      '/x': { scripts: [], styles: [] },
    });
  });
});
