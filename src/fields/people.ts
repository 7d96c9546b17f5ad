/**
 * Source (来源: the original publisher), editor (编辑/责任编辑) and authors, kept apart:
 * a value found as one is never returned as another.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { cleanText, holdsH1, isElement, someBelow, spacedText, textContent } from '../parse/load.js';
import { firstMeta } from '../parse/meta.js';
import type { TextLine } from '../parse/lines.js';
import { isLabelWord, labelledValue, namesEditorInCharge, trimValue } from './labels.js';
import { readEmbeddedState, stateSource } from '../parse/state.js';
import {
  linesBelow,
  linesNearHeadline,
  pageText,
  record,
  ruleText,
  selectEach,
  selectEachOr,
  type Candidate,
  type PageContext,
} from './context.js';
import lexicon from '../data/people.json' with { type: 'json' };
import labels from '../data/labels.json' with { type: 'json' };
import nameCheck from '../data/author-check.json' with { type: 'json' };
import { escapeRegExp } from '../parse/regexp.js';
import { siteKey } from '../prune/context.js';
import { isChromeText } from '../prune/chrome.js';
import { findDatesInText } from '../dates/index.js';
import { withoutWeekdayAtEnd } from '../dates/weekdays.js';
import {
  agencyIn,
  agencyNamed,
  BYLINE_KINDS,
  BYLINE_LEADS,
  isPlaceholder,
  notAnAuthor,
  OUR,
  trimNameTail,
  withoutRoleSuffix,
  withoutTranslator,
  WRITER_LEADS,
  writersOnly,
} from './authorcheck.js';

const AUTHOR_META = [
  // Scholarly pages (Highwire/Google Scholar tags) name the paper's authors here, one tag each; their
  // meta author may be anything (a cited work's authors on Springer pages).
  'citation_author',
  'author',
  'article:author',
  'og:article:author',
  'byl',
  'dc.creator',
  'dcterms.creator',
  'sailthru.author',
  'parsely-author',
  'article:author_name',
];
// `ContentSource`: the meta the TRS CMS of many Chinese government portals writes.
const SOURCE_META = ['source', 'article:source', 'og:source', 'mediaid', 'contentsource'];
// `[class*="author" i]` also finds `.author`, `.article-author`, `.author-name`, `.authors`, `[class*="author-link" i]`
// and the like: they are not listed apart, as every element is tested against every selector of the list.
const BYLINE_SELECTOR =
  '[rel="author"], [itemprop="author"], [class*="byline" i], [data-testid*="byline" i], [class*="contributor" i], a[href*="/author/"], a[href*="/autor/"], a[href*="/autoren/"], [class*="author" i], [class~="writer" i], [class*="-writer" i], [class*="writer-" i], [class*="_writer" i], [class*="writer_" i]';
/**
 * The word for author in other languages names byline boxes too (`<div class="autor">`, `<span class="auteur-name">`,
 * `media-box__autor`): as a whole word of a class, between hyphens or underscores (`autorisation`, `autorización` are
 * no bylines). Tested on the class's words, not written as a selector: eight attribute patterns per word, each run
 * against every element of every page, cost a tenth of all extraction time. Data: labels.json `bylineClassWords`.
 */
const BYLINE_CLASS_WORD = new RegExp(`(?:^|[\\s_-])(?:${labels.bylineClassWords.map(escapeRegExp).join('|')})(?=$|[\\s_-])`, 'i');
const classNamesAuthor = (el: Element): boolean => BYLINE_CLASS_WORD.test(el.attribs['class'] ?? '');

/** Lines around the headline first (the info line), then the rest of the page in order. */
export function linesByProximity(ctx: PageContext, headline: number): TextLine[] {
  if (headline < 0) return ctx.lines;
  const near = linesNearHeadline(ctx, headline);
  const [first, last] = [near[0]!.index, near[near.length - 1]!.index];
  return [...near, ...ctx.lines.filter((l) => l.index < first || l.index > last)];
}

/** The first labelled value of this kind in `lines`; `skip` passes over values that name nothing (`来源：转载文章`). */
function firstLabelled(
  lines: TextLine[],
  kind: 'source' | 'editor' | 'author',
  all?: TextLine[],
  skip: (value: string) => boolean = () => false,
): Candidate<string> | null {
  for (const line of lines) {
    if (line.text.length > 200) continue;
    const value = labelledValue(line.text, kind);
    if (value && !skip(value) && !creditOfAnotherItem(line)) return { value, origin: 'visible-label', raw: line.text };
    // A label alone in its element (`<div>来源：</div><div><a>新华网</a></div>`): the name is the next line.
    const next = all && LABEL_ALONE.test(line.text) ? all[line.index + 1] : undefined;
    const joined = next && next.text.length <= 40 ? labelledValue(`${line.text}${next.text}`, kind) : null;
    if (joined && !skip(joined) && !creditOfAnotherItem(line) && !creditOfAnotherItem(next!))
      return { value: joined, origin: 'visible-label:next-line', raw: `${line.text}${next!.text}` };
  }
  return null;
}

/** Class or id words of the boxes that hold other items than the article: related stories, feeds, comments (labels.json). */
// At the start of a word of the class (`related-news`, `comments`, `feedCard`), not inside one: WordPress wraps whole pages
// in `hfeed` (the hAtom microformat's class).
const ANOTHER_ITEMS_BOX = new RegExp(`(?:^|[\\s_-])(?:${labels.otherItemsBoxWords.map(escapeRegExp).join('|')})`, 'i');

/**
 * Is the line in a box of other items (a related story's `来源：新华网`, a feed's, a comment's `小编：…`), whose credits
 * are theirs, not the article's? (Its blocks' class and id words; only asked of a line that holds a credit.)
 */
function creditOfAnotherItem(line: TextLine): boolean {
  for (let el: Element | null = line.block; el && el.type === 'tag'; el = el.parent as Element | null) {
    const words = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`;
    if (words.trim() && ANOTHER_ITEMS_BOX.test(words)) return true;
  }
  return false;
}

/** A line that is only a label and its colon: `来源：`, `稿源:`. */
const LABEL_ALONE = /^[\p{Script=Han}A-Za-z ]{1,8}[:：]$/u;

/** The 来源 in an element of its own, with no label (`<span class="source">新华网</span>`). */
function sourceElement(ctx: PageContext): Candidate<string> | null {
  for (const el of selectEach(ctx, labels.sourceElement, 5)) {
    if (ctx.$(el).closest('figure, figcaption').length) continue;
    const text = cleanText(ctx.$(el).text());
    // Not a button whose id says source (WeChat's `<a id="js_view_source">阅读原文</a>`, "read the original").
    if (!text || text.length > 40 || !/\p{Script=Han}/u.test(text) || isChromeText(text)) continue;
    // The label may stand in the element without its colon (`来自新华社`, `<em>来源</em> <a>界面新闻</a>`).
    const value = labelledValue(/[:：]/.test(text) ? text : `来源：${text.replace(GLUED_SOURCE_LABEL, '')}`, 'source');
    if (value && !isPlaceholder(value)) return { value, origin: 'source-element', raw: text };
  }
  return null;
}

/**
 * A note naming where the text comes from, without a label's colon: `（本文来自澎湃新闻，更多原创资讯请下载…）`,
 * `本文来自微信公众号“差评”（ID：chaping321）`, `本文转载自人民日报`.
 */
const SOURCE_NOTE =
  /(?:^|[（(【[])\s*(?:本文|文章|此文)(?:来自|來自|转自|轉自|转载自|轉載自|来源于|來源於|摘自)\s*(?:微信公众号|微信公眾號|公众号|公眾號)?\s*[“"「《]?\s*([^”"」》，,。()（）\s:：|｜]{2,20})/u;

/** The print edition a reprint closes with: `《光明日报》（ 2022年02月13日 02版）`, `《人民日报》（2024年03月05日 第4版）`. */
const PRINT_EDITION = /^《([^《》]{2,12})》\s*[（(]\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:第?\s*\d{1,3}\s*版)?\s*[)）]$/u;

function sourceNote(lines: TextLine[]): Candidate<string> | null {
  for (const line of lines) {
    if (line.text.length > 200) continue;
    const print = PRINT_EDITION.exec(line.text);
    if (print) return { value: print[1]!.trim(), origin: 'print-edition', raw: line.text };
    const m = SOURCE_NOTE.exec(line.text);
    const value = m ? trimValue(m[1]!) : '';
    if (value && !isPlaceholder(value)) return { value, origin: 'source-note', raw: line.text.slice(0, 80) };
  }
  return null;
}

/** A name that ends like a news outlet's (`新京报`, `央视网`, `澎湃新闻`, `上游新闻客户端`), not a column's (`国内新闻`). */
const MEDIA_NAME = new RegExp(
  `^(?!(?:${labels.channelWordsHan.join('|')}))[\\p{Script=Han}·－-]{1,14}(?:${labels.mediaEndingsHan.join('|')})$`,
  'u',
);

/** A Chinese 来源 label glued to the name with no colon (凤凰网's `来自<a>中国新闻网</a>`): not part of the name. */
const GLUED_SOURCE_LABEL = new RegExp(
  `^(?:${labels.source
    .filter((l) => /^\p{Script=Han}+$/u.test(l))
    .map(escapeRegExp)
    .join('|')})\\s*(?=\\p{Script=Han}{2})`,
  'u',
);

/** A 来源 label with its colon, whatever it names. */
const SOURCE_LABEL = new RegExp(`(?:${labels.source.map(escapeRegExp).join('|')})\\s*[:：]`, 'i');

/**
 * The outlet named without a label on the info line, the short line beside the headline that holds the article's
 * date (`央视网 | 2024年03月05日 10:21`, `2024-03-05 10:21 <a>新京报</a>`): what is left of it without the date and
 * any labelled credit, when that is a news outlet's name or an agency.
 */
function infoLineSource(ctx: PageContext, headline: number): Candidate<string> | null {
  for (const line of linesBelow(ctx, headline, 5)) {
    if (line.text.length > 80 || !/\d/.test(line.text)) continue;
    // A line that labels its source (`来自：互联网`, a placeholder passed over above) has said what it knows.
    if (SOURCE_LABEL.test(line.text)) continue;
    const dates = findDatesInText(line.text);
    if (!dates.length) continue;
    let rest = line.text;
    for (const d of dates) rest = rest.replace(d.raw, ' ');
    // Labelled credits (`作者：张三`, `来源：`) and counters (`阅读 1234`) are other fields.
    rest = rest.replace(/\S*[:：]\s*\S*/g, ' ');
    for (const part of rest.split(/[\s|｜/／]+/)) {
      // A separator glued to the name goes (`·北京青年报`: Toutiao's dot between the time and the account).
      const token = trimValue(part).replace(GLUED_SOURCE_LABEL, '');
      if (!/\p{Script=Han}/u.test(token) || /\d/.test(token) || isPlaceholder(token)) continue;
      const value = agencyNamed(token) ?? (MEDIA_NAME.test(token) ? token : null);
      if (value) return { value, origin: 'info-line', raw: line.text };
    }
  }
  return null;
}

/**
 * The outlet a reporter credit or a lead names at the start of a line below the headline: `光明日报记者 王建宏`,
 * `顶端新闻·河南商报记者马俊峰/文`, `新京报讯（记者 张三）…`, `聯合報／記者王小明／即時報導` (not `本报记者`, "this paper's
 * reporter").
 */
const CREDIT_OUTLET =
  /^[（(]?\s*据?\s*(?:[\p{Script=Han}]{2,8}·)?([\p{Script=Han}]{2,12}?)\s*[／/]?\s*(?:首席|资深|特约|特約)?(?:记者|記者|讯[（(]|訊[（(])/u;

function creditOutlet(ctx: PageContext, headline: number): Candidate<string> | null {
  for (const line of linesBelow(ctx, headline, 15)) {
    const m = CREDIT_OUTLET.exec(line.text);
    const name = m?.[1];
    if (!name || /^本/.test(name)) continue;
    const value = agencyNamed(name) ?? (MEDIA_NAME.test(name) ? name : null);
    if (value) return { value, origin: 'credit-outlet', raw: line.text.slice(0, 40) };
  }
  return null;
}

/** Embedded app state is read for Chinese pages only: elsewhere `source` keys there mean other things. */
export function readSource(ctx: PageContext, headline: number, chinese: boolean): string | null {
  const fromRule = ruleText(ctx, ctx.rule?.fields?.source);
  if (fromRule) return record(ctx, 'source', { value: fromRule, origin: 'site-rule', raw: fromRule });
  const meta = firstMeta(ctx.meta, SOURCE_META);
  // Read the meta value as if it were a labelled line, so the same value rules apply.
  const metaValue =
    meta && !/^https?:|^\d+$/.test(meta.value)
      ? labelledValue(/[:：]/.test(meta.value) ? meta.value : `来源：${meta.value}`, 'source')
      : null;
  if (metaValue && !isPlaceholder(metaValue))
    return record(ctx, 'source', { value: metaValue, origin: `meta:${meta!.key}`, raw: meta!.value });
  const visible =
    firstLabelled(linesByProximity(ctx, headline), 'source', ctx.lines, isPlaceholder) ??
    (chinese ? (sourceElement(ctx) ?? sourceNote(ctx.lines)) : null);
  if (visible) return record(ctx, 'source', visible);
  const fromState = chinese ? stateSource(readEmbeddedState(ctx.$)) : null;
  if (fromState) return record(ctx, 'source', { value: fromState, origin: 'embedded-state', raw: fromState });
  return chinese ? record(ctx, 'source', infoLineSource(ctx, headline) ?? creditOutlet(ctx, headline)) : null;
}

export function readEditor(ctx: PageContext, headline: number): string | null {
  const fromRule = ruleText(ctx, ctx.rule?.fields?.editor);
  if (fromRule) return record(ctx, 'editor', { value: fromRule, origin: 'site-rule', raw: fromRule });
  const lines = linesByProximity(ctx, headline);
  const labelled = firstLabelled(lines, 'editor', ctx.lines);
  // `编辑：张三` on the info line, `责任编辑：赵六` below the text: the editor in charge is the page's editor, as when
  // one line names both.
  const inCharge =
    labelled && !namesEditorInCharge(labelled.raw)
      ? firstLabelled(
          lines.filter((l) => namesEditorInCharge(l.text)),
          'editor',
          ctx.lines,
        )
      : null;
  return record(ctx, 'editor', inCharge ?? labelled ?? closingEditor(ctx.lines));
}

/**
 * An editor credited without a colon at the end of the text: in brackets closing the last paragraph
 * (`……全文完。（编辑 王五）`, `【编辑 王五】`, `（编辑/王五）`, also with the site before the role: `（松花江网编辑 孙桂芳）`),
 * or as a line of its own that holds nothing else (`编辑/赵六`, `责编 赵六`) but other such credits (`编辑/赵六 审校/钱七`).
 */
/**
 * The roles an editor is credited by, as an alternation (also for the body's closing credits, body/filters.ts):
 * the Chinese editor labels (data, `labels.json editor`), longest first, so `值班编辑 王五` is read as `编辑 王五` is.
 */
export const EDITOR_ROLES = labels.editor
  .filter((l) => /^\p{Script=Han}+$/u.test(l))
  .sort((a, b) => b.length - a.length)
  .join('|');
const CLOSING_EDITOR = new RegExp(
  `[（(【[](?:[\\p{Script=Han}]{2,8}?(?=编辑|編輯))?(?:${EDITOR_ROLES})[:：/／\\s]?\\s*([\\p{Script=Han}·]{2,4})\\s*[)）】\\]]\\s*$` +
    `|^(?:${EDITOR_ROLES})\\s*[/／\\s]\\s*([\\p{Script=Han}·]{2,4})(?:\\s+\\p{Script=Han}{2}\\s*[/／\\s]\\s*[\\p{Script=Han}·]{2,4})*$`,
  'u',
);

/** The editor a line of its own credits without a colon (`编辑 赵六`, `责编/赵六`), or null: the text leaves it. */
export function editorLineName(text: string): string | null {
  const m = text.length <= 40 ? CLOSING_EDITOR.exec(text) : null;
  return m?.[2] ?? null;
}

/** The credit closing the last sentence, a slash for its colon: `……开局平稳。编辑/王菁` (with a colon it is a label's). */
const CLOSING_SENTENCE_EDITOR = new RegExp(`[。！？!?”」]\\s*(?:${EDITOR_ROLES})\\s*[/／]\\s*([\\p{Script=Han}·]{2,4})$`, 'u');

function closingEditor(lines: TextLine[]): Candidate<string> | null {
  // From the end: the credit closes the text, and a portal's legal notice or footer may follow it at any length.
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = CLOSING_EDITOR.exec(lines[i]!.text);
    if (m) return { value: (m[1] ?? m[2])!, origin: m[1] ? 'closing-bracket' : 'closing-line', raw: lines[i]!.text.slice(-40) };
    const glued = CLOSING_SENTENCE_EDITOR.exec(lines[i]!.text);
    if (glued) return { value: glued[1]!, origin: 'closing-sentence', raw: lines[i]!.text.slice(-40) };
  }
  return null;
}

/**
 * Chinese reporter credits without a colon: `记者 赵六`, `（中央社記者孫八台北21日電）`, `【环球时报记者 刘洋】`, `澎湃新闻记者 钱七`,
 * `本报实习生 刘国栋 周炜`, `河南商报记者马俊峰/文` (the slash and 文 close a name glued to 记者), Taiwanese
 * datelines `記者張三／台北報導`, and `文/张三` opening the line or a part of it (`2024-03-05 10:21 文/张三 图/李四`), also
 * with the pictures credited to the writer (`文/图 张三`, `图文：张三`).
 */
const REPORTER_PATTERNS: RegExp[] = [
  /(?:记者|記者)\s*([\p{Script=Han}·]{2,4}(?:[、，,\s]+[\p{Script=Han}·]{2,4})*)\s*[)）】]/u,
  /(?:记者|記者)\s*([\p{Script=Han}·]{2,4}(?:[、，,\s]+[\p{Script=Han}·]{2,4})*)\s*[／/]\s*\p{Script=Han}{0,8}(?:报道|報導|報道)/u,
  /(?:记者|記者)([\p{Script=Han}]{2,3})[\p{Script=Han}]{2}\d{1,2}日(?:电|電)/u,
  // `（大紀元記者王小明台北報導）`: the name, then the city the report was filed from
  /(?:记者|記者)([\p{Script=Han}]{2,3})[\p{Script=Han}]{2}(?:报道|報導|報道)\s*[)）】]/u,
  // (the info line's next span may follow with no space: `封面新闻记者 张三2024-03-05 10:21`)
  /(?:记者|記者|实习生|實習生|通讯员|通訊員)[:：\s]\s*([\p{Script=Han}·]{2,4}(?:[、，,\s]+[\p{Script=Han}·]{2,4})*)(?:\s|$|[／/|。，]|(?=\d))/u,
  /(?:^|[\s|｜])文\s*[/／|]\s*([\p{Script=Han}·]{2,4})/u,
  // the writer who took the pictures too: `文/图 张三`, `图/文：记者 张三`, `文字/摄影：张三`; `图文：张三`, `图文/张三` with a
  // colon or a slash only (`图文 直播 视频` is a menu)
  /(?:^|[\s|｜])(?:(?:文|文字|撰文)\s*[/／·、]\s*(?:图|圖|摄影|攝影)|(?:图|圖)\s*[/／·、]\s*文)\s*[/／|:：\s]\s*(?:(?:本报|本報)?(?:记者|記者)\s*)?([\p{Script=Han}·]{2,4})(?![\p{Script=Han}·])/u,
  /(?:^|[\s|｜])(?:图文|圖文|文图|文圖)\s*[/／:：]\s*(?:(?:本报|本報)?(?:记者|記者)\s*)?([\p{Script=Han}·]{2,4})(?![\p{Script=Han}·])/u,
  // Korean: `(서울=연합뉴스) 홍길동 기자 = …` opening the text, `홍길동·김철수 기자`, `홍길동 기자 hong@yna.co.kr`.
  /^[(（][^()（）]{1,20}[)）]\s*(\p{Script=Hangul}{2,4}(?:\s*[·ㆍ,]\s*\p{Script=Hangul}{2,4})*)\s*(?:기자|특파원)\s*=/u,
  /^(\p{Script=Hangul}{2,4}(?:\s*[·ㆍ,]\s*\p{Script=Hangul}{2,4})*)\s*(?:기자|특파원|선임기자)(?:\s+[\w.+-]+@[\w.-]+)?$/u,
  /(?:^|记者|記者)([\p{Script=Han}·]{2,4})\s*[/／]\s*文/u,
  // Japanese: the name, then the role, a line of its own (`山田 太郎記者`, `鈴木花子特派員`)
  /^([\p{Script=Han}々]{1,4}\s?[\p{Script=Han}々\p{Script=Hiragana}\p{Script=Katakana}]{1,4})\s*(?:記者|特派員|編集委員|論説委員)$/u,
];

/** What every pattern above needs: most lines hold none of it, and are spared the patterns. */
const REPORTER_WORD = /记者|記者|实习生|實習生|通讯员|通訊員|文|기자|특파원|特派員|編集委員|論説委員/u;

/** The names of a reporter credit on this line, if it is one. */
function reporterCredit(text: string): string[] | null {
  const head = text.slice(0, 200);
  if (!REPORTER_WORD.test(head)) return null;
  for (const re of REPORTER_PATTERNS) {
    const m = re.exec(head);
    if (!m) continue;
    // `记者 王五 摄`: a photo's credit (a caption's), not the text's.
    if (PHOTO_CREDIT_AFTER.test(head.slice(m.index + m[0].length - 1))) return null;
    // `记者 张三 通讯员 李四`: a second role word inside the credit separates two people; Korean names part at a dot.
    return splitNames(m[1]!.replace(INNER_ROLE, '、').replace(HANGUL_NAME_DOT, '、'));
  }
  return null;
}

const INNER_ROLE = /\s*(?:通讯员|通訊員|实习生|實習生|记者|記者)\s*/gu;
const HANGUL_NAME_DOT = /(?<=\p{Script=Hangul})\s*[·ㆍ]\s*(?=\p{Script=Hangul})/gu;

/** A Chinese photo or video credit and what follows it in a byline: `记者 张三 摄影 李四`, `記者 陳大文 / 攝影 李小華`. */
const PHOTO_ROLE_ON = /(?:^|\s+)(?:摄影|攝影|摄像|攝像|图片|圖片|图|圖|视频|視頻)\s*(?:[:：/／]|\s).*$/su;

/** What follows a name in a photo credit: 摄 / 攝 / 摄影 (`记者 王五 摄`, `记者王五摄`). */
const PHOTO_CREDIT_AFTER = /^\s*(?:摄|攝)/u;

/** "By Jane Doe and John Roe", "Von Anna Schmidt", "Por …", "Ein Kommentar von …", "Analysis by …". */
const BY_LINE = new RegExp(`^(?:(?:${BYLINE_KINDS})\\s+)?(?:${WRITER_LEADS}|${BYLINE_LEADS})(?:\\s*[:：]\\s*|\\s+)(.{2,120})$`, 'i');

/** Words that label a byline or sit next to it, never part of a name. */
const NOT_NAME = new RegExp(
  `^(?:${BYLINE_LEADS}|vom|alles von|mehr von|posted by|written by|author|autor|autorin|autor\\*in|verfasst von|geschrieben von|weiter|weitere artikel|more|mehr|read more|autoren|authors|share|admin|administrator|unknown|anonymous|no author|follow|text|interview|redaktion|editor|staff|team|about the author|innen|phd|ph\\.d\\.|md|dr\\.?|posted|posted on|published|published on|publiziert|publiziert am|veröffentlicht|veröffentlicht am|geschrieben am|publicado|publicado el|publié le)$`,
  'i',
);
/** What bylines glue after a name: a weekday or date, a contact link, a role. */
const NAME_TAIL =
  /\s+(?:\d{1,2}\.?\s+[a-zà-ÿ]{3,}\.?\s+\d{4}\b|(?:and|und|et|y|e)$|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b|\d{1,2}[./]\s?\d|(?:am|on|le|el)\s+\d|on\s+(?:mon|tue|wed|thu|fri|sat|sun)\b|on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|(?:kontakt|contact|twitter|email|e-mail|mail|follow|folgen)\b).*$/i;
/** Professional titles in front of a name. */
const NAME_TITLE = /^(?:(?:rechtsanwalt|rechtsanwältin|prof\.|dr\.|med\.|rer\.\s?nat\.|phil\.|dipl\.-[\p{L}]+\.?|mag\.)\s+)+/iu;
/** A role in brackets after a name: `Anna Schmidt (Text)`; a photographer's (`Peter Müller (Fotos)`) is no author's. */
const BRACKETED_ROLE = /\s*[(（]\s*(?:text|texte|texto|testo|tekst|words|interview|recherche|research)\s*[)）]$/iu;
const BRACKETED_PHOTO_ROLE =
  /\s*[(（]\s*(?:fotos?|bilder?|fotografie|photos?|photography|video|grafik|graphics?|illustrations?)\s*[)）]$/iu;
/** Parts of an address or place line, which some sites put in meta author. */
const PLACE_PART =
  /^(?:germany|deutschland|österreich|austria|schweiz|switzerland|usa|united states|uk|united kingdom|france|españa|spain)$|\.(?:de|com|at|ch|net|org|uk)\b/i;
const LEAD_LABEL = new RegExp(
  // (a letter may not follow the lead: `\\b` knows only Latin letters, and the leads are of any script, `بواسطة`)
  `^(?:about the author\\s*[-–—:]\\s*|(?:${BYLINE_LEADS}|vom|alles von|posted by|written by|author|autor(?:in|\\*in)?|verfasst von|geschrieben von)(?![\\p{L}\\p{N}_])[:\\s]*)`,
  'iu',
);

/** Organisations and desks, not people: `Olympia-Verlag GmbH`, `TVT-Redaktion`, `Betty Crocker Kitchens`. */
const ORGANISATION =
  /(?:\b(?:gmbh|ag|e\.\s?v\.?|ltd|inc|llc|corp|s\.a\.|verlag|kitchens?|online|magazine?|partei|sekretariat|agentur|newsroom|desk)\b|redaktion\b|-team\b)/i;

const HAN_ORGANISATION = new RegExp(`(?:${lexicon.organisationEndingsHan.join('|')})$`);
const ORGANISATION_WORD = new RegExp(`\\b(?:${lexicon.organisationWords.join('|')})\\b`, 'i');
const SURNAMES = new Set(lexicon.surnamesHan);

/** Publishers, journals, companies, networks, agencies: `汉斯出版社`, `大汉网络`, `Hans Publishers`, `Reuters`. */
export function isOrganisation(s: string): boolean {
  // A news agency named alone (`TNN`, `Reuters`): the whole name, as `Bloomberg` or `Ani` may be part of a person's.
  return ORGANISATION.test(s) || ORGANISATION_WORD.test(s) || HAN_ORGANISATION.test(s) || agencyNamed(s) !== null;
}

/**
 * A bare Han word that reads as a person's name: two or three characters after a common surname
 * (three or four after a compound one). Used where nothing but the shape says "name".
 */
export function looksLikeHanName(s: string): boolean {
  if (!/^[\p{Script=Han}·]{2,4}$/u.test(s) || HAN_ORGANISATION.test(s)) return false;
  if (lexicon.compoundSurnamesHan.some((c) => s.startsWith(c))) return s.length >= 3;
  return s.length <= 3 && SURNAMES.has(s[0]!);
}

/** A plausible person or byline name: short, no digits, no addresses or handles with dots. */
export function looksLikeName(s: string): boolean {
  if (s.length < 2 || s.length > 60 || NOT_NAME.test(s) || isOrganisation(s) || notAnAuthor(s)) return false;
  // Agency codes and initials alone (`red`, `zvg`, `AgE`, `S.`) name no one.
  if (!/\p{Script=Han}|\p{Script=Hangul}|[\u3040-\u30ff]/u.test(s) && s.replace(/[.\s()（）]/g, '').length <= 3) return false;
  // Nor does a slogan or a question (`成就一亿技术人!`): no name holds ! or ?.
  if (/^https?:|@|\[at\]|\d|[:：!?！？]|[.](?:com|de|net|org)\b|^[a-z]+\.[a-z]+$/i.test(s)) return false;
  // Picture credits stand where bylines do: `Bild © hr`, `Фото из Инстаграма …`.
  if (/©|^(?:foto|fotos|photo|photos|bild|bilder|фото)(?=\s|$)/iu.test(s)) return false;
  if (/\p{Script=Han}/u.test(s)) return s.length <= 12;
  const words = s.split(/\s+/);
  // Three words or more, none capitalised, are a phrase (`they matter more than ever`), not a name.
  if (words.length >= 3 && words.every((w) => /^\p{Ll}/u.test(w))) return false;
  return words.length <= 5;
}

/**
 * A Japanese name writes a space between surname and given name (`大渡 美咲`, `嶋田 健志`): two parts
 * of at most two characters, which do not both read as Chinese names (`王建 张文` are two people).
 */
function japaneseNameOrder(s: string): boolean {
  const parts = s.split(/\s+/);
  return parts.length === 2 && parts.every((p) => p.length <= 2) && !parts.every(looksLikeHanName);
}

/** `Gillman, Steve` (catalogue order, common in dcterms.creator) → `Steve Gillman`. */
const LAST_FIRST = /^(\p{Lu}[\p{L}'-]+),\s*(\p{Lu}[\p{L}'-]+)$/u;

/** A name printed twice in one element (for screens and for screen readers) is one name: `X X` → `X`. */
function onceIfTwice(s: string): string {
  const half = (s.length - 1) / 2;
  return half >= 4 && s[half] === ' ' && s.slice(0, half) === s.slice(half + 1) ? s.slice(0, half) : s;
}

/** Longer than this, one part of a credit is no name (and the patterns below need not read it). */
const MAX_NAME_PART = 120;

/**
 * The paper's own staff named by role before the name: `unserer Korrespondentin Anna Schmidt`, `our correspondent
 * Jane Doe`, `notre envoyée spéciale Marie Dupont`, `nuestro corresponsal Luis Gómez`.
 */
const OUR_STAFF = new RegExp(
  `^(?:(?:von|by|from|de|di|da|door)\\s+)?(?:${OUR})\\s+(?:[\\p{L}-]+\\s+)?(?:korrespondent(?:en|in)?|redakteur(?:in)?|mitarbeiter(?:in)?|reporter(?:in)?|correspondents?|reporters?|envoyée?s?(?:\\s+spéciale?s?)?|correspondante?s?|corresponsal(?:es)?|inviat[oa]|correspondente|redacteur|verslaggever)\\s+`,
  'iu',
);

/**
 * An outlet closing a list of names: `Jane Doe and John Roe, The New York Times` (a person's name never opens with
 * The), `João Silva, da Folhapress`, `Juan Pérez, de El País` (nor with a lower-case `da`/`de` after a comma).
 */
const CLOSING_OUTLET = /^[Tt][Hh][Ee]\s+\p{L}|^(?:da|do|de|del|della|dal|du)\s+\p{Lu}/u;

/** A capitalised word of a name, and the short lower-case particles a name may hold between them (`de`, `van`, `da`). */
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const NAME_RUN = `${NAME_WORD}(?:\\s+(?:\\p{Ll}{1,3}\\s+)?${NAME_WORD})+`;
/**
 * `and` in the languages whose bylines write it (Italian and Portuguese `e`, Dutch `en`, Polish and Catalan `i`, Czech
 * `a`, Danish and Norwegian `og`, Swedish `och`, Finnish `ja`, Turkish `ve`, Indonesian `dan`, Hungarian `és`, Romanian
 * `și`; data: people.json `nameConjunctions`) between two full names: `Mario Rossi e Luca Bianchi`. Only between two
 * names of two words or more, to the end of the credit or the next comma: `e`, `a`, `en` are other words too (`Juan
 * Pérez en Madrid`, `Intervista a Mario Rossi`, `Carvalho e Silva` is one surname).
 */
const NAME_CONJUNCTION = new RegExp(
  `(?<=${NAME_RUN})\\s+(?:${lexicon.nameConjunctions.map(escapeRegExp).join('|')})\\s+(?=${NAME_RUN}\\s*(?:[,;]|$))`,
  'gu',
);

/**
 * Two full names joined by the words of an interview (`Richard David Precht im Gespräch mit Karin Fischer`, `… in
 * conversation with …`; data: people.json `interviewJoins`), or by a slash without spaces (`Mathatisi Sebusi/Mohalenyane
 * Phakela`): two people, both credited.
 */
const NAME_JOIN = new RegExp(
  `(?<=${NAME_RUN})(?:\\s+(?:${lexicon.interviewJoins.map(escapeRegExp).join('|')})\\s+|\\s*[/／]\\s*)(?=${NAME_RUN})`,
  'gu',
);
/** Quotation marks a template or a meta value puts around a name: `'Luana Patriolino, Raphael Felice'`, `“Jane Doe”`. */
const QUOTES_AROUND = /^['"“”‘’«»„]+|['"“”‘’«»„]+$/gu;

export function splitNames(credit: string): string[] {
  // Whitespace runs collapsed first (a line break kept: it separates names): the `\s*…` patterns below retry at
  // every space of a long run.
  const raw = writersOnly(credit.replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' ')).trim());
  const lastFirst = LAST_FIRST.exec(raw);
  if (lastFirst) return [`${lastFirst[2]} ${lastFirst[1]}`];
  return (
    raw
      .replace(/^By(?=\p{Lu})/u, '')
      .replace(LEAD_LABEL, '')
      .replace(NAME_CONJUNCTION, ', ')
      .replace(NAME_JOIN, ', ')
      .replace(OUR_STAFF, '')
      // a date glued to the name (`谢若含2017-03-01 14:27:02`) ends it
      .replace(/\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}.*$/su, '')
      // (a serial comma before the last name's `and`: `A, B, and C`)
      .split(/\s*(?:,\s*(?:and|und|y|et)\s|,|;|&|\sand\s|\sund\s|\sy\s|\set\s|、|，|；|\s\|\s|\s\/\s|\n)\s*/i)
      .filter((s) => s.length <= MAX_NAME_PART && !BRACKETED_PHOTO_ROLE.test(s))
      .map((s) =>
        // a role after the name first (`山田太郎記者`): the Chinese role before one (`本报记者张三`) would take the name with it
        withoutRoleSuffix(s.replace(QUOTES_AROUND, '').replace(PHOTO_ROLE_ON, ''))
          // the place filed from before a Japanese name: `ワシントン＝山田太郎`
          .replace(/^[\p{Script=Han}\p{Script=Katakana}ー・]{1,12}[=＝](?=\p{Script=Han})/u, '')
          .replace(/^(?:作者|文|撰稿)[:：/／\s]*|^글\s+/, '')
          .replace(/^.{0,10}?(?:记者|記者|通讯员|通訊員)[:：\s]*/, '')
          // `張三／台北報導`, `张三 北京报道`: the place the report was filed from goes with 報導
          .replace(/(?:\s*[／/]\s*\p{Script=Han}{0,8}|\s+\p{Script=Han}{2,8})?(?:报道|報導|報道)$|(?:摄|攝|供稿)$/u, ''),
      )
      .map((s) =>
        trimNameTail(onceIfTwice(s))
          // a place or a role after a dash: `Mario Rossi – Roma`, `Ahmet Yılmaz - İstanbul`, `Jane Doe - Senior Reporter` (a
          // hyphen between spaces joins no name); a longer tail (`GESE - La Estrella de Panamá`) or a code (`… - LWF`) is
          // judged with the name
          .replace(/\s*[|｜•·].*$|\s+[—–](?:\s.*)?$|\s+-(?:\s+\p{L}\p{Ll}\S*){0,2}$/u, '')
          .replace(LEAD_LABEL, '')
          // an affiliation after the name: `Brendan Carlin for The Mail on Sunday`, `Ariel Pierre-Louis at MSA Models`
          .replace(/(?<=\S\s+\S+)\s+(?:[Ff]or|FOR|[Aa]t|AT)\s+(?:[Tt]he\s+)?\p{Lu}.*$/u, '')
          .replace(NAME_TAIL, '')
          .replace(NAME_TITLE, '')
          // a social handle after the name, bare or in brackets: `Jane Doe @janedoe`, `Jane Doe (@janedoe)`
          .replace(/\s+(?:@\w+|[(（]\s*@\w+\s*[)）])$/u, '')
          .replace(BRACKETED_ROLE, '')
          // the place filed from, in brackets after the name: `Jean Martin (à Lyon)`, `Jane Doe (in Kyiv)`
          .replace(/\s*[(（]\s*(?:à|a|in|en|aus|from|desde|da)\s+\p{Lu}[^()（）]{0,40}[)）]$/u, '')
          // or after it without brackets: `Jane Doe in London`, `Anna Schmidt aus Berlin`, `Juan Pérez en Madrid`, `Juan
          // Pérez desde Madrid`, `Marie Dupont à Paris` (not `da`, `de`, `a`: particles of names, `João da Silva`)
          .replace(/\s+(?:in|aus|en|desde|à)\s+\p{Lu}.*$/u, '')
          .trim(),
      )
      // Printed twice, glued (`张三张三`) or spaced: the spaced test again once a counter or a date after it is gone
      // (`Jane Doe Jane Doe • 13K views`).
      .map((s) => onceIfTwice(s.length % 2 === 0 && s.slice(0, s.length / 2) === s.slice(s.length / 2) ? s.slice(0, s.length / 2) : s))
      // Two-character names are padded to the width of three: `赵 培`.
      .map((s) => (/^\p{Script=Han}(?:\s+\p{Script=Han}){1,2}$/u.test(s) ? s.replace(/\s+/g, '') : s))
      // Chinese bylines separate names with spaces: `王建宏 张文攀`.
      .flatMap((s) => (/^[\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})+$/u.test(s) && !japaneseNameOrder(s) ? s.split(/\s+/) : [s]))
      .filter(looksLikeName)
      .filter((s, i, names) => !(i > 0 && i === names.length - 1 && CLOSING_OUTLET.test(s)))
  );
}

/**
 * Whether `el` stands in a comment thread, the page's footer, an aside, an advertisement, a caption or a quote
 * (`closest('footer, aside, #comments, [class*="comment" i], .ad, [class^="ad-"], figcaption, blockquote,
 * [class*="pullquote" i]')`), up to the <body>. A <footer> inside an <article> is the article's own, where HTML
 * puts who wrote it (`<article>…<footer>Posted by <a rel="author">…`), not the page's. The classes of <body>
 * and <html> describe the page, and many sites list feature flags there (`f_comment_nofollow_on`,
 * `comments-open`) that say nothing of where the byline is.
 */
function creditsAnotherText(el: Element): boolean {
  return withinBody(
    el,
    (e) =>
      ((e.name === 'footer' || e.name === 'aside') && !articleFooter(e)) ||
      e.attribs['id'] === 'comments' ||
      COMMENT.test(e.attribs['class'] ?? '') ||
      // Not a box that holds the headline: NatGeo wraps its articles in `ad-template-type--article`.
      (AD_CLASS.test(e.attribs['class'] ?? '') && !holdsHeadline(e)) ||
      // A caption's `itemprop="author"` credits the photo; a quote's author is the one quoted.
      e.name === 'figcaption' ||
      // A teaser of another article: the byline inside a link to it that holds its headline and lead too (`<a
      // href="/other-story"><span>Warum …</span><span class="…__autor">Von Clara Müller</span></a>`).
      (e !== el && e.name === 'a' && !AUTHOR_PAGE.test(e.attribs['href'] ?? '') && teaserAround(e, el)) ||
      // or in a list's item beside the link to it (`<li><a href="/other-story">…</a><div class="…-autor">Im Wortlaut von …`)
      (e.name === 'li' && cleanText(textContent(e)).length <= MAX_TEASER && linksBeside(e, el)) ||
      // A picture's credit: after its label (`<strong>Foto:</strong> <p class="autor">Jaiver Nieto</p>`).
      (e === el && PHOTO_LABEL.test(cleanText(textOfPrevious(e)))) ||
      e.name === 'blockquote' ||
      PULL_QUOTE.test(e.attribs['class'] ?? ''),
  );
}
const COMMENT = /comment/i;
const PULL_QUOTE = /pull-?quote/i;
/** A link to an author's page, which a byline may wrap its name in. */
const AUTHOR_PAGE = /\/(?:authors?|autor(?:en|in)?|auteurs?|autore|people|profiles?|staff|redaktion|team)(?:\/|$)/i;
/** A picture's credit label alone: `Foto:`, `Photo`, `Bild:`, `Imagen:`. */
const PHOTO_LABEL = /^(?:fotos?|photos?|bild(?:er)?|imagen|image|crédito|credit)\s*:?$/i;

/** Whether link `a` holds much more text than the byline `el` inside it: a teaser's headline and lead. */
function teaserAround(a: Element, el: Element): boolean {
  return cleanText(textContent(a)).length > cleanText(textContent(el)).length + TEASER_TEXT;
}
const TEASER_TEXT = 40;
/** Longer than this, a list item is the article itself (a blog theme's `<li class="post">`), not a teaser. */
const MAX_TEASER = 500;

/** Whether `item` holds a link to a page other than an author's outside the byline `el`: a teaser list's item. */
function linksBeside(item: Element, el: Element): boolean {
  return someBelow(item, (a) => a.name === 'a' && !AUTHOR_PAGE.test(a.attribs['href'] ?? '') && !withinBody(a, (x) => x === el));
}

/** The text of the element before `el` among its parent's children (the label a credit stands after). */
function textOfPrevious(el: Element): string {
  const siblings = (el.parent as ParentNode | null)?.children ?? [];
  for (let i = siblings.indexOf(el) - 1; i >= 0; i--) {
    const n = siblings[i]!;
    if (isElement(n)) return textContent(n);
    if (n.type === 'text' && (n as { data: string }).data.trim()) return (n as { data: string }).data;
  }
  return '';
}

/** Whether a box holds an <h1> (once per box: every byline element below a large wrapper asks). */
const headlineHolders = new WeakMap<Element, boolean>();
function holdsHeadline(box: Element): boolean {
  let holds = headlineHolders.get(box);
  if (holds === undefined) headlineHolders.set(box, (holds = holdsH1(box)));
  return holds;
}
/**
 * An advertisement's box, `ad`/`ads` as a part of a class name (`ad-cell`, `normal_ad-item`, not `header`, `add-to-cart`):
 * its `ad-author` or `author-list` is the advertiser (`<div class="ad-cell-info"><span class="ad-author">`).
 */
const AD_CLASS = /(?:^|[\s_-])(?:ads?|advert\w*)(?=[\s_-]|$)/i;
/** In the page's <footer> or an <aside> (not an article's own, see articleFooter): the site's lines, not the byline. */
const inPageFooter = (el: Element): boolean => withinBody(el, (e) => (e.name === 'footer' || e.name === 'aside') && !articleFooter(e));

/** Footers of an article that list other articles (`<footer class="content-related">`), with their teasers' bylines. */
const OTHER_ARTICLES = /related|teaser|recommend/i;
/** An <article>'s own <footer> or <aside> (its byline column: `<aside class="article__aside">`), not one of related articles. */
const articleFooter = (footer: Element): boolean =>
  !OTHER_ARTICLES.test(`${footer.attribs['class'] ?? ''} ${footer.attribs['id'] ?? ''}`) && withinBody(footer, (a) => a.name === 'article');

/** Whether `el` or an ancestor below <body> passes `test`. */
function withinBody(el: Element, test: (e: Element) => boolean): boolean {
  for (let n: ParentNode | null = el; n && isElement(n as AnyNode); n = n.parent) {
    const e = n as Element;
    if (e.name === 'body' || e.name === 'html') return false;
    if (test(e)) return true;
  }
  return false;
}

/** Whether an element's class or id names a comment thread (`.comments`, `#comment-list`). */
export const namedAsComments = (e: Element): boolean => COMMENT.test(e.attribs['class'] ?? '') || COMMENT.test(e.attribs['id'] ?? '');

/**
 * Inside a box named as a comment thread or a comment (`#comments`, `.comment-meta`) that holds no <h1> (WordPress
 * names <body> `comments-open`, and some sites the article's wrapper `…-comments-enabled`): a reader's line.
 */
export function inReaderComment(el: Element): boolean {
  for (let n: ParentNode | null = el; n && isElement(n as AnyNode); n = n.parent) {
    const e = n as Element;
    if (e.name === 'body' || e.name === 'html') return false;
    if (namedAsReaderComment(e)) return !holdsH1(e);
  }
  return false;
}

/**
 * A class word or id that opens with comment(s), after one word at most (`comment-metadata`, `comments-area`,
 * `article-comments`, `#comment-288842`), and is not a link or counter to the thread (`comments-link`,
 * `comment-count`): the info line's own boxes say comments too (`date-and-comments`, `entry-comments-link`).
 */
const READER_COMMENT_WORD = /^(?:[a-z]+[-_]{1,2})?comments?(?![a-z])(?!.*(?:link|count|num|number|btn|button|icon|toggle|trigger)s?$)/i;
const namedAsReaderComment = (e: Element): boolean =>
  (e.attribs['class'] ?? '').split(/\s+/).some((w) => READER_COMMENT_WORD.test(w)) || READER_COMMENT_WORD.test(e.attribs['id'] ?? '');

/** In a comment thread (`.comment, .comments, #comments, [class*="comment" i], [id*="comment" i]`), below <body>. */
const inComments = (el: Element): boolean => withinBody(el, namedAsComments);

/**
 * In a byline, each link is one person (`By <a>Maya Gebeily</a> and <a>Anthony Deutsch</a>`, links side by side),
 * and so is each of a row of like elements (`<span class="simple">Birgit Baumann</span><span class="simple">…`).
 */
function bylineUnit(el: Element): boolean {
  if (el.name === 'a') return true;
  const cls = el.attribs['class'];
  if (!cls || !el.parent) return false;
  return (el.parent as ParentNode).children.some((c) => c !== el && isElement(c) && c.name === el.name && c.attribs['class'] === cls);
}

/**
 * The first byline element outside comments and side blocks that names someone, with the like elements beside it
 * (one link per co-author); `seen.agency` gets the agency a byline element names alone
 * (`<span class="author">AFP</span>`), which names no person but the text's origin.
 */
function bylineElements(
  ctx: PageContext,
  accept: (name: string) => boolean,
  seen: { agency: string | null },
  headline: string | null,
): Candidate<string[]> | null {
  let found: Candidate<string[]> | null = null;
  let foundEl: Element | null = null;
  for (const el of selectEachOr(ctx, BYLINE_SELECTOR, classNamesAuthor)) {
    if (found && foundEl) {
      // Each author in a link of their own (`Von <a rel="author">A</a> und <a rel="author">B</a>`): the like elements
      // beside the first are its co-authors. The first element unlike it ends the byline.
      if (!likeSibling(el, foundEl)) break;
      const first: Candidate<string[]> = found;
      const more = splitNames(cleanText(spacedText(el, bylineUnit))).filter((n) => accept(n) && !first.value.includes(n));
      if (more.length) found = { ...first, value: [...first.value, ...more] };
      continue;
    }
    if (creditsAnotherText(el)) continue;
    const node = ctx.$(el);
    const nameEl = node.find('[itemprop="name"]').first()[0];
    // Microdata may give the name as `<meta itemprop="name" content="…">`, whose text is empty: taken when the page
    // shows it (a name it shows nowhere is a CMS account, as for meta authors).
    const metaName = nameEl?.name === 'meta' ? cleanText(nameEl.attribs['content'] ?? '') : null;
    // Category and tag links in a byline's box name sections, not writers (`<div class="article-grouper-author"><span
    // class="article-category-grouper"><a>Salarios</a>`, `Politics | By Jane Doe`): read without them.
    if (node.is(CATEGORY)) continue;
    const box = !nameEl && node.find(CATEGORY).length ? node.clone().find(CATEGORY).remove().end()[0]! : el;
    const named =
      metaName !== null ? (metaName && pageText(ctx).includes(metaName) ? metaName : '') : spacedText(nameEl ?? box, bylineUnit);
    const text = withoutTranslator(cleanText(named));
    if (!text || text.length > 120 || labelledValue(text, 'editor') || labelledValue(text, 'source')) continue;
    // An element that holds the headline is the article's header or a breadcrumb ending in it, not its byline.
    if (headline && text.includes(headline)) continue;
    // Up to the lead (`05.06.2025 um 14:46 von Anne-Marie Slaughter`), unless the `von` is a name's (`Christoph von Ritter`).
    // (the text's own bounds first: `; Ursula von der Leyen ;`, as the element's parts are joined)
    const credit = PARTICLE_NAME.test(text.replace(/^[\s;]+|[\s;]+$/g, ''))
      ? text
      : text.replace(/^.*?\b(?:by|von)(?:\s*[:：])?\s+|^.*?(?:作者[:：]|记者[:：])\s*/i, '');
    const all = splitNames(credit).filter(accept);
    // Beside full names, a single word is a link's label (`Valve`, `Thursday`), not a co-author.
    const full = all.filter(isFullName);
    // Single words only: the first is the name (`Aureliana`), the links after it are categories (`Gefühle`).
    const names = full.length ? full : all.slice(0, 1);
    if (names.length) {
      found = { value: names, origin: 'byline-element', raw: text };
      foundEl = el;
    }
    // A byline of an agency alone (`<span class="author">AFP</span>`) names no person, but the text's origin; so does
    // a Chinese outlet's name there (`<div class="author-name">上观新闻</div>`, a portal's reprint).
    // Not a photo's credit (`Fotos: EL HERALDO/ AFP` in a `byline-image`): the agency took the picture.
    else if (notAnAuthor(text.trim()) !== 'photo-credit')
      seen.agency ??= agencyIn(text) ?? (MEDIA_NAME.test(text.trim()) ? text.trim() : null);
  }
  return found;
}

/** Links and boxes that name a section or a tag. */
const CATEGORY =
  '[class*="categor" i], [class*="rubri" i], [rel~="tag" i], [rel~="category" i], a[href*="/category/"], a[href*="/categories/"], a[href*="/tag/"], a[href*="/tags/"], a[href*="/rubrik/"]';

/** A name with `von` inside it, alone: `Christoph von Ritter`, `Ursula von der Leyen`. */
const PARTICLE_NAME = /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?\s+von(?:\s+(?:der|dem|den))?\s+\p{Lu}[\p{L}-]+$/u;

/** Another element of the same kind in the same parent: the same tag, class and rel (`<a rel="author">` beside one). */
function likeSibling(el: Element, first: Element): boolean {
  return (
    el !== first &&
    el.parent === first.parent &&
    el.name === first.name &&
    el.attribs['class'] === first.attribs['class'] &&
    el.attribs['rel'] === first.attribs['rel']
  );
}

const WRITTEN_BY = /written by|author|verfasst|geschrieben|autor|escrito|écrit/i;

/** Yoast's `twitter:label1 = Written by` / `twitter:data1 = Name` pair, or one `twitter:misc:Written by` meta. */
function twitterLabelAuthor(ctx: PageContext): Candidate<string[]> | null {
  for (const [key, values] of ctx.meta) {
    if (!key.startsWith('twitter:misc:') || !WRITTEN_BY.test(key.slice(13)) || !values[0]) continue;
    const names = splitNames(values[0]);
    if (names.length) return { value: names, origin: `meta:${key}`, raw: values[0] };
  }
  for (const i of ['1', '2']) {
    const label = ctx.meta.get(`twitter:label${i}`)?.[0] ?? '';
    const data = ctx.meta.get(`twitter:data${i}`)?.[0] ?? '';
    if (WRITTEN_BY.test(label) && data) {
      const names = splitNames(data);
      if (names.length) return { value: names, origin: 'meta:twitter:data', raw: data };
    }
  }
  return null;
}

/** `Autorin: Uta Staschewski, Projektleiterin der HSS` — a labelled name followed by a role. */
const LABELLED_NAME_WITH_ROLE = /(?:^|[^\p{L}])(?:Autor(?:in)?|Author|Auteur|Autore|Text)\s*[:：]\s*([^,，;|]{2,40}),/u;
/**
 * `… by Jane Doe` closing a line with a date before it, the lead in any language (`Veröffentlicht am 5. März 2012 von
 * Anna Schmidt`, `5 mars 2012 par Marie Dupont`): capitalised words, particles between (`Jan de Vries`).
 */
const BY_AFTER_DATE = new RegExp(
  `\\s(?:${nameCheck.bylineLeads
    .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])
    .map(escapeRegExp)
    .join('|')})\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Ll}{1,3}\\s+){0,2}\\p{Lu}[\\p{L}'’.-]*){0,3})\\s*$`,
  'u',
);
/** `Von Leonora Holling` alone on a short line: two to four capitalised words. */
const STRICT_BY_LINE = /^(?:[Bb]y|Von|Por|Par)(?:\s*:\s*|\s+)(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}.'-]*){1,3})$/u;

/**
 * Who posted it, in forum and blog info lines: `ggjjzhzz 发表于 2005-9-15 11:46:00`, `由海姑娘张贴 @ 2005-06-14`,
 * `发布时间 2005/03/15 22:36:13 by duscha`, `2004年7月16日08:19 [ 黄宇 ] 来源：…`.
 */
const POSTER_PATTERNS: Array<[RegExp, (name: string) => boolean]> = [
  [/^([^\s:：，,。]{2,20}?)\s*(?:发表于|發表於)[:：]?\s*\d{2,4}[-/.年]/u, () => true],
  // Blog footers: `由海姑娘张贴 @ 2005-06-14`, `由 张三 发表于 …` (posted by).
  [/^由\s*([^\s:：，,。@]{2,20}?)\s*(?:张贴|張貼|发表|發表|发布|發佈|发帖|發帖)(?:于|於)?\s*(?:@|\d|$)/u, () => true],
  [/\d{1,2}:\d{2}(?::\d{2})?\s+by\s+([\p{L}\p{N}_.-]{2,30})(?=\s|$)/iu, () => true],
  // a bracketed name after the time says nothing else but its shape
  [/\d{1,2}:\d{2}(?::\d{2})?\s*[[【]\s*([\p{Script=Han}·]{2,4})\s*[\]】]/u, (n) => looksLikeHanName(n)],
];

function posterCredit(text: string): string | null {
  for (const [re, ok] of POSTER_PATTERNS) {
    const m = re.exec(text);
    if (m && ok(m[1]!)) return m[1]!;
  }
  return null;
}

/** Far from the headline only explicit credits count: a label, a bare `Von Name` line, a poster outside comments. */
function creditAnywhere(ctx: PageContext): Candidate<string[]> | null {
  for (const line of ctx.lines) {
    if (line.text.length > 200) continue;
    const labelled = labelledValue(line.text, 'author') ?? LABELLED_NAME_WITH_ROLE.exec(line.text)?.[1] ?? null;
    const by = labelled ? null : STRICT_BY_LINE.exec(line.text)?.[1];
    const poster = labelled || by ? null : posterCredit(line.text);
    if (poster && inComments(line.block)) continue;
    const raw = labelled ?? by ?? poster;
    if (!raw) continue;
    if (by && sponsored(line)) continue;
    const names = splitNames(raw);
    if (names.length) return { value: names, origin: 'credit-line', raw: line.text };
  }
  return null;
}

/** A line in a sponsored link: a recommendation widget's `by Project Agora` names its sponsor, not an author. */
function sponsored(line: TextLine): boolean {
  return someBelow(line.block, (a) => a.name === 'a' && /(?:^|\s)sponsored(?:\s|$)/i.test(a.attribs['rel'] ?? ''));
}

/**
 * A byline line's credit up to where a date begins (`By Jane Doe March 5, 2024`: the byline and the date printed in
 * one line, spans side by side), and without the word that joined them (`Von R. R. am 07.08.2013`). The date scanner
 * knows every language's forms; the name patterns only the numeric ones, and a comma inside a date would split off
 * a second "name".
 */
function beforeDate(credit: string): string {
  if (!/\d/.test(credit)) return credit;
  // or a time alone (`Posted by Jane Doe at 10:30 AM in News`, Blogger's and Movable Type's footer)
  const time = TIME_AFTER_NAME.exec(credit);
  if (time) credit = credit.slice(0, time.index);
  const at = findDatesInText(credit)[0]?.index ?? -1;
  // (a weekday before the date belongs to it: `Margaret Ellison on Tuesday, March 5, 2012`)
  return at > 0 ? withoutWeekdayAtEnd(credit.slice(0, at)).replace(DATE_JOINER, '') : credit;
}
const TIME_AFTER_NAME = /\s+(?:at|um|à|a las|alle|om)\s+\d{1,2}[:.h]\d{2}(?!\d).*$/su;
// Lower case only: a capitalised `Le` or `Am` closing a credit is a surname (`Jane Le`).
const DATE_JOINER =
  /[\s,|•·–—-]*(?:(?<!\p{L})(?:am|on|at|op|le|el|il|em|på|vom|den|du|del|the|[Uu]pdated|[Aa]ktualisiert|[Pp]ublicado|[Pp]ublié)[\s,:]*)?$/u;

/** Written as a person's full name: two words or more, or in a script that writes names without spaces. */
const isFullName = (n: string): boolean => /\s/.test(n) || /\p{Script=Han}|[\u3040-\u30ff]|\p{Script=Hangul}/u.test(n);

/**
 * Beside full names, a one-word part of a credit is the place it was filed from or a desk (`Von Anna Schmidt und Peter
 * Müller, Berlin`, `By Jane Doe, Washington`), not a co-author; a credit of one-word names alone keeps them.
 */
function fullNamesFirst(names: string[]): string[] {
  const full = names.filter(isFullName);
  return full.length ? full : names;
}

/** How far below the headline a byline without a lead (`Anna Schmidt, dpa`) is looked for: the info line's place. */
const NAME_THEN_CREDIT_REACH = 8;
/** `Anna Schmidt, dpa`, `Jane Doe | CNN`, `Jane Doe, Contributor`: a full name, then what credits it (not `/`, a picture's). */
const NAME_THEN_CREDIT = /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’.-]*){1,3})\s*[,|•·–—]\s*(.{2,40})$/u;
const PICTURE_ROLE = /fotogra|photogra/i;

/**
 * A byline with no lead, a name and then its credit: the agency (`Anna Schmidt, dpa`), the outlet (`Jane Doe | CNN`,
 * `namesOutlet`) or the writer's role (`Jane Doe, Contributor`). Any other word after the name (`Anna Schmidt, Berlin`,
 * `Olaf Scholz, Bundeskanzler`) leaves it unread, and so does a picture's caption (`John Smith, Reuters` under a photo).
 */
function nameThenCredit(line: TextLine, namesOutlet: (part: string) => boolean): string | null {
  const m = line.text.length <= 80 ? NAME_THEN_CREDIT.exec(line.text) : null;
  if (!m || !looksLikeName(m[1]!) || notAnAuthor(m[1]!)) return null;
  const credit = m[2]!.trim();
  const credits =
    agencyNamed(credit) !== null || namesOutlet(credit) || (notAnAuthor(credit) === 'job-title' && !PICTURE_ROLE.test(credit));
  if (
    !credits ||
    withinBody(line.block, (e) => e.name === 'figure' || e.name === 'figcaption' || /caption|credit/i.test(e.attribs['class'] ?? ''))
  )
    return null;
  return m[1]!;
}

/** The parts of an info line: bars and bullets, and spaced dashes, join them (`Lundi 5 mars 2012 · Par Marie Dupont`). */
const INFO_PARTS = /\s*[|｜•·]\s*|\s+[–—-]\s+/u;
/**
 * An info line that prints the date first and the byline after it, in parts joined by bars and bullets (`Montag,
 * 05.03.2012 | von Anna Schmidt`, `Lunedì 5 marzo 2012 · di Mario Rossi e Luca Bianchi`): the byline's names. A bare
 * name beside the date (`Margaret Ellison | Mar 5th, 2012`) is not read: probed, as many such parts were a section or
 * a place (`Local News | March 5, 2012`, `Hong Kong - March 5, 2012`) as a name.
 */
function datedLineCredit(line: TextLine): Candidate<string[]> | null {
  if (!/\d/.test(line.text) || sponsored(line)) return null;
  const parts = line.text.split(INFO_PARTS).filter(Boolean);
  if (parts.length < 2 || !parts.some((p) => /\d/.test(p) && findDatesInText(p).length > 0)) return null;
  for (const part of parts) {
    const by = BY_LINE.exec(part);
    if (!by || !(/^[\p{Lu}\p{Lo}]/u.test(by[1]!) || OUR_STAFF.test(by[1]!))) continue;
    const names = fullNamesFirst(splitNames(beforeDate(by[1]!)));
    if (names.some(isFullName)) return { value: names, origin: 'byline-beside-date', raw: line.text };
  }
  return null;
}

/** The headline's line and what names the outlet, for the bylines that are read near it only. */
interface NearHeadline {
  headline: number;
  namesOutlet: (part: string) => boolean;
}

function visibleAuthors(lines: TextLine[], near?: NearHeadline): Candidate<string[]> | null {
  for (const [i, line] of lines.entries()) {
    if (line.text.length > 400 || inReaderComment(line.block) || inPageFooter(line.block)) continue;
    const labelled = labelledValue(line.text, 'author');
    if (labelled) return { value: fullNamesFirst(splitNames(beforeDate(labelled))), origin: 'visible-label', raw: line.text };
    const by = line.text.length <= 120 ? BY_LINE.exec(line.text) : null;
    // A name opens with a capital, or with a letter of a script that has none (`द्वारा राहुल शर्मा`, `โดย สมชาย ใจดี`); the
    // paper's own staff are named by their role first (`Von unserer Korrespondentin Anna Schmidt`).
    const byNames =
      by && (/^[\p{Lu}\p{Lo}]/u.test(by[1]!) || OUR_STAFF.test(by[1]!)) && !sponsored(line)
        ? fullNamesFirst(splitNames(beforeDate(by[1]!).replace(/\s*[|•·].*$/, '')))
        : [];
    // Several names of one word each are nouns (`Von Risiken und Nebenwirkungen`, a German heading), not people.
    if (byNames.length && !(byNames.length > 1 && byNames.every((n) => !/\s/.test(n) && !/\p{Script=Han}/u.test(n))))
      return { value: byNames, origin: 'byline', raw: line.text };
    // A byline of an agency alone (`Por Agencia EFE`) names no one: the reader after this one may, and the agency counts.
    if (by && !byNames.length && agencyIn(by[1]!)) return { value: [], origin: 'byline', raw: line.text };
    const partCredit = !by && line.text.length <= 120 ? datedLineCredit(line) : null;
    if (partCredit) return partCredit;
    // A blog's info line names the day, then who posted (`Posted on March 5, 2024 by Jane Doe`, WordPress's default).
    const after = line.text.length <= 120 ? BY_AFTER_DATE.exec(line.text) : null;
    if (after && findDatesInText(line.text.slice(0, after.index)).length && !sponsored(line))
      return { value: splitNames(after[1]!), origin: 'byline-after-date', raw: line.text };
    const credited = near && line.index <= near.headline + NAME_THEN_CREDIT_REACH ? nameThenCredit(line, near.namesOutlet) : null;
    if (credited) return { value: [credited], origin: 'name-then-credit', raw: line.text };
    const reporters = reporterCredit(line.text);
    if (reporters) {
      // Credits stack: `本报实习生 刘国栋 周炜` over `本报记者 王燕平 方云凤`.
      const next = lines[i + 1];
      const more = next && next.index === line.index + 1 ? (reporterCredit(next.text) ?? []) : [];
      return { value: [...reporters, ...more], origin: 'reporter-credit', raw: line.text };
    }
  }
  return null;
}

/** Han names alone on a line: `胡平`, `赵延东、风笑天`. */
function bareHanNames(text: string): string[] | null {
  if (text.length > 20) return null;
  const parts = text.split(/\s*[、，,]\s*|\s+/);
  return parts.every((p) => /^[\p{Script=Han}·]{2,4}$/u.test(p)) ? parts : null;
}

/**
 * Essays, papers and forum archives sign under the headline: `犬儒病(上)` / `胡平`. A bare line of
 * Han names right under a heading-like line: the headline, a heading element, the page's first line,
 * or a repeat of an earlier line (the title again at the top of the text). The names must read as
 * names (a common surname) or open the headline (`茉莉：我是怎样卷入八九民运的`).
 */
function namesUnderHeading(ctx: PageContext, headline: number): Candidate<string[]> | null {
  const from = Math.max(0, headline);
  const lines = ctx.lines.slice(from, from + (headline >= 0 ? 8 : 30));
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const above = lines[i - 1]!;
    const names = line.linkChars ? null : bareHanNames(line.text);
    // `编辑 王五 校对 赵六`: credits written without colons are labels and names, not a line of names.
    if (!names || names.some(isLabelWord) || above.linkChars || above.text.length > 60 || /[。！？!?]$/.test(above.text)) continue;
    const heading =
      above.index === headline ||
      above.index === 0 ||
      /^h[1-6]$/.test(above.block.name) ||
      lines.slice(0, i - 1).some((l) => l.text.includes(above.text));
    if (!heading) continue;
    const signed = names.some((n) => lines.some((l) => l.text.startsWith(`${n}：`) || l.text.startsWith(`${n}:`)));
    if (signed || names.some(looksLikeHanName)) return { value: names, origin: 'name-under-heading', raw: line.text };
  }
  return null;
}

/**
 * Chinese portals fill <meta name="author"> with the site or channel, and credit the reporter in
 * the visible text; elsewhere the meta author is the better signal.
 */
const foldName = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The site itself named as author: `Automobilwoche` on automobilwoche.de, `Ultima Hora` on
 * ultimahora.com. A host only excludes names it contains whole: personal sites carry the
 * author's name (`Mattias Geniar` on ma.ttias.be).
 */
/** Do whole words of the name fold to the host (`EFC Bayrische Bembel` → bayrischebembel; not `Limespacer` → limespace)? */
function wholeWordsFold(name: string, host: string): boolean {
  const words = name
    .split(/[\s\-–—_.]+/)
    .map(foldName)
    .filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let j = i; j < words.length && run.length < host.length; j++) {
      run += words[j];
      if (run === host) return true;
    }
  }
  return false;
}

function namesTheSite(name: string, siteNames: string[], host: string | null): boolean {
  const f = foldName(name);
  // Two Han characters name a portal (`网易` on 网易新闻); two Latin letters are initials.
  const min = /\p{Script=Han}/u.test(f) ? 2 : 3;
  if (f.length < min) return false;
  // The host whole inside the name: `EFC Bayrische Bembel` on bayrische-bembel.de.
  if (host && host.length >= 3 && (host.includes(f) || (host.length >= 6 && wholeWordsFold(name, host)))) return true;
  // The outlet's short name before a desk or a region (`SWR Sport` on swr.de, `MDR THÜRINGEN` on mdr.de, `n-tv NACHRICHTEN`
  // on n-tv.de); a first name in title case that is also the host (`Kay Smith` on kay.com) is a person's.
  const first = name.trim().split(/\s+/);
  if (host && first.length > 1 && foldName(first[0]!) === host && !/^\p{Lu}\p{Ll}+$/u.test(first[0]!)) return true;
  return siteNames.some((s) => s.length >= min && (s.includes(f) || f.includes(s)));
}

/**
 * Bylines and JSON-LD often give a first name only (`Nils`) where the page credits the full name:
 * `Eine Kolumne von Nils Pickert`, `Nils Pickert ist freier Autor…`, `MEHR VON HENRY STEINHAU`.
 * A single capitalised word is completed by a surname that follows it in a credit: at the start
 * of a line or after by/von.
 */
/** Words that follow a name in a credit without being its surname: `Von Henry In Aktuell`. */
const FUNCTION_WORD = /^(?:in|im|am|an|on|at|auf|bei|mit|und|and|the|der|die|das|for|für|zu|zum|of|aus|from)$/i;

/**
 * A credit's capitalised first word and the capitalised word after it, at the start of a line or after by/von/from:
 * one matcher for every author name (a RegExp per name, run over every line, cost names × lines). The surname is
 * read in a lookahead so that adjacent credits (`By Nils By Anna Smith`) are each seen.
 */
// The by/von prefix is tried before the line start: otherwise `^` would take `Von` as the first name and consume it.
const CREDIT_FIRST_NAME = /(?:\b(?:[Bb]y|BY|[Vv]on|VON|[Ff]rom|FROM)\s+|^)(\p{Lu}\p{Ll}+|\p{Lu}+)(?=\s+(\p{Lu}[\p{L}'-]+))/gu;

function fullName(names: string[], lines: TextLine[]): string[] {
  // first names to complete, by the forms a credit writes them in (`Nils`, `NILS`)
  const wanted = new Map<string, string>();
  for (const name of names) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(name)) continue;
    wanted.set(name, name);
    wanted.set(name.toUpperCase(), name);
  }
  const targets = new Set(wanted.values()).size;
  const full = new Map<string, string>();
  for (const line of lines) {
    if (full.size === targets) break;
    if (line.text.length > 300) continue;
    const tried = new Set<string>(); // a name's first credit in a line decides for that line
    for (const m of line.text.matchAll(CREDIT_FIRST_NAME)) {
      const name = wanted.get(m[1]!);
      if (!name || full.has(name) || tried.has(name)) continue;
      tried.add(name);
      const surname = m[2]!;
      const whole = `${name} ${surname[0]}${surname.slice(1).toLowerCase()}`;
      if (!FUNCTION_WORD.test(surname) && !NAME_TAIL.test(` ${surname}`) && !NOT_NAME.test(surname) && looksLikeName(whole))
        full.set(name, whole);
    }
  }
  return names.map((n) => full.get(n) ?? n);
}

/** `https://www.example.com/editors/jon-fingas` → `Jon Fingas`: an author page's slug, when it has a first and last name. */
function authorSlug(value: string): string | null {
  const m = /^https?:\/\/[^/]+\/(?:[^?#]*\/)?(?:authors?|editors?|autor(?:en)?|staff|people|profiles?)\/([a-z]+(?:-[a-z]+){1,2})\/?$/i.exec(
    value,
  );
  return m
    ? m[1]!
        .split('-')
        .map((w) => w[0]!.toUpperCase() + w.slice(1))
        .join(' ')
    : null;
}

/** Who the footer's `© 2022 Condé Nast. All rights reserved.` names, folded. */
function copyrightHolder(lines: TextLine[]): string | null {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 60); i--) {
    const m = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4})?)?\s*([^|]{3,80})/i.exec(lines[i]!.text);
    if (m) return foldName(m[1]!);
  }
  return null;
}

/**
 * The meta author, from the first key that names someone. The software's own credit is skipped,
 * and so is the copyright holder when another key names someone else (`author` = `Condé Nast`,
 * `article:author` = `Alex Hutchinson`): a personal site's holder is its author.
 */
function metaAuthor(ctx: PageContext): Candidate<string[]> | null {
  const generator = ctx.meta.get('generator')?.[0];
  const found: Array<Candidate<string[]>> = [];
  for (const key of AUTHOR_META) {
    // One citation_author tag per author; other keys are read once (a repeated meta author is a duplicate, or a
    // review's `itemprop="author"`, which the meta lookup does not tell from the page's).
    const raw = key === 'citation_author' ? ctx.meta.get(key)?.join('; ') : ctx.meta.get(key)?.[0];
    if (!raw || creditsSoftware(raw, generator)) continue;
    const value = splitNames(authorSlug(raw) ?? raw);
    if (value.length) found.push({ value, origin: `meta:${key}`, raw });
  }
  const holder = found.length > 1 ? copyrightHolder(ctx.lines) : null;
  const names = (c: Candidate<string[]>): boolean =>
    !!holder && c.value.some((n) => foldName(n).length >= 4 && holder.includes(foldName(n)));
  return found.find((c) => !names(c)) ?? found[0] ?? null;
}

/** Forum and CMS software credits itself in meta author (`Discuz! Team`); meta generator names it too. */
function creditsSoftware(author: string, generator: string | undefined): boolean {
  const product = generator ? /\p{L}{4,}/u.exec(generator)?.[0] : undefined;
  return !!product && author.toLowerCase().includes(product.toLowerCase());
}

export interface KnownFields {
  editor: string | null;
  source: string | null;
  siteName: string | null;
}

export function readAuthors(ctx: PageContext, headline: number, known: KnownFields, chinese: boolean): string[] {
  return readAuthorCredits(ctx, headline, known, chinese).authors;
}

/** The candidate, with only the names the page's visible text shows (case aside); null when none is shown. */
function shownOnPage(ctx: PageContext, c: Candidate<string[]> | null): Candidate<string[]> | null {
  if (!c) return null;
  const text = pageText(ctx).toLowerCase();
  const shown = c.value.filter((n) => text.includes(cleanText(n).toLowerCase()));
  return shown.length ? { ...c, value: shown } : null;
}

/** The byline element's names when they hold every name of `c` and more: the full list of co-authors. */
function completedByByline(c: Candidate<string[]>, shown: Candidate<string[]> | null): Candidate<string[]> {
  if (!shown || shown.value.length <= c.value.length) return c;
  const stated = new Set(c.value.map(foldName));
  const names = new Set(shown.value.map(foldName));
  // The names it adds are written as names are (`Theresa Martus`, not `originally created` from the byline's notes).
  const added = shown.value.filter((n) => !stated.has(foldName(n)));
  return c.value.every((n) => names.has(foldName(n))) && added.every((n) => !/^[\p{Ll}\s.'-]+$/u.test(n)) ? shown : c;
}

/** A headline this long, found inside a byline element, says the element is more than a byline. */
const MIN_HEADLINE_IN_BYLINE = 10;

/**
 * Authors, and the news agency the credits name (`dpa`, `(Reuters)`, `新华社`): an agency is the
 * text's origin, not an author, so a credit naming only an agency gives no author and the chain goes
 * on to the next reader; the agency is returned for `source` when the page names no 来源.
 */
export function readAuthorCredits(
  ctx: PageContext,
  headline: number,
  known: KnownFields,
  chinese: boolean,
): { authors: string[]; agency: string | null } {
  const { editor, source, siteName } = known;
  // The editor and the source are never the author; the site is, when it is a person's own site.
  const excluded = new Set([editor, source].filter((x): x is string => !!x).map((x) => x.toLowerCase()));
  const siteNames = [editor, source, siteName, ctx.jsonld.publisher].filter((x): x is string => !!x).map(foldName);
  // The registrable domain's name only: on a shared host (surfguard.wordpress.com) the tenant's label is its owner's.
  const host = ctx.host ? foldName(siteKey(ctx.host).split('.')[0] ?? '') || null : null;
  // A personal site is named after its owner, who writes it: a Person publisher, `Matthew Davis's Blog`.
  const possessor = /^(.{3,40}?)['’]s\s/.exec(siteName ?? '')?.[1];
  const owners = [ctx.jsonld.publisherIsPerson ? ctx.jsonld.publisher : null, possessor].filter((x): x is string => !!x).map(foldName);
  const accept = (n: string): boolean =>
    !excluded.has(n.toLowerCase()) &&
    (owners.includes(foldName(n)) || (n.toLowerCase() !== siteName?.toLowerCase() && !namesTheSite(n, siteNames, host)));
  const fromRule = (): Candidate<string[]> | null => {
    const raw = ruleText(ctx, ctx.rule?.fields?.authors);
    return raw ? { value: splitNames(raw), origin: 'site-rule', raw } : null;
  };
  const jsonLd = (): Candidate<string[]> | null =>
    ctx.jsonld.authors.length
      ? { value: ctx.jsonld.authors.flatMap(splitNames), origin: 'json-ld', raw: ctx.jsonld.authors.join('; ') }
      : null;
  // A meta author the page shows nowhere is a CMS account (`Manniac`, `Robert Harm`), not the text's credited author.
  const meta = (): Candidate<string[]> | null => shownOnPage(ctx, metaAuthor(ctx));
  const bylineSeen = { agency: null as string | null };
  const headlineText =
    headline >= 0 && (ctx.lines[headline]?.text.length ?? 0) >= MIN_HEADLINE_IN_BYLINE ? ctx.lines[headline]!.text : null;
  // Read once: the meta author asks it to complete its names, and the chain may ask again after.
  let bylineRead: Candidate<string[]> | null | undefined;
  const byline = (): Candidate<string[]> | null =>
    bylineRead === undefined ? (bylineRead = bylineElements(ctx, accept, bylineSeen, headlineText)) : bylineRead;
  const visible = (): Candidate<string[]> | null =>
    headline >= 0
      ? visibleAuthors(ctx.lines.slice(Math.max(0, headline - 3), headline + 25), { headline, namesOutlet: (part) => !accept(part) })
      : visibleAuthors(ctx.lines.slice(0, 60));
  // Read in order, each only when the ones before it gave no name.
  const chain: Array<() => Candidate<string[]> | null> = [
    fromRule,
    jsonLd,
    ...(chinese ? [byline, visible, () => namesUnderHeading(ctx, headline), meta] : [meta, () => twitterLabelAuthor(ctx), byline, visible]),
    () => creditAnywhere(ctx),
  ];
  // Meta and JSON-LD authors that name only an agency give no candidate; their agency still counts.
  const rawCredits = [...AUTHOR_META.map((k) => ctx.meta.get(k)?.[0] ?? ''), ...ctx.jsonld.authors, ...ctx.jsonld.authorOrganisations];
  let agency: string | null = rawCredits.map(agencyIn).find((a) => a) ?? null;
  for (const read of chain) {
    let c = read();
    if (!c) continue;
    // A meta author names one writer where the byline shows them all (`<meta name="author" content="A">`, `Von A und B`).
    if (read === meta) c = completedByByline(c, byline());
    agency ??= agencyIn(c.raw) ?? bylineSeen.agency;
    // A candidate that names an organisation anywhere (`Olympia-Verlag GmbH, Nürnberg, Germany`) is an address, not a byline.
    const parts = c.raw.split(',').map((p) => p.trim());
    if ((ORGANISATION.test(c.raw) && parts.length > 2) || parts.slice(1).some((p) => PLACE_PART.test(p))) continue;
    // Names split out of an organisation's own name (`Landesanstalt für Wald und Forstwirtschaft`) are not people.
    const organisations = c.raw.split(/[,;|]/).filter(isOrganisation).map(foldName);
    const names = [...new Set(c.value)].filter((n) => accept(n) && !organisations.some((o) => o.includes(foldName(n))));
    if (!names.length) continue;
    // Structured data names the writers, and the visible byline the agency beside them (`Anna Schmidt, dpa`, `By Jane
    // Doe | Reuters`): the agency is still the text's origin.
    if (!agency && (read === jsonLd || read === meta))
      agency = agencyIn(byline()?.raw ?? '') ?? bylineSeen.agency ?? agencyIn(visible()?.raw ?? '');
    return { authors: record(ctx, 'authors', { ...c, value: fullName(names, ctx.lines) }) ?? [], agency };
  }
  return { authors: [], agency: agency ?? bylineSeen.agency };
}
