#!/usr/bin/env node
/**
 * The `newsclean` command. Runs the CLI from one bundled file (dist/cli.bundle.cjs, made by
 * `npm run build`) compiled with a V8 code cache kept in the user's cache directory, so a one-page call
 * does not spend its time loading and compiling modules (see scripts/bundle-cli.mjs and the README's
 * speed section). The cache is an optimisation only: when it cannot be read or written, or V8 rejects it
 * (another Node, other flags), the bundle is compiled as usual. Without a bundle, and for
 * `newsclean queue …`, dist/cli.js runs.
 *
 * NEWSCLEAN_CODE_CACHE: the cache directory, or `off` for none
 * (default: $XDG_CACHE_HOME/newsclean or ~/.cache/newsclean).
 * NEWSCLEAN_V8_TUNING=off: leave V8's flags alone (see tuneV8).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const dist = path.join(__dirname, '..', 'dist');
const bundle = path.join(dist, 'cli.bundle.cjs');

function cacheDirectory() {
  const setting = process.env.NEWSCLEAN_CODE_CACHE;
  if (setting === 'off' || setting === '0') return null;
  if (setting) return setting;
  try {
    const home = process.env.XDG_CACHE_HOME || path.join(require('node:os').homedir(), '.cache');
    return path.join(home, 'newsclean');
  } catch {
    return null; // no home directory for this user: no cache
  }
}

/** A flag's name as V8 reads it: without `--`, `no`, a value, and with `_` as `-` (as src/batch/pool.ts reads it). */
function flagName(arg) {
  return arg
    .replace(/^--(no-?)?/, '')
    .replace(/=.*$/, '')
    .replace(/_/g, '-');
}

/**
 * The V8 flags of dist/data/v8-tuning.json that this process has no value of its own for (src/batch/pool.ts's
 * v8TuningFlags, written again here because this file runs before any ES module can be loaded; a test holds
 * the two to the same answers).
 */
function v8TuningFlags(env, execArgv, flags) {
  if (env.NEWSCLEAN_V8_TUNING === 'off' || env.NEWSCLEAN_V8_TUNING === '0') return [];
  const own = new Set([...execArgv, ...(env.NODE_OPTIONS || '').split(/\s+/)].filter((arg) => arg.startsWith('--')).map(flagName));
  return flags.filter((flag) => !own.has(flagName(flag)));
}

/**
 * The batch workers' V8 flags (src/batch/pool.ts says why each) for this process too: they make a one-page run
 * about a fifth faster (its regular expressions run over long texts; see the README's speed section). Set before
 * the bundle is compiled: V8 makes and accepts a code cache only under the same flags.
 */
function tuneV8() {
  let flags;
  try {
    flags = JSON.parse(fs.readFileSync(path.join(dist, 'data', 'v8-tuning.json'), 'utf8')).flags;
  } catch {
    return; // no build: startUnbundled reports it
  }
  const v8 = require('node:v8');
  for (const flag of v8TuningFlags(process.env, process.execArgv, flags)) v8.setFlagsFromString(flag);
}

function run() {
  tuneV8();
  // `newsclean queue …` runs for minutes and loads ES modules by name: the unbundled CLI.
  if (process.argv[2] === 'queue') return startUnbundled();
  let source;
  let stat;
  try {
    stat = fs.statSync(bundle);
    // the entry's `#!` line is kept by the bundler; inside a function wrapper it is a syntax error
    source = fs.readFileSync(bundle, 'utf8').replace(/^#!/, '//');
  } catch {
    return startUnbundled();
  }
  const dir = cacheDirectory();
  // One cache per installed copy (its path), build and Node: V8 checks the source and its flags too, and
  // rejects a stale one. Two installs (global and local) keep a cache each.
  const install = `cli-${fnv1a(bundle)}-`;
  const cacheFile = dir && path.join(dir, `${install}${stat.size}-${Math.floor(stat.mtimeMs)}-${process.version}-${process.arch}.bin`);
  let cachedData;
  if (cacheFile) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {}
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: bundle,
    cachedData,
  });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // Written at exit, after the run: the cache then also holds the functions the page needed.
    process.once('exit', () => saveCache(script, dir, cacheFile, install));
  }
  const wrapper = script.runInThisContext();
  const module = { exports: {}, id: bundle, filename: bundle, loaded: false };
  wrapper.call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, dist);
}

function startUnbundled() {
  import(require('node:url').pathToFileURL(path.join(dist, 'cli.js')).href);
}

/** A short hash of a string (FNV-1a, 32 bits, hex): names the install a cache belongs to. */
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

function saveCache(script, dir, cacheFile, install) {
  try {
    fs.mkdirSync(dir, { recursive: true });
    // this install's caches of earlier builds or other Node versions
    for (const old of fs.readdirSync(dir)) {
      if (old.startsWith(install) && path.join(dir, old) !== cacheFile) fs.rmSync(path.join(dir, old), { force: true });
    }
    const temp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temp, script.createCachedData());
    fs.renameSync(temp, cacheFile);
  } catch {
    // a read-only home or a full disk: the next run compiles without a cache, as this one did
  }
}

if (require.main === module) run();
else module.exports = { v8TuningFlags };
