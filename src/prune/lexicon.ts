/**
 * Spam keyword matching. Text is folded (ASCII lowercase, full-width → ASCII, traditional → simplified for the
 * characters the lexicon uses) one UTF-16 unit for one, so match offsets in folded text are offsets in the original.
 */
import lexicon from '../data/spam-lexicon.json' with { type: 'json' };
import thresholds from '../data/spam-thresholds.json' with { type: 'json' };
import type { PruneContext } from './context.js';

/** Weight of a context term: any unit holding one is not spam. */
const CONTEXT = -1;
/** Weight of a user keyword: enough alone. */
const USER_WEIGHT = 2;

const TRAD = new Map<number, number>();
for (let i = 0; i + 1 < lexicon.traditionalToSimplified.length; i += 2) {
  TRAD.set(lexicon.traditionalToSimplified.charCodeAt(i), lexicon.traditionalToSimplified.charCodeAt(i + 1));
}

/** Folded code of every CJK unified ideograph (0x4e00–0x9fff): traditional → simplified where the lexicon needs it. */
const CJK_BASE = 0x4e00;
const CJK_FOLD = new Uint16Array(0xa000 - CJK_BASE);
for (let i = 0; i < CJK_FOLD.length; i++) CJK_FOLD[i] = CJK_BASE + i;
for (const [t, s] of TRAD) if (t >= CJK_BASE && t < 0xa000) CJK_FOLD[t - CJK_BASE] = s;

function foldCode(c: number): number {
  // hyphen and underscore read as a space: `free-spins` and `free_spins` are the term `free spins`
  if (c === 0x2d || c === 0x5f) return 0x20;
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  if (c >= CJK_BASE && c < 0xa000) return CJK_FOLD[c - CJK_BASE]!;
  if (c >= 0xff01 && c <= 0xff5e) return foldCode(c - 0xfee0); // full-width ASCII
  return c;
}

/** Length-preserving fold used on both the lexicon and the text. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
  return out;
}

const isAlnum = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
/** Word characters around an ASCII term: ASCII letters and digits, and accented Latin letters (`s’avère`). */
const isWordChar = (c: number): boolean => isAlnum(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isHan = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
const HAN_BOUND = new Set(lexicon.hanBound);

export interface TermHit {
  start: number;
  end: number;
  /** The folded term. */
  term: string;
  weight: number;
}

export interface Matcher {
  /** All term occurrences in `text`, in order (longest term wins at a position). */
  hits(text: string): TermHit[];
  /** Keyword score of one unit: sum of the weights of its distinct terms, 0 if it holds a context term. */
  score(text: string): number;
}

export const UNIT_KEYWORD_SCORE: number = thresholds.unitKeywordScore;

function build(extra: string[]): Matcher {
  const weights = new Map<string, number>();
  const add = (term: string, w: number): void => {
    const t = fold(term.trim());
    if (!t) return;
    const prev = weights.get(t);
    // context terms override; otherwise the higher weight wins
    if (prev === CONTEXT) return;
    weights.set(t, w === CONTEXT ? CONTEXT : Math.max(prev ?? 0, w));
  };
  for (const [w, terms] of Object.entries(lexicon.terms)) for (const t of terms) add(t, Number(w));
  for (const t of lexicon.context) add(t, CONTEXT);
  for (const t of extra) add(t, USER_WEIGHT);

  // Terms bucketed by first character, longest first: one pass over the text, no regex over hundreds of
  // alternatives. ASCII terms must stand alone (`av` must not match inside `java`); CJK terms have no boundaries.
  const buckets = new Map<number, { term: string; weight: number; ascii: boolean; han: boolean }[]>();
  for (const [term, weight] of [...weights].sort((a, b) => b[0].length - a[0].length)) {
    const c = term.charCodeAt(0);
    let list = buckets.get(c);
    if (!list) buckets.set(c, (list = []));
    list.push({ term, weight, ascii: /^[a-z0-9 ]+$/.test(term), han: HAN_BOUND.has(term) });
  }

  const hits = (text: string): TermHit[] => {
    const out: TermHit[] = [];
    const n = text.length;
    let prev = 0;
    for (let i = 0; i < n; i++) {
      const c = foldCode(text.charCodeAt(i));
      const wordStart = !isWordChar(prev);
      prev = c;
      if (!wordStart && isAlnum(c)) continue;
      const list = buckets.get(c);
      if (!list) continue;
      for (const t of list) {
        const len = t.term.length;
        if (i + len > n) continue;
        let k = 1;
        while (k < len && foldCode(text.charCodeAt(i + k)) === t.term.charCodeAt(k)) k++;
        if (k < len) continue;
        const after = i + len < n ? foldCode(text.charCodeAt(i + len)) : 0;
        if (t.ascii && isWordChar(after)) continue;
        if (t.han && !isHan(after) && !(i > 0 && isHan(text.charCodeAt(i - 1)))) continue;
        out.push({ start: i, end: i + len, term: t.term, weight: t.weight });
        i += len - 1;
        prev = t.term.charCodeAt(len - 1);
        break;
      }
    }
    return out;
  };
  return {
    hits,
    score: (text) => scoreHits(hits(text)),
  };
}

/** Score of the hits inside one unit: distinct terms' weights summed; 0 when a context term is among them. */
export function scoreHits(hits: readonly TermHit[]): number {
  if (hits.length === 0) return 0;
  const seen = new Set<string>();
  let score = 0;
  for (const h of hits) {
    if (h.weight === CONTEXT) return 0;
    if (seen.has(h.term)) continue;
    seen.add(h.term);
    score += h.weight;
  }
  return score;
}

const cache = new Map<string, Matcher>();

/** The matcher for a context's keywords, built once per distinct keyword list. */
export function matcherFor(ctx: PruneContext): Matcher {
  const key = ctx.extraKeywords.join('\u0001');
  let m = cache.get(key);
  if (!m) {
    if (cache.size > 32) cache.clear();
    m = build(ctx.extraKeywords);
    cache.set(key, m);
  }
  return m;
}
