/**
 * The seed page (the real 中國甘肅網 article this project started from) must read the same
 * whether it comes as HTML or as the plain-text dump, field by field.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SHARED_SEED = join(import.meta.dirname, '..', '..', 'shared', 'seed', 'source-page.txt');
const FIELDS = ['title', 'source', 'editor', 'authors', 'date', 'siteName', 'section', 'lang', 'text'] as const;

const html = extract(readFileSync(join(FIXTURES, 'seed-hant-utf8', 'page.html')));
const dump = extract(readFileSync(join(FIXTURES, 'seed-text', 'page.txt')));

describe('seed page: HTML and text dump agree', () => {
  for (const field of FIELDS) {
    it(field, () => expect(dump[field]).toEqual(html[field]));
  }

  it('has the five body paragraphs and nothing else', () => {
    const paragraphs = html.text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^日前,中央紀委國家監委公開通報/);
    expect(paragraphs[4]).toMatch(/在真抓實干中自然留痕。$/);
  });

  it('reports the spam block and the chrome it dropped, in both forms', () => {
    for (const article of [html, dump]) {
      expect(article.spam.detected).toBe(true);
      expect(article.removed.some((r) => r.kind === 'spam' && r.sample.includes('久久国产精品无码网站'))).toBe(true);
      expect(article.removed.some((r) => r.kind === 'chrome' && /版權聲明/.test(r.sample))).toBe(true);
      expect(article.text).not.toMatch(/无码|分享到|ICP備|版權聲明|Copyright/);
    }
  });

  it('has no html for the dump, clean html for the page', () => {
    expect(dump.html).toBeNull();
    expect(html.html).toMatch(/^<p>日前/);
    expect(html.html).not.toMatch(/<(?:script|style|div|span|a )/);
  });

  if (!existsSync(SHARED_SEED)) console.info(`[seed] skipped the ../shared comparison: no ${SHARED_SEED}`);
  it.skipIf(!existsSync(SHARED_SEED))('reads ../shared/seed/source-page.txt the same as the bundled dump', () => {
    const shared = extract(readFileSync(SHARED_SEED));
    for (const field of FIELDS) expect(shared[field]).toEqual(dump[field]);
  });
});

describe('seed page in simplified script and GBK bytes', () => {
  const gbk = extract(readFileSync(join(FIXTURES, 'seed-hans-gbk', 'page.html')));
  it('decodes as gb18030 and reads the same structure', () => {
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.title).toBe('别让痕迹管理成了“痕迹主义”');
    expect(gbk.date).toBe(html.date);
    expect(gbk.text.split('\n\n')).toHaveLength(5);
    expect(gbk.spam.detected).toBe(true);
  });
});
