/** Judging one candidate block (a hidden element, a document.write region) as a whole. */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import thresholds from '../data/spam-thresholds.json' with { type: 'json' };
import type { RemovedBlock, RemovedKind } from '../types.js';
import type { PruneContext } from './context.js';
import { bodyOf, detach, nonLinkChars, sampleOf, textOf } from './dom.js';
import { findRuns } from './runs.js';
import { tokenizeNodes } from './tokens.js';
import { spreadPieces } from './prose.js';

const PROTECT = thresholds.protectTextShare;
/** Pieces of a hidden block looked up elsewhere on the page, and their length. */
const DUPLICATE_PIECES = 5;
const DUPLICATE_PIECE = 40;

export interface Judgement {
  /** Whitespace-collapsed text. */
  text: string;
  links: number;
  /** Non-space characters inside links, and in all. */
  linkChars: number;
  chars: number;
  /** Distinct off-site hosts of its links, sorted. */
  hosts: string[];
  /** Mostly keyword runs (hidden-mode thresholds: hiding is already a strong signal). */
  spam: boolean;
  /** Spam reason when `spam`: links or bare keywords. */
  spamReason: 'hidden-link-farm' | 'hidden-keyword-run';
}

export function judge(nodes: readonly AnyNode[], ctx: PruneContext): Judgement {
  const { tokens, chars } = tokenizeNodes(nodes, ctx);
  let links = 0;
  let linkChars = 0;
  const hosts = new Set<string>();
  for (const t of tokens) {
    if (!t.link) continue;
    links++;
    linkChars += t.chars;
    if (t.host) hosts.add(t.host);
  }
  let spamChars = 0;
  let runLinks = 0;
  let runUnits = 0;
  if (chars > 0) {
    for (const r of findRuns(tokens, chars, 'hidden')) {
      for (let i = r.first; i <= r.last; i++) spamChars += tokens[i]!.chars;
      runLinks += r.links;
      runUnits += r.units;
    }
  }
  return {
    text: chars > 0 ? textOf(nodes) : '',
    links,
    linkChars,
    chars,
    hosts: [...hosts].sort(),
    spam: spamChars > 0 && spamChars >= thresholds.hiddenSpamShare * chars,
    spamReason: runLinks * 2 >= runUnits ? 'hidden-link-farm' : 'hidden-keyword-run',
  };
}

/** Link-heavy: enough links holding most of the text (menus, link farms). */
export function linkHeavy(j: Judgement): boolean {
  return j.links >= thresholds.ariaHiddenMinLinks && j.linkChars >= thresholds.linkHeavyShare * j.chars;
}

/**
 * How much of the page's text a block holds, counting text outside links: article text is, menus and link lists
 * are not. (`<p>` text alone misses pages that set their body in `<div>`s and `<br>`s.) A hidden block holding most
 * of it is the article hidden until scripts run, or a page of a paged article, not junk.
 */
export class PageMeasure {
  private total = -1;
  private pageText: string | null = null;

  /**
   * Whether most of a block's text stands twice on the page (the block is one of the copies): five pieces taken
   * across the block are looked up in the page's whole text.
   */
  repeatsVisibleText(text: string): boolean {
    if (text.length < DUPLICATE_PIECE * DUPLICATE_PIECES) return false;
    this.pageText ??= textOf([bodyOf(this.$)]);
    let twice = 0;
    for (const piece of spreadPieces(text, DUPLICATE_PIECES, DUPLICATE_PIECE)) {
      const first = this.pageText.indexOf(piece);
      if (first >= 0 && this.pageText.indexOf(piece, first + 1) >= 0) twice++;
    }
    return twice * 2 > DUPLICATE_PIECES;
  }

  constructor(private readonly $: CheerioAPI) {}

  /** Share of the page's non-link text in a block holding `nonLink` such characters (Judgement.chars − linkChars). */
  share(nonLink: number): number {
    if (this.total < 0) this.total = nonLinkChars([bodyOf(this.$)]);
    return this.total > 0 ? Math.min(1, nonLink / this.total) : 0;
  }
}

/** Whether a block holding this share of the page's text must be kept (it is the body hidden until scripts run). */
export function holdsBody(share: number): boolean {
  return share > PROTECT;
}

export function removedBlock(kind: RemovedKind, reason: string, text: string): RemovedBlock {
  return { kind, reason, chars: text.length, sample: sampleOf(text) };
}

export function detachAll(nodes: readonly AnyNode[]): void {
  for (const n of nodes) detach(n);
}
