/**
 * Captioned galleries: a box of two or more captioned figures set between an article's paragraphs
 * (`<div class="gallery"><figure><img><figcaption>…</figcaption></figure>…</div>`). Readability's conditional
 * cleaning drops a block holding more images than paragraphs, so every caption of such a gallery was lost while a
 * lone figure beside it was kept. The box is unwrapped here, before Readability reads the page, so its figures stand
 * among the paragraphs as single figures do. A strip of linked captions (other galleries, other stories) is not a
 * caption of this story and stays boxed.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element, ParentNode } from 'domhandler';
import { cleanLength, findAll, textContent } from '../parse/load.js';
import { nonLinkChars } from '../prune/dom.js';

/** A gallery holds at least this many captioned figures (one figure is never dropped). */
const MIN_FIGURES = 2;
/** Beside its figures a gallery holds at most a counter or its arrows (`Previous Next 1 of 2`). */
const MAX_CONTROL_CHARS = 40;
/** Link text above this share of the captions makes them teasers for other pages. */
const MAX_CAPTION_LINK_SHARE = 0.5;
/** A container is the article's prose when it holds this many paragraphs of its own. */
const MIN_OWN_PARAGRAPHS = 2;

const BOXES = new Set(['div', 'section']);

function captionText(figure: Element): string | null {
  const caption = findAll(figure, (el) => el.name === 'figcaption')[0];
  const text = caption ? textContent(caption).trim() : '';
  return text ? text : null;
}

/** The box's element children when it is a captioned gallery; null otherwise. */
function galleryChildren(box: Element): Element[] | null {
  if (!BOXES.has(box.name)) return null;
  const kids: Element[] = [];
  let figures = 0;
  let controls = 0;
  let captions = 0;
  let captionLinks = 0;
  for (const c of box.children) {
    if (c.type === 'comment' || (c.type === 'text' && !c.data.trim())) continue;
    if (c.type !== 'tag') return null;
    const el = c as Element;
    kids.push(el);
    const caption = el.name === 'figure' ? captionText(el) : null;
    if (caption) {
      figures++;
      // In visible characters, as nonLinkChars counts them: the figure holds only its image and caption.
      const visible = textContent(el).replace(/\s/g, '').length;
      captions += visible;
      captionLinks += Math.max(0, visible - nonLinkChars([el]));
    } else if (cleanLength(textContent(el)) <= MAX_CONTROL_CHARS && !findAll(el, (d) => d.name === 'figure' || d.name === 'p').length) {
      controls++;
    } else return null;
  }
  if (figures < MIN_FIGURES || controls > 1) return null;
  return captionLinks > captions * MAX_CAPTION_LINK_SHARE ? null : kids;
}

/** Unwraps the captioned galleries among the children of containers of the article's paragraphs; returns how many. */
export function unwrapCaptionedGalleries($: CheerioAPI, paragraphs: readonly Element[]): number {
  const own = new Map<ParentNode, number>();
  for (const p of paragraphs) if (p.parent) own.set(p.parent, (own.get(p.parent) ?? 0) + 1);
  let unwrapped = 0;
  for (const [container, count] of own) {
    if (count < MIN_OWN_PARAGRAPHS) continue;
    for (const c of [...container.children]) {
      if (c.type !== 'tag') continue;
      const kids = galleryChildren(c as Element);
      if (!kids) continue;
      $(c).replaceWith(kids);
      unwrapped++;
    }
  }
  return unwrapped;
}
