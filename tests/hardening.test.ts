/**
 * extract() never crashes, never hangs, never emits garbage (#12). Each test feeds the shape that broke it: a
 * depth that overflowed the call stack, a run that made a regex backtrack quadratically, characters that leaked
 * into the output. Speeds are not asserted here (that is the fuzz harness's job, `npm run fuzz`); the per-test
 * timeouts only stop a regression from hanging the suite. Sizes are those at which the old code took seconds or
 * threw.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { ExtractError, asExtractError } from '../src/errors.js';
import { articleProblems, isIsoDate } from '../src/schema.js';
import { cleanOutputString, sanitizeArticle } from '../src/sanitize.js';
import { MAX_NESTING, capNesting } from '../src/parse/depth.js';
import { MAX_CHAR_RUN, capCharRuns } from '../src/parse/runs.js';
import { foldForCompare, loadHtml } from '../src/parse/load.js';
import { hidingKind, parseDeclarations, parseHiddenSelectors, stripComments } from '../src/prune/style-rules.js';
import { hiddenReason } from '../src/prune/hidden.js';
import { timeAfter } from '../src/dates/time.js';
import { findDatesInText } from '../src/dates/index.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ParentNode } from 'domhandler';

const GUARD = 30_000;

function page(body: string, head = ''): string {
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>Council approves the harbour plan</title>${head}</head>` +
    `<body><article><h1>Council approves the harbour plan</h1>${body}` +
    '<p>The council voted on Thursday to rebuild the harbour piers, ending two years of debate over the cost of repairs.</p>' +
    '<p>Work is expected to begin next spring and to take about three years, with one pier open at all times.</p>' +
    '</article></body></html>'
  );
}

/** extract() that reports what it threw instead of throwing, so a test can say what it expected. */
function tryExtract(html: string | Uint8Array, options = {}): { article?: ReturnType<typeof extract>; error?: unknown } {
  try {
    return { article: extract(html, options) };
  } catch (error) {
    return { error };
  }
}

function maxDepth(root: ParentNode): number {
  let max = 0;
  const stack: [ParentNode, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const c of n.children) if ('children' in c) stack.push([c as ParentNode, d + 1]);
  }
  return max;
}

describe('no recursion on page-controlled depth', () => {
  it(
    'reads the article of a JSON-LD @graph nested 10,000 deep',
    () => {
      const deep =
        '{"@graph":'.repeat(10_000) +
        '{"@type":"NewsArticle","headline":"Deep graph headline","datePublished":"2023-07-21T09:31:00+02:00","author":{"@type":"Person","name":"Anna Berg"}}' +
        '}'.repeat(10_000);
      const { article, error } = tryExtract(page('', `<script type="application/ld+json">${deep}</script>`));
      expect(error).toBeUndefined();
      expect(article?.date).toBe('2023-07-21T09:31:00+02:00');
      expect(article?.authors).toEqual(['Anna Berg']);
    },
    GUARD,
  );

  it(
    'reads a JSON-LD author inside arrays nested 100,000 deep',
    () => {
      const json = `{"@type":"NewsArticle","headline":"x","author":${'['.repeat(100_000)}"Anna Berg"${']'.repeat(100_000)}}`;
      const { article, error } = tryExtract(page('', `<script type="application/ld+json">${json}</script>`));
      expect(error).toBeUndefined();
      expect(article?.authors).toEqual(['Anna Berg']);
    },
    GUARD,
  );

  it(
    'keeps the text of 100,000 nested elements of each kind, and says the nesting was flattened',
    () => {
      for (const [open, close] of [
        ['<div>', '</div>'],
        ['<table><tr><td>', '</td></tr></table>'],
        ['<ul><li>', '</li></ul>'],
        ['<span>', '</span>'],
      ]) {
        const nested = `${open!.repeat(100_000)}<p>The deepest paragraph still belongs to the story about the harbour piers and their repair.</p>${close!.repeat(100_000)}`;
        const { article, error } = tryExtract(page(nested));
        expect(error).toBeUndefined();
        expect(article?.title).toBe('Council approves the harbour plan');
        expect(
          article?.warnings.some((w) => w.includes(`nested deeper than ${MAX_NESTING} levels`) || w.includes('nested deeper than')),
        ).toBe(true);
        expect(articleProblems(article)).toEqual([]);
      }
    },
    GUARD,
  );
});

describe('markup held in textareas', () => {
  const encode = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const story =
    '<p>The council voted on Thursday to rebuild the harbour piers, ending two years of debate over the cost.</p>' +
    '<p>Work is expected to begin next spring and to take about three years, with one pier open at all times.</p>';

  it(
    'renders a held article nested 100,000 deep under the same caps as the page, and says so',
    () => {
      const held = `${'<div>'.repeat(100_000)}${story}${'</div>'.repeat(100_000)}`;
      const html = `<!doctype html><html><head><title>Harbour</title></head><body><h1>Harbour</h1><textarea class="article-content">${encode(held)}</textarea></body></html>`;
      const { article, error } = tryExtract(html);
      expect(error).toBeUndefined();
      expect(article?.text).toContain('rebuild the harbour piers');
      expect(article?.warnings.some((w) => w.includes('nested deeper than'))).toBe(true);
      expect(articleProblems(article)).toEqual([]);
    },
    GUARD,
  );

  it(
    'renders thousands of held articles side by side, every paragraph kept once',
    () => {
      const many = Array.from({ length: 3000 }, (_, i) => `<textarea>${encode(story.replace('Thursday', `day ${i}`))}</textarea>`).join('');
      const { article, error } = tryExtract(`<html><body><h1>Harbour</h1>${many}</body></html>`);
      expect(error).toBeUndefined();
      expect(article?.text.match(/rebuild the harbour piers/g)?.length).toBe(3000);
    },
    GUARD,
  );
});

describe('capNesting', () => {
  it('flattens below the cap in document order: text-only elements kept, the others unwrapped with a line break', () => {
    const $ = loadHtml(`<body>${'<div>'.repeat(300)}<p>one</p><p>two <b>bold</b></p>three<img src="a.png">${'</div>'.repeat(300)}</body>`);
    const root = $.root()[0]!;
    expect(capNesting(root, 50)).toBe(1);
    expect(maxDepth(root)).toBeLessThanOrEqual(50 + 2); // the cap, a hoisted element, its text
    expect($('body').text()).toBe('one\ntwo boldthree');
    expect($('p').length).toBe(1);
    expect($('b').text()).toBe('bold');
    expect($('img').length).toBe(1);
  });

  it('leaves a page within the cap untouched', () => {
    const html = `<body>${'<div>'.repeat(40)}<p>a <i>b</i></p>${'</div>'.repeat(40)}</body>`;
    const $ = loadHtml(html);
    expect(capNesting($.root()[0]!)).toBe(0);
    expect($.html()).toBe(loadHtml(html).html());
  });
});

describe('regexes stay linear on hostile runs', () => {
  it(
    'a CSS length of 128,000 digits is no length; real lengths still read',
    () => {
      expect(hidingKind(parseDeclarations(`width:${'1'.repeat(128_000)}x;overflow:hidden`))).toBeNull();
      expect(hidingKind(parseDeclarations(`height:${'1'.repeat(128_000)};overflow:hidden`))).toBeNull();
      expect(hidingKind(parseDeclarations('width:0;overflow:hidden'))).toBe('zero-size');
      expect(hidingKind(parseDeclarations('height:.5px;overflow:hidden'))).toBe('one-pixel');
      expect(hidingKind(parseDeclarations('position:absolute;left:-9999px'))).toBe('offscreen');
      expect(hidingKind(parseDeclarations('text-indent:-62.5em'))).toBe('offscreen');
      expect(hidingKind(parseDeclarations('font-size:0.0pt'))).toBe('font-size-zero');
    },
    GUARD,
  );

  it(
    'an unclosed comment in a style sheet hides what follows it, as in a browser',
    () => {
      expect(stripComments('.a{display:none} /* note */ .b{display:none} /* unclosed .c{display:none}')).toBe(
        '.a{display:none}  .b{display:none} ',
      );
      const sel = parseHiddenSelectors(`.a{display:none} /*${'x{y:z}'.repeat(65_000)}`);
      expect([...sel.classes.keys()]).toEqual(['a']);
      const many = parseHiddenSelectors(`${'/*'.repeat(200_000)}.b{display:none}`);
      expect(many.classes.size).toBe(0);
    },
    GUARD,
  );

  it(
    'a marquee width of 128,000 spaces is not one pixel; a padded one-pixel width is',
    () => {
      const $ = loadHtml(
        `<marquee width="0${' '.repeat(128_000)}x">a</marquee><marquee width=" 1 px ">b</marquee><marquee height="${' '.repeat(128_000)}">c</marquee>`,
      );
      const [wide, small, blank] = $('marquee').toArray() as Element[];
      const none = { classes: new Map(), ids: new Map() };
      expect(hiddenReason(wide!, none)).toBeNull();
      expect(hiddenReason(small!, none)).toBe('one-pixel');
      expect(hiddenReason(blank!, none)).toBeNull();
    },
    GUARD,
  );

  it(
    'a time followed by 128,000 spaces is still read; spaces without a time are not',
    () => {
      const spaces = ' '.repeat(128_000);
      expect(timeAfter(`2023-07-21 09:31${spaces}x`, 10)).toMatchObject({ hour: 9, minute: 31 });
      expect(timeAfter(`2023-07-21${spaces}x`, 10)).toBeNull();
      expect(timeAfter(`July 21, 2023 at 9:31 a.m. ET`, 13)).toMatchObject({ hour: 9, minute: 31, zone: 'ET' });
    },
    GUARD,
  );

  it(
    'a month-first date cut off by 128,000 spaces is not read; the date itself still is',
    () => {
      expect(findDatesInText(`July 21${' '.repeat(128_000)}x 2023`)).toEqual([]);
      expect(findDatesInText(`July 21, 2023${' '.repeat(128_000)}`).map((d) => d.parsed.iso)).toEqual(['2023-07-21']);
      expect(findDatesInText('21 de julio de 2023').map((d) => d.parsed.iso)).toEqual(['2023-07-21']);
    },
    GUARD,
  );

  it(
    'a <time datetime> holding 128,000 spaces gives an article',
    () => {
      const { article, error } = tryExtract(
        page('', '').replace('<h1>', `<time datetime="2023-07-21${' '.repeat(128_000)}09:31">July 21</time><h1>`),
      );
      expect(error).toBeUndefined();
      expect(article?.date?.slice(0, 10)).toBe('2023-07-21');
    },
    GUARD,
  );

  it(
    'folds 13 MB of one dash or emoji without overflowing the regexp stack',
    () => {
      expect(foldForCompare('—'.repeat(13 * 1024 * 1024))).toBe('');
      expect(foldForCompare('\u{1F600}'.repeat(6 * 1024 * 1024))).toBe('');
      expect(foldForCompare('Ｔhe Harbour — Plan!')).toBe('theharbourplan');
    },
    GUARD,
  );

  it(
    'completes 32,000 JSON-LD first names with one matcher, from the credit line',
    () => {
      const authors = Array.from({ length: 32_000 }, (_, i) => `{"@type":"Person","name":"Name${String.fromCharCode(97 + (i % 26))}"}`);
      authors.unshift('{"@type":"Person","name":"Nils"}');
      const json = `{"@type":"NewsArticle","headline":"x","author":[${authors.join(',')}]}`;
      const lines = Array.from({ length: 200 }, (_, i) => `<p>Line ${i} of the report on the harbour.</p>`).join('');
      const { article, error } = tryExtract(
        page(`<p class="byline">Von Nils Pickert</p>${lines}`, `<script type="application/ld+json">${json}</script>`),
      );
      expect(error).toBeUndefined();
      expect(article?.authors[0]).toBe('Nils Pickert');
    },
    GUARD,
  );
});

describe('linear in the width of a page', () => {
  it(
    'cuts megabytes of one character to a bounded run, keeping the article (fuzz input: 13 MB of one character)',
    () => {
      expect(capCharRuns('ab' + 'x'.repeat(25) + 'cd' + 'y'.repeat(10), 20)).toEqual({
        text: 'ab' + 'x'.repeat(20) + 'cd' + 'y'.repeat(10),
        cut: 5,
      });
      expect(capCharRuns('x'.repeat(20), 20)).toEqual({ text: 'x'.repeat(20), cut: 0 });
      const { article, error } = tryExtract(page(`<p>${'0'.repeat(12 * 1024 * 1024)}</p>`));
      expect(error).toBeUndefined();
      expect(article?.title).toBe('Council approves the harbour plan');
      expect(article?.text).not.toContain('0'.repeat(MAX_CHAR_RUN + 1));
      expect(article?.warnings.some((w) => w.startsWith('cut '))).toBe(true);
    },
    GUARD,
  );

  it(
    'cuts the run in a plain-text dump before its spam scan reads it (fuzz input: 4M of `中` in a dump)',
    () => {
      const dump = `Council approves the harbour plan\n\n${'The council voted on Thursday to rebuild three piers along the river.\n'.repeat(5)}${'中'.repeat(4 * 1024 * 1024)}\n`;
      const { article, error } = tryExtract(dump, { format: 'text' });
      expect(error).toBeUndefined();
      expect(article?.text).not.toContain('中'.repeat(MAX_CHAR_RUN + 1));
      expect(article?.warnings.some((w) => w.startsWith('cut '))).toBe(true);
    },
    GUARD,
  );

  it(
    'a line of 30,000 links is one line of text, read once (fuzz input: linesOf trimmed the line per link)',
    () => {
      const links = Array.from({ length: 30_000 }, (_, i) => `<a href="/t/${i}">tag ${i}</a>`).join(' ');
      const { article, error } = tryExtract(page(`<div class="tags">${links}</div>`));
      expect(error).toBeUndefined();
      expect(article?.title).toBe('Council approves the harbour plan');
    },
    GUARD,
  );
});

describe('clean output', () => {
  it('drops control characters and noncharacters from every field, normalises CR, and warns', () => {
    const dirty = page('<p>Body\u0001 with a vertical\u000btab, a NUL\u0000, \ufffe and \uffff, \ufdd0 and \u{1fffe}.\r\nNext line.</p>')
      .replace('<title>Council', '<title>\u0007Council')
      .replace('<h1>Council', '<h1>\u001bCouncil')
      .replace('</head>', '<meta name="author" content="Anna\u0008 Berg"></head>');
    const article = extract(dirty);
    expect(articleProblems(article)).toEqual([]);
    expect(article.title).toBe('Council approves the harbour plan');
    expect(article.text).toContain('Body with a vertical tab, a NUL,  and ,  and . Next line.');
    expect(article.warnings.some((w) => /^dropped \d+ control characters or noncharacters/.test(w))).toBe(true);
  });

  it('a field made only of forbidden characters becomes null, a list entry leaves its list', () => {
    const article = extract(page('<p>Text of the story that is long enough to be the body of the article, about piers.</p>'));
    const dirty = {
      ...article,
      title: '\u0001\u0002',
      editor: '\ufffe',
      authors: ['\u0007', 'Anna Berg\u0000'],
      section: ['\uffff'],
      warnings: [],
    };
    const clean = sanitizeArticle(dirty);
    expect([clean.title, clean.editor, clean.authors, clean.section]).toEqual([null, null, ['Anna Berg'], []]);
    expect(clean.warnings).toEqual(['dropped 6 control characters or noncharacters from the output']);
    expect(articleProblems(clean)).toEqual([]);
  });

  it('cleanOutputString keeps tab, newline, surrogate pairs; drops lone surrogates', () => {
    expect(cleanOutputString('a\tb\nc\r\nd\re \u{1F600}')).toEqual({ text: 'a\tb\nc\nd\ne \u{1F600}', dropped: 0 });
    expect(cleanOutputString('x\ud83dy\ude00z')).toEqual({ text: 'xyz', dropped: 2 });
    expect(cleanOutputString('\u{10ffff}\u{10fffd}')).toEqual({ text: '\u{10fffd}', dropped: 1 });
  });

  it('a page with no body gives null html, not an empty string (fuzz input: a truncated page)', () => {
    const article = extract('<html><head><title>Only a title</title></head><body></body></html>');
    expect(article.html).toBeNull();
    expect(articleProblems(article)).toEqual([]);
  });

  it('every fixture passes the schema check', () => {
    const root = join(import.meta.dirname, '..', 'fixtures');
    const dirs = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(root, d.name));
    expect(dirs.length).toBeGreaterThan(10);
    for (const dir of dirs) {
      const file = ['page.html', 'page.txt'].map((f) => join(dir, f)).find((f) => existsSync(f));
      if (!file) continue;
      const options = existsSync(join(dir, 'options.json')) ? JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) : {};
      expect(articleProblems(extract(readFileSync(file), options)), dir).toEqual([]);
    }
  });
});

describe('the schema check', () => {
  const good = () =>
    JSON.parse(JSON.stringify(extract(page('<p>Enough text for a body paragraph about the harbour plan and its cost.</p>'))));

  it('passes a real article and names what is wrong with a broken one', () => {
    expect(articleProblems(good())).toEqual([]);
    expect(articleProblems({ ...good(), date: '2023-02-30' })).toEqual(['date: not an ISO date: "2023-02-30"']);
    expect(articleProblems({ ...good(), title: 'a\u0000b' })).toEqual([
      'article.title: holds a control character, carriage return, noncharacter or lone surrogate',
    ]);
    expect(articleProblems({ ...good(), authors: 'Anna' })).toEqual(['authors: expected an array']);
    expect(articleProblems({ ...good(), text: null })).toEqual(['text: expected string, got null']);
    expect(articleProblems({ ...good(), lang: 'english' })).toEqual(['lang: not a BCP 47 tag: "english"']);
    expect(articleProblems(null)).toEqual(['article: not an object']);
  });

  it('isIsoDate accepts what newsclean writes and rejects impossible dates', () => {
    for (const d of ['2023-07-21', '2023-07-21T09:31', '2023-07-21T09:31:05.123+08:00', '2024-02-29T00:00:00Z'])
      expect(isIsoDate(d), d).toBe(true);
    for (const d of ['2023-13-01', '2023-02-29', '2023-07-21T24:00:00Z', '2023-07-21T09:31:00+25:00', '21.07.2023', '2023-7-21'])
      expect(isIsoDate(d), d).toBe(false);
  });
});

describe('errors', () => {
  it(
    'timeoutMs: past the budget extract() throws ExtractError timeout; within it, an article',
    () => {
      const big = page('<p>A paragraph of the long report on the harbour piers and the money they need.</p>'.repeat(40_000));
      const { error } = tryExtract(big, { timeoutMs: 1 });
      expect(error).toBeInstanceOf(ExtractError);
      expect((error as ExtractError).kind).toBe('timeout');
      expect(extract(page('<p>short</p>'), { timeoutMs: 60_000 }).title).toBe('Council approves the harbour plan');
    },
    GUARD,
  );

  it('any other exception becomes ExtractError internal, keeping its cause', () => {
    const cause = new RangeError('Maximum call stack size exceeded');
    const e = asExtractError(cause);
    expect(e).toBeInstanceOf(ExtractError);
    expect(e.kind).toBe('internal');
    expect(e.message).toContain('RangeError: Maximum call stack size exceeded');
    expect(e.cause).toBe(cause);
    const own = new ExtractError('empty', 'x');
    expect(asExtractError(own)).toBe(own);
  });
});

describe('inputs the fuzz harness found slow (seed 7)', () => {
  it('a heading of tens of thousands of dashes: its separators are trimmed in linear time', () => {
    const heading = `<h1>Council approves pier plan ${'-'.repeat(60_000)} </h1>`;
    const a = extract(
      `<html><head><title>Council approves pier plan</title></head><body>${heading}<p>${'The council voted on Thursday. '.repeat(20)}</p></body></html>`,
    );
    expect(a.title).toBe('Council approves pier plan');
  }, 5_000);

  it('thousands of elements nested deep: Readability is skipped for the densest block, with a warning', () => {
    const chain = (n: number): string => '<div><span>x</span>'.repeat(n) + '</div>'.repeat(n);
    const blocks = Array.from({ length: 2_000 }, () => chain(60)).join('');
    const story = `<div class="story">${'<p>The council voted on Thursday to rebuild the piers along the river.</p>'.repeat(12)}</div>`;
    const a = extract(`<html><body><h1>Council approves pier plan</h1>${blocks}${story}</body></html>`);
    expect(a.warnings.some((w) => /too deeply for Readability/.test(w))).toBe(true);
    expect(a.text).toContain('rebuild the piers');
  }, 20_000);
});

describe('a text dump with a long run of dots (fuzz seed 7)', () => {
  it('is tokenized for spam in linear time', () => {
    const dump = `标题\n\n${'正文内容，今天天气很好。'.repeat(20)}\n\n${'.'.repeat(60_000)}\n`;
    const a = extract(dump, { format: 'text' });
    expect(a.text).toContain('今天天气很好');
  }, 5_000);
});
