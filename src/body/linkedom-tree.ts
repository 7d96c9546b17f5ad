/**
 * Readability's article (a linkedom element) as a domhandler tree: the tree that serializing the
 * element's children with linkedom and parsing that HTML with htmlparser2 (as cheerio does) gives,
 * without the HTML string and the second parse.
 *
 * The element is walked in the order linkedom writes it, and each start tag, end tag, text and
 * comment goes to a small tree builder that follows htmlparser2's Parser (v10) and domhandler:
 * start tags that close open elements (a heading closes an open <p>), void elements, end tags
 * without a matching open element, adjacent text read as one node. Attribute values are written
 * by linkedom with only `"` escaped, so values holding `&` are decoded by htmlparser2 itself, all
 * in one small parse. Shapes it does not follow make it return null, and the caller serializes
 * and parses: raw-text elements (script, style, title, textarea, xmp, plaintext), templates,
 * foreign content (svg, math), comments that would end early, CDATA, elements with their own
 * serialization.
 */
import type { AnyNode, Comment, Document, Element, ParentNode, Text } from 'domhandler';
import { PARSER_VOID, loadHtml } from '../parse/load.js';

/**
 * domhandler's node classes, taken from a parsed snippet: domhandler reaches us through cheerio
 * and is not a dependency of its own.
 */
const sample = loadHtml('<p>a<!--b--></p>').root()[0]!;
const sampleP = sample.children[0] as Element;
const DocumentNode = sample.constructor as new (children: AnyNode[]) => Document;
const ElementNode = sampleP.constructor as new (name: string, attribs: Record<string, string>, children: AnyNode[]) => Element;
const TextNode = sampleP.children[0]!.constructor as new (data: string) => Text;
const CommentNode = sampleP.children[1]!.constructor as new (data: string) => Comment;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

/** Start tag → the open elements it closes (htmlparser2's openImpliesClose). */
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
export const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    li: ['li'],
    p: P,
    h1: P,
    h2: P,
    h3: P,
    h4: P,
    h5: P,
    h6: P,
    select: FORM,
    input: FORM,
    output: FORM,
    button: FORM,
    datalist: FORM,
    textarea: FORM,
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    address: P,
    article: P,
    aside: P,
    blockquote: P,
    details: P,
    div: P,
    dl: P,
    fieldset: P,
    figcaption: P,
    figure: P,
    footer: P,
    form: P,
    header: P,
    hr: P,
    main: P,
    nav: P,
    ol: P,
    pre: P,
    section: P,
    table: P,
    ul: P,
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
  }).map(([k, v]) => [k, new Set(v)]),
);

const WRITER_VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'menuitem',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Attributes linkedom writes bare when empty; of those, these three not at all. */
const UNWRITTEN_WHEN_EMPTY = new Set(['id', 'class', 'style']);

const NOT_FOLLOWED = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'plaintext', 'template', 'svg', 'math']);

/** Comment text that htmlparser2 would not read back from `<!--data-->` as it is. */
const UNSAFE_COMMENT = /-->|^-?>/;

interface LNode {
  nodeType: number;
  localName?: string;
  data?: string;
  childNodes: ArrayLike<LNode>;
  attributes?: ArrayLike<{ name: string; value: string }>;
  toString(): string;
}

/** htmlparser2's Parser and domhandler's handler, reduced to the events a serialized tree produces. */
class TreeBuilder {
  readonly root = new DocumentNode([]);
  private readonly parents: ParentNode[] = [this.root];
  /** Names of the open elements, innermost last (the Parser's stack). */
  private readonly open: string[] = [];
  /** domhandler's lastNode when it is a text node: the next text joins it. */
  private lastText: Text | null = null;

  private add(node: AnyNode): void {
    const parent = this.parents[this.parents.length - 1]!;
    const prev = parent.children[parent.children.length - 1];
    if (prev) {
      node.prev = prev;
      prev.next = node;
    }
    node.parent = parent;
    parent.children.push(node);
    this.lastText = null;
  }

  private pop(): void {
    this.parents.pop();
    this.open.pop();
    this.lastText = null;
  }

  startTag(name: string, attribs: Record<string, string>): void {
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (this.open.length && closes.has(this.open[this.open.length - 1]!)) this.pop();
    const el = new ElementNode(name, attribs, []);
    this.add(el);
    if (!PARSER_VOID.has(name)) {
      this.parents.push(el);
      this.open.push(name);
    }
  }

  endTag(name: string): void {
    if (PARSER_VOID.has(name)) {
      if (name === 'br') this.add(new ElementNode('br', {}, []));
      return;
    }
    const at = this.open.lastIndexOf(name);
    if (at >= 0) {
      while (this.open.length > at) this.pop();
    } else if (name === 'p') {
      this.startTag('p', {});
      this.pop();
    }
  }

  text(data: string): void {
    if (!data) return;
    if (this.lastText) {
      this.lastText.data += data;
      return;
    }
    const node = new TextNode(data);
    this.add(node);
    this.lastText = node;
  }

  comment(data: string): void {
    this.add(new CommentNode(data));
  }
}

/**
 * The element's children as a domhandler Document, and what cheerio's `$('body')[0] ?? root` would
 * pick in it; null for a shape the builder does not follow.
 */
export function toDomhandler(element: unknown): { document: Document; root: ParentNode } | null {
  const top = element as LNode;
  const elementToString = top.toString;
  const builder = new TreeBuilder();
  /** Attribute values holding `&`, for htmlparser2 to decode: [attribs, name, value as written]. */
  const encoded: Array<[Record<string, string>, string, string]> = [];
  // Iterative: articles can nest deeper than the call stack allows. A frame is an element whose
  // children are being written, the next child's index, and its end tag (none for the top).
  const frames: Array<{ kids: ArrayLike<LNode>; next: number; end: string | null }> = [{ kids: top.childNodes, next: 0, end: null }];
  while (frames.length) {
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.kids.length) {
      frames.pop();
      if (frame.end !== null) builder.endTag(frame.end);
      continue;
    }
    const kid = frame.kids[frame.next++]!;
    if (kid.nodeType === TEXT_NODE) {
      builder.text(kid.data!);
      continue;
    }
    if (kid.nodeType === COMMENT_NODE) {
      if (UNSAFE_COMMENT.test(kid.data!)) return null;
      builder.comment(kid.data!);
      continue;
    }
    if (kid.nodeType !== ELEMENT_NODE || kid.toString !== elementToString) return null;
    const name = kid.localName!.toLowerCase();
    if (NOT_FOLLOWED.has(name)) return null;
    const attribs: Record<string, string> = {};
    const attrs = kid.attributes!;
    for (let a = 0; a < attrs.length; a++) {
      const attr = attrs[a]!;
      if (attr.value === '' && UNWRITTEN_WHEN_EMPTY.has(attr.name)) continue;
      const key = attr.name.toLowerCase();
      if (Object.hasOwn(attribs, key)) continue; // htmlparser2 keeps the first
      attribs[key] = attr.value;
      if (attr.value.includes('&')) encoded.push([attribs, key, attr.value.replace(/"/g, '&quot;')]);
    }
    builder.startTag(name, attribs);
    const kids = kid.childNodes;
    if (kids.length === 0 && WRITER_VOID.has(name)) continue;
    frames.push({ kids, next: 0, end: name });
  }
  if (encoded.length) {
    const decoded = loadHtml(encoded.map(([, , v]) => `<i v="${v}"></i>`).join('')).root()[0]!.children;
    encoded.forEach(([attribs, key], i) => {
      attribs[key] = (decoded[i] as Element).attribs['v']!;
    });
  }
  const document = builder.root;
  return { document, root: firstBody(document) ?? document };
}

/** The first <body> element in document order. */
function firstBody(root: ParentNode): Element | null {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if ((node as Element).name === 'body') return node as Element;
    const kids = (node as Element).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return null;
}
