/**
 * The shortcuts taken for speed give what the plain reading gives: a sampled scan for long runs of one
 * character, and date patterns skipped when the text lacks what they need.
 */
import { describe, expect, it } from 'vitest';
import { capCharRuns } from '../src/parse/runs.js';
import { findDatesInText, parseDate } from '../src/dates/index.js';
import { alternation, prefixTree } from '../src/parse/regexp.js';
import monthData from '../src/data/date-months.json' with { type: 'json' };
import zones from '../src/data/date-zones.json' with { type: 'json' };

/** The plain reading: every maximal run of one UTF-16 unit, cut to `max`. */
function cutRunsPlainly(s: string, max: number): { text: string; cut: number } {
  let cut = 0;
  const text = s.replace(/([\s\S])\1*/g, (run) => {
    if (run.length <= max) return run;
    cut += run.length - max;
    return run.slice(0, max);
  });
  return { text, cut };
}

/** A deterministic pseudo-random source (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('capCharRuns reads every run it must, though it samples', () => {
  it('cuts runs at every offset and of every length around the limit as the plain reading does', () => {
    const next = random(14);
    for (let trial = 0; trial < 20_000; trial++) {
      const max = 1 + Math.floor(next() * 12);
      const length = Math.floor(next() * 60);
      const symbols = trial % 2 ? 'ab' : 'abc';
      let s = '';
      while (s.length < length) s += symbols[Math.floor(next() * symbols.length)]!.repeat(1 + Math.floor(next() * max * 2.5));
      expect(capCharRuns(s, max), `${JSON.stringify(s)} max ${max}`).toEqual(cutRunsPlainly(s, max));
    }
  });

  it('finds a run just over the limit that lies between samples, and leaves one at the limit', () => {
    const max = 100;
    for (let offset = 0; offset < 240; offset++) {
      const lead = 'xy'.repeat(offset).slice(0, offset);
      const over = `${lead}${'='.repeat(max + 1)}${'z'.repeat(7)}`;
      expect(capCharRuns(over, max)).toEqual({ text: `${lead}${'='.repeat(max)}${'z'.repeat(7)}`, cut: 1 });
      const at = `${lead}${'='.repeat(max)}z`;
      expect(capCharRuns(at, max)).toEqual({ text: at, cut: 0 });
    }
  });
});

describe('date patterns skipped for want of digits still find every date', () => {
  it.each([
    ['Published 21 July 2023 10:00', '2023-07-21T10:00:00'],
    ['Posted July 21st, 2023 at 9:31', '2023-07-21T09:31:00'],
    ['2023-07-21 09:31', '2023-07-21T09:31:00'],
    ['20230721T093105Z', '2023-07-21T09:31:05Z'],
    ['23 年 7 月 21 日 09:31', '2023-07-21T09:31:00'],
    ['令和5年7月21日', '2023-07-21'],
    ['民國112年7月21日', '2023-07-21'],
    ['21.07.23 09:31', '2023-07-21T09:31:00'],
  ])('%s', (text, iso) => {
    expect(findDatesInText(text)[0]?.parsed.iso.startsWith(iso)).toBe(true);
  });

  it('reads month first when the text writes its month-name dates so, and day first otherwise', () => {
    expect(parseDate('03/04/2023')?.iso).toBe('2023-04-03');
    expect(findDatesInText('March 5, 2023 and 03/04/2023 10:00').map((d) => d.parsed.iso.slice(0, 10))).toEqual([
      '2023-03-05',
      '2023-03-04',
    ]);
    expect(findDatesInText('5 March 2023 and 03/04/2023 10:00').map((d) => d.parsed.iso.slice(0, 10))).toEqual([
      '2023-03-05',
      '2023-04-03',
    ]);
  });

  it('finds nothing in text without a digit', () => {
    expect(findDatesInText('July twenty-first, two thousand twenty-three')).toEqual([]);
  });
});

describe('prefixTree matches what the longest-first alternation matches', () => {
  const months = Object.entries(monthData).flatMap(([lang, table]) => (lang.startsWith('_') ? [] : Object.keys(table)));
  const zoneWords = [...Object.keys(zones.fixed), ...Object.keys(zones.usGeneric)];

  it('builds a tree, not the flat list', () => {
    expect(prefixTree(['jan', 'january', 'june'])).toBe('j(?:an(?:uary)?|une)');
    expect(prefixTree(['a.b', 'a'])).toBe('a(?:\\.b)?');
  });

  it.each([
    ['month names', months, 'giu'],
    ['zone words', zoneWords, 'gu'],
  ])('%s: the same matches at the same places in text made of their pieces', (_, words, flags) => {
    const next = random(7);
    const pieces = [...words, ...words.map((w) => w.slice(0, 1 + Math.floor(w.length / 2))), ' ', '.', '1', 'X', 'é'];
    const flat = new RegExp(`(${alternation(words)})`, flags);
    const tree = new RegExp(`(${prefixTree(words)})`, flags);
    // Followed by a letter or not, so that a shorter word must win where the longer one cannot finish.
    const flatBounded = new RegExp(`(${alternation(words)})(?!\\p{L})`, flags);
    const treeBounded = new RegExp(`(${prefixTree(words)})(?!\\p{L})`, flags);
    for (let trial = 0; trial < 3000; trial++) {
      let text = '';
      for (let k = 0; k < 6; k++) {
        const piece = pieces[Math.floor(next() * pieces.length)]!;
        text += next() < 0.3 ? piece.toUpperCase() : piece;
      }
      expect(
        [...text.matchAll(tree)].map((m) => [m.index, m[1]]),
        text,
      ).toEqual([...text.matchAll(flat)].map((m) => [m.index, m[1]]));
      expect(
        [...text.matchAll(treeBounded)].map((m) => [m.index, m[1]]),
        text,
      ).toEqual([...text.matchAll(flatBounded)].map((m) => [m.index, m[1]]));
    }
  });
});
