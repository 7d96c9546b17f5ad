/**
 * One page is fast: `import { extract }` loads none of the batch layer's dependencies (worker pool,
 * globbing, progress bar), a single page on the command line runs in-process, and jsdom (an optional
 * peer dependency) is asked for by name when `--dom jsdom` finds it missing.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, CLI, newsPage, ROOT, runCli, tempDir } from './batch-helpers.js';

let dir: string;
let page: string;

beforeAll(async () => {
  assertBuilt();
  dir = await tempDir();
  page = join(dir, 'story.html');
  await writeFile(page, newsPage('Harbour bridge reopens after repairs'));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs an ES module snippet with node in `cwd`; its stdout parsed as JSON. */
function runModule(code: string, cwd = ROOT): unknown {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`node exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** CommonJS packages in the module cache whose path names one of `names`. */
const LOADED = `
  import { createRequire } from 'node:module';
  const loaded = (names) => Object.keys(createRequire(import.meta.url).cache)
    .map((path) => names.find((name) => path.includes('/node_modules/' + name + '/')))
    .filter(Boolean);
`;
const BATCH_DEPENDENCIES = "['piscina', 'fast-glob', 'cli-progress', 'bullmq', 'ioredis', 'jsdom']";

describe('import { extract } from newsclean', () => {
  it('loads no worker pool, globbing or queue package; the batch exports still work and load them on use', () => {
    const result = runModule(`${LOADED}
      const root = await import('./dist/index.js');
      const article = root.extract(${JSON.stringify(newsPage('Floods in the north'))});
      const before = [...new Set(loaded(${BATCH_DEPENDENCIES}))];
      const pool = new root.ExtractPool({ jobs: 1 });
      const record = await pool.page({ kind: 'bytes', id: 'p', bytes: new TextEncoder().encode(${JSON.stringify(newsPage('Tram line approved'))}) });
      await pool.close();
      const after = [...new Set(loaded(${BATCH_DEPENDENCIES}))];
      const kinds = ['extractMany', 'ExtractPool', 'BatchRun', 'isErrorRecord'].map((name) => typeof root[name]);
      console.log(JSON.stringify({ title: article.title, before, after, recordTitle: record.title, kinds }));
    `) as { title: string; before: string[]; after: string[]; recordTitle: string; kinds: string[] };
    expect(result.title).toBe('Floods in the north');
    expect(result.before).toEqual([]);
    expect(result.after).toContain('piscina');
    expect(result.recordTitle).toBe('Tram line approved');
    expect(result.kinds).toEqual(['function', 'function', 'function', 'function']);
  });
});

describe('newsclean with one page', () => {
  it('runs it in this thread (no worker heap), unless --jobs asks for workers', async () => {
    const inProcess = join(dir, 'in-process.json');
    const one = await runCli([page, '--stats', inProcess, '--no-progress']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).title).toBe('Harbour bridge reopens after repairs');
    expect(JSON.parse(await readFile(inProcess, 'utf8')).workerHeapPeakMb).toBeNull();

    const pooled = join(dir, 'pooled.json');
    const withJobs = await runCli([page, '--jobs', '1', '--stats', pooled, '--no-progress']);
    expect(withJobs.code).toBe(0);
    expect(JSON.parse(withJobs.stdout).title).toBe('Harbour bridge reopens after repairs');
    expect(JSON.parse(await readFile(pooled, 'utf8')).workerHeapPeakMb).toBeGreaterThan(0);
  });

  it('--dom jsdom gives the same record as the default DOM', async () => {
    const linkedom = await runCli([page, '--no-progress']);
    const jsdom = await runCli([page, '--dom', 'jsdom', '--no-progress']);
    expect(jsdom.code).toBe(0);
    expect(jsdom.stdout).toBe(linkedom.stdout);
  });
});

describe('the newsclean command: one bundled file with a V8 code cache', () => {
  /** `node <script> args` with NEWSCLEAN_CODE_CACHE set to `cache`. */
  const run = (script: string, args: string[], cache: string) =>
    spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEWSCLEAN_CODE_CACHE: cache } });
  const UNBUNDLED = join(ROOT, 'dist', 'cli.js');

  it('writes the same records as the unbundled CLI, keeps one cache file, and survives a damaged one', async () => {
    const cache = join(dir, 'code-cache');
    const args = [join(ROOT, 'fixtures'), '--no-progress'];
    const expected = run(UNBUNDLED, args, 'off');
    expect(expected.status).toBe(0);
    const sorted = (out: string) => out.trim().split('\n').sort();

    const cold = run(CLI, args, cache);
    expect(cold.status).toBe(0);
    expect(sorted(cold.stdout)).toEqual(sorted(expected.stdout));
    const files = await readdir(cache);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^cli-[0-9a-f]{8}-\d+-\d+-v\d+\.\d+\.\d+-\w+\.bin$/);

    const written = await readFile(join(cache, files[0]!));
    const warm = run(CLI, args, cache);
    expect(sorted(warm.stdout)).toEqual(sorted(expected.stdout));
    expect(await readdir(cache)).toEqual(files);
    // V8 accepted the cache (a rejected one is written again, after the run): it was made under the flags the
    // command sets for itself (bin/newsclean.cjs sets them before compiling).
    expect((await readFile(join(cache, files[0]!))).equals(written)).toBe(true);

    // A cache of another build of this install is replaced; another install's cache is left alone.
    const stale = files[0]!.replace(/^(cli-[0-9a-f]{8}-)\d+/, '$1999');
    const otherInstall = files[0]!.replace(/^cli-[0-9a-f]{8}-/, 'cli-00000000-');
    await writeFile(join(cache, stale), 'old build');
    await writeFile(join(cache, otherInstall), 'another install');
    await rm(join(cache, files[0]!));
    expect(run(CLI, [page, '--no-progress'], cache).status).toBe(0);
    expect((await readdir(cache)).sort()).toEqual([otherInstall, files[0]!].sort());

    // V8 rejects a damaged cache; the run compiles as usual and writes a good one.
    await writeFile(join(cache, files[0]!), 'not a code cache');
    const damaged = run(CLI, [page, '--no-progress'], cache);
    expect(damaged.status).toBe(0);
    expect(JSON.parse(damaged.stdout).title).toBe('Harbour bridge reopens after repairs');
    expect((await readFile(join(cache, files[0]!))).length).toBeGreaterThan(1000);
  });

  it('NEWSCLEAN_CODE_CACHE=off writes nothing; queue commands run unbundled', async () => {
    const home = join(dir, 'home');
    await mkdir(home, { recursive: true });
    const off = spawnSync(process.execPath, [CLI, page, '--no-progress'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NEWSCLEAN_CODE_CACHE: 'off', HOME: home, XDG_CACHE_HOME: join(home, '.cache') },
    });
    expect(off.status).toBe(0);
    expect(await readdir(home)).toEqual([]);
    const queue = run(CLI, ['queue', '--help'], 'off');
    expect(queue.status).toBe(0);
    expect(queue.stdout).toContain('newsclean queue');
  });
});

describe('jsdom is an optional peer dependency', () => {
  let install: string;

  beforeAll(async () => {
    // The built package beside a node_modules holding every dependency but jsdom.
    install = join(dir, 'no-jsdom');
    await mkdir(join(install, 'node_modules'), { recursive: true });
    await cp(join(ROOT, 'dist'), join(install, 'dist'), { recursive: true });
    await cp(join(ROOT, 'bin'), join(install, 'bin'), { recursive: true });
    await cp(join(ROOT, 'package.json'), join(install, 'package.json'));
    for (const name of await readdir(join(ROOT, 'node_modules'))) {
      if (name !== 'jsdom' && !name.startsWith('.')) await symlink(join(ROOT, 'node_modules', name), join(install, 'node_modules', name));
    }
  });

  it('newsclean --dom jsdom without it: a usage error naming the install command', () => {
    const run = spawnSync(process.execPath, [join(install, 'bin', 'newsclean.cjs'), page, '--dom', 'jsdom'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('npm install jsdom');
    expect(run.stdout).toBe('');
    const plain = spawnSync(process.execPath, [join(install, 'bin', 'newsclean.cjs'), page], { encoding: 'utf8' });
    expect(plain.status).toBe(0);
  });

  it("extract({ dom: 'jsdom' }) without it throws, naming the install command, instead of a weaker body", () => {
    const result = runModule(
      `
      const { extract } = await import('./dist/index.js');
      const page = ${JSON.stringify(newsPage('Council approves tram budget'))};
      let message = null;
      try { extract(page, { dom: 'jsdom' }); } catch (err) { message = err.message; }
      console.log(JSON.stringify({ message, title: extract(page).title }));
    `,
      install,
    ) as { message: string | null; title: string };
    expect(result.message).toContain('npm install jsdom');
    expect(result.title).toBe('Council approves tram budget');
  });
});
