/**
 * A page's chunk that failed to download (a dropped connection, a deploy that replaced it) is remembered by
 * some browsers: Chromium before 2025's change to the HTML standard keeps the failed module in its module
 * map, so `import()` of the same address fails again without asking the server. The retry then asks for the
 * chunk at an address of its own (`?retry=<n>`), which the server answers with the same file.
 */

/** The address of the script that failed to load, from a failed `import()`'s error (every engine names it). */
export function failedChunkUrl(error: unknown, origin: string): string | null {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  for (const match of message.matchAll(/(?:https?:\/\/|\/)[^\s'"`]+?\.m?js(?:\?[^\s'"`]*)?/g)) {
    let url: URL;
    try {
      url = new URL(match[0], origin);
    } catch {
      continue;
    }
    // Only the console's own scripts are asked for again.
    if (url.origin === origin) return url.href;
  }
  return null;
}

/** The chunk's address for the n-th retry: the same file, a module of its own in the browser's module map. */
export function retryChunkUrl(url: string, attempt: number): string {
  const next = new URL(url);
  next.searchParams.set('retry', String(attempt));
  return next.href;
}
