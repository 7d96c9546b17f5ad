/**
 * Hidden blocks (src/prune/hidden.ts, style-rules.ts, docwrite.ts): every way a page hides an element, what is kept
 * (the body hidden until scripts run, harmless aria-hidden icons), and how hidden spam is recorded.
 */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pruneContext, type PruneContext } from '../src/prune/context.js';
import { writtenHtml } from '../src/prune/docwrite.js';
import { bodyOf, textOf } from '../src/prune/dom.js';
import { removeHidden } from '../src/prune/hidden.js';
import { removeSpamBlocks } from '../src/prune/spam.js';
import { hidingKind, parseDeclarations, parseHiddenSelectors } from '../src/prune/style-rules.js';
import type { RemovedBlock } from '../src/types.js';

const ctx = (warnings: string[] = []): PruneContext => pruneContext('https://www.example.com.cn/a.html', [], warnings);

const ARTICLE = [
  '受台风外围环流影响，21日至24日我省大部分地区将出现强降雨过程，局部有大暴雨。省防汛抗旱指挥部于21日8时启动防汛Ⅳ级应急响应。',
  '省防指要求，各地要加强对山洪灾害易发区、地质灾害隐患点和城市低洼易涝区的巡查值守，提前转移危险区域群众，严防人员伤亡。',
  '记者从省气象台了解到，此次降雨过程持续时间长、累计雨量大，部分县市过程雨量可达200毫米以上。',
  '目前，全省已预置抢险队伍320支、冲锋舟和橡皮艇460艘，储备编织袋、救生衣等防汛物资一批。',
];
const article = `<div id="content">${ARTICLE.map((p) => `<p>${p}</p>`).join('')}</div>`;
const page = (body: string, head = ''): string => `<html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const SPAM = [
  '久久国产精品无码网站',
  '中文字幕亚洲精品无码',
  '亚洲av无码成人黄网站在线观看',
  '人妻无码久久一区二区三区免费',
  '亚洲精品无码久久毛片',
  '日韩人妻无码精品一专区',
];
const spamLinks = SPAM.map((k, i) => `<a href="http://www.spam${i}.top/">${k}</a>`).join(' ');
/** A hidden block's harmless content: a login box. */
const LOGIN = '<span>用户名</span><span>密码</span><span>忘记密码？</span>';

function run(html: string, c: PruneContext = ctx()): { removed: RemovedBlock[]; text: string } {
  const $ = cheerio.load(html);
  const removed = removeHidden($, c);
  return { removed, text: textOf(bodyOf($)) };
}

describe('style declarations', () => {
  const kind = (css: string): string | null => hidingKind(parseDeclarations(css));
  it('recognises the hiding declarations', () => {
    expect(kind('display: none !important')).toBe('display-none');
    expect(kind('visibility:hidden')).toBe('visibility-hidden');
    expect(kind('font-size:0px')).toBe('font-size-zero');
    expect(kind('height:0;overflow:hidden')).toBe('zero-size');
    expect(kind('width:0px; overflow: hidden')).toBe('zero-size');
    expect(kind('width:1px;height:1px;overflow:hidden')).toBe('one-pixel');
    expect(kind('position:absolute;left:-9999px')).toBe('offscreen');
    expect(kind('POSITION: FIXED; TOP: -5000PX')).toBe('offscreen');
    expect(kind('text-indent:-9999em')).toBe('offscreen');
  });
  it('does not take visible styles for hiding', () => {
    expect(kind('display:block')).toBeNull();
    expect(kind('height:0')).toBeNull(); // content overflows visibly
    expect(kind('position:absolute;left:-20px')).toBeNull();
    expect(kind('text-indent:2em')).toBeNull();
    expect(kind('opacity:0')).toBeNull(); // fade-in animations start there
    expect(kind('width:300px;height:200px;overflow:hidden')).toBeNull();
  });
});

describe('<style> rules', () => {
  it('collects simple class and id selectors whose rule hides', () => {
    const sel = parseHiddenSelectors(`<!--
      .a { display: none !important }  div.d, #e, .f .g, .h:hover { visibility: hidden }
      .i{width:1px;height:1px;overflow:hidden} .j{position:absolute;left:-9999px} .k{font-size:0} .l{display:block}
      /* .m{display:none} */
      @media print { .nav { display:none } }
      @media (max-width: 600px) { @supports (display:grid) { .c {display:none} } }
    -->`);
    expect([...sel.classes.keys()].sort()).toEqual(['a', 'd', 'i', 'j']);
    expect([...sel.classes.get('d')!]).toEqual(['div']);
    expect([...sel.ids.keys()]).toEqual(['e']);
  });

  it('removes elements a page rule hides, honouring the tag', () => {
    const r = run(
      page(
        `${article}<div class="x9 ad">${LOGIN}</div><p class="onlydiv">段落文字保留</p><div id="pop">${LOGIN}</div>`,
        '<style>.x9{display:none} div.onlydiv{display:none} #pop{visibility:hidden}</style>',
      ),
    );
    expect(r.removed.map((b) => b.reason)).toEqual(['style-rule-hidden', 'style-rule-hidden']);
    expect(r.text).toContain('段落文字保留');
  });

  it('ignores print-only and media-query rules and <style media=print>', () => {
    const r = run(
      page(
        `${article}<div class="sidebar">${LOGIN}</div><div class="nav">${LOGIN}</div>`,
        '<style>@media print{.sidebar{display:none}}</style><style media="print">.nav{display:none}</style>',
      ),
    );
    expect(r.removed).toEqual([]);
  });
});

describe('inline hiding', () => {
  const cases: [string, string][] = [
    ['display:none', 'inline-display-none'],
    ['visibility:hidden', 'inline-visibility-hidden'],
    ['height:0;overflow:hidden', 'inline-zero-size'],
    ['font-size:0', 'inline-font-size-zero'],
    ['width:1px;height:1px;overflow:hidden', 'one-pixel'],
    ['position:absolute;left:-9999px', 'offscreen'],
    ['text-indent:-9999px;overflow:hidden', 'offscreen'],
  ];
  for (const [style, reason] of cases) {
    it(`${style} → kind hidden, ${reason}`, () => {
      const r = run(page(`${article}<div style="${style}">${LOGIN}</div>`));
      expect(r.removed).toEqual([{ kind: 'hidden', reason, chars: '用户名密码忘记密码？'.length, sample: '用户名密码忘记密码？' }]);
      for (const p of ARTICLE) expect(r.text).toContain(p);
    });
    it(`${style} with keyword links → kind spam, hidden-link-farm`, () => {
      const r = run(page(`${article}<div style="${style}">${spamLinks}</div>`));
      expect(r.removed).toMatchObject([{ kind: 'spam', reason: 'hidden-link-farm' }]);
      for (const k of SPAM) expect(r.text).not.toContain(k);
    });
  }

  it('the hidden attribute hides; hidden="until-found" does not', () => {
    expect(run(page(`${article}<div hidden>${LOGIN}</div>`)).removed).toMatchObject([{ kind: 'hidden', reason: 'hidden-attribute' }]);
    expect(run(page(`${article}<div hidden="until-found">${LOGIN}</div>`)).removed).toEqual([]);
  });

  it('children that show themselves again undo visibility:hidden and font-size:0', () => {
    const r = run(
      page(
        `${article}<ul style="font-size:0"><li style="font-size:14px">首页</li><li style="font-size:14px">新闻</li></ul><div style="visibility:hidden"><p style="visibility:visible">可见的文字</p></div>`,
      ),
    );
    expect(r.removed).toEqual([]);
    expect(r.text).toContain('可见的文字');
  });

  it('drops empty hidden elements without recording them', () => {
    const r = run(page(`${article}<div style="display:none"></div><div style="height:0;overflow:hidden;clear:both"> </div>`));
    expect(r.removed).toEqual([]);
  });

  it('samples are at most 80 characters', () => {
    const long = '这是一段很长的隐藏文字。'.repeat(8);
    const [b] = run(page(`${article}<div style="display:none">${long}</div>`)).removed;
    expect(b!.chars).toBe(long.length);
    expect(b!.sample).toBe(long.slice(0, 80));
  });
});

describe('aria-hidden and marquee', () => {
  it('leaves aria-hidden icons and decorative text alone', () => {
    const r = run(
      page(
        `${article}<p><i class="icon-share" aria-hidden="true"></i>分享</p><span aria-hidden="true">·</span><h2 aria-hidden="true">本地新闻</h2>`,
      ),
    );
    expect(r.removed).toEqual([]);
    expect(r.text).toContain('本地新闻');
  });

  it('drops link-heavy aria-hidden blocks', () => {
    const menu = '<nav aria-hidden="true"><a href="/a">要闻</a><a href="/b">国内</a><a href="/c">国际</a><a href="/d">财经</a></nav>';
    expect(run(page(`${article}${menu}`)).removed).toMatchObject([{ kind: 'hidden', reason: 'aria-hidden-links' }]);
  });

  it('drops a marquee of keyword links as spam, keeps a news ticker, hides a 1-pixel marquee', () => {
    const ticker =
      '<marquee><a href="/1">全省防汛工作会议召开</a> <a href="/2">暑期文旅消费持续升温</a> <a href="/3">福厦高铁联调联试</a></marquee>';
    const spam = `<marquee scrollamount="3">${spamLinks}</marquee>`;
    const tiny = `<marquee width="1" height="1">${LOGIN}</marquee>`;
    const r = run(page(`${article}${ticker}${spam}${tiny}`));
    expect(r.removed).toMatchObject([
      { kind: 'spam', reason: 'link-farm' },
      { kind: 'hidden', reason: 'one-pixel' },
    ]);
    expect(r.text).toContain('全省防汛工作会议召开');
  });
});

describe('document.write wrappers', () => {
  it('reads string-literal arguments, escapes and concatenation', () => {
    expect(writtenHtml(`document.write("<div style='display:none'>")`)).toBe("<div style='display:none'>");
    expect(writtenHtml(`document.writeln("<div style=\\"position:absolute;left:-9999px\\">");`)).toBe(
      '<div style="position:absolute;left:-9999px">',
    );
    expect(writtenHtml(`document.write('<d' + "iv>"); document.write('\\x3c/div\\u003e')`)).toBe('<div></div>');
    expect(writtenHtml('document.write(html)')).toBeNull();
    expect(writtenHtml(`document.write(unescape('%3Cdiv%20style%3D%22display%3Anone%22%3E'));`)).toBe('<div style="display:none">');
    expect(writtenHtml(`document.write(decodeURIComponent("%3C%2F" + 'div%3E'))`)).toBe('</div>');
    expect(writtenHtml(`document.write('<' + unescape("%64iv") + ' hidden>')`)).toBe('<div hidden>');
    expect(writtenHtml(`document.write(decodeURIComponent('%E0%A4%A'))`)).toBeNull();
    expect(writtenHtml(`document.write(unescape(code))`)).toBeNull();
    expect(writtenHtml('var a = 1;')).toBeNull();
  });

  const wrap = (open: string, inner: string, close = `<script>document.write("</div>")</script>`): string =>
    page(`${article}<script>${open}</script>\n${inner}\n${close}<p>页脚文字</p>`);

  it('removes the scripts and the links between them, as spam', () => {
    const r = run(wrap(`document.write("<div style='display:none'>")`, spamLinks));
    expect(r.removed).toMatchObject([{ kind: 'spam', reason: 'document-write-hidden' }]);
    for (const k of SPAM) expect(r.text).not.toContain(k);
    expect(r.text).toContain('页脚文字');
  });

  it('handles unescape(), writeln, escaped quotes, an off-screen div and a class hidden by a <style> rule', () => {
    const encoded = run(
      wrap(
        `document.write(unescape('%3Cdiv%20style%3D%22display%3Anone%22%3E'))`,
        spamLinks,
        `<script>document.write(unescape('%3C/div%3E'))</script>`,
      ),
    );
    expect(encoded.removed).toMatchObject([{ kind: 'spam', reason: 'document-write-hidden' }]);
    const off = run(
      wrap(
        `document.writeln("<div style=\\"position:absolute;left:-9999px\\">");`,
        spamLinks,
        '<script>document.writeln("<\\/div>");</script>',
      ),
    );
    expect(off.removed).toMatchObject([{ kind: 'spam', reason: 'document-write-hidden' }]);
    const html = wrap(`document.write('<div class="hd8">');`, spamLinks).replace('<head>', '<head><style>.hd8{display:none}</style>');
    expect(run(html).removed).toMatchObject([{ kind: 'spam', reason: 'document-write-hidden' }]);
  });

  it('records a non-spam region as hidden, and ignores visible or unclosed wrappers', () => {
    expect(run(wrap(`document.write("<div style='display:none'>")`, LOGIN)).removed).toMatchObject([
      { kind: 'hidden', reason: 'document-write-hidden' },
    ]);
    expect(run(wrap(`document.write("<div class='ad'>")`, spamLinks.slice(0, 0) + LOGIN)).removed).toEqual([]);
    expect(run(wrap(`document.write("<div style='display:none'>")`, LOGIN, '')).removed).toEqual([]);
  });
});

describe('the body hidden until scripts run is kept', () => {
  it('keeps a hidden wrapper holding most of the text, warns, and still drops hidden spam inside it', () => {
    const warnings: string[] = [];
    const html = page(
      `<div class="nav"><a href="/">首页</a></div><div id="main" style="display:none">${article}<div style="display:none">${spamLinks}</div></div>`,
    );
    const r = run(html, ctx(warnings));
    expect(r.removed).toMatchObject([{ kind: 'spam', reason: 'hidden-link-farm' }]);
    for (const p of ARTICLE) expect(r.text).toContain(p);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^kept hidden div#main \(inline-display-none\): it holds \d+% of the page's text$/);
  });

  it('keeps the pages of a paged article hidden as siblings', () => {
    const pages = ARTICLE.map((p, i) => `<div class="page${i ? ' page_hidden' : ''}"><div class="txt">${p}</div></div>`).join('');
    const warnings: string[] = [];
    const r = run(page(`${pages}<div class="footer">版权所有</div>`, '<style>.page_hidden{display:none}</style>'), ctx(warnings));
    expect(r.removed).toEqual([]);
    for (const p of ARTICLE) expect(r.text).toContain(p);
    expect(warnings[0]).toMatch(/and 2 more \(hidden siblings\)/);
  });

  it('drops a hidden tab holding little of the text', () => {
    const tab = '<div class="tab" style="display:none"><p>热门评论：这篇报道很及时。</p></div>';
    expect(run(page(`${article}${tab}`)).removed).toMatchObject([{ kind: 'hidden', reason: 'inline-display-none' }]);
  });
});

describe('works with removeSpamBlocks in either order', () => {
  it('gives the same text and one spam record per block', () => {
    const html = page(`${article}<div style="display:none">${spamLinks}</div><div hidden>${LOGIN}</div>`);
    const a = cheerio.load(html);
    const hiddenFirst = [...removeHidden(a, ctx()), ...removeSpamBlocks(a, ctx()).removed];
    const b = cheerio.load(html);
    const spamFirst = [...removeSpamBlocks(b, ctx()).removed, ...removeHidden(b, ctx())];
    expect(textOf(bodyOf(a))).toBe(textOf(bodyOf(b)));
    expect(hiddenFirst.map((x) => x.kind).sort()).toEqual(['hidden', 'spam']);
    expect(spamFirst.map((x) => x.kind).sort()).toEqual(['hidden', 'spam']);
  });
});
