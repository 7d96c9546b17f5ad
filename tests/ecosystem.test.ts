/**
 * Fitting the ecosystem (issue 11): the package's surface (exports, optional queue stack, hygiene files,
 * source and declaration maps, doc comments), manifests, batch output in every format, and a CLI that
 * behaves the same way everywhere (option names, exit codes, `file` kept, sorted --ordered, -0, EPIPE).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, CLI, newsPage, parseJsonl, ROOT, runCli, tempDir } from './batch-helpers.js';
import { readManifest } from '../src/manifest.js';

// biome-ignore lint/suspicious/noExplicitAny: package.json is read as loose JSON
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, any>;

describe('package', () => {
  it('does not install the queue stack or jsdom: bullmq, ioredis and jsdom are optional peers', () => {
    expect(Object.keys(pkg.dependencies)).not.toContain('bullmq');
    expect(Object.keys(pkg.dependencies)).not.toContain('ioredis');
    expect(Object.keys(pkg.dependencies)).not.toContain('jsdom');
    expect(pkg.peerDependenciesMeta).toEqual({ bullmq: { optional: true }, ioredis: { optional: true }, jsdom: { optional: true } });
    // the queue tests and the dom: 'jsdom' tests run
    expect(Object.keys(pkg.devDependencies)).toEqual(expect.arrayContaining(['bullmq', 'ioredis', 'jsdom']));
  });

  it('exports the root and the queue library, and ships LICENSE, CHANGELOG and the sources its maps name', () => {
    expect(Object.keys(pkg.exports)).toEqual(['.', './queue', './package.json']);
    for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md']) {
      expect(existsSync(join(ROOT, file))).toBe(true);
      expect(pkg.files).toContain(file);
    }
    expect(pkg.files).toContain('src');
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toContain(`## ${pkg.version}`);
    expect(pkg.keywords.length).toBeGreaterThan(3);
    expect(pkg.sideEffects).toBe(false);
  });

  it('states one Node floor, the one engines gives, and has an install section', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const floor = (pkg.engines.node as string).replace('>=', '');
    expect(readme).toMatch(/^## Install/m);
    expect(readme).toContain(`Node ${floor}`);
    expect(readme).not.toMatch(/Node 20 or newer/);
  });

  it('claims bundled site rules only if there are some', () => {
    const bundled = JSON.parse(readFileSync(join(ROOT, 'src', 'rules', 'sites.json'), 'utf8')) as unknown[];
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    if (bundled.length === 0) {
      expect(readme).not.toMatch(/bundled ones in `src\/rules\/sites\.json`/);
      expect(readme).toContain('No rules are bundled');
    }
  });

  it('builds source maps that carry their sources, and declaration maps', () => {
    assertBuilt();
    const map = JSON.parse(readFileSync(join(ROOT, 'dist', 'extract.js.map'), 'utf8')) as { sourcesContent?: string[] };
    expect(map.sourcesContent?.[0]).toContain('export function extract(');
    expect(existsSync(join(ROOT, 'dist', 'extract.d.ts.map'))).toBe(true);
  });

  it('exports the batch types and renderers from the root, the queue library from newsclean/queue', async () => {
    const root = await import('newsclean');
    for (const name of ['extract', 'extractMany', 'BatchRun', 'isErrorRecord', 'toMarkdown', 'toText', 'toHtml']) {
      expect(typeof (root as Record<string, unknown>)[name], name).toBe('function');
    }
    const queue = await import('newsclean/queue');
    for (const name of ['pushUnits', 'runWorker', 'getStatus', 'FsReader']) {
      expect(typeof (queue as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('documents every exported function of the root and every Article field', () => {
    const program = ts.createProgram([join(ROOT, 'src', 'index.ts')], {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
    });
    const checker = program.getTypeChecker();
    const index = program.getSourceFile(join(ROOT, 'src', 'index.ts'))!;
    const undocumented: string[] = [];
    for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(index)!)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      if (
        target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class) &&
        !ts.displayPartsToString(target.getDocumentationComment(checker))
      ) {
        undocumented.push(symbol.name);
      }
      if (symbol.name === 'Article') {
        for (const field of checker.getDeclaredTypeOfSymbol(target).getProperties()) {
          if (!ts.displayPartsToString(field.getDocumentationComment(checker))) undocumented.push(`Article.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});

/** Runs `node [nodeArgs] bin/newsclean.cjs args` with stdin closed. */
function runNode(nodeArgs: string[], args: string[], cwd = ROOT): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the queue without bullmq/ioredis installed', () => {
  let dir = '';
  beforeAll(async () => {
    assertBuilt();
    dir = await tempDir();
    // A resolve hook that makes the queue packages unresolvable, as on an install without them.
    await writeFile(
      join(dir, 'hooks.mjs'),
      `export async function resolve(specifier, context, next) {
  if (specifier === 'bullmq' || specifier === 'ioredis') {
    const err = new Error(\`Cannot find package '\${specifier}' imported from \${context.parentURL}\`);
    err.code = 'ERR_MODULE_NOT_FOUND';
    throw err;
  }
  return next(specifier, context);
}\n`,
    );
    await writeFile(join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
    await writeFile(join(dir, 'page.html'), newsPage('Harbour bridge reopens'));
  });

  it('newsclean queue … says in one line what to install, exit 2', async () => {
    const { code, stderr } = await runNode(['--import', join(dir, 'register.mjs')], ['queue', 'status']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('npm install bullmq ioredis')]);
  });

  it('the library and the page CLI work without them', async () => {
    const { code, stdout } = await runNode(['--import', join(dir, 'register.mjs')], ['--jobs', '0', join(dir, 'page.html')]);
    expect(code).toBe(0);
    expect(parseJsonl(stdout)[0]).toMatchObject({ title: 'Harbour bridge reopens' });
  });
});

describe('queue work takes the same extraction options; usage errors exit 2', () => {
  it('lists --rules, --spam-keywords, --utc, --captured-at, --max-worker-mb, --debug, --timeout', async () => {
    const { code, stdout } = await runCli(['queue', 'work', '--help']);
    expect(code).toBe(0);
    for (const option of [
      '--rules',
      '--spam-keywords',
      '--utc',
      '--captured-at',
      '--max-worker-mb',
      '--debug',
      '--timeout ',
      '--no-images',
      '--no-tables',
    ])
      expect(stdout).toContain(option);
  });

  it('exits 2 on a usage error, as the main CLI does', async () => {
    expect((await runCli(['queue', 'work'])).code).toBe(2); // no --out-dir
    expect((await runCli(['queue', 'nonsense'])).code).toBe(2);
    const missingRules = await runCli(['queue', 'work', '--out-dir', join(ROOT, 'out', 'never'), '--rules', '/nonexistent/rules.json']);
    expect(missingRules.code).toBe(2);
    expect(missingRules.stderr).toContain('--rules /nonexistent/rules.json');
  });

  it('--timeout-ms stays an alias of --timeout in both', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.html'), newsPage('Harbour bridge reopens'));
    for (const option of ['--timeout', '--timeout-ms']) {
      const { code, stdout } = await runCli(['--jobs', '1', option, '5000', join(dir, 'a.html')]);
      expect(code, option).toBe(0);
      expect(parseJsonl(stdout)).toHaveLength(1);
    }
    expect((await runCli(['--timeout', '0', join(dir, 'a.html')])).code).toBe(2);
  });
});

describe('batch output in every format', () => {
  let dir = '';
  beforeAll(async () => {
    assertBuilt();
    dir = await tempDir();
    await mkdir(join(dir, 'pages', 'a'), { recursive: true });
    await writeFile(join(dir, 'pages', 'a', 'x.html'), newsPage('Harbour bridge reopens'));
    await writeFile(join(dir, 'pages', 'a_x.html'), newsPage('Tram line approved'));
  });

  for (const [format, ext, marker] of [
    ['markdown', 'md', '# '],
    ['text', 'txt', ''],
    ['html', 'html', '<!doctype html>'],
    ['json', 'json', '{'],
  ] as const) {
    it(`--format ${format} --out-dir writes one .${ext} file per page, names unique and derived from the input`, async () => {
      const out = join(dir, `out-${format}`);
      const { code } = await runCli(['--jobs', '1', '--format', format, '--out-dir', out, join(dir, 'pages')]);
      expect(code).toBe(0);
      const names = (await readdir(out)).sort();
      expect(names).toHaveLength(2);
      for (const name of names) expect(name).toMatch(new RegExp(`x\\.html\\.[0-9a-f]{12}\\.${ext}$`));
      const texts = await Promise.all(names.map((n) => readFile(join(out, n), 'utf8')));
      for (const t of texts) expect(t.startsWith(marker)).toBe(true);
      expect(texts.join('\n')).toContain('Harbour bridge reopens');
      expect(texts.join('\n')).toContain('Tram line approved');
      if (format !== 'json') expect(texts.join('\n')).toContain(join(dir, 'pages', 'a', 'x.html')); // `file` kept
    });
  }

  it('--resume with --format markdown --out-dir writes only the missing pages', async () => {
    const out = join(dir, 'out-resume');
    expect((await runCli(['--jobs', '1', '--format', 'markdown', '--out-dir', out, join(dir, 'pages')])).code).toBe(0);
    const [first, second] = (await readdir(out)).sort();
    await writeFile(join(out, first!), 'kept\n');
    await rm(join(out, second!));
    const again = await runCli(['--jobs', '1', '--format', 'markdown', '--out-dir', out, '--resume', join(dir, 'pages')]);
    expect(again.code).toBe(0);
    expect(await readFile(join(out, first!), 'utf8')).toBe('kept\n');
    expect(await readFile(join(out, second!), 'utf8')).toMatch(/^# /);
  });

  it('--format json for one page keeps `file`', async () => {
    const file = join(dir, 'pages', 'a_x.html');
    const { code, stdout } = await runCli(['--format', 'json', file]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ file, title: 'Tram line approved' });
  });
});

describe('--manifest: pages with their URLs', () => {
  it('reads JSONL and CSV lines (header optional, quotes), and names bad lines', () => {
    expect(
      readManifest(
        'file,url\na.html,https://example.com/a\n"b,c.html","https://example.com/b?x=1"\n{"file":"d.html","url":"https://example.com/d"}\ne.html\n',
      ),
    ).toEqual([
      { file: 'a.html', url: 'https://example.com/a' },
      { file: 'b,c.html', url: 'https://example.com/b?x=1' },
      { file: 'd.html', url: 'https://example.com/d' },
      { file: 'e.html' },
    ]);
    expect(() => readManifest('a.html,https://example.com/a\nb.html,not a url')).toThrow(/line 2: not an absolute URL/);
    expect(() => readManifest('{"url":"https://example.com/a"}')).toThrow(/line 1: "file"/);
  });

  it('reads a capture time after the URL and gives it to the page, so a date shown as `3小时前` is read', async () => {
    expect(
      readManifest(
        'file,url,captured_at\na.html,https://example.com/a,2024-03-05T06:30:00Z\n{"file":"b.html","capturedAt":"2024-03-06"}\n',
      ),
    ).toEqual([
      { file: 'a.html', url: 'https://example.com/a', capturedAt: '2024-03-05T06:30:00Z' },
      { file: 'b.html', capturedAt: '2024-03-06' },
    ]);
    expect(() => readManifest('a.html,https://example.com/a,last tuesday')).toThrow(/line 1: not an ISO 8601/);
    const dir = await tempDir();
    const page =
      '<html lang="zh-CN"><head><meta charset="utf-8"><title>城市轨道交通新线开通</title></head><body><h1>城市轨道交通新线开通</h1>' +
      `<div class="info">3小时前 来源：某某日报</div><p>${'本报讯 今天上午，城市轨道交通新线正式开通运营，沿线居民出行更加方便。'.repeat(3)}</p></body></html>`;
    await writeFile(join(dir, 'a.html'), page);
    await writeFile(join(dir, 'pages.csv'), 'a.html,https://example.com/a.html,2024-03-05T06:30:00Z\n');
    const { code, stdout } = await runCli(['--jobs', '1', '--manifest', join(dir, 'pages.csv')]);
    expect(code).toBe(0);
    expect(parseJsonl(stdout)).toMatchObject([{ date: '2024-03-05T11:30:00+08:00' }]);
  });

  it('gives batch pages their URL (from a file, relative to it, or on stdin), so URL dates apply', async () => {
    const dir = await tempDir();
    const html = newsPage('Harbour bridge reopens').replace(/<footer>[^<]*<\/footer>/, '');
    await writeFile(join(dir, 'a.html'), html);
    await writeFile(join(dir, 'b.html'), html);
    await writeFile(
      join(dir, 'pages.csv'),
      'file,url\na.html,https://example.com/2024/05/03/a.html\nb.html,https://example.com/2023/01/09/b.html\n',
    );
    const fromFile = await runCli(['--jobs', '1', '--ordered', '--manifest', join(dir, 'pages.csv')]);
    expect(fromFile.code).toBe(0);
    expect(parseJsonl(fromFile.stdout).map((r) => [r.file, r.url, (r.date as string).slice(0, 10)])).toEqual([
      [join(dir, 'a.html'), 'https://example.com/2024/05/03/a.html', '2024-05-03'],
      [join(dir, 'b.html'), 'https://example.com/2023/01/09/b.html', '2023-01-09'],
    ]);
    const jsonl = `{"file":"a.html","url":"https://example.com/2024/05/03/a.html"}\n`;
    const fromStdin = await runCli(['--jobs', '1', '--manifest', '-'], jsonl, dir);
    expect(parseJsonl(fromStdin.stdout)).toMatchObject([{ file: 'a.html', url: 'https://example.com/2024/05/03/a.html' }]);
    const pathList = await runCli(['--jobs', '1', '-'], jsonl, dir);
    expect(parseJsonl(pathList.stdout)).toMatchObject([{ file: 'a.html', url: 'https://example.com/2024/05/03/a.html' }]);
    const bad = await runCli(['--manifest', join(dir, 'missing.csv')]);
    expect(bad.code).toBe(2);
  });
});

describe('path lists and order', () => {
  it('--ordered walks a directory in sorted path order', async () => {
    const dir = await tempDir();
    const names = ['b.html', 'a.html', 'c/z.html', 'c.html', 'a b.html', 'B.html', 'c/a.html', 'd.html', 'aa.html', 'e/f/g.html'];
    for (const name of [...names].sort()) {
      // creation order differs from the walk on tmpfs (newest first)
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), newsPage(name));
    }
    const { code, stdout } = await runCli(['--jobs', '2', '--ordered', dir]);
    expect(code).toBe(0);
    const files = parseJsonl(stdout).map((r) => (r.file as string).slice(dir.length + 1));
    expect(files).toEqual([...names].sort());
  });

  it('-0 reads NUL-separated paths (names may hold newlines)', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'one.html'), newsPage('One'));
    await writeFile(join(dir, 'two\nlines.html'), newsPage('Two'));
    const { code, stdout } = await runCli(
      ['--jobs', '1', '--ordered', '-0', '-'],
      `${join(dir, 'one.html')}\0${join(dir, 'two\nlines.html')}\0`,
    );
    expect(code).toBe(0);
    expect(parseJsonl(stdout).map((r) => r.file)).toEqual([join(dir, 'one.html'), join(dir, 'two\nlines.html')]);
    expect((await runCli(['-0', dir])).code).toBe(2); // -0 is for a path list on stdin
  });

  it('exits 0 when the reader of stdout goes away (also with 2>&1)', async () => {
    const dir = await tempDir();
    const page = join(dir, 'page.html');
    await writeFile(page, newsPage('Harbour bridge reopens', 20));
    for (const args of ['', '--format text']) {
      const code = await new Promise<number | null>((resolve) => {
        const child = spawn('bash', ['-c', `node "${CLI}" "${page}" ${args} 2>&1 | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`]);
        child.on('close', resolve);
      });
      expect(code, args).toBe(0);
    }
  });
});

describe('the packed tarball', () => {
  it('holds dist, the sources its maps name, and the docs; no tests, fixtures or scripts; no install script', async () => {
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
      const child = spawn('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (c: string) => {
        out += c;
      });
      child.on('error', reject);
      child.on('close', () => resolve({ stdout: out }));
    });
    const files = (JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    for (const file of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/index.d.ts.map',
      'dist/queue/index.js',
      'dist/cli.js',
      'dist/cli.bundle.cjs',
      'bin/newsclean.cjs',
      'src/extract.ts',
      'LICENSE',
      'CHANGELOG.md',
      'README.md',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files.filter((f) => /^(tests|fixtures|scripts|eval)\//.test(f))).toEqual([]);
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[script], script).toBeUndefined();
  });
});
