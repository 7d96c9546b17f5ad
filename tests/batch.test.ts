import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchRun, ExtractPool, extractMany, isErrorRecord, type BatchRecord, type PageInput } from '../src/batch/index.js';
import { identityKey, identityKeyOfLine } from '../src/batch/identity.js';
import { outDirFileName } from '../src/batch/output.js';
import { truncateToLastLine } from '../src/batch/resume.js';
import { formatArticle, metadataRows } from '../src/batch/format.js';
import type { Article } from '../src/types.js';
import { assertBuilt, newsPage, tempDir } from './batch-helpers.js';

let dir: string;

beforeAll(async () => {
  assertBuilt(); // the pool's workers run dist/batch/worker.js
  dir = await tempDir();
  await mkdir(join(dir, 'site', 'deep'), { recursive: true });
  for (let i = 0; i < 6; i++) await writeFile(join(dir, 'site', `a${i}.html`), newsPage(`Story ${i}`));
  await writeFile(join(dir, 'site', 'deep', 'b.htm'), newsPage('Deep story'));
  await writeFile(join(dir, 'site', 'deep', 'notes.md'), 'not a page');
});

afterAll(() => rm(dir, { recursive: true, force: true }));

async function collect(records: AsyncIterable<BatchRecord>): Promise<BatchRecord[]> {
  const out: BatchRecord[] = [];
  for await (const record of records) out.push(record);
  return out;
}

const titleOf = (record: BatchRecord) => (isErrorRecord(record) ? null : record.title);

describe('extractMany', () => {
  it('expands directories recursively (page extensions only) in workers and in-process alike', async () => {
    const expected = [...Array.from({ length: 6 }, (_, i) => `Story ${i}`), 'Deep story'].sort();
    for (const jobs of [0, 2]) {
      const records = await collect(extractMany([join(dir, 'site')], { jobs }));
      expect(records.map(titleOf).sort()).toEqual(expected);
      expect(new Set(records.map((r) => r.file)).size).toBe(7);
    }
  });

  it('takes PageInputs: bytes with their url and content type, and files', async () => {
    const inputs: PageInput[] = [
      {
        kind: 'bytes',
        id: 'mem-1',
        bytes: new TextEncoder().encode(newsPage('From memory')),
        url: 'https://example.com/m/1',
        contentType: 'text/html; charset=utf-8',
      },
      { kind: 'file', path: join(dir, 'site', 'a1.html'), url: 'https://example.com/a1' },
    ];
    const records = await collect(extractMany(inputs, { jobs: 1, ordered: true }));
    expect(records).toMatchObject([
      { file: 'mem-1', url: 'https://example.com/m/1', title: 'From memory' },
      { file: join(dir, 'site', 'a1.html'), url: 'https://example.com/a1', title: 'Story 1' },
    ]);
  });

  it("leaves the caller's bytes intact (they are copied, not transferred)", async () => {
    const bytes = new TextEncoder().encode(newsPage('Kept bytes'));
    await collect(extractMany([{ kind: 'bytes', id: 'keep', bytes }], { jobs: 1 }));
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(new TextDecoder().decode(bytes)).toContain('Kept bytes');
  });

  it('accepts an async iterable of inputs and reports unreadable paths as read errors', async () => {
    async function* inputs() {
      yield join(dir, 'site', 'a0.html');
      yield join(dir, 'missing.html');
    }
    const records = await collect(extractMany(inputs(), { jobs: 1, ordered: true }));
    expect(records[0]).toMatchObject({ file: join(dir, 'site', 'a0.html'), title: 'Story 0' });
    expect(records[1]).toMatchObject({ file: join(dir, 'missing.html'), error: { kind: 'read' } });
  });

  it('keeps input order with ordered: true', async () => {
    const files: string[] = [];
    for (let i = 0; i < 16; i++) {
      const file = join(dir, `order-${i}.html`);
      await writeFile(file, newsPage(`Ordered ${i}`, i % 5 === 0 ? 250 : 1));
      files.push(file);
    }
    const records = await collect(extractMany(files, { jobs: 2, ordered: true }));
    expect(records.map((r) => r.file)).toEqual(files);
  });

  it('skips pages the caller already has, before reading them', async () => {
    const done = new Set([identityKey({ file: join(dir, 'site', 'a2.html') }), identityKey({ file: join(dir, 'site', 'a3.html') })]);
    const run = new BatchRun([join(dir, 'site')], { jobs: 1, skip: (identity) => done.has(identityKey(identity)) });
    const records = await collect(run.records());
    expect(records).toHaveLength(5);
    expect(records.map((r) => r.file)).not.toContain(join(dir, 'site', 'a2.html'));
    expect(run.stats).toMatchObject({ pages: 5, ok: 5, resumed: 2 });
  });

  it('pulls inputs only as fast as the pool takes them (backpressure)', async () => {
    let pulled = 0;
    const copies = join(dir, 'copies');
    mkdirSync(copies, { recursive: true });
    const html = readFileSync(join(dir, 'site', 'a0.html'));
    // Distinct files: one file named again is cleaned once.
    function* endless() {
      for (;;) {
        const page = join(copies, `copy${pulled++}.html`);
        writeFileSync(page, html);
        yield page;
      }
    }
    let consumed = 0;
    for await (const record of extractMany(endless(), { jobs: 2 })) {
      expect(record).not.toHaveProperty('error');
      consumed++;
      // Two workers, two tasks each in flight, at most one more pulled and waiting for a slot.
      expect(pulled - consumed).toBeLessThanOrEqual(5);
      if (consumed === 20) break; // leaving early closes the pool; the test ending proves it
    }
    expect(consumed).toBe(20);
  });

  it('yields a finished page while the next input is still awaited (a path list arriving slowly)', async () => {
    let firstRecordSeen!: () => void;
    const seen = new Promise<void>((resolve) => {
      firstRecordSeen = resolve;
    });
    async function* slowInputs() {
      yield join(dir, 'site', 'a4.html');
      await seen; // the next path only comes once the first record is out: deadlock if the engine waits for input first
      yield join(dir, 'site', 'a5.html');
    }
    const titles: Array<string | null> = [];
    for await (const record of extractMany(slowInputs(), { jobs: 1 })) {
      titles.push(titleOf(record));
      firstRecordSeen();
    }
    expect(titles).toEqual(['Story 4', 'Story 5']);
  });

  it('counts pages, errors by kind and bytes', async () => {
    await writeFile(join(dir, 'empty.html'), '');
    const run = new BatchRun([join(dir, 'site', 'a0.html'), join(dir, 'empty.html')], { jobs: 1 });
    await collect(run.records());
    expect(run.stats).toMatchObject({ pages: 2, ok: 1, errors: { empty: 1 }, spamPages: 0, skipped: 0, resumed: 0 });
    expect(run.stats.bytes).toBe((await readFile(join(dir, 'site', 'a0.html'))).byteLength);
    expect(run.stats.seconds).toBeGreaterThan(0);
    expect(run.stats.workerHeapPeakMb).toBeGreaterThan(0);
  });
});

describe('ExtractPool: one worker pool for many streams', () => {
  const site = (name: string) => join(dir, 'site', name);

  it('serves overlapping ordered streams and single pages, each its own records, and a stream whose input trickles in', async () => {
    const pool = new ExtractPool({ jobs: 2 });
    try {
      const [a, b, single] = await Promise.all([
        collect(pool.records([site('a0.html'), site('a1.html'), site('a2.html')], { ordered: true })),
        collect(pool.records([site('deep/b.htm'), site('a3.html')], { ordered: true })),
        pool.page({ kind: 'bytes', id: 'single', bytes: Buffer.from(newsPage('Single story')), url: 'https://example.com/single' }),
      ]);
      expect(a.map(titleOf)).toEqual(['Story 0', 'Story 1', 'Story 2']);
      expect(b.map(titleOf)).toEqual(['Deep story', 'Story 3']);
      expect(single).toMatchObject({ file: 'single', title: 'Single story' });

      // Later, on the same pool: each page's record comes out before the next page is even offered
      // (a queue unit's last page must not wait for more input).
      let handedOut = 0;
      let recordOut!: () => void;
      async function* trickle() {
        for (const name of ['a4.html', 'a5.html']) {
          const out = new Promise<void>((resolve) => {
            recordOut = resolve;
          });
          handedOut++;
          yield site(name);
          await out;
        }
      }
      const titles: Array<string | null> = [];
      for await (const record of pool.records(trickle(), { ordered: true })) {
        expect(handedOut).toBe(titles.length + 1);
        titles.push(titleOf(record));
        recordOut();
      }
      expect(titles).toEqual(['Story 4', 'Story 5']);
    } finally {
      await pool.close();
    }
    expect(() => pool.records([site('a0.html')])).toThrow(/closed/);
  });

  it('keeps the time guard per page, and a stream left early does not disturb the others', async () => {
    const paragraph = '<p>Paragraph of a long report about the council budget and the tram line, with many words to read.</p>\n';
    await writeFile(
      join(dir, 'slow.html'),
      `<html><head><title>Slow</title></head><body><article>${paragraph.repeat(80_000)}</article></body></html>`,
    );
    // One thread: the pages after the slow one can only be done by its replacement.
    const pool = new ExtractPool({ jobs: 1, timeoutMs: 1_000 });
    try {
      const left = pool.records([site('a0.html'), site('a1.html'), site('a2.html'), site('a3.html')], { ordered: true });
      const other = collect(pool.records([site('a4.html'), join(dir, 'slow.html'), site('a5.html')], { ordered: true }));
      for await (const record of left) {
        expect(titleOf(record)).toBe('Story 0');
        break;
      }
      const records = await other;
      expect(records.map((r) => (isErrorRecord(r) ? r.error.kind : r.title))).toEqual(['Story 4', 'timeout', 'Story 5']);
      expect(titleOf(await pool.page({ kind: 'file', path: site('a1.html') }))).toBe('Story 1');
    } finally {
      await pool.close();
    }
  });

  it('replaces a pool that failed as a whole: its pages throw, later pages get a fresh pool', async () => {
    // A heap limit so low that every worker dies: the first page is a memory error, then the
    // replacement worker dies while starting, which fails the pool.
    const pool = new ExtractPool({ jobs: 1, maxWorkerMemoryMb: 2 });
    const outcomes: string[] = [];
    try {
      for (let i = 0; i < 4; i++) {
        await pool.page({ kind: 'bytes', id: `p${i}`, bytes: Buffer.from(newsPage('Tiny')) }).then(
          (r) => outcomes.push(isErrorRecord(r) ? r.error.kind : 'ok'),
          (err: unknown) => outcomes.push((err as Error).name),
        );
      }
    } finally {
      await pool.close();
    }
    expect(outcomes).toContain('WorkerPoolError');
    // A dead pool would fail every later page at once; a fresh one runs them (into the same heap limit).
    expect(outcomes.lastIndexOf('memory')).toBeGreaterThan(outcomes.indexOf('WorkerPoolError'));
  });
});

describe('record identity', () => {
  it('reads the identity from the start of a JSONL line, for files and WARC records', () => {
    const file = { file: 'dir/"quoted".html', title: 'x', text: 'y' };
    expect(identityKeyOfLine(JSON.stringify(file))).toBe(identityKey({ file: 'dir/"quoted".html' }));
    const warc = { warc: 'c.warc.gz', record: { offset: 1234, id: '<urn:uuid:1>' }, title: 't' };
    expect(identityKeyOfLine(JSON.stringify(warc))).toBe(identityKey({ warc: 'c.warc.gz', record: { offset: 1234, id: '' } }));
    // Keys in another order still work (the line is parsed then).
    expect(identityKeyOfLine(JSON.stringify({ title: 't', file: 'x.html' }))).toBe(identityKey({ file: 'x.html' }));
    expect(identityKeyOfLine('{"file":"half-writ')).toBeNull();
    expect(identityKeyOfLine('[1,2]')).toBeNull();
  });

  it('names --out-dir files safely and uniquely', () => {
    const names = [
      outDirFileName({ file: 'a/x.html' }),
      outDirFileName({ file: 'a_x.html' }),
      outDirFileName({ file: '../../etc/passwd' }),
      outDirFileName({ file: '新闻/页面.html' }),
      outDirFileName({ warc: 'crawl/c.warc.gz', record: { offset: 0, id: '<urn:uuid:1>' } }),
      outDirFileName({ warc: 'crawl/c.warc.gz', record: { offset: 512, id: '<urn:uuid:2>' } }),
      outDirFileName({ file: '-' }),
    ];
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*\.[0-9a-f]{12}\.json$/);
      expect(name.length).toBeLessThan(140);
    }
    expect(outDirFileName({ file: 'a/x.html' })).toBe(names[0]); // stable across runs (resume relies on it)
    expect(outDirFileName({ file: `${'long/'.repeat(100)}page.html` }).length).toBeLessThan(140);
  });
});

describe('resume helpers', () => {
  it('truncates a half-written last line, and keeps a file that ends cleanly', async () => {
    const file = join(dir, 'torn.jsonl');
    await writeFile(file, '{"file":"a"}\n{"file":"b"}\n{"file":"c","tit');
    expect(await truncateToLastLine(file)).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('{"file":"a"}\n{"file":"b"}\n');
    expect(await truncateToLastLine(file)).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('{"file":"a"}\n{"file":"b"}\n');
    await writeFile(file, '{"file":"only half');
    await truncateToLastLine(file);
    expect(await readFile(file, 'utf8')).toBe('');
    expect(await truncateToLastLine(join(dir, 'absent.jsonl'))).toBe(false);
  });

  it('finds the last newline across read chunks', async () => {
    const file = join(dir, 'long.jsonl');
    const line = `{"file":"x","text":"${'z'.repeat(200_000)}"}\n`;
    await writeFile(file, `${line}{"file":"y","text":"${'w'.repeat(150_000)}`);
    await truncateToLastLine(file);
    expect(await readFile(file, 'utf8')).toBe(line);
  });
});

describe('formats', () => {
  const article: Article = {
    url: 'https://example.com/a',
    title: 'A <b> title',
    source: '新华社',
    siteName: 'Example',
    section: ['News', 'City'],
    date: '2024-05-03T09:31:00+08:00',
    dateModified: null,
    authors: ['Li Wei', 'Ann Lee'],
    editor: '王五',
    lang: 'en',
    image: null,
    tags: [],
    text: 'First paragraph.\n\nSecond & last.',
    html: null,
    excerpt: null,
    encoding: 'utf-8',
    spam: { detected: false, blocks: 0, links: 0, hosts: [] },
    removed: [],
    warnings: [],
  };

  it('lists present metadata only, in a fixed order', () => {
    expect(metadataRows(article).map(([label]) => label)).toEqual([
      'Source',
      'Site',
      'Section',
      'Date',
      'Authors',
      'Editor',
      'Language',
      'URL',
    ]);
  });

  it('renders text, markdown and escaped html', () => {
    expect(formatArticle(article, 'text')).toBe(
      'A <b> title\nSource: 新华社\nSite: Example\nSection: News > City\nDate: 2024-05-03T09:31:00+08:00\n' +
        'Authors: Li Wei, Ann Lee\nEditor: 王五\nLanguage: en\nURL: https://example.com/a\n\nFirst paragraph.\n\nSecond & last.\n',
    );
    expect(formatArticle(article, 'markdown')).toMatch(
      /^# A \\<b\\> title\n\n- \*\*Source:\*\* 新华社\n[\s\S]*\n\nFirst paragraph\.\n\nSecond & last\.\n$/,
    );
    const html = formatArticle(article, 'html');
    expect(html).toContain('<title>A &lt;b&gt; title</title>');
    expect(html).toContain('<p>Second &amp; last.</p>');
    expect(html).toContain('<html lang="en">');
  });
});
