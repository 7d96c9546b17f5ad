/**
 * The body: a site rule's container, else Readability over the pruned page, else (when
 * Readability finds nothing or far less) the page's schema.org articleBody or its densest text block.
 */
import type { CheerioAPI, CheerioOptions } from 'cheerio';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { bodyOf, cleanLength, cleanText, findAll, textContent } from '../parse/load.js';
import { dropUnreadAttributes, runReadabilityOnNodes, unmaskProse, type ReadabilityDom } from './readability.js';
import { namesOtherProse, proseHolders, spreadPieces, weightedLength } from '../prune/prose.js';
import { nonLinkChars } from '../prune/dom.js';
import { paragraphsToHtml, toParagraphs } from './paragraphs.js';
import { filterBody, type BodyFields } from './filters.js';
import { prependLead } from './lead.js';
import { joinStoryParts } from './story-parts.js';
import { unwrapCaptionedGalleries } from './galleries.js';
import { prependShownDescription, textRegion } from './region.js';
import { mergeSplitTextBlocks } from './text-blocks.js';
import type { Heuristics } from '../heuristics/index.js';
import readabilityCost from '../data/readability-cost.json' with { type: 'json' };

export interface BodyOptions {
  url: string | null;
  /** A site rule's body container: used as is. */
  ruleBody?: Element;
  /** On listing pages, the first post's root (see entries.ts). */
  entry: Element | null;
  /** Off for text dumps, whose synthetic page already holds only the body. */
  useReadability: boolean;
  fields: BodyFields;
  heuristics: Heuristics;
  /** Keep figures/images and data tables (ExtractOptions `images` / `tables`; default true). */
  images?: boolean;
  tables?: boolean;
  /** The page's description meta values: a dek printed outside the article's region is found by them (region.ts). */
  descriptions?: readonly string[];
  /** Readability's DOM (ExtractOptions `dom`; default linkedom). */
  dom?: ReadabilityDom;
}

export interface Body {
  text: string;
  html: string;
  creditAuthor: string | null;
  warnings: string[];
}

/** dom-serializer's option (not in cheerio's option type): escape only & < > and NBSP. */
const UTF8_OUT = { encodeEntities: 'utf8' } as unknown as CheerioOptions;

/** Readability's pick is replaced when the densest block holds this many times more text. */
const FALLBACK_RATIO = 1.6;

/** The page's <p>, <br> and schema.org articleBody elements, found in one walk. */
interface PageBlocks {
  paragraphs: Element[];
  breaks: Element[];
  articleBodies: Element[];
  /** Each paragraph's cleaned text length, measured once for the densest block and the article region. */
  chars: Map<Element, number>;
}

function paragraphChars(blocks: PageBlocks, p: Element): number {
  let n = blocks.chars.get(p);
  if (n === undefined) blocks.chars.set(p, (n = cleanLength(textContent(p))));
  return n;
}

function pageBlocks($: CheerioAPI): PageBlocks {
  const blocks: PageBlocks = { paragraphs: [], breaks: [], articleBodies: [], chars: new Map() };
  findAll($.root()[0]!, (el) => {
    if (el.name === 'p') blocks.paragraphs.push(el);
    else if (el.name === 'br') blocks.breaks.push(el);
    if (/\barticleBody\b/i.test(el.attribs['itemprop'] ?? '')) blocks.articleBodies.push(el);
    return false;
  });
  return blocks;
}

/** The element whose own paragraphs (child <p> and bare text between <br>) hold the most text. */
function densestBlock(blocks: PageBlocks): Element | null {
  const { paragraphs, breaks } = blocks;
  const score = new Map<Element, number>();
  const add = (el: Element | null | undefined, n: number): void => {
    if (el) score.set(el, (score.get(el) ?? 0) + n);
  };
  for (const p of paragraphs) {
    let linkText = 0; // `$(p).find('a').text().length`
    for (const a of findAll(p, (el) => el.name === 'a')) linkText += textContent(a).length;
    add(p.parent as Element, Math.max(0, paragraphChars(blocks, p) - linkText));
  }
  for (const br of breaks) {
    const prev = br.prev;
    if (prev?.type === 'text') add(br.parent as Element, cleanLength((prev as unknown as { data: string }).data));
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score)
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  return best;
}

/** Less text than this in a schema.org articleBody container is a teaser, not the body. */
const MIN_MARKED_BODY = 200;

/**
 * The page's own schema.org microdata body (`itemprop="articleBody"`), the largest if several:
 * it holds the whole article even when its paragraphs sit in separate wrappers, where Readability
 * (which joins only siblings of its best node) and the densest block keep a single paragraph.
 */
function markedBody({ articleBodies }: PageBlocks): { el: Element; length: number } | null {
  let best: { el: Element; length: number } | null = null;
  for (const el of articleBodies) {
    const length = cleanLength(textContent(el));
    if (length >= MIN_MARKED_BODY && (!best || length > best.length)) best = { el, length };
  }
  return best;
}

function bodyRoot($: CheerioAPI, options: BodyOptions, warnings: string[]): ParentNode | null {
  if (options.ruleBody) return options.ruleBody;
  const blocks = pageBlocks($);
  // On a listing page the posts stand apart on purpose: joining them would pour the first post into the others.
  const joinParts = options.useReadability && !options.entry;
  if (joinParts && options.heuristics.on('merge-split-blocks')) mergeSplitTextBlocks($, blocks.paragraphs);
  if (joinParts && options.heuristics.on('join-story-parts')) joinStoryParts($, blocks.paragraphs);
  if (joinParts && options.heuristics.on('captioned-galleries')) unwrapCaptionedGalleries($, blocks.paragraphs);
  const marked = options.entry ? null : markedBody(blocks);
  const dense = marked?.el ?? densestBlock(blocks);
  if (!options.useReadability) {
    const article = $('article')[0] as Element | undefined;
    return article ?? dense ?? null;
  }
  const entry = options.entry;
  let result = null;
  let region: Element | null = null;
  try {
    // UTF-8 out, only & < > and NBSP escaped: cheerio's default writes every non-ASCII character
    // as an entity, and linkedom makes a text node of each (one per character on Chinese pages).
    const input = entry ?? bodyOf($);
    const cost = nestedCost(input);
    if (cost.nodes > MAX_NESTED_COST) {
      warnings.push(
        'the page nests too many elements too deeply for Readability (its cost grows with nodes × depth); used the densest block',
      );
      return dense;
    }
    if (cost.chars > MAX_NESTED_CHARS) {
      warnings.push(
        'the page holds too much text too deeply nested for Readability (its cost grows with characters × depth); used the densest block',
      );
      return dense;
    }
    dropUnreadAttributes(input);
    if (options.heuristics.on('unmask-prose')) unmaskProse(proseHolders(input), namesOtherProse);
    region =
      !entry && options.heuristics.on('article-region') ? textRegion(input, blocks.paragraphs, (p) => paragraphChars(blocks, p)) : null;
    const nodes = entry ? [entry] : region ? [region] : input.children;
    // Readability's document is built from this tree (no serialise and parse); the HTML is the fallback.
    result = runReadabilityOnNodes(nodes, () => $.html(nodes, UTF8_OUT), options.url, options.dom);
  } catch (err) {
    warnings.push(`readability failed: ${(err as Error).message}`);
  }
  // Readability finds nothing in a short first post (under its 500-character floor): the post itself is the body.
  if (!result) return entry ?? dense;
  if (dense && !entry && options.heuristics.on('second-opinion')) {
    const verdict = secondOpinion(result.root, dense, marked?.length);
    if (verdict === 'candidate') {
      warnings.push(
        `readability kept far less text than the ${marked ? 'articleBody container' : 'densest block'}, which holds it and reads as article prose; used that`,
      );
      return dense;
    }
  }
  if (!entry && options.heuristics.on('lead-before-body')) {
    prependLead($, result.root, options.fields.title, options.fields);
    if (region) prependShownDescription($, result.root, region, options.descriptions ?? []);
  }
  return result.root;
}

/**
 * Readability re-reads everything under every ancestor (_cleanConditionally, _getTextDensity), so its cost grows with
 * the number of nodes times their depth; and it reads each ancestor's whole text (_getInnerText, _getLinkDensity), so
 * also with the characters times their depth. Over the development corpus, Σ depth over the nodes of a page stays
 * under 350,000 and Σ depth × characters over its text under 3.3 million; hostile pages nesting thousands of elements
 * tens deep reach 19 million nodes × depth and ran for over 20 s, and 2.4 million still took 5 s; megabytes of text
 * ten levels down (25–96 million characters × depth) took 2–3 s in Readability alone.
 */
const MAX_NESTED_COST = readabilityCost.maxNestedNodes;
const MAX_NESTED_CHARS = readabilityCost.maxNestedChars;

/** Σ over nodes, and over characters of text, of their depth below `root`, stopping as soon as a limit is passed. */
function nestedCost(root: ParentNode): { nodes: number; chars: number } {
  let nodes = 0;
  let chars = 0;
  // Two stacks side by side, not a [node, depth] pair per node: this walks every node of the page.
  const stack: AnyNode[] = [root];
  const depths: number[] = [0];
  while (stack.length && nodes <= MAX_NESTED_COST && chars <= MAX_NESTED_CHARS) {
    const node = stack.pop()!;
    const depth = depths.pop()!;
    nodes += depth;
    if (node.type === 'text') chars += (node as unknown as { data: string }).data.length * depth;
    else if ('children' in node)
      for (const child of (node as ParentNode).children) {
        stack.push(child);
        depths.push(depth + 1);
      }
  }
  return { nodes, chars };
}

/** Signals that a block's prose is not the article, on it or an ancestor (comments, consent, sign-up). */
function namedOtherProse(el: Element): boolean {
  for (let n: ParentNode | null = el; n && n.type === 'tag'; n = n.parent) if (namesOtherProse(n as Element)) return true;
  return false;
}

/** Pieces of Readability's text looked up in the other candidate, and their length. */
const OVERLAP_PIECES = 8;
const OVERLAP_PIECE = 24;
/** Readability's pick is too short to trust below this (width-weighted characters), or when the candidate holds this many times more. */
const WEAK_PICK = 400;
const FRAGMENT_RATIO = 4;
/** A candidate with more link text than this share is a list of links, not an article. */
const MAX_CANDIDATE_LINK_SHARE = 0.5;
/** Linked headings (teasers) inside a candidate from which on it is a feed of stories rather than one. */
const FEED_HEADINGS = 3;

/**
 * A second opinion on Readability's pick against one other candidate (the schema.org articleBody, else the
 * densest block of paragraphs), decided on measured features rather than length alone. The candidate wins only
 * when it holds far more text, reads as prose (few links, not a feed of headed stories, not named as comments or
 * consent), and either contains what Readability kept (Readability lost part of a split article) or Readability
 * kept almost nothing. A short right article next to a long comment thread, cookie notice or "more stories" list
 * stays.
 */
function secondOpinion(pick: ParentNode, candidate: Element, candidateLength?: number): 'readability' | 'candidate' {
  const pickText = cleanText(textContent(pick));
  const text = cleanText(textContent(candidate));
  const length = candidateLength ?? text.length;
  if (pickText.length * FALLBACK_RATIO >= length) return 'readability';
  const visible = text.replace(/\s/g, '').length || 1;
  if (1 - nonLinkChars([candidate]) / visible > MAX_CANDIDATE_LINK_SHARE) return 'readability';
  if (namedOtherProse(candidate)) return 'readability';
  const linkedHeadings = findAll(candidate, (el) => /^h[1-4]$/.test(el.name) && findAll(el, (a) => a.name === 'a').length > 0);
  if (linkedHeadings.length >= FEED_HEADINGS) return 'readability';
  // Readability kept a fragment (a sign-up notice, one caption): the prose block is the article.
  if (weightedLength(pickText) < WEAK_PICK || pickText.length * FRAGMENT_RATIO <= length) return 'candidate';
  const flat = text.replace(/\s+/g, '');
  const pickFlat = pickText.replace(/\s+/g, '');
  const found = spreadPieces(pickFlat, OVERLAP_PIECES, OVERLAP_PIECE).filter((piece) => flat.includes(piece)).length;
  return found * 10 >= OVERLAP_PIECES * 6 ? 'candidate' : 'readability';
}

export function extractBody($: CheerioAPI, options: BodyOptions): Body {
  const warnings: string[] = [];
  const root = bodyRoot($, options, warnings);
  if (!root) return { text: '', html: '', creditAuthor: null, warnings };
  const { paragraphs, creditAuthor } = filterBody(
    toParagraphs(root, { url: options.url, images: options.images, tables: options.tables }),
    options.fields,
    options.heuristics,
  );
  return {
    text: paragraphs
      .map((p) => p.text)
      .filter(Boolean)
      .join('\n\n'), // an image without a caption has no text
    html: paragraphsToHtml(paragraphs),
    creditAuthor,
    warnings,
  };
}
