/**
 * The extraction options shared by `newsclean` and `newsclean queue work`, defined once so that both take
 * the same names, defaults and file formats, and the exit code of a usage error (2) shared by both.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_MAX_WORKER_MEMORY_MB, DEFAULT_TIMEOUT_MS } from './batch/engine.js';
import { messageOf, type BatchOptions } from './batch/types.js';
import { parseRules } from './rules/index.js';
import { isIsoDateTime } from './manifest.js';

/** Exit code of a mistake in the command line or in the files it names. */
export const EXIT_USAGE = 2;

/** A mistake in the command line or its files: reported with exit code 2 before any page is read. */
export class UsageError extends Error {}

/** Parses a whole number ≥ `min` (commander option parser). */
export function wholeNumber(min: number): (value: string) => number {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number ≥ ${min}`);
    return n;
  };
}

/** An ISO 8601 date and time (`2024-03-05T06:30:00Z`); a value that names no instant is a usage error. */
function isoInstant(value: string): string {
  if (!isIsoDateTime(value)) throw new InvalidArgumentError('expected an ISO 8601 date and time, e.g. 2024-03-05T06:30:00Z');
  return value;
}

/** The options as commander hands them over. */
export interface ExtractionCliOptions {
  rules?: string;
  spamKeywords?: string;
  debug?: boolean;
  utc?: boolean;
  capturedAt?: string;
  images?: boolean;
  tables?: boolean;
  timeout?: number;
  /** The old name of `--timeout` in `queue work`, still accepted. */
  timeoutMs?: number;
  maxWorkerMb?: number;
  dom?: 'linkedom' | 'jsdom';
}

/**
 * Adds the extraction options to a command: site rules, spam keywords, debug origins, UTC dates, what the
 * body keeps, and the per-page time and memory limits. `--timeout-ms` is a hidden alias of `--timeout`.
 */
export function addExtractionOptions(command: Command): Command {
  return command
    .option('--rules <file>', 'JSON array of site rules (per-host selectors; see the README)')
    .option('--spam-keywords <file>', 'extra spam keywords, one per line')
    .option('--debug', 'include which candidate won each field (origins)')
    .option('--utc', "write date and dateModified as UTC instants (…Z) instead of in the page's own offset")
    .option(
      '--captured-at <time>',
      'when the pages were saved (ISO 8601): dates they show as "3 hours ago", "昨天 10:21" are read against it (a WARC record uses its WARC-Date)',
      isoInstant,
    )
    .option('--no-images', 'leave images (figure/img) out of the body')
    .option('--no-tables', 'leave data tables out of the body')
    .option('--timeout <ms>', `per-page time limit in ms (default ${DEFAULT_TIMEOUT_MS})`, wholeNumber(1))
    .addOption(new Option('--timeout-ms <ms>', 'old name of --timeout').argParser(wholeNumber(1)).hideHelp())
    .option(
      '--max-worker-mb <mb>',
      `heap limit per worker in MB; a page over it is a "memory" error (default ${DEFAULT_MAX_WORKER_MEMORY_MB})`,
      wholeNumber(1),
    )
    .addOption(
      new Option('--dom <dom>', "Readability's DOM: linkedom (default, faster) or jsdom (npm install jsdom)").choices([
        'linkedom',
        'jsdom',
      ]),
    );
}

/** The batch options the extraction options stand for; reads the rules and keyword files (a bad file is a UsageError). */
export async function extractionBatchOptions(o: ExtractionCliOptions): Promise<BatchOptions> {
  const timeoutMs = o.timeout ?? o.timeoutMs;
  return {
    debug: o.debug ?? false,
    dateZone: o.utc ? 'utc' : 'page',
    ...(o.capturedAt ? { capturedAt: o.capturedAt } : {}),
    ...(o.images === false ? { images: false } : {}),
    ...(o.tables === false ? { tables: false } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(o.maxWorkerMb !== undefined ? { maxWorkerMemoryMb: o.maxWorkerMb } : {}),
    ...(o.dom ? { dom: checkDomInstalled(o.dom) } : {}),
    ...(o.rules ? { rules: await readRules(o.rules) } : {}),
    ...(o.spamKeywords ? { spamKeywords: await readKeywords(o.spamKeywords) } : {}),
  };
}

/**
 * jsdom is an optional peer dependency: without it, `--dom jsdom` is a usage error naming the install
 * command, before any page is read (resolved, not loaded: the workers load it).
 */
function checkDomInstalled(dom: 'linkedom' | 'jsdom'): 'linkedom' | 'jsdom' {
  if (dom !== 'jsdom') return dom;
  try {
    createRequire(import.meta.url).resolve('jsdom');
  } catch {
    throw new UsageError('--dom jsdom needs jsdom, which is not installed: run `npm install jsdom`');
  }
  return dom;
}

async function readRules(path: string): Promise<BatchOptions['rules']> {
  try {
    return parseRules(JSON.parse(await readFile(path, 'utf8')));
  } catch (err) {
    throw new UsageError(`--rules ${path}: ${messageOf(err)}`);
  }
}

async function readKeywords(path: string): Promise<string[]> {
  try {
    return (await readFile(path, 'utf8'))
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  } catch (err) {
    throw new UsageError(`--spam-keywords ${path}: ${messageOf(err)}`);
  }
}

/**
 * When the reader of our output goes away (`newsclean … | head`, also with `2>&1`), stop quietly with the
 * exit code reached so far instead of failing on EPIPE.
 */
export function exitQuietlyOnClosedPipe(exitCode: () => number): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(exitCode());
      throw err;
    });
  }
}
