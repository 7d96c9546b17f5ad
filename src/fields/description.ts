/**
 * description: the page's own summary of the article (the dek), from its description meta tags.
 * Portals often carry one site-wide description on every page, so a description counts only when
 * it speaks of this article: it shares enough words with the headline and the body's opening.
 */
import { cleanText } from '../parse/load.js';
import { record, type PageContext } from './context.js';
import thresholds from '../data/description.json' with { type: 'json' };

const DESCRIPTION_META = ['og:description', 'description', 'twitter:description', 'dc.description', 'dcterms.abstract'];

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/** Words; CJK text (no spaces between words) as overlapping character pairs. */
function words(s: string): Set<string> {
  const text = s.toLowerCase().normalize('NFKC');
  const out = new Set(text.replace(CJK_RUN, ' ').match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  for (const run of text.match(CJK_RUN) ?? []) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

/** Share of the description's words that the article (headline and opening text) also uses. */
function overlap(description: string, article: string): number {
  const d = words(description);
  if (!d.size) return 0;
  const a = words(article);
  let shared = 0;
  for (const w of d) if (a.has(w)) shared++;
  return shared / d.size;
}

/** The page's description meta values, cleaned (the dek as the page states it, or a site-wide blurb). */
export function statedDescriptions(ctx: PageContext): string[] {
  return DESCRIPTION_META.flatMap((key) => (ctx.meta.get(key) ?? []).map(cleanText)).filter((v) => v.length >= thresholds.minChars);
}

export function readDescription(ctx: PageContext, title: string | null, bodyText: string): string | null {
  const opening = `${title ?? ''}\n${bodyText.slice(0, thresholds.openingChars)}`;
  for (const key of DESCRIPTION_META) {
    for (const raw of ctx.meta.get(key) ?? []) {
      const value = cleanText(raw);
      if (value.length < thresholds.minChars || (title && value === title)) continue;
      if (overlap(value, opening) < thresholds.minOverlap) continue;
      return record(ctx, 'description', { value, origin: `meta:${key}`, raw });
    }
  }
  return null;
}
