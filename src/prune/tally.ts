/**
 * Spam found on one document, whichever step found it: removeHidden may drop hidden link farms before
 * removeSpamBlocks runs, and the summary removeSpamBlocks returns must still count them.
 */
import type { CheerioAPI } from 'cheerio';
import type { SpamSummary } from '../types.js';

interface Tally {
  blocks: number;
  links: number;
  hosts: Set<string>;
}

const tallies = new WeakMap<object, Tally>();

function tallyOf($: CheerioAPI): Tally {
  const root = $.root()[0]!;
  let t = tallies.get(root);
  if (!t) tallies.set(root, (t = { blocks: 0, links: 0, hosts: new Set() }));
  return t;
}

export function recordSpam($: CheerioAPI, links: number, hosts: Iterable<string>): void {
  const t = tallyOf($);
  t.blocks++;
  t.links += links;
  for (const h of hosts) t.hosts.add(h);
}

export function spamSummary($: CheerioAPI): SpamSummary {
  const t = tallyOf($);
  return { detected: t.blocks > 0, blocks: t.blocks, links: t.links, hosts: [...t.hosts].sort() };
}
