/**
 * Spam detection (src/prune/spam.ts): link farms and keyword runs, visible or hidden, on real-looking pages and on
 * the spam-* / crackdown-* fixtures. Each spam fixture has clean.html, the identical page without the injection:
 * after pruning, both must read the same, and the clean page must lose nothing as spam.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { pruneContext, type PruneContext } from '../src/prune/context.js';
import { bodyOf, textOf } from '../src/prune/dom.js';
import { removeHidden } from '../src/prune/hidden.js';
import { matcherFor } from '../src/prune/lexicon.js';
import { isSpamText, removeSpamBlocks, stripSpamRun } from '../src/prune/spam.js';
import { mayHoldKeywordUnits } from '../src/prune/tokens.js';
import { extract } from '../src/extract.js';
import type { RemovedBlock, SpamSummary } from '../src/types.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** The seed page's text dump, bundled so the suite runs on a clone with nothing beside it. */
const SEED = join(FIXTURES, 'seed-text', 'page.txt');

const ctx = (url: string | null = 'https://www.example.com.cn/a.html', keywords: string[] = []): PruneContext =>
  pruneContext(url, keywords, []);

/** The pipeline's order: hidden blocks, then spam. */
function prune(html: string, c: PruneContext = ctx()): { text: string; removed: RemovedBlock[]; summary: SpamSummary } {
  const $ = cheerio.load(html);
  const removed = removeHidden($, c);
  const spam = removeSpamBlocks($, c);
  return { text: textOf(bodyOf($)), removed: [...removed, ...spam.removed], summary: spam.summary };
}
const spamOf = (r: { removed: RemovedBlock[] }): RemovedBlock[] => r.removed.filter((b) => b.kind === 'spam');
const squash = (s: string): string => s.replace(/\s+/g, '');

const page = (body: string, head = ''): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

const ARTICLE = [
  '受台风外围环流影响，21日至24日我省大部分地区将出现强降雨过程，局部有大暴雨。省防汛抗旱指挥部于21日8时启动防汛Ⅳ级应急响应。',
  '省防指要求，各地要加强对山洪灾害易发区、地质灾害隐患点和城市低洼易涝区的巡查值守，提前转移危险区域群众，严防人员伤亡。',
  '记者从省气象台了解到，此次降雨过程持续时间长、累计雨量大，部分县市过程雨量可达200毫米以上。',
];
const articleHtml = ARTICLE.map((p) => `<p>　　${p}</p>`).join('\n');

/** Keyword links like the seed's injection (its real strings), each on an invented spam host. */
const SEED_SPAM = readFileSync(SEED, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .at(-1)!
  .trim();
const KEYWORDS = SEED_SPAM.split(/\s*\|\s*/).filter(Boolean);
const spamLinks = (n: number, sep = '| ', from = 0): string =>
  KEYWORDS.slice(from, from + n)
    .map((k, i) => `<a href="http://www.spam${i % 5}.top/${i}.html">${k}</a>`)
    .join(sep);

describe('lexicon', () => {
  const m = matcherFor(ctx());
  it('scores units by distinct terms: strong terms alone, weak ones in pairs', () => {
    expect(m.score('久久国产精品无码网站')).toBeGreaterThanOrEqual(2);
    expect(m.score('中文字幕专区高清在线观看')).toBeGreaterThanOrEqual(2);
    expect(m.score('澳门')).toBeLessThan(2);
    expect(m.score('体育彩票公益金助力全民健身')).toBeLessThan(2);
    expect(m.score('庆余年第二季高清在线观看')).toBeLessThan(2); // generic video words only add to others
  });
  it('folds traditional characters and full-width letters', () => {
    expect(m.score('亞洲無碼中文字幕')).toBeGreaterThanOrEqual(2);
    expect(m.score('ＡＶ在線')).toBeGreaterThanOrEqual(2);
  });
  it('matches ASCII terms as whole words only; `av` only next to Han characters', () => {
    expect(m.score('java')).toBe(0);
    expect(m.score('avenue')).toBe(0);
    expect(m.score('亚洲av无码')).toBeGreaterThanOrEqual(2);
    expect(m.score('AV女优')).toBeGreaterThanOrEqual(2);
    for (const t of ['en av de beste', 'Av. Paulista', 's’avère', 'AV cable', 'hot milf'])
      expect(m.score(t)).toBeLessThan(t === 'hot milf' ? 3 : 2);
  });
  it('a crackdown context word cancels the unit', () => {
    expect(m.score('警方捣毁澳门百家乐赌场')).toBe(0);
    expect(m.score('police raid online casino')).toBe(0);
  });
  it('user keywords count at full weight, in either script', () => {
    expect(matcherFor(ctx(null, ['蜜桃传媒'])).score('蜜桃傳媒免费看')).toBeGreaterThanOrEqual(2);
    expect(m.score('蜜桃传媒免费看')).toBeLessThan(2);
  });
});

describe('the keyword-hit bound that skips tokenizing clean pages', () => {
  const bodyNodes = (html: string) => [bodyOf(cheerio.load(html))];

  it('counts keyword hits in links and in text flows, and none on a clean article', () => {
    expect(mayHoldKeywordUnits(bodyNodes(page(articleHtml)), ctx(), 1)).toBe(false);
    expect(mayHoldKeywordUnits(bodyNodes(page(`${articleHtml}<div>${spamLinks(3)}</div>`)), ctx(), 3)).toBe(true);
    // a keyword split by inline markup is one flow, as the tokenizer reads it
    const [first] = KEYWORDS;
    const split = `${first!.slice(0, 2)}<b>${first!.slice(2)}</b>`;
    expect(mayHoldKeywordUnits(bodyNodes(page(`<p>${split}</p>`)), ctx(), 1)).toBe(true);
  });

  it('still finds the smallest visible run the thresholds allow', () => {
    const r = prune(page(`<div id="content">${articleHtml}</div><div>${spamLinks(3)}</div>`));
    expect(spamOf(r)).toHaveLength(1);
  });
});

describe('visible link farms and keyword runs', () => {
  it('drops a seed-like run of |-separated keyword links after the footer', () => {
    const html = page(
      `<div id="content">${articleHtml}</div><div class="footer">关于我们 | 联系我们 | 网站地图</div><div>${spamLinks(40)}</div>`,
    );
    const r = prune(html);
    expect(spamOf(r)).toHaveLength(1);
    expect(spamOf(r)[0]).toMatchObject({ kind: 'spam', reason: 'link-farm' });
    expect(r.summary).toMatchObject({ detected: true, blocks: 1, links: 40 });
    expect(r.summary.hosts).toEqual(['www.spam0.top', 'www.spam1.top', 'www.spam2.top', 'www.spam3.top', 'www.spam4.top']);
    for (const k of KEYWORDS.slice(0, 40)) expect(r.text).not.toContain(k);
    expect(r.text).toContain('关于我们 | 联系我们 | 网站地图');
    for (const p of ARTICLE) expect(r.text).toContain(p);
  });

  it('cuts links appended inside the last paragraph and keeps the paragraph', () => {
    const last = '在真抓实干中自然留痕。';
    const html = page(`<div id="content">${articleHtml}<p>　　${last}${spamLinks(9, '| ', 10)}</p></div>`);
    const r = prune(html);
    expect(spamOf(r)).toHaveLength(1);
    expect(r.text).toContain(last);
    for (const k of KEYWORDS.slice(10, 19)) expect(r.text).not.toContain(k);
  });

  it('cuts bare keyword text glued to the end of a paragraph', () => {
    const html = page(`<div id="content">${articleHtml}<p>　　在真抓实干中自然留痕。${KEYWORDS.slice(0, 12).join('| ')}</p></div>`);
    const r = prune(html);
    expect(spamOf(r)).toMatchObject([{ reason: 'keyword-run' }]);
    expect(r.text.endsWith('在真抓实干中自然留痕。')).toBe(true);
  });

  it('drops a block of bare keywords separated by spaces', () => {
    const html = page(`${articleHtml}<div>${KEYWORDS.slice(5, 15).join(' ')}</div>`);
    const r = prune(html);
    expect(spamOf(r)).toHaveLength(1);
    for (const k of KEYWORDS.slice(5, 15)) expect(r.text).not.toContain(k);
  });

  it('drops an English link farm in a list', () => {
    const words = [
      'best online casino bonus',
      'cheap viagra online',
      'buy cialis without prescription',
      'free porn videos',
      'live casino baccarat',
      'hot milf webcam',
    ];
    const farm = `<ul>${words.map((w, i) => `<li><a href="https://farm${i}.xyz/">${w}</a></li>`).join('')}</ul>`;
    const r = prune(
      page(`<article><p>The council voted on Thursday to approve the plan.</p></article>${farm}`),
      ctx('https://www.riversideherald.com/x'),
    );
    expect(spamOf(r)).toHaveLength(1);
    expect(r.summary.links).toBe(6);
    for (const w of words) expect(r.text).not.toContain(w);
  });

  it('keeps a plain link that sits between keyword links, and the nav before the farm', () => {
    const nav = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">新闻</a></li><li><a href="/video/">视频</a></li></ul>';
    const farm = `<div>${spamLinks(5)}| <a href="http://www.spam1.top/x">91中文在线视频</a>| ${spamLinks(5, '| ', 6)}</div>`;
    const r = prune(page(`${nav}${articleHtml}${farm}`));
    expect(r.text).not.toContain('91中文在线视频');
    expect(r.text).toContain('首页 新闻 视频');
  });
});

describe('normal pages are not spam', () => {
  it('nav menus, related news, tag clouds, friend links and footers', () => {
    const html = page(`
      <div class="top">${['首页', '新闻', '娱乐', '体育', '彩票', '视频', '澳门', '财经'].map((t, i) => `<a href="https://n${i}.example.com.cn/">${t}</a>`).join(' | ')}</div>
      <div id="content">${articleHtml}</div>
      <div class="tags">标签：<a href="/tag/1">澳门</a> <a href="/tag/2">彩票</a> <a href="/tag/3">博彩</a> <a href="/tag/4">亚洲杯</a> <a href="/tag/5">国产手机</a></div>
      <div class="related"><h3>相关新闻</h3><ul>
        ${['澳门特区政府发布暴雨黄色警告', '体育彩票公益金助力乡村全民健身设施建设', '国产大飞机C919完成首个商业航班周年运营', '亚洲青年运动会火炬传递福州站举行', '澳门博彩毛收入连续六个月回升', '精品民宿带动乡村旅游'].map((t, i) => `<li><a href="https://www.example.com.cn/2023/${i}.html">${t}</a><span>07-2${i}</span></li>`).join('')}
      </ul></div>
      <div class="links">友情链接：<a href="https://www.gov.cn/">中国政府网</a> | <a href="http://www.xinhuanet.com/">新华网</a> | <a href="http://www.people.com.cn/">人民网</a> | <a href="https://www.chinanews.com.cn/">中国新闻网</a></div>
      <div class="footer"><a href="/about">关于我们</a> | <a href="/ad">广告服务</a> | 闽ICP备05012345号 | Copyright © 2023</div>`);
    const r = prune(html);
    expect(spamOf(r)).toEqual([]);
    expect(r.summary).toEqual({ detected: false, blocks: 0, links: 0, hosts: [] });
  });

  it('a list of video titles with generic video words', () => {
    const titles = ['庆余年第二季高清在线观看', '繁花全集在线播放', '狂飙高清完整版', '长相思第一季免费观看', '漫长的季节高清在线观看'];
    const r = prune(
      page(`${articleHtml}<ul>${titles.map((t, i) => `<li><a href="https://v.example.com/${i}">${t}</a></li>`).join('')}</ul>`),
    );
    expect(spamOf(r)).toEqual([]);
  });

  it('an English nav and a business-news list about the gambling industry', () => {
    const nav = ['News', 'Sports', 'Betting Odds', 'Casino Reviews', 'Poker'].map((t) => `<a href="/${t}">${t}</a>`).join(' | ');
    const list = [
      'Online casino revenue rises in New Jersey',
      'Sportsbook handle hits record in June',
      'Casino stocks fall after earnings',
      'Lottery winner claims jackpot',
    ];
    const r = prune(
      page(
        `<nav>${nav}</nav><p>The state reported its monthly gaming figures on Monday.</p><ul>${list.map((t) => `<li><a href="/a">${t}</a></li>`).join('')}</ul>`,
      ),
    );
    expect(spamOf(r)).toEqual([]);
  });

  it('a crackdown article quoting spam words inside sentences', () => {
    const p = [
      '通报指出，一些不法网站以“无码”“中文字幕”“在线观看”等字样吸引点击，在页面中大量堆砌色情关键词，有的还通过入侵正规网站、植入隐藏链接的方式引流。',
      '办案民警介绍，一些境外赌场以“真人娱乐”“百家乐”“六合彩”等名目招揽参赌人员，有的打着棋牌游戏、彩票投注的幌子诱骗群众下注。',
      '网络赌博平台常用的名目有百家乐、六合彩、时时彩、老虎机等，警方提醒群众远离。',
    ];
    const r = prune(page(p.map((x) => `<p>${x}</p>`).join('')));
    expect(spamOf(r)).toEqual([]);
    for (const x of p) expect(r.text).toContain(x);
  });
});

describe('text dumps: isSpamText / stripSpamRun', () => {
  const seed = readFileSync(SEED, 'utf8');
  const lines = seed.split('\n');
  const c = ctx(null);

  it("flags the seed's injected line and no other line", () => {
    const flagged = lines.filter((l) => isSpamText(l, c));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.trim()).toBe(SEED_SPAM);
  });

  it('strips the injected line from the whole dump and keeps the rest', () => {
    const r = stripSpamRun(seed, c);
    expect(r.removed).toMatchObject({ kind: 'spam', reason: 'keyword-run' });
    expect(r.removed!.sample.startsWith('久久国产精品无码网站')).toBe(true);
    for (const k of KEYWORDS) expect(r.text).not.toContain(k);
    expect(r.text).toContain('分享到');
    expect(r.text).toContain('網站簡介 | 人才招聘 | 廣告服務 | 聯系我們');
    expect(r.text.length).toBeGreaterThan(seed.length - SEED_SPAM.length - 20);
  });

  it('strips a run glued to the end of a normal line', () => {
    const line = `在真抓实干中自然留痕。${SEED_SPAM}`;
    expect(isSpamText(line, c)).toBe(true);
    expect(stripSpamRun(line, c).text).toBe('在真抓实干中自然留痕。');
    expect(stripSpamRun(`${ARTICLE[0]}${SEED_SPAM}`, c).text).toBe(ARTICLE[0]);
  });

  it('leaves normal text alone', () => {
    for (const t of [
      ...ARTICLE,
      '網站簡介 | 人才招聘 | 廣告服務 | 聯系我們 | 違法和不良信息舉報電話: 0931-8960109',
      '澳门 | 彩票 | 博彩 | 体育',
    ]) {
      expect(isSpamText(t, c)).toBe(false);
      expect(stripSpamRun(t, c)).toEqual({ text: t, removed: null });
    }
  });
});

describe('the summary counts spam found by removeHidden too', () => {
  it('removeHidden first, then removeSpamBlocks', () => {
    const html = page(`${articleHtml}<div style="display:none">${spamLinks(6)}</div><div>${spamLinks(8, ' ', 20)}</div>`);
    const c = ctx();
    const $ = cheerio.load(html);
    const hidden = removeHidden($, c);
    expect(hidden).toMatchObject([{ kind: 'spam', reason: 'hidden-link-farm' }]);
    const { removed, summary } = removeSpamBlocks($, c);
    expect(removed).toMatchObject([{ kind: 'spam', reason: 'link-farm' }]);
    expect(summary).toMatchObject({ detected: true, blocks: 2, links: 14 });
  });

  it('removeSpamBlocks first takes hidden spam itself, and the text is the same either way', () => {
    const html = page(
      `${articleHtml}<div style="display:none">${spamLinks(6)}</div><div style="display:none"><a href="/login">登录</a></div>`,
    );
    const c = ctx();
    const $ = cheerio.load(html);
    const first = removeSpamBlocks($, c);
    expect(first.removed).toMatchObject([{ kind: 'spam', reason: 'hidden-link-farm' }]);
    expect(removeHidden($, c)).toMatchObject([{ kind: 'hidden', reason: 'inline-display-none', sample: '登录' }]);
    expect(squash(textOf(bodyOf($)))).toBe(squash(prune(html).text));
  });

  it('in extract(), hidden spam goes with the hidden-blocks rule on (found by it) and off (found by the spam pass)', () => {
    const html = page(`<h1>省防汛抗旱指挥部启动应急响应</h1>${articleHtml}<div style="display:none">${spamLinks(6)}</div>`);
    for (const on of [true, false]) {
      const a = extract(html, { heuristics: { 'hidden-blocks': on } });
      expect(a.spam).toMatchObject({ detected: true, blocks: 1, links: 6 });
      expect(a.removed.filter((b) => b.kind === 'spam')).toMatchObject([{ reason: 'hidden-link-farm' }]);
    }
  });
});

describe('speed', () => {
  it('is linear on a large page (no quadratic walk)', () => {
    const big = page(
      Array.from(
        { length: 3000 },
        (_, i) =>
          `<div><p>第${i}段，正文内容，记者从有关部门了解到相关情况。</p><ul><li><a href="/n/${i}">相关新闻标题${i}</a></li></ul></div>`,
      ).join(''),
    );
    const $ = cheerio.load(big);
    const t0 = performance.now();
    removeHidden($, ctx());
    removeSpamBlocks($, ctx());
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});

// -------------------------------------------------------------------------------------------------------------
// Fixtures
// -------------------------------------------------------------------------------------------------------------

interface Case {
  name: string;
  encoding: string;
  url: string | null;
  paragraphs: string[];
}

function cases(prefix: string): Case[] {
  return readdirSync(FIXTURES)
    .filter((d) => d.startsWith(prefix))
    .sort()
    .map((name) => {
      const dir = join(FIXTURES, name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { encoding: string; text: string };
      const options = existsSync(join(dir, 'options.json'))
        ? (JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as { url?: string })
        : {};
      return { name, encoding: expected.encoding, url: options.url ?? null, paragraphs: expected.text.split('\n\n') };
    });
}

const read = (c: Case, file: string): string => iconv.decode(readFileSync(join(FIXTURES, c.name, file)), c.encoding);

/** Words of the injection: link texts and |-separated pieces in page.html that clean.html does not have. */
function injectedTerms(c: Case): string[] {
  const words = (html: string): Set<string> => {
    const $ = cheerio.load(html);
    const out = new Set<string>();
    $('a').each((_, a) => {
      out.add($(a).text().trim());
    });
    for (const w of textOf(bodyOf($)).split(/\s*[|｜]\s*|\s{2,}/)) out.add(w.trim());
    return out;
  };
  const clean = words(read(c, 'clean.html'));
  const cleanText = squash(textOf(bodyOf(cheerio.load(read(c, 'clean.html')))));
  return [...words(read(c, 'page.html'))].filter((w) => w.length >= 4 && !clean.has(w) && !cleanText.includes(squash(w)));
}

describe('spam fixtures: the injection goes, the page stays', () => {
  const all = cases('spam-');
  it('has one fixture per form', () => expect(all.length).toBeGreaterThanOrEqual(16));
  for (const c of all) {
    describe(c.name, () => {
      const spam = prune(read(c, 'page.html'), ctx(c.url));
      const clean = prune(read(c, 'clean.html'), ctx(c.url));
      it('reports spam', () => {
        expect(spam.summary.detected).toBe(true);
        expect(spam.summary.blocks).toBe(spamOf(spam).length);
        expect(spamOf(spam).length).toBeGreaterThan(0);
      });
      it('leaves none of the injected terms', () => {
        const terms = injectedTerms(c);
        expect(terms.length).toBeGreaterThan(0);
        for (const t of terms) expect(spam.text).not.toContain(t);
      });
      it('reads the same as the clean page', () => expect(squash(spam.text)).toBe(squash(clean.text)));
      it('removes nothing as spam from the clean page', () => {
        expect(spamOf(clean)).toEqual([]);
        expect(clean.summary.detected).toBe(false);
      });
      it('keeps every article paragraph', () => {
        for (const p of c.paragraphs) expect(squash(spam.text)).toContain(squash(p));
      });
    });
  }
});

describe('crackdown fixtures: news about gambling and porn is not spam', () => {
  const all = cases('crackdown-');
  it('has the three cases', () =>
    expect(all.map((c) => c.name)).toEqual(['crackdown-en-casino', 'crackdown-zh-gambling', 'crackdown-zh-porn']));
  for (const c of all) {
    it(c.name, () => {
      const r = prune(read(c, 'page.html'), ctx(c.url));
      expect(spamOf(r)).toEqual([]);
      expect(r.summary.detected).toBe(false);
      for (const p of c.paragraphs) expect(squash(r.text)).toContain(squash(p));
      for (const p of c.paragraphs) expect(isSpamText(p, ctx(null))).toBe(false);
    });
  }
});

// -------------------------------------------------------------------------------------------------------------
// End to end through extract() (the lead's pipeline calls removeHidden + removeSpamBlocks)
// -------------------------------------------------------------------------------------------------------------

/** Bag-of-tokens F1 (Han characters and Latin/digit words), as the corpus scorer counts body overlap. */
function f1(a: string, b: string): number {
  const bag = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const t of s.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const x = bag(a);
  const y = bag(b);
  let hit = 0;
  let nx = 0;
  let ny = 0;
  for (const v of x.values()) nx += v;
  for (const v of y.values()) ny += v;
  for (const [k, v] of x) hit += Math.min(v, y.get(k) ?? 0);
  if (nx === 0 && ny === 0) return 1;
  if (hit === 0) return 0;
  const p = hit / nx;
  const r = hit / ny;
  return (2 * p * r) / (p + r);
}

describe('end to end via extract(): spam page body = clean page body', () => {
  for (const c of cases('spam-')) {
    it(c.name, () => {
      const options = c.url ? { url: c.url } : {};
      const spam = extract(readFileSync(join(FIXTURES, c.name, 'page.html')), options);
      const clean = extract(readFileSync(join(FIXTURES, c.name, 'clean.html')), options);
      expect(f1(spam.text, clean.text)).toBeGreaterThanOrEqual(0.99);
      expect(spam.spam.detected).toBe(true);
      expect(clean.spam.detected).toBe(false);
      expect(clean.removed.filter((b) => b.kind === 'spam')).toEqual([]);
      for (const t of injectedTerms(c)) expect(spam.text).not.toContain(t);
    });
  }
  for (const c of cases('crackdown-')) {
    it(c.name, () => {
      const a = extract(readFileSync(join(FIXTURES, c.name, 'page.html')), c.url ? { url: c.url } : {});
      expect(a.spam.detected).toBe(false);
      expect(f1(a.text, c.paragraphs.join('\n\n'))).toBeGreaterThanOrEqual(0.99);
    });
  }
});
