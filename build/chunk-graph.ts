/** The chunks `starts` load: themselves and their static imports, transitively (file names of one build). */
export function staticClosure(
  byFile: ReadonlyMap<string, { imports: readonly string[] }>,
  starts: Iterable<string>,
  into = new Set<string>(),
): Set<string> {
  const stack = [...starts];
  while (stack.length) {
    const file = stack.pop() as string;
    if (into.has(file)) continue;
    into.add(file);
    stack.push(...(byFile.get(file)?.imports ?? []));
  }
  return into;
}
