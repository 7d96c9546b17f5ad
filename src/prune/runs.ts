/**
 * Finds spam runs in a token stream: clusters of keyword units (at most `maxGapUnits` plain units apart) inside a
 * stretch with no sentence text, grown over adjacent plain units that look like part of the same injection, and kept
 * when enough of their units are keywords. Signals besides the keyword share move the score a little: many distinct
 * off-site hosts (+), only same-site links (−, related-news lists link home), and sitting at the very start or end of
 * the page (+, where injections are pasted).
 */
import thresholds from '../data/spam-thresholds.json' with { type: 'json' };
import { siteKey } from './context.js';
import { collapse } from './dom.js';
import type { Token } from './tokens.js';

export type RunMode = 'visible' | 'hidden';

export interface Run {
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  units: number;
  kwUnits: number;
  /** Link units in the run. */
  links: number;
  /** Distinct off-site hosts of those links, sorted. */
  hosts: string[];
  score: number;
  /** Whitespace-collapsed text. */
  text: string;
}

const MAX_GAP = thresholds.maxGapUnits;
const ADJ = thresholds.adjust;

/** Runs in `tokens`; `total` is the non-space character count of the whole stream (for the position signal). */
export function findRuns(tokens: readonly Token[], total: number, mode: RunMode): Run[] {
  const runs: Run[] = [];
  let segStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.kind !== 'break') continue;
    if (i > segStart) scanSegment(tokens, segStart, i - 1, total, mode, runs);
    segStart = i + 1;
  }
  return runs;
}

function scanSegment(tokens: readonly Token[], lo: number, hi: number, total: number, mode: RunMode, out: Run[]): void {
  const lim = mode === 'hidden' ? thresholds.hidden : thresholds.visible;
  const kw: number[] = [];
  for (let i = lo; i <= hi; i++) if (tokens[i]!.kw) kw.push(i);
  if (kw.length < lim.minKeywordUnits) return;

  let c0 = 0;
  for (let k = 1; k <= kw.length; k++) {
    if (k < kw.length && plainUnitsBetween(tokens, kw[k - 1]!, kw[k]!) <= MAX_GAP) continue;
    if (k - c0 >= lim.minKeywordUnits) {
      const run = grow(tokens, kw[c0]!, kw[k - 1]!, lo, hi, total);
      if (run.kwUnits >= lim.minKeywordUnits && run.score >= lim.minScore) out.push(run);
    }
    c0 = k;
  }
}

function plainUnitsBetween(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a + 1; i < b; i++) if (tokens[i]!.kind === 'unit') n++;
  return n;
}

type Site = 'on' | 'off';
const siteOf = (t: Token): Site => (t.host ? 'off' : 'on');

/** Grows a keyword cluster [a, b] to its edges and scores it. */
function grow(tokens: readonly Token[], a: number, b: number, lo: number, hi: number, total: number): Run {
  let off = 0;
  let on = 0;
  for (let i = a; i <= b; i++) {
    const t = tokens[i]!;
    if (t.kw && t.link) t.host ? off++ : on++;
  }
  const majority: Site | null = off + on === 0 ? null : off >= on ? 'off' : 'on';
  const first = extend(tokens, a, -1, lo, majority);
  let last = extend(tokens, b, 1, hi, majority);
  // a trailing `|` belongs to the run
  while (last < hi && tokens[last + 1]!.kind === 'sep' && tokens[last + 1]!.pipe) last++;

  let units = 0;
  let kwUnits = 0;
  let links = 0;
  let linksOnsite = 0;
  const hosts = new Set<string>();
  const parts: string[] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    parts.push(t.text);
    if (t.kind !== 'unit') continue;
    units++;
    if (t.kw) kwUnits++;
    if (t.link) {
      links++;
      if (t.host) hosts.add(t.host);
      else linksOnsite++;
    }
  }
  let score = kwUnits / units;
  if (new Set([...hosts].map(siteKey)).size >= ADJ.manyOffsiteHosts) score += ADJ.manyOffsiteHostsBonus;
  if (links > 0 && linksOnsite === links) score -= ADJ.onsiteOnlyPenalty;
  const before = tokens[first]!.at;
  const after = total - (tokens[last]!.at + tokens[last]!.chars);
  if (total > 0 && Math.min(before, after) <= ADJ.bodyEdgeShare * total) score += ADJ.bodyEdgeBonus;
  return { first, last, units, kwUnits, links, hosts: [...hosts].sort(), score, text: collapse(parts.join(' ')) };
}

/**
 * Moves a run edge over plain (non-keyword) units that belong to the injection: links of the same kind (off-site or
 * on-site) as the run's keyword links in the same container, or bare pieces joined to the run by a `|`.
 */
function extend(tokens: readonly Token[], from: number, dir: 1 | -1, bound: number, majority: Site | null): number {
  const container = tokens[from]!.container;
  let edge = from;
  let pipe = false;
  let added = 0;
  for (let j = from + dir; dir < 0 ? j >= bound : j <= bound; j += dir) {
    const t = tokens[j]!;
    if (t.kind === 'sep') {
      if (t.pipe) pipe = true;
      continue;
    }
    if (t.kind !== 'unit' || t.kw || added >= MAX_GAP || t.container !== container) break;
    const belongs = t.link ? majority !== null && siteOf(t) === majority : pipe;
    if (!belongs) break;
    edge = j;
    pipe = false;
    added++;
  }
  return edge;
}
