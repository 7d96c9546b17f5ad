#!/usr/bin/env node
/**
 * npm run bench [-- --corpus DIR --limit N --repeat N --baseline-limit N --jobs N --one-page K --tries N]
 *
 * Throughput and one-page latency on a folder of saved pages (default ../shared/corpus, every *.html in it),
 * all variants on the same pages:
 *   (a) plain @mozilla/readability on jsdom over the whole page (no pruning; bytes decoded with newsclean's
 *       decoder), one thread;
 *   (b) newsclean with 1 worker, (c) with 2 workers, (d) with --jobs N workers when N > 2 (default: all cores).
 * `--limit N` takes N pages spread evenly over the sorted file list (every set of the corpus is in it);
 * `--repeat N` runs them N times (e.g. 5,000+ pages for the worker heap); `--baseline-limit N` runs (a) on N of
 * them only (spread), when the slow baseline on all would take too long.
 * Each variant runs in a child process of its own: pages/s is over the child's wall time, process start
 * included (loading jsdom, starting workers); peak RSS (process.resourceUsage().maxRSS: the main thread
 * plus its workers) is its alone. For newsclean the largest V8 heap any worker reported is shown too.
 *
 * One page: `newsclean page.html` (the package's `bin`, with its code cache filled by one earlier call, and
 * without a code cache) against a script that runs Readability on jsdom over the same page
 * (`new JSDOM(bytes)`, as its README shows), each the best of `--tries` runs, on `--one-page` pages.
 * Needs a build (dist/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import fg from 'fast-glob';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(ROOT, '..', 'shared', 'corpus') },
    limit: { type: 'string', default: '300' },
    repeat: { type: 'string', default: '1' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    'baseline-limit': { type: 'string' },
    'one-page': { type: 'string', default: '3' },
    tries: { type: 'string', default: '3' },
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

/** `count` items spread evenly over `list` (all of it when count ≥ its length). */
function spread(list, count) {
  if (count >= list.length) return list;
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]);
}

/** Runs node with `argv` (and `env` added); its wall time in seconds and its last stdout line. */
function timedNode(argv, env = {}) {
  const started = performance.now();
  const child = spawnSync(process.execPath, argv, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20,
    env: { ...process.env, ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0 && child.status !== 1) throw new Error(`node ${argv.join(' ')} failed (exit ${child.status}):\n${child.stderr}`);
  return { seconds, last: child.stdout.trim().split('\n').pop() ?? '' };
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
  const limited = spread(found, Number(args.limit));
  const jobs = Number(args.jobs);

  const tmp = await mkdtemp(join(tmpdir(), 'newsclean-bench-'));
  try {
    // A batch takes a file once (by inode), so each repeat after the first reads copies of the pages.
    const files = [...limited];
    for (let round = 2; round <= Number(args.repeat); round++) {
      const dir = join(tmp, `repeat-${round}`);
      await mkdir(dir);
      for (const [i, page] of limited.entries()) {
        const copy = join(dir, `${i}-${basename(page)}`);
        await copyFile(page, copy);
        files.push(copy);
      }
    }
    const list = join(tmp, 'pages.json');
    await writeFile(list, JSON.stringify(files));
    const baselineList = join(tmp, 'baseline-pages.json');
    // The baseline's pages are the same whatever --repeat is: spread over the pages, not over their copies.
    await writeFile(baselineList, JSON.stringify(args['baseline-limit'] ? spread(limited, Number(args['baseline-limit'])) : files));
    const variants = [
      { label: '(a) @mozilla/readability on jsdom, whole page', child: 'readability', list: baselineList },
      { label: '(b) newsclean, 1 worker', child: '1' },
      { label: '(c) newsclean, 2 workers', child: '2' },
      ...(jobs > 2 ? [{ label: `(d) newsclean, ${jobs} workers`, child: String(jobs) }] : []),
    ];
    const rows = [];
    for (const variant of variants) {
      process.stderr.write(`bench: ${variant.label}…\n`);
      const { seconds, last } = timedNode([fileURLToPath(import.meta.url), '--child', variant.child, '--list', variant.list ?? list]);
      const figures = JSON.parse(last);
      rows.push({ ...variant, ...figures, wallSeconds: seconds, pagesPerSecond: figures.pages / seconds });
    }

    const onePages = spread(limited, Number(args['one-page']));
    const script = join(tmp, 'readability-one-page.mjs');
    await writeFile(script, oneReadabilityScript());
    const tries = Number(args.tries);
    const best = (argv, env) => Math.min(...Array.from({ length: tries }, () => timedNode(argv, env).seconds));
    const nodeStart = best(['-e', '0']);
    // The command as installed (package.json `bin`): the bundled CLI, with its V8 code cache in a directory
    // of this run (filled by the first call) and, for the cold column, without one.
    const bin = join(ROOT, JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).bin.newsclean);
    const codeCache = { NEWSCLEAN_CODE_CACHE: join(tmp, 'code-cache') };
    timedNode([bin, onePages[0] ?? '--version', '--no-progress'], codeCache);
    const onePage = onePages.map((page) => {
      process.stderr.write(`bench: one page, ${page}…\n`);
      return {
        page,
        newsclean: best([bin, page, '--no-progress'], codeCache),
        cold: best([bin, page, '--no-progress'], { NEWSCLEAN_CODE_CACHE: 'off' }),
        readability: best([script, page]),
      };
    });

    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    console.log(
      `Corpus: ${args.corpus}: ${limited.length} of ${found.length} pages${Number(args.repeat) > 1 ? ` × ${args.repeat}` : ''}, spread over the sorted list; ${availableParallelism()} cores (${cpu}); Node ${process.version}\n`,
    );
    console.log(
      '| variant | pages | errors | seconds (wall, start included) | pages/s | × Readability | peak RSS (MB) | peak worker heap (MB) |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    const baseline = rows[0].pagesPerSecond;
    for (const row of rows) {
      const kinds = Object.entries(row.errorKinds ?? {})
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', ');
      console.log(
        `| ${row.label} | ${row.pages} | ${row.errors}${kinds ? ` (${kinds})` : ''} | ${row.wallSeconds.toFixed(1)} | ${row.pagesPerSecond.toFixed(1)} | ${(row.pagesPerSecond / baseline).toFixed(1)} | ${row.peakRssMb} | ${row.workerHeapPeakMb ?? '–'} |`,
      );
    }
    const one = rows.find((r) => r.child === '1');
    const two = rows.find((r) => r.child === '2');
    if (one && two) console.log(`\n2 workers / 1 worker: ${(two.pagesPerSecond / one.pagesPerSecond).toFixed(2)}×`);

    console.log(`\nOne page, wall time (best of ${tries}; \`node -e 0\` takes ${nodeStart.toFixed(2)} s here):\n`);
    console.log(
      '| page | `newsclean page.html` (s) | without code cache (s) | Readability+jsdom script (s) | ratio | ratio without cache |',
    );
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const row of onePage) {
      console.log(
        `| ${row.page.slice(args.corpus.length + 1)} | ${row.newsclean.toFixed(2)} | ${row.cold.toFixed(2)} | ${row.readability.toFixed(2)} | ${(row.newsclean / row.readability).toFixed(2)} | ${(row.cold / row.readability).toFixed(2)} |`,
      );
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** A one-page script as a Readability user writes it: jsdom reads the bytes (and sniffs their encoding). */
function oneReadabilityScript() {
  const require = createRequire(join(ROOT, 'package.json'));
  const jsdom = pathToFileURL(require.resolve('jsdom')).href;
  const readability = pathToFileURL(require.resolve('@mozilla/readability')).href;
  return `import { readFileSync } from 'node:fs';
import jsdom from ${JSON.stringify(jsdom)};
import readability from ${JSON.stringify(readability)};
const dom = new jsdom.JSDOM(readFileSync(process.argv[2]), { virtualConsole: new jsdom.VirtualConsole() });
const article = new readability.Readability(dom.window.document).parse();
process.stdout.write(JSON.stringify({ title: article?.title ?? null, text: article?.textContent ?? null }) + '\\n');
`;
}

/** The baseline: what one gets from Readability alone, page by page in one thread. */
async function runReadability(files) {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const decode = await loadDecoder();
  const virtualConsole = new VirtualConsole(); // silence jsdom's CSS/script complaints
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
  return { pages: files.length, errors, workerHeapPeakMb: null };
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
  return { pages: stats.pages, errors: stats.pages - stats.ok, errorKinds: stats.errors, workerHeapPeakMb: stats.workerHeapPeakMb };
}
