/**
 * Site rules: per-host selectors for fields, the body container and extra chrome, tried before
 * the generic chains. Bundled rules live in sites.json; users pass more via `options.rules` or
 * `--rules FILE`. A rule applies to a host and its subdomains.
 */
import bundled from './sites.json' with { type: 'json' };
import type { SiteRule } from '../types.js';

const BUNDLED: readonly SiteRule[] = bundled as SiteRule[];

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function matches(host: string, pattern: string): boolean {
  const p = pattern.toLowerCase().replace(/^www\./, '');
  return host === p || host.endsWith(`.${p}`);
}

/** The first rule for this host: user rules before bundled ones. */
export function findRule(host: string | null, userRules: readonly SiteRule[] = []): SiteRule | null {
  if (!host) return null;
  return [...userRules, ...BUNDLED].find((r) => r.hosts.some((h) => matches(host, h))) ?? null;
}

/** Validate rules loaded from a user's JSON file, with messages that say what is wrong. */
export function parseRules(json: unknown): SiteRule[] {
  if (!Array.isArray(json)) throw new Error('site rules: expected a JSON array of rules');
  return json.map((r, i) => {
    if (!r || typeof r !== 'object' || !Array.isArray((r as SiteRule).hosts) || !(r as SiteRule).hosts.length) {
      throw new Error(`site rules: rule ${i} needs a non-empty "hosts" array`);
    }
    return r as SiteRule;
  });
}
