/** Selectors compiled once over one list of the page's elements find what cheerio finds, in the same order. */
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { loadHtml } from '../src/parse/load.js';
import { elementsBelow, matches, selectFrom } from '../src/parse/select.js';
import { selectAll, selectEach, type PageContext } from '../src/fields/context.js';

const PAGE = `<!DOCTYPE html><html><head><title>Pier plan</title><script>var a = 1;</script><script src="/x.js"></script></head>
<body><header class="Site-Header"><a href="/"><img alt="The Daily Example" src="/logo.png"></a>
<nav aria-label="Breadcrumb" class="crumbs"><a href="/">Home</a> › <a href="/city">City</a></nav></header>
<article><h1>Council approves pier plan <time datetime="2024-05-01">1 May</time></h1>
<p class="byline">By <a rel="author" href="/author/jane-miller/">Jane Miller</a></p><p>Text.</p>
<aside class="Related-Stories"><time datetime="2024-04-01">1 April</time><div class="AUTHOR-box">Bio</div></aside></article>
<footer><div id="LOGO-foot"><a title="Example Media" href="/">Example</a></div></footer></body></html>`;

const SELECTORS = [
  "a[href='/'] img[alt], [class*='logo' i] img[alt], [id*='logo' i] a[title]",
  '[rel="author"], [class*="byline" i], a[href*="/author/"], [class*="author" i]',
  '[class*="crumb" i], nav[aria-label*="readcrumb" i]',
  'time[pubdate][datetime], article time[datetime], h1 time[datetime]',
  'script:not([src])',
  'body h1',
  '*',
  'p, a, p',
];

describe('compiled selectors over the element list', () => {
  const $ = loadHtml(PAGE);
  const elements = elementsBelow($.root()[0]!);

  it.each(SELECTORS)('%s', (selector) => {
    const expected = $(selector).toArray();
    expect(expected.length).toBeGreaterThan(0);
    expect(selectFrom(elements, selector)).toEqual(expected);
  });

  it('tests one element as cheerio’s is() does', () => {
    const related = "[class*='related' i], figure, [id*='sidebar' i]";
    for (const el of elements) expect(matches(el, related)).toBe($(el).is(related));
    expect(elements.filter((el) => matches(el, related)).map((el) => el.attribs['class'])).toEqual(['Related-Stories']);
  });

  it.each(SELECTORS)('gives the same matches one at a time, at most as many as asked: %s', (selector) => {
    const ctx = { $: loadHtml(PAGE) } as unknown as PageContext;
    const all = selectAll(ctx, selector);
    expect([...selectEach(ctx, selector)]).toEqual(all);
    expect([...selectEach(ctx, selector, 1)]).toEqual(all.slice(0, 1));
    expect([...selectEach(ctx, selector, 0)]).toEqual([]);
  });

  it('asks cheerio again once the page is being pruned (its element list would be stale)', () => {
    const page = loadHtml(PAGE);
    const ctx = { $: page } as unknown as PageContext;
    expect(selectAll(ctx, 'time[datetime]')).toHaveLength(2);
    page('aside').remove();
    ctx.pruned = true;
    const after = selectAll(ctx, 'time[datetime]');
    expect(after).toHaveLength(1);
    expect([...selectEach(ctx, 'time[datetime]')]).toEqual(after);
    expect((after[0] as Element).parent).not.toBeNull();
  });
});
