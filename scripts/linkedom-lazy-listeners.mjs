/**
 * An esbuild plugin for the CLI's bundle (scripts/build-cli.mjs): linkedom with its event-listener storage made lazy.
 *
 * linkedom 0.18's EventTarget constructor gives every node it creates an entry in one module-wide WeakMap, holding a
 * new empty Map for listeners that a parsed page's nodes never get. Measured over the bench's 500 seed pages on this
 * machine: parsing takes 12.5 s with it and 5.9 s without (garbage collection of the WeakMap's entries, mostly). jsdom
 * and happy-dom made the same storage lazy (jsdom#4258, happy-dom#2271); linkedom has not. So the bundle creates the Map
 * with the first listener added, and reads a node without one as having none: the same behaviour, 2× faster parsing.
 *
 * The edit must find linkedom's code exactly as written; if a new linkedom changed it, the build stops and says so
 * (check whether linkedom fixed it, then update or drop this plugin) instead of going on unpatched.
 */
import { readFile } from 'node:fs/promises';

const EDITS = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {\n  }'],
  [
    '  addEventListener(type, listener, options) {\n    const map = wm.get(this);',
    '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map));',
  ],
  ['  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {', '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {'],
];

/** linkedom's event-target.js with the listener Map made lazy; throws when the code is not what the edits expect. */
export function lazyListenersSource(source) {
  let out = source;
  for (const [from, to] of EDITS) {
    if (!out.includes(from)) throw new Error(`linkedom-lazy-listeners: linkedom's event-target.js has changed (no "${from.split('\n')[0].trim()}")`);
    out = out.replace(from, to);
  }
  return out;
}

/** The plugin; `applied()` tells whether the file was met (the build checks it was). */
export function linkedomLazyListeners() {
  let met = 0;
  return {
    applied: () => met > 0,
    plugin: {
      name: 'linkedom-lazy-listeners',
      setup(build) {
        build.onLoad({ filter: /[\\/]linkedom[\\/](?:esm|cjs)[\\/]interface[\\/]event-target\.js$/ }, async (args) => {
          met += 1;
          return { contents: lazyListenersSource(await readFile(args.path, 'utf8')), loader: 'js' };
        });
      },
    },
  };
}
