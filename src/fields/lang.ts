/**
 * Language: declared (<html lang>, Content-Language, og:locale, JSON-LD) when it agrees with
 * the script of the text, else guessed from the text (script, then stop words).
 */
import langCodes from '../data/lang-codes.json' with { type: 'json' };
import stopwords from '../data/stopwords.json' with { type: 'json' };
import type { TextLine } from '../parse/lines.js';
import { firstMeta } from '../parse/meta.js';
import { firstMatch, type PageContext } from './context.js';

const STOPWORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(stopwords)
    .filter(([k]) => !k.startsWith('$'))
    .map(([k, v]) => [k, new Set(v as string[])]),
);
const LANGS = Object.keys(STOPWORDS);
/** The languages a declaration is checked against the text's script for (see readLang). */
const CJK: ReadonlySet<string> = new Set(['zh', 'ja', 'ko']);
/** Whether a stop-word list is a CJK language's (none is: readLang's shortcut relies on it, and is off otherwise). */
const CJK_STOPWORDS = LANGS.some((lang) => CJK.has(lang));
/** Each stop word → the indexes in LANGS of the languages that list it: one lookup per word, not one per language. */
const STOPWORD_LANGS = new Map<string, number[]>();
LANGS.forEach((lang, i) => {
  for (const w of STOPWORDS[lang]!) {
    const langs = STOPWORD_LANGS.get(w);
    if (langs) langs.push(i);
    else STOPWORD_LANGS.set(w, [i]);
  }
});

const ASTRAL = /[\uD800-\uDBFF]/;

/** How many letters (code points of \p{L}) `text` holds. */
function letterCount(text: string): number {
  // Runs, not single letters: one string per word instead of one per letter. Without astral characters a
  // run's length is its number of letters.
  if (ASTRAL.test(text)) return (text.match(/\p{L}/gu) ?? []).length;
  let n = 0;
  for (const run of text.match(/\p{L}+/gu) ?? []) n += run.length;
  return n;
}

/** How much text the language is judged from. */
const SAMPLE_CHARS = 5000;
const CODES: Record<string, string> = langCodes.codes;

/** Guess from text alone: CJK scripts by character counts, others by stop words. */
export function guessLang(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  return scriptLang(sample) ?? stopwordLang(sample);
}

/**
 * The page's text a language is judged from: its lines in order, the short ones left out (menus, buttons, a
 * template's labels, in any language or the template's), up to SAMPLE_CHARS; a page with little long text is judged
 * from all of it.
 */
export function languageSample(lines: readonly TextLine[]): string {
  const picked: string[] = [];
  let chars = 0;
  for (const { text } of lines) {
    if (chars >= SAMPLE_CHARS) break;
    if (text.length < SAMPLE_LINE_CHARS) continue;
    picked.push(text);
    chars += text.length + 1;
  }
  return chars >= SAMPLE_MIN_CHARS ? picked.join('\n') : lines.map((l) => l.text).join('\n');
}
/** A line shorter than this is left out of the sample (a CJK sentence of this many characters is a long one). */
const SAMPLE_LINE_CHARS = 40;
/** Below this much long text the sample is the whole page. */
const SAMPLE_MIN_CHARS = 200;

/** The CJK language whose script the text is written in (guessLang's first test), or null. */
function scriptLang(sample: string): 'ja' | 'ko' | 'zh' | null {
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  const kana = (sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const hangul = (sample.match(/\p{Script=Hangul}/gu) ?? []).length;
  // The letters are counted only for a text holding kana, Hangul or Han: without, no share can pass.
  if (!hangul && !han && kana < 3) return null;
  const letters = letterCount(sample) || 1;
  // Chinese text has no kana; a few of them among Han characters already mean Japanese, when the two scripts are
  // much of the text (not an English story quoting a Japanese word).
  if (kana >= 3 && kana / (kana + han) > 0.05 && (kana + han) / letters > 0.3) return 'ja';
  if (hangul / letters > 0.3) return 'ko';
  if (han / letters > 0.3) return 'zh';
  return null;
}

/** How many of the text's words (of `minLength` letters at least) are stop words of each language (LANGS' order). */
function stopwordHits(sample: string, minLength = 1): number[] {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = new Array<number>(LANGS.length).fill(0);
  for (const w of words) {
    if (w.length < minLength) continue;
    const langs = STOPWORD_LANGS.get(w);
    if (langs) for (const i of langs) hits[i]!++;
  }
  return hits;
}

/** The first language with the most hits, as the languages are listed (its index), or -1 with none. */
function mostHits(hits: readonly number[]): number {
  let best = -1;
  hits.forEach((n, i) => {
    if (n > (hits[best] ?? 0)) best = i;
  });
  return best;
}

/** The language most of the text's stop words belong to, or null. */
function stopwordLang(sample: string): string | null {
  const hits = stopwordHits(sample);
  const best = mostHits(hits);
  return best >= 0 && hits[best]! >= 3 ? LANGS[best]! : null;
}

/**
 * The language of a text its page declares wrongly: a template's `lang="en"` over a German, Spanish or Swahili text.
 * Only for a declared language whose stop words we know, and only when another language's are many and several times
 * as many; words of one or two letters are not counted (`de`, `do`, `na`, `i` are words of many languages, and names).
 */
function againstDeclared(declared: string, sample: string): string | null {
  const own = LANGS.indexOf(declared);
  if (own < 0) return null;
  const hits = stopwordHits(sample, 3);
  const best = mostHits(hits);
  return best >= 0 && best !== own && hits[best]! >= MISDECLARED_HITS && hits[own]! * MISDECLARED_RATIO <= hits[best]!
    ? LANGS[best]!
    : null;
}
/** Stop words of the other language a text needs, and how many times the declared language's, to override it. */
const MISDECLARED_HITS = 12;
const MISDECLARED_RATIO = 4;

/** The locale the page declares, with its region (`en-us`, from `<html lang="en-US">` or og:locale `en_US`), or null. */
export function declaredLocale(ctx: PageContext): string | null {
  const html = firstMatch(ctx, 'html')?.attribs ?? {};
  const tag = html['lang'] ?? html['xml:lang'] ?? firstMeta(ctx.meta, ['content-language', 'og:locale'])?.value;
  return tag?.trim().toLowerCase().replace(/_/g, '-') || null;
}

/** The language of a declared tag (`en-US` → `en`), in ISO 639-1 where the tag uses an older or longer code. */
function primary(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag?.trim() ?? '');
  if (!m) return null;
  const code = m[1]!.toLowerCase();
  return CODES[code] ?? code;
}

export function readLang(ctx: PageContext, text: string): string | null {
  const html = firstMatch(ctx, 'html')?.attribs ?? {};
  const declared =
    primary(html['lang']) ??
    primary(html['xml:lang']) ??
    primary(firstMeta(ctx.meta, ['content-language', 'og:locale', 'language', 'dc.language'])?.value) ??
    primary(ctx.jsonld.inLanguage);
  // Templates often keep lang="en" on Chinese pages: the script of the text decides then; on pages in another
  // language of the same script, its stop words, when they plainly outnumber the declared language's (againstDeclared).
  // (No stop-word list is a CJK language's, so the general guess below is needed only for a CJK declaration.)
  if (declared && !CJK.has(declared) && !CJK_STOPWORDS) {
    const sample = text.slice(0, SAMPLE_CHARS);
    return scriptLang(sample) ?? againstDeclared(declared, sample) ?? declared;
  }
  const guessed = guessLang(text);
  if (declared && guessed && declared !== guessed && (CJK.has(guessed) || CJK.has(declared))) return guessed;
  return declared ?? guessed;
}

export function isChinese(lang: string | null): boolean {
  return lang === 'zh';
}
