/** Chinese portal info lines (来源, 编辑, dates) in the forms probe pages showed failing: small whole pages. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { BODY, RELATED } from './zh-portal-parts.js';

/** A portal page: its <title>, the info line under the headline, what follows the text. */
function page(title: string, info: string, foot = '', side = RELATED): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
<div class="main"><h1>市统计局：前两月工业生产开局平稳</h1>
${info}
<div class="article-content">${BODY}</div>
${foot}
</div>${side}<div class="footer">版权所有</div></body></html>`;
}

describe('来源 on the info line', () => {
  it.each([
    // 凤凰网: the label glued to the linked name, no colon
    ['<p class="time"><span>2024年03月05日 10:30:15</span> <span class="src">来自<a href="#">中国新闻网</a></span></p>', '中国新闻网'],
    ['<div class="info"><span>2024-03-05 10:30</span> <span>来源<a href="#">北京日报</a></span></div>', '北京日报'],
    // spaced, as before
    ['<div class="info"><span>2024年03月05日 08:05</span> <span>来自 <a href="#">新京报</a></span></div>', '新京报'],
  ])('%s', (info, source) => {
    expect(extract(page('市统计局：前两月工业生产开局平稳_凤凰网', info)).source).toBe(source);
  });
});

describe('the editor in charge', () => {
  it.each([
    // 编辑 on the info line, 责任编辑 below the text
    ['<div class="info">2024-03-05 10:30　来源：杭州日报　编辑：章华</div>', '<div class="zrbj">责任编辑：沈如</div>', '沈如'],
    ['<div class="info">2024-03-05 10:30 来源：扬子晚报 编辑：王菁</div>', '<p class="foot">（责编：陈丽湘）</p>', '陈丽湘'],
    ['<div class="info">2024-03-05 10:30 来源：扬子晚报</div>', '<div><span>责任编辑：</span></div><div>关婧</div>', '关婧'],
    // no editor in charge: the editor stays
    ['<div class="info">2024-03-05 10:30　来源：杭州日报　编辑：章华</div>', '<p>审核：李明</p>', '章华'],
  ])('%s %s', (info, foot, editor) => {
    expect(extract(page('市统计局：前两月工业生产开局平稳_杭州网', info, foot)).editor).toBe(editor);
  });
});

describe('a page dated only relative to when it was served', () => {
  it.each([
    ['<div class="info"><span>30分钟前</span> <span>来源：新浪新闻</span></div>'],
    ['<div class="info"><span>3小时前</span></div>'],
    ['<div class="info">昨天 10:30 来源：新京报</div>'],
  ])('%s is not dated by a related story', (info) => {
    expect(
      extract(page('市统计局：前两月工业生产开局平稳_新浪网', info), { url: 'https://k.sina.cn/article_123_abc.html' }).date,
    ).toBeNull();
  });
  it('a page with no date of its own still falls back on the list', () => {
    expect(extract(page('市统计局：前两月工业生产开局平稳_新浪网', '<div class="info">来源：新浪新闻</div>')).date).toBe(
      '2024-02-28T09:12:00+08:00',
    );
  });
});

describe('siteName', () => {
  it.each([
    ['市统计局：前两月工业生产开局平稳-浙江新闻-浙江在线', '浙江在线'],
    ['市统计局：前两月工业生产开局平稳_国内新闻_东北在线', '东北在线'],
    ['市统计局：前两月工业生产开局平稳_饮食_39健康网', '39健康网'],
  ])('%s', (title, site) => {
    expect(extract(page(title, '<div class="info">2024-03-05 10:30 来源：浙江日报</div>')).siteName).toBe(site);
  });
});

describe('credits with 丨 for a bar, and 来源于', () => {
  it.each([
    ['<div class="info">来源丨长江日报　2024-03-05 10:30</div>', '', 'source', '长江日报'],
    ['<div class="info">2024-03-05 10:30 来源：九派新闻</div>', '<p>编辑丨潘莉 责编丨魏孔明</p>', 'editor', '魏孔明'],
    ['<div class="info">2024-03-05 10:30 来源：九派新闻</div>', '<p>编辑丨张三</p>', 'editor', '张三'],
    ['<div class="info"><span>2024-03-05 10:30</span><span>来源于：中国教育报</span></div>', '', 'source', '中国教育报'],
    ['<div class="info"><span>出自：《求是》2024/05</span><span>2024-03-05 10:30:00</span></div>', '', 'source', '求是'],
  ] as const)('%s %s', (info, foot, field, value) => {
    expect(extract(page('市统计局：前两月工业生产开局平稳_九派新闻', info, foot))[field]).toBe(value);
  });
});

describe('ROC years without the era name (Taiwanese government pages)', () => {
  const tw = (info: string): string =>
    page('育兒津貼加碼_行政院', info, '', '')
      .replace('lang="zh-CN"', 'lang="zh-TW"')
      .replace('市统计局：前两月工业生产开局平稳</h1>', '育兒津貼加碼</h1>');
  it.each([
    ['<div class="info">發布時間：113年3月5日 10:30</div>', '2024-03-05T10:30:00+08:00'],
    ['<div class="info"><span>發布日期：113年03月05日</span><span>資料來源：臺北市政府社會局</span></div>', '2024-03-05'],
    ['<div class="info">發布日期：中華民國113年3月5日</div>', '2024-03-05'],
    // a four-digit year stays what it is
    ['<div class="info">發布日期：2024年3月5日 10:30</div>', '2024-03-05T10:30:00+08:00'],
  ])('%s', (info, date) => {
    expect(extract(tw(info)).date).toBe(date);
  });
});

describe('one portal under one name, whichever footer the page has', () => {
  const withFooter = (title: string, footer: string): string =>
    page(title, '<div class="info">2024-03-05 10:30 来源：北京青年报</div>').replace(
      '<div class="footer">版权所有</div>',
      `<div class="footer">${footer}</div>`,
    );
  it.each([
    ['市统计局：前两月工业生产开局平稳_腾讯新闻', 'Copyright © 1998 - 2024 Tencent. All Rights Reserved. 腾讯公司 版权所有', '腾讯'],
    ['市统计局：前两月工业生产开局平稳_腾讯新闻', '腾讯公司 版权所有', '腾讯'],
    ['市统计局：前两月工业生产开局平稳_新浪新闻', 'Copyright © 1996-2024 SINA Corporation, All Rights Reserved 新浪公司 版权所有', '新浪'],
    ['市统计局：前两月工业生产开局平稳_新浪新闻', '新浪公司 版权所有', '新浪'],
    // a Latin owner alone stays
    ['市统计局：前两月工业生产开局平稳_腾讯新闻', 'Copyright © 1998 - 2024 Tencent. All Rights Reserved.', '腾讯新闻'],
  ])('%s / %s', (title, footer, site) => {
    expect(extract(withFooter(title, footer)).siteName).toBe(site);
  });
});

describe('the time in the block above the day', () => {
  it.each([
    [
      '<div class="info"><div class="time">10:30</div><div class="date">2024-03-05</div><div>来源：北京日报</div></div>',
      '2024-03-05T10:30:00+08:00',
    ],
    // a time below another day is that day's
    ['<div class="info"><div>2024-03-04</div><div>10:30</div><div>2024-03-05</div></div>', '2024-03-04T10:30:00+08:00'],
  ])('%s', (info, date) => {
    expect(extract(page('市统计局：前两月工业生产开局平稳_北京日报', info)).date).toBe(date);
  });
});

describe('the editor closing the last sentence', () => {
  it.each([
    [`${BODY.replace(/<\/p>$/, '编辑/王菁</p>')}`, '王菁'],
    [`${BODY.replace(/<\/p>$/, ' 责编／李四</p>')}`, '李四'],
  ])('%s', (body, editor) => {
    const html = page('市统计局：前两月工业生产开局平稳_扬子晚报网', '<div class="info">2024-03-05 10:30 来源：扬子晚报</div>').replace(
      BODY,
      body,
    );
    expect(extract(html).editor).toBe(editor);
  });
});
