/**
 * Pages that try to break a batch: none may stop it, lose its record, or spoil the pages around it.
 * Speeds are not asserted; the limits are set so that only the hostile page can reach them.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, newsPage, parseJsonl, runCli, tempDir } from './batch-helpers.js';

const KNOWN_KINDS = ['empty', 'binary', 'too-large', 'decode', 'parse', 'extract', 'read', 'timeout', 'memory', 'worker'];

/** About `megabytes` of article paragraphs under one <article>: slow to parse and to score. */
function hugePage(title: string, megabytes: number): string {
  const paragraph = '<p>Paragraph of a long report about the council budget and the tram line, with many words to read.</p>\n';
  const count = Math.ceil((megabytes * 1024 * 1024) / paragraph.length);
  return `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>\n${paragraph.repeat(count)}</article></body></html>`;
}

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  assertBuilt();
  dir = await tempDir();
  for (const n of [1, 2, 3]) await writeFile(path(`normal-${n}.html`), newsPage(`Normal story ${n}`));
  await writeFile(path('empty.html'), '');
  const binary = new Uint8Array(8192).map((_, i) => (i * 131 + 7) % 256);
  binary.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]); // an ELF header
  await writeFile(path('binary.html'), binary);
  const whole = newsPage('Truncated story', 12);
  await writeFile(path('truncated.html'), whole.slice(0, Math.floor(whole.length * 0.6)).replace(/>[^<]*$/, ' class="cut-he'));
  await writeFile(path('20mb.html'), hugePage('Twenty megabytes', 20));
  await writeFile(
    path('nested.html'),
    `<html><head><title>Nested</title></head><body>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}</body></html>`,
  );
  await writeFile(
    path('broken-css.html'),
    newsPage('Broken style story').replace(
      '</head>',
      '<style>body { color: red;; @media screen {{{ .x { background: url("unterminated } } p::before { content: "\\</style>',
    ),
  );
  const invalid = Buffer.from(newsPage('Invalid bytes story'), 'utf8');
  const at = invalid.indexOf('paragraph 2');
  invalid.set([0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xa1, 0xe2, 0x82], at); // invalid UTF-8 sequences inside the body
  await writeFile(path('invalid-bytes.html'), invalid);
  await writeFile(path('12mb.html'), hugePage('Twelve megabytes', 12));
  await writeFile(path('15mb.html'), hugePage('Fifteen megabytes', 15));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a hostile set in one batch', () => {
  it('yields one record each, errors for the unusable ones, and clean results for the normal pages', async () => {
    const names = [
      'normal-1.html',
      'empty.html',
      'binary.html',
      'truncated.html',
      '20mb.html',
      'nested.html',
      'normal-2.html',
      'broken-css.html',
      'invalid-bytes.html',
      'normal-3.html',
    ];
    // 4 s is far above what a normal page takes, and keeps the test short if the nesting is slow to parse.
    const { code, stdout, stderr } = await runCli(['--jobs', '2', '--ordered', '--timeout', '4000', ...names.map(path)]);
    const records = parseJsonl(stdout);
    expect(records.map((r) => r.file)).toEqual(names.map(path));
    const byName = new Map(records.map((r) => [String(r.file).slice(dir.length + 1), r]));

    for (const n of [1, 2, 3]) expect(byName.get(`normal-${n}.html`)).toMatchObject({ title: `Normal story ${n}` });
    expect(byName.get('normal-1.html')?.text).toContain('paragraph 4 of the report');
    expect(byName.get('empty.html')?.error).toMatchObject({ kind: 'empty' });
    expect(byName.get('binary.html')?.error).toMatchObject({ kind: 'binary' });
    expect(byName.get('truncated.html')).toMatchObject({ title: 'Truncated story' });
    expect(byName.get('broken-css.html')).toMatchObject({ title: 'Broken style story' });
    expect(byName.get('invalid-bytes.html')).toMatchObject({ title: 'Invalid bytes story' });
    expect(byName.get('invalid-bytes.html')?.text).toContain('paragraph 3 of the report');
    for (const name of ['20mb.html', 'nested.html']) {
      const record = byName.get(name) as { error?: { kind: string }; text?: string };
      // An error of a known kind, or an article (possibly empty): never a crash or a missing record.
      if (record.error) expect(KNOWN_KINDS).toContain(record.error.kind);
      else expect(typeof record.text).toBe('string');
    }
    expect(code).toBe(1);
    expect(stderr).toMatch(/newsclean: 10 pages/);
  });
});

describe('guards', () => {
  it('a page over --timeout becomes a timeout error; its worker is replaced and the batch goes on', async () => {
    // Fifteen megabytes of paragraphs (under the 16 MB input limit) take about 4 s here; a normal page a few ms.
    const names = ['normal-1.html', '15mb.html', 'normal-2.html', 'normal-3.html'];
    // One worker: the pages after the huge one can only be done by the replacement worker.
    const { code, stdout } = await runCli(['--jobs', '1', '--ordered', '--timeout', '2000', ...names.map(path)]);
    const records = parseJsonl(stdout);
    expect(records.map((r) => r.file)).toEqual(names.map(path));
    expect(records[1]?.error).toMatchObject({ kind: 'timeout' });
    expect(records.filter((r) => r !== records[1]).map((r) => r.title)).toEqual(['Normal story 1', 'Normal story 2', 'Normal story 3']);
    expect(code).toBe(1);
  });

  it('a page that runs its worker out of heap becomes a memory error; the batch goes on', async () => {
    const names = ['normal-1.html', '12mb.html', 'normal-2.html'];
    const { code, stdout } = await runCli([
      '--jobs',
      '1',
      '--ordered',
      '--max-worker-mb',
      '128',
      '--timeout',
      '120000',
      ...names.map(path),
    ]);
    const records = parseJsonl(stdout);
    expect(records.map((r) => r.file)).toEqual(names.map(path));
    expect(records[1]?.error).toMatchObject({ kind: 'memory' });
    expect([records[0]?.title, records[2]?.title]).toEqual(['Normal story 1', 'Normal story 2']);
    expect(code).toBe(1);
  });
});
