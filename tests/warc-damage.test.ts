/**
 * Damaged WARC files: reading always ends, the good records before and after the damage come out, and each
 * damaged region is one `read` error record (counted in the stats, exit code 1). WARCs are written here
 * byte by byte, so Content-Length and gzip framing can be broken on purpose.
 */
import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchRun, isErrorRecord, type BatchRecord } from '../src/batch/index.js';
import { MAX_PAGE_DECODED_BYTES } from '../src/batch/read.js';
import { MAX_INPUT_BYTES } from '../src/extract.js';
import { assertBuilt, newsPage, parseJsonl, ROOT, runCli, tempDir } from './batch-helpers.js';

interface Spec {
  type?: string;
  id: string;
  http?: string;
  body?: Buffer;
  /** Override the true Content-Length. */
  contentLength?: string;
}

/** One WARC record as bytes: header, HTTP head + body as the block, CRLF CRLF. */
function record({
  type = 'response',
  id,
  http = 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n',
  body,
  contentLength,
}: Spec): Buffer {
  const block = Buffer.concat([Buffer.from(type === 'response' ? `${http}\r\n` : ''), body ?? Buffer.from(newsPage(`Story ${id}`))]);
  const header = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:${id}>`,
    `WARC-Target-URI: https://news.example.com/${id}.html`,
    'WARC-Date: 2024-05-01T08:00:00Z',
    `Content-Type: ${type === 'response' ? 'application/http; msgtype=response' : 'application/warc-fields'}`,
    `Content-Length: ${contentLength ?? block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${header}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

const pages = (ids: string[]) => ids.map((id) => record({ id }));
const ids = (records: BatchRecord[]) =>
  records.map((r) => (isErrorRecord(r) ? `error@${r.record?.offset}` : (r.record?.id ?? '').slice(10, -1)));

let dir: string;
beforeAll(async () => {
  assertBuilt();
  dir = await tempDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs the batch in-process, failing the test (rather than hanging it) after `ms`. */
async function read(path: string, ms = 10_000): Promise<{ records: BatchRecord[]; run: BatchRun }> {
  const run = new BatchRun([path], { jobs: 0, ordered: true });
  const records: BatchRecord[] = [];
  const done = (async () => {
    for await (const r of run.records()) records.push(r);
  })();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    done,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`reading ${path} did not end within ${ms} ms`)), ms);
    }),
  ]);
  clearTimeout(timer);
  return { records, run };
}

async function write(name: string, bytes: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

describe('damaged WARC files', () => {
  it('a plain WARC that ends inside a skipped record ends with one error record (a 52-byte header-only file too)', async () => {
    const headerOnly = await write('header-only.warc', Buffer.from('WARC/1.0\r\nWARC-Type: request\r\nContent-Length: 100\r\n\r\n'));
    expect((await read(headerOnly)).records).toMatchObject([{ warc: headerOnly, record: { offset: 0 }, error: { kind: 'read' } }]);
    const request = record({ type: 'request', id: 'req', body: Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(40)) });
    const first = record({ id: 'one' });
    const cut = await write('cut-in-request.warc', Buffer.concat([first, request.subarray(0, request.length - 300)]));
    const { records, run } = await read(cut);
    expect(ids(records)).toEqual(['one', `error@${first.length}`]);
    expect(run.stats).toMatchObject({ pages: 2, ok: 1, errors: { read: 1 } });
  });

  it('a WARC that ends inside an HTML record gives an error record, never half a page', async () => {
    const [a, b] = pages(['a', 'b']) as [Buffer, Buffer];
    const plain = await write('cut-in-page.warc', Buffer.concat([a, b.subarray(0, b.length - 200)]));
    const { records } = await read(plain);
    expect(ids(records)).toEqual(['a', `error@${a.length}`]);
    expect(records[1]).toMatchObject({ error: { message: expect.stringMatching(/cut short/) } });
  });

  it('reads on after a too-long or non-numeric Content-Length (plain and gzip), one error record each', async () => {
    const good = (id: string) => record({ id });
    const tooLong = record({ id: 'long', contentLength: '999999' });
    const notNumber = record({ id: 'nan', contentLength: '12abc' });
    const plain = Buffer.concat([good('p1'), tooLong, good('p2'), good('p3'), notNumber, good('p4'), good('p5')]);
    const plainPath = await write('bad-length.warc', plain);
    const { records, run } = await read(plainPath);
    expect(ids(records)).toEqual(['p1', `error@${good('p1').length}`, 'p2', 'p3', `error@${plain.indexOf(notNumber)}`, 'p4', 'p5']);
    expect(run.stats).toMatchObject({ pages: 7, ok: 5, errors: { read: 2 } });

    const members = [good('g1'), tooLong, good('g2'), notNumber, good('g3'), good('g4')].map((r) => gzipSync(r));
    const gzPath = await write('bad-length.warc.gz', Buffer.concat(members));
    const gz = await read(gzPath);
    const at = (i: number) => members.slice(0, i).reduce((n, m) => n + m.length, 0);
    expect(ids(gz.records)).toEqual(['g1', `error@${at(1)}`, 'g2', `error@${at(3)}`, 'g3', 'g4']);
  });

  it('reads on after a corrupt or truncated gzip member, with one error record for the damaged region', async () => {
    const members = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'].map((id) => gzipSync(record({ id })));
    const at = (i: number) => members.slice(0, i).reduce((n, m) => n + m.length, 0);
    const corrupt = members.map((m) => Buffer.from(m));
    corrupt[1]?.fill(0x55, 30, 60); // scribbled over inside the deflate data
    const corruptPath = await write('corrupt-member.warc.gz', Buffer.concat(corrupt));
    expect(ids((await read(corruptPath)).records)).toEqual(['m1', `error@${at(1)}`, 'm3', 'm4', 'm5', 'm6']);

    // Two members cut short back to back, then garbage: still one region, then the rest.
    const cut = Buffer.concat([
      members[0] as Buffer,
      (members[1] as Buffer).subarray(0, 50),
      (members[2] as Buffer).subarray(0, 70),
      Buffer.from('garbage'.repeat(20)),
      ...members.slice(3),
    ]);
    const cutPath = await write('cut-members.warc.gz', cut);
    const { records, run } = await read(cutPath);
    expect(ids(records)).toEqual(['m1', `error@${at(1)}`, 'm4', 'm5', 'm6']);
    expect(run.stats).toMatchObject({ pages: 5, ok: 4, errors: { read: 1 } });

    const { code, stdout } = await runCli([cutPath]);
    expect(parseJsonl(stdout)).toHaveLength(5);
    expect(code).toBe(1);
  });

  it('a record with a corrupted header in a plain WARC is skipped up to the next WARC/1. line', async () => {
    const [a, b, c] = pages(['a', 'b', 'c']) as [Buffer, Buffer, Buffer];
    const broken = Buffer.from(b);
    broken.write('XXXX', 0, 'latin1'); // "WARC/1.1" -> "XXXX/1.1"
    const path = await write('bad-header.warc', Buffer.concat([a, broken, c]));
    expect(ids((await read(path)).records)).toEqual(['a', `error@${a.length}`, 'c']);
  });

  it('an HTTP gzip bomb is refused at the page size cap without inflating it whole', async () => {
    expect(MAX_PAGE_DECODED_BYTES).toBe(MAX_INPUT_BYTES);
    // 400 MB of zeros as a ~400 KB gzip body.
    const gzip = createGzip({ level: 9 });
    const chunks: Buffer[] = [];
    gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
    const zeros = Buffer.alloc(4 * 1024 * 1024);
    for (let i = 0; i < 100; i++) if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once('drain', resolve));
    await new Promise((resolve) => gzip.end(resolve));
    const bomb = record({
      id: 'bomb',
      http: 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n',
      body: Buffer.concat(chunks),
    });
    const path = await write('bomb.warc', Buffer.concat([bomb, record({ id: 'after' })]));
    // In a child process, to measure its peak memory: before the cap, it held the 400 MB body.
    const script = `
      import { BatchRun } from ${JSON.stringify(join(ROOT, 'dist', 'batch', 'index.js'))};
      const out = [];
      for await (const r of new BatchRun([${JSON.stringify(path)}], { jobs: 0 }).records()) out.push(r.error ? r.error.kind : r.title);
      console.log(JSON.stringify({ out, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    await new Promise((resolve) => child.on('close', resolve));
    const { out, maxRssMb } = JSON.parse(stdout) as { out: string[]; maxRssMb: number };
    expect(out).toEqual(['too-large', 'Story after']);
    expect(maxRssMb).toBeLessThan(300);
  });

  it('decodes chunked and deflate bodies', async () => {
    const html = newsPage('Chunked story');
    const chunked = `${(html.length).toString(16)}\r\n${html}\r\n0\r\n\r\n`;
    const a = record({
      id: 'chunked',
      http: 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n',
      body: Buffer.from(chunked),
    });
    const { deflateSync } = await import('node:zlib');
    const b = record({
      id: 'deflate',
      http: 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: deflate\r\n',
      body: deflateSync(Buffer.from(newsPage('Deflated story'))),
    });
    const path = await write('encodings.warc', Buffer.concat([a, b]));
    expect((await read(path)).records.map((r) => (isErrorRecord(r) ? r.error : r.title))).toEqual(['Chunked story', 'Deflated story']);
  });
});
