/**
 * Portal chrome: navigation, share bars, QR-code blocks, copyright/ICP footers, related lists,
 * print/close controls. Selectors and phrases are data (chrome.json); site rules add selectors.
 * A block holding most of the page's text is never dropped as chrome (class names lie).
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import chrome from '../data/chrome.json' with { type: 'json' };
import { bodyOf, cleanLength, cleanText, findAll, holdsH1, textContent } from '../parse/load.js';
import { detach } from './dom.js';
import { isTeaserSummary, namesOtherProse, proseHolders } from './prose.js';
import type { TextLine } from '../parse/lines.js';
import type { RemovedBlock } from '../types.js';

/** Any of the phrases, as one pattern: one regexp run per line instead of one per phrase (every line of the page is tested). */
const anyOf = (patterns: readonly string[]): RegExp => new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'i');
const PHRASES = anyOf(chrome.blockPhrases);
/** Boilerplate sentences (copyright, cookie, affiliate notices): matched in longer blocks. */
const LONG_PHRASES = anyOf(chrome.longBlockPhrases);
const MAX_NOTICE_LINE = 400;
const DROP_TAGS = new Set(chrome.dropTags);
const DROP_ROLES = new Set(chrome.dropRoles);
/** Matched against each class token and the id: `share-bar`, `breadcrumb`, `^ad[-_]`… */
const DROP_CLASS_OR_ID = new RegExp(chrome.dropClassOrId.join('|'), 'i');
const DROP_SELECTOR = chrome.dropSelectors.join(', ');
/** Above this length a block is content even when a phrase matches. */
const MAX_CHROME_LINE = 160;
/**
 * Never drop, as chrome, an element holding more than this share of the page's text, or of its
 * paragraph text (`<div class="sticky-sidebar-relative">` may wrap the whole article).
 */
const MAX_SHARE_OF_PAGE = 0.35;
const MAX_SHARE_OF_PARAGRAPHS = 0.5;
/** Tags that are dropped silently: they never hold visible text worth reporting. */
const SILENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'link',
  'meta',
  'svg',
  'canvas',
  'input',
  'button',
  'select',
  'textarea',
  'iframe',
  'object',
  'embed',
]);

/** Notices that end an article (the body filter `trailing-notice` ends the text at one): what follows them is boilerplate too. */
const CLOSING_NOTICE =
  /^(?:反侵权公告|反侵權公告|侵权声明|侵權聲明|免责声明|免責聲明|版权声明|版權聲明|特别声明|特別聲明|郑重声明|鄭重聲明|根据《中华人民共和国著作权法》|根據《中華人民共和國著作權法》)|(?:郑重|鄭重)(?:公告|声明|聲明)[:：]$/;
export function opensClosingNotice(text: string): boolean {
  return CLOSING_NOTICE.test(text);
}

export function isChromeText(text: string): boolean {
  if (text.length <= MAX_CHROME_LINE && PHRASES.test(text)) return true;
  return text.length <= MAX_NOTICE_LINE && LONG_PHRASES.test(text);
}

export function removedEntry(kind: RemovedBlock['kind'], reason: string, text: string): RemovedBlock {
  const clean = cleanText(text);
  return { kind, reason, chars: clean.length, sample: clean.slice(0, 80) };
}

function pageTextLength($: CheerioAPI): number {
  return cleanLength(textContent(bodyOf($))) || 1;
}

/** `$(root).find('p').text()`, cleaned: the text of every <p> below root, joined. */
function paragraphTextLength($: CheerioAPI, root: Element | null): number {
  let text = '';
  for (const p of findAll(root ?? bodyOf($), (el) => el.name === 'p')) text += textContent(p);
  return cleanLength(text);
}

/** The default structural selectors when they are all `body > tag` (they are): tested in one walk. */
const BODY_CHILD = /^\s*body\s*>\s*([a-z][a-z0-9-]*)\s*$/i;
const BODY_CHILD_TAGS: ReadonlySet<string> | null = chrome.dropSelectors.every((sel) => BODY_CHILD.test(sel))
  ? new Set(chrome.dropSelectors.map((sel) => BODY_CHILD.exec(sel)![1]!.toLowerCase()))
  : null;

function isBodyChild(el: Element, tags: ReadonlySet<string>): boolean {
  const parent = el.parent;
  return tags.has(el.name) && !!parent && parent.type === 'tag' && (parent as Element).name === 'body';
}

/** Which selector families apply (rules `chrome-tags`, `chrome-class-id`). */
export interface ChromeSelectors {
  tags: boolean;
  classId: boolean;
}

function chromeReason(el: Element, use: ChromeSelectors): string | null {
  const tag = el.tagName.toLowerCase();
  if (use.tags) {
    if (DROP_TAGS.has(tag)) return tag;
    const role = el.attribs['role'];
    if (role && DROP_ROLES.has(role.toLowerCase())) return `role:${role}`;
  }
  if (!use.classId) return null;
  const id = el.attribs['id'];
  if (id && DROP_CLASS_OR_ID.test(id)) return `#${id}`;
  const cls = el.attribs['class'];
  if (cls) for (const token of cls.split(/\s+/)) if (token && DROP_CLASS_OR_ID.test(token)) return `.${token}`;
  return null;
}

/**
 * Drop chrome elements (by tag, role, class/id pattern, a few structural selectors, and a site
 * rule's selectors) in one walk of the tree, recording those with visible text.
 */
export function removeChromeBySelector(
  $: CheerioAPI,
  extraSelectors: readonly string[] = [],
  use: ChromeSelectors = { tags: true, classId: true },
): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  // Scripts and styles go first, silently: their code must not count as a block's text.
  for (const el of findAll($.root()[0]!, (e) => SILENT.has(e.name))) detach(el);
  let total = -1; // the page's text length, measured only when a block needs the share check
  let totalParagraphs = -1;
  const drop = (el: Element, reason: string): void => {
    const node = $(el);
    if (SILENT.has(el.tagName.toLowerCase())) {
      node.remove();
      return;
    }
    if (holdsH1(el)) return;
    const text = cleanText(textContent(el));
    if (total < 0) total = pageTextLength($);
    if (text.length > total * MAX_SHARE_OF_PAGE && text.length > 200) return;
    if (text.length > 500) {
      if (totalParagraphs < 0) totalParagraphs = paragraphTextLength($, null);
      if (paragraphTextLength($, el) > totalParagraphs * MAX_SHARE_OF_PARAGRAPHS) return;
    }
    if (text) removed.push(removedEntry('chrome', `selector:${reason}`, text));
    node.remove();
  };
  const selectors = use.tags ? [DROP_SELECTOR, ...extraSelectors] : [...extraSelectors];
  const structural =
    BODY_CHILD_TAGS && use.tags && extraSelectors.length === 0
      ? findAll($.root()[0]!, (el) => isBodyChild(el, BODY_CHILD_TAGS))
      : selectors.length
        ? ($(selectors.join(', ')).toArray() as Element[])
        : [];
  for (const el of structural) if (el.parent) drop(el, el.tagName);
  // Class and id words are a guess; a run of article paragraphs inside the element outweighs them.
  const prose = use.classId ? proseHolders(bodyOf($)) : new Set<Element>();
  const isProse = (el: Element, reason: string): boolean =>
    (reason[0] === '.' || reason[0] === '#') && prose.has(el) && !namesOtherProse(el);
  // Iterative walk: children of a dropped element are not visited.
  const stack: Element[] = [...bodyOf($).children].filter(
    (n): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style',
  ) as Element[];
  while (stack.length) {
    const el = stack.pop()!;
    const reason = chromeReason(el, use);
    if (reason && !isProse(el, reason)) {
      drop(el, reason);
      if (!el.parent) continue;
    }
    for (const child of el.children)
      if (child.type === 'tag' || child.type === 'script' || child.type === 'style') stack.push(child as Element);
  }
  return removed;
}

/**
 * Drop the short blocks whose whole text is a chrome phrase (share bar, ICP line, 【纠错】…). With `keepClosingNotices`
 * (the body filter `trailing-notice` on), a line that opens a closing notice stays for that filter, which ends the text
 * there, the notice's other paragraphs too.
 */
export function removeChromeLines(
  $: CheerioAPI,
  lines: readonly TextLine[],
  relatedLists = true,
  keepClosingNotices = false,
): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const line of lines) {
    if (!isChromeText(line.text) || (keepClosingNotices && opensClosingNotice(line.text))) continue;
    const block = $(line.block);
    if (!block.parent().length || ['body', 'html'].includes(line.block.tagName)) continue;
    const blockText = cleanText(block.text());
    // Only when the block is (nearly) this line alone: otherwise the body filter handles it.
    if (blockText.length > line.text.length * 1.5 + 10) continue;
    removed.push(removedEntry('chrome', 'chrome-phrase', blockText));
    // A "相关新闻" heading takes its link list with it: a list element, or headline links in blocks of their own, each
    // perhaps followed by its short summary (`<p><a>Headline</a></p><p>Summary.</p>` …).
    if (
      relatedLists &&
      /^(?:相关|相關|推荐|推薦|延伸|热点|熱點|热门|猜你|更多|精彩|related|read more|more from|recommended)/i.test(line.text)
    ) {
      for (const el of relatedRun($, block.next())) {
        removed.push(removedEntry('chrome', 'related-list', $(el).text()));
        $(el).remove();
      }
    }
    block.remove();
  }
  return removed;
}

const RELATED_LINK_DENSITY = 0.6;

/**
 * The list a related heading stands over, from `first` on: the first sibling when it is mostly links; then, when it is
 * a headline in a block of its own, the siblings after it that are more headlines, each with at most one short summary
 * (a sentence, no links) after it.
 */
function relatedRun($: CheerioAPI, first: ReturnType<CheerioAPI>): Element[] {
  const head = first[0] as Element | undefined;
  if (!head || linkDensity($, head) <= RELATED_LINK_DENSITY) return [];
  const run: Element[] = [head];
  if (head.name !== 'p' && head.name !== 'div') return run;
  let prevIsLink = true;
  for (let el = first.next(); el.length; el = el.next()) {
    const node = el[0] as Element;
    const text = cleanText(el.text());
    if (linkDensity($, node) > RELATED_LINK_DENSITY) prevIsLink = true;
    else if (prevIsLink && isTeaserSummary(text) && linkDensity($, node) === 0) prevIsLink = false;
    else {
      // A short paragraph the story goes on with after a quoted link is no summary: one is followed by the next headline.
      if (!prevIsLink) run.pop();
      break;
    }
    run.push(node);
  }
  // Bare headline links after it are left to the body's edge trimming; only a run that holds summaries is taken here.
  return run.length > 1 && run.some((el) => linkDensity($, el) === 0) ? run : [head];
}

export function linkDensity($: CheerioAPI, el: Element): number {
  const text = cleanLength($(el).text());
  if (!text) return 0;
  const linkText = $(el)
    .find('a')
    .toArray()
    .reduce((n, a) => n + cleanLength($(a).text()), 0);
  return linkText / text;
}
