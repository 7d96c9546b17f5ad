/**
 * --resume after a run killed with SIGKILL: the resumed output must hold exactly the records of an
 * uninterrupted run — nothing duplicated, nothing lost, no broken line.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, CLI, newsPage, parseJsonl, runCli, tempDir } from './batch-helpers.js';

const PAGES = 60;

let dir: string;
let pagesDir: string;
let pagePaths: string[];
let fullRun: Array<Record<string, unknown>>;

beforeAll(async () => {
  assertBuilt();
  dir = await tempDir();
  pagesDir = join(dir, 'pages');
  await mkdir(pagesDir);
  pagePaths = [];
  for (let i = 0; i < PAGES; i++) {
    const file = join(pagesDir, `story-${String(i).padStart(2, '0')}.html`);
    await writeFile(file, i === 13 ? '' : newsPage(`Story number ${i}`, 3 + (i % 5)));
    pagePaths.push(file);
  }
  const out = join(dir, 'full.jsonl');
  const { code } = await runCli(['--jobs', '2', '--out', out, pagesDir]);
  expect(code).toBe(1); // story-13 is empty
  fullRun = parseJsonl(await readFile(out, 'utf8'));
  expect(fullRun).toHaveLength(PAGES);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

function byFile(records: Array<Record<string, unknown>>): Map<string, Record<string, unknown>> {
  return new Map(records.map((r) => [r.file as string, r]));
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

/** Asserts `path` holds one valid record per page, equal to the uninterrupted run's. */
async function expectSameAsFullRun(path: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  const records = parseJsonl(text); // throws on a broken line
  expect(records).toHaveLength(PAGES);
  const files = records.map((r) => r.file as string);
  expect(new Set(files).size).toBe(PAGES);
  expect(byFile(records)).toEqual(byFile(fullRun));
}

describe('--resume', () => {
  it('after SIGKILL mid-run, appends exactly the missing records', async () => {
    const out = join(dir, 'killed.jsonl');
    // Paths arrive on stdin a few at a time, so the run is certainly still going when it is killed.
    const child = spawn(process.execPath, [CLI, '--jobs', '2', '--out', out, '-'], { stdio: ['pipe', 'ignore', 'pipe'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let fed = 0;
    let linesBeforeKill = 0;
    while (fed < 45) {
      child.stdin.write(`${pagePaths.slice(fed, fed + 3).join('\n')}\n`);
      fed += 3;
      await sleep(100);
      linesBeforeKill = existsSync(out) ? countLines(await readFile(out, 'utf8')) : 0;
      if (linesBeforeKill >= 15) break;
    }
    for (let waited = 0; linesBeforeKill < 15 && waited < 30_000; waited += 100) {
      await sleep(100);
      linesBeforeKill = existsSync(out) ? countLines(await readFile(out, 'utf8')) : 0;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const killedText = await readFile(out, 'utf8');
    const complete = parseJsonl(killedText.slice(0, killedText.lastIndexOf('\n') + 1));
    expect(complete.length).toBeGreaterThanOrEqual(15);
    expect(complete.length).toBeLessThan(PAGES);

    const { code, stderr } = await runCli(['--jobs', '2', '--resume', '--out', out, pagesDir]);
    expect(code).toBe(complete.some((r) => 'error' in r) ? 0 : 1); // story-13's error record is written once
    expect(stderr).toContain(`${complete.length} already done`);
    await expectSameAsFullRun(out);
    // The records written before the kill are kept as they were, first.
    expect((await readFile(out, 'utf8')).startsWith(killedText.slice(0, killedText.lastIndexOf('\n') + 1))).toBe(true);
  });

  it('cuts a half-written last line and redoes that page', async () => {
    const out = join(dir, 'torn.jsonl');
    const fullText = fullRun.map((r) => `${JSON.stringify(r)}\n`);
    const torn = fullText[20] ?? '';
    await writeFile(out, fullText.slice(0, 20).join('') + torn.slice(0, Math.floor(torn.length / 2)));
    const { stderr } = await runCli(['--jobs', '2', '--resume', '--out', out, pagesDir]);
    expect(stderr).toContain('20 already done');
    await expectSameAsFullRun(out);
  });

  it('with nothing left to do, adds nothing', async () => {
    const out = join(dir, 'done.jsonl');
    await writeFile(out, fullRun.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const before = await readFile(out, 'utf8');
    const { code, stderr } = await runCli(['--jobs', '2', '--resume', '--out', out, pagesDir]);
    expect(code).toBe(0);
    expect(stderr).toContain(`0 pages, 0 ok, 0 errors`);
    expect(stderr).toContain(`${PAGES} already done`);
    expect(await readFile(out, 'utf8')).toBe(before);
  });

  it('--out-dir: rewrites only the missing files', async () => {
    const outDir = join(dir, 'per-page');
    await runCli(['--jobs', '2', '--out-dir', outDir, pagesDir]);
    const names = (await readdir(outDir)).sort();
    expect(names).toHaveLength(PAGES);
    const removed = names.filter((_, i) => i % 6 === 0);
    for (const name of removed) await rm(join(outDir, name));
    const kept = names.find((_, i) => i % 6 === 1) ?? '';
    const keptMtime = (await stat(join(outDir, kept))).mtimeMs;

    const { stderr } = await runCli(['--jobs', '2', '--resume', '--out-dir', outDir, pagesDir]);
    expect(stderr).toContain(`${removed.length} pages`);
    expect(stderr).toContain(`${PAGES - removed.length} already done`);
    expect((await readdir(outDir)).sort()).toEqual(names);
    expect((await stat(join(outDir, kept))).mtimeMs).toBe(keptMtime);
    const records = await Promise.all(
      names.map(async (name) => JSON.parse(await readFile(join(outDir, name), 'utf8')) as Record<string, unknown>),
    );
    expect(byFile(records)).toEqual(byFile(fullRun));
  });
});
