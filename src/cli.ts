#!/usr/bin/env node
/**
 * newsclean CLI: saved news pages in, one JSON record per page out (or one page rendered for reading).
 * All the work is the batch engine's (src/batch); this file turns argv into its options and its records
 * into output, progress and an exit code.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import fg from 'fast-glob';
import { BatchRun, DEFAULT_MAX_WORKER_MEMORY_MB, DEFAULT_TIMEOUT_MS } from './batch/engine.js';
import { identityKey } from './batch/identity.js';
import { countPageFiles, isWarcPath } from './batch/inputs.js';
import { JsonlSink, OutDirSink, PageFormatSink, openOutputFile, outDirFileName, type RecordSink } from './batch/output.js';
import { ProgressBar, summaryLine } from './batch/progress.js';
import { loadWrittenIdentities } from './batch/resume.js';
import { isErrorRecord, messageOf, type BatchOptions, type BatchRecord, type PageInput, type RecordIdentity } from './batch/types.js';
import type { PageFormat } from './batch/format.js';
import { parseRules } from './rules/index.js';
import type { SiteRule } from './types.js';

const EXIT_OK = 0;
const EXIT_PAGE_ERRORS = 1;
const EXIT_USAGE = 2;
const EXIT_FATAL = 3;

/** A mistake in the command line or its files: reported with exit code 2 before any page is read. */
class UsageError extends Error {}

interface CliOptions {
  out?: string;
  outDir?: string;
  resume?: boolean;
  format: 'jsonl' | PageFormat;
  url?: string;
  stdinPage?: boolean;
  spamOnly?: boolean;
  rules?: string;
  spamKeywords?: string;
  debug?: boolean;
  utc?: boolean;
  jobs: number;
  timeout: number;
  maxWorkerMb: number;
  ordered?: boolean;
  progress?: boolean;
  stats?: string;
}

const HELP_AFTER = `
Inputs:
  Files, directories (walked recursively for *.html *.htm *.shtml *.xhtml *.txt
  *.warc *.warc.gz), globs (quote them), WARC/WARC.gz files, and "-": paths read
  from stdin, one per line (with --stdin-page: stdin is one page).

Output:
  One JSON object per page (JSONL): {"file": ..., ...article}, or for WARC
  records {"warc": ..., "record": {"offset", "id"}, ...article}. A page that
  fails gives {"file": ..., "error": {"kind", "message"}} and the run goes on.

Subcommands:
  newsclean queue push|work|status|retry  distributed cleaning over Redis
                                          (newsclean queue --help)

Exit codes:
  0  every page was cleaned
  1  some pages failed (their error records were written; the rest is complete)
  2  usage error, or no input pages found
  3  the run could not go on (output not writable, worker pool failed)

Examples:
  newsclean crawl/ --out articles.jsonl --stats stats.json
  newsclean 'pages/**/*.html' crawl.warc.gz --ordered > articles.jsonl
  find crawl -name '*.html' | newsclean - --out-dir articles/
  newsclean page.html --format markdown --url https://example.com/news/1.html
  curl -s https://example.com/a.html | newsclean --stdin-page --url https://example.com/a.html --format text
  newsclean crawl/ --out articles.jsonl --resume     # after an interrupted run`;

function buildProgram(): Command {
  const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  return new Command()
    .name('newsclean')
    .description('Turn saved news web pages into clean, structured articles (JSONL).')
    .version(version)
    .argument('[inputs...]', 'files, directories, globs, WARC files, or - (stdin)')
    .option('-o, --out <file>', 'write JSONL to FILE instead of stdout')
    .option('--out-dir <dir>', 'write one JSON file per page into DIR')
    .option('--resume', 'skip pages already in --out FILE (or --out-dir) and add the rest; give the same inputs, from the same directory')
    .addOption(new Option('--format <format>', 'output format; all but jsonl are for a single page')
      .choices(['jsonl', 'json', 'text', 'markdown', 'html']).default('jsonl'))
    .option('--url <url>', "the page's URL (single page)")
    .option('--stdin-page', 'read one page (bytes) from stdin instead of a list of paths')
    .option('--spam-only', 'output only pages where injected spam was detected')
    .option('--rules <file>', 'JSON array of site rules to try before the bundled ones')
    .option('--spam-keywords <file>', 'extra spam keywords, one per line')
    .option('--debug', 'include which candidate won each field (origins)')
    .option('--utc', "write date and dateModified as UTC instants (…Z) instead of in the page's own offset")
    .option('-j, --jobs <n>', 'worker threads; 0 = run in this thread (no time/memory guard)', parseCount, availableParallelism())
    .option('--timeout <ms>', 'per-page time limit in ms', parsePositive, DEFAULT_TIMEOUT_MS)
    .option('--max-worker-mb <mb>', 'heap limit per worker in MB; a page over it is a "memory" error', parsePositive, DEFAULT_MAX_WORKER_MEMORY_MB)
    .option('--ordered', 'write records in input order (default: as they finish)')
    .option('--progress', 'show the progress bar even when stderr is not a terminal')
    .option('--no-progress', 'never show the progress bar')
    .option('--stats <file>', 'write run statistics (pages, errors by kind, pages/s…) as JSON')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(run newsclean --help for usage)')
    .exitOverride();
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a whole number > 0');
  return n;
}

export async function main(argv: string[]): Promise<number> {
  if (argv[2] === 'queue') return runQueueCommand(argv.slice(3));
  const program = buildProgram();
  try {
    program.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw err;
  }
  try {
    return await runBatch(program.args, program.opts<CliOptions>());
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`newsclean: ${err.message}\n(run newsclean --help for usage)\n`);
    return EXIT_USAGE;
  }
}

async function runBatch(args: string[], options: CliOptions): Promise<number> {
  const inputs = options.stdinPage && args.length === 0 ? ['-'] : args;
  checkUsage(inputs, options);
  const batchOptions: BatchOptions = {
    jobs: options.jobs,
    timeoutMs: options.timeout,
    maxWorkerMemoryMb: options.maxWorkerMb,
    ordered: options.ordered ?? false,
    debug: options.debug ?? false,
    dateZone: options.utc ? 'utc' : 'page',
    ...(options.rules ? { rules: await readRules(options.rules) } : {}),
    ...(options.spamKeywords ? { spamKeywords: await readKeywords(options.spamKeywords) } : {}),
  };
  if (options.resume) batchOptions.skip = await resumeFilter(options);

  const sink = await openSink(options);
  const run = new BatchRun(pageInputs(inputs, options), batchOptions);
  const showProgress = options.progress ?? process.stderr.isTTY === true;
  const progress = showProgress ? new ProgressBar(process.stderr) : null;
  const stopCounting = new AbortController();
  if (progress) {
    void countPageFiles(inputs.filter((input) => input !== '-'), stopCounting.signal).then((total) => {
      if (total !== null && !inputs.includes('-')) progress.setTotal(total);
    }, () => {}); // without a total the bar just counts
  }
  try {
    for await (const record of run.records()) {
      if (!options.spamOnly || isSpamPage(record)) await sink.write(record);
      progress?.update(run.stats);
    }
    await sink.close();
  } finally {
    stopCounting.abort();
    progress?.stop();
  }

  const { stats } = run;
  process.stderr.write(`${summaryLine(stats)}\n`);
  if (options.stats) {
    await mkdir(dirname(options.stats), { recursive: true });
    await writeFile(options.stats, `${JSON.stringify(stats, null, 2)}\n`);
  }
  if (stats.pages === 0 && stats.skipped === 0 && stats.resumed === 0) {
    process.stderr.write('newsclean: no input pages found\n');
    return EXIT_USAGE;
  }
  return stats.pages > stats.ok ? EXIT_PAGE_ERRORS : EXIT_OK;
}

/** Everything about the command line that can be wrong, checked before any page is read. */
function checkUsage(inputs: string[], options: CliOptions): void {
  if (inputs.length === 0) throw new UsageError('no input: give files, directories, globs, WARC files or -');
  if (inputs.filter((input) => input === '-').length > 1) throw new UsageError('"-" (stdin) can be given once');
  if (options.stdinPage && (inputs.length !== 1 || inputs[0] !== '-')) {
    throw new UsageError('--stdin-page reads the one page from stdin: give no other input');
  }
  for (const input of inputs) {
    if (input !== '-' && !existsSync(input) && !fg.isDynamicPattern(input)) throw new UsageError(`no such file or directory: ${input}`);
  }
  const singlePage = options.stdinPage === true || (inputs.length === 1 && isPageFile(inputs[0] ?? ''));
  if (options.format !== 'jsonl' && !singlePage) throw new UsageError(`--format ${options.format} is for a single page (one file, or --stdin-page)`);
  if (options.url !== undefined && !singlePage) throw new UsageError('--url is for a single page (one file, or --stdin-page)');
  if (options.out && options.outDir) throw new UsageError('give --out or --out-dir, not both');
  if (options.resume && !options.out && !options.outDir) throw new UsageError('--resume needs --out FILE or --out-dir DIR');
  if (options.format !== 'jsonl' && (options.outDir || options.resume)) {
    throw new UsageError(`--format ${options.format} writes to stdout or --out; --out-dir and --resume are for JSONL`);
  }
}

function isPageFile(path: string): boolean {
  try {
    return statSync(path).isFile() && !isWarcPath(path);
  } catch {
    return false;
  }
}

/** The engine's inputs: arguments as given, "-" expanded to the paths on stdin (or to the one page on it). */
async function* pageInputs(inputs: string[], options: CliOptions): AsyncGenerator<string | PageInput> {
  for (const input of inputs) {
    if (input !== '-') {
      yield options.url ? { kind: 'file', path: input, url: options.url } : input;
    } else if (options.stdinPage) {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      yield { kind: 'bytes', id: '-', bytes: Buffer.concat(chunks), ...(options.url ? { url: options.url } : {}) };
    } else {
      for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        if (line.trim()) yield line.trim();
      }
    }
  }
}

async function openSink(options: CliOptions): Promise<RecordSink> {
  if (options.outDir) return new OutDirSink(options.outDir);
  const [stream, owned] = options.out ? [await openOutputFile(options.out, options.resume === true), true] : [process.stdout, false];
  return options.format === 'jsonl'
    ? new JsonlSink(stream, owned)
    : new PageFormatSink(stream, owned, options.format, process.stderr);
}

async function resumeFilter(options: CliOptions): Promise<(identity: RecordIdentity) => boolean> {
  if (options.outDir) {
    const dir = options.outDir;
    return (identity) => existsSync(join(dir, outDirFileName(identity)));
  }
  const written = await loadWrittenIdentities(options.out ?? '');
  return (identity) => written.has(identityKey(identity));
}

function isSpamPage(record: BatchRecord): boolean {
  return !isErrorRecord(record) && record.spam.detected;
}

async function readRules(path: string): Promise<SiteRule[]> {
  try {
    return parseRules(JSON.parse(await readFile(path, 'utf8')));
  } catch (err) {
    throw new UsageError(`--rules ${path}: ${messageOf(err)}`);
  }
}

async function readKeywords(path: string): Promise<string[]> {
  try {
    return (await readFile(path, 'utf8')).split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  } catch (err) {
    throw new UsageError(`--spam-keywords ${path}: ${messageOf(err)}`);
  }
}

/** `newsclean queue …`: the queue front end lives in its own module, loaded only when asked for; it gets the arguments after `queue`. */
async function runQueueCommand(args: string[]): Promise<number> {
  const specifier = './queue/cli.js'; // not a literal import: the module is optional in a build
  let queue: { runQueueCli?: (argv: string[]) => Promise<number> };
  try {
    queue = (await import(specifier)) as typeof queue;
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && messageOf(err).includes('queue/cli.js');
    if (!missing) throw err;
    process.stderr.write('newsclean: the queue subcommand is not available in this build (queue/cli.js is missing)\n');
    return EXIT_USAGE;
  }
  if (typeof queue.runQueueCli !== 'function') {
    process.stderr.write('newsclean: queue/cli.js does not export runQueueCli\n');
    return EXIT_FATAL;
  }
  return queue.runQueueCli(args);
}

// `newsclean … | head` closes stdout early: stop quietly instead of failing on EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
});

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`newsclean: ${messageOf(err)}\n`);
    process.exit(EXIT_FATAL); // not exitCode: a path list still open on stdin would keep the process alive
  },
);
