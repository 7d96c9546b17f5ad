/**
 * Injected SEO spam: link farms and keyword runs (`久久国产精品无码网站| 中文字幕亚洲精品无码| …`), hidden or not.
 * Judged on content, not on where it sits: a run of short units (link texts or bare pieces between `|`/spaces)
 * without sentence punctuation, most of which hit the keyword lexicon (see runs.ts for the other signals).
 * News about crackdowns uses the same words inside sentences, so it never forms such a run.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import thresholds from '../data/spam-thresholds.json' with { type: 'json' };
import type { RemovedBlock, SpamSummary } from '../types.js';
import { PageMeasure, judge, removedBlock } from './blocks.js';
import { withDeclaredHost, type PruneContext } from './context.js';
import { findDocWriteRegions } from './docwrite.js';
import { bodyOf, detach, isElement, isText } from './dom.js';
import { dropRegion, hiddenReason, scanHidden, spamReason } from './hidden.js';
import { findRuns, type Run } from './runs.js';
import { hiddenSelectors, type HiddenSelectors } from './style-rules.js';
import { recordSpam, spamSummary } from './tally.js';
import { mayHoldKeywordUnits, tokenizeNodes, tokenizeText, type Pos, type Tokens } from './tokens.js';

/**
 * Removes spam blocks: hidden ones (`document-write-hidden`, `hidden-link-farm`) first, then visible link farms and
 * keyword runs anywhere in the body (`link-farm`, `keyword-run`), including runs appended inside an article
 * paragraph. The summary counts every spam block dropped from this document so far, by removeHidden too.
 */
export function removeSpamBlocks(
  $: CheerioAPI,
  pageCtx: PruneContext,
  options: { hiddenScanned?: boolean } = {},
): { removed: RemovedBlock[]; summary: SpamSummary } {
  const ctx = withDeclaredHost($, pageCtx);
  const sel = hiddenSelectors($);
  const removed: RemovedBlock[] = [];

  // After removeHidden (`hiddenScanned`) every hidden block is gone or was kept as the body after the same
  // judgement: scanning them again finds nothing.
  for (const r of options.hiddenScanned ? [] : findDocWriteRegions($, sel)) {
    if (!r.open.parent) continue;
    const j = judge(r.nodes, ctx);
    if (!j.spam) continue;
    recordSpam($, j.links, j.hosts);
    removed.push(removedBlock('spam', 'document-write-hidden', j.text));
    dropRegion(r);
  }

  for (const b of options.hiddenScanned ? [] : scanHidden($, ctx, sel, new PageMeasure($)).blocks) {
    const j = b.judgement;
    if (!j.spam) continue;
    recordSpam($, j.links, j.hosts);
    removed.push(removedBlock('spam', spamReason(b), j.text));
    detach(b.el);
  }

  const body = bodyOf($);
  if (!mayHoldKeywordUnits([body], ctx, thresholds.visible.minKeywordUnits)) return { removed, summary: spamSummary($) };
  const tok = tokenizeNodes([body], ctx);
  const runs = findRuns(tok.tokens, tok.chars, 'visible');
  const visible: RemovedBlock[] = [];
  // last run first: cutting a text node must not shift the offsets of runs before it
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i]!;
    const start = tok.tokens[run.first]!.start;
    recordSpam($, run.links, run.hosts);
    visible.push(removedBlock('spam', visibleReason(run, start, body, sel), run.text));
    removeRange(start, tok.tokens[run.last]!.end, tok, body);
  }
  removed.push(...visible.reverse());
  return { removed, summary: spamSummary($) };
}

function visibleReason(run: Run, start: Pos, body: AnyNode, sel: HiddenSelectors): string {
  for (let n = start.node?.parent ?? null; n && n !== body; n = n.parent) {
    if (isElement(n) && hiddenReason(n, sel)) return 'hidden-link-farm';
  }
  return run.links * 2 >= run.units ? 'link-farm' : 'keyword-run';
}

const ordinalCache = new WeakMap<Tokens, Map<AnyNode, number>>();

/** Leaf → index, built only when something is removed (most pages have no spam). */
function ordinals(tok: Tokens): Map<AnyNode, number> {
  let m = ordinalCache.get(tok);
  if (!m) {
    m = new Map();
    for (const [i, n] of tok.leaves.entries()) m.set(n, i);
    ordinalCache.set(tok, m);
  }
  return m;
}

const blank = (n: AnyNode): boolean => n.type === 'comment' || (isText(n) && !/\S/.test(n.data));

/**
 * Removes the content between two token positions: text nodes cut where the range starts or ends inside them, and
 * in between the largest subtrees lying wholly inside the range (so a wrapper of nothing but spam goes whole).
 */
function removeRange(start: Pos, end: Pos, tok: Tokens, stop: AnyNode): void {
  const { leaves } = tok;
  const ordinal = ordinals(tok);
  const s = start.node;
  const e = end.node;
  if (!s || !e) return;
  const cutStart = isText(s) && /\S/.test(s.data.slice(0, start.offset)) ? s : null;
  const cutEnd = isText(e) && /\S/.test(e.data.slice(end.offset)) ? e : null;
  if (cutStart && cutStart === cutEnd) {
    const left = cutStart.data.slice(0, start.offset);
    const right = cutStart.data.slice(end.offset);
    cutStart.data = left + (/\S$/.test(left) && /^\S/.test(right) ? ' ' : '') + right;
    return;
  }
  let a = ordinal.get(s)! + (cutStart ? 1 : 0);
  let b = ordinal.get(e)! - (cutEnd ? 1 : 0);
  // take blank leaves around the range too, so that wrappers padded with whitespace go whole
  while (a > 0 && blank(leaves[a - 1]!)) a--;
  while (b < leaves.length - 1 && blank(leaves[b + 1]!)) b++;

  const edge = (n: AnyNode, last: boolean): number => {
    let x: AnyNode = n;
    for (;;) {
      const o = ordinal.get(x);
      if (o !== undefined) return o;
      const kids = 'children' in x ? (x.children as AnyNode[]) : [];
      const next = last ? kids[kids.length - 1] : kids[0];
      if (!next) return -1;
      x = next;
    }
  };
  const drop: AnyNode[] = [];
  for (let i = a; i <= b; ) {
    let n = leaves[i]!;
    while (n.parent && n.parent !== stop && edge(n.parent, false) >= a && edge(n.parent, true) <= b) {
      n = n.parent;
    }
    drop.push(n);
    i = Math.max(i, edge(n, true)) + 1;
  }
  if (cutStart) cutStart.data = cutStart.data.slice(0, start.offset);
  if (cutEnd) cutEnd.data = cutEnd.data.slice(end.offset);
  for (const n of drop) detach(n);
}

/** Spam runs of a plain text (a text dump, or one line of it). */
function textRuns(text: string, ctx: PruneContext): { runs: Run[]; starts: number[]; ends: number[]; chars: number[]; total: number } {
  const tokens = tokenizeText(text, ctx);
  let total = 0;
  for (const t of tokens) total += t.chars;
  const runs = findRuns(tokens, total, 'visible');
  return {
    runs,
    starts: runs.map((r) => tokens[r.first]!.start.offset),
    ends: runs.map((r) => tokens[r.last]!.end.offset),
    chars: runs.map((r) => {
      let c = 0;
      for (let i = r.first; i <= r.last; i++) c += tokens[i]!.chars;
      return c;
    }),
    total,
  };
}

/** True when most of this text is a spam keyword run (a text dump's injected line). */
export function isSpamText(text: string, ctx: PruneContext): boolean {
  const { chars, total } = textRuns(text, ctx);
  const spam = chars.reduce((x, y) => x + y, 0);
  return spam > 0 && spam >= thresholds.textSpamShare * total;
}

/**
 * Cuts spam keyword runs out of a text (whole injected lines, or a run glued to the end of a normal line) and
 * reports them as one removed block.
 */
export function stripSpamRun(text: string, ctx: PruneContext): { text: string; removed: RemovedBlock | null } {
  const { runs, starts, ends } = textRuns(text, ctx);
  if (runs.length === 0) return { text, removed: null };
  let out = text;
  for (let i = runs.length - 1; i >= 0; i--) {
    const left = out.slice(0, starts[i]).replace(/[ \t\u3000]+$/, '');
    let right = out.slice(ends[i]);
    // a run that was a whole line takes its line break with it
    if ((left === '' || left.endsWith('\n')) && /^[ \t\u3000]*(\r?\n|$)/.test(right)) right = right.replace(/^[ \t\u3000]*\r?\n?/, '');
    out = left + right;
  }
  const all = runs.map((r) => r.text).join(' ');
  const block = removedBlock('spam', 'keyword-run', all);
  return { text: out, removed: block };
}
