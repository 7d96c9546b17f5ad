/**
 * `document.write` wrappers: one inline script writes a hiding open tag (`<div style="display:none">`), a later
 * sibling script writes its close tag, and the markup between (plain links in the saved page) is hidden in a browser.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { isElement, isText, stylesAndScripts } from './dom.js';
import { hidingKind, matchesHiddenSelector, parseDeclarations, type HiddenSelectors } from './style-rules.js';

export interface DocWriteRegion {
  open: Element;
  close: Element;
  /** Siblings between the two scripts. */
  nodes: AnyNode[];
}

type Written = { open: string; hides: boolean } | { close: string };

const WRITE = /document\s*\.\s*write(?:ln)?\s*\(/g;

/**
 * Output of the script's `document.write` calls when every argument is a string literal, a `+` of them, or
 * one of them percent-decoded by `unescape(…)` / `decodeURIComponent(…)` (hacked pages hide the tag that way).
 */
export function writtenHtml(script: string): string | null {
  let out = '';
  let found = false;
  for (const m of script.matchAll(WRITE)) {
    const arg = readArgument(script, m.index + m[0].length);
    if (arg === null) return null;
    out += arg.text;
    found = true;
  }
  return found ? out : null;
}

interface Read {
  text: string;
  /** Index just after what was read (a string's closing quote; an argument's closing `)`). */
  end: number;
}

/** Calls whose result newsclean can compute from a literal argument. */
const DECODERS: Record<string, (s: string) => string> = { unescape, decodeURIComponent, decodeURI };
const DECODER_CALL = /^(unescape|decodeURIComponent|decodeURI)\s*\(/;

/** Reads `'a' + "b" + unescape('%3C') )` from `i`; null when a term is anything else. */
function readArgument(src: string, i: number): Read | null {
  let out = '';
  for (;;) {
    while (i < src.length && /\s/.test(src[i]!)) i++;
    const call = DECODER_CALL.exec(src.slice(i, i + 40));
    if (call) {
      const inner = readArgument(src, i + call[0].length);
      if (inner === null) return null;
      try {
        out += DECODERS[call[1]!]!(inner.text);
      } catch {
        return null; // malformed percent-encoding: decodeURIComponent throws
      }
      i = inner.end;
    } else {
      const literal = readString(src, i);
      if (literal === null) return null;
      out += literal.text;
      i = literal.end;
    }
    while (i < src.length && /\s/.test(src[i]!)) i++;
    if (src[i] === '+') {
      i++;
      continue;
    }
    return src[i] === ')' ? { text: out, end: i + 1 } : null;
  }
}

/** One quoted string literal at `i` (no template substitutions); `end` is just after its closing quote. */
function readString(src: string, i: number): Read | null {
  const q = src[i];
  if (q !== '"' && q !== "'" && q !== '`') return null;
  let out = '';
  i++;
  while (i < src.length && src[i] !== q) {
    if (src[i] === '\\') {
      const [ch, len] = unescapeAt(src, i);
      out += ch;
      i += len;
    } else {
      if (q === '`' && src[i] === '$' && src[i + 1] === '{') return null;
      out += src[i];
      i++;
    }
  }
  return i < src.length ? { text: out, end: i + 1 } : null;
}

/** One JS string escape at `i` (a backslash): the character and the escape's length. */
function unescapeAt(src: string, i: number): [string, number] {
  const c = src[i + 1] ?? '';
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
  if (c in simple) return [simple[c]!, 2];
  if (c === 'x' && /^[0-9a-f]{2}$/i.test(src.slice(i + 2, i + 4))) return [String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16)), 4];
  if (c === 'u') {
    const braced = /^\{([0-9a-f]{1,6})\}/i.exec(src.slice(i + 2, i + 10));
    if (braced) return [String.fromCodePoint(parseInt(braced[1]!, 16)), 3 + braced[0].length];
    if (/^[0-9a-f]{4}$/i.test(src.slice(i + 2, i + 6))) return [String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16)), 6];
  }
  return [c, 2];
}

const OPEN_TAG = /^\s*<([a-z][a-z0-9]*)\b([^>]*)>\s*$/i;
const CLOSE_TAG = /^\s*<\/([a-z][a-z0-9]*)\s*>\s*$/i;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function classify(html: string, sel: HiddenSelectors): Written | null {
  const close = CLOSE_TAG.exec(html);
  if (close) return { close: close[1]!.toLowerCase() };
  const open = OPEN_TAG.exec(html);
  if (!open) return null;
  const attribs: Record<string, string> = {};
  for (const a of open[2]!.matchAll(ATTR)) attribs[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
  const name = open[1]!.toLowerCase();
  const fake = { name, attribs } as unknown as Element;
  const hides =
    'hidden' in attribs ||
    (attribs.style !== undefined && hidingKind(parseDeclarations(attribs.style)) !== null) ||
    matchesHiddenSelector(fake, sel);
  return { open: name, hides };
}

/** A wrapper script writes one tag; longer scripts (libraries, data blobs) are not read. */
const MAX_WRAPPER_SCRIPT = 2000;

function scriptText(el: Element): string {
  return el.children.map((c) => (isText(c) ? c.data : '')).join('');
}

/** Hidden regions made by `document.write` open/close script pairs among siblings. */
export function findDocWriteRegions($: CheerioAPI, sel: HiddenSelectors): DocWriteRegion[] {
  const written = new Map<Element, Written>();
  for (const el of stylesAndScripts($).scripts) {
    if (el.attribs.src) continue;
    const text = scriptText(el);
    if (text.length > MAX_WRAPPER_SCRIPT || !text.includes('write')) continue;
    const html = writtenHtml(text);
    const w = html === null ? null : classify(html, sel);
    if (w) written.set(el, w);
  }
  const regions: DocWriteRegion[] = [];
  const used = new Set<Element>();
  for (const [el, w] of written) {
    if (!('open' in w) || !w.hides || used.has(el)) continue;
    let depth = 0;
    const nodes: AnyNode[] = [];
    for (let n = el.next; n; n = n.next) {
      const other = isElement(n) ? written.get(n) : undefined;
      if (other && 'open' in other && other.open === w.open) depth++;
      else if (other && 'close' in other && other.close === w.open) {
        if (depth === 0) {
          used.add(n as Element);
          regions.push({ open: el, close: n as Element, nodes });
          break;
        }
        depth--;
      }
      nodes.push(n);
    }
  }
  return regions;
}
