/** Info-line forms left over from the session's field probes: small whole pages and the date scanner. */
import { describe, expect, it } from 'vitest';
import { findDatesInText } from '../src/dates/index.js';
import { extract } from '../src/extract.js';
import { BODY, RELATED } from './zh-portal-parts.js';

function page(info: string, body = BODY): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>市统计局：前两月工业生产开局平稳_第一财经</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
<div class="main"><h1>市统计局：前两月工业生产开局平稳</h1>
${info}
<div class="article-content">${body}</div>
</div>${RELATED}<div class="footer">版权所有</div></body></html>`;
}

describe('a label printed after the date', () => {
  it.each([
    // 第一财经: the update first, each label after its date
    '<div class="info"><span>2024-03-06 09:00 更新</span><span>2024-03-05 10:30 首发</span></div>',
    '<div class="title-info"><p>2024-03-06 09:00 更新 | 2024-03-05 10:30 首发</p></div>',
    // 新京报, one line with the 来源
    '<div class="info">2024-03-06 09:00 更新　2024-03-05 10:30 发布　来源：新京报</div>',
    '<div class="time"><span>2024-03-06 09:00 修改</span> <span>2024-03-05 10:30 发表</span></div>',
    // ITmedia and Nikkei: 更新 and 公開 after the time
    '<div id="update">2024年03月06日 09時00分 更新<br>2024年03月05日 10時30分 公開</div>',
    '<div class="meta"><span>2024.03.06 09:00 更新</span><span>2024.03.05 10:30 公開</span></div>',
  ])('%s', (info) => {
    expect(extract(page(info)).date).toBe('2024-03-05T10:30:00+08:00');
  });

  it('labels each date by the word after it, and a word before the next date stays its label', () => {
    const labels = (s: string) => findDatesInText(s).map((d) => d.label ?? null);
    expect(labels('2024-03-06 09:00:12 更新 | 2024-03-05 10:30:00 首发')).toEqual(['modified', 'published']);
    expect(labels('2024-03-05 10:30 更新时间：2024-03-06 09:00')).toEqual([null, 'modified']);
    expect(labels('2024/03/05 10:30更新于 2024/03/05 14:12')).toEqual([null, 'modified']);
    // alone, an old portal's 更新 is when the page went up: no update label
    expect(labels('2005-04-05 06:40更新 来源：转载文章')).toEqual([null]);
    // a press conference (发布会) is no label
    expect(labels('2024-03-06 发布会上')).toEqual([null]);
  });
});

describe('ROC dates written with digits only', () => {
  it.each([
    ['<div class="info"><span>發布日期：113-03-05</span><span>單位：綜合規劃司</span></div>', '2024-03-05'],
    ['<ul class="info"><li>發布日期：113/03/05</li><li>更新日期：113/03/06</li></ul>', '2024-03-05'],
    ['<div class="date">發布日期：113.03.05 10:30</div>', '2024-03-05T10:30:00+08:00'],
    ['<p class="time">113-03-05 10:30</p>', '2024-03-05T10:30:00+08:00'],
    // in the cell after its label's, as government portals' metadata tables print it
    ['<table class="info"><tr><th>發布日期：</th><td>113-03-05</td></tr><tr><th>發布單位：</th><td>新聞局</td></tr></table>', '2024-03-05'],
    ['<dl class="info"><dt>公告日期：</dt><dd>113/03/05</dd><dt>發布單位：</dt><dd>新聞處</dd></dl>', '2024-03-05'],
  ])('%s', (info, date) => {
    expect(extract(page(info)).date).toBe(date);
  });

  it('reads them with a label or a time only, and not inside longer codes', () => {
    const iso = (s: string) => findDatesInText(s).map((d) => d.parsed.iso);
    expect(iso('公告日期：113-03-05')).toEqual(['2024-03-05']);
    expect(iso('113-03-05')).toEqual([]);
    expect(iso('案號：113-03-05')).toEqual([]);
    expect(iso('編號 113-03-05-001')).toEqual([]);
    expect(iso('發布日期：113-13-05')).toEqual([]);
  });
});
