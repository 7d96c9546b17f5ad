import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchRun, isErrorRecord, type BatchRecord } from '../src/batch/index.js';
import { expandInputs, type SourceItem } from '../src/batch/inputs.js';
import { htmlVerdict, looksLikeHtml } from '../src/batch/warc.js';
import { assertBuilt, newsPage, parseJsonl, runCli, tempDir } from './batch-helpers.js';

const UTF8_ID = '<urn:uuid:0b5a6c1e-1111-4e6a-9c1a-000000000001>';
const GBK_ID = '<urn:uuid:0b5a6c1e-2222-4e6a-9c1a-000000000002>';
const SNIFFED_ID = '<urn:uuid:0b5a6c1e-3333-4e6a-9c1a-000000000003>';
const GBK_TITLE = '国内新闻：城市轨道交通新线开通';

interface RecordSpec {
  type: 'response' | 'request';
  url: string;
  id?: string;
  /** WARC-Date (warcio writes the time of writing without it). */
  date?: string;
  status?: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}

/** Serializes records with warcio, one gzip member each (gzip) or plain; returns the file's bytes. */
async function writeWarc(path: string, specs: RecordSpec[], gzip: boolean): Promise<void> {
  const parts: Uint8Array[] = [];
  for (const spec of specs) {
    const record = WARCRecord.create(
      {
        url: spec.url,
        type: spec.type,
        ...(spec.date ? { date: spec.date } : {}),
        warcHeaders: spec.id ? { 'WARC-Record-ID': spec.id } : {},
        httpHeaders: spec.headers,
        statusline: spec.type === 'request' ? 'GET / HTTP/1.1' : (spec.status ?? 'HTTP/1.1 200 OK'),
      },
      once(spec.body),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  await writeFile(path, Buffer.concat(parts));
}

const gbkPage =
  `<html><head><title>${GBK_TITLE}</title></head><body><h1>${GBK_TITLE}</h1>` +
  '<p>本报讯 今天上午，城市轨道交通新线正式开通运营，沿线居民出行更加方便。</p></body></html>';

const specs: RecordSpec[] = [
  {
    type: 'response',
    url: 'https://news.example.com/utf8.html',
    id: UTF8_ID,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: new TextEncoder().encode(newsPage('Tram line opens 新线开通')),
  },
  { type: 'request', url: 'https://news.example.com/utf8.html', headers: { Host: 'news.example.com' }, body: new Uint8Array() },
  {
    type: 'response',
    url: 'https://news.example.com/gbk.html',
    id: GBK_ID,
    headers: { 'Content-Type': 'text/html; charset=gbk' },
    body: iconv.encode(gbkPage, 'gbk'),
  },
  {
    type: 'response',
    url: 'https://news.example.com/logo.png',
    headers: { 'Content-Type': 'image/png' },
    body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  },
  {
    type: 'response',
    url: 'https://news.example.com/missing.html',
    status: 'HTTP/1.1 404 Not Found',
    headers: { 'Content-Type': 'text/html' },
    body: new TextEncoder().encode(newsPage('Not found')),
  },
  {
    type: 'response',
    url: 'https://news.example.com/untyped',
    id: SNIFFED_ID,
    headers: { Server: 'nginx' },
    body: new TextEncoder().encode(newsPage('Sniffed as HTML')),
  },
];

let dir: string;
let gzPath: string;
let plainPath: string;

beforeAll(async () => {
  assertBuilt();
  dir = await tempDir();
  gzPath = join(dir, 'crawl.warc.gz');
  plainPath = join(dir, 'crawl.warc');
  await writeWarc(gzPath, specs, true);
  await writeWarc(plainPath, specs, false);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

async function collect(run: BatchRun): Promise<BatchRecord[]> {
  const out: BatchRecord[] = [];
  for await (const record of run.records()) out.push(record);
  return out;
}

describe('WARC input', () => {
  for (const [label, path] of [
    ['warc.gz', () => gzPath],
    ['warc', () => plainPath],
  ] as const) {
    it(`${label}: one record per HTML response, with url, id and offset; the rest is skipped`, async () => {
      const run = new BatchRun([path()], { jobs: 1, ordered: true });
      const records = await collect(run);
      expect(records.map((r) => r.record?.id)).toEqual([UTF8_ID, GBK_ID, SNIFFED_ID]);
      for (const record of records) {
        expect(record.warc).toBe(path());
        expect(isErrorRecord(record)).toBe(false);
      }
      expect(records.map((r) => (isErrorRecord(r) ? null : r.url))).toEqual([
        'https://news.example.com/utf8.html',
        'https://news.example.com/gbk.html',
        'https://news.example.com/untyped',
      ]);
      expect(records.map((r) => (isErrorRecord(r) ? null : r.title))).toEqual(['Tram line opens 新线开通', GBK_TITLE, 'Sniffed as HTML']);
      // request, image/png and the 404 are not pages
      expect(run.stats).toMatchObject({ pages: 3, ok: 3, skipped: 3 });
    });
  }

  it('offsets point at the records in the file', async () => {
    const file = await readFile(gzPath);
    const records = await collect(new BatchRun([gzPath], { jobs: 0 }));
    expect(records[0]?.record?.offset).toBe(0);
    for (const record of records) {
      const member = gunzipSync(file.subarray(record.record?.offset ?? 0)).toString('latin1');
      expect(member.startsWith('WARC/1.')).toBe(true);
      expect(member.slice(0, 600)).toContain(`WARC-Record-ID: ${record.record?.id}`);
    }
    const plain = (await readFile(plainPath)).toString('latin1');
    for (const record of await collect(new BatchRun([plainPath], { jobs: 0 }))) {
      expect(plain.slice(record.record?.offset ?? 0).startsWith('WARC/1.')).toBe(true);
      expect(plain.slice(record.record?.offset ?? 0, (record.record?.offset ?? 0) + 600)).toContain(record.record?.id);
    }
  });

  it('hands the HTTP Content-Type (with its charset) to extract', async () => {
    const items: SourceItem[] = [];
    for await (const item of expandInputs([gzPath], { onNotAPage: () => {}, onResumed: () => {} })) items.push(item);
    const gbk = items.find((item) => item.kind === 'warc-record' && item.recordId === GBK_ID);
    expect(gbk).toMatchObject({ kind: 'warc-record', contentType: 'text/html; charset=gbk', url: 'https://news.example.com/gbk.html' });
  });

  it('skips records already done (resume) without reading them', async () => {
    const all = await collect(new BatchRun([gzPath], { jobs: 0 }));
    const gbkOffset = all.find((r) => r.record?.id === GBK_ID)?.record?.offset;
    const run = new BatchRun([gzPath], { jobs: 0, skip: (identity) => identity.record?.offset === gbkOffset });
    const records = await collect(run);
    expect(records.map((r) => r.record?.id)).toEqual([UTF8_ID, SNIFFED_ID]);
    expect(run.stats.resumed).toBe(1);
  });

  it('reports a truncated WARC.gz as a read error after the records before the cut, and reads on past corrupt data', async () => {
    const whole = await readFile(gzPath);
    const all = await collect(new BatchRun([gzPath], { jobs: 0 }));
    const gbkOffset = all.find((r) => r.record?.id === GBK_ID)?.record?.offset ?? 0;
    const cut = join(dir, 'cut.warc.gz');
    await writeFile(cut, whole.subarray(0, gbkOffset + 40)); // ends inside the GBK record's gzip member
    const cutRecords = await collect(new BatchRun([cut], { jobs: 0 }));
    expect(cutRecords.map((r) => r.record?.id)).toEqual([UTF8_ID, '']);
    expect(cutRecords[1]).toMatchObject({ warc: cut, record: { offset: gbkOffset }, error: { kind: 'read' } });
    const corrupt = join(dir, 'corrupt.warc.gz');
    await writeFile(
      corrupt,
      Buffer.concat([whole.subarray(0, gbkOffset), Buffer.from('not gzip\n'.repeat(50)), whole.subarray(gbkOffset)]),
    );
    const corruptRecords = await collect(new BatchRun([corrupt], { jobs: 0 }));
    // The damage is one error record where it starts; the members after it are found again.
    expect(corruptRecords.map((r) => r.record?.id)).toEqual([UTF8_ID, '', GBK_ID, SNIFFED_ID]);
    expect(corruptRecords[1]).toMatchObject({ warc: corrupt, record: { offset: gbkOffset }, error: { kind: 'read' } });
    expect(corruptRecords[2]?.record?.offset).toBe(gbkOffset + 450);
    const notWarc = join(dir, 'not-a.warc');
    await writeFile(notWarc, 'hello, this is not a WARC file\n\n');
    expect(await collect(new BatchRun([notWarc], { jobs: 0 }))).toMatchObject([{ warc: notWarc, error: { kind: 'read' } }]);
  });

  it('the CLI finds WARC files in directories and writes warc + record identity', async () => {
    const { code, stdout } = await runCli(['--jobs', '2', dir]);
    const records = parseJsonl(stdout);
    expect(records.filter((r) => r.warc === gzPath || r.warc === plainPath)).toHaveLength(6);
    expect(
      records
        .filter((r) => 'error' in r)
        .map((r) => r.warc)
        .sort(),
    ).toEqual(
      ['corrupt.warc.gz', 'cut.warc.gz', 'not-a.warc'].map((name) => join(dir, name)), // from the test above
    );
    for (const record of records) expect(Object.keys(record).slice(0, 2)).toEqual(['warc', 'record']);
    expect(code).toBe(1);
  });
});

describe('capture time', () => {
  // A portal page dated only `3小时前`: the record's WARC-Date says when that was.
  const relativePage =
    '<html lang="zh-CN"><head><meta charset="utf-8"><title>城市轨道交通新线开通</title></head><body><h1>城市轨道交通新线开通</h1>' +
    '<div class="info">3小时前 来源：某某日报</div>' +
    '<p>本报讯 今天上午，城市轨道交通新线正式开通运营，沿线居民出行更加方便。新线全长二十公里，设站十五座。</p></body></html>';
  let captureDir: string;
  let warcPath: string;
  let pagePath: string;

  beforeAll(async () => {
    captureDir = await tempDir();
    warcPath = join(captureDir, 'relative.warc.gz');
    pagePath = join(captureDir, 'relative.html');
    await writeWarc(
      warcPath,
      [
        {
          type: 'response',
          url: 'https://news.example.com/relative.html',
          date: '2024-03-05T06:30:00Z',
          headers: { 'Content-Type': 'text/html; charset=utf-8' },
          body: new TextEncoder().encode(relativePage),
        },
      ],
      true,
    );
    await writeFile(pagePath, relativePage);
  });

  afterAll(() => rm(captureDir, { recursive: true, force: true }));

  it.each([0, 1])('dates a page shown relative to when it was served by its WARC-Date (jobs %i)', async (jobs) => {
    const [record] = await collect(new BatchRun([warcPath], { jobs, debug: true }));
    expect(record).toMatchObject({ date: '2024-03-05T11:30:00+08:00' });
    expect(isErrorRecord(record!) ? [] : record!.origins).toContainEqual(
      expect.objectContaining({ field: 'date', origin: 'relative-to-capture' }),
    );
  });

  it('takes the capture time of loose pages from --captured-at, and rejects one that names no time', async () => {
    const given = await runCli(['--jobs', '0', '--captured-at', '2024-03-06T06:30:00Z', pagePath]);
    expect(parseJsonl(given.stdout)).toMatchObject([{ date: '2024-03-06T11:30:00+08:00' }]);
    const none = await runCli(['--jobs', '0', pagePath]);
    expect(parseJsonl(none.stdout)).toMatchObject([{ date: null }]);
    const bad = await runCli(['--captured-at', 'last tuesday', pagePath]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/ISO 8601/);
  });
});

describe('HTML detection for WARC records', () => {
  it('goes by Content-Type, sniffing only when the type says nothing', () => {
    expect(htmlVerdict('text/html; charset=gbk')).toBe('html');
    expect(htmlVerdict('application/xhtml+xml')).toBe('html');
    expect(htmlVerdict('image/png')).toBe('other');
    expect(htmlVerdict('application/json')).toBe('other');
    expect(htmlVerdict(undefined)).toBe('sniff');
    expect(htmlVerdict('application/octet-stream')).toBe('sniff');
    expect(looksLikeHtml(new TextEncoder().encode('\uFEFF  <!DOCTYPE html><html>'))).toBe(true);
    expect(looksLikeHtml(new TextEncoder().encode('\n<html lang="zh">'))).toBe(true);
    expect(looksLikeHtml(new TextEncoder().encode('{"json": true}'))).toBe(false);
    expect(looksLikeHtml(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe(false);
  });
});
