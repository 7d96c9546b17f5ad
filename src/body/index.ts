/**
 * The body: a site rule's container, else Readability over the pruned page, else (when
 * Readability finds nothing or far less than the densest text block) that block.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { bodyOf, loadHtml, cleanText } from '../parse/load.js';
import { runReadability } from './readability.js';
import { paragraphsToHtml, toParagraphs } from './paragraphs.js';
import { filterBody, type BodyFields } from './filters.js';

export interface BodyOptions {
  url: string | null;
  /** A site rule's body container: used as is. */
  ruleBody?: Element;
  /** On listing pages, the first post's root (see entries.ts). */
  entry: Element | null;
  /** Off for text dumps, whose synthetic page already holds only the body. */
  useReadability: boolean;
  fields: BodyFields;
}

export interface Body {
  text: string;
  html: string;
  creditAuthor: string | null;
  warnings: string[];
}

/** Readability's pick is replaced when the densest block holds this many times more text. */
const FALLBACK_RATIO = 1.6;

/** The element whose own paragraphs (child <p> and bare text between <br>) hold the most text. */
export function densestBlock($: CheerioAPI): Element | null {
  const score = new Map<Element, number>();
  const add = (el: Element | null | undefined, n: number): void => {
    if (el) score.set(el, (score.get(el) ?? 0) + n);
  };
  $('p').each((_, p) => {
    const linkText = $(p).find('a').text().length;
    add(p.parent as Element, Math.max(0, cleanText($(p).text()).length - linkText));
  });
  $('br').each((_, br) => {
    const prev = br.prev;
    if (prev?.type === 'text') add(br.parent as Element, cleanText((prev as unknown as { data: string }).data).length);
  });
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) { best = el; bestScore = s; }
  return best;
}

function bodyRoot($: CheerioAPI, options: BodyOptions, warnings: string[]): { $: CheerioAPI; root: Element } | null {
  if (options.ruleBody) return { $, root: options.ruleBody };
  const dense = densestBlock($);
  if (!options.useReadability) {
    const article = $('article')[0] as Element | undefined;
    return article ? { $, root: article } : dense ? { $, root: dense } : null;
  }
  const entry = options.entry;
  let result = null;
  try {
    result = runReadability((entry ? $.html(entry) : $(bodyOf($)).html()) ?? '', options.url);
  } catch (err) {
    warnings.push(`readability failed: ${(err as Error).message}`);
  }
  const denseLength = dense && !entry ? cleanText($(dense).text()).length : 0;
  if (result && result.textLength * FALLBACK_RATIO >= denseLength) {
    const $content = loadHtml(result.content);
    return { $: $content, root: $content('body')[0] as Element };
  }
  if (dense) {
    if (result) warnings.push('readability kept far less text than the densest block; used that block');
    return { $, root: dense };
  }
  return null;
}

export function extractBody($: CheerioAPI, options: BodyOptions): Body {
  const warnings: string[] = [];
  const found = bodyRoot($, options, warnings);
  if (!found) return { text: '', html: '', creditAuthor: null, warnings };
  const { paragraphs, creditAuthor } = filterBody(toParagraphs(found.$, found.root), options.fields);
  return {
    text: paragraphs.map((p) => p.text).join('\n\n'),
    html: paragraphsToHtml(paragraphs),
    creditAuthor,
    warnings,
  };
}
