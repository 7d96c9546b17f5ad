/**
 * Readability's DOM (ExtractOptions `dom`): linkedom with its shortcuts into linkedom's and
 * Readability's internals (the default) against jsdom with Readability as its README runs it.
 * The same body on every bundled fixture, and every shortcut finding what it relies on: an upgrade
 * of either library that moves those internals fails here instead of changing output unseen.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { decodeBytes } from '../src/decode/index.js';
import type { ParentNode } from 'domhandler';
import { bodyOf, findAll, loadHtml, textContent } from '../src/parse/load.js';
import { linkedomElementsWithTags, readabilityPatches, runReadability } from '../src/body/readability.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const pages = readdirSync(FIXTURES)
  .filter((name) => existsSync(join(FIXTURES, name, 'page.html')))
  .map((name) => ({ name, bytes: readFileSync(join(FIXTURES, name, 'page.html')) }));

const articleText = (html: string, dom: 'linkedom' | 'jsdom'): string | null => {
  const result = runReadability(html, 'https://news.example.com/2024/05/03/story.html', dom);
  return result ? textContent(result.root) : null;
};

describe('dom: linkedom and jsdom give the same body', () => {
  it('has fixtures to compare', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
  });

  it.each(pages)('$name: extract() body text and HTML', ({ bytes }) => {
    const onLinkedom = extract(bytes, { dom: 'linkedom' });
    const onJsdom = extract(bytes, { dom: 'jsdom' });
    expect(onLinkedom.text.length).toBeGreaterThan(0);
    expect(onJsdom.text).toBe(onLinkedom.text);
    expect(onJsdom.html).toBe(onLinkedom.html);
  });

  it.each(pages)('$name: Readability over the whole unpruned page', ({ bytes }) => {
    // The body's markup, as the pipeline hands it over (runReadability wraps what it gets in a <body>: a whole
    // document there would put its <title> in the body, where the two DOMs read its text differently).
    const $ = loadHtml(decodeBytes(bytes).text);
    const html = $(bodyOf($)).html() ?? '';
    expect(articleText(html, 'linkedom')).toBe(articleText(html, 'jsdom'));
  });

  it('a page whose first pass keeps too little text: the retry restores the page from the deferred cache', () => {
    // Readability's first pass drops the "sidebar" wrapper by its name and keeps under 100 characters,
    // then restores the page (deferPageCache builds that HTML only now) and runs without the name test.
    const story =
      '<p>The harbour bridge reopened on Monday after eight months of repairs to its deck and cables.</p>' +
      '<p>Commuters lined up before dawn to be among the first to cross again.</p>';
    const html = `<div class="sidebar">${story}</div><div class="content"><p>Short note.</p></div>`;
    const linkedomText = articleText(html, 'linkedom');
    expect(linkedomText).toContain('harbour bridge reopened');
    expect(linkedomText).toContain('Commuters lined up');
    expect(linkedomText).toBe(articleText(html, 'jsdom'));
  });

  it('relative links resolve against the page URL on both DOMs', () => {
    const html =
      `<article><p>${'The council met on Tuesday to approve the budget for the new tram line. '.repeat(4)}` +
      '<a href="../budget.html">The budget</a></p></article>';
    const hrefs = (['linkedom', 'jsdom'] as const).map((dom) => {
      const result = runReadability(html, 'https://news.example.com/2024/05/03/story.html', dom);
      return result ? hrefsOf(result.root) : null;
    });
    expect(hrefs[0]).toEqual(['https://news.example.com/2024/05/budget.html']);
    expect(hrefs[1]).toEqual(hrefs[0]);
  });
});

describe('shortcuts into linkedom and Readability internals', () => {
  it('every shortcut found what it relies on (an upgrade that moves them fails here)', () => {
    runReadability('<p>A paragraph long enough to be an article once it is repeated. </p>'.repeat(4), null);
    expect(readabilityPatches()).toEqual({
      listenerTables: true,
      pageCache: true,
      grabbedLog: true,
      nameTests: true,
      bylineFirst: true,
      textCheckEarlyExit: true,
      treeBuild: true,
      tagLists: true,
      visibilityByStyle: true,
    });
  });

  it('leaves out what is hidden by style, hidden or aria-hidden, on linkedom as on jsdom', () => {
    const para = (text: string) => `<p>${text} ${'The council met on Tuesday to discuss the budget for the new tram line. '.repeat(3)}</p>`;
    const html =
      `<article>${para('Visible one.')}<div style="display: none">${para('Secret display.')}</div>` +
      `<div style="color: red; visibility: hidden">${para('Secret visibility.')}</div><div hidden>${para('Secret hidden.')}</div>` +
      `<div aria-hidden="true">${para('Secret aria.')}</div><div aria-hidden="true" class="fallback-image">${para('Shown fallback.')}</div>` +
      `<div style="color: red">${para('Visible styled.')}</div>${para('Visible two.')}</article>`;
    const texts = (['linkedom', 'jsdom'] as const).map((dom) => articleText(html, dom));
    expect(texts[0]).toBe(texts[1]);
    expect(texts[0]).toContain('Visible styled.');
    expect(texts[0]).toContain('Shown fallback.');
    expect(texts[0]).not.toMatch(/Secret/);
  });

  it("lists elements by tag as linkedom's querySelectorAll does, on every fixture and on elements Readability creates", async () => {
    const { DOMParser } = await import('linkedom/worker');
    const lists = [['p'], ['h1', 'h2'], ['div'], ['img', 'picture', 'figure'], ['SPAN', 'LI', 'TD', 'DIV', 'P'], ['script', 'noscript']];
    type Listing = { querySelectorAll(selector: string): ArrayLike<object> };
    for (const { name, bytes } of pages) {
      const doc = new DOMParser().parseFromString(decodeBytes(bytes).text, 'text/html');
      // Readability's own elements keep the case it writes (`DIV`), parsed ones are lowercase.
      const made = doc.createElement('DIV');
      made.appendChild(doc.createElement('P'));
      doc.body?.appendChild(made);
      for (const node of [doc, doc.body, ...Array.from(doc.querySelectorAll('div')).slice(0, 20)]) {
        for (const tags of lists) {
          const expected = Array.from((node as unknown as Listing).querySelectorAll(tags.join(',')));
          const listed = linkedomElementsWithTags(node as object, tags);
          expect(listed?.length, `${name} ${tags}`).toBe(expected.length);
          expect(
            listed?.every((el, i) => el === expected[i]),
            `${name} ${tags}`,
          ).toBe(true);
        }
      }
    }
  });
});

/** The href of every element in a domhandler tree, in document order. */
function hrefsOf(root: ParentNode): string[] {
  return findAll(root, (el) => el.attribs['href'] !== undefined).map((el) => el.attribs['href']!);
}
