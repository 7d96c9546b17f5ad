/**
 * Issue 14, second pass: shortcuts that must give what the plain code gave. The heading walk in
 * the title reader against the selector it replaced; the progress bar's package loaded only when a
 * bar is shown; the cleaned text's length counted without the cleaned copy.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { cleanLength, cleanText, findAll, loadHtml } from '../src/parse/load.js';
import { isHeadingElement } from '../src/fields/title.js';
import { assertBuilt, ROOT } from './batch-helpers.js';
import { hiddenReason } from '../src/prune/hidden.js';
import { hiddenSelectors } from '../src/prune/style-rules.js';
import { walk } from '../src/prune/dom.js';
import type { AnyNode } from 'domhandler';

/** The selector the title reader used before walking the page by hand. */
const HEADING_SELECTOR =
  'h1, h2, h3, [class*="title" i], [id*="title" i], [class*="headline" i], [class*="biaoti" i], [itemprop="headline"]';

describe('title: the heading walk finds what the heading selector found', () => {
  it('the same elements, in the same order, on a page of near misses', () => {
    const page = `<html><head><title class="doc-Title">Page</title><script class="subtitle-data">x</script></head><body>
      <h1>One</h1><H2 class="x">Two</H2><h3 id="a">Three</h3><h4>not a heading tag</h4><h5 class="TiTlE">five</h5>
      <div class="story-HEADLINE"><span class="subtitle">s</span></div><div id="pageTitle">p</div><div id="headline">id headline is not tested</div>
      <p class="news_biaoti">标题</p><p class="BiaoTi2">标题二</p><span itemprop="headline">h</span><span itemprop="Headline">case counts</span>
      <span itemprop="name headline">whole value only</span><div class="">empty</div><div class="tit le">split</div>
      <section title="attribute named title"><i data-title="not class">i</i></section><style class="titlebar">.a{}</style>
      <nav><a href="/" class="title-link"><h2>In a link</h2></a></nav><svg><title>svg title</title></svg>
      <div class="ТИТЛЕ title İtitle">unicode case</div></body></html>`;
    const $ = loadHtml(page);
    const bySelector = $(HEADING_SELECTOR).toArray();
    const byWalk = findAll($.root()[0]!, isHeadingElement);
    expect(bySelector.length).toBeGreaterThan(15);
    expect(byWalk).toEqual(bySelector);
  });

  it('headings inside a link, nav, footer, aside or the head are passed over unless an <h1>; the kicker stays apart', () => {
    const body = '<p>The harbour bridge reopened on Monday after eight months of repairs to its deck and cables.</p>'.repeat(4);
    const page = (heading: string): string =>
      `<html><head><title>Bridge reopens after repairs | Harbour News</title></head><body>${heading}<article>${body}</article></body></html>`;
    // A confirmed h2 inside a link or an aside is a teaser, not the headline: the <title> is used.
    for (const wrap of ['a href="/x"', 'aside', 'footer', 'nav']) {
      const tag = wrap.split(' ')[0];
      const a = extract(page(`<${wrap}><h2>Bridge reopens after repairs</h2></${tag}>`), { debug: true });
      expect(a.origins).toContainEqual(expect.objectContaining({ field: 'title', origin: 'title-tag' }));
    }
    // An <h1> is read wherever it is; a heading class is read case-insensitively.
    expect(extract(page('<aside><h1>Bridge reopens after repairs</h1></aside>'), { debug: true }).origins).toContainEqual(
      expect.objectContaining({ field: 'title', origin: 'h1' }),
    );
    const classed = extract(page('<div class="Story-HeadLine"><span class="Kicker">Harbour</span> Bridge reopens after repairs</div>'), {
      debug: true,
    });
    expect(classed.title).toBe('Bridge reopens after repairs');
    expect(classed.kicker).toBe('Harbour');
    expect(classed.origins).toContainEqual(expect.objectContaining({ field: 'title', origin: 'heading:div' }));
  });
});

describe('progress bar', () => {
  it('cli-progress is loaded when a bar is made, not when the summary line is imported', () => {
    assertBuilt();
    const code = `
      import { createRequire } from 'node:module';
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes('/node_modules/cli-progress/'));
      const { ProgressBar, summaryLine } = await import('./dist/batch/progress.js');
      const before = loaded();
      const line = summaryLine({ pages: 1, ok: 1, errors: {}, spamPages: 0, skipped: 0, resumed: 0, duplicates: 0, pagesPerSecond: 2 });
      new ProgressBar(process.stderr).stop();
      console.log(JSON.stringify({ before, after: loaded(), line }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      before: false,
      after: true,
      line: 'newsclean: 1 pages, 1 ok, 0 errors, 0 spam pages, 2.0 pages/s',
    });
  });
});

describe('pruning walks', () => {
  it('hiding class names: whole tokens in any case, not parts of names; not when shown again at a breakpoint', () => {
    const classes = {
      hidden: 'hidden-class',
      'story HIDDEN': 'hidden-class',
      'u-hidden lead': 'hidden-class',
      'D-None': 'hidden-class',
      'not-hidden-thing': null,
      xhidden: null,
      'hidden md:block': null,
      'd-none d-lg-block': null,
      lead: null,
    };
    const $ = loadHtml(
      `<body>${Object.keys(classes)
        .map((c) => `<div class="${c}">text</div>`)
        .join('')}</body>`,
    );
    const sel = hiddenSelectors($);
    const reasons = Object.fromEntries(
      $('div')
        .toArray()
        .map((el) => [el.attribs['class'], hiddenReason(el, sel)]),
    );
    expect(reasons).toEqual(classes);
  });

  it('walk: enter in document order, leave after each subtree, a skipped subtree neither entered nor left', () => {
    const $ = loadHtml(
      '<body><div id="a"><p id="b">x<i id="c"></i></p><nav id="skip"><b id="d"></b></nav></div><span id="e"></span></body>',
    );
    const events: string[] = [];
    const name = (n: AnyNode): string =>
      n.type === 'text' ? '#text' : ((n as { attribs?: Record<string, string> }).attribs?.['id'] ?? '?');
    walk(
      $('body')[0]!.children,
      (n) => {
        events.push(`+${name(n)}`);
        return name(n) !== 'skip';
      },
      (n) => events.push(`-${name(n)}`),
    );
    expect(events.join(' ')).toBe('+a +b +#text -#text +c -c -b +skip -a +e -e');
  });
});

describe('cleanLength: the length of cleanText without the copy', () => {
  it('agrees with cleanText on every UTF-16 code unit, alone, between letters and in runs', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`, `${ch}${ch}x${ch} `, ` ${ch}`])
        expect(cleanLength(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`).toBe(cleanText(s).length);
    }
  });

  it('agrees with cleanText on random mixes of text and spaces of every kind', () => {
    const pieces = [
      'a',
      '中',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '\u3000',
      '\u200b',
      '\ufeff',
      '\u2028',
      '\u202f',
      '\u180e',
      '\u0085',
      'é',
      '😀',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 5000; trial++) {
      let s = '';
      for (let k = Math.floor(next() * 12); k >= 0; k--) s += pieces[Math.floor(next() * pieces.length)];
      expect(cleanLength(s), JSON.stringify(s)).toBe(cleanText(s).length);
    }
  });
});
