/** What every field reader gets: the parsed page, read once. */
import type { CheerioAPI } from 'cheerio';
import type { MetaMap } from '../parse/meta.js';
import type { JsonLdFacts } from '../parse/jsonld.js';
import type { TextLine } from '../parse/lines.js';
import type { FieldOrigin, SiteRule } from '../types.js';
import type { Element } from 'domhandler';
import { eachMatch, elementsBelow, matches, selectFrom } from '../parse/select.js';
import { textContent } from '../parse/load.js';

export interface PageContext {
  $: CheerioAPI;
  url: string | null;
  host: string | null;
  meta: MetaMap;
  jsonld: JsonLdFacts;
  /** Visible lines of the whole page, before pruning. */
  lines: TextLine[];
  /** On listing pages (several posts), the first post's root: its title and date are the page's. */
  entry: import('domhandler').Element | null;
  /** The site rule for this host, if any. */
  rule: SiteRule | null;
  origins: FieldOrigin[];
  /** The page's elements in document order, listed on the first selectAll (the page is not changed while fields are read). */
  elements?: Element[];
  /** Set when pruning begins: the page changes from then on, and selectAll asks cheerio. */
  pruned?: boolean;
  /** The visible lines joined, made on the first pageText call. */
  text?: string;
}

/** The page's visible text, its lines one per line (read by more than one field reader: made once). */
export function pageText(ctx: PageContext): string {
  return (ctx.text ??= ctx.lines.map((l) => l.text).join('\n'));
}

/** `ctx.$(selector).toArray()`, from one list of the page's elements and a selector compiled once (parse/select.ts). */
export function selectAll(ctx: PageContext, selector: string): Element[] {
  if (ctx.pruned) return ctx.$(selector).toArray() as Element[];
  ctx.elements ??= elementsBelow(ctx.$.root()[0]!);
  return selectFrom(ctx.elements, selector);
}

/** The matches of selectAll one at a time, at most `limit`, for a reader that stops early. */
export function* selectEach(ctx: PageContext, selector: string, limit = Infinity): Generator<Element> {
  const matches = ctx.pruned ? selectAll(ctx, selector) : eachMatch((ctx.elements ??= elementsBelow(ctx.$.root()[0]!)), selector);
  let n = 0;
  for (const el of matches) {
    if (n++ >= limit) return;
    yield el;
  }
}

/**
 * The elements that match `selector` or pass `also`, in document order, one at a time: for a test a selector would
 * write as dozens of attribute patterns, each of which css-select runs against every element of the page.
 */
export function* selectEachOr(ctx: PageContext, selector: string, also: (el: Element) => boolean): Generator<Element> {
  const elements = ctx.pruned ? elementsBelow(ctx.$.root()[0]!) : (ctx.elements ??= elementsBelow(ctx.$.root()[0]!));
  for (const el of elements) if (also(el) || matches(el, selector)) yield el;
}

/** The first element matching `selector`, or null: a walk that stops there (cheerio's `$(selector).first()` lists every match). */
export function firstMatch(ctx: PageContext, selector: string): Element | null {
  for (const el of selectEach(ctx, selector, 1)) return el;
  return null;
}

/** The text of the first element matching `selector` (cheerio's `$(selector).first().text()`), '' when none does. */
export function firstText(ctx: PageContext, selector: string): string {
  const el = firstMatch(ctx, selector);
  return el ? textContent(el) : '';
}

/** The first `count` lines below the headline line (none when the headline was not found): the info line's place. */
export function linesBelow(ctx: PageContext, headline: number, count: number): TextLine[] {
  return headline < 0 ? [] : ctx.lines.slice(headline + 1, headline + 1 + count);
}

/**
 * The lines an info line (date, byline) may stand in: a few above the headline, the headline, and the next ones below
 * it, where, until the text's first paragraph, a control's label does not count (`Teilen`, `0`, `Kommentare`,
 * `Drucken`: a share bar, one line a button, often stands between the headline and the date), up to a hard limit.
 * Below a paragraph short lines count again: there they are lists (tags, links to other pages), not the info block.
 */
export function linesNearHeadline(ctx: PageContext, headline: number): TextLine[] {
  const start = Math.max(0, headline - NEAR_BEFORE);
  let end = headline + 1;
  let inText = false;
  for (let counted = 0; end < ctx.lines.length && counted < NEAR_AFTER && end - headline <= NEAR_AFTER_MAX; end++) {
    const length = ctx.lines[end]!.text.length;
    if (length > CONTROL_LABEL || inText) counted++;
    if (length > PARAGRAPH) inText = true;
  }
  return ctx.lines.slice(start, end);
}
const NEAR_BEFORE = 4;
/** Lines below the headline that count; the window stops at NEAR_AFTER_MAX lines whatever they are. */
const NEAR_AFTER = 14;
const NEAR_AFTER_MAX = 42;
/** A line this short is a button's or a counter's label, not a line of the info block or the text. */
const CONTROL_LABEL = 12;
/** A line this long is a paragraph of the text (no info line is; the date reader's own limit). */
const PARAGRAPH = 300;

/** A field value with the candidate that produced it. */
export interface Candidate<T> {
  value: T;
  origin: string;
  raw: string;
}

export function record<T>(ctx: PageContext, field: FieldOrigin['field'], c: Candidate<T> | null): T | null {
  if (!c) return null;
  ctx.origins.push({ field, origin: c.origin, raw: c.raw });
  return c.value;
}

/** Text of the first element matching a site-rule selector (`sel@attr` reads an attribute). */
export function ruleText(ctx: PageContext, selector: string | undefined): string | null {
  if (!selector) return null;
  const [sel, attr] = selector.split('@');
  const el = ctx.$(sel!).first();
  if (!el.length) return null;
  const value = attr ? el.attr(attr) : el.text();
  return value?.replace(/\s+/g, ' ').trim() || null;
}
