/**
 * Readability on jsdom over the pruned page. jsdom dominates the cost of a page, so it gets
 * only the body that survived pruning, with no scripts, styles or style attributes (jsdom's
 * CSS parser is slow and throws on odd CSS, and pruning already used them).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  /** The article container's HTML. */
  content: string;
  textLength: number;
}

/** CJK articles and briefs are short: Readability's 500-character default would drop them. */
const CHAR_THRESHOLD = 100;
const quietConsole = new VirtualConsole();

export function runReadability(bodyHtml: string, url: string | null): ReadabilityResult | null {
  const html = `<!DOCTYPE html><html><head><title></title></head><body>${bodyHtml}</body></html>`;
  const dom = new JSDOM(html, { url: url && /^https?:/i.test(url) ? url : 'http://localhost/', virtualConsole: quietConsole });
  try {
    const article = new Readability(dom.window.document, {
      charThreshold: CHAR_THRESHOLD,
      keepClasses: false,
      disableJSONLD: true,
      nbTopCandidates: 5,
    }).parse();
    if (!article?.content) return null;
    return { content: article.content, textLength: article.length ?? 0 };
  } finally {
    dom.window.close();
  }
}
