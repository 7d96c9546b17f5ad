#!/usr/bin/env node
/**
 * npm run bench [-- --corpus DIR --limit N --repeat N --baseline-limit N --jobs N]
 *
 * Pages/s and peak memory on a folder of saved pages (default ../shared/corpus, every *.html in it), for
 *   (a) plain @mozilla/readability on jsdom over the whole page (no pruning; bytes decoded with newsclean's decoder),
 *   (b) newsclean with one worker,
 *   (c) newsclean on all cores.
 * Each variant runs in a child process of its own, so its peak RSS (process.resourceUsage().maxRSS: the main
 * thread plus its workers) is its alone. For (b)/(c) the largest V8 heap any worker reported is shown too.
 * Times include start-up (loading jsdom, starting workers). Needs a build (dist/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import fg from 'fast-glob';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(ROOT, '..', 'shared', 'corpus') },
    limit: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    'baseline-limit': { type: 'string', default: '200' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    // Internal: run one variant over a list of files and print its figures as JSON.
    child: { type: 'string' },
    list: { type: 'string' },
  },
});

if (args.child) {
  const files = JSON.parse(await readFile(args.list, 'utf8'));
  const result = args.child === 'readability' ? await runReadability(files) : await runNewsclean(files, Number(args.child));
  process.stdout.write(`${JSON.stringify({ ...result, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
} else {
  await main();
}

async function main() {
  if (!existsSync(join(DIST, 'batch', 'index.js'))) {
    console.error('bench: dist/ is missing; run `npm run build` first');
    process.exit(2);
  }
  const found = (await fg('**/*.{html,htm}', { cwd: args.corpus, absolute: true })).sort();
  if (found.length === 0) {
    console.error(`bench: no .html files under ${args.corpus}`);
    process.exit(2);
  }
  const limited = args.limit ? found.slice(0, Number(args.limit)) : found;
  const files = Array.from({ length: Number(args.repeat) }, () => limited).flat();
  const baselineFiles = files.slice(0, Number(args['baseline-limit']));
  const jobs = Number(args.jobs);

  const tmp = await mkdtemp(join(tmpdir(), 'newsclean-bench-'));
  try {
    const variants = [
      { label: '(a) @mozilla/readability on jsdom, whole page', child: 'readability', files: baselineFiles },
      { label: '(b) newsclean, 1 worker', child: '1', files },
      { label: `(c) newsclean, ${jobs} workers`, child: String(jobs), files },
    ];
    const rows = [];
    for (const variant of variants) {
      const list = join(tmp, `${variant.child}.json`);
      await writeFile(list, JSON.stringify(variant.files));
      process.stderr.write(`bench: ${variant.label} on ${variant.files.length} pages…\n`);
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', variant.child, '--list', list], {
        encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20,
      });
      if (child.status !== 0) throw new Error(`${variant.label} failed (exit ${child.status})`);
      rows.push({ label: variant.label, ...JSON.parse(child.stdout.trim().split('\n').pop()) });
    }
    console.log(`Corpus: ${args.corpus} (${limited.length} pages${Number(args.repeat) > 1 ? ` × ${args.repeat}` : ''}); ${availableParallelism()} cores; Node ${process.version}\n`);
    console.log('| variant | pages | errors | seconds | pages/s | peak RSS (MB) | peak worker heap (MB) |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) {
      const kinds = Object.entries(row.errorKinds ?? {}).map(([kind, n]) => `${kind} ${n}`).join(', ');
      console.log(`| ${row.label} | ${row.pages} | ${row.errors}${kinds ? ` (${kinds})` : ''} | ${row.seconds.toFixed(1)} | ${row.pagesPerSecond.toFixed(1)} | ${row.peakRssMb} | ${row.workerHeapPeakMb ?? '–'} |`);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** The baseline: what one gets from Readability alone, page by page in one thread. */
async function runReadability(files) {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const decode = await loadDecoder();
  const virtualConsole = new VirtualConsole(); // silence jsdom's CSS/script complaints
  const started = performance.now();
  let errors = 0;
  for (const file of files) {
    try {
      const dom = new JSDOM(decode(await readFile(file)), { virtualConsole });
      new Readability(dom.window.document).parse();
      dom.window.close();
    } catch {
      errors++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { pages: files.length, errors, seconds, pagesPerSecond: files.length / seconds, workerHeapPeakMb: null };
}

/** newsclean's decoder when the build has it (it knows GBK/Big5 and meta charsets), else UTF-8. */
async function loadDecoder() {
  try {
    const { decodeBytes } = await import(pathToFileURL(join(DIST, 'decode', 'index.js')).href);
    if (typeof decodeBytes === 'function') return (bytes) => decodeBytes(bytes).text;
  } catch {
    // fall through
  }
  const utf8 = new TextDecoder();
  return (bytes) => utf8.decode(bytes);
}

async function runNewsclean(files, jobs) {
  const { BatchRun } = await import(pathToFileURL(join(DIST, 'batch', 'index.js')).href);
  const run = new BatchRun(files, { jobs });
  for await (const record of run.records()) void record;
  const { stats } = run;
  return {
    pages: stats.pages,
    errors: stats.pages - stats.ok,
    errorKinds: stats.errors,
    seconds: stats.seconds,
    pagesPerSecond: stats.pagesPerSecond,
    workerHeapPeakMb: stats.workerHeapPeakMb,
  };
}
