#!/usr/bin/env node
/**
 * newsclean CLI: saved news pages in, one JSON record per page out (or one page rendered for reading).
 * All the work is the batch engine's (src/batch); this file turns argv into its options and its records
 * into output, progress and an exit code.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { Command, CommanderError, Option } from 'commander';
import type FastGlob from 'fast-glob';
import { BatchRun } from './batch/engine.js';
import { identityKey } from './batch/identity.js';
import { countPageFiles, isWarcPath } from './batch/inputs.js';
import { JsonlSink, OutDirSink, PageFormatSink, openOutputFile, outDirFileName, type RecordSink } from './batch/output.js';
import { ProgressBar, summaryLine } from './batch/progress.js';
import { loadWrittenIdentities } from './batch/resume.js';
import { isErrorRecord, messageOf, type BatchOptions, type BatchRecord, type PageInput, type RecordIdentity } from './batch/types.js';
import type { PageFormat } from './batch/format.js';
import {
  EXIT_USAGE,
  UsageError,
  addExtractionOptions,
  exitQuietlyOnClosedPipe,
  extractionBatchOptions,
  wholeNumber,
  type ExtractionCliOptions,
} from './cli-options.js';
import { readManifest, type ManifestEntry } from './manifest.js';

const EXIT_OK = 0;
const EXIT_PAGE_ERRORS = 1;
const EXIT_FATAL = 3;

interface CliOptions extends ExtractionCliOptions {
  out?: string;
  outDir?: string;
  resume?: boolean;
  format: 'jsonl' | PageFormat;
  url?: string;
  stdinPage?: boolean;
  spamOnly?: boolean;
  manifest?: string;
  null?: boolean;
  jobs: number;
  /** --jobs was given on the command line (not its default). */
  jobsGiven?: boolean;
  ordered?: boolean;
  progress?: boolean;
  stats?: string;
}

const HELP_AFTER = `
Inputs:
  Files, directories (walked recursively for *.html *.htm *.shtml *.xhtml *.txt
  *.warc *.warc.gz), globs (quote them), WARC/WARC.gz files, and "-": paths read
  from stdin, one per line (-0: separated by NUL, as find -print0 writes them;
  a line may also be a JSON object {"file", "url"}); with --stdin-page: stdin is
  one page. --manifest FILE lists pages with their URLs: JSONL {"file","url"}
  or CSV lines file,url (a header line is optional; - reads it from stdin);
  relative paths are relative to the manifest's directory. A capture time may
  follow ("capturedAt" / a third CSV value): see --captured-at.

Output:
  One JSON object per page (JSONL): {"file": ..., ...article}, or for WARC
  records {"warc": ..., "record": {"offset", "id"}, ...article}. A page that
  fails gives {"file": ..., "error": {"kind", "message"}} and the run goes on.
  --format json|markdown|text|html renders one page to stdout or --out, or one
  file per page with --out-dir DIR (names derived from the input path).

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
  find crawl -name '*.html' -print0 | newsclean -0 - --format markdown --out-dir md/
  newsclean --manifest pages.csv --out articles.jsonl   # pages with their URLs
  newsclean page.html --format markdown --url https://example.com/news/1.html
  curl -s https://example.com/a.html | newsclean --stdin-page --url https://example.com/a.html --format text
  newsclean crawl/ --out articles.jsonl --resume     # after an interrupted run`;

function buildProgram(): Command {
  const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  return addExtractionOptions(
    new Command()
      .name('newsclean')
      .description('Turn saved news web pages into clean, structured articles (JSONL).')
      .version(version)
      .argument('[inputs...]', 'files, directories, globs, WARC files, or - (stdin)')
      .option('-o, --out <file>', 'write JSONL to FILE instead of stdout')
      .option('--out-dir <dir>', 'write one file per page into DIR (JSON, or --format)')
      .option('--resume', 'skip pages already in --out FILE (or --out-dir) and add the rest; give the same inputs, from the same directory')
      .addOption(
        new Option('--format <format>', 'output format; for several pages, all but jsonl need --out-dir')
          .choices(['jsonl', 'json', 'text', 'markdown', 'html'])
          .default('jsonl'),
      )
      .option('--url <url>', "the page's URL (single page; for many, --manifest)")
      .option(
        '--manifest <file>',
        'pages with their URLs (and capture times): JSONL {"file","url","capturedAt"} or CSV file,url[,captured_at]; - reads stdin',
      )
      .option('-0, --null', 'paths on stdin are separated by NUL (find -print0), not by newlines')
      .option('--stdin-page', 'read one page (bytes) from stdin instead of a list of paths')
      .option('--spam-only', 'output only pages where injected spam was detected'),
  )
    .option(
      '-j, --jobs <n>',
      'worker threads; 0 = run in this thread (no time/memory guard); one page runs in this thread unless given',
      wholeNumber(0),
      availableParallelism(),
    )
    .option('--ordered', 'write records in input order, directories in sorted path order (default: as they finish)')
    .option('--progress', 'show the progress bar even when stderr is not a terminal')
    .option('--no-progress', 'never show the progress bar')
    .option('--stats <file>', 'write run statistics (pages, errors by kind, pages/s…) as JSON')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(run newsclean --help for usage)')
    .exitOverride();
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
    const options = program.opts<CliOptions>();
    // One page runs in this thread unless --jobs says otherwise: starting a worker pool costs more than the page.
    options.jobsGiven = program.getOptionValueSource('jobs') !== 'default';
    return await runBatch(program.args, options);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`newsclean: ${err.message}\n(run newsclean --help for usage)\n`);
    return EXIT_USAGE;
  }
}

async function runBatch(args: string[], options: CliOptions): Promise<number> {
  const inputs = options.stdinPage && args.length === 0 ? ['-'] : args;
  const manifest = options.manifest !== undefined ? await readManifestOption(options.manifest) : [];
  checkUsage(inputs, options, manifest.length);
  const batchOptions: BatchOptions = {
    ...(await extractionBatchOptions(options)),
    jobs: options.jobsGiven || !isSinglePage(inputs, options, manifest.length) ? options.jobs : 0,
    ordered: options.ordered ?? false,
  };
  if (options.resume) batchOptions.skip = await resumeFilter(options);

  const sink = await openSink(options);
  const run = new BatchRun(pageInputs(inputs, options, manifest), batchOptions);
  const showProgress = options.progress ?? process.stderr.isTTY === true;
  const progress = showProgress ? new ProgressBar(process.stderr) : null;
  const stopCounting = new AbortController();
  if (progress) {
    void countPageFiles(
      inputs.filter((input) => input !== '-'),
      stopCounting.signal,
    ).then(
      (total) => {
        if (total !== null && !inputs.includes('-')) progress.setTotal(total + manifest.length);
      },
      () => {},
    ); // without a total the bar just counts
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
function checkUsage(inputs: string[], options: CliOptions, manifestPages: number): void {
  if (inputs.length === 0 && options.manifest === undefined)
    throw new UsageError('no input: give files, directories, globs, WARC files, - or --manifest FILE');
  if (inputs.filter((input) => input === '-').length + (options.manifest === '-' ? 1 : 0) > 1)
    throw new UsageError('"-" (stdin) can be given once');
  if (options.null && !inputs.includes('-')) throw new UsageError('-0/--null is for a path list on stdin: give - as an input');
  if (options.null && options.stdinPage) throw new UsageError('-0/--null reads paths, --stdin-page one page: give one of them');
  if (options.stdinPage && (inputs.length !== 1 || inputs[0] !== '-')) {
    throw new UsageError('--stdin-page reads the one page from stdin: give no other input');
  }
  for (const input of inputs) {
    if (input !== '-' && !existsSync(input) && !fastGlob().isDynamicPattern(input))
      throw new UsageError(`no such file or directory: ${input}`);
  }
  const singlePage = isSinglePage(inputs, options, manifestPages);
  if (options.format !== 'jsonl' && !singlePage && !options.outDir) {
    throw new UsageError(`--format ${options.format} for several pages needs --out-dir DIR (one file per page)`);
  }
  if (options.url !== undefined && !singlePage)
    throw new UsageError('--url is for a single page (one file, or --stdin-page); give many pages their URLs with --manifest');
  if (options.out && options.outDir) throw new UsageError('give --out or --out-dir, not both');
  if (options.resume && !options.out && !options.outDir) throw new UsageError('--resume needs --out FILE or --out-dir DIR');
  if (options.format !== 'jsonl' && options.resume && !options.outDir) {
    throw new UsageError(`--resume with --format ${options.format} needs --out-dir DIR`);
  }
}

/** One page: a single page file (not a directory, glob or WARC), or --stdin-page; no manifest. */
function isSinglePage(inputs: string[], options: CliOptions, manifestPages: number): boolean {
  return manifestPages === 0 && (options.stdinPage === true || (inputs.length === 1 && isPageFile(inputs[0] ?? '')));
}

/** fast-glob (CommonJS), loaded only for an input that is no file: a one-page run does without it. */
function fastGlob(): typeof FastGlob {
  return createRequire(import.meta.url)('fast-glob') as typeof FastGlob;
}

function isPageFile(path: string): boolean {
  try {
    return statSync(path).isFile() && !isWarcPath(path);
  } catch {
    return false;
  }
}

/** The engine's inputs: the manifest's pages, then the arguments as given, "-" expanded to the paths on stdin (or to the one page on it). */
async function* pageInputs(inputs: string[], options: CliOptions, manifest: PageInput[]): AsyncGenerator<string | PageInput> {
  yield* manifest;
  for (const input of inputs) {
    if (input !== '-') {
      yield options.url ? { kind: 'file', path: input, url: options.url } : input;
    } else if (options.stdinPage) {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      yield { kind: 'bytes', id: '-', bytes: Buffer.concat(chunks), ...(options.url ? { url: options.url } : {}) };
    } else {
      for await (const entry of pathList(process.stdin, options.null === true)) {
        // A JSON line names its page's URL too, as a manifest line does.
        yield entry.startsWith('{') ? (manifestEntry(entry, null) ?? entry) : entry;
      }
    }
  }
}

/** Paths on stdin: one per line, or (`nul`) NUL-separated, so that names holding newlines pass unharmed. */
async function* pathList(input: Readable, nul: boolean): AsyncGenerator<string> {
  if (!nul) {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) if (line.trim()) yield line.trim();
    return;
  }
  let rest = '';
  for await (const chunk of input) {
    const parts = (rest + String(chunk)).split('\0');
    rest = parts.pop() ?? '';
    for (const part of parts) if (part) yield part;
  }
  if (rest) yield rest;
}

/** One manifest line as a page input, or null when it names no file. */
function manifestEntry(line: string, baseDir: string | null): PageInput | null {
  let entry: ManifestEntry | undefined;
  try {
    [entry] = readManifest(line);
  } catch {
    return null; // read as a path: it becomes that page's `read` error record, and the run goes on
  }
  return entry ? pageOfEntry(entry, baseDir) : null;
}

/** A manifest entry as a page input; a relative path is taken relative to the manifest's directory. */
function pageOfEntry(entry: ManifestEntry, baseDir: string | null): PageInput {
  const path = baseDir && !isAbsolute(entry.file) ? join(baseDir, entry.file) : entry.file;
  return { kind: 'file', path, ...(entry.url ? { url: entry.url } : {}), ...(entry.capturedAt ? { capturedAt: entry.capturedAt } : {}) };
}

/**
 * The --manifest pages, read whole so that a bad line is a usage error before any page is read (about 100
 * bytes a page: a manifest of a million pages holds some 100 MB until the run ends).
 */
async function readManifestOption(path: string): Promise<PageInput[]> {
  let text: string;
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of path === '-' ? process.stdin : createReadStream(path)) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  } catch (err) {
    throw new UsageError(`--manifest ${path}: ${messageOf(err)}`);
  }
  try {
    const baseDir = path === '-' ? null : dirname(path);
    return readManifest(text).map((entry) => pageOfEntry(entry, baseDir));
  } catch (err) {
    throw new UsageError(`--manifest ${path}: ${messageOf(err)}`);
  }
}

async function openSink(options: CliOptions): Promise<RecordSink> {
  if (options.outDir) return new OutDirSink(options.outDir, options.format === 'jsonl' ? 'json' : options.format);
  const [stream, owned] = options.out ? [await openOutputFile(options.out, options.resume === true), true] : [process.stdout, false];
  return options.format === 'jsonl' ? new JsonlSink(stream, owned) : new PageFormatSink(stream, owned, options.format, process.stderr);
}

async function resumeFilter(options: CliOptions): Promise<(identity: RecordIdentity) => boolean> {
  if (options.outDir) {
    const dir = options.outDir;
    const format = options.format === 'jsonl' ? 'json' : options.format;
    return (identity) => existsSync(join(dir, outDirFileName(identity, format)));
  }
  const written = await loadWrittenIdentities(options.out ?? '');
  return (identity) => written.has(identityKey(identity));
}

function isSpamPage(record: BatchRecord): boolean {
  return !isErrorRecord(record) && record.spam.detected;
}

/** `newsclean queue …`: the queue front end lives in its own module, loaded only when asked for; it gets the arguments after `queue`. */
async function runQueueCommand(args: string[]): Promise<number> {
  const specifier = './queue/cli.js'; // not a literal import: the module is optional in a build
  let queue: { runQueueCli?: (argv: string[]) => Promise<number> };
  try {
    queue = (await import(specifier)) as typeof queue;
  } catch (err) {
    // bullmq/ioredis are optional dependencies (library users do not need them): say how to get them.
    if ((err as Error).name === 'QueueDependencyError') {
      process.stderr.write(`newsclean: ${messageOf(err)}\n`);
      return EXIT_USAGE;
    }
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

// `newsclean … | head` (and `2>&1 | head`) closes the pipe early: stop quietly instead of failing on EPIPE.
exitQuietlyOnClosedPipe(() => EXIT_OK);

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`newsclean: ${messageOf(err)}\n`);
    process.exit(EXIT_FATAL); // not exitCode: a path list still open on stdin would keep the process alive
  },
);
