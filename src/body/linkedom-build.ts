/**
 * Readability's linkedom document built from the domhandler tree we already have, instead of
 * serializing that tree (cheerio, entities as UTF-8) and parsing the HTML again with linkedom:
 * the same document, node for node, without the HTML string and its tokenizing (about 6% of a
 * batch's CPU went to that round trip).
 *
 * linkedom builds its document from htmlparser2's Parser events (onopentag, ontext, onclosetag,
 * oncomment). Its own event handler is borrowed while it parses an empty page, and when that page's
 * <body> opens, the events the Parser would have given for the serialized tree are replayed into it:
 * linkedom still makes every node itself. The replay follows what the round trip does to a tree:
 * the serializer writes void elements without an end tag (their children after them) and escapes
 * `& < >` and NBSP in text, which the tokenizer reads back as text of their own (one text node
 * each); adjacent text nodes read back as one; the Parser closes open elements a start tag implies
 * closed (a heading closes an open <p>), ignores end tags without an open element, and opens an
 * empty <p> for a stray </p>. Shapes it does not follow (raw-text and foreign elements, CDATA,
 * directives, comments and names the tokenizer would read otherwise) make it decline, and the
 * caller serializes and parses as before.
 */
import type { AnyNode, Element } from 'domhandler';
import { PARSER_VOID } from '../parse/load.js';
import { IMPLIES_CLOSE } from './linkedom-tree.js';

/** linkedom's handler for htmlparser2's Parser: the events it builds a document from. */
export interface ParserHandler {
  onopentag(name: string, attributes: Record<string, string>, isImplied?: boolean): void;
  ontext(text: string): void;
  onclosetag(name: string, isImplied?: boolean): void;
  oncomment(data: string): void;
}

/** dom-serializer's void elements (HTML mode: written without an end tag, children after them) are the parser's. */
const WRITER_VOID = PARSER_VOID;

/**
 * Elements the round trip does not read back as a plain element: raw text (the tokenizer's special
 * tags, the serializer's unescaped ones), foreign content, and the document's own structure (a
 * start or end tag of these would close or reopen the page around the body).
 */
const NOT_FOLLOWED: ReadonlySet<string> = new Set([
  'script',
  'style',
  'title',
  'textarea',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
  'noscript',
  'template',
  'svg',
  'math',
  'html',
  'head',
  'body',
]);

/** A name the tokenizer reads back as it is: a lower-case letter first, nothing that ends a tag name. */
const PLAIN_TAG_NAME = /^[a-z][^\s/>A-Z]*$/;
/** An attribute name read back as it is (no space, quote, `/`, `=`, `<` or `>`). */
const PLAIN_ATTRIBUTE_NAME = /^[^\s"'/=<>]+$/;
/** Comment text the tokenizer would end early (it reads `<!--` + text + `-->` up to the first `-->`, the opening `--` counted). */
const UNSAFE_COMMENT = /-->|^-?>/;
/** What the serializer escapes in text, each read back by the tokenizer as a text event of its own. */
const ESCAPED_IN_TEXT = /[&<>\u00a0]/g;

/** Whether every node below (and among) `nodes` is a shape the replay follows. */
export function replayable(nodes: readonly AnyNode[]): boolean {
  const stack: AnyNode[] = [...nodes];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') continue;
    if (node.type === 'comment') {
      if (UNSAFE_COMMENT.test((node as unknown as { data: string }).data)) return false;
      continue;
    }
    if (node.type !== 'tag') return false; // script, style, cdata, directive, root
    const el = node as Element;
    if (NOT_FOLLOWED.has(el.name) || !PLAIN_TAG_NAME.test(el.name)) return false;
    for (const key in el.attribs) if (!PLAIN_ATTRIBUTE_NAME.test(key)) return false;
    for (const kid of el.children) stack.push(kid);
  }
  return true;
}

/**
 * Gives `handler` the events htmlparser2's Parser gives for `render(nodes)` inside an open <body>,
 * and closes what is left open (as `</body>` would). `nodes` must be replayable().
 */
export function replay(nodes: readonly AnyNode[], handler: ParserHandler): void {
  /** The Parser's stack of open elements, innermost last. */
  const open: string[] = [];
  let text = '';
  const flushText = (): void => {
    if (text) handler.ontext(text);
    text = '';
  };
  const addText = (data: string): void => {
    let from = 0;
    ESCAPED_IN_TEXT.lastIndex = 0;
    for (let m = ESCAPED_IN_TEXT.exec(data); m; m = ESCAPED_IN_TEXT.exec(data)) {
      text += data.slice(from, m.index);
      flushText();
      handler.ontext(m[0]);
      from = m.index + 1;
    }
    text += data.slice(from);
  };
  const startTag = (name: string, attribs: Record<string, string>): void => {
    flushText();
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (open.length && closes.has(open[open.length - 1]!)) handler.onclosetag(open.pop()!, true);
    const isVoid = PARSER_VOID.has(name);
    if (!isVoid) open.push(name);
    handler.onopentag(name, { ...attribs }, false);
    if (isVoid) handler.onclosetag(name, true);
  };
  const endTag = (name: string): void => {
    flushText();
    if (PARSER_VOID.has(name)) {
      if (name === 'br') {
        handler.onopentag('br', {}, true);
        handler.onclosetag('br', false);
      }
      return;
    }
    const at = open.lastIndexOf(name);
    if (at >= 0) {
      while (open.length > at + 1) handler.onclosetag(open.pop()!, true);
      handler.onclosetag(open.pop()!, false);
    } else if (name === 'p') {
      startTag('p', {});
      open.pop();
      handler.onclosetag('p', true);
    }
  };
  // A frame: the nodes being written, the next one's index, and the end tag after them (none at the top).
  const frames: Array<{ kids: readonly AnyNode[]; next: number; end: string | null }> = [{ kids: nodes, next: 0, end: null }];
  while (frames.length) {
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.kids.length) {
      frames.pop();
      if (frame.end !== null) endTag(frame.end);
      continue;
    }
    const node = frame.kids[frame.next++]!;
    if (node.type === 'text') {
      addText((node as unknown as { data: string }).data);
      continue;
    }
    if (node.type === 'comment') {
      flushText();
      handler.oncomment((node as unknown as { data: string }).data);
      continue;
    }
    const el = node as Element;
    startTag(el.name, el.attribs);
    frames.push({ kids: el.children, next: 0, end: WRITER_VOID.has(el.name) ? null : el.name });
  }
  flushText();
  while (open.length) handler.onclosetag(open.pop()!, true);
}

interface HtmlParserInternals {
  tagname: string;
  cbs: unknown;
  endOpenTag(isImplied: boolean): void;
}

/** Set for the length of one parseWithBody: what to do when the page's <body> has opened. */
let atBodyOpen: ((handler: ParserHandler) => void) | null = null;
/** Whether htmlparser2's Parser (linkedom's copy) got the hook below: undefined until first tried. */
let hooked: boolean | undefined;

const isHandler = (h: unknown): h is ParserHandler =>
  !!h &&
  typeof (h as ParserHandler).onopentag === 'function' &&
  typeof (h as ParserHandler).ontext === 'function' &&
  typeof (h as ParserHandler).onclosetag === 'function' &&
  typeof (h as ParserHandler).oncomment === 'function';

/**
 * linkedom's copy of htmlparser2's Parser is not exported. It is found once: the Parser asks its
 * handler for `onparserinit` when it is made, linkedom's handler has none of its own, so for one
 * small parse Object.prototype lends one, which takes the Parser and is gone at once (only once per
 * process: changing Object.prototype on every page made V8 drop its optimized code each time). The
 * Parser's endOpenTag (it hands a start tag to the handler) then gets a wrapper that, while a
 * parseWithBody runs and the tag is <body>, gives the handler to that parse.
 */
function hookParser(probe: () => void): boolean {
  let found: HtmlParserInternals | null = null;
  Object.defineProperty(Object.prototype, 'onparserinit', {
    configurable: true,
    writable: true,
    enumerable: false,
    value(parser: HtmlParserInternals) {
      delete (Object.prototype as { onparserinit?: unknown }).onparserinit;
      found = parser;
    },
  });
  try {
    probe();
  } finally {
    delete (Object.prototype as { onparserinit?: unknown }).onparserinit;
  }
  const parser = found as HtmlParserInternals | null;
  const proto = parser ? (Object.getPrototypeOf(parser) as HtmlParserInternals) : null;
  const endOpenTag = proto?.endOpenTag;
  if (!parser || !proto || typeof endOpenTag !== 'function' || typeof parser.tagname !== 'string' || !isHandler(parser.cbs)) return false;
  proto.endOpenTag = function (this: HtmlParserInternals, isImplied: boolean): void {
    const name = this.tagname;
    endOpenTag.call(this, isImplied);
    if (atBodyOpen && name === 'body') {
      const then = atBodyOpen;
      atBodyOpen = null;
      then(this.cbs as ParserHandler);
    }
  };
  return true;
}

/**
 * Runs `parse` (one linkedom parse of a page with an empty <body>), handing linkedom's Parser
 * handler to `atBody` as the <body> opens. False when that did not happen (nothing was replayed:
 * the caller parses HTML as before).
 */
export function parseWithBody(parse: () => void, atBody: (handler: ParserHandler) => void): boolean {
  hooked ??= hookParser(parse);
  if (!hooked) return false;
  let replayed = false;
  atBodyOpen = (handler) => {
    if (!isHandler(handler)) return;
    replayed = true;
    atBody(handler);
  };
  try {
    parse();
  } finally {
    atBodyOpen = null;
  }
  return replayed;
}

/** Whether linkedom's Parser was found and hooked (readabilityPatches). */
export const parserHooked = (): boolean => hooked === true;
