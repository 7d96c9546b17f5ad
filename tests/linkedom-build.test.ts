/**
 * Readability's linkedom document built from our domhandler tree (linkedom-build.ts) is the
 * document linkedom parses from that tree's HTML: node for node, with the same text-node splits,
 * attribute order and class lists, on every fixture and on trees our own edits leave in shapes the
 * parser would not produce (a <div> inside a <p>, a void element with children, adjacent texts).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioOptions } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/decode/index.js';
import { bodyOf, loadHtml } from '../src/parse/load.js';
import {
  dropUnreadAttributes,
  readabilityDocument,
  readabilityPatches,
  runReadability,
  runReadabilityOnNodes,
} from '../src/body/readability.js';
import { replay, replayable, type ParserHandler } from '../src/body/linkedom-build.js';
import { textContent } from '../src/parse/load.js';

/** How the body stage writes the tree for Readability: UTF-8 out, only & < > and NBSP escaped. */
const UTF8_OUT = { encodeEntities: 'utf8' } as unknown as CheerioOptions;
const URL = 'https://news.example.com/2024/05/03/story.html';

interface LNode {
  nodeType: number;
  localName?: string;
  data?: string;
  className?: string;
  childNodes: ArrayLike<LNode>;
  attributes?: ArrayLike<{ name: string; value: string }>;
}

/** Every node of a linkedom document, in order: type, name, attributes in order, class list, text. */
function dump(node: LNode, out: string[] = [], depth = 0): string[] {
  const pad = ' '.repeat(depth);
  if (node.nodeType === 1) {
    const attrs = Array.from(node.attributes!, (a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ');
    out.push(`${pad}<${node.localName} ${attrs}> class=${JSON.stringify(node.className)}`);
  } else if (node.nodeType === 3 || node.nodeType === 8) out.push(`${pad}#${node.nodeType} ${JSON.stringify(node.data)}`);
  else out.push(`${pad}#${node.nodeType}`);
  for (const kid of Array.from(node.childNodes)) dump(kid, out, depth + 1);
  return out;
}

/** The document built from `nodes` and the one parsed from their HTML, dumped; and whether the build was direct. */
function bothWays($: ReturnType<typeof loadHtml>, nodes: AnyNode[]): { built: string[]; parsed: string[]; direct: boolean } {
  const html = $.html(nodes, UTF8_OUT);
  const built = readabilityDocument(nodes, html, URL);
  const parsed = readabilityDocument(null, html, URL);
  return { built: dump(built.doc as unknown as LNode), parsed: dump(parsed.doc as unknown as LNode), direct: built.direct };
}

/** A fixture page as the body stage hands it over: no raw-text or foreign elements left, unread attributes gone. */
function prunedBody(bytes: Buffer): { $: ReturnType<typeof loadHtml>; nodes: AnyNode[] } {
  const $ = loadHtml(decodeBytes(bytes).text);
  $('script, style, noscript, iframe, svg, math, template, textarea, title').remove();
  const body = bodyOf($);
  dropUnreadAttributes(body);
  return { $, nodes: body.children };
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const pages = readdirSync(FIXTURES)
  .filter((name) => existsSync(join(FIXTURES, name, 'page.html')))
  .map((name) => ({ name, bytes: readFileSync(join(FIXTURES, name, 'page.html')) }));

describe('the linkedom document built from the tree is the one parsed from its HTML', () => {
  it('the build is in use (linkedom and htmlparser2 still look as it expects)', () => {
    expect(readabilityPatches().treeBuild).toBe(true);
  });

  it.each(pages)('$name', ({ bytes }) => {
    const { $, nodes } = prunedBody(bytes);
    const { built, parsed, direct } = bothWays($, nodes);
    if (!direct) expect(replayable(nodes)).toBe(false);
    expect(built).toEqual(parsed);
  });

  it('most fixtures take the direct way', () => {
    const direct = pages.filter(({ bytes }) => {
      const { $, nodes } = prunedBody(bytes);
      return bothWays($, nodes).direct;
    });
    expect(direct.length).toBeGreaterThanOrEqual(pages.length * 0.8);
  });

  it('trees our edits leave in shapes the parser would not make', () => {
    const $ = loadHtml(
      '<body><p id="a">Lead &amp; more&nbsp;text &lt;b&gt; here</p><ul><li>one<li>two</ul>' +
        '<h2 class="  two  spaced classes ">Head</h2><p>tail</p><table><tr><td>cell</td></tr></table>' +
        '<!-- site-info --><!-- a -- b --><div data-x="a &quot;q&quot; &amp; b">x</div></body>',
    );
    const body = bodyOf($);
    // A <div> moved into a <p> (the parser closes the <p> first, then meets a stray </p>).
    $('p').first().append($('<div class="moved">inner</div>'));
    // A heading inside a <p>, a <li> inside a <li>, a void element given children.
    $('p').last().append($('<h3>sub</h3>'));
    $('li').first().append($('<li>nested</li>'));
    const br = $('<br>');
    br.append($('<span>after br</span>'));
    $('h2').after(br);
    // Adjacent and empty text nodes, as removals leave them.
    $('h2').append('one', '', ' two', ' & three ');
    const { built, parsed, direct } = bothWays($, body.children);
    expect(direct).toBe(true);
    expect(built).toEqual(parsed);
    expect(parsed.join('\n')).toContain('#3 "&"'); // the text split at an escape, as the parser splits it
  });

  it('declines shapes it does not follow, and the page is parsed from its HTML', () => {
    for (const page of [
      '<body><p>a</p><script>var a = 1 < 2;</script></body>',
      '<body><p>a</p><svg><circle r="1"/></svg></body>',
      '<body><p>a</p><!--x--></body>',
      '<body><p>a</p><noscript><img src=a.png></noscript></body>',
    ]) {
      const $ = loadHtml(page);
      const nodes = bodyOf($).children;
      // A comment whose text would end it early once written (only an edit can make one).
      for (const node of nodes) if (node.type === 'comment') (node as unknown as { data: string }).data = 'ends --> early';
      expect(replayable(nodes), page).toBe(false);
      const { built, parsed, direct } = bothWays($, nodes);
      expect(direct).toBe(false);
      expect(built).toEqual(parsed);
    }
  });

  it('replays the events htmlparser2 would give: implied closes, a stray </p>, escapes as text of their own', () => {
    const $ = loadHtml('<body><p>x</p></body>');
    const p = $('p');
    p.append($('<div>d</div>'));
    p.append('a&b');
    const events: string[] = [];
    const handler: ParserHandler = {
      onopentag: (name) => events.push(`<${name}>`),
      onclosetag: (name) => events.push(`</${name}>`),
      ontext: (text) => events.push(JSON.stringify(text)),
      oncomment: (data) => events.push(`<!--${data}-->`),
    };
    replay(bodyOf($).children, handler);
    expect(events).toEqual(['<p>', '"x"', '</p>', '<div>', '"d"', '</div>', '"a"', '"&"', '"b"', '<p>', '</p>']);
  });

  it('Readability on the built document gives what it gives on the parsed one', () => {
    for (const { bytes } of pages.slice(0, 12)) {
      const { $, nodes } = prunedBody(bytes);
      const html = $.html(nodes, UTF8_OUT);
      const fromNodes = runReadabilityOnNodes(nodes, () => html, URL);
      const fromHtml = runReadability(html, URL);
      expect(fromNodes && textContent(fromNodes.root)).toBe(fromHtml && textContent(fromHtml.root));
      expect(fromNodes && $.html(fromNodes.root.children)).toBe(fromHtml && $.html(fromHtml.root.children));
    }
  });
});
