#!/usr/bin/env node
/**
 * npm run build (after tsc): the command-line tool as one CommonJS file, dist/cli.bundle.cjs, which
 * bin/newsclean.cjs loads with a V8 code cache. Why: `newsclean page.html` spent about 0.1 s resolving,
 * reading and compiling ~250 ES modules (ours, cheerio's, linkedom's) before the page; one file and a
 * code cache take that to a few milliseconds (figures in the README, `npm run bench`). ES modules cannot
 * use a code cache on Node 20 (no module.enableCompileCache), hence CommonJS.
 *
 * The library (`import { extract } from 'newsclean'`) and the batch workers stay the tsc output in dist/.
 * What is loaded at run time by name stays outside the bundle: the optional peers (bullmq, ioredis, jsdom),
 * piscina and cli-progress (found with createRequire beside the bundle), and the worker the pool starts
 * (dist/batch/worker.js).
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'dist', 'cli.js')],
  outfile: join(root, 'dist', 'cli.bundle.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['bullmq', 'ioredis', 'jsdom', 'piscina', 'cli-progress'],
  // `import()` becomes `require()`: code compiled from a V8 code cache loses Node's dynamic-import hook
  // (and the hook that survives it, vm's USE_MAIN_CONTEXT_DEFAULT_LOADER, is experimental on Node 20).
  // The one import left by name, `newsclean queue …`'s module (ESM, with top-level await), is never
  // reached from the bundle: bin/newsclean.cjs runs queue commands from dist/cli.js.
  supported: { 'dynamic-import': false },
  // `import.meta.url` of every bundled module becomes the bundle's own: every relative path they resolve
  // (../package.json, the pool's worker) is one the bundle, in dist/, resolves the same way.
  define: { 'import.meta.url': '__bundle_url' },
  banner: { js: "const __bundle_url = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'linked',
});
