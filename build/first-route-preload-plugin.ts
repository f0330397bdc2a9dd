import type { Plugin } from 'vite';
import { staticClosure } from './chunk-graph';

/**
 * Asks for the first route's lazy chunks in index.html, beside the entry's own preloads. Without it the
 * browser learns of them one step at a time: entry → gateway session module → session answer → render →
 * the patient search page chunk → its imports, one network round trip each (Lighthouse's simulated mobile
 * network makes each about 150 ms, and the page's first paint waited for all of them).
 *
 * `modules` are source paths (from the project root); each one found in the bundle is preloaded with its
 * static imports, and its CSS is asked for as a style preload. A module a build leaves out (the gateway
 * session in mock builds) is skipped. Build only; the dev server loads modules as they come.
 *
 * `fetches` are same-origin addresses the boot asks for with a plain `fetch` (no custom headers, so that the
 * browser can hand over the preloaded answer): the gateway session, asked for while the scripts download.
 */
export function firstRoutePreloadPlugin(modules: string[], fetches: string[] = []): Plugin {
  return {
    name: 'console:first-route-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return;
        const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        // What the entry already preloads (Vite writes those links itself).
        const already = staticClosure(
          byFile,
          chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName),
        );
        const scripts = new Set<string>();
        const styles = new Set<string>();
        for (const module of modules) {
          const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${module}`));
          if (!chunk) continue;
          for (const file of staticClosure(byFile, [chunk.fileName])) {
            if (!already.has(file)) scripts.add(file);
            for (const css of byFile.get(file)?.viteMetadata?.importedCss ?? []) styles.add(css);
          }
        }
        return [
          ...fetches.map((href) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href },
            injectTo: 'head' as const,
          })),
          ...[...scripts].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
          ...[...styles].map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
