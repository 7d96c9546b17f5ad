/**
 * Readability over the pruned page, on a linkedom document (default) or, when asked for
 * (`dom: 'jsdom'`), on jsdom: jsdom is an optional peer dependency, loaded on first use.
 *
 * Why not jsdom (the stack's first choice): measured on the development corpus (300 pages, one
 * core), jsdom for this step cost 12.0 s of 20.3 s, and 3.6 s on linkedom, with the same corpus
 * scores; jsdom also grew a worker's heap towards 1 GB. Readability only needs a DOM to walk and
 * edit, which linkedom gives without layout or CSS. The page reaching it is already pruned: no
 * scripts, styles or style attributes.
 *
 * The article comes back as a domhandler tree (what cheerio parses into), converted node by node
 * from Readability's linkedom element instead of serialized and parsed again (see toDomhandler).
 */
// linkedom's one-file build: the same classes as its package entry, loaded in a fifth of the time
// (one module instead of some 450), which is most of a one-page run's start-up.
import { DOMParser as LinkedomParser, EventTarget as LinkedomEventTarget } from 'linkedom/worker';
import { Readability } from '@mozilla/readability';
import { createRequire } from 'node:module';
import type { AnyNode, Element as DomElement, ParentNode } from 'domhandler';
import { bodyOf, loadHtml } from '../parse/load.js';
import { toDomhandler } from './linkedom-tree.js';
import { parserHooked, parseWithBody, replay, replayable } from './linkedom-build.js';

export interface ReadabilityResult {
  /** The article container: a document root holding Readability's output (or its <body>, if it had one). */
  root: ParentNode;
  textLength: number;
}

/** CJK articles and briefs are short: Readability's 500-character default would drop them. */
const CHAR_THRESHOLD = 100;

type HtmlParser = { parseFromString(html: string, type: 'text/html'): Document };
let parser: HtmlParser | null = null;

/**
 * linkedom gives every node it constructs an event-listener table: its EventTarget constructor
 * runs `listeners.set(node, new Map)` on one module-wide WeakMap. Readability never listens to
 * events, and on news pages those WeakMap entries were ~40% of linkedom's parse time and much of
 * the garbage collector's work (each entry is an ephemeron that keeps its Map alive as long as
 * the node). So that WeakMap gets an own `set` that skips the entry while our own document is
 * built and read (`quiet`) and stores it as before otherwise: any other user of linkedom in the
 * process keeps working events. The WeakMap is found by constructing one EventTarget while
 * WeakMap.prototype.set is briefly wrapped; if linkedom changes shape, nothing is patched.
 * (Changing the prototype of linkedom's Node class instead made V8 recompile its constructors
 * without end.)
 */
let quiet = false;
let listenerTablesPatched = false;
/** Whether skipListenerTables found linkedom's table (see readabilityPatches). */
let listenerTablesSkipped = false;

function skipListenerTables(): void {
  listenerTablesPatched = true;
  const realSet = WeakMap.prototype.set;
  let table: WeakMap<object, unknown> | null = null;
  let calls = 0;
  WeakMap.prototype.set = function (this: WeakMap<object, unknown>, key: object, value: unknown) {
    table = this;
    calls++;
    return realSet.call(this, key, value);
  };
  try {
    new (LinkedomEventTarget as unknown as new () => object)();
  } finally {
    WeakMap.prototype.set = realSet;
  }
  const found = table as WeakMap<object, unknown> | null;
  if (calls !== 1 || !found || Object.hasOwn(found, 'set')) return;
  Object.defineProperty(found, 'set', {
    configurable: true,
    value(this: WeakMap<object, unknown>, key: object, value: unknown) {
      return quiet ? this : realSet.call(this, key, value);
    },
  });
  listenerTablesSkipped = true;
}

const OPTIONS = {
  charThreshold: CHAR_THRESHOLD,
  keepClasses: false,
  disableJSONLD: true,
  nbTopCandidates: 5,
} as const;

/** Readability's internals that the two serialization shortcuts below rely on (0.6). */
interface ReadabilityInternals {
  _doc: Document;
  _grabArticle(page?: unknown): Element | null;
}

/**
 * The page Readability reads: the body's nodes (a linkedom document is built from them directly, see
 * linkedom-build.ts), or, where they are not given or not followed, their HTML.
 */
interface PageSource {
  nodes: readonly AnyNode[] | null;
  html(): string;
}

const PAGE_START = '<!DOCTYPE html><html><head><title></title></head><body>';
const PAGE_END = '</body></html>';

/** Whether the last page built from nodes took the direct way (readabilityPatches). */
let builtFromNodes = false;

function parseDocument(source: PageSource, url: string | null, domParser: HtmlParser = parser!): Document {
  let doc: Document | null = null;
  const nodes = source.nodes;
  if (nodes && domParser === parser && replayable(nodes)) {
    builtFromNodes = parseWithBody(
      () => {
        doc = domParser.parseFromString(PAGE_START + PAGE_END, 'text/html');
      },
      (handler) => replay(nodes, handler),
    );
    if (!builtFromNodes) doc = null;
  }
  doc ??= domParser.parseFromString(PAGE_START + source.html() + PAGE_END, 'text/html');
  // Relative links resolve against the page's URL, as in a browser.
  if (url && /^https?:/i.test(url)) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head.appendChild(base);
  }
  return doc;
}

let innerHtmlAccessor: PropertyDescriptor | null | undefined;

function innerHtmlOf(el: Element): PropertyDescriptor | null {
  if (innerHtmlAccessor !== undefined) return innerHtmlAccessor;
  for (let proto = Object.getPrototypeOf(el) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const d = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
    if (d) return (innerHtmlAccessor = d.get && d.set ? d : null);
  }
  return (innerHtmlAccessor = null);
}

const grabArticleReadsPageFirst = (() => {
  const src = String((Readability.prototype as unknown as ReadabilityInternals)._grabArticle ?? '');
  const read = src.indexOf('page.innerHTML;');
  // the page's HTML is read once, before anything edits the page, and only written back on a retry
  return read > 0 && src.indexOf('page.innerHTML', read + 1) === src.indexOf('page.innerHTML = ', read + 1);
})();

/**
 * Readability's _grabArticle serializes the whole page first (`pageCacheHtml = page.innerHTML`),
 * to restore it if the first pass keeps too little text; most pages never need it. The body's
 * innerHTML reads as a token instead, and only when a retry writes the token back is that HTML
 * made: the same page parsed again and prepared by Readability's own parse() up to the point
 * where _grabArticle starts, then serialized.
 */
function deferPageCache(doc: Document, source: PageSource, url: string | null): void {
  const body = doc.body;
  const accessor = body && grabArticleReadsPageFirst ? innerHtmlOf(body) : null;
  if (!body || !accessor) return;
  const token = `\u0000newsclean-page-cache-${Math.random()}\u0000`;
  let cached: string | null = null;
  const pageCache = (): string => {
    if (cached !== null) return cached;
    const again = parseDocument(source, url);
    const reader = new Readability(again, OPTIONS) as unknown as ReadabilityInternals & { parse(): unknown };
    let html = '';
    reader._grabArticle = function (this: ReadabilityInternals): null {
      html = accessor.get!.call(this._doc.body) as string;
      return null;
    };
    reader.parse();
    return (cached = html);
  };
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get: () => token,
    set: (html: string) => accessor.set!.call(body, html === token ? pageCache() : html),
  });
}

/**
 * parse() reads the grabbed article's innerHTML once, for its log line, and never again before the
 * serializer: only then may that read be skipped.
 */
const parseReadsGrabbedHtmlOnlyToLog = (() => {
  const src = String((Readability.prototype as unknown as { parse?: unknown }).parse ?? '');
  const after = src.slice(src.indexOf('this._grabArticle()'));
  return (
    src.includes('this._grabArticle()') &&
    after.split('.innerHTML').length === 2 &&
    after.includes('"Grabbed: " + articleContent.innerHTML')
  );
})();

/**
 * parse() logs `"Grabbed: " + articleContent.innerHTML` whether or not debugging is on: the
 * article is serialized for nothing. Its innerHTML reads as '' until the serializer has it.
 */
function skipGrabbedLog(reader: ReadabilityInternals): void {
  const grab = reader._grabArticle;
  if (typeof grab !== 'function' || !parseReadsGrabbedHtmlOnlyToLog) return;
  reader._grabArticle = function (this: ReadabilityInternals, ...args: unknown[]): Element | null {
    const el = grab.apply(this, args as [unknown]);
    if (el) Object.defineProperty(el, 'innerHTML', { configurable: true, get: () => '' });
    return el;
  };
}

/**
 * Readability methods that walk far more of the page than their answer needs, and the same answers
 * found with less work. Each is used only while the method's source is exactly the one it was
 * written against (0.6, whitespace aside); readabilityPatches() tells, and the tests assert it.
 */
const SOURCE_0_6: Record<string, string> = {
  _isValidByline:
    '_isValidByline(node,matchString){varrel=node.getAttribute("rel");varitemprop=node.getAttribute("itemprop");varbylineLength=node.textContent.trim().length;return((rel==="author"||(itemprop&&itemprop.includes("author"))||this.REGEXPS.byline.test(matchString))&&!!bylineLength&&bylineLength<100);}',
  _isProbablyVisible:
    '_isProbablyVisible(node){//Havetonull-checknode.styleandnode.className.includestodealwithSVGandMathMLnodes.return((!node.style||node.style.display!="none")&&(!node.style||node.style.visibility!="hidden")&&!node.hasAttribute("hidden")&&//checkfor"fallback-image"sothatwikimediamathimagesaredisplayed(!node.hasAttribute("aria-hidden")||node.getAttribute("aria-hidden")!="true"||(node.className&&node.className.includes&&node.className.includes("fallback-image"))));}',
  _isElementWithoutContent:
    '_isElementWithoutContent(node){return(node.nodeType===this.ELEMENT_NODE&&!node.textContent.trim().length&&(!node.children.length||node.children.length==node.getElementsByTagName("br").length+node.getElementsByTagName("hr").length));}',
};
const unchangedSince06 = (name: string): boolean =>
  String((Readability.prototype as unknown as Record<string, unknown>)[name] ?? '').replace(/\s+/g, '') === SOURCE_0_6[name];

interface WalkNode {
  nodeType: number;
  textContent: string;
  parentNode: WalkNode | null;
  firstChild: WalkNode | null;
  nextSibling: WalkNode | null;
  getAttribute(name: string): string | null;
}

/** Whether any text (or CDATA) node under `root` holds a non-space character: `textContent.trim()` without building it. */
function holdsText(root: WalkNode): boolean {
  let node = root.firstChild;
  while (node) {
    if ((node.nodeType === 3 || node.nodeType === 4) && /\S/.test(node.textContent)) return true;
    let next = node.firstChild;
    for (let up: WalkNode | null = node; !next && up && up !== root; up = up.parentNode) next = up.nextSibling;
    node = next;
  }
  return false;
}

const BYLINE_FIRST = unchangedSince06('_isValidByline');
const VISIBILITY_BY_STYLE = unchangedSince06('_isProbablyVisible');
const TEXT_CHECK_EARLY_EXIT = unchangedSince06('_isElementWithoutContent');
const TAG_LIST_BY_SELECTOR = String((Readability.prototype as unknown as Record<string, unknown>)['_getAllNodesWithTag'] ?? '')
  .replace(/\s+/g, '')
  .includes('returnnode.querySelectorAll(tagNames.join(","));');

/**
 * linkedom keeps a parent's descendants as one linked list, from the node's `Symbol('next')` to its
 * `Symbol('end')` marker: the private symbols, read off a probe node; null if linkedom changed shape.
 */
const LIST_POINTERS = ((): { next: symbol; end: symbol } | null => {
  const probe = new LinkedomParser().parseFromString('<!DOCTYPE html><html><body><p>x</p></body></html>', 'text/html');
  const symbols = Object.getOwnPropertySymbols(probe.body ?? {});
  const next = symbols.find((s) => s.description === 'next');
  const end = symbols.find((s) => s.description === 'end');
  const p = probe.querySelector('p') as unknown as Record<symbol, unknown> | null;
  // body → <p> → its text → <p>'s end marker → body's end marker
  const ok =
    next &&
    end &&
    p &&
    (probe.body as unknown as Record<symbol, unknown>)[next] === p &&
    (p[end] as Record<symbol, unknown>)?.[next] === (probe.body as unknown as Record<symbol, unknown>)[end];
  return ok ? { next, end } : null;
})();

interface ListNode {
  nodeType: number;
  localName: string;
  [key: symbol]: ListNode;
}

/** `node.querySelectorAll('a,b')` for plain tag names: the descendants in document order, by one walk of linkedom's list. */
export function linkedomElementsWithTags(node: object, tagNames: readonly string[]): object[] | null {
  return LIST_POINTERS && (node as ListNode)[LIST_POINTERS.end] ? elementsWithTags(node as ListNode, tagNames, LIST_POINTERS) : null;
}

function elementsWithTags(node: ListNode, tagNames: readonly string[], pointers: { next: symbol; end: symbol }): ListNode[] {
  const wanted = new Set(tagNames.map((t) => t.toLowerCase()));
  const out: ListNode[] = [];
  const end = node[pointers.end];
  for (let n = node[pointers.next]; n && n !== end; n = n[pointers.next]) {
    if (n.nodeType !== 1) continue;
    const name = n.localName;
    // Parsed elements have lowercase names; those Readability creates keep its case (`DIV`, `P`).
    if (wanted.has(name) || (name.charCodeAt(0) < 97 && wanted.has(name.toLowerCase()))) out.push(n);
  }
  return out;
}

/** On one linkedom reader: the methods above, each where its source is still 0.6's. */
function cheaperWalks(reader: Record<string, unknown>): void {
  // Readability lists elements by tag with querySelectorAll, which parses and compiles the selector on every
  // call (linkedom's getElementsByTagName upper-cases every other element's name): 4% of a batch's CPU.
  if (TAG_LIST_BY_SELECTOR && LIST_POINTERS) {
    const pointers = LIST_POINTERS;
    reader['_getAllNodesWithTag'] = (node: ListNode & { querySelectorAll?: unknown }, tagNames: string[]): ListNode[] =>
      node[pointers.end]
        ? elementsWithTags(node, tagNames, pointers)
        : (node as unknown as { querySelectorAll(s: string): ListNode[] }).querySelectorAll(tagNames.join(','));
  }
  // The byline's text is read for every node until a byline is found; its name tests are cheaper, and decide first.
  if (BYLINE_FIRST) {
    reader['_isValidByline'] = function (this: { REGEXPS: { byline: RegExp } }, node: WalkNode, matchString: string): boolean {
      const rel = node.getAttribute('rel');
      const itemprop = node.getAttribute('itemprop');
      if (!(rel === 'author' || itemprop?.includes('author') || this.REGEXPS.byline.test(matchString))) return false;
      const bylineLength = node.textContent.trim().length;
      return !!bylineLength && bylineLength < 100;
    };
  }
  // Asked of every element: linkedom builds a style declaration for each `node.style` read, also when the
  // element has no style attribute (then display and visibility are empty, as a DOM without CSS has them).
  if (VISIBILITY_BY_STYLE) {
    reader['_isProbablyVisible'] = (
      node: WalkNode & { hasAttribute(n: string): boolean; style?: { display: string; visibility: string }; className?: string },
    ): boolean => {
      if (node.hasAttribute('style') && node.style && (node.style.display === 'none' || node.style.visibility === 'hidden')) return false;
      return (
        !node.hasAttribute('hidden') &&
        (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') !== 'true' || !!node.className?.includes?.('fallback-image'))
      );
    };
  }
  // Asked of every div and section: their whole text was built to learn whether it is empty.
  if (TEXT_CHECK_EARLY_EXIT) {
    reader['_isElementWithoutContent'] = (
      node: WalkNode & { children: ArrayLike<unknown>; getElementsByTagName(n: string): ArrayLike<unknown> },
    ): boolean =>
      node.nodeType === 1 &&
      !holdsText(node) &&
      (!node.children.length || node.children.length === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length);
  }
}

/** Attributes Readability (0.6) reads, and the body stage after it (href). */
const READ_ATTRIBUTES = new Set([
  'class',
  'id',
  'style',
  'hidden',
  'aria-hidden',
  'aria-modal',
  'role',
  'rel',
  'itemprop',
  'href',
  'src',
  'srcset',
  'poster',
  'datatable',
  'summary',
  'rowspan',
  'colspan',
  'dir',
  'lang',
  'name',
  'content',
  'property',
  'type',
]);
/** Elements whose every attribute Readability reads (lazy images). */
const ALL_ATTRIBUTES_READ = new Set(['img', 'picture', 'figure', 'object', 'embed', 'iframe', 'noscript']);

/** Readability's (0.6) class/id tests: an element matching these is removed or scored down by its name alone. */
interface NameTests {
  unlikelyCandidates: RegExp;
  okMaybeItsACandidate: RegExp;
  negative: RegExp;
}

export const READABILITY_NAME_TESTS: NameTests | null = (() => {
  const r = (Readability.prototype as unknown as { REGEXPS?: Partial<NameTests> }).REGEXPS;
  return r?.unlikelyCandidates instanceof RegExp && r.okMaybeItsACandidate instanceof RegExp && r.negative instanceof RegExp
    ? (r as NameTests)
    : null;
})();

/**
 * Takes the class and id off elements that hold article prose when Readability would drop or mark them down by
 * those names alone (`sidebar-grid__container` wrapping the story): the paragraphs then speak for themselves.
 * Blocks whose names say their prose is not the article (comments, consent) keep their names.
 */
export function unmaskProse(holders: ReadonlySet<DomElement>, namesOtherProse: (el: DomElement) => boolean): number {
  const tests = READABILITY_NAME_TESTS;
  if (!tests) return 0;
  const misleading = (v: string | undefined): boolean =>
    !!v && ((tests.unlikelyCandidates.test(v) && !tests.okMaybeItsACandidate.test(v)) || tests.negative.test(v));
  let changed = 0;
  for (const el of holders) {
    if (namesOtherProse(el)) continue;
    for (const name of ['class', 'id'] as const) {
      if (misleading(el.attribs[name])) {
        delete el.attribs[name];
        changed++;
      }
    }
  }
  return changed;
}

/**
 * A `srcset` Readability's URL pattern (`/(\S+)(\s+[\d.]+[xw])?(\s*(?:,|$))/g`) would take quadratic time over: longer
 * than any real one, or with a "URL" longer than any real one. Fuzzed pages with a 450 KB srcset spent 12 s in that
 * pattern alone. Real ones hold a few dozen candidates of a few hundred characters (the corpus's longest lists of
 * URLs: 6.2 KB); its one longer srcset, 10.7 KB, is a single inline `data:` image, a placeholder that names no picture.
 */
const MAX_SRCSET = 16_384;
const MAX_SRCSET_WORD = 2_048;
function unreadableSrcset(srcset: string): boolean {
  return srcset.length > MAX_SRCSET || (srcset.length > MAX_SRCSET_WORD && srcset.split(/\s+/).some((w) => w.length > MAX_SRCSET_WORD));
}

/** Attributes Readability never reads go (a smaller DOM to build), and a `srcset` it cannot read in linear time. */
export function dropUnreadAttributes(root: AnyNode): void {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style' && node.type !== 'root') continue;
    const el = node as DomElement;
    if (el.attribs?.['srcset'] !== undefined && unreadableSrcset(el.attribs['srcset'])) delete el.attribs['srcset'];
    if (node.type !== 'root' && !ALL_ATTRIBUTES_READ.has(el.name)) {
      const a = el.attribs;
      let drop = false;
      for (const k in a)
        if (!READ_ATTRIBUTES.has(k)) {
          drop = true;
          break;
        }
      if (drop) {
        const kept: Record<string, string> = {};
        for (const k in a) if (READ_ATTRIBUTES.has(k)) kept[k] = a[k]!;
        el.attribs = kept;
      }
    }
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** Which DOM Readability runs on (ExtractOptions `dom`). */
export type ReadabilityDom = 'linkedom' | 'jsdom';
export const READABILITY_DOMS: readonly ReadabilityDom[] = ['linkedom', 'jsdom'];

/** The command that installs the optional DOM. */
export const JSDOM_INSTALL_COMMAND = 'npm install jsdom';

/** Thrown when `dom: 'jsdom'` is asked for and jsdom is not installed. */
export class DomDependencyError extends Error {
  constructor() {
    super(`dom 'jsdom' needs jsdom, which is not installed: run \`${JSDOM_INSTALL_COMMAND}\``);
    this.name = 'DomDependencyError';
  }
}

interface JsdomModule {
  JSDOM: new (html?: string, options?: { virtualConsole?: unknown }) => { window: { DOMParser: new () => HtmlParser } };
  VirtualConsole: new () => unknown;
}

/** One jsdom window's DOMParser serves every page: a window per page costs more than the page. */
let jsdomParser: HtmlParser | null = null;

/** jsdom (CommonJS, so loaded synchronously: extract() is synchronous), or a DomDependencyError. */
function jsdomHtmlParser(): HtmlParser {
  if (jsdomParser) return jsdomParser;
  let jsdom: JsdomModule;
  try {
    jsdom = createRequire(import.meta.url)('jsdom') as JsdomModule;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND' && String((err as Error).message).includes("'jsdom'")) throw new DomDependencyError();
    throw err;
  }
  // A VirtualConsole with no listeners: jsdom's complaints about a page's CSS stay out of our output.
  const window = new jsdom.JSDOM('', { virtualConsole: new jsdom.VirtualConsole() }).window;
  return (jsdomParser = new window.DOMParser());
}

/** Throws (DomDependencyError, or for a name that is no DOM) unless Readability can run on `dom`. */
export function checkDom(dom: string): void {
  if (!READABILITY_DOMS.includes(dom as ReadabilityDom)) throw new Error(`unknown dom '${dom}': use ${READABILITY_DOMS.join(' or ')}`);
  if (dom === 'jsdom') jsdomHtmlParser();
}

/**
 * Readability on jsdom, as its README shows it: the reference the linkedom shortcuts are held to
 * (the same body on every fixture). The article is serialized and parsed again into a domhandler tree.
 */
function runOnJsdom(source: PageSource, url: string | null): ReadabilityResult | null {
  const doc = parseDocument(source, url, jsdomHtmlParser());
  const article = new Readability(doc, OPTIONS).parse();
  const html = article?.content;
  if (!html) return null;
  return { root: bodyOf(loadHtml(html)), textLength: article.length ?? 0 };
}

/**
 * Which of the shortcuts into linkedom's and Readability's internals found what they rely on. A
 * shortcut that does not find it is skipped (output stays Readability's own, only slower), so an
 * upgrade of either library shows up here: tests/readability-patches.test.ts asserts every one.
 * `listenerTables` is known after the first runReadability on linkedom.
 */
export function readabilityPatches(): Record<
  | 'listenerTables'
  | 'pageCache'
  | 'grabbedLog'
  | 'nameTests'
  | 'bylineFirst'
  | 'textCheckEarlyExit'
  | 'treeBuild'
  | 'tagLists'
  | 'visibilityByStyle',
  boolean
> {
  const probe = new LinkedomParser().parseFromString('<!DOCTYPE html><html><body><p>x</p></body></html>', 'text/html');
  return {
    listenerTables: listenerTablesSkipped,
    pageCache: grabArticleReadsPageFirst && probe.body !== null && innerHtmlOf(probe.body) !== null,
    grabbedLog:
      parseReadsGrabbedHtmlOnlyToLog && typeof (Readability.prototype as unknown as ReadabilityInternals)._grabArticle === 'function',
    nameTests: READABILITY_NAME_TESTS !== null,
    bylineFirst: BYLINE_FIRST,
    textCheckEarlyExit: TEXT_CHECK_EARLY_EXIT,
    treeBuild: readabilityDocument([], '', null).direct && parserHooked(),
    tagLists: TAG_LIST_BY_SELECTOR && LIST_POINTERS !== null,
    visibilityByStyle: VISIBILITY_BY_STYLE,
  };
}

/**
 * The linkedom document Readability is given for `nodes` (their HTML `html`), and whether it was
 * built from the nodes directly: for tests holding that build to the parse of the HTML.
 */
export function readabilityDocument(
  nodes: readonly AnyNode[] | null,
  html: string,
  url: string | null,
): { doc: Document; direct: boolean } {
  parser ??= new LinkedomParser() as unknown as HtmlParser;
  builtFromNodes = false;
  const doc = parseDocument({ nodes, html: () => html }, url);
  return { doc, direct: nodes !== null && builtFromNodes };
}

export function runReadability(bodyHtml: string, url: string | null, dom: ReadabilityDom = 'linkedom'): ReadabilityResult | null {
  return runOnSource({ nodes: null, html: () => bodyHtml }, url, dom);
}

/**
 * Readability over `nodes` (the pruned body's children, or one element): what runReadability gives
 * for their HTML (`html()`: cheerio's, entities as UTF-8), without that HTML on linkedom unless a
 * shape of the tree needs it.
 */
export function runReadabilityOnNodes(
  nodes: readonly AnyNode[],
  html: () => string,
  url: string | null,
  dom: ReadabilityDom = 'linkedom',
): ReadabilityResult | null {
  let cached: string | null = null;
  return runOnSource({ nodes, html: () => (cached ??= html()) }, url, dom);
}

function runOnSource(source: PageSource, url: string | null, dom: ReadabilityDom): ReadabilityResult | null {
  if (dom === 'jsdom') return runOnJsdom(source, url);
  parser ??= new LinkedomParser() as unknown as HtmlParser;
  if (!listenerTablesPatched) skipListenerTables();
  quiet = true;
  try {
    const doc = parseDocument(source, url);
    deferPageCache(doc, source, url);
    const reader = new Readability<Element>(doc, {
      ...OPTIONS,
      serializer: (el) => {
        delete (el as { innerHTML?: string }).innerHTML; // the own '' of skipGrabbedLog
        return el as Element;
      },
    });
    skipGrabbedLog(reader as unknown as ReadabilityInternals);
    cheaperWalks(reader as unknown as Record<string, unknown>);
    const article = reader.parse();
    const content = article?.content;
    if (!content) return null;
    const textLength = article.length ?? 0;
    const tree = toDomhandler(content);
    if (tree) return tree.document.children.length ? { root: tree.root, textLength } : null;
    // Shapes the conversion does not cover: serialize and parse, as a browser would.
    const html = content.innerHTML;
    if (!html) return null;
    return { root: bodyOf(loadHtml(html)), textLength };
  } finally {
    quiet = false;
  }
}
