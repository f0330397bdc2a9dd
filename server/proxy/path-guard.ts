/**
 * Turns the raw request target of `/api/<vendor>/<rest>` into the vendor path to forward, or refuses it.
 * Nothing is normalised into another path: a request that tries to leave the vendor's base is refused
 * whole. Refused: `..` and `.` segments in any spelling (`%2e%2e`, `.%2E`), encoded slashes and
 * backslashes (`%2f`, `%5c`), double encoding (`%252e`), empty segments (`//host`), absolute URLs
 * (`http://…`, `/api/eden/https:…`), control characters, and malformed percent-encoding.
 */
export type GuardResult = { path: string; query: string } | { refused: string };

export function guardVendorPath(rawUrl: string, prefix: string): GuardResult {
  if (!rawUrl.startsWith(`${prefix}/`) && rawUrl !== prefix && !rawUrl.startsWith(`${prefix}?`)) {
    return { refused: 'not under the vendor prefix' };
  }
  const rest = rawUrl.slice(prefix.length);
  const queryAt = rest.indexOf('?');
  const path = (queryAt === -1 ? rest : rest.slice(0, queryAt)) || '/';
  const query = queryAt === -1 ? '' : rest.slice(queryAt + 1);
  if (rest.includes('#')) return { refused: 'fragment in request' };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f\s\\]/.test(path)) return { refused: 'control character, space or backslash' };
  if (/%(2f|5c|00)/i.test(path)) return { refused: 'encoded slash, backslash or NUL' };
  if (/%25/i.test(path)) return { refused: 'double encoding' };
  if (path.includes('//')) return { refused: 'empty path segment' };
  if (/^\/[a-z][a-z0-9+.-]*:/i.test(path) || /:\/\//.test(path)) return { refused: 'absolute URL' };
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { refused: 'malformed percent-encoding' };
    }
    if (decoded === '.' || decoded === '..') return { refused: 'dot segment' };
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: same as above, for the query
  if (/[\u0000-\u001f\u007f#]/.test(query)) return { refused: 'control character in query' };
  return { path, query };
}
