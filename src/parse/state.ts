/**
 * Page state that single-page apps embed as JSON (`window.DATA = {…}`, `__NEXT_DATA__`,
 * `window.__INITIAL_STATE__`). Portals keep the publisher there when no 来源 line is shown.
 */
import type { CheerioAPI } from 'cheerio';

const STATE_ASSIGNMENT =
  /(?:window\.(?:DATA|__INITIAL_STATE__|__INITIAL_DATA__|__PRELOADED_STATE__|articleInfo|initialState|_SSR_HYDRATED_DATA|__APOLLO_STATE__)|var\s+(?:DATA|ARTICLE_INFO))\s*=\s*/;
/** The same, tested on a page's source before any script is read (see parse/held-markup.ts). */
export const STATE_MARK =
  /__NEXT_DATA__|js-initialData|window\.(?:DATA|__INITIAL_STATE__|__INITIAL_DATA__|__PRELOADED_STATE__|articleInfo|initialState|_SSR_HYDRATED_DATA|__APOLLO_STATE__)\s*=/;
/** Keys that name the original publisher in such state objects, most specific first. */
const SOURCE_KEYS = ['source', 'media', 'mediaName', 'media_name', 'sourceName', 'source_name'];
const MAX_DEPTH = 8;

function parseObjectAfter(text: string, start: number): unknown {
  const open = text.indexOf('{', start);
  if (open < 0) return null;
  // The object ends at the statement's end; try the last `}` before a `;` line end, then the last one.
  const candidates = [text.indexOf('};', open) + 1, text.lastIndexOf('}') + 1].filter((e) => e > open);
  for (const end of candidates) {
    try {
      return JSON.parse(text.slice(open, end));
    } catch {
      /* next candidate */
    }
  }
  return null;
}

/** Parsed once per page: the body stage and the source reader both ask (a state can be megabytes of JSON). */
const parsedStates = new WeakMap<CheerioAPI, unknown[]>();

export function readEmbeddedState($: CheerioAPI): unknown[] {
  const cached = parsedStates.get($);
  if (cached) return cached;
  const states: unknown[] = [];
  parsedStates.set($, states);
  $('script#__NEXT_DATA__, script#js-initialData').each((_, el) => {
    try {
      states.push(JSON.parse($(el).text()));
    } catch {
      /* broken state: ignore */
    }
  });
  $('script:not([src])').each((_, el) => {
    const text = $(el).text();
    const m = STATE_ASSIGNMENT.exec(text);
    if (m) {
      const state = parseObjectAfter(text, m.index + m[0].length);
      if (state) states.push(state);
    }
  });
  return states;
}

/** The first short string under a source-like key, searched breadth-first. */
export function stateSource(states: unknown[]): string | null {
  let level: unknown[] = states;
  for (let depth = 0; depth < MAX_DEPTH && level.length; depth++) {
    const next: unknown[] = [];
    for (const node of level) {
      if (!node || typeof node !== 'object') continue;
      const obj = node as Record<string, unknown>;
      for (const key of SOURCE_KEYS) {
        const v = obj[key];
        if (typeof v === 'string' && v.trim() && v.length <= 40 && !/^https?:|^\d+$/.test(v)) return v.trim();
      }
      next.push(...Object.values(obj).filter((v) => v && typeof v === 'object'));
    }
    level = next;
  }
  return null;
}
