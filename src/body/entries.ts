/**
 * Listing pages (blog home pages, forum threads) hold several posts, each with its own title
 * element; the article is the first post, not the container of all of them.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { cleanLength, cleanText, findAll, foldForCompare } from '../parse/load.js';
import { titleSegments } from '../fields/title.js';

export const POST_TITLE =
  '[class*="post-title" i], [class*="posttitle" i], [class*="post_title" i], [class*="entry-title" i], [class*="entrytitle" i]';
/** POST_TITLE as a test on an element, for one walk instead of a selector over the page. */
const POST_TITLE_CLASS = /post-title|posttitle|post_title|entry-title|entrytitle/i;
const isPostTitle = (el: Element): boolean => {
  const cls = el.attribs['class'];
  return cls != null && POST_TITLE_CLASS.test(cls);
};
/** A listing has at least this many posts with distinct titles. */
const MIN_POSTS = 2;
const MIN_POST_TEXT = 200;

/** The root of the first post when the page lists several; null on ordinary article pages. */
export function firstEntryRoot($: CheerioAPI): Element | null {
  const titles = findAll($.root()[0]!, isPostTitle);
  const distinct = new Set(titles.map((t) => cleanText($(t).text())).filter(Boolean));
  if (titles.length < MIN_POSTS || distinct.size < MIN_POSTS + 1) return null;
  const first = titles[0]!;
  // Title elements beside the first (a title cell and a date cell in one row) belong to the same post.
  const sameRow = new Set(titles.filter((t) => t.parent === first.parent));
  // Posts of a listing come from one template: the next post's title looks like the first's.
  // An article page's <h1> followed by related-post <h2>s is not a listing.
  const next = titles.find((t) => !sameRow.has(t));
  if (!next || first.tagName === 'h1' || next.tagName !== first.tagName || next.attribs['class'] !== first.attribs['class']) return null;
  let node: Element = first;
  while (node.parent && node.parent.type === 'tag') {
    const parent = node.parent as Element;
    const inParent = titles.filter((t) => isInside(t, parent));
    if (inParent.some((t) => !sameRow.has(t))) break;
    node = parent;
  }
  if (node === first) return null;
  // A headline outside the first post makes the page an article whose FAQ or related list is styled as posts (a
  // listing's home page heads no single story): measured, this keeps the listings of two blog hosts and frees an
  // article page whose first "post" was an FAQ answer.
  const { siteNames, titles: pageTitles } = pageNames($);
  const headlineOutside = (el: Element): boolean => {
    if (el.name !== 'h1' || isInside(el, node)) return false;
    const text = foldForCompare(cleanText($(el).text()));
    // The page's headline is one its <title> or og:title confirm; a logo <h1> names the site, a widget's says anything.
    return text.length >= 4 && !siteNames.has(text) && pageTitles.some((t) => t.includes(text));
  };
  if (findAll($.root()[0]!, headlineOutside).length) return null;
  // A post has text of its own, not just a linked title (related lists do).
  const text = cleanLength($(node).text());
  const linkText = cleanLength($(node).find('a').text());
  return text - linkText >= MIN_POST_TEXT ? node : null;
}

/** The site's own name as the page gives it (og:site_name, the <title> segments after the first: `blog | Site`), and its titles. */
function pageNames($: CheerioAPI): { siteNames: Set<string>; titles: string[] } {
  const title = cleanText($('head title').first().text());
  const names = titleSegments(title).slice(1);
  const og = $('meta[property="og:site_name"]').attr('content');
  if (og) names.push(og);
  const titles = [title, $('meta[property="og:title"]').attr('content') ?? ''].map((t) => foldForCompare(cleanText(t))).filter(Boolean);
  return { siteNames: new Set(names.map((n) => foldForCompare(cleanText(n))).filter(Boolean)), titles };
}

/** Whether `node` lies below `ancestor`. */
function isInside(node: Element, ancestor: Element): boolean {
  for (let n = node.parent; n; n = n.parent) if (n === ancestor) return true;
  return false;
}
