/**
 * Odd directory entries and inputs: FIFOs are refused without being opened (opening one waits for a
 * writer forever), broken and looping symlinks give error records, each real file is cleaned once, and
 * `--resume` does not write error records again.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchRun, type BatchRecord } from '../src/batch/index.js';
import { assertBuilt, newsPage, parseJsonl, runCli, tempDir } from './batch-helpers.js';

let dir: string;
beforeAll(async () => {
  assertBuilt();
  dir = await tempDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Fails the test (rather than hanging it) after `ms`. */
async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not end within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function collect(run: BatchRun): Promise<BatchRecord[]> {
  const out: BatchRecord[] = [];
  for await (const r of run.records()) out.push(r);
  return out;
}

describe('inputs that are not plain files', () => {
  it('a FIFO named on the command line or in a `-` path list is an error record, and the run ends', async () => {
    const fifoDir = join(dir, 'fifo');
    await mkdir(fifoDir);
    const fifo = join(fifoDir, 'pipe.html');
    execFileSync('mkfifo', [fifo]);
    const page = join(fifoDir, 'page.html');
    await writeFile(page, newsPage('Beside the pipe'));
    for (const [args, stdin] of [
      [[fifo, page], undefined],
      [['-'], `${fifo}\n${page}\n`],
    ] as const) {
      const { code, stdout } = await within(20_000, `newsclean ${args.join(' ')}`, runCli([...args], stdin));
      const records = parseJsonl(stdout);
      expect(records).toHaveLength(2);
      expect(records.find((r) => r.file === fifo)).toMatchObject({ error: { kind: 'read', message: expect.stringMatching(/FIFO/) } });
      expect(records.find((r) => r.file === page)).toMatchObject({ title: 'Beside the pipe' });
      expect(code).toBe(1);
    }
    // A FIFO named like a page inside a walked directory, and as a PageInput.
    const walked = await within(20_000, 'walking a directory with a FIFO', collect(new BatchRun([fifoDir], { jobs: 0 })));
    expect(walked).toHaveLength(2);
    const asInput = await within(20_000, 'a FIFO as a file input', collect(new BatchRun([{ kind: 'file', path: fifo }], { jobs: 0 })));
    expect(asInput).toMatchObject([{ file: fifo, error: { kind: 'read' } }]);
  });

  it('dangling and looping symlinks found while walking give error records; links to directories are not followed', async () => {
    const site = join(dir, 'links');
    await mkdir(site);
    await writeFile(join(site, 'real.html'), newsPage('The real page'));
    await symlink('missing.html', join(site, 'dangling.html'));
    await symlink('loop-b.html', join(site, 'loop-a.html'));
    await symlink('loop-a.html', join(site, 'loop-b.html'));
    await symlink('.', join(site, 'self'));
    await symlink('..', join(site, 'up'));
    await symlink('real.html', join(site, 'alias.html')); // the same file again: cleaned once
    const run = new BatchRun([site], { jobs: 0 });
    const records = await within(20_000, 'walking symlinks', collect(run));
    const byName = new Map(records.map((r) => [String(r.file).slice(site.length + 1), r]));
    const names = [...byName.keys()];
    expect(names.filter((n) => n === 'real.html' || n === 'alias.html')).toHaveLength(1);
    expect(names.filter((n) => n !== 'real.html' && n !== 'alias.html').sort()).toEqual(['dangling.html', 'loop-a.html', 'loop-b.html']);
    expect(byName.get('dangling.html')).toMatchObject({ error: { kind: 'read', message: expect.stringMatching(/ENOENT/) } });
    expect(byName.get('loop-a.html')).toMatchObject({ error: { kind: 'read', message: expect.stringMatching(/loop/) } });
    expect(run.stats).toMatchObject({ pages: 4, ok: 1, errors: { read: 3 }, duplicates: 1 });
  });

  it('overlapping inputs (dir, dir/page, ./dir) clean each file once', async () => {
    const site = join(dir, 'overlap');
    await mkdir(join(site, 'sub'), { recursive: true });
    await writeFile(join(site, 'index.html'), newsPage('Front page'));
    await writeFile(join(site, 'sub', 'story.html'), newsPage('A story'));
    const { stdout, code } = await runCli([site, join(site, 'index.html'), `${site}/./sub`, `${site}/../overlap`], undefined, dir);
    const records = parseJsonl(stdout);
    expect(records.map((r) => r.title).sort()).toEqual(['A story', 'Front page']);
    expect(code).toBe(0);
  });
});

describe('--resume with error records', () => {
  it('does not write a WARC damage record or a refused file again', async () => {
    const site = join(dir, 'resume-errors');
    await mkdir(site);
    await writeFile(join(site, 'good.html'), newsPage('Good page'));
    await writeFile(join(site, 'broken.warc'), 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nshort');
    await symlink('nowhere.html', join(site, 'dangling.html'));
    const out = join(dir, 'resume-errors.jsonl');
    const first = await runCli([site, '--out', out]);
    expect(first.code).toBe(1);
    const written = await readFile(out, 'utf8');
    expect(
      parseJsonl(written)
        .map((r) => ('error' in r ? 'error' : 'ok'))
        .sort(),
    ).toEqual(['error', 'error', 'ok']);
    for (let i = 0; i < 2; i++) {
      const again = await runCli([site, '--out', out, '--resume']);
      expect(again.stderr).toMatch(/3 already done/);
      expect(await readFile(out, 'utf8')).toBe(written);
    }
  });
});
