import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Brotli and gzip copies of the build's text files (`x.js.br`, `x.js.gz` beside `x.js`), made once when the
 * gateway starts and kept on disk; @fastify/static then answers each browser with the copy it accepts.
 * (A read-only dist/ is served uncompressed: the proxy in front may compress instead.)
 */
const COMPRESSIBLE = /\.(js|css|svg|json|html|txt|map|webmanifest)$/;
const MIN_BYTES = 1024;

export function precompress(dir: string): { written: number; failed: boolean } {
  let written = 0;
  let failed = false;
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stat = statSync(path);
      if (stat.isDirectory()) {
        if (!name.startsWith('.')) walk(path);
        continue;
      }
      if (!COMPRESSIBLE.test(name) || stat.size < MIN_BYTES) continue;
      for (const [suffix, compress] of [
        [
          '.br',
          (data: Buffer) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
        ],
        ['.gz', (data: Buffer) => gzipSync(data, { level: 9 })],
      ] as const) {
        const target = `${path}${suffix}`;
        if (existsSync(target) && statSync(target).mtimeMs >= stat.mtimeMs) continue;
        try {
          writeFileSync(target, compress(readFileSync(path)));
          written++;
        } catch {
          failed = true;
        }
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { written, failed };
}
