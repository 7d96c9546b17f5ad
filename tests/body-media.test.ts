/**
 * The body keeps figures, images, data tables, ordered lists and code (src/body/paragraphs.ts), and the
 * Article carries a lead image, tags and a URL read from the page (src/fields/media.ts, src/fields/url.ts).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { toMarkdown, toText } from '../src/index.js';

const LEAD =
  'The council approved the new harbour budget on Tuesday after a long debate about the cost of the tram line, ' +
  'the schedule of the works and the compensation of the shop owners along the planned route through the old town.';
const SECOND =
  'Residents who spoke at the meeting asked for more buses during the works, and the mayor promised a plan ' +
  'before the summer, with a public consultation in every district that the new line will cross.';

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour budget approved</title>${head}</head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Harbour budget approved</h1>
<p>${LEAD}</p>
${body}
<p>${SECOND}</p>
</article></main><footer>© 2024 Example News</footer></body></html>`;
}

const URL_ = 'https://news.example.com/2024/05/03/harbour.html';

describe('figures and images', () => {
  const figure =
    '<figure><img src="/img/harbour.jpg" alt="The harbour at dawn" width="800"><figcaption>The harbour at dawn, seen from the pier.</figcaption></figure>';

  it('keeps a figure with an absolute src, its alt and caption; the caption is in the text', () => {
    const a = extract(page(figure), { url: URL_ });
    expect(a.html).toContain(
      '<figure><img src="https://news.example.com/img/harbour.jpg" alt="The harbour at dawn"><figcaption>The harbour at dawn, seen from the pier.</figcaption></figure>',
    );
    expect(a.text.split('\n\n')).toEqual([LEAD, 'The harbour at dawn, seen from the pier.', SECOND]);
  });

  it('takes the real address of a lazy image, and drops tracking pixels and script URLs', () => {
    const body =
      '<p><img src="data:image/gif;base64,R0lGOD" data-src="https://cdn.example.com/a.jpg" alt="A"></p>' +
      '<p><img src="https://track.example.com/p.gif" width="1" height="1"></p>' +
      '<p><img src="javascript:alert(1)"></p>';
    const a = extract(page(body), { url: URL_ });
    expect(a.html).toContain('<figure><img src="https://cdn.example.com/a.jpg" alt="A"></figure>');
    expect(a.html).not.toMatch(/track\.example|javascript:|data:image/);
    expect(a.text.split('\n\n')).toEqual([LEAD, SECOND]); // an image without a caption adds no text
  });

  it('images: false leaves images out and keeps the caption as a paragraph', () => {
    const a = extract(page(figure), { url: URL_, images: false });
    expect(a.html).not.toContain('<img');
    expect(a.text).toContain('The harbour at dawn, seen from the pier.');
  });

  it('does not split a paragraph around an inline image', () => {
    const a = extract(page(`<p>Before the icon <img src="/i.png" alt=""> after the icon, the sentence goes on.</p>`), { url: URL_ });
    expect(a.text).toContain('Before the icon after the icon, the sentence goes on.');
  });
});

describe('tables', () => {
  const table =
    '<table><caption>Budget by item</caption><thead><tr><th>Item</th><th>Cost</th></tr></thead>' +
    '<tbody><tr><td>Tram line</td><td>€120m</td></tr><tr><td>Harbour wall</td><td colspan="2">€35m</td></tr></tbody></table>';

  it('keeps a data table: one paragraph, a row per line, cells separated by a tab; rows and cells in the HTML', () => {
    const a = extract(page(table), { url: URL_ });
    expect(a.text.split('\n\n')).toEqual([LEAD, 'Item\tCost\nTram line\t€120m\nHarbour wall\t€35m', SECOND]);
    expect(a.html).toContain(
      '<table><caption>Budget by item</caption><tr><th>Item</th><th>Cost</th></tr><tr><td>Tram line</td><td>€120m</td></tr><tr><td>Harbour wall</td><td colspan="2">€35m</td></tr></table>',
    );
  });

  it('tables: false leaves data tables out', () => {
    const a = extract(page(table), { url: URL_, tables: false });
    expect(a.text).not.toContain('Tram line');
    expect(a.html).not.toContain('<table');
  });

  it('reads a layout table (the article in a cell) as paragraphs', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour budget approved</title></head><body>
<table><tr><td><a href="/">Home</a></td></tr><tr><td><h1>Harbour budget approved</h1><p>${LEAD}</p><p>${SECOND}</p></td></tr></table></body></html>`;
    const a = extract(html, { url: URL_ });
    expect(a.text.split('\n\n')).toEqual([LEAD, SECOND]);
    expect(a.html).not.toContain('<table');
  });

  it('renders tables and figures in Markdown and text', () => {
    const a = extract(page(table + '<figure><img src="/img/h.jpg" alt="Harbour"><figcaption>The harbour.</figcaption></figure>'), {
      url: URL_,
    });
    const md = toMarkdown(a);
    expect(md).toContain('| Item | Cost |\n| --- | --- |\n| Tram line | €120m |\n| Harbour wall | €35m |');
    expect(md).toContain('![Harbour](https://news.example.com/img/h.jpg)\n*The harbour.*');
    expect(toText(a)).toContain('Item\tCost\nTram line\t€120m');
  });
});

describe('lists and code', () => {
  it('keeps ordered lists as <ol> and code blocks with their line breaks', () => {
    const body =
      '<ol><li>Approve the budget for the tram line</li><li>Start the works on the harbour wall</li></ol>' +
      '<pre>const cost = 120;\n  total += cost;</pre>';
    const a = extract(page(body), { url: URL_ });
    expect(a.html).toContain('<ol>\n<li>Approve the budget for the tram line</li>\n<li>Start the works on the harbour wall</li>\n</ol>');
    expect(a.html).toContain('<pre>const cost = 120;\n  total += cost;</pre>');
    expect(toMarkdown(a)).toContain('1. Approve the budget for the tram line\n2. Start the works');
    expect(toMarkdown(a)).toContain('```\nconst cost = 120;\n  total += cost;\n```');
  });

  it('sanitises inline markup without recursion on page-controlled depth', () => {
    const deep = `<p>${'<span>'.repeat(20_000)}Deeply nested but real words of the report${'</span>'.repeat(20_000)}</p>`;
    const a = extract(page(deep), { url: URL_ });
    expect(a.text).toContain('Deeply nested but real words of the report');
  });
});

describe('lead image and tags', () => {
  it('image: og:image, resolved against the page URL', () => {
    const a = extract(page('', '<meta property="og:image" content="/share/harbour.jpg">'), { url: URL_ });
    expect(a.image).toBe('https://news.example.com/share/harbour.jpg');
  });

  it('image: JSON-LD ImageObject when there is no og:image, else the first body image', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour budget approved","image":{"@type":"ImageObject","url":"https://cdn.example.com/ld.jpg"},"keywords":"harbour, budget"}</script>';
    expect(extract(page('', ld), { url: URL_ }).image).toBe('https://cdn.example.com/ld.jpg');
    const body = extract(page('<figure><img src="/img/first.jpg" alt=""></figure>'), { url: URL_ });
    expect(body.image).toBe('https://news.example.com/img/first.jpg');
    expect(extract(page(''), { url: URL_ }).image).toBeNull();
  });

  it('tags: article:tag, news_keywords and JSON-LD keywords, de-duplicated', () => {
    const head =
      '<meta property="article:tag" content="Harbour"><meta property="article:tag" content="City council">' +
      '<meta name="news_keywords" content="harbour, tram line，budget">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","keywords":["Budget","Transport"]}</script>';
    const a = extract(page('', head), { url: URL_, debug: true });
    expect(a.tags).toEqual(['Harbour', 'City council', 'tram line', 'budget', 'Transport']);
    expect(a.origins?.filter((o) => o.field === 'tags').map((o) => o.origin)).toEqual([
      'meta:article:tag',
      'meta:news_keywords',
      'json-ld',
    ]);
    expect(extract(page('')).tags).toEqual([]);
  });
});

describe('url from the page', () => {
  it('falls back to <link rel=canonical>, then og:url, and records the origin', () => {
    const canonical = extract(
      page('', `<link rel="canonical" href="${URL_}"><meta property="og:url" content="https://other.example.com/x">`),
      { debug: true },
    );
    expect(canonical.url).toBe(URL_);
    expect(canonical.origins).toContainEqual({ field: 'url', origin: 'link:canonical', raw: URL_ });
    const og = extract(page('', `<meta property="og:url" content="${URL_}">`), { debug: true });
    expect(og.url).toBe(URL_);
    expect(og.origins).toContainEqual({ field: 'url', origin: 'meta:og:url', raw: URL_ });
  });

  it("ignores relative and non-http canonicals, and the caller's URL wins", () => {
    expect(extract(page('', '<link rel="canonical" href="/2024/a.html">')).url).toBeNull();
    expect(extract(page('', '<link rel="canonical" href="javascript:void(0)">')).url).toBeNull();
    expect(extract(page('', `<link rel="canonical" href="${URL_}">`), { url: 'https://given.example.org/a' }).url).toBe(
      'https://given.example.org/a',
    );
  });

  it('lets site rules and relative images apply without a given URL', () => {
    const rules = [{ hosts: ['news.example.com'], fields: { editor: '.desk' } }];
    const html = page(
      '<p class="desk">Jane Desk</p><figure><img src="/img/x.jpg" alt=""></figure>',
      `<link rel="canonical" href="${URL_}">`,
    );
    const a = extract(html, { rules });
    expect(a.editor).toBe('Jane Desk');
    expect(a.html).toContain('src="https://news.example.com/img/x.jpg"');
  });
});
