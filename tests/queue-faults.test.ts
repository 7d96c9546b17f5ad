/**
 * The queue under faults: crafted jobs (added with BullMQ's API), a Redis that restarts empty, is paused
 * (SIGSTOP), stopped, wants a password, or is replaced by a listener that never answers. Every command ends
 * in bounded time with a non-zero exit and a one-line reason. Short timeouts are passed as options.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processUnit, UnitReadError } from '../src/queue/process.js';
import { FsReader } from '../src/queue/reader.js';
import { unitId, UnitRejectedError, validateUnit } from '../src/queue/units.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const REDIS_BIN = spawnSync('redis-server', ['--version']).status === 0 ? 'redis-server' : null;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'newsclean-qfault-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('queue trust boundary without Redis', () => {
  it('rejects unit ids push never makes and data that does not hash to the id', () => {
    const inputs = ['/data/a.html'];
    expect(() => validateUnit(unitId('pages', inputs), { v: 1, kind: 'pages', inputs })).not.toThrow();
    expect(() => validateUnit('../../escape/pwned', { v: 1, kind: 'pages', inputs })).toThrow(UnitRejectedError);
    expect(() => validateUnit(unitId('pages', inputs), { v: 1, kind: 'pages', inputs: ['/etc/passwd'] })).toThrow(/not the hash/);
    expect(() => validateUnit(unitId('pages', ['rel.html']), { v: 1, kind: 'pages', inputs: ['rel.html'] })).toThrow(UnitRejectedError);
  });

  it('a unit naming a file outside the allowed roots fails with the reason, even through a symlink', async () => {
    const root = path.join(tmp, 'roots');
    await mkdir(root);
    await writeFile(path.join(root, 'ok.html'), '<p>fine</p>');
    await symlink('/etc/passwd', path.join(root, 'sneaky.html'));
    const ctx = {
      outDir: path.join(tmp, 'roots-out'),
      reader: new FsReader(),
      extract: () => {
        throw new Error('engine called');
      },
      allowedRoots: [root],
    };
    await mkdir(ctx.outDir);
    for (const inputs of [['/etc/passwd'], [path.join(root, 'sneaky.html')]]) {
      const failure = processUnit(unitId('pages', inputs), { v: 1, kind: 'pages', inputs }, ctx);
      await expect(failure).rejects.toThrow(/outside the allowed input roots/);
      // A refusal, not a read failure (which a retry may cure): the unit is not retried.
      await expect(failure).rejects.toBeInstanceOf(UnitRejectedError);
      await expect(failure).rejects.not.toBeInstanceOf(UnitReadError);
    }
    expect(await readdir(ctx.outDir)).toEqual([]);
  });

  it('push lists a directory with `self -> .` and `up -> ..` links once, and ends', async () => {
    const site = path.join(tmp, 'loops', 'site');
    await mkdir(site, { recursive: true });
    await writeFile(path.join(site, 'page.html'), '<p>x</p>');
    await symlink('.', path.join(site, 'self'));
    await symlink('..', path.join(site, 'up'));
    expect(await new FsReader().list([site])).toEqual([path.join(site, 'page.html')]);
  });
});

// ---------------------------------------------------------------------------------------------

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

async function startRedis(port: number, extra: string[] = []): Promise<ChildProcess> {
  // A restart on the same port can find it briefly taken (a client socket of a parallel test file may hold it as its
  // local port, or it lingers after the kill): try again for a few seconds before failing.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startRedisOnce(port, extra);
    } catch (err) {
      if (attempt >= 20 || !/Address already in use/.test(String(err))) throw err;
      await sleep(250);
    }
  }
}

async function startRedisOnce(port: number, extra: string[]): Promise<ChildProcess> {
  const proc = spawn(
    REDIS_BIN as string,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', tmp, ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ready to accept connections')) resolve();
    });
    proc.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
  });
  return proc;
}

async function stopRedis(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const gone = new Promise((resolve) => proc.once('exit', resolve));
  proc.kill('SIGKILL');
  await gone;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `newsclean queue …args`; `onStart` gets the child (to signal it). */
function cli(args: string[], onStart?: (child: ChildProcess) => void): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'queue', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
    onStart?.(child);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!REDIS_BIN)('queue under Redis faults', () => {
  let port: number;
  let redis: ChildProcess;
  let url: string;
  let site: string;
  beforeAll(async () => {
    port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    redis = await startRedis(port);
    site = path.join(tmp, 'site');
    await mkdir(site, { recursive: true });
    for (let i = 0; i < 3; i++)
      await writeFile(
        path.join(site, `p${i}.html`),
        `<html><head><title>Page ${i}</title></head><body><article><h1>Page ${i}</h1><p>${'The council met on Tuesday to discuss the budget. '.repeat(8)}</p></article></body></html>`,
      );
  });
  afterAll(async () => {
    if (redis) await stopRedis(redis);
  });

  it('crafted jobs: a path-like id and a unit naming /etc/passwd fail with reasons; nothing is written outside --out-dir', async () => {
    const q = 'crafted';
    const push = await cli(['push', site, '--redis', url, '--queue', q, '--shard-size', '10']);
    expect(push.code, push.stderr).toBe(0);
    const queue = new Queue(q, { connection: { url } });
    const passwd = ['/etc/passwd'];
    await queue.add('unit', { v: 1, kind: 'pages', inputs: [path.join(site, 'p0.html')] }, { jobId: '../../escape/pwned', attempts: 1 });
    await queue.add('unit', { v: 1, kind: 'pages', inputs: passwd }, { jobId: unitId('pages', passwd), attempts: 3 });
    await queue.close();
    const out = path.join(tmp, 'crafted-out', 'a', 'b');
    const work = await cli(['work', '--redis', url, '--queue', q, '--out-dir', out, '--jobs', '0', '--exit-when-idle']);
    expect(work.code, work.stderr).toBe(0);
    expect(existsSync(path.join(tmp, 'crafted-out', 'escape'))).toBe(false);
    expect((await readdir(out)).filter((f) => f.endsWith('.jsonl'))).toHaveLength(1); // the pushed shard only
    const status = await cli(['status', '--redis', url, '--queue', q, '--json']);
    const failed = (JSON.parse(status.stdout) as { failed: Array<{ id: string; reason: string; attempts: number }> }).failed;
    expect(failed.find((f) => f.id === '../../escape/pwned')?.reason).toMatch(/not a unit id/);
    expect(failed.find((f) => f.id === unitId('pages', passwd))).toMatchObject({
      attempts: 1,
      reason: expect.stringMatching(/outside the allowed input roots/),
    });
  }, 60_000);

  it('SIGTERM stops a worker in bounded time while Redis is paused (SIGSTOP)', async () => {
    const out = path.join(tmp, 'paused-out');
    const run = cli(
      [
        'work',
        '--redis',
        url,
        '--queue',
        'paused',
        '--out-dir',
        out,
        '--jobs',
        '0',
        '--stop-timeout-ms',
        '1500',
        '--redis-timeout-ms',
        '500',
      ],
      (child) => {
        void (async () => {
          await sleep(2_500);
          redis.kill('SIGSTOP');
          await sleep(500);
          child.kill('SIGTERM');
        })();
      },
    );
    const result = await run;
    redis.kill('SIGCONT');
    expect(result.ms).toBeLessThan(12_000);
    expect(result.stderr).toMatch(/SIGTERM/);
  }, 30_000);

  it('status notices a Redis restarted empty (exit 1); a worker gives up on a stopped Redis', async () => {
    const q = 'lost';
    expect((await cli(['push', site, '--redis', url, '--queue', q])).code).toBe(0);
    const ok = await cli(['status', '--redis', url, '--queue', q]);
    expect(ok.code, ok.stderr).toBe(0);
    // Units vanish (as after eviction): the ledger still counts them.
    const { Redis } = await import('ioredis');
    const client = new Redis(url);
    const [id] = await client.smembers(`bull:${q}:newsclean:pushed`);
    await client.del(`bull:${q}:${id}`);
    await client.lrem(`bull:${q}:wait`, 0, id as string);
    client.disconnect();
    const lost = await cli(['status', '--redis', url, '--queue', q]);
    expect(lost.code).toBe(1);
    expect(lost.stdout).toMatch(/LOST: 1 of 1 pushed units are gone/);

    // Restarted empty: no units, no ledger.
    await stopRedis(redis);
    redis = await startRedis(port);
    const empty = await cli(['status', '--redis', url, '--queue', q]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/Redis lost its data/);

    const work = cli(
      [
        'work',
        '--redis',
        url,
        '--queue',
        q,
        '--out-dir',
        path.join(tmp, 'gone-out'),
        '--jobs',
        '0',
        '--exit-when-idle',
        '--redis-give-up-ms',
        '2000',
        '--redis-timeout-ms',
        '500',
      ],
      () => {
        void sleep(1_500).then(() => stopRedis(redis));
      },
    );
    // The queue is idle, so the worker may exit 0 before Redis goes: either way it ends in bounded time.
    const result = await work;
    expect(result.ms).toBeLessThan(20_000);
    if (result.code !== 0) expect(result.stderr).toMatch(/giving up/);
    redis = await startRedis(port);
  }, 60_000);

  it('a listener that never answers: push, status and work exit 1 in bounded time with a one-line reason', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const silent: Server = createServer((socket) => {
      sockets.add(socket);
    });
    const silentPort = await new Promise<number>((resolve) =>
      silent.listen(0, '127.0.0.1', () => resolve((silent.address() as { port: number }).port)),
    );
    const silentUrl = `redis://127.0.0.1:${silentPort}`;
    try {
      const [push, status, work] = await Promise.all([
        cli(['push', site, '--redis', silentUrl, '--redis-timeout-ms', '500']),
        cli(['status', '--redis', silentUrl, '--redis-timeout-ms', '500']),
        cli([
          'work',
          '--redis',
          silentUrl,
          '--out-dir',
          path.join(tmp, 'silent-out'),
          '--jobs',
          '0',
          '--redis-timeout-ms',
          '500',
          '--redis-give-up-ms',
          '2000',
        ]),
      ]);
      for (const r of [push, status, work]) {
        expect(r.code, r.stderr).toBe(1);
        expect(r.ms).toBeLessThan(20_000);
      }
      expect(push.stderr.trim().split('\n')).toHaveLength(1);
      expect(status.stderr.trim().split('\n')).toHaveLength(1);
      expect(work.stderr).toMatch(/giving up/);
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  }, 60_000);

  it('a wrong password: push, status and work exit 1 at once with a one-line reason', async () => {
    const authPort = await freePort();
    const guarded = await startRedis(authPort, ['--requirepass', 'right-secret']);
    const wrong = `redis://:wrong-secret@127.0.0.1:${authPort}`;
    try {
      const [push, status, work] = await Promise.all([
        cli(['push', site, '--redis', wrong, '--redis-timeout-ms', '1000']),
        cli(['status', '--redis', wrong, '--redis-timeout-ms', '1000']),
        cli(['work', '--redis', wrong, '--out-dir', path.join(tmp, 'auth-out'), '--jobs', '0', '--redis-timeout-ms', '1000']),
      ]);
      for (const r of [push, status, work]) {
        expect(r.code, r.stderr).toBe(1);
        expect(r.ms).toBeLessThan(15_000);
      }
      expect(work.stderr).toMatch(/authentication/i);
      expect(push.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      await stopRedis(guarded);
    }
  }, 60_000);
});
