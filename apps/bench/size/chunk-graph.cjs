// @ts-check
/**
 * What a browser downloads when it imports an entry bundled by esbuild with code splitting
 * (`splitting: true`, ESM): the entry's own output and every chunk it imports statically,
 * transitively (first load); and, for each dynamic `import()` reachable from there, the chunks
 * that target adds (on demand). Read from the build's metafile; used by `.size-limit.cjs` (to
 * measure each part) and `src/size.bench.ts` (to attribute bytes to packages).
 */
const { basename, resolve } = require('node:path');

/**
 * @typedef {import('esbuild').Metafile} Metafile
 * @typedef {{ firstLoad: string[], onDemand: Map<string, string[]> }} SplitOutputs
 */

/**
 * A dynamic import's name: its source file without extension and content hashes, so
 * `property-grid-virtual-body-O2TVYQJJ.js` is `property-grid-virtual-body`.
 * @param {string} file
 */
function chunkName(file) {
  return basename(file)
    .replace(/\.[cm]?js$/, '')
    .replace(/(-[A-Z0-9]{8})+$/, '');
}

/**
 * Splits the JS outputs of `metafile` into what importing `entryPoint` loads at once and what it
 * loads on demand, grouped by dynamic import (a chunk shared by two dynamic imports, and not
 * loaded at once, is in both groups). Paths are the metafile's output keys. Throws when no output
 * comes from `entryPoint` (absolute, or relative to `cwd`, the build's working directory).
 * @param {Metafile} metafile
 * @param {string} entryPoint
 * @param {string} cwd
 * @returns {SplitOutputs}
 */
function splitOutputs(metafile, entryPoint, cwd) {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((path) => {
    const from = outputs[path]?.entryPoint;
    return from !== undefined && resolve(cwd, from) === resolve(cwd, entryPoint);
  });
  if (!entry) throw new Error(`No esbuild output comes from ${entryPoint}`);
  /** @param {string} start @param {Set<string>} [dynamic] dynamic imports met on the way */
  const staticClosure = (start, dynamic = new Set()) => {
    const seen = new Set();
    for (const stack = [start]; stack.length > 0; ) {
      const path = /** @type {string} */ (stack.pop());
      if (seen.has(path)) continue;
      seen.add(path);
      for (const edge of outputs[path]?.imports ?? []) {
        if (edge.external) continue;
        if (edge.kind === 'import-statement') stack.push(edge.path);
        else if (edge.kind === 'dynamic-import') dynamic.add(edge.path);
      }
    }
    return seen;
  };
  /** @type {Set<string>} */
  const pending = new Set();
  const firstLoad = staticClosure(entry, pending);
  /** @type {Map<string, string[]>} */
  const onDemand = new Map();
  const visited = new Set();
  for (const target of pending) {
    if (visited.has(target) || firstLoad.has(target)) continue;
    visited.add(target);
    const group = [...staticClosure(target, pending)].filter((path) => !firstLoad.has(path));
    const name = chunkName(outputs[target]?.entryPoint ?? target);
    onDemand.set(name, [...(onDemand.get(name) ?? []), ...group]);
  }
  return { firstLoad: [...firstLoad], onDemand };
}

/**
 * An esbuild plugin that leaves in the build's metafile only the outputs `select` picks from
 * `splitOutputs` of the build's single entry. size-limit's esbuild plugin measures every output
 * listed in the metafile, so this decides what a size-limit check counts; the files stay on disk.
 * @param {(split: SplitOutputs) => string[]} select
 * @returns {import('esbuild').Plugin}
 */
function measureOnly(select) {
  return {
    name: 'estatekit-measure-only',
    setup(build) {
      const entryPoints = build.initialOptions.entryPoints;
      const entry = Array.isArray(entryPoints) ? entryPoints[0] : undefined;
      if (typeof entry !== 'string') throw new Error('measureOnly needs one entry point path');
      const cwd = build.initialOptions.absWorkingDir ?? process.cwd();
      build.onEnd((result) => {
        if (!result.metafile) return;
        const keep = new Set(select(splitOutputs(result.metafile, entry, cwd)));
        for (const path of Object.keys(result.metafile.outputs)) {
          if (!keep.has(path)) delete result.metafile.outputs[path];
        }
      });
    },
  };
}

/**
 * The on-demand outputs named `name` (see `chunkName`); throws when there are none, so a part
 * that stopped being split off fails the check instead of measuring 0 B.
 * @param {SplitOutputs} split
 * @param {string} name
 */
function onDemandChunk(split, name) {
  const paths = split.onDemand.get(name);
  if (!paths?.length) {
    throw new Error(
      `No on-demand chunk "${name}" (have: ${[...split.onDemand.keys()].join(', ')})`,
    );
  }
  return paths;
}

/** Every on-demand output once. @param {SplitOutputs} split */
function allOnDemand(split) {
  return [...new Set([...split.onDemand.values()].flat())];
}

module.exports = { allOnDemand, chunkName, measureOnly, onDemandChunk, splitOutputs };
