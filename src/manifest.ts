/**
 * Manifests: which page file came from which URL, for batch runs (`--manifest FILE`, or JSON lines among
 * the paths on stdin). A saved page rarely records its own address, and without it site rules, dates from
 * the URL path and link resolution do not apply. Two shapes, one entry per line, mixed freely:
 * JSONL `{"file": "a.html", "url": "https://…"}`, or CSV `file,url` (RFC 4180 quoting; a header line
 * `file,url` is skipped).
 */

/** One page of a manifest. */
export interface ManifestEntry {
  file: string;
  /** Absolute http(s) URL; absent when the line gives none. */
  url?: string;
}

/** Splits one CSV line into fields: commas separate, double quotes quote, `""` is a quote. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('unclosed quote');
  fields.push(field);
  return fields.map((f) => f.trim());
}

function checkedUrl(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Error('"url" must be a string');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`not an absolute URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`not an http(s) URL: ${value}`);
  return url.href;
}

/** Reads a manifest's text; throws an Error naming the line of the first bad entry. */
export function readManifest(text: string): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    try {
      if (line.startsWith('{')) {
        const obj = JSON.parse(line) as Record<string, unknown>;
        if (typeof obj['file'] !== 'string' || !obj['file']) throw new Error('"file" must be a non-empty string');
        const url = checkedUrl(obj['url']);
        entries.push({ file: obj['file'], ...(url ? { url } : {}) });
        return;
      }
      const [file = '', url] = csvFields(line);
      if (entries.length === 0 && /^file$/i.test(file) && /^url$/i.test(url ?? '')) return; // header
      if (!file) throw new Error('no file name');
      const checked = checkedUrl(url);
      entries.push({ file, ...(checked ? { url: checked } : {}) });
    } catch (err) {
      throw new Error(`line ${index + 1}: ${(err as Error).message}`);
    }
  });
  return entries;
}
