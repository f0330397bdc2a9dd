import type { Plugin, Rolldown } from 'vite';
import { staticClosure } from './chunk-graph';

/** Where the build writes the table, beside Vite's manifest (never served: the gateway serves no dotfile). */
export const ROUTE_PRELOADS_FILE = '.vite/route-preloads.json';

/** `{ "/orders": { scripts: ["assets/…js"], styles: ["assets/…css"] } }`: what a page's first paint loads. */
export type RoutePreloads = Record<string, { scripts: string[]; styles: string[] }>;

/** What the table needs of a chunk of the bundle. */
type BundleChunk = Pick<Rolldown.OutputChunk, 'fileName' | 'imports' | 'isEntry' | 'facadeModuleId'> & {
  viteMetadata?: { importedCss: ReadonlySet<string> };
};

/**
 * The chunks another page's first paint needs, for the gateway to name in the HTML it serves for that page
 * (server/http/static.ts). index.html is one file for every address, and it already asks for the landing
 * page (./first-route-preload-plugin.ts); a tab that opens at `/orders` otherwise learns of the orders chunks
 * only once the boot chunk has run, one network round trip later, and draws the boot shell meanwhile.
 *
 * `routes`: address → source modules (from the project root), each preloaded with its static imports.
 * `inHtml`: the modules index.html already preloads (the first route), left out, as the entry's own chunks.
 */
export function routePreloadsPlugin(routes: Record<string, string[]>, inHtml: string[]): Plugin {
  return {
    name: 'console:route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
      this.emitFile({
        type: 'asset',
        fileName: ROUTE_PRELOADS_FILE,
        source: `${JSON.stringify(routePreloads(chunks, routes, inHtml), null, 2)}\n`,
      });
    },
  };
}

/** Pure: the preloads of each route, from the bundle's chunks (exported for tests). */
export function routePreloads(
  chunks: BundleChunk[],
  routes: Record<string, string[]>,
  inHtml: string[],
): RoutePreloads {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const fileOf = (module: string) =>
    chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${module}`))?.fileName;
  const closureOf = (modules: string[]) =>
    staticClosure(
      byFile,
      modules.flatMap((module) => fileOf(module) ?? []),
    );
  const already = staticClosure(
    byFile,
    chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName),
    closureOf(inHtml),
  );
  const cssOf = (files: Iterable<string>) =>
    new Set([...files].flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]));
  const alreadyCss = cssOf(already);
  const table: RoutePreloads = {};
  for (const [route, modules] of Object.entries(routes)) {
    const files = closureOf(modules);
    table[route] = {
      scripts: [...files].filter((file) => !already.has(file)),
      styles: [...cssOf(files)].filter((css) => !alreadyCss.has(css)),
    };
  }
  return table;
}
