/** Authors (and the labelled values they are read beside) on real-looking snippets. */
import { describe, expect, it } from 'vitest';
import { labelledValue } from '../src/fields/labels.js';
import { extract } from '../src/extract.js';

const page = (head: string, body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const PARAS = '<p>这是一段足够长的正文内容，用来让正文抽取器认出文章的主体部分，并且包含足够多的汉字。</p>'.repeat(6);

describe('labelled values', () => {
  it('does not take markup printed by a broken template as a value', () => {
    const line = '作者： size="20" 来源： size="20" 发布日期： 7/5/2005 9:23:57 PM';
    expect(labelledValue(line, 'source')).toBeNull();
    expect(labelledValue(line, 'author')).toBeNull();
    const a = extract(page('<title>标题</title>', `<h1>我是怎样卷入的</h1><div>${line}</div>${PARAS}`));
    expect(a.source).toBeNull();
  });
});
