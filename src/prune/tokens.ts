/**
 * Turns page content into a flat stream of tokens in reading order, the shape link farms and keyword runs are judged
 * on: a *unit* is one link's text or one bare piece of text between separators (`|`, `｜`, spaces); a *break* is
 * sentence text (sentence punctuation, or a piece too long to be a keyword) that ends any run; a *sep* is separator
 * text between units. Text of consecutive inline nodes is read as one flow, so `<b>` inside a word does not split it.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import thresholds from '../data/spam-thresholds.json' with { type: 'json' };
import { offsiteHost, type PruneContext } from './context.js';
import { BLOCK, MAX_DEPTH, OPAQUE, collapse, isElement, isText, walk } from './dom.js';
import { UNIT_KEYWORD_SCORE, matcherFor, scoreHits, type Matcher, type TermHit } from './lexicon.js';

/** A DOM position: a text node and a UTF-16 offset, or a whole node (`offset` -1). */
export interface Pos {
  node: AnyNode | null;
  offset: number;
}

export interface Token {
  kind: 'unit' | 'break' | 'sep';
  text: string;
  /** Non-space characters. */
  chars: number;
  /** Keyword score (units only) and whether it reaches thresholds.unitKeywordScore. */
  score: number;
  kw: boolean;
  /** The `<a href>` of a link unit. */
  link: Element | null;
  /** Off-site host of a link unit, null when on-site or not a link. */
  host: string | null;
  /** A sep holding `|`-like characters. */
  pipe: boolean;
  /** Nearest container element (lists of one kind of item share it); null for plain text. */
  container: Element | null;
  start: Pos;
  /** Exclusive end. */
  end: Pos;
  /** Non-space characters before this token, in reading order. */
  at: number;
}

export interface Tokens {
  tokens: Token[];
  /** Non-space characters of all tokens. */
  chars: number;
  /** Leaves in document order: text, comments, childless and opaque elements, links (not walked into). */
  leaves: AnyNode[];
}

const MAX_UNIT = thresholds.maxUnitChars;
const MAX_LINK_UNIT = thresholds.maxLinkUnitChars;
/** Plain units kept at each end of long prose without keywords: more could never join a run (maxGapUnits + 1). */
const KEEP = thresholds.maxGapUnits + 1;
/** Long prose without keywords is tokenized only in windows this long at each end. */
const WINDOW = 250;

/** Elements whose children form one kind of list; `li`, `td`, `tr`, `dt`, `dd` are items, not containers. */
const CONTAINER = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'div',
  'dl',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'marquee',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'table',
  'ul',
  'html',
]);

const PIPE = /[|｜│¦]/;
/** Sentence punctuation: a piece holding it is prose, not a keyword. */
const CJK_SENTENCE = /[，。！？；：、“”…]/;
/** Pieces that are pure decoration between items (`·`, `/`, `-`, `>>`). */
const DECORATION = /^[·•・/\\\-–—_~*#>»«<]+$/;
/** Text that is only list punctuation: between links it separates items; inside prose it is a sentence break. */
const LIST_PUNCT = /^\s*[、，,；;/·•]+\s*$/;
const SPLIT = /([\s|｜│¦]+)|[^\s|｜│¦]+/g;
/** Where a word piece breaks: CJK sentence punctuation anywhere, ASCII sentence punctuation at its end. */
const BREAKER = /[，。！？；：、“”…]+/g;
/** Sentence punctuation that breaks a unit when it ends a word (`end.`), found by a loop: `/[,.!?;:]+$/` retried at every position of a long run of dots. */
const TRAILING_BREAK = new Set([',', '.', '!', '?', ';', ':']);
const HAS_BREAKER = /[，。！？；：、“”…]|[,.!?;:]$/;

interface Piece {
  kind: Token['kind'];
  start: number;
  end: number;
  pipe: boolean;
}

function nonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

/** Splits a string into pieces; with `lineBreaks`, a newline ends runs (text dumps put one item per line). */
function pieces(s: string, lineBreaks: boolean): Piece[] {
  const out: Piece[] = [];
  for (const m of s.matchAll(SPLIT)) {
    const start = m.index;
    const word = m[0];
    const end = start + word.length;
    if (m[1] !== undefined) {
      out.push({ kind: lineBreaks && word.includes('\n') ? 'break' : 'sep', start, end, pipe: PIPE.test(word) });
      continue;
    }
    if (DECORATION.test(word)) {
      out.push({ kind: 'sep', start, end, pipe: false });
      continue;
    }
    if (!HAS_BREAKER.test(word)) {
      // A keyword slug (`best-online-casino-bonus-codes`) is one unit however long: injected link lists paste URL slugs.
      out.push(SLUG.test(word) && word.length <= MAX_SLUG ? { kind: 'unit', start, end, pipe: false } : unitPiece(start, end));
      continue;
    }
    let tail = word.length;
    while (tail > 0 && TRAILING_BREAK.has(word[tail - 1]!)) tail--;
    let at = 0;
    for (const b of word.slice(0, tail).matchAll(BREAKER)) {
      if (b.index > at) out.push(unitPiece(start + at, start + b.index));
      out.push({ kind: 'break', start: start + b.index, end: start + b.index + b[0].length, pipe: false });
      at = b.index + b[0].length;
    }
    if (at < tail) out.push(unitPiece(start + at, start + tail));
    if (tail < word.length) out.push({ kind: 'break', start: start + tail, end, pipe: false });
  }
  return out;
}

/** Lowercase words joined by hyphens, three or more. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+){2,}$/;
const MAX_SLUG = thresholds.maxLinkUnitChars;

function unitPiece(start: number, end: number): Piece {
  return { kind: end - start > MAX_UNIT ? 'break' : 'unit', start, end, pipe: false };
}

/** Scores unit pieces from hits found once over the whole string (hits and pieces are both in order). */
function scorePieces(ps: readonly Piece[], hits: readonly TermHit[]): number[] {
  const scores = new Array<number>(ps.length).fill(0);
  let h = 0;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    while (h < hits.length && hits[h]!.start < p.start) h++;
    if (p.kind !== 'unit') continue;
    let e = h;
    while (e < hits.length && hits[e]!.end <= p.end) e++;
    if (e > h) scores[i] = scoreHits(hits.slice(h, e));
  }
  return scores;
}

/** Tokens of a plain string (a text dump or one line of it). Positions are string offsets (`node` null). */
export function tokenizeText(s: string, ctx: PruneContext): Token[] {
  const m = matcherFor(ctx);
  const ps = pieces(s, true);
  const scores = scorePieces(ps, m.hits(s));
  const out: Token[] = [];
  let at = 0;
  ps.forEach((p, i) => {
    const text = s.slice(p.start, p.end);
    const score = scores[i] ?? 0;
    const chars = nonSpace(text);
    out.push({
      kind: p.kind,
      text,
      chars,
      score,
      kw: score >= UNIT_KEYWORD_SCORE,
      link: null,
      host: null,
      pipe: p.pipe,
      container: null,
      start: { node: null, offset: p.start },
      end: { node: null, offset: p.end },
      at,
    });
    at += chars;
  });
  return out;
}

/** Tokens of DOM subtrees in reading order. */
export function tokenizeNodes(roots: readonly AnyNode[], ctx: PruneContext): Tokens {
  return new Tokenizer(ctx, false).run(roots);
}

/**
 * Whether DOM subtrees may hold `units` keyword units: they hold at least that many keyword hits (positive
 * weights) in the strings the tokenizer reads (each flow of text, each link's text). A keyword unit holds at least
 * one such hit of its own, so fewer hits means fewer keyword units, and no run; most pages have none, and this
 * skips building their tokens.
 */
export function mayHoldKeywordUnits(roots: readonly AnyNode[], ctx: PruneContext, units: number): boolean {
  const t = new Tokenizer(ctx, true);
  t.run(roots);
  return t.keywordHits >= units;
}

class Tokenizer {
  private readonly matcher: Matcher;
  private readonly tokens: Token[] = [];
  private readonly leaves: AnyNode[] = [];
  private chars = 0;
  /** The current flow: consecutive text nodes read as one string. */
  private flow: Text[] = [];
  private flowContainer: Element | null = null;
  /** Counting mode (mayHoldKeywordUnits): only keyword hits are counted, no token is made. */
  keywordHits = 0;

  constructor(
    private readonly ctx: PruneContext,
    private readonly countOnly: boolean,
  ) {
    this.matcher = matcherFor(ctx);
  }

  run(roots: readonly AnyNode[]): Tokens {
    for (const r of roots) this.visit(r, r.parent && isElement(r.parent) ? containerOf(r.parent) : null, 0);
    this.flush();
    return { tokens: this.tokens, chars: this.chars, leaves: this.leaves };
  }

  private count(hits: readonly TermHit[]): void {
    for (const h of hits) if (h.weight > 0) this.keywordHits++;
  }

  private leaf(n: AnyNode): void {
    if (!this.countOnly) this.leaves.push(n);
  }

  private visit(n: AnyNode, container: Element | null, depth: number): void {
    if (isText(n)) {
      if (this.flow.length === 0) this.flowContainer = container;
      this.flow.push(n);
      this.leaf(n);
      return;
    }
    if (!isElement(n)) {
      this.leaf(n); // comments, directives: invisible, do not split the flow
      return;
    }
    const name = n.name;
    if (OPAQUE.has(name)) {
      this.leaf(n);
      return;
    }
    if (depth > MAX_DEPTH) {
      // deeper than any real page: one opaque break
      this.flush();
      this.leaf(n);
      this.push(wholeNode(n, 'break', '', container));
      return;
    }
    if (name === 'a' && n.attribs.href !== undefined) {
      this.flush();
      this.leaf(n);
      this.pushLink(n, container);
      return;
    }
    if (n.children.length === 0) {
      if (BLOCK.has(name)) this.flush();
      this.leaf(n);
      return;
    }
    const block = BLOCK.has(name);
    if (block) this.flush();
    const inner = CONTAINER.has(name) ? n : container;
    for (const c of n.children) this.visit(c, inner, depth + 1);
    if (block) this.flush();
  }

  private pushLink(a: Element, container: Element | null): void {
    const text = linkText(a);
    if (this.countOnly) {
      this.count(this.matcher.hits(text));
      return;
    }
    const chars = nonSpace(text);
    if (chars === 0) {
      this.push(wholeNode(a, 'sep', '', container));
      return;
    }
    const prose = chars > MAX_LINK_UNIT || CJK_SENTENCE.test(text);
    const t = wholeNode(a, prose ? 'break' : 'unit', text, container);
    t.chars = chars;
    t.link = a;
    t.host = offsiteHost(a.attribs.href, this.ctx);
    if (!prose) {
      t.score = this.matcher.score(text);
      t.kw = t.score >= UNIT_KEYWORD_SCORE;
    }
    this.push(t);
  }

  private push(t: Token): void {
    if (this.countOnly) return;
    t.at = this.chars;
    this.chars += t.chars;
    this.tokens.push(t);
  }

  private flush(): void {
    const flow = this.flow;
    if (flow.length === 0) return;
    this.flow = [];
    const s = flow.length === 1 ? flow[0]!.data : flow.map((t) => t.data).join('');
    if (!/\S/.test(s) || LIST_PUNCT.test(s)) {
      // whitespace between elements, or list punctuation alone between two links (`<a>…</a>、<a>…</a>`): a sep
      const first = flow[0]!;
      const last = flow[flow.length - 1]!;
      this.push(sepToken(s, this.flowContainer, { node: first, offset: 0 }, { node: last, offset: last.data.length }));
      return;
    }
    const hits = this.matcher.hits(s);
    if (this.countOnly) {
      this.count(hits);
      return;
    }
    const ps = hits.length === 0 && s.length > 2 * WINDOW ? prosePieces(s) : pieces(s, false);
    const scores = scorePieces(ps, hits);
    // map flow offsets back to (text node, offset); pieces are in order, so one forward cursor suffices
    let ni = 0;
    let base = 0;
    const locate = (off: number, isEnd: boolean): Pos => {
      while (ni < flow.length - 1 && (isEnd ? off > base + flow[ni]!.data.length : off >= base + flow[ni]!.data.length)) {
        base += flow[ni]!.data.length;
        ni++;
      }
      return { node: flow[ni]!, offset: off - base };
    };
    ps.forEach((p, i) => {
      const text = s.slice(p.start, p.end);
      const start = locate(p.start, false);
      const end = locate(p.end, true);
      const score = scores[i] ?? 0;
      this.push({
        kind: p.kind,
        text,
        chars: nonSpace(text),
        score,
        kw: score >= UNIT_KEYWORD_SCORE,
        link: null,
        host: null,
        pipe: p.pipe,
        container: this.flowContainer,
        start,
        end,
        at: 0,
      });
    });
  }
}

/**
 * Pieces of long text without keywords, cheaply: the units at its start and end (up to KEEP each, stopping at
 * sentence punctuation) and one break for everything between. Runs never reach further into such text.
 */
function prosePieces(s: string): Piece[] {
  const head = pieces(s.slice(0, WINDOW), false);
  head.pop(); // may be cut by the window
  const out: Piece[] = [];
  let units = 0;
  for (const p of head) {
    if (p.kind === 'break' || units === KEEP) break;
    if (p.kind === 'unit') units++;
    out.push(p);
  }
  const off = s.length - WINDOW;
  const tail = pieces(s.slice(off), false);
  tail.shift(); // may be cut by the window
  let from = tail.length;
  units = 0;
  while (from > 0 && tail[from - 1]!.kind !== 'break' && units < KEEP) {
    from--;
    if (tail[from]!.kind === 'unit') units++;
  }
  const midStart = out.length ? out[out.length - 1]!.end : 0;
  const midEnd = from < tail.length ? tail[from]!.start + off : s.length;
  out.push({ kind: 'break', start: midStart, end: midEnd, pipe: false });
  for (let i = from; i < tail.length; i++) {
    const p = tail[i]!;
    out.push({ kind: p.kind, start: p.start + off, end: p.end + off, pipe: p.pipe });
  }
  return out;
}

function containerOf(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parent && isElement(e.parent) ? e.parent : null) {
    if (CONTAINER.has(e.name)) return e;
  }
  return null;
}

function wholeNode(n: Element, kind: Token['kind'], text: string, container: Element | null): Token {
  return {
    kind,
    text,
    chars: 0,
    score: 0,
    kw: false,
    link: null,
    host: null,
    pipe: false,
    container,
    start: { node: n, offset: -1 },
    end: { node: n, offset: -1 },
    at: 0,
  };
}

function sepToken(text: string, container: Element | null, start: Pos, end: Pos): Token {
  return {
    kind: 'sep',
    text,
    chars: 0,
    score: 0,
    kw: false,
    link: null,
    host: null,
    pipe: PIPE.test(text),
    container,
    start,
    end,
    at: 0,
  };
}

/** Text of a link (skipping scripts and the like), collapsed. */
function linkText(a: Element): string {
  let s = '';
  walk([a], (n) => {
    if (isText(n)) s += n.data;
    return !isElement(n) || !OPAQUE.has(n.name);
  });
  return collapse(s);
}
