/**
 * Language: declared (<html lang>, Content-Language, og:locale, JSON-LD) when it agrees with
 * the script of the text, else guessed from the text (script, then stop words).
 */
import stopwords from '../data/stopwords.json' with { type: 'json' };
import { firstMeta } from '../parse/meta.js';
import type { PageContext } from './context.js';

const STOPWORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(stopwords)
    .filter(([k]) => !k.startsWith('$'))
    .map(([k, v]) => [k, new Set(v as string[])]),
);

/** Guess from text alone: CJK scripts by character counts, others by stop words. */
export function guessLang(text: string): string | null {
  const sample = text.slice(0, 5000);
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  const kana = (sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const hangul = (sample.match(/\p{Script=Hangul}/gu) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length || 1;
  // Chinese text has no kana; a few of them among Han characters already mean Japanese.
  if (kana >= 3 && kana / (kana + han) > 0.05) return 'ja';
  if (hangul / letters > 0.3) return 'ko';
  if (han / letters > 0.3) return 'zh';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | null = null;
  let bestHits = 0;
  for (const [lang, set] of Object.entries(STOPWORDS)) {
    const hits = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return bestHits >= 3 ? best : null;
}

function primary(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

export function readLang(ctx: PageContext, text: string): string | null {
  const declared =
    primary(ctx.$('html').attr('lang')) ??
    primary(ctx.$('html').attr('xml:lang')) ??
    primary(firstMeta(ctx.meta, ['content-language', 'og:locale', 'language', 'dc.language'])?.value) ??
    primary(ctx.jsonld.inLanguage);
  const guessed = guessLang(text);
  // Templates often keep lang="en" on Chinese pages: the script of the text decides then.
  if (declared && guessed && declared !== guessed && ['zh', 'ja', 'ko'].some((l) => l === guessed || l === declared)) return guessed;
  return declared ?? guessed;
}

export function isChinese(lang: string | null): boolean {
  return lang === 'zh';
}
