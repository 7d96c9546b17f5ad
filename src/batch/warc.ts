/**
 * HTML pages out of a WARC / WARC.gz file, streamed record by record with warcio's WARCParser. Only
 * `response` records with a 2xx status and an HTML body become pages; the rest is counted as not a page.
 * A corrupt or truncated file ends with a `read` error record at the byte where reading stopped.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { WARCParser, type WARCRecord } from 'warcio';
import { MAX_PAGE_BYTES } from './read.js';
import { failed, type SourceHooks, type SourceItem } from './inputs.js';
import { messageOf, type RecordIdentity } from './types.js';

export async function* warcPages(path: string, hooks: SourceHooks): AsyncGenerator<SourceItem> {
  const stream = createReadStream(path);
  const parser = new WARCParser(stream);
  try {
    for await (const record of parser) {
      if (!record.warcType) {
        yield failed({ warc: path, record: { offset: parser.offset, id: '' } }, 'read', 'not a WARC record (no WARC-Type): stopped reading the file');
        return;
      }
      const contentType = record.httpHeaders?.headers.get('content-type') ?? undefined;
      const verdict = record.warcType === 'response' && isSuccess(record) ? htmlVerdict(contentType) : 'other';
      if (verdict === 'other') {
        hooks.onNotAPage();
        continue;
      }
      const identity: RecordIdentity = {
        warc: path,
        record: { offset: parser.offset, id: record.warcHeader('WARC-Record-ID') ?? '' },
      };
      if (hooks.skip?.(identity)) {
        hooks.onResumed();
        continue;
      }
      if (record.warcContentLength > MAX_PAGE_BYTES) {
        yield failed(identity, 'too-large', `record of ${record.warcContentLength} bytes`);
        continue;
      }
      let bytes: Uint8Array;
      try {
        // Content decoded: chunked transfer and gzip/deflate content encoding undone.
        bytes = await record.readFully(true);
      } catch (err) {
        yield failed(identity, 'read', messageOf(err));
        continue;
      }
      if (verdict === 'sniff' && !looksLikeHtml(bytes)) {
        hooks.onNotAPage();
        continue;
      }
      yield {
        kind: 'warc-record',
        warc: path,
        offset: identity.record?.offset ?? 0,
        recordId: identity.record?.id ?? '',
        url: record.warcTargetURI ?? '',
        ...(contentType === undefined ? {} : { contentType }),
        bytes,
      };
    }
    // warcio ends quietly at a truncated or corrupt gzip member; its reader then stops short of the file's end.
    const stoppedAt = parser._reader.getRawOffset();
    const { size } = await stat(path);
    if (stoppedAt < size) {
      yield failed({ warc: path, record: { offset: stoppedAt, id: '' } }, 'read', `unreadable data at byte ${stoppedAt} of ${size}: the rest of the file was not read`);
    }
  } catch (err) {
    yield failed({ warc: path, record: { offset: parser.offset, id: '' } }, 'read', messageOf(err));
  } finally {
    stream.destroy();
  }
}

function isSuccess(record: WARCRecord): boolean {
  const status = Number(record.httpHeaders?.statusCode);
  return status >= 200 && status < 300;
}

/** `html` by Content-Type, `sniff` when the type says nothing useful, `other` for anything else (images, JSON…). */
export function htmlVerdict(contentType: string | undefined): 'html' | 'sniff' | 'other' {
  const mime = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime.includes('html')) return 'html';
  if (mime === '' || mime === 'text/plain' || mime === 'application/octet-stream' || mime.includes('unknown')) return 'sniff';
  return 'other';
}

/** The WHATWG "text/html" sniff: the body starts (after a BOM and whitespace) with a tag HTML pages start with. */
const HTML_START = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<(?:!doctype\s+html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)[\s>]/i;

export function looksLikeHtml(bytes: Uint8Array): boolean {
  return HTML_START.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1'));
}
