import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { staticClosure } from './chunk-graph';

type CodeSplitting = Exclude<NonNullable<Rolldown.OutputOptions['codeSplitting']>, boolean>;
type OutputChunk = Rolldown.OutputChunk;
/** `[name, roots, except]`: see `firstRouteChunks`. */
export type ChunkGroup = [name: string, roots: string[], except?: string[]];

/** Set while the first pass runs, so that the config it loads asks for no second one. */
const FIRST_PASS = 'CONSOLE_CHUNKS_FIRST_PASS';

/**
 * Chunk groups for the first route, found by building twice.
 *
 * Left to itself the bundler cuts what `/patients` needs at boot into some 60 files of 1 to 16 KB, each
 * shared with a different set of later pages. Over HTTP/1.1 a browser asks for six at a time, so on a slow
 * network (Lighthouse's simulated mobile one, 150 ms a round trip) the count costs more than the bytes.
 *
 * The first pass builds as usual, in memory. For each group, in order, it takes the chunks its roots load
 * (their static imports, transitively), and the second pass puts the modules of those chunks into one chunk
 * named after the group, less what an earlier group took. The roots themselves stay chunks of their own
 * (the lazy pages keep their chunks, and a deep link elsewhere does not load the search page), and so do
 * the entry's own module and style sheets: nothing imports the entry back, a cycle that could run a chunk
 * before one it needs. Only modules the first pass kept are grouped, and not their dependencies in the
 * module graph (through a package's index file, that would be every icon and component of the package),
 * so the second pass loads what the first route loaded before, in fewer files. `npm run check:bundle`
 * prints the files.
 *
 * `groups`: `[name, root source paths from the project root, except?]`; `'index.html'` stands for the entry.
 * `except` names other lazy roots whose own loads the group leaves alone: a module the group's roots share
 * with them stays in a chunk of its own, so that a page that needs a few small modules of the group (the
 * all-orders worklist's first paint) does not load and run the whole group (every vendor's schemas).
 * `keep`: the entry's own module (`src/main.tsx`), which stays in the entry chunk.
 */
export async function firstRouteChunks(
  configFile: string,
  mode: string,
  groups: ChunkGroup[],
  keep: string[],
): Promise<CodeSplitting | undefined> {
  if (process.env[FIRST_PASS]) return undefined;
  process.env[FIRST_PASS] = '1';
  let output: Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  try {
    output = (await build({
      configFile,
      mode,
      logLevel: 'silent',
      build: { write: false, manifest: false },
    })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  } finally {
    delete process.env[FIRST_PASS];
  }
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((result) => result.output)
    .filter((item): item is OutputChunk => item.type === 'chunk');
  const owner = chunkOwners(chunks, groups, keep);
  return { groups: [{ name: (id) => owner.get(id) ?? null, includeDependenciesRecursively: false }] };
}

/** Pure: which group each module goes to, from the chunks of the first pass (exported for tests). */
export function chunkOwners(
  chunks: Pick<OutputChunk, 'fileName' | 'imports' | 'moduleIds' | 'facadeModuleId' | 'isEntry'>[],
  groups: ChunkGroup[],
  keep: string[],
  root = process.cwd(),
): Map<string, string> {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const facades = new Set(chunks.flatMap((chunk) => (chunk.facadeModuleId ? [chunk.facadeModuleId] : [])));
  // The entry keeps its own module and its global style sheets, so that it stays the entry and no chunk
  // imports it back (a cycle can run a module before one it reads). The bundler's helpers stay where it
  // puts them. CSS modules do move: a component's class names go with the component.
  const kept = new Set(keep.map((path) => resolve(root, path)));
  for (const chunk of chunks)
    if (chunk.isEntry) for (const id of chunk.moduleIds) if (/\.css($|\?)/.test(id)) kept.add(id);
  const groupable = (id: string) => !facades.has(id) && !kept.has(id) && !id.startsWith('\0');
  const owner = new Map<string, string>();
  const startsOf = (roots: string[]) => {
    const paths = new Set(roots.map((path) => resolve(root, path)));
    return chunks
      .filter(
        (chunk) =>
          (roots.includes('index.html') && chunk.isEntry) ||
          (chunk.facadeModuleId !== null && paths.has(chunk.facadeModuleId)),
      )
      .map((chunk) => chunk.fileName);
  };
  for (const [name, roots, except = []] of groups) {
    const excluded = except.length ? staticClosure(byFile, startsOf(except)) : new Set<string>();
    for (const file of staticClosure(byFile, startsOf(roots)))
      if (!excluded.has(file))
        for (const id of byFile.get(file)?.moduleIds ?? [])
          if (groupable(id) && !owner.has(id)) owner.set(id, name);
  }
  return owner;
}
