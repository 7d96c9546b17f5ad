/**
 * Story parts: some layouts cut one article into sibling containers of one kind (`article > div.con` ×10 on a
 * public broadcaster; `div.story-article-container` ×3 with an ad row between on a newspaper chain), each with its
 * own rail or figure beside the paragraphs. Readability picks one container and joins a sibling only when it scores
 * high on its own, so the lead or the second half of the story is lost. The pure-wrapper case is handled by
 * text-blocks.ts; this joins containers that also hold other things.
 *
 * A group is joined when, measured: two or more siblings share tag and class, at least two of them hold prose
 * paragraphs, and none looks like a story of its own (a top-level headline, a publication time, a byline): a feed
 * of several stories (infinite scroll) or a comment thread keeps its parts apart. The joined container keeps the
 * paragraphs, headings, lists, quotes, tables and figures of every part in document order; what else the parts
 * held beside the story (rails, ad rows, labels) goes.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { isElement, textOf } from '../prune/dom.js';
import { findAll } from '../parse/load.js';
import { isProseParagraph, weightedLength } from '../prune/prose.js';

/** How far above a prose paragraph a part may begin (p < div < section < block < container). */
const MAX_PART_DEPTH = 5;
/** Parts that hold prose; one is the story itself, a second makes a continuation. */
const MIN_PROSE_PARTS = 2;
/** Prose paragraphs in all, so that two teaser cards with a summary each are no story. */
const MIN_PROSE_PARAGRAPHS = 4;

/** What a part keeps: the story's own elements (outermost only). */
const STORY_ELEMENTS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'pre']);

/**
 * What a part holds beside the story, left out with the rails: figures (their captions are no body text in any
 * evaluation set; measured on the joined parts: fundus ΣΔF1 +0.80 with them, +0.97 without), asides, forms.
 */
const BESIDE_THE_STORY = new Set(['figure', 'figcaption', 'aside', 'nav', 'form', 'button']);

/** Marks of a story of its own (a feed item, a comment, a teaser): its own headline, time, byline or linked heading. */
const OWN_STORY =
  'h1, time, [datetime], [itemprop~="headline"], [itemprop~="datePublished"], [itemprop~="author"], [rel~="author"], h2 a[href], h3 a[href], h4 a[href]';

const partKey = (el: Element): string | null => {
  const cls = (el.attribs['class'] ?? '').trim();
  // Classless siblings are any two divs, not parts of one kind.
  return cls ? `${el.name}|${cls}` : null;
};

/** Whether a node still hangs in the document (an earlier join may have removed the part it was in). */
function attached(node: ParentNode): boolean {
  let n: ParentNode | null = node;
  while (n && n.type !== 'root') n = n.parent;
  return n !== null;
}

/** The element whose own prose paragraphs weigh the most: where the story (or the part Readability will find) is. */
function mainProseHolder(prose: readonly Element[]): Element | null {
  const weight = new Map<Element, number>();
  let best: Element | null = null;
  for (const p of prose) {
    const parent = p.parent;
    if (!parent || !isElement(parent)) continue;
    const w = (weight.get(parent) ?? 0) + weightedLength(textOf(p));
    weight.set(parent, w);
    if (!best || w > weight.get(best)!) best = parent;
  }
  return best;
}

/** The story elements under `el`, outermost first, in document order. */
function storyElements(el: Element): Element[] {
  const out: Element[] = [];
  // Iterative, in document order: the depth is the page's.
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length) {
    const c = stack.pop()!;
    if (!isElement(c)) continue;
    if (STORY_ELEMENTS.has(c.name)) out.push(c);
    else if (!BESIDE_THE_STORY.has(c.name)) for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
  }
  return out;
}

/** The prose paragraphs (of the page's, measured once) under `el`. */
function proseCount(el: Element, prose: ReadonlySet<Element>): number {
  return findAll(el, (p) => prose.has(p)).length;
}

/**
 * Joins each group of sibling story parts into its first part. `paragraphs` are the page's <p> elements; groups
 * are looked for among their ancestors. Returns the number of parts joined into another.
 */
export function joinStoryParts($: CheerioAPI, paragraphs: readonly Element[]): number {
  const prose = paragraphs.filter((p) => isProseParagraph(p));
  const proseSet = new Set(prose);
  const main = mainProseHolder(prose);
  if (!main) return 0;
  const groups = new Map<ParentNode, Set<string>>();
  for (const p of prose) {
    let el: Element | null = p.parent && isElement(p.parent) ? p.parent : null;
    for (let depth = 0; el?.parent && depth < MAX_PART_DEPTH; depth++, el = isElement(el.parent) ? el.parent : null) {
      const key = partKey(el);
      if (!key) continue;
      const keys = groups.get(el.parent) ?? new Set<string>();
      keys.add(key);
      groups.set(el.parent, keys);
    }
  }
  let joined = 0;
  for (const [parent, keys] of groups) {
    for (const key of keys) {
      const parts = parent.children.filter((c): c is Element => isElement(c) && partKey(c) === key);
      if (parts.length < 2 || !attached(parent)) continue;
      // The page's main prose must be in one of the parts: a feed or a comment thread beside a story is not its rest.
      if (!parts.some((part) => part === main || $.contains(part, main))) continue;
      const counts = parts.map((part) => proseCount(part, proseSet));
      if (counts.filter((n) => n > 0).length < MIN_PROSE_PARTS) continue;
      if (counts.reduce((a, b) => a + b, 0) < MIN_PROSE_PARAGRAPHS) continue;
      // The story's own headline and time stand in its first part; a later part with its own is another story.
      if (parts.slice(1).some((part) => $(part).find(OWN_STORY).length)) continue;
      const kept = parts.flatMap((part) => storyElements(part));
      const [first, ...rest] = parts;
      $(first!).empty().append(kept);
      for (const part of rest) $(part).remove();
      joined += rest.length;
    }
  }
  return joined;
}
