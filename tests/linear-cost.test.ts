/**
 * Linear cost on pathological shapes (#12, found by `npm run fuzz`). The width cap (src/prune/wide.ts): pages
 * whose elements hold tens of thousands of children (link farms, megabytes of duplicated markup) keep their
 * article, lose the link runs, and every element ends up holding at most `maxChildren` elements. Then the two
 * quadratic spots it exposed, and Readability's cost guard on deeply nested text. Speeds are the fuzz harness's
 * job; the timeouts only keep a regression from hanging the suite (LINEAR_GUARD: the old code took longer).
 */
import { describe, expect, it, vi } from 'vitest';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { extract } from '../src/extract.js';
import { findAll, loadHtml, textContent } from '../src/parse/load.js';
import { dropUnreadAttributes } from '../src/body/readability.js';
import { capWidth } from '../src/prune/wide.js';
import { dropDeepTags } from '../src/parse/depth.js';
import { MAX_TEXT_NODE, capTextNodes } from '../src/prune/long-text.js';
import { articleProblems } from '../src/schema.js';
import { splitNames } from '../src/fields/people.js';
import limits from '../src/data/wide-blocks.json' with { type: 'json' };

const GUARD = 60_000;
/** Seconds for the linear code, tens of seconds for the quadratic one it replaced. */
const LINEAR_GUARD = 10_000;

const ARTICLE =
  '<h1>Council approves the harbour plan</h1>' +
  '<p>The council voted on Thursday to rebuild the harbour piers, ending two years of debate over the cost of repairs and the fate of the fish market.</p>' +
  '<p>Work is expected to begin next spring and to take about three years, with one pier open to the ferries at all times during the works.</p>' +
  '<p>Fishermen, who had asked for the market to stay on the quay, welcomed the vote but said they would watch the schedule closely.</p>';

const links = (n: number, sep = ' | '): string =>
  Array.from({ length: n }, (_, i) => `<a href="http://spam${i % 97}.example/${i}">cheap pills ${i}</a>`).join(sep);

const page = (body: string, after = ''): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Council approves the harbour plan</title></head><body>${body}</body></html>${after}`;

/** The largest number of elements under one node. */
function maxWidth(root: ParentNode): number {
  let max = 0;
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    const els = n.children.filter((c) => c.type === 'tag');
    max = Math.max(max, els.length);
    for (const c of els) stack.push(c as Element);
  }
  return max;
}

const anchors = (root: AnyNode): number => {
  let n = 0;
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'tag' && (node as Element).name === 'a') n++;
    if ('children' in node) stack.push(...(node as ParentNode).children);
  }
  return n;
};

describe('the width cap on extract()', () => {
  it(
    'a real article next to 20,000 links in one block keeps the article and drops the links, with a warning',
    () => {
      const article = extract(page(`<article>${ARTICLE}</article><div class="links">${links(20_000)}</div>`));
      expect(article.text).toContain('The council voted on Thursday to rebuild the harbour piers');
      expect(article.text).toContain('Fishermen, who had asked for the market to stay on the quay');
      expect(article.text).not.toContain('cheap pills');
      expect(article.warnings.some((w) => /removed 20000 links in 1 run/.test(w))).toBe(true);
      const run = article.removed.find((r) => r.reason === 'link-run');
      expect(run).toMatchObject({ kind: 'chrome' });
      expect(run!.sample.startsWith('cheap pills 0 | cheap pills 1')).toBe(true);
      expect(articleProblems(JSON.parse(JSON.stringify(article)))).toEqual([]);
    },
    GUARD,
  );

  it(
    'links spilled straight into <body> around the article: the runs go, the article between them stays',
    () => {
      const article = extract(page(`${links(12_000, '<br>')}<div class="story">${ARTICLE}</div>${links(12_000, ' ')}`));
      expect(article.text).toContain('Work is expected to begin next spring');
      expect(article.text).not.toContain('cheap pills');
      expect(article.warnings.some((w) => /removed 24000 links in 2 runs/.test(w))).toBe(true);
    },
    GUARD,
  );

  it(
    'megabytes of duplicated markup after </html> are grouped, not lost: the article and the title stay',
    () => {
      const dup = '<div class="teaser"><h3>Weather</h3><span>Sunny, 21°</span></div>'.repeat(20_000);
      const article = extract(page(`<article>${ARTICLE}</article>`, dup));
      expect(article.title).toBe('Council approves the harbour plan');
      expect(article.text).toContain('The council voted on Thursday');
      expect(
        article.warnings.some((w) => /grouped the children of 1 element holding over 2000 elements into wrappers of 1000/.test(w)),
      ).toBe(true);
      expect(article.removed.some((r) => r.reason === 'link-run')).toBe(false);
    },
    GUARD,
  );

  it('leaves a page within the cap as it was, with no warning', () => {
    const html = page(`<article>${ARTICLE}</article><ul>${'<li><a href="/a">Another story</a></li>'.repeat(300)}</ul>`);
    const article = extract(html);
    expect(article.warnings.filter((w) => /links in|grouped the children/.test(w))).toEqual([]);
    expect(article.removed.some((r) => r.reason === 'link-run')).toBe(false);
  });
});

describe('capWidth', () => {
  it('groups the children of a wide element in order, nothing lost, each wrapper within the cap', () => {
    const $ = loadHtml(`<div id="wide">${'<p>para</p>'.repeat(5_000)}<p>last</p></div>`);
    const root = $.root()[0]!;
    const before = textContent(root);
    const cap = capWidth(root);
    expect(cap.grouped).toBe(1);
    expect(textContent(root)).toBe(before);
    expect(maxWidth(root)).toBeLessThanOrEqual(limits.maxChildren);
    const wide = $('#wide')[0]!;
    expect(wide.children.map((c) => (c as Element).name)).toEqual(['div', 'div', 'div', 'div', 'div', 'div']);
    // parent and sibling links hold, so later walks and cheerio see one tree
    const firstWrapper = wide.children[0] as Element;
    expect(firstWrapper.parent).toBe(wide);
    expect(firstWrapper.next).toBe(wide.children[1]);
    expect((firstWrapper.children[0] as Element).parent).toBe(firstWrapper);
    expect($('#wide p').last().text()).toBe('last');
  });

  it('groups a phrasing element into <span>s, so its text stays one paragraph', () => {
    const $ = loadHtml(`<p id="wide">${'<b>bold</b> and '.repeat(3_000)}</p>`);
    capWidth($.root()[0]!);
    expect(
      new Set(
        $('#wide')
          .children()
          .toArray()
          .map((c) => c.name),
      ),
    ).toEqual(new Set(['span']));
  });

  it('groups in levels when even the wrappers would be too many', () => {
    const $ = loadHtml(`<div id="wide">${'<i>x</i>'.repeat(50)}</div>`);
    const cap = capWidth($.root()[0]!, { maxChildren: 4, groupSize: 3 });
    expect(cap.grouped).toBe(1);
    expect(maxWidth($.root()[0]!)).toBeLessThanOrEqual(4);
    expect($('#wide i').length).toBe(50);
  });

  it('removes only runs of links long enough, and list items that are all link text count as links', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">story ${i}</a></li>`).join('');
    const prose = '<li>A list item of prose, not a link, which ends the run.</li>';
    const $ = loadHtml(`<ul id="list">${items(2_500)}${prose}${items(150)}</ul>`);
    const root = $.root()[0]!;
    const cap = capWidth(root);
    expect(cap.links).toBe(2_500);
    expect(cap.removed).toHaveLength(1);
    expect(cap.removed[0]!.chars).toBeGreaterThan(2_500 * 6);
    expect($('#list li').length).toBe(151); // the prose item and the short run of 150 stay
    expect(anchors(root)).toBe(150);
    expect(cap.grouped).toBe(0);
  });

  it('text that is more than a separator between links ends a run', () => {
    const mixed = Array.from({ length: 2_100 }, (_, i) => `<a href="/x/${i}">x${i}</a> said the council `).join('');
    const $ = loadHtml(`<div id="d">${mixed}</div>`);
    const cap = capWidth($.root()[0]!);
    expect(cap.links).toBe(0);
    expect(cap.grouped).toBe(1);
    expect(anchors($.root()[0]!)).toBe(2_100);
  });
});

describe('linear on the shapes found by the width work (#12, fuzz seed 7)', () => {
  it(
    'a <head> never closed, holding 200,000 links: they move to the body in order, the metadata stays in the head',
    () => {
      const short = Array.from({ length: 200_000 }, (_, i) => `<a href="/${i}">${i}</a>`).join('');
      const $ = loadHtml(`<html><head><title>Harbour</title><meta name="author" content="Ann Lee">${short}<title>late</title></html>`);
      const head = $('head')[0]!;
      const body = $('body')[0]!;
      expect(head.children.map((c) => (c as Element).name)).toEqual(['title', 'meta', 'title']);
      expect(body.children).toHaveLength(200_000);
      expect($('body > a').first().text()).toBe('0');
      expect($('body > a').last().text()).toBe('199999');
      const second = body.children[1]!;
      expect(second.prev).toBe(body.children[0]);
      expect(second.next).toBe(body.children[2]);
      expect(second.parent).toBe(body);
      expect(head.children[2]!.prev).toBe(head.children[1]);
    },
    LINEAR_GUARD,
  );

  it('dropDeepTags drops the start and end tags beyond the limit, and counts no comment, raw text, void or self-closing tag', () => {
    expect(dropDeepTags('<div><div><div>x</div></div></div>', 2)).toEqual({ html: '<div><div>x</div></div>', dropped: 2 });
    expect(dropDeepTags('<DIV><Div><div class="c">z</DIV></div></div>', 2)).toEqual({ html: '<DIV><Div>z</div></div>', dropped: 2 });
    const skipped = '<div><!-- <div><div><div> --><script>"<div><div><div>"</script><div><br><img/><span/><p>t<li>u</div></div>';
    expect(dropDeepTags(skipped, 2)).toEqual({ html: skipped, dropped: 0 });
    // `<` where a tag's `>` should be: the tag runs on to the next `>`, as the parser reads it
    expect(dropDeepTags('<div <div><div><div>y', 2)).toEqual({ html: '<div <div><div>y', dropped: 1 });
  });

  it('dropDeepTags counts as htmlparser2 nests (fuzz seed 3333: 70,000 nested tables kept, 38 s to parse)', () => {
    const nested = (n: number) => '<table><tr><td>w '.repeat(n);
    // A `<plaintext>` (no end tag) or an `<iframe>` is markup to htmlparser2, not text: counting goes on after it.
    expect(dropDeepTags(`<plaintext>${nested(5)}`, 2).dropped).toBe(4);
    expect(dropDeepTags(`<iframe>${nested(5)}`, 2).dropped).toBe(4);
    // A `<` inside a tag name is part of it (`<tabl<textarea>e>` is one odd element): no textarea starts there.
    expect(dropDeepTags(`<tabl<textarea>e>${nested(5)}`, 3).dropped).toBe(3);
    // The text elements htmlparser2 reads up to their end tag still hide what they hold.
    expect(dropDeepTags(`<textarea>${nested(5)}</textarea>`, 2).dropped).toBe(0);
    expect(dropDeepTags(`<xmp>${nested(5)}`, 2).dropped).toBe(0);
  });

  it(
    'tables nested 100,000 deep behind a `<plaintext>` and a broken tag name: the parser gets 1,000 levels',
    () => {
      const html = page(
        `${ARTICLE}<plaintext><tabl<textarea>e>${'<table><tr><td>word '.repeat(100_000)}${'</td></tr></table>'.repeat(100_000)}`,
      );
      const cut = dropDeepTags(html);
      expect(cut.dropped).toBeGreaterThan(190_000);
      expect(extract(html).text).toContain('The council voted on Thursday');
    },
    LINEAR_GUARD,
  );

  it(
    'a tag name of 200,000 letters with no `>` after it: dropDeepTags scans past it once',
    () => {
      const html = `<p>before</p><div${'a'.repeat(200_000)} <b>after</b>`;
      const out = dropDeepTags(html, 1);
      expect(out.html).toBe(html); // nothing nests beyond one level here
      expect(out.dropped).toBe(0);
    },
    LINEAR_GUARD,
  );
});

describe('the Readability cost guard on text', () => {
  it(
    'megabytes of prose ten levels down skip Readability for the densest block, with a warning, and keep the prose',
    () => {
      const sentence = 'The harbour authority lists every repair made to the piers since 1950, with its cost and its contractor. ';
      const paragraph = (i: number) => `<p>Paragraph ${i} of the long report. ${sentence.repeat(8)}</p>`;
      const prose = Array.from({ length: 1_600 }, (_, i) => paragraph(i)).join(''); // 1.4 MB, under the width cap
      const nested = '<div><section>'.repeat(5) + prose + '</section></div>'.repeat(5);
      const article = extract(page(`<h1>Council approves the harbour plan</h1>${nested}`));
      expect(article.warnings).toContain(
        'the page holds too much text too deeply nested for Readability (its cost grows with characters × depth); used the densest block',
      );
      expect(article.warnings.some((w) => /grouped the children/.test(w))).toBe(false);
      expect(article.text.startsWith('Paragraph 0 of the long report')).toBe(true);
      expect(article.text).toContain('Paragraph 1599 of the long report');
    },
    GUARD,
  );

  it('an ordinary article does not trip it', () => {
    const article = extract(page(`<article>${ARTICLE}</article>`));
    expect(article.warnings.some((w) => /too deeply nested for Readability|too many elements too deeply/.test(w))).toBe(false);
    expect(article.text).toContain('The council voted on Thursday');
  });
});

describe("a srcset Readability's URL pattern reads in quadratic time (fuzz seed 1111)", () => {
  const img = (srcset: string) => `<figure><img src="/pier.jpg" srcset="${srcset}" alt="The pier"></figure>`;

  it(
    'a 100 KB srcset that is no list of URLs goes before Readability (the old code: 25 s in its pattern); the article and its picture stay',
    () => {
      const article = extract(
        page(`<article>${ARTICLE.replace('</p>', `</p>${img(`https://cdn.example/p/${'pier-'.repeat(20_000)} 640w 2x`)}`)}</article>`),
        {
          url: 'https://news.example/a',
        },
      );
      expect(article.text).toContain('The council voted on Thursday');
      expect(article.text).toContain('Fishermen, who had asked');
      expect(article.html).toContain('https://news.example/pier.jpg');
      expect(article.html).not.toContain('pier-pier-pier-');
    },
    LINEAR_GUARD,
  );

  it('keeps an ordinary srcset, and drops one over the limits (a long list, one overlong URL)', () => {
    const root = loadHtml(
      `<img id="a" srcset="/p-320.jpg 320w, /p-640.jpg 640w"><img id="b" srcset="${'/p.jpg 320w, '.repeat(2_000)}"><source id="c" srcset="data:image/png;base64,${'A'.repeat(3_000)}">`,
    ).root()[0]!;
    dropUnreadAttributes(root);
    const srcset = (id: string) => findAll(root, (el) => el.attribs['id'] === id)[0]!.attribs['srcset'];
    expect(srcset('a')).toBe('/p-320.jpg 320w, /p-640.jpg 640w');
    expect(srcset('b')).toBeUndefined();
    expect(srcset('c')).toBeUndefined();
  });
});

describe('dates in one huge list item', () => {
  it(
    'thousands of dated lines inside one list item of headline links: read once per item, the page date still found',
    () => {
      const lines = Array.from(
        { length: 6_000 },
        (_, i) => `<a href="/s/${i}">Mayor opens the new library on the hill ${i}</a><p>12.03.2021</p>`,
      ).join('');
      const article = extract(page(`<article>${ARTICLE}<p>Veröffentlicht: 28.01.2022</p></article><ul><li>${lines}</li></ul>`));
      expect(article.date?.startsWith('2022-01-28')).toBe(true);
    },
    LINEAR_GUARD,
  );
});

describe('the cap on one text node', () => {
  it(
    'a 1 MB line of words between two tags is cut at a space before the cap, with a warning; the article stays',
    () => {
      const words = 'the council budget Zeitung 2023-07-21 '.repeat(28_000); // about 1 MB
      const article = extract(page(`<article>${ARTICLE}</article><div><p>${words}</p></div>`));
      expect(article.text).toContain('The council voted on Thursday');
      const warning = article.warnings.find((w) => /^cut \d+ characters from text runs longer than 262144/.test(w));
      expect(warning).toBeDefined();
      expect(Number(/cut (\d+)/.exec(warning!)![1])).toBeGreaterThan(words.length - MAX_TEXT_NODE - 1);
    },
    GUARD,
  );

  it('leaves script contents whole (JSON-LD must parse) and cuts only what passes the cap', () => {
    const $ = loadHtml(`<script type="application/ld+json">"${'x'.repeat(300)}"</script><p>${'ab '.repeat(200)}</p><p>short</p>`);
    const cut = capTextNodes($.root()[0]!, 100);
    expect($('script').text()).toHaveLength(302);
    expect($('p').first().text()).toBe('ab '.repeat(32) + 'ab'); // ends at the last space before 100 (index 98)
    expect($('p').last().text()).toBe('short');
    expect(cut).toBe(600 - 98);
  });
});

describe('author names from long credits', () => {
  it(
    'a credit of 60,000 spaces or tab runs is read in linear time (the `\\s*` patterns retried at every space)',
    () => {
      expect(splitNames(`${' '.repeat(60_000)}x`)).toEqual([]);
      expect(splitNames(`x${' \t'.repeat(20_000)}y Reuters`)).toEqual([]);
      // Line breaks still separate names once the runs are collapsed.
      expect(splitNames('Jane Doe \n \n John Roe')).toEqual(['Jane Doe', 'John Roe']);
      const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'x', author: { '@type': 'Person', name: `${' '.repeat(200_000)}x` } });
      expect(extract(page(`<script type="application/ld+json">${ld}</script>${ARTICLE}`)).authors).toEqual([]);
    },
    LINEAR_GUARD,
  );
});

describe('headings that hold whole pages', () => {
  it('a heading with more text than any headline is passed over before its text is split into parts (a clone each)', () => {
    // A fuzzed page whose headings held megabytes of duplicated markup spent seconds cloning them.
    let proto: object | null = Object.getPrototypeOf(loadHtml('<p>x</p>')('p'));
    while (proto && !Object.hasOwn(proto, 'clone')) proto = Object.getPrototypeOf(proto);
    const clone = vi.spyOn(proto as { clone: () => unknown }, 'clone');
    const huge = `<h2><span class="kicker">Harbour</span>${'<p>cheap pills and more cheap pills</p>'.repeat(200)}</h2>`;
    clone.mockClear();
    extract(page(`<article>${ARTICLE}</article>`));
    const plain = clone.mock.calls.length;
    clone.mockClear();
    const article = extract(page(`${huge.repeat(8)}<article>${ARTICLE}</article>`));
    expect(clone.mock.calls.length).toBe(plain);
    expect(article.title).toBe('Council approves the harbour plan');
    // A heading with a kicker and a date beside a short headline is still read apart.
    clone.mockClear();
    const dated = `<h1><span class="kicker">Harbour</span> Council approves the harbour plan <span class="date">21 July 2023</span></h1>`;
    expect(extract(page(`<article>${dated}${ARTICLE.replace(/<h1>.*?<\/h1>/, '')}</article>`)).title).toBe(
      'Council approves the harbour plan',
    );
    expect(clone.mock.calls.length).toBeGreaterThan(0);
    clone.mockRestore();
  });
});
