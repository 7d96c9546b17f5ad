/**
 * The page as visible text lines: block elements and <br> break lines. Labelled metadata
 * (来源:, 编辑:, bylines, info lines, breadcrumbs) is matched on these lines, so it is found
 * whatever the markup, and each line keeps the innermost block element holding it, so the
 * pruner can drop a line once it became a field.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { BLOCK_ELEMENTS, bodyOf, cleanLength, cleanText } from './load.js';

export interface TextLine {
  text: string;
  /** The innermost block element that contains the whole line. */
  block: Element;
  /** Position in document order. */
  index: number;
  /** Characters of the line that sit inside links. */
  linkChars: number;
}

/** Block elements, and form controls, whose options stand one per line. */
const BLOCK = new Set([...BLOCK_ELEMENTS, 'option', 'select']);
/** Never visible as text; `rt`/`rp` are ruby readings that would double Japanese words. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'iframe',
  'object',
  'textarea',
  'button',
  'rt',
  'rp',
]);

export function isBlockTag(tag: string): boolean {
  return BLOCK.has(tag);
}

/** Walk the tree iteratively (pages can nest thousands of levels deep) and cut it into lines. */
export function collectLines($: CheerioAPI, root?: Element): TextLine[] {
  return linesOf(root ?? bodyOf($));
}

/**
 * The lines of a subtree (an element, or a whole document root). `unit(el)`, when given, can make an
 * element one line of its own: its text (possibly empty) is returned and its subtree is not walked.
 */
export function linesOf(root: ParentNode, unit?: (el: Element) => string | null): TextLine[] {
  const start = root as Element;
  const lines: TextLine[] = [];
  let buf = '';
  let linkChars = 0;
  let bufBlock: Element = start;
  // Whether buf is still all whitespace: tracked, not tested with buf.trim() per text node (quadratic on a line
  // of thousands of links).
  let blank = true;
  const flush = (): void => {
    const text = blank ? '' : cleanText(buf);
    if (text) lines.push({ text, block: bufBlock, index: lines.length, linkChars: Math.min(linkChars, text.length) });
    buf = '';
    blank = true;
    linkChars = 0;
  };
  // Stack of [node, entering, innermost block, inside a link]; on exit of a block we flush the line.
  const stack: Array<[AnyNode, boolean, Element, boolean]> = [[start, true, start, false]];
  while (stack.length) {
    const [node, entering, block, inLink] = stack.pop()!;
    if (node.type === 'text') {
      if (blank) bufBlock = block;
      const data = (node as unknown as { data: string }).data;
      buf += data;
      if (blank && data.trim()) blank = false;
      if (inLink) linkChars += cleanLength(data);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const tag = el.name?.toLowerCase() ?? '';
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    // A value printed as a picture after its label (`来源：<img alt="人民日报">`, a paper's logo): its alt text is the value
    // (on the page's text lines; where a caller cuts units, an image is its own).
    const alt = tag === 'img' && !unit && !blank ? labelImageText(el, buf) : '';
    if (alt) {
      buf += alt;
      if (inLink) linkChars += alt.length;
      continue;
    }
    const unitText = entering && unit && node !== start && node.type === 'tag' ? unit(el) : null;
    if (unitText !== null) {
      flush();
      lines.push({ text: unitText, block: el, index: lines.length, linkChars: 0 });
      continue;
    }
    const isBlock = BLOCK.has(tag) || node.type === 'root';
    if (!entering) {
      if (isBlock) flush();
      // Two <time> elements side by side are two dates (WordPress prints the publication and the update as
      // `<time class="published">1. November 2023</time><time class="updated">…`): glued, `20231. November` reads as none.
      else if (tag === 'time' && isTimeElement(el.next)) buf += ' ';
      continue;
    }
    if (isBlock) flush();
    const childBlock = isBlock ? el : block;
    const childInLink = inLink || tag === 'a';
    stack.push([el, false, childBlock, childInLink]);
    const children = el.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, true, childBlock, childInLink]);
  }
  flush();
  return lines;
}

/** A label's colon closing the line so far (`来源：`), on a line as short as an info line's head. */
const ENDS_WITH_LABEL = /^.{0,60}[:：]\s*$/su;
/** Alt text that names the picture, not a value: an icon's or a logo's word. */
const NO_NAME = /^(?:logo|icon|img|image|图片|圖片|图标|圖標|\d+)$/i;

/** The text an image stands for after a label's colon: its alt text (else its title), when it reads as a name. */
function labelImageText(el: Element, buf: string): string {
  if (!ENDS_WITH_LABEL.test(buf)) return '';
  const alt = cleanText(el.attribs['alt'] || el.attribs['title'] || '');
  return alt && alt.length <= 20 && !NO_NAME.test(alt) ? alt : '';
}

function isTimeElement(node: AnyNode | null): boolean {
  return node?.type === 'tag' && (node as Element).name.toLowerCase() === 'time';
}
