/**
 * Distributed cleaning on BullMQ (src/queue). The Redis tests spawn their own redis-server on a random
 * loopback port and real worker processes (`node dist/cli.js queue work`); they are skipped, with a
 * message, when no redis-server binary is found (install it with scripts/ci-redis.sh).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Queue } from 'bullmq';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractPool } from '../src/batch/index.js';
import type { BatchRecord, PageInput } from '../src/batch/types.js';
import { AtomicJsonlWriter, removeStaleTemps } from '../src/queue/output.js';
import { perUnitExtractor, processUnit, UnitReadError } from '../src/queue/process.js';
import { FsReader } from '../src/queue/reader.js';
import type { ExtractManyFn, PlannedUnit, UnitData } from '../src/queue/types.js';
import { planUnits, unitId } from '../src/queue/units.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function findRedis(): string | null {
  for (const bin of ['redis-server', '/usr/bin/redis-server', '/usr/local/bin/redis-server']) {
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return bin;
  }
  return null;
}
const REDIS_BIN = findRedis();
if (!REDIS_BIN)
  console.warn('tests/queue.test.ts: no redis-server binary found, skipping the Redis tests (bash scripts/ci-redis.sh installs it)');

// ---------------------------------------------------------------------------------------------
// Pieces that need no Redis.

/** Stand-in engine for processUnit: one record per file, an error record for an empty file. */
const fakeMany: ExtractManyFn = async function* (inputs) {
  for await (const input of inputs as AsyncIterable<string | PageInput>) {
    const file = typeof input === 'string' ? input : input.kind === 'file' ? input.path : '?';
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) yield { file, error: { kind: 'read', message: 'ENOENT' } } as BatchRecord;
    else if (!text.trim()) yield { file, error: { kind: 'empty', message: 'input is empty' } } as BatchRecord;
    else yield { file, title: text.trim(), text } as unknown as BatchRecord;
  }
};

describe('queue units and unit processing', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsclean-queue-unit-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('cuts sorted pages into shards and WARCs into units, with ids that depend only on the refs', () => {
    const refs = ['/d/c.html', '/d/a.html', '/d/x.warc.gz', '/d/b.html', '/d/y.warc'];
    const units = planUnits(refs, 2);
    expect(units.map((u) => [u.data.kind, u.data.inputs])).toEqual([
      ['warc', ['/d/x.warc.gz']],
      ['warc', ['/d/y.warc']],
      ['pages', ['/d/a.html', '/d/b.html']],
      ['pages', ['/d/c.html']],
    ]);
    expect(planUnits([...refs].reverse(), 2).map((u) => u.id)).toEqual(units.map((u) => u.id));
    expect(new Set(units.map((u) => u.id)).size).toBe(4);
    expect(unitId('pages', ['/d/b.html', '/d/a.html'])).toBe(units[2]?.id);
    expect(unitId('warc', ['/d/a.html'])).not.toBe(unitId('pages', ['/d/a.html']));
    expect(units[0]?.id).toMatch(/^w-[0-9a-f]{24}$/);
  });

  it('lists files, directories (pages and WARCs) and globs as sorted absolute refs; a missing input throws', async () => {
    await mkdir(path.join(dir, 'list', 'sub'), { recursive: true });
    for (const f of ['a.html', 'sub/b.htm', 'c.warc.gz', 'notes.json']) await writeFile(path.join(dir, 'list', f), 'x');
    const reader = new FsReader(dir);
    expect(await reader.list(['list'])).toEqual(['a.html', 'c.warc.gz', 'sub/b.htm'].map((f) => path.join(dir, 'list', f)));
    expect(await reader.list(['list/**/*.htm', 'list/notes.json'])).toEqual([
      path.join(dir, 'list/notes.json'),
      path.join(dir, 'list/sub/b.htm'),
    ]);
    await expect(reader.list(['list/missing.html'])).rejects.toThrow(/no such input/);
  });

  it('writes a unit atomically: nothing at the target until commit, no temp file left after abort', async () => {
    const target = path.join(dir, 'atomic.jsonl');
    const w = await AtomicJsonlWriter.open(target);
    await w.write({ a: 1 });
    expect(existsSync(target)).toBe(false);
    await w.commit();
    expect(await readFile(target, 'utf8')).toBe('{"a":1}\n');
    const w2 = await AtomicJsonlWriter.open(path.join(dir, 'aborted.jsonl'));
    await w2.write({ b: 2 });
    await w2.abort();
    expect((await readdir(dir)).filter((f) => f.includes('aborted'))).toEqual([]);
  });

  it('removes the temp files of dead workers of this host only', async () => {
    const out = path.join(dir, 'stale');
    await mkdir(out);
    const deadPid = spawnSync('node', ['-e', '0']).pid as number;
    const names = {
      dead: `.p-1.jsonl.${hostname()}.${deadPid}.0123abcd.tmp`,
      alive: `.p-2.jsonl.${hostname()}.${process.pid}.0123abcd.tmp`,
      elsewhere: `.p-3.jsonl.other-host.${deadPid}.0123abcd.tmp`,
      done: 'p-4.jsonl',
    };
    for (const n of Object.values(names)) await writeFile(path.join(out, n), '');
    expect(await removeStaleTemps(out)).toBe(1);
    expect((await readdir(out)).sort()).toEqual([names.alive, names.elsewhere, names.done].sort());
  });

  it('page errors become records, an unreadable input fails the unit without output, a done unit is not redone', async () => {
    const out = path.join(dir, 'out');
    await mkdir(out);
    const good = path.join(dir, 'good.html');
    const blank = path.join(dir, 'blank.html');
    await writeFile(good, 'Hello');
    await writeFile(blank, '   ');
    const ctx = { outDir: out, reader: new FsReader(), extract: perUnitExtractor(fakeMany) };
    const data: UnitData = { v: 1, kind: 'pages', inputs: [blank, good] };
    expect(await processUnit('p-1', data, ctx)).toMatchObject({ pages: 2, ok: 1, errors: 1 });
    const lines = (await readFile(path.join(out, 'p-1.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l) as { file: string })).toMatchObject([
      { file: blank, error: { kind: 'empty' } },
      { file: good, title: 'Hello' },
    ]);

    const missing: UnitData = { v: 1, kind: 'pages', inputs: [good, path.join(dir, 'gone.html')] };
    await expect(processUnit('p-2', missing, ctx)).rejects.toThrow(UnitReadError);
    await expect(processUnit('p-2', missing, ctx)).rejects.toThrow(/cannot read .*gone\.html/);
    expect(await readdir(out)).toEqual(['p-1.jsonl']);

    // Done already: counted from the file, the engine is not called.
    const never: ExtractManyFn = () => {
      throw new Error('engine called for a done unit');
    };
    expect(await processUnit('p-1', data, { ...ctx, extract: perUnitExtractor(never) })).toMatchObject({
      pages: 2,
      ok: 1,
      errors: 1,
      skipped: true,
    });
  });
});

describe('one ExtractPool shared by the units of a worker', () => {
  let dir: string;
  beforeAll(async () => {
    ensureBuilt(); // the pool's threads run dist/batch/worker.js
    dir = await mkdtemp(path.join(tmpdir(), 'newsclean-queue-pool-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('overlapping units each get their own records in order; a unit failing mid-way leaves no file and does not disturb the others', async () => {
    const out = path.join(dir, 'out');
    await mkdir(out);
    const f = (i: number) => path.join(dir, `story-${i}.html`);
    for (let i = 0; i < 6; i++) await writeFile(f(i), pageHtml(i, 4));
    const pool = new ExtractPool({ jobs: 1 });
    // Passes every input up front, so a missing page is only met mid-stream (as when a file vanishes
    // after the check): processUnit then leaves its record stream early.
    const lenient = new (class extends FsReader {
      override async check(): Promise<void> {}
    })();
    const ctx = {
      outDir: out,
      reader: lenient,
      extract: (inputs: AsyncIterable<string | PageInput>) => pool.records(inputs, { ordered: true }),
    };
    const unit = (...inputs: string[]): UnitData => ({ v: 1, kind: 'pages', inputs });
    const titles = async (id: string) =>
      (await readFile(path.join(out, `${id}.jsonl`), 'utf8'))
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { title: string }).title);
    try {
      const [a, b, c] = await withTimeout(
        Promise.allSettled([
          processUnit('p-a', unit(f(0), f(1), f(2)), ctx),
          processUnit('p-b', unit(f(3), path.join(dir, 'gone.html'), f(4)), ctx),
          processUnit('p-c', unit(f(5)), ctx),
        ]),
        30_000,
        'units',
      );
      expect(a).toMatchObject({ status: 'fulfilled', value: { pages: 3, ok: 3 } });
      expect(c).toMatchObject({ status: 'fulfilled', value: { pages: 1, ok: 1 } });
      expect(b.status === 'rejected' && b.reason).toBeInstanceOf(UnitReadError);
      expect(await titles('p-a')).toEqual(['Harbour story 0', 'Harbour story 1', 'Harbour story 2']);
      expect(await titles('p-c')).toEqual(['Harbour story 5']);
      // A later unit, alone: its last record is not held back waiting for more input.
      expect(await withTimeout(processUnit('p-d', unit(f(4), f(3)), ctx), 30_000, 'unit d')).toMatchObject({ pages: 2, ok: 2 });
      expect(await titles('p-d')).toEqual(['Harbour story 4', 'Harbour story 3']);
      expect((await readdir(out)).sort()).toEqual(['p-a.jsonl', 'p-c.jsonl', 'p-d.jsonl']);
    } finally {
      await pool.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Redis + worker processes.

interface RunningWorker {
  proc: ChildProcess;
  log: () => string;
  exit: Promise<number | null>;
  waitForLog: (re: RegExp, ms: number) => Promise<RegExpExecArray>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Build dist when any source is newer than dist/cli.js (others' transient type errors must not block emit). */
function ensureBuilt(): void {
  const stale = !existsSync(CLI) || newestMtime(path.join(ROOT, 'src')) > statSync(CLI).mtimeMs;
  if (stale) {
    spawnSync('npx', ['tsc', '-p', '.', '--noEmitOnError', 'false'], { cwd: ROOT, stdio: 'ignore' });
    if (existsSync(path.join(ROOT, 'scripts', 'copy-data.mjs')))
      spawnSync('node', ['scripts/copy-data.mjs'], { cwd: ROOT, stdio: 'ignore' });
  }
  if (!existsSync(CLI)) throw new Error('dist/cli.js missing after the build');
}

function runCli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('node', [CLI, 'queue', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function startWorker(args: string[]): RunningWorker {
  const proc = spawn('node', [CLI, 'queue', 'work', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  let closed = false;
  const waiters: Array<() => void> = [];
  const onData = (d: Buffer) => {
    log += d.toString();
    for (const w of waiters.splice(0)) w();
  };
  proc.stdout?.on('data', onData);
  proc.stderr?.on('data', onData);
  const exit = new Promise<number | null>((resolve) =>
    // 'close': the process ended and its output was read to the end.
    proc.once('close', (code) => {
      closed = true;
      resolve(code);
      for (const w of waiters.splice(0)) w();
    }),
  );
  const waitForLog = (re: RegExp, ms: number) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${re} in worker log after ${ms} ms:\n${log}`)), ms);
      const check = () => {
        const m = re.exec(log);
        if (m) {
          clearTimeout(timer);
          resolve(m);
        } else if (closed) {
          clearTimeout(timer);
          reject(new Error(`worker exited before ${re}:\n${log}`));
        } else waiters.push(check);
      };
      check();
    });
  return { proc, log: () => log, exit, waitForLog };
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms)));
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
}

/** All records of all `<unit>.jsonl` files, by unit (hidden temp files of killed workers are not outputs). */
async function readOutputs(outDir: string): Promise<Map<string, Record<string, unknown>[]>> {
  const byUnit = new Map<string, Record<string, unknown>[]>();
  for (const f of (await readdir(outDir)).filter((n) => n.endsWith('.jsonl') && !n.startsWith('.')).sort()) {
    const text = await readFile(path.join(outDir, f), 'utf8');
    byUnit.set(
      f.slice(0, -'.jsonl'.length),
      text
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    );
  }
  return byUnit;
}

/** identity + title + text; a sorted list, so duplicates and misses both show. */
function recordKeys(records: Iterable<Record<string, unknown>>): string[] {
  const keys: string[] = [];
  for (const r of records) {
    const rec = r.record as { offset: number; id: string } | undefined;
    const id =
      typeof r.warc === 'string' ? `warc:${path.resolve(r.warc)}#${rec?.offset}:${rec?.id}` : `file:${path.resolve(String(r.file))}`;
    const err = r.error as { kind: string } | undefined;
    keys.push(JSON.stringify([id, err ? `error:${err.kind}` : r.title, err ? null : r.text]));
  }
  return keys.sort();
}

/** Each unit file holds the records of its own inputs only: its page files in order, or its WARC's records. */
function expectOwnRecords(outputs: Map<string, Record<string, unknown>[]>, plan: PlannedUnit[]): void {
  for (const unit of plan) {
    const records = outputs.get(unit.id);
    if (!records) continue;
    if (unit.data.kind === 'pages') expect(records.map((r) => path.resolve(String(r.file)))).toEqual(unit.data.inputs);
    else expect(new Set(records.map((r) => path.resolve(String(r.warc))))).toEqual(new Set(unit.data.inputs));
  }
}

function pageHtml(i: number, paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, p) =>
      `<p>Story ${i}, paragraph ${p}: the harbour authority said on Tuesday that shipping volumes rose for the ${p + 2}th month in a row, while analysts warned about costs.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour story ${i}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>Harbour story ${i}</h1><p class="byline">By Reporter ${i}</p>${body}</article>
<footer>© Example News</footer></body></html>`;
}

async function writeWarcGz(file: string, count: number, first: number): Promise<void> {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (let i = first; i < first + count; i++) {
    const html = enc.encode(pageHtml(i, 6));
    const record = WARCRecord.create(
      {
        url: `https://news.example.com/2024/05/0${(i % 9) + 1}/story-${i}.html`,
        date: '2024-05-01T08:00:00Z',
        type: 'response',
        warcVersion: 'WARC/1.1',
        statusline: 'HTTP/1.1 200 OK',
        httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
      },
      (async function* () {
        yield html;
      })(),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip: true }));
  }
  await writeFile(file, Buffer.concat(parts));
}

describe.skipIf(!REDIS_BIN)('queue on Redis with worker processes', () => {
  let tmp: string;
  let redis: ChildProcess;
  let url: string;
  const workers: RunningWorker[] = [];

  beforeAll(async () => {
    ensureBuilt();
    tmp = await mkdtemp(path.join(tmpdir(), 'newsclean-queue-'));
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    redis = spawn(REDIS_BIN as string, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', tmp], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        redis.stdout?.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('Ready to accept connections')) resolve();
        });
        redis.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
      }),
      15_000,
      'redis-server start',
    );
  });

  afterAll(async () => {
    for (const w of workers) if (w.proc.exitCode === null && w.proc.signalCode === null) w.proc.kill('SIGKILL');
    if (redis && redis.exitCode === null) {
      const gone = new Promise((r) => redis.once('exit', r));
      redis.kill('SIGTERM');
      await withTimeout(gone, 10_000, 'redis-server stop').catch(() => redis.kill('SIGKILL'));
    }
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  async function counts(queueName: string, fn: (q: Queue) => Promise<void>): Promise<void> {
    const q = new Queue(queueName, { connection: { url } });
    try {
      await fn(q);
    } finally {
      await q.close();
    }
  }

  it('two workers clean pages and a WARC like a local run; an unreadable WARC fails after its retries', async () => {
    const dir = path.join(tmp, 'mixed');
    const pages = path.join(dir, 'pages');
    const out = path.join(dir, 'out');
    await mkdir(pages, { recursive: true });
    for (let i = 0; i < 9; i++) await writeFile(path.join(pages, `story-${i}.html`), pageHtml(i, 4));
    await writeFile(path.join(pages, 'blank.html'), ''); // a page that fails to extract: an error record, not a unit failure
    const warc = path.join(dir, 'crawl.warc.gz');
    await writeWarcGz(warc, 5, 100);
    const doomed = path.join(dir, 'doomed.warc.gz');
    await writeWarcGz(doomed, 1, 200);

    const q = 'mixed';
    const common = ['--redis', url, '--queue', q];
    const push = runCli(['push', pages, warc, doomed, ...common, '--shard-size', '3', '--attempts', '2', '--backoff-ms', '100', '--json']);
    expect(push.code, push.stderr).toBe(0);
    const pushed = JSON.parse(push.stdout) as { units: number; added: number; ids: string[] };
    expect(pushed).toMatchObject({ units: 6, added: 6 }); // 2 WARCs + 10 pages in shards of 3
    const again = JSON.parse(runCli(['push', pages, warc, doomed, ...common, '--shard-size', '3', '--json']).stdout) as { added: number };
    expect(again.added).toBe(0);
    const plan = planUnits(await new FsReader().list([pages, warc, doomed]), 3);
    expect(plan.map((u) => u.id)).toEqual(pushed.ids);
    await unlink(doomed); // gone before any worker gets to it

    const args = [...common, '--out-dir', out, '--jobs', '1', '--lock-ms', '2000', '--exit-when-idle'];
    const pair = [startWorker(args), startWorker(args)];
    workers.push(...pair);
    const codes = await withTimeout(Promise.all(pair.map((w) => w.exit)), 90_000, 'workers to finish');
    expect(codes, pair.map((w) => w.log()).join('\n---\n')).toEqual([0, 0]);

    const outputs = await readOutputs(out);
    const doomedId = unitId('warc', [doomed]);
    expect([...outputs.keys()].sort()).toEqual(pushed.ids.filter((id) => id !== doomedId).sort());
    expectOwnRecords(outputs, plan);

    // The same inputs through the engine in this process.
    const { extractMany } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'batch', 'index.js')).href)) as {
      extractMany: ExtractManyFn;
    };
    const local: Record<string, unknown>[] = [];
    for await (const r of extractMany([pages, warc], { jobs: 0 })) local.push(r as unknown as Record<string, unknown>);
    expect(local.length).toBe(15);
    expect(recordKeys([...outputs.values()].flat())).toEqual(recordKeys(local));
    expect(local.filter((r) => r.error)).toHaveLength(1);

    const status = runCli(['status', ...common, '--json']);
    expect(status.code, status.stderr).toBe(0);
    const s = JSON.parse(status.stdout) as {
      units: Record<string, number>;
      pages: { done: number; ok: number; errors: number };
      failed: { id: string; reason: string; attempts: number }[];
    };
    expect(s.units).toMatchObject({ waiting: 0, delayed: 0, active: 0, done: 5, failed: 1, total: 6 });
    expect(s.pages).toEqual({ done: 15, ok: 14, errors: 1 });
    expect(s.failed).toHaveLength(1);
    expect(s.failed[0]).toMatchObject({ id: doomedId, attempts: 2 });
    expect(s.failed[0]?.reason).toMatch(/cannot read .*doomed\.warc\.gz.*ENOENT/);
    const text = runCli(['status', ...common]);
    expect(text.stdout).toMatch(/5 done, 1 failed/);
    expect(text.stdout).toContain(doomedId);
  }, 150_000);

  it('a unit failed for a missing WARC is retried with `queue retry` once the WARC is back, and completes', async () => {
    const dir = path.join(tmp, 'retry');
    const pages = path.join(dir, 'pages');
    const out = path.join(dir, 'out');
    await mkdir(pages, { recursive: true });
    for (let i = 0; i < 2; i++) await writeFile(path.join(pages, `story-${i}.html`), pageHtml(i, 4));
    const warc = path.join(dir, 'late.warc.gz');
    await writeWarcGz(warc, 3, 300);

    const q = 'retry';
    const common = ['--redis', url, '--queue', q];
    const push = runCli(['push', pages, warc, ...common, '--attempts', '2', '--backoff-ms', '100', '--json']);
    expect(push.code, push.stderr).toBe(0);
    const warcId = unitId('warc', [warc]);
    const pagesId = (JSON.parse(push.stdout) as { ids: string[] }).ids.find((id) => id !== warcId) as string;
    const parked = `${warc}.parked`;
    await rename(warc, parked); // e.g. an unmounted share

    const args = [...common, '--out-dir', out, '--jobs', '1', '--lock-ms', '2000', '--exit-when-idle'];
    const first = startWorker(args);
    workers.push(first);
    expect(await withTimeout(first.exit, 90_000, 'first worker'), first.log()).toBe(0);
    type Status = { units: Record<string, number>; pages: { done: number }; failed: { id: string; reason: string }[] };
    const statusOf = (): Status => JSON.parse(runCli(['status', ...common, '--json']).stdout) as Status;
    const before = statusOf();
    expect(before.units).toMatchObject({ waiting: 0, active: 0, done: 1, failed: 1, total: 2 });
    expect(before.failed.map((f) => f.id)).toEqual([warcId]);
    expect(before.failed[0]?.reason).toMatch(/cannot read .*late\.warc\.gz.*ENOENT/);
    expect(existsSync(path.join(out, `${warcId}.jsonl`))).toBe(false);

    // Named units that cannot be retried are reported (exit 1) and nothing moves.
    const wrong = runCli(['retry', 'p-000000000000000000000000', pagesId, ...common]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/^0 failed unit\(s\) re-queued/);
    expect(wrong.stdout).toContain('p-000000000000000000000000: no such unit');
    expect(wrong.stdout).toContain(`${pagesId}: not failed (completed)`);
    expect(statusOf().units).toMatchObject({ done: 1, failed: 1 });

    await rename(parked, warc);
    const retry = runCli(['retry', ...common]);
    expect(retry.code, retry.stderr).toBe(0);
    expect(retry.stdout.trim()).toBe('1 failed unit(s) re-queued');
    const queued = statusOf();
    expect(queued.units).toMatchObject({ waiting: 1, delayed: 0, active: 0, done: 1, failed: 0, total: 2 });
    expect(queued.failed).toEqual([]);
    await counts(q, async (queue) => {
      expect((await queue.getJob(warcId))?.attemptsMade).toBe(0); // the full --attempts budget again
    });

    const second = startWorker(args);
    workers.push(second);
    expect(await withTimeout(second.exit, 90_000, 'second worker'), second.log()).toBe(0);
    expect(second.log()).toMatch(new RegExp(`done ${warcId}: 3 pages`));
    const records = (await readOutputs(out)).get(warcId) ?? [];
    expect(records.map((r) => r.title)).toEqual(['Harbour story 300', 'Harbour story 301', 'Harbour story 302']);
    const after = statusOf();
    expect(after.units).toMatchObject({ waiting: 0, delayed: 0, active: 0, done: 2, failed: 0, total: 2 });
    expect(after.pages.done).toBe(5);
    expect(runCli(['retry', ...common]).stdout.trim()).toBe('0 failed unit(s) re-queued');
  }, 150_000);

  it('a worker killed mid-unit: the other redoes its unit, every unit ends done once, no record lost or doubled', async () => {
    const dir = path.join(tmp, 'kill');
    const pages = path.join(dir, 'pages');
    const out = path.join(dir, 'out');
    await mkdir(pages, { recursive: true });
    const files: string[] = [];
    for (let i = 0; i < 120; i++) {
      const f = path.join(pages, `story-${String(i).padStart(3, '0')}.html`);
      await writeFile(f, pageHtml(i, 12));
      files.push(f);
    }
    const q = 'kill';
    const common = ['--redis', url, '--queue', q];
    const push = runCli(['push', pages, ...common, '--shard-size', '30', '--json']);
    expect(push.code, push.stderr).toBe(0);
    const ids = (JSON.parse(push.stdout) as { ids: string[] }).ids;
    expect(ids).toHaveLength(4);

    const args = [...common, '--out-dir', out, '--jobs', '1', '--lock-ms', '2000', '--exit-when-idle'];
    const victim = startWorker(args);
    const survivor = startWorker(args);
    workers.push(victim, survivor);
    const [, killedUnit] = await victim.waitForLog(/active (p-[0-9a-f]+)/, 30_000);
    victim.proc.kill('SIGKILL');
    await victim.exit;
    expect(await withTimeout(survivor.exit, 90_000, 'survivor to finish'), survivor.log()).toBe(0);

    // The victim never finished its unit; the survivor did, after the stalled check gave it back.
    expect(victim.log()).not.toMatch(new RegExp(`done ${killedUnit}`));
    expect(survivor.log()).toMatch(new RegExp(`done ${killedUnit}: 30 pages`));
    await counts(q, async (queue) => {
      expect(await queue.getJobCounts('completed', 'failed', 'active', 'waiting', 'delayed')).toEqual({
        completed: 4,
        failed: 0,
        active: 0,
        waiting: 0,
        delayed: 0,
      });
      const job = await queue.getJob(killedUnit as string);
      expect(job?.stalledCounter).toBe(1);
    });

    const outputs = await readOutputs(out);
    expect([...outputs.keys()].sort()).toEqual([...ids].sort());
    expectOwnRecords(outputs, planUnits(files, 30));
    const seen = [...outputs.values()].flat().map((r) => path.resolve(String(r.file)));
    expect(seen.sort()).toEqual([...files].sort());
    expect([...outputs.values()].flat().filter((r) => r.error)).toEqual([]);
    expect(
      readFileSync(path.join(out, `${killedUnit}.jsonl`), 'utf8')
        .split('\n')
        .filter(Boolean),
    ).toHaveLength(30);
  }, 150_000);
});
