/** TEMPORARY stub so parallel work can call extract(); the real pipeline replaces it. */
import type { Article, ExtractOptions } from './types.js';
import { ExtractError } from './errors.js';

export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Article {
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  if (!text.trim()) throw new ExtractError('empty', 'input is empty');
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim() ?? null;
  const body = text.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '').replace(/<[^>]+>/g, ' ');
  return {
    url: options.url ?? null, title, source: null, siteName: null, section: [], date: null, dateModified: null,
    authors: [], editor: null, lang: null, text: body.replace(/\s+/g, ' ').trim(), html: null, excerpt: null,
    encoding: typeof input === 'string' ? null : 'utf-8', spam: { detected: false, blocks: 0, links: 0, hosts: [] },
    removed: [], warnings: [],
  };
}
