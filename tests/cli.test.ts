import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, newsPage, parseJsonl, ROOT, runCli, tempDir } from './batch-helpers.js';

/** PNG signature, then bytes with NULs and control characters: not a page in any encoding. */
function binaryBytes(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let i = 8; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
  return bytes;
}

let dir: string;
let pagesDir: string;

beforeAll(async () => {
  assertBuilt();
  dir = await tempDir();
  pagesDir = join(dir, 'pages');
  await mkdir(join(pagesDir, 'world', 'asia'), { recursive: true });
  await writeFile(join(pagesDir, 'one.html'), newsPage('Council approves tram budget'));
  await writeFile(join(pagesDir, 'two.htm'), newsPage('Harbour bridge reopens'));
  await writeFile(join(pagesDir, 'world', 'three.shtml'), newsPage('Floods in the north'));
  await writeFile(join(pagesDir, 'world', 'asia', 'four.xhtml'), newsPage('Election results are in'));
  await writeFile(join(pagesDir, 'world', 'dump.txt'), 'River festival draws crowds\n\nThousands came to the river festival on Sunday.\n');
  await writeFile(join(pagesDir, 'style.css'), 'body { color: red }');
  await writeFile(join(pagesDir, 'logo.png'), binaryBytes());
  await writeFile(join(pagesDir, 'empty.html'), '');
  await writeFile(join(pagesDir, 'binary.html'), binaryBytes());
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('newsclean over a directory', () => {
  it('writes one JSONL record per page, with identity and error records, and exits 1 when some pages fail', async () => {
    const { code, stdout, stderr } = await runCli(['--jobs', '2', pagesDir]);
    const records = parseJsonl(stdout);
    const byFile = new Map(records.map((r) => [r.file as string, r]));
    expect([...byFile.keys()].sort()).toEqual(
      [
        join(pagesDir, 'binary.html'),
        join(pagesDir, 'empty.html'),
        join(pagesDir, 'one.html'),
        join(pagesDir, 'two.htm'),
        join(pagesDir, 'world', 'asia', 'four.xhtml'),
        join(pagesDir, 'world', 'dump.txt'),
        join(pagesDir, 'world', 'three.shtml'),
      ].sort(),
    );
    expect(records).toHaveLength(7);
    expect(byFile.get(join(pagesDir, 'one.html'))?.title).toBe('Council approves tram budget');
    expect(byFile.get(join(pagesDir, 'world', 'asia', 'four.xhtml'))?.title).toBe('Election results are in');
    expect(byFile.get(join(pagesDir, 'world', 'dump.txt'))).not.toHaveProperty('error');
    expect(byFile.get(join(pagesDir, 'empty.html'))?.error).toMatchObject({ kind: 'empty' });
    expect(byFile.get(join(pagesDir, 'binary.html'))?.error).toMatchObject({ kind: 'binary' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/newsclean: 7 pages, 5 ok, 2 errors \((?=.*empty 1)(?=.*binary 1).*\), 0 spam pages/);
  });

  it('exits 0 when every page is clean, in-process too (--jobs 0)', async () => {
    const { code, stdout } = await runCli(['--jobs', '0', join(pagesDir, 'one.html'), join(pagesDir, 'two.htm')]);
    expect(code).toBe(0);
    expect(
      parseJsonl(stdout)
        .map((r) => r.title)
        .sort(),
    ).toEqual(['Council approves tram budget', 'Harbour bridge reopens']);
  });

  it('expands globs itself', async () => {
    const { code, stdout } = await runCli(['--jobs', '1', join(pagesDir, '**', '*.{shtml,xhtml}')]);
    expect(code).toBe(0);
    expect(
      parseJsonl(stdout)
        .map((r) => r.title)
        .sort(),
    ).toEqual(['Election results are in', 'Floods in the north']);
  });

  it('reads paths from stdin with "-"', async () => {
    const list = `${join(pagesDir, 'two.htm')}\n\n${join(pagesDir, 'world')}\n`;
    const { code, stdout } = await runCli(['--jobs', '1', '--ordered', '-'], list);
    expect(code).toBe(0);
    expect(parseJsonl(stdout).map((r) => r.file)).toEqual([
      join(pagesDir, 'two.htm'),
      // --ordered walks a directory in sorted path order
      ...['asia/four.xhtml', 'dump.txt', 'three.shtml'].map((name) => join(pagesDir, 'world', name)),
    ]);
  });

  it('reads one page from stdin with --stdin-page and --url', async () => {
    const url = 'https://news.example.com/2024/05/03/tram.html';
    const { code, stdout } = await runCli(['--stdin-page', '--url', url], newsPage('Tram line delayed'));
    expect(code).toBe(0);
    const [record] = parseJsonl(stdout);
    expect(record).toMatchObject({ file: '-', url, title: 'Tram line delayed' });
  });

  it('--utc writes dates as UTC instants', async () => {
    const page = newsPage('Tram line delayed').replace(
      '<title>',
      '<meta property="article:published_time" content="2024-05-03T01:30:00+02:00"><title>',
    );
    const local = parseJsonl((await runCli(['--stdin-page'], page)).stdout)[0];
    const utc = parseJsonl((await runCli(['--stdin-page', '--utc'], page)).stdout)[0];
    expect(local).toMatchObject({ date: '2024-05-03T01:30:00+02:00' });
    expect(utc).toMatchObject({ date: '2024-05-02T23:30:00Z' });
  });

  it('creates missing directories for --out and --stats (npm start on a fresh checkout)', async () => {
    const out = join(dir, 'new', 'deeper', 'articles.jsonl');
    const stats = join(dir, 'new', 'stats', 'run.json');
    const { code } = await runCli(['--jobs', '0', '--out', out, '--stats', stats, join(pagesDir, 'one.html')]);
    expect(code).toBe(0);
    expect(parseJsonl(await readFile(out, 'utf8'))[0]!.title).toBe('Council approves tram budget');
    expect(JSON.parse(await readFile(stats, 'utf8')).pages).toBe(1);
  });

  it('writes --stats as JSON', async () => {
    const stats = join(dir, 'stats.json');
    await runCli(['--jobs', '2', '--stats', stats, pagesDir]);
    const written = JSON.parse(await readFile(stats, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ pages: 7, ok: 5, errors: { empty: 1, binary: 1 }, spamPages: 0, skipped: 0 });
    expect(written.bytes).toBeGreaterThan(1000);
    expect(typeof written.seconds).toBe('number');
    expect(typeof written.pagesPerSecond).toBe('number');
  });
});

describe('--ordered', () => {
  it('keeps the input order even when early pages are slower', async () => {
    const orderedDir = join(dir, 'ordered');
    await mkdir(orderedDir, { recursive: true });
    const files: string[] = [];
    for (let i = 0; i < 24; i++) {
      const file = join(orderedDir, `p${String(i).padStart(2, '0')}.html`);
      // Every fourth page is much larger, so later small pages finish first on another worker.
      await writeFile(file, newsPage(`Page ${i}`, i % 4 === 0 ? 300 : 2));
      files.push(file);
    }
    const { code, stdout } = await runCli(['--jobs', '2', '--ordered', ...files]);
    expect(code).toBe(0);
    expect(parseJsonl(stdout).map((r) => r.file)).toEqual(files);
  });
});

describe('--format for a single page', () => {
  const title = 'Harbour bridge reopens';
  const file = () => join(pagesDir, 'two.htm');

  it('json: the pretty Article', async () => {
    const { code, stdout } = await runCli(['--format', 'json', '--url', 'https://example.com/a.html', file()]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\{\n {2}"/);
    expect(JSON.parse(stdout)).toMatchObject({ title, url: 'https://example.com/a.html' });
  });

  it('text: title, metadata lines, then the text', async () => {
    const { code, stdout } = await runCli(['--format', 'text', '--url', 'https://example.com/a.html', file()]);
    expect(code).toBe(0);
    const [first, ...rest] = stdout.split('\n');
    expect(first).toBe(title);
    expect(rest).toContain('URL: https://example.com/a.html');
    expect(stdout).toContain('paragraph 1 of the report');
  });

  it('markdown: # title, metadata, paragraphs', async () => {
    const { code, stdout } = await runCli(['--format', 'markdown', file()]);
    expect(code).toBe(0);
    expect(stdout.startsWith(`# ${title}\n\n`)).toBe(true);
    expect(stdout).toContain('paragraph 1 of the report');
  });

  it('html: a small standalone document', async () => {
    const { code, stdout } = await runCli(['--format', 'html', file()]);
    expect(code).toBe(0);
    expect(stdout.startsWith('<!doctype html>')).toBe(true);
    expect(stdout).toContain(`<title>${title}</title>`);
    expect(stdout).toContain(`<h1>${title}</h1>`);
    expect(stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('a failed page goes to stderr with exit 1', async () => {
    const { code, stdout, stderr } = await runCli(['--format', 'text', join(pagesDir, 'empty.html')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('empty.html: empty:');
  });

  it('is refused for a directory without --out-dir (exit 2)', async () => {
    const { code, stderr } = await runCli(['--format', 'text', pagesDir]);
    expect(code).toBe(2);
    expect(stderr).toContain('needs --out-dir');
  });
});

describe('--out and --out-dir', () => {
  it('--out writes the JSONL to a file', async () => {
    const out = join(dir, 'out.jsonl');
    const { code, stdout } = await runCli(['--jobs', '1', '--out', out, join(pagesDir, 'one.html')]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(parseJsonl(await readFile(out, 'utf8'))).toMatchObject([
      { file: join(pagesDir, 'one.html'), title: 'Council approves tram budget' },
    ]);
  });

  it('--out-dir writes one JSON file per page, with safe names unique even when paths reduce alike', async () => {
    const clash = join(dir, 'clash');
    await mkdir(join(clash, 'a'), { recursive: true });
    await writeFile(join(clash, 'a', 'x.html'), newsPage('Nested x'));
    await writeFile(join(clash, 'a_x.html'), newsPage('Flat x'));
    await writeFile(join(clash, 'empty.html'), '');
    const outDir = join(dir, 'per-page');
    const { code } = await runCli(['--jobs', '2', '--out-dir', outDir, clash]);
    expect(code).toBe(1);
    const names = await readdir(outDir);
    expect(names).toHaveLength(3);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9._-]+\.json$/);
    const records = await Promise.all(
      names.map(async (name) => JSON.parse(await readFile(join(outDir, name), 'utf8')) as Record<string, unknown>),
    );
    expect(records.map((r) => r.file).sort()).toEqual(
      [join(clash, 'a', 'x.html'), join(clash, 'a_x.html'), join(clash, 'empty.html')].sort(),
    );
    expect(records.find((r) => r.file === join(clash, 'a', 'x.html'))?.title).toBe('Nested x');
    expect(records.find((r) => r.file === join(clash, 'empty.html'))?.error).toMatchObject({ kind: 'empty' });
  });
});

describe('usage errors exit 2', () => {
  it('no input', async () => {
    const { code, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stderr).toContain('no input');
  });

  it('a path that does not exist', async () => {
    const { code, stderr } = await runCli([join(dir, 'nope.html')]);
    expect(code).toBe(2);
    expect(stderr).toContain('no such file');
  });

  it('a directory with no pages', async () => {
    const empty = join(dir, 'no-pages');
    await mkdir(empty, { recursive: true });
    await writeFile(join(empty, 'notes.md'), '# not a page');
    const { code, stdout, stderr } = await runCli([empty]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no input pages found');
  });

  it('a bad option value, and conflicting options', async () => {
    expect((await runCli(['--jobs', 'many', pagesDir])).code).toBe(2);
    expect((await runCli(['--out', 'a.jsonl', '--out-dir', 'b', pagesDir])).code).toBe(2);
    expect((await runCli(['--resume', pagesDir])).code).toBe(2);
    expect((await runCli(['--url', 'https://example.com/', pagesDir])).code).toBe(2);
  });

  it('an invalid --rules file', async () => {
    const rules = join(dir, 'rules.json');
    await writeFile(rules, '{"hosts": "not an array"}');
    const { code, stderr } = await runCli(['--rules', rules, pagesDir]);
    expect(code).toBe(2);
    expect(stderr).toContain('--rules');
  });
});

describe('options passed to extract', () => {
  it('accepts --rules, --spam-keywords and --debug', async () => {
    const rules = join(dir, 'good-rules.json');
    await writeFile(rules, JSON.stringify([{ hosts: ['example.com'], fields: { title: 'h1' } }]));
    const keywords = join(dir, 'keywords.txt');
    await writeFile(keywords, 'casino\n\nonline betting\n');
    const { code, stdout } = await runCli([
      '--rules',
      rules,
      '--spam-keywords',
      keywords,
      '--debug',
      '--url',
      'https://example.com/a.html',
      join(pagesDir, 'one.html'),
    ]);
    expect(code).toBe(0);
    expect(parseJsonl(stdout)[0]).toMatchObject({ title: 'Council approves tram budget', url: 'https://example.com/a.html' });
  });

  it('--spam-only keeps only pages with injected spam (the others still count)', async () => {
    const hosts = ['spam-one.top', 'spam-two.cn', 'spam-three.com.cn', 'spam-four.cc'];
    const labels = [
      '无码视频在线观看',
      '中文字幕亚洲精品无码',
      '亚洲AV永久无码精品',
      '国产精品无码专区',
      '日韩精品无码一本二本',
      '免费在线观看高清',
    ];
    const links = Array.from(
      { length: 24 },
      (_, i) => `<a href="http://www.${hosts[i % hosts.length]}/${i}.html" target="_blank">${labels[i % labels.length]}</a>`,
    ).join('| ');
    const spammy = join(dir, 'spammy.html');
    await writeFile(spammy, newsPage('Council approves tram budget').replace('</footer>', `</footer>\n<div class="links">${links}</div>`));
    const { code, stdout, stderr } = await runCli([
      '--jobs',
      '2',
      '--spam-only',
      spammy,
      join(pagesDir, 'one.html'),
      join(pagesDir, 'two.htm'),
    ]);
    expect(code).toBe(0);
    const records = parseJsonl(stdout);
    expect(records.map((r) => r.file)).toEqual([spammy]);
    expect(records[0]).toMatchObject({ title: 'Council approves tram budget', spam: { detected: true } });
    expect(stderr).toContain('3 pages, 3 ok, 0 errors, 1 spam pages');
  });
});

describe('help and subcommands', () => {
  it('--help documents inputs and exit codes and exits 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: newsclean');
    expect(stdout).toMatch(/Exit codes:[\s\S]*0 {2}every page[\s\S]*1 {2}some pages failed[\s\S]*2 {2}usage error/);
    for (const option of [
      '--out',
      '--out-dir',
      '--resume',
      '--format',
      '--jobs',
      '--timeout',
      '--max-worker-mb',
      '--ordered',
      '--stats',
      '--spam-only',
      '--stdin-page',
    ]) {
      expect(stdout).toContain(option);
    }
  });

  it('queue is handed to the queue module (or reported missing)', async () => {
    const { code, stdout, stderr } = await runCli(['queue', '--help']);
    if (existsSync(join(ROOT, 'dist', 'queue', 'cli.js'))) {
      expect(code).toBe(0);
      expect(stdout).toContain('push');
    } else {
      expect(code).toBe(2);
      expect(stderr).toContain('queue subcommand is not available');
    }
  });
});
