/**
 * extract(): one saved page → one Article.
 * bytes → decode → parse once (cheerio) → read fields (before pruning: the info line and
 * breadcrumbs live in chrome) → prune (hidden, spam, chrome, field lines) → body (Readability
 * on linkedom over what is left) → filter the body → Article.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { Article, ExtractOptions, RemovedBlock, SpamSummary } from './types.js';
import { ExtractError, asExtractError } from './errors.js';
import { decodeBytes, isProbablyBinary, looksLikeHtml } from './decode/index.js';
import { loadHtml } from './parse/load.js';
import { renderHeldMarkup, renderStateArticle } from './parse/held-markup.js';
import { readEmbeddedState, STATE_MARK } from './parse/state.js';
import { readMeta } from './parse/meta.js';
import { readJsonLd } from './parse/jsonld.js';
import { collectLines } from './parse/lines.js';
import { findRule, hostOf } from './rules/index.js';
import { linesNearHeadline, type PageContext } from './fields/context.js';
import { readHeadline } from './fields/title.js';
import { readDescription, statedDescriptions } from './fields/description.js';
import { headlineLineIndex, readDates } from './fields/date.js';
import { inUtc, languageZone } from './dates/index.js';
import { readAuthorCredits, readEditor, readSource } from './fields/people.js';
import { agencyIn, creditedAgencies, datelineAgency, notAnAuthor } from './fields/authorcheck.js';
import { readBreadcrumb, readSiteName, sectionLabels } from './fields/site.js';
import { isChinese, languageSample, readLang } from './fields/lang.js';
import { prunePage } from './prune/index.js';
import { extractBody } from './body/index.js';
import { isMetadataLine } from './body/filters.js';
import { textDumpToHtml } from './textdump/index.js';
import { firstEntryRoot } from './body/entries.js';
import { Heuristics } from './heuristics/index.js';
import { readPageUrl } from './fields/url.js';
import { readImage, readTags } from './fields/media.js';
import { MAX_NESTING, MAX_PARSE_NESTING, capNesting, dropDeepTags } from './parse/depth.js';
import { capWidth } from './prune/wide.js';
import { MAX_TEXT_NODE, capTextNodes } from './prune/long-text.js';
import { sanitizeArticle } from './sanitize.js';
import { MAX_CHAR_RUN, capCharRuns } from './parse/runs.js';
import { checkDom } from './body/readability.js';

/** Pages above this size are refused: real articles are far smaller, and parse time grows with size. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
const EXCERPT_CHARS = 200;

interface Decoded {
  text: string;
  encoding: string | null;
  warnings: string[];
}

function decodeInput(input: string | Uint8Array, options: ExtractOptions): Decoded {
  if (typeof input === 'string') {
    if (input.length > MAX_INPUT_BYTES)
      throw new ExtractError('too-large', `input is ${input.length} characters; the limit is ${MAX_INPUT_BYTES}`);
    return { text: input, encoding: null, warnings: [] };
  }
  if (input.length === 0) throw new ExtractError('empty', 'input is empty (0 bytes)');
  if (input.length > MAX_INPUT_BYTES)
    throw new ExtractError('too-large', `input is ${input.length} bytes; the limit is ${MAX_INPUT_BYTES}`);
  if (isProbablyBinary(input)) throw new ExtractError('binary', 'input looks binary, not an HTML or text page');
  const decoded = decodeBytes(input, { contentType: options.contentType });
  return { text: decoded.text, encoding: decoded.encoding, warnings: [...decoded.warnings] };
}

const NO_SPAM: SpamSummary = { detected: false, blocks: 0, links: 0, hosts: [] };

/**
 * One page → one Article. Throws only ExtractError: a page it cannot read (`empty`, `binary`, `too-large`, …),
 * `timeout` past `options.timeoutMs`, and `internal` for an exception no stage expected (a bug).
 */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Article {
  try {
    return sanitizeArticle(extractUnguarded(input, options));
  } catch (e) {
    throw asExtractError(e);
  }
}

/** Throws ExtractError('timeout') once the time budget is spent; called between stages. */
type Checkpoint = (stage: string) => void;

function timeBudget(timeoutMs: number | undefined): Checkpoint {
  if (timeoutMs === undefined || !Number.isFinite(timeoutMs)) return () => {};
  const start = performance.now();
  return (stage) => {
    const spent = performance.now() - start;
    if (spent > timeoutMs)
      throw new ExtractError('timeout', `no result within ${timeoutMs} ms (${Math.round(spent)} ms spent, at ${stage})`);
  };
}

const TEXTAREA_TAG = /<textarea/i;

function extractUnguarded(input: string | Uint8Array, options: ExtractOptions): Article {
  const checkpoint = timeBudget(options.timeoutMs);
  if (options.dom !== undefined) checkDom(options.dom); // a missing jsdom fails every page, not into a weaker body
  const decoded = decodeInput(input, options);
  checkpoint('decode');
  if (!decoded.text.trim()) throw new ExtractError('empty', 'input has no text');
  const format = options.format ?? (looksLikeHtml(decoded.text) ? 'html' : 'text');
  const removed: RemovedBlock[] = [];
  // Runs of one character are capped first, before a text dump's spam scan too: its tokenizer's pattern over a
  // run of millions (`中` × 4M, found by the fuzzer) overflowed the stack in one process of many.
  const runs = capCharRuns(decoded.text);
  if (runs.cut) decoded.warnings.push(`cut ${runs.cut} characters from runs of one character longer than ${MAX_CHAR_RUN}`);
  let html = runs.text;
  if (format === 'text') {
    const dump = textDumpToHtml(runs.text, { extraKeywords: options.spamKeywords ?? [] });
    html = dump.html;
    removed.push(...dump.removed);
  }
  const shallow = dropDeepTags(html);
  if (shallow.dropped) decoded.warnings.push(`dropped ${shallow.dropped} tags nested deeper than ${MAX_PARSE_NESTING} levels`);
  const $ = loadHtml(shallow.html);
  // Before the caps below, which then bound the rendered markup too; a string test spares the walk on pages without.
  if (TEXTAREA_TAG.test(shallow.html)) renderHeldMarkup($);
  if (STATE_MARK.test(shallow.html)) renderStateArticle($, readEmbeddedState($));
  const flattened = capNesting($.root()[0]!);
  if (flattened)
    decoded.warnings.push(`flattened ${flattened} element${flattened === 1 ? '' : 's'} nested deeper than ${MAX_NESTING} levels`);
  const wide = capWidth($.root()[0]!); // after capNesting, whose flattening can make an element wide
  decoded.warnings.push(...wide.warnings);
  removed.push(...wide.removed);
  const longText = capTextNodes($.root()[0]!);
  if (longText) decoded.warnings.push(`cut ${longText} characters from text runs longer than ${MAX_TEXT_NODE} characters between tags`);
  checkpoint('parse');
  const article = extractFromDocument($, options, removed, format === 'text', checkpoint);
  article.encoding = decoded.encoding;
  article.warnings.unshift(...decoded.warnings);
  return article;
}

/** `options.capturedAt` in ms since the epoch; a value that names no instant is the caller's mistake, said so. */
function captureTime(capturedAt: ExtractOptions['capturedAt']): number | null {
  if (capturedAt === undefined) return null;
  const ms = capturedAt instanceof Date ? capturedAt.getTime() : Date.parse(capturedAt);
  if (Number.isNaN(ms)) throw new ExtractError('extract', `capturedAt: "${String(capturedAt)}" is not a date and time`);
  return ms;
}

function extractFromDocument(
  $: CheerioAPI,
  options: ExtractOptions,
  removed: RemovedBlock[],
  fromText: boolean,
  checkpoint: Checkpoint,
): Article {
  const meta = readMeta($);
  const { url, origins } = readPageUrl($, meta, options.url ?? null);
  const host = hostOf(url);
  const heuristics = new Heuristics(options.heuristics);
  const ctx: PageContext = {
    // The caller's URL or the page's canonical one: the authors' site-name test reads only its registrable domain,
    // so a blog owner named after their tenant host (surfguard on surfguard.wordpress.com) stays an author.
    $,
    url,
    host,
    meta,
    jsonld: readJsonLd($),
    lines: collectLines($),
    rule: findRule(host, options.rules),
    entry: heuristics.on('listing-first-post') ? firstEntryRoot($) : null,
    origins,
  };
  const warnings: string[] = [];
  checkpoint('read');

  const { title, kicker } = readHeadline(ctx);
  const headline = headlineLineIndex(ctx, title);
  const crumb = readBreadcrumb(ctx, headline);
  const lang = readLang(ctx, languageSample(ctx.lines));
  let source = readSource(ctx, headline, isChinese(lang));
  const editor = readEditor(ctx, headline);
  const dates = readDates(ctx, title, lang, captureTime(options.capturedAt));
  // In UTC on request; a date written without an offset, in the zone the page's language places it in, if any.
  const pageZone = options.dateZone === 'utc' ? languageZone(lang) : null;
  const inZone = (iso: string | null): string | null => (iso && options.dateZone === 'utc' ? inUtc(iso, pageZone) : iso);
  const date = inZone(dates.date);
  const dateModified = inZone(dates.dateModified);
  const siteName = readSiteName(ctx, crumb, title);
  const credits = readAuthorCredits(ctx, headline, { editor, source, siteName }, isChinese(lang));
  let authors = credits.authors;
  // A credit that names a news agency (`dpa`, `(Reuters)`, `新华社`) gives the text's origin.
  if (!source && credits.agency) {
    source = credits.agency;
    ctx.origins.push({ field: 'source', origin: 'agency-credit', raw: credits.agency });
  }
  const section = sectionLabels(ctx, crumb, title, siteName);

  // Lines near the headline that became fields go before the body is read.
  const near = headline >= 0 ? linesNearHeadline(ctx, headline) : [];
  checkpoint('fields');
  const fieldLines = near.filter((l) => l.index !== headline && isMetadataLine(l.text, { title, source, editor, authors }));
  if (crumb.line) fieldLines.push(crumb.line);

  ctx.pruned = true; // from here on the page changes
  const pruned = prunePage($, {
    lines: ctx.lines,
    fieldLines,
    rule: ctx.rule,
    context: { pageHost: host, extraKeywords: options.spamKeywords ?? [], warnings, heuristics },
  });
  removed.push(...pruned.removed);
  checkpoint('prune');

  const ruleBody = ctx.rule?.body ? ($(ctx.rule.body).first()[0] as Element | undefined) : undefined;
  const body = extractBody($, {
    url,
    ruleBody,
    entry: ctx.entry,
    useReadability: !fromText,
    fields: { title, source, editor, authors, crumbs: crumb.labels },
    descriptions: statedDescriptions(ctx),
    images: options.images,
    tables: options.tables,
    heuristics,
    dom: options.dom,
  });
  checkpoint('body');
  warnings.push(...body.warnings);
  const creditAgency = body.creditAuthor ? agencyIn(body.creditAuthor) : null;
  if (!source && creditAgency) {
    source = creditAgency;
    ctx.origins.push({ field: 'source', origin: 'agency-credit', raw: body.creditAuthor! });
  }
  // A dateline opening the story (`新华社北京3月5日电（记者张三）…`) names the agency the text came from.
  for (const paragraph of source ? [] : firstParagraphs(body.text, 5)) {
    source = datelineAgency(paragraph);
    if (!source) continue;
    ctx.origins.push({ field: 'source', origin: 'dateline', raw: paragraph.slice(0, 40) });
    break;
  }
  // So does an agency's credit closing it (`(Reuters)`, `（新华社）`): the text keeps it, as the page prints it.
  for (const paragraph of source
    ? []
    : body.text
        .slice(-200)
        .split(/\n\s*\n/)
        .slice(-2)
        .reverse()) {
    source = creditedAgencies(paragraph);
    if (!source) continue;
    ctx.origins.push({ field: 'source', origin: 'closing-agency', raw: paragraph });
    break;
  }
  if (
    !authors.length &&
    body.creditAuthor &&
    !creditAgency &&
    !notAnAuthor(body.creditAuthor) &&
    ![editor, source, siteName].includes(body.creditAuthor)
  ) {
    authors = [body.creditAuthor];
    ctx.origins.push({ field: 'authors', origin: 'trailing-credit', raw: body.creditAuthor });
  }
  if (!body.text) warnings.push('no article body found');

  const spam = pruned.spam.detected
    ? pruned.spam
    : removed.some((r) => r.kind === 'spam')
      ? { ...NO_SPAM, detected: true, blocks: removed.filter((r) => r.kind === 'spam').length }
      : NO_SPAM;

  const description = readDescription(ctx, title, body.text);
  const article: Article = {
    url,
    title,
    kicker,
    description,
    source,
    siteName,
    section,
    date,
    dateModified,
    authors,
    editor,
    lang,
    image: readImage(ctx, fromText ? null : body.html),
    tags: readTags(ctx),
    text: body.text,
    html: fromText ? null : body.html,
    // The page's own summary, when it has one, says more than the opening paragraph.
    excerpt: description ? description.slice(0, EXCERPT_CHARS) : body.text ? body.text.split('\n\n')[0]!.slice(0, EXCERPT_CHARS) : null,
    encoding: null,
    spam,
    removed,
    warnings,
  };
  if (options.debug) article.origins = ctx.origins;
  return article;
}

/** The first `count` paragraphs of a body's text (paragraphs are separated by blank lines). */
function firstParagraphs(text: string, count: number): string[] {
  return text.slice(0, 2000).split(/\n\s*\n/, count);
}
