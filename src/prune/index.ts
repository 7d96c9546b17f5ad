/**
 * Pruning, in the order that keeps each stage's evidence: hidden blocks first (they need the
 * style attributes and <style> rules), then spam (judged by content), then chrome by selector
 * and by phrase, then the lines that became fields. Every removal is recorded.
 */
import type { CheerioAPI } from 'cheerio';
import { findAll } from '../parse/load.js';
import type { TextLine } from '../parse/lines.js';
import type { RemovedBlock, SiteRule, SpamSummary } from '../types.js';
import { removeChromeBySelector, removeChromeLines, removedEntry } from './chrome.js';
import { removeHidden } from './hidden.js';
import { removeSpamBlocks } from './spam.js';
import { removeTeaserFeeds } from './feeds.js';
import { removeSignupBoxes } from './signup.js';
import { removeCommentThreads } from './threads.js';
import { removeRepeatedQuotes } from './quotes.js';
import type { PruneContext } from './context.js';
import type { HeuristicName } from '../heuristics/index.js';

const NO_SPAM: SpamSummary = { detected: false, blocks: 0, links: 0, hosts: [] };

export interface PruneInput {
  lines: readonly TextLine[];
  /** Lines whose content became fields (info line, breadcrumb, editor line). */
  fieldLines: readonly TextLine[];
  rule: SiteRule | null;
  context: PruneContext;
}

export interface PruneResult {
  removed: RemovedBlock[];
  spam: SpamSummary;
}

export function prunePage($: CheerioAPI, input: PruneInput): PruneResult {
  const removed: RemovedBlock[] = [];
  const on = (name: HeuristicName): boolean => input.context.heuristics?.on(name) !== false;
  const hiddenScanned = on('hidden-blocks');
  if (hiddenScanned) removed.push(...removeHidden($, input.context));
  const spam = on('spam-blocks') ? removeSpamBlocks($, input.context, { hiddenScanned }) : { removed: [], summary: NO_SPAM };
  removed.push(...spam.removed);
  // Before the chrome step, which drops every input: the address field is what marks a sign-up box.
  if (on('signup-boxes')) removed.push(...removeSignupBoxes($));
  removed.push(...removeChromeBySelector($, input.rule?.drop ?? [], { tags: on('chrome-tags'), classId: on('chrome-class-id') }));
  if (on('repeated-quotes')) removed.push(...removeRepeatedQuotes($));
  if (on('comment-threads')) removed.push(...removeCommentThreads($, input.lines));
  if (on('teaser-feeds')) removed.push(...removeTeaserFeeds($, input.context));
  if (on('chrome-phrases')) removed.push(...removeChromeLines($, input.lines, on('related-list'), on('trailing-notice')));
  for (const line of on('field-lines') ? input.fieldLines : []) {
    const block = $(line.block);
    if (!block.parent().length || ['body', 'html'].includes(line.block.tagName)) continue;
    if (block.text().replace(/\s+/g, ' ').trim().length > line.text.length * 1.5 + 10) continue;
    removed.push(removedEntry('chrome', 'field-line', line.text));
    block.remove();
  }
  // Style attributes have served hidden-block detection; the body stage need not carry them.
  // (`$('[style]').removeAttr('style')` in one walk)
  findAll($.root()[0]!, (el) => {
    if (Object.hasOwn(el.attribs, 'style') && el.attribs['style'] != null) delete el.attribs['style'];
    return false;
  });
  return { removed, spam: spam.summary };
}
