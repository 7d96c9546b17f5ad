/**
 * Hidden blocks: elements a browser does not show (inline style, `hidden`, a page `<style>` rule, 1-pixel and
 * off-screen boxes, `document.write` wrappers) plus two visible-but-unread forms (link-heavy `aria-hidden`, spam
 * marquees). Hidden spam is recorded as kind `spam`; a hidden block holding most of the page's text is kept (pages
 * hide the body until scripts run) and reported as a warning.
 */
import type { CheerioAPI } from 'cheerio';
import chrome from '../data/chrome.json' with { type: 'json' };
import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { RemovedBlock } from '../types.js';
import { PageMeasure, detachAll, holdsBody, judge, linkHeavy, removedBlock, type Judgement } from './blocks.js';
import { withDeclaredHost, type PruneContext } from './context.js';
import { findDocWriteRegions, type DocWriteRegion } from './docwrite.js';
import { MAX_DEPTH, OPAQUE, bodyOf, describe, isElement, walk } from './dom.js';
import { hiddenSelectors, hidingKind, matchesHiddenSelector, parseDeclarations, type HiddenSelectors } from './style-rules.js';
import { recordSpam } from './tally.js';

/** Why the browser would not show this element, or null. (`aria-hidden` and marquees are judged on content.) */
export function hiddenReason(el: Element, sel: HiddenSelectors): string | null {
  const a = el.attribs;
  if (a.hidden !== undefined && a.hidden.toLowerCase() !== 'until-found') return 'hidden-attribute';
  if (a.style) {
    const kind = hidingKind(parseDeclarations(a.style));
    if (kind && !shownAgainInside(el, kind)) return kind === 'offscreen' || kind === 'one-pixel' ? kind : `inline-${kind}`;
  }
  if (matchesHiddenSelector(el, sel)) return 'style-rule-hidden';
  if (a.class && hasHidingClass(a.class)) return 'hidden-class';
  if (el.name === 'marquee' && tiny(el)) return 'one-pixel';
  return null;
}

/** Class names that hide by convention; the page's external stylesheets, which say so, are not saved with it. */
const HIDING_CLASSES = new Set(chrome.hiddenClassTokens);
const HIDING_CLASS_LIST = [...HIDING_CLASSES].map((t) => t.toLowerCase());

function hasHidingClass(cls: string): boolean {
  // Most class attributes hold none of those names anywhere: then no token is one (asked of every element).
  const lower = cls.toLowerCase();
  if (!HIDING_CLASS_LIST.some((name) => lower.includes(name))) return false;
  let hiding = false;
  for (const token of cls.split(/\s+/)) {
    // `hidden md:block` (Tailwind), `d-none d-lg-block` (Bootstrap): hidden on small screens only, shown on a desktop
    if (SHOWN_AT_BREAKPOINT.test(token)) return false;
    if (HIDING_CLASSES.has(token.toLowerCase())) hiding = true;
  }
  return hiding;
}

const SHOWN_AT_BREAKPOINT =
  /^(?:[a-z0-9]+:(?:block|flex|inline|inline-block|inline-flex|grid|inline-grid|table|contents|flow-root)|d-[a-z]+-(?:block|flex|inline|inline-block|inline-flex|grid|table|table-cell))$/i;

/** `visibility:hidden` and `font-size:0` are undone by descendants that set them back (layout tricks). */
function shownAgainInside(el: Element, kind: string): boolean {
  if (kind !== 'visibility-hidden' && kind !== 'font-size-zero') return false;
  let shown = false;
  walk(el.children, (c) => {
    if (shown || !isElement(c)) return false;
    if (c.attribs.style) {
      const d = parseDeclarations(c.attribs.style);
      if (kind === 'visibility-hidden' && d.get('visibility') === 'visible') shown = true;
      if (kind === 'font-size-zero' && d.has('font-size') && !/^0(\.0*)?[a-z%]*$/.test(d.get('font-size')!)) shown = true;
    }
    return !shown;
  });
  return shown;
}

function tiny(el: Element): boolean {
  const d = el.attribs.style ? parseDeclarations(el.attribs.style) : new Map<string, string>();
  // Trimmed and length-bounded before the test: `\s*(px)?\s*$` on a value of 100,000 spaces backtracked quadratically.
  const size = (v: string | undefined): boolean => {
    const t = v?.trim();
    return t !== undefined && t.length <= 16 && /^[01](\.0*)?\s*(px)?$/.test(t);
  };
  return size(el.attribs.width) || size(el.attribs.height) || size(d.get('width')) || size(d.get('height'));
}

export interface HiddenBlock {
  el: Element;
  reason: string;
  judgement: Judgement;
}

/** The spam reason of a spam-like block: `hidden-…` unless it was on screen (a marquee, an aria-hidden block). */
export function spamReason(b: HiddenBlock): string {
  const r = b.judgement.spamReason;
  return b.reason === 'marquee' || b.reason === 'aria-hidden' ? r.replace(/^hidden-/, '') : r;
}

export interface HiddenScan {
  /** Outermost hidden blocks to drop (spam-like ones have `judgement.spam`). */
  blocks: HiddenBlock[];
  /** Hidden blocks kept because they hold the body (several when hidden siblings hold it together). */
  kept: { els: Element[]; reason: string; percent: number }[];
}

/**
 * Walks the page for hidden blocks; blocks kept as the body are walked into, dropped ones are not. Hidden siblings
 * are also weighed together: slideshows and paged articles hide each page of the body in its own sibling block.
 */
export function scanHidden($: CheerioAPI, ctx: PruneContext, sel: HiddenSelectors, measure: PageMeasure): HiddenScan {
  const scan: HiddenScan = { blocks: [], kept: [] };
  const keep = (els: Element[], reason: string, share: number, depth: number): void => {
    scan.kept.push({ els, reason, percent: Math.round(100 * share) });
    for (const el of els) visit(el, depth + 1);
  };
  const visit = (el: ParentNode, depth = 0): void => {
    if (depth > MAX_DEPTH) return;
    const siblings: HiddenBlock[] = [];
    for (const c of el.children) {
      if (!isElement(c) || OPAQUE.has(c.name)) continue;
      const reason = hiddenReason(c, sel);
      if (reason) {
        const j = judge([c], ctx);
        if (j.spam) {
          scan.blocks.push({ el: c, reason, judgement: j });
          continue;
        }
        const share = measure.share(j.chars - j.linkChars);
        if (keepsBody(ctx, share, j.text, measure, reason)) {
          keep([c], reason, share, depth);
          continue;
        }
        const block = { el: c, reason, judgement: j };
        scan.blocks.push(block);
        if (j.chars > 0) siblings.push(block);
        continue;
      }
      if (c.attribs['aria-hidden'] === 'true' || c.name === 'marquee') {
        const j = judge([c], ctx);
        if (j.spam) {
          scan.blocks.push({ el: c, reason: c.name === 'marquee' ? 'marquee' : 'aria-hidden', judgement: j });
          continue;
        }
        if (c.name !== 'marquee' && linkHeavy(j)) {
          scan.blocks.push({ el: c, reason: 'aria-hidden-links', judgement: j });
          continue;
        }
      }
      visit(c, depth + 1);
    }
    if (siblings.length < 2) return;
    const share = measure.share(siblings.reduce((n, b) => n + b.judgement.chars - b.judgement.linkChars, 0));
    if (!keepsBody(ctx, share, siblings.map((b) => b.judgement.text).join(' '), measure)) return;
    const group = new Set(siblings);
    scan.blocks = scan.blocks.filter((b) => !group.has(b));
    keep(
      siblings.map((b) => b.el),
      'hidden siblings',
      share,
      depth,
    );
  };
  visit(bodyOf($));
  return scan;
}

/**
 * A hidden block holding this share of the page's text is kept as the body (rule `hidden-keeps-body`, off by
 * default: the overlays, lightboxes and widgets that hold "most of the text" are hidden with display:none, by a
 * class or an attribute). One way of hiding stays on by its own rule (`script-shown-body`): an inline
 * `visibility:hidden`, what a script sets on an article it reveals once laid out (every WeChat article's
 * `<div id="js_content" style="visibility: hidden;">`); no block of the development corpus that it would keep
 * is anything else.
 */
function keepsBody(ctx: PruneContext, share: number, text: string, measure: PageMeasure, reason?: string): boolean {
  if (!holdsBody(share)) return false;
  const scriptShown = reason === 'inline-visibility-hidden' && ctx.heuristics?.on('script-shown-body') !== false;
  if (!scriptShown && ctx.heuristics?.on('hidden-keeps-body') === false) return false;
  // Not an article waiting for a script: a client-side template (`{* … *}`, `{{ … }}`) or a hidden copy of text
  // the page shows anyway (a paywall's second copy of the story).
  return !TEMPLATE_PLACEHOLDER.test(text) && !measure.repeatsVisibleText(text);
}

/** Template syntax left in a hidden block's text: comment and login dialogs rendered by scripts. */
const TEMPLATE_PLACEHOLDER = /\{\*[\s\S]{0,200}?\*\}|\{\{[\s\S]{0,200}?\}\}|<%[\s\S]{0,200}?%>|\$\{[a-z_.]{1,40}\}/i;

/** Warning text for a hidden block kept because it holds the body. */
export function keptWarning(label: string, reason: string, percent: number): string {
  return `kept hidden ${label} (${reason}): it holds ${percent}% of the page's text`;
}

/** Drops a document.write region (both scripts and what lies between). */
export function dropRegion(r: DocWriteRegion): void {
  detachAll([r.open, ...r.nodes, r.close]);
}

/**
 * Removes hidden blocks. Spam-like ones are recorded as kind `spam` (`hidden-link-farm`, `document-write-hidden`)
 * and counted in the page's spam summary; others as kind `hidden` with the way they were hidden; blocks without
 * text are dropped unrecorded.
 */
export function removeHidden($: CheerioAPI, pageCtx: PruneContext): RemovedBlock[] {
  const ctx = withDeclaredHost($, pageCtx);
  const sel = hiddenSelectors($);
  const measure = new PageMeasure($);
  const removed: RemovedBlock[] = [];
  const warn = (w: string): void => {
    ctx.warnings?.push(w);
  };

  for (const r of findDocWriteRegions($, sel)) {
    if (!r.open.parent) continue;
    const j = judge(r.nodes, ctx);
    if (j.spam) {
      recordSpam($, j.links, j.hosts);
      removed.push(removedBlock('spam', 'document-write-hidden', j.text));
    } else {
      const share = measure.share(j.chars - j.linkChars);
      if (keepsBody(ctx, share, j.text, measure)) {
        warn(keptWarning('document.write region', 'document-write-hidden', Math.round(100 * share)));
        continue;
      }
      if (j.chars > 0) removed.push(removedBlock('hidden', 'document-write-hidden', j.text));
    }
    dropRegion(r);
  }

  const scan = scanHidden($, ctx, sel, measure);
  for (const k of scan.kept) {
    const label = describe(k.els[0]!) + (k.els.length > 1 ? ` and ${k.els.length - 1} more` : '');
    warn(keptWarning(label, k.reason, k.percent));
  }
  for (const b of scan.blocks) {
    const j = b.judgement;
    if (j.spam) {
      recordSpam($, j.links, j.hosts);
      removed.push(removedBlock('spam', spamReason(b), j.text));
    } else if (j.chars > 0) {
      removed.push(removedBlock('hidden', b.reason, j.text));
    }
  }
  detachAll(scan.blocks.map((b) => b.el as AnyNode));
  return removed;
}
