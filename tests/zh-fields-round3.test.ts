/** Chinese portal fields in the forms the third probe round showed failing: small whole pages. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { BODY, RELATED } from './zh-portal-parts.js';

/** A portal page: its <title>, the info line under the headline, what follows the text, the footer. */
function page(info: string, foot = '', opts: { title?: string; body?: string; footer?: string; head?: string } = {}): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${opts.title ?? '市统计局：前两月工业生产开局平稳_北京日报网'}</title>${opts.head ?? ''}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
<div class="main"><h1>市统计局：前两月工业生产开局平稳</h1>
${info}
<div class="article-content">${opts.body ?? BODY}</div>
${foot}
</div>${RELATED}<div class="footer">${opts.footer ?? '版权所有'}</div></body></html>`;
}

describe('来源 given as a paper logo', () => {
  it.each([
    ['<div class="info">2024-03-05 10:30 | 来源：<img src="/img/rmrb.png" alt="人民日报" width="60"></div>', '人民日报'],
    [
      '<div class="info"><span>2024-03-05 10:30</span><span>来源：<a href="#"><img src="/s/jfrb.png" alt="解放日报"></a></span></div>',
      '解放日报',
    ],
    [
      '<p class="mess"><span>2024-03-05 10:30</span><span id="source_baidu">来源：<img src="/s/hnrb.png" title="河南日报"></span></p>',
      '河南日报',
    ],
  ])('%s', (info, source) => {
    expect(extract(page(info)).source).toBe(source);
  });
  it('reads no icon after a colon as a name', () => {
    expect(extract(page('<div class="info">2024-03-05 10:30 来源：<img src="/i.png" alt="icon">北京日报</div>')).source).toBe('北京日报');
  });
});

describe('来源 naming a WeChat account', () => {
  it.each([
    ['“北京发布”微信公众号', '“北京发布”微信公众号'],
    ['微信公众号：北京发布', '微信公众号：北京发布'],
    ['微信公众号 北京发布', '微信公众号 北京发布'],
    // as before
    ['微信公众号“北京发布”', '微信公众号“北京发布”'],
  ])('%s', (value, source) => {
    expect(extract(page(`<div class="info"><span>2024-03-05 10:30</span><span>来源：${value}</span></div>`)).source).toBe(source);
  });
});

describe('government sites: 发布机构, and placeholders in a source element', () => {
  it.each([
    ['<div class="xl-info"><span>发布时间：2024-03-05 10:30</span><span>发布机构：市统计局</span></div>', '市统计局'],
    [
      '<table class="xxgk"><tr><td>索引号：</td><td>11320100MB1234567X/2024-00123</td><td>发布机构：</td><td>市统计局</td></tr><tr><td>发文日期：</td><td>2024-03-05</td></tr></table>',
      '市统计局',
    ],
    ['<div class="m-con-info"><span class="m-con-time">2024-03-05 10:30</span><span class="m-con-source">来源：原创</span></div>', null],
    ['<div class="info"><span class="time">2024-03-05 10:30</span><span class="source">来源：本站原创</span></div>', null],
    ['<div class="info"><span>2024-03-05 10:30</span> <span class="source">来自新华社</span></div>', '新华社'],
    ['<div class="info"><span>2024-03-05 10:30</span> <span class="source">来源 <a href="#">界面新闻</a></span></div>', '界面新闻'],
  ])('%s', (info, source) => {
    expect(extract(page(info)).source).toBe(source);
  });
});

describe('a news agency dateline as the only date', () => {
  const dateline = BODY.replace('<p>3月5日，', '<p>新华社北京3月5日电（记者 王泽宇）3月5日，');
  it('takes the year from the copyright line, not a related story', () => {
    const html = page('<div class="info">来源：新华社</div>', '', { body: dateline, footer: 'Copyright © 2000-2024 新华网 版权所有' });
    expect(extract(html, { url: 'https://www.example.cn/a/123.html' }).date).toBe('2024-03-05');
  });
  it('takes the year from the capture time', () => {
    const html = page('<div class="info">来源：新华社</div>', '', { body: dateline });
    expect(extract(html, { url: 'https://www.example.cn/a/123.html', capturedAt: new Date(Date.UTC(2025, 2, 6)) }).date).toBe('2025-03-05');
    // captured in January: the March dateline is of the year before
    expect(extract(html, { url: 'https://www.example.cn/a/123.html', capturedAt: new Date(Date.UTC(2025, 0, 6)) }).date).toBe('2024-03-05');
  });
});

describe('the day shown alone finds its time elsewhere on the page', () => {
  it.each([
    // a metadata table's labelled day, the time on an unlabelled line below
    [
      '<table class="xxgk"><tr><td>发布日期：</td><td>2024-03-05</td></tr></table><div class="time">2024-03-05 10:30</div>',
      '',
      '2024-03-05T10:30:00+08:00',
    ],
    // the day in a meta tag, the time in a script variable
    [
      '<div class="info">2024年03月05日 | 来源：新华社</div>',
      '<meta name="publishdate" content="2024-03-05"><script>var publishTime = "2024-03-05 10:30:00";</script>',
      '2024-03-05T10:30:00+08:00',
    ],
  ])('%s', (info, head, date) => {
    expect(extract(page(info, '', { head })).date).toBe(date);
  });
});

describe('credits of other items: related stories, feeds, comments', () => {
  const related = `<div class="related"><h3>相关阅读</h3><ul><li><a href="/r/1.html">春季安全生产工作全面部署</a> <span>来源：新华网</span></li>
<li><a href="/r/2.html">全国两会新闻中心正式开放</a> <span>来源：人民网</span></li></ul></div>`;
  it('a related story’s 来源 is not the page’s', () => {
    expect(extract(page('<div class="info">2024-03-05 10:30</div>', related)).source).toBeNull();
  });
  it('nor does it outrank the source element beside the headline', () => {
    const feed = '<div class="feed"><p>编辑推荐</p><p><span>来源：</span><a>新浪体育</a></p></div>';
    expect(
      extract(
        page('<div class="date-source"><span class="date">2024年03月05日 10:30</span> <span class="source">新华社</span></div>', feed),
      ).source,
    ).toBe('新华社');
  });
  it('a comment’s 小编 is no editor, nor the heading after an empty label', () => {
    expect(
      extract(page('<div class="info">2024-03-05 10:30</div>', '<div class="comment"><h3>网友评论</h3><p>小编：感谢关注</p></div>')).editor,
    ).toBeNull();
    const empty = page('<div class="info">2024-03-05 10:30</div>', '<p data-role="editor-name">责任编辑：<span></span></p>');
    expect(extract(empty).editor).toBeNull();
  });
  it('the article’s own credits stay', () => {
    expect(extract(page('<div class="info">2024-03-05 10:30 来源：北京日报</div>', `<p>编辑：王菁</p>${related}`)).source).toBe('北京日报');
  });
});
