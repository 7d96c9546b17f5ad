/**
 * Language: declared (<html lang>, Content-Language, og:locale, JSON-LD) when it agrees with
 * the script of the text, else guessed from the text (script, then stop words).
 */
import stopwords from '../data/stopwords.json' with { type: 'json' };
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

/** Guess from text alone: CJK scripts by character counts, others by stop words. */
export function guessLang(text: string): string | null {
  const sample = text.slice(0, 5000);
  return scriptLang(sample) ?? stopwordLang(sample);
}

/** The CJK language whose script the text is written in (guessLang's first test), or null. */
function scriptLang(sample: string): 'ja' | 'ko' | 'zh' | null {
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  const kana = (sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const hangul = (sample.match(/\p{Script=Hangul}/gu) ?? []).length;
  // Chinese text has no kana; a few of them among Han characters already mean Japanese.
  if (kana >= 3 && kana / (kana + han) > 0.05) return 'ja';
  // The letters are counted only for a text holding Hangul or Han: without, neither share can pass.
  if (!hangul && !han) return null;
  const letters = letterCount(sample) || 1;
  if (hangul / letters > 0.3) return 'ko';
  if (han / letters > 0.3) return 'zh';
  return null;
}

/** The language most of the text's stop words belong to, or null. */
function stopwordLang(sample: string): string | null {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = new Array<number>(LANGS.length).fill(0);
  for (const w of words) {
    const langs = STOPWORD_LANGS.get(w);
    if (langs) for (const i of langs) hits[i]!++;
  }
  // The first language with the most hits, as the languages are listed.
  let best: string | null = null;
  let bestHits = 0;
  LANGS.forEach((lang, i) => {
    if (hits[i]! > bestHits) {
      best = lang;
      bestHits = hits[i]!;
    }
  });
  return bestHits >= 3 ? best : null;
}

function primary(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

export function readLang(ctx: PageContext, text: string): string | null {
  const html = firstMatch(ctx, 'html')?.attribs ?? {};
  const declared =
    primary(html['lang']) ??
    primary(html['xml:lang']) ??
    primary(firstMeta(ctx.meta, ['content-language', 'og:locale', 'language', 'dc.language'])?.value) ??
    primary(ctx.jsonld.inLanguage);
  // Templates often keep lang="en" on Chinese pages: the script of the text decides then. A declared language of
  // another script is checked against the script alone: no stop-word list is a CJK language's, so the stop words
  // could only guess a language that does not override it.
  if (declared && !CJK.has(declared) && !CJK_STOPWORDS) return scriptLang(text.slice(0, 5000)) ?? declared;
  const guessed = guessLang(text);
  if (declared && guessed && declared !== guessed && (CJK.has(guessed) || CJK.has(declared))) return guessed;
  return declared ?? guessed;
}

export function isChinese(lang: string | null): boolean {
  return lang === 'zh';
}
