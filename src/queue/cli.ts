/**
 * `newsclean queue <push|work|status|retry>`: src/cli.ts imports this lazily and passes the arguments after
 * `queue`; the returned number is the exit code.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import path from 'node:path';
import { EXIT_USAGE, UsageError, addExtractionOptions, extractionBatchOptions, type ExtractionCliOptions } from '../cli-options.js';
import { DEFAULT_REDIS_TIMEOUT_MS, parseRedisUrl } from './connection.js';
import { errorMessage } from './process.js';
import { pushUnits } from './push.js';
import { formatRetry, retryUnits } from './retry.js';
import { formatStatus, getStatus, statusProblem } from './status.js';
import { DEFAULT_QUEUE, DEFAULTS } from './types.js';
import { runWorker } from './work.js';

function int(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer >= ${min}`);
    return n;
  };
}

const redisOption = () => new Option('--redis <url>', 'Redis URL, e.g. redis://10.0.0.5:6379 (default: $NEWSCLEAN_REDIS)');
const queueOption = () => new Option('--queue <name>', 'queue name').default(DEFAULT_QUEUE);
const redisTimeoutOption = () =>
  new Option('--redis-timeout-ms <ms>', 'connect and command timeout of each Redis call (a command as a whole gives up after a few)')
    .argParser(int(1))
    .default(DEFAULT_REDIS_TIMEOUT_MS);
const collect = (value: string, previous: string[] = []) => [...previous, value];

export async function runQueueCli(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command('newsclean queue')
    .description('distributed cleaning: push units to Redis, run workers, watch progress')
    .exitOverride()
    .showHelpAfterError();

  program
    .command('push')
    .description('enqueue work units: one per WARC file, page files in shards (pushing again adds nothing twice)')
    .argument('<inputs...>', 'page files, directories, globs, WARC(.gz) files (paths must be the same on every worker)')
    .addOption(redisOption())
    .addOption(queueOption())
    .option('--shard-size <n>', 'page files per unit', int(1), DEFAULTS.shardSize)
    .option('--attempts <n>', 'tries per unit before it is kept as failed', int(1), DEFAULTS.attempts)
    .option('--backoff-ms <ms>', 'first retry delay, doubled on each further retry', int(0), DEFAULTS.backoffMs)
    .option('--json', 'print the summary as JSON')
    .addOption(redisTimeoutOption())
    .action(
      async (
        inputs: string[],
        o: {
          redis?: string;
          queue: string;
          shardSize: number;
          attempts: number;
          backoffMs: number;
          json?: boolean;
          redisTimeoutMs: number;
        },
      ) => {
        const s = await pushUnits({
          redisUrl: parseRedisUrl(o.redis),
          queue: o.queue,
          inputs,
          shardSize: o.shardSize,
          attempts: o.attempts,
          backoffMs: o.backoffMs,
          redisTimeoutMs: o.redisTimeoutMs,
        });
        if (o.json) process.stdout.write(JSON.stringify(s) + '\n');
        else
          process.stdout.write(
            `${s.units} units (${s.warcs} WARC, ${s.pages} pages in shards of ${o.shardSize}): ${s.added} added, ${s.existing} already queued\n`,
          );
      },
    );

  addExtractionOptions(
    program
      .command('work')
      .description('process units until stopped (SIGINT/SIGTERM: finish active units, then exit)')
      .addOption(redisOption())
      .addOption(queueOption())
      .requiredOption('--out-dir <dir>', 'where <unit-id>.jsonl files go (shared by all workers)')
      .option(
        '--jobs <n>',
        'extraction threads of this worker process, shared by its units (default: all cores; 0 = in this thread)',
        int(0),
      )
      .option(
        '--concurrency <k>',
        'units held at once by this process (2 keeps the threads busy across unit boundaries)',
        int(1),
        DEFAULTS.concurrency,
      )
      .option(
        '--lock-ms <ms>',
        "unit lock time = stalled-check interval: how soon a dead worker's unit is redone",
        int(100),
        DEFAULTS.lockMs,
      )
      .option('--max-stalled <n>', 'times a unit may be recovered from a dead worker before it fails', int(0), DEFAULTS.maxStalled)
      .option('--exit-when-idle', 'exit once no unit is waiting, retry-pending or active')
      .option('--input-root <dir>', 'read unit inputs only under this directory (repeatable; default: the roots recorded by push)', collect)
      .addOption(redisTimeoutOption())
      .option(
        '--redis-give-up-ms <ms>',
        'exit 1 once Redis has not answered for this long (a wrong password exits at once)',
        int(1),
        DEFAULTS.redisGiveUpMs,
      )
      .option(
        '--stop-timeout-ms <ms>',
        'after SIGINT/SIGTERM, how long active units may take before the worker stops anyway',
        int(0),
        DEFAULTS.stopTimeoutMs,
      ),
  ).action(
    async (
      o: ExtractionCliOptions & {
        redis?: string;
        queue: string;
        outDir: string;
        jobs?: number;
        concurrency: number;
        lockMs: number;
        maxStalled: number;
        exitWhenIdle?: boolean;
        inputRoot?: string[];
        redisTimeoutMs: number;
        redisGiveUpMs: number;
        stopTimeoutMs: number;
      },
    ) => {
      const { timeoutMs, ...extractOptions } = await extractionBatchOptions(o);
      code = await runWorker({
        ...(o.inputRoot && { inputRoots: o.inputRoot.map((root) => path.resolve(root)) }),
        redisTimeoutMs: o.redisTimeoutMs,
        redisGiveUpMs: o.redisGiveUpMs,
        stopTimeoutMs: o.stopTimeoutMs,
        redisUrl: parseRedisUrl(o.redis),
        queue: o.queue,
        outDir: o.outDir,
        ...(o.jobs !== undefined && { jobs: o.jobs }),
        ...(timeoutMs !== undefined && { timeoutMs }),
        extractOptions,
        concurrency: o.concurrency,
        lockMs: o.lockMs,
        maxStalled: o.maxStalled,
        exitWhenIdle: o.exitWhenIdle ?? false,
        signals: ['SIGINT', 'SIGTERM'],
      });
      // A connection to a Redis that is gone may linger: never let it keep a stopped worker alive.
      setTimeout(() => process.exit(code), 2_000).unref();
    },
  );

  program
    .command('status')
    .description('units waiting / active / done / failed, pages done and pages/s, failed units with reasons')
    .addOption(redisOption())
    .addOption(queueOption())
    .option('--json', 'print as JSON')
    .addOption(redisTimeoutOption())
    .action(async (o: { redis?: string; queue: string; json?: boolean; redisTimeoutMs: number }) => {
      const url = parseRedisUrl(o.redis);
      const s = await getStatus(url, o.queue, undefined, o.redisTimeoutMs);
      process.stdout.write((o.json ? JSON.stringify(s, null, 2) : formatStatus(s, url)) + '\n');
      // Units gone from Redis (or no queue at all) are worth an exit code.
      const problem = statusProblem(s);
      if (problem) {
        process.stderr.write(`newsclean queue: ${problem}\n`);
        code = 1;
      }
    });

  program
    .command('retry')
    .description('put failed units back in the queue (after fixing the cause), each with its full --attempts again')
    .argument('[units...]', 'unit ids as `status` lists them (default: every failed unit)')
    .addOption(redisOption())
    .addOption(queueOption())
    .option('--json', 'print {retried, skipped} as JSON')
    .addOption(redisTimeoutOption())
    .action(async (units: string[], o: { redis?: string; queue: string; json?: boolean; redisTimeoutMs: number }) => {
      const s = await retryUnits(parseRedisUrl(o.redis), o.queue, units, o.redisTimeoutMs);
      process.stdout.write((o.json ? JSON.stringify(s) : formatRetry(s)) + '\n');
      // A named unit that could not be retried is worth an exit code (a typo, or not failed).
      if (s.skipped.length > 0) code = 1;
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    // Help and version exit with 0 through exitOverride; usage errors were already printed by commander.
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT_USAGE;
    if (err instanceof UsageError) {
      process.stderr.write(`newsclean queue: ${err.message}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`newsclean queue: ${errorMessage(err).split('\n')[0]}\n`);
    return 1;
  }
}
