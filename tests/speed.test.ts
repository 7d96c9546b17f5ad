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
import stopwords from '../src/data/stopwords.json' with { type: 'json' };
import { guessLang } from '../src/fields/lang.js';
import labelData from '../src/data/date-labels.json' with { type: 'json' };
import { labelBefore } from '../src/dates/labels.js';
import { escapeRegExp } from '../src/parse/regexp.js';
import { execFileSync } from 'node:child_process';
import { poolV8Flags, V8_TUNING, V8_TUNING_EVERY_CORE, v8TuningFlags } from '../src/batch/pool.js';
import { createRequire } from 'node:module';

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
    ['21 mai 2023', '2023-05-21'],
    ['(MRT 5 2023)', '2023-03-05'],
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

describe('guessLang counts as the plain reading does', () => {
  /** The plain reading: every letter one match, every language's stop words counted over all the words. */
  function guessPlainly(text: string): string | null {
    const sample = text.slice(0, 5000);
    const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
    const kana = (sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
    const hangul = (sample.match(/\p{Script=Hangul}/gu) ?? []).length;
    const letters = (sample.match(/\p{L}/gu) ?? []).length || 1;
    if (kana >= 3 && kana / (kana + han) > 0.05) return 'ja';
    if (hangul / letters > 0.3) return 'ko';
    if (han / letters > 0.3) return 'zh';
    const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
    let best: string | null = null;
    let bestHits = 0;
    for (const [lang, list] of Object.entries(stopwords)) {
      if (lang.startsWith('$')) continue;
      const set = new Set(list as string[]);
      const hits = words.filter((w) => set.has(w)).length;
      if (hits > bestHits) {
        best = lang;
        bestHits = hits;
      }
    }
    return bestHits >= 3 ? best : null;
  }

  it.each([
    ['English', 'The council said that the plan for the harbour was approved by the mayor on Monday.'],
    ['German', 'Der Rat hat den Plan für den Hafen am Montag genehmigt, sagte die Bürgermeisterin und der Sprecher.'],
    ['Chinese with astral Han', '市议会周一批准了港口计划，𠀀𠀁𠀂市长表示将于明年动工。The plan'],
    ['Korean', '시의회는 월요일 항구 계획을 승인했다. the plan'],
    ['Japanese', '市議会は月曜日、港の計画を承認した。'],
    ['letters split by astral ones', `${'the and of '.repeat(3)}𝒜𝒷𝒸 ${'한국어 '.repeat(4)}`],
    ['no stop words', 'Lorem ipsum dolor sit amet'],
  ])('%s', (_, text) => {
    expect(guessLang(text)).toBe(guessPlainly(text));
  });

  it('gives a tie to the language listed first (`que` is Spanish, French and Portuguese)', () => {
    const langs = Object.keys(stopwords).filter((k) => !k.startsWith('$'));
    const listing = (lang: string): string[] => (stopwords as unknown as Record<string, string[]>)[lang]!;
    const first = langs.find((l) => listing(l).includes('que'));
    expect(langs.filter((l) => listing(l).includes('que')).length).toBeGreaterThan(1);
    expect(guessLang('que que que que')).toBe(first);
    expect(guessLang('que que que que')).toBe(guessPlainly('que que que que'));
  });
});

describe('date labels read from prefix trees as from the longest-first list', () => {
  // The list as it was built before the trees: every word, longest first, Latin ones standing alone.
  const words = [...labelData.published, ...labelData.modified, ...labelData.original]
    .sort((a, b) => b.length - a.length)
    .map((w) => (/^[A-Za-z]/.test(w) ? `(?<![A-Za-z])${escapeRegExp(w)}(?![A-Za-z])` : escapeRegExp(w)))
    .join('|');
  const filler =
    '[\\s:：\\-–—|·,.]*(?:(?:on|am|um|el|le|the|de|il|op|dnia|于|於|为|為)(?![A-Za-z])[\\s:：]*)?(?:[A-Za-zÀ-ÿ]{2,12}\\.?,?\\s*)?';
  const listed = new RegExp(`((?:${words})(?:[\\s:：(（]*(?:${words}))*)${filler}$`, 'iu');
  const original = labelData.original.map((w) => w.toLowerCase());
  const modified = labelData.modified.map((w) => w.toLowerCase());
  const labelPlainly = (text: string): string | undefined => {
    const m = listed.exec(text.slice(Math.max(0, text.length - 40)));
    if (!m?.[1]) return undefined;
    const phrase = m[1].toLowerCase();
    if (original.some((w) => phrase.includes(w))) return 'original';
    return modified.some((w) => phrase.includes(w)) ? 'modified' : 'published';
  };

  it('labels every text made of label words, their pieces and fillers the same', () => {
    const next = random(21);
    const all = [...labelData.published, ...labelData.modified, ...labelData.original];
    const pieces = [...all, ...all.map((w) => w.slice(0, Math.max(1, w.length - 2))), ' ', ': ', '：', '(', 'on ', 'am ', 'x', 'Monday, '];
    let labelled = 0;
    for (let trial = 0; trial < 4000; trial++) {
      let text = '';
      for (let k = 0, n = 1 + Math.floor(next() * 4); k < n; k++) {
        const piece = pieces[Math.floor(next() * pieces.length)]!;
        text += next() < 0.2 ? piece.toUpperCase() : piece;
      }
      const expected = labelPlainly(text);
      if (expected) labelled++;
      expect(labelBefore(text, text.length, 0), text).toBe(expected);
    }
    expect(labelled).toBeGreaterThan(1000);
  });
});

describe('the workers’ V8 flags', () => {
  it('are set by default, each left alone when the user set it, all when the tuning is off', () => {
    expect(v8TuningFlags({}, [])).toEqual(['--interrupt-budget=540672', '--no-regexp-tier-up']);
    expect(v8TuningFlags({ NEWSCLEAN_V8_TUNING: 'off' }, [])).toEqual([]);
    expect(v8TuningFlags({}, ['--interrupt-budget=1000'])).toEqual(['--no-regexp-tier-up']);
    expect(v8TuningFlags({}, ['--interrupt_budget', '1000'])).toEqual(['--no-regexp-tier-up']);
    expect(v8TuningFlags({}, ['--regexp-tier-up'])).toEqual(['--interrupt-budget=540672']);
    expect(v8TuningFlags({}, ['--noregexp_tier_up'])).toEqual(['--interrupt-budget=540672']);
    expect(v8TuningFlags({ NODE_OPTIONS: '--max-old-space-size=4096 --interrupt-budget=1000 --regexp-tier-up' }, [])).toEqual([]);
    expect(v8TuningFlags({ NODE_OPTIONS: '--max-old-space-size=4096' }, ['--enable-source-maps'])).toEqual(V8_TUNING);
  });

  it('are the ones the command sets for its own process, read the same way', () => {
    const bin = createRequire(import.meta.url)('../bin/newsclean.cjs') as {
      v8TuningFlags(env: NodeJS.ProcessEnv, execArgv: readonly string[], flags: readonly string[]): string[];
    };
    const cases: Array<[NodeJS.ProcessEnv, string[]]> = [
      [{}, []],
      [{ NEWSCLEAN_V8_TUNING: 'off' }, []],
      [{ NEWSCLEAN_V8_TUNING: '0' }, []],
      [{}, ['--interrupt_budget=5', '--stack-size=2000']],
      [{ NODE_OPTIONS: '--no-regexp-tier-up' }, []],
      [{ NODE_OPTIONS: '--regexp_tier_up --interrupt-budget=9' }, ['--enable-source-maps']],
    ];
    for (const [env, argv] of cases)
      expect(bin.v8TuningFlags(env, argv, V8_TUNING), JSON.stringify([env, argv])).toEqual(v8TuningFlags(env, argv));
  });

  it('add no concurrent recompilation only when every core has a worker, and leave a user’s own value alone', () => {
    expect(poolV8Flags(1, 2, {}, [])).toEqual(V8_TUNING);
    expect(poolV8Flags(2, 2, {}, [])).toEqual([...V8_TUNING, '--no-concurrent-recompilation']);
    expect(poolV8Flags(8, 4, {}, [])).toEqual([...V8_TUNING, '--no-concurrent-recompilation']);
    expect(poolV8Flags(3, 4, {}, [])).toEqual(V8_TUNING);
    expect(poolV8Flags(2, 2, {}, ['--concurrent-recompilation'])).toEqual(V8_TUNING);
    expect(poolV8Flags(2, 2, { NODE_OPTIONS: '--concurrent_recompilation' }, [])).toEqual(V8_TUNING);
    expect(poolV8Flags(2, 2, { NEWSCLEAN_V8_TUNING: 'off' }, [])).toEqual([]);
  });

  it('names flags this Node’s V8 knows (V8 ignores an unknown one without a word)', () => {
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    for (const flag of [...V8_TUNING, ...V8_TUNING_EVERY_CORE]) {
      const name = flag.replace(/^--(no-)?/, '').replace(/=.*$/, '');
      expect(options, flag).toMatch(new RegExp(`^\\s*--${name}\\s`, 'm'));
    }
    expect(Number(V8_TUNING[0]!.split('=')[1])).toBeGreaterThan(67584);
  });
});
