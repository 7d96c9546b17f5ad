/**
 * Manifests: which page file came from which URL, for batch runs (`--manifest FILE`, or JSON lines among
 * the paths on stdin). A saved page rarely records its own address, and without it site rules, dates from
 * the URL path and link resolution do not apply. Two shapes, one entry per line, mixed freely:
 * JSONL `{"file": "a.html", "url": "https://…", "capturedAt": "2024-03-05T06:30:00Z"}`, or CSV `file,url[,captured_at]`
 * (RFC 4180 quoting; a header line `file,url[,captured_at]` is skipped). The capture time (when the page was saved)
 * dates a page that shows its date only relative to it (`3小时前`, `2 hours ago`: ExtractOptions.capturedAt).
 */

/** One page of a manifest. */
export interface ManifestEntry {
  file: string;
  /** Absolute http(s) URL; absent when the line gives none. */
  url?: string;
  /** When the page was saved (ISO 8601); absent when the line gives none. */
  capturedAt?: string;
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

function checkedTime(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !isIsoDateTime(value)) throw new Error(`not an ISO 8601 date and time: ${String(value)}`);
  return value;
}

/** `2024-03-05`, `2024-03-05T06:30:00Z`, `2024-03-05 14:30:00+08:00`. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Is this an ISO 8601 date or date and time that names a day (a capture time: `--captured-at`, a manifest's)? */
export function isIsoDateTime(value: string): boolean {
  return ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
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
        const capturedAt = checkedTime(obj['capturedAt']);
        entries.push({ file: obj['file'], ...(url ? { url } : {}), ...(capturedAt ? { capturedAt } : {}) });
        return;
      }
      const [file = '', url, time] = csvFields(line);
      if (entries.length === 0 && /^file$/i.test(file) && /^url$/i.test(url ?? '')) return; // header
      if (!file) throw new Error('no file name');
      const checked = checkedUrl(url);
      const capturedAt = checkedTime(time);
      entries.push({ file, ...(checked ? { url: checked } : {}), ...(capturedAt ? { capturedAt } : {}) });
    } catch (err) {
      throw new Error(`line ${index + 1}: ${(err as Error).message}`);
    }
  });
  return entries;
}
