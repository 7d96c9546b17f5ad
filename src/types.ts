/**
 * Public types of newsclean. The Article is the stable JSON contract documented in the README:
 * absent values are `null` or `[]`, never guessed.
 */

/** Why a block was dropped from the page before the body was read. */
export type RemovedKind = 'spam' | 'hidden' | 'chrome';

/** A block dropped from the page before the body was read (the Article's `removed` list). */
export interface RemovedBlock {
  /** Why it went: injected spam, hidden by the page, or portal chrome. */
  kind: RemovedKind;
  /** Short machine-readable reason, e.g. `spam-lexicon`, `inline-display-none`, `share-bar`. */
  reason: string;
  /** Characters of text the block held. */
  chars: number;
  /** The block's first 80 characters of text. */
  sample: string;
}

/** What the spam audit found on the page. */
export interface SpamSummary {
  /** True when any injected spam was found and dropped. */
  detected: boolean;
  /** Number of spam blocks dropped. */
  blocks: number;
  /** Number of links inside them. */
  links: number;
  /** Distinct off-site hosts those links point to. */
  hosts: string[];
}

/** Which candidate of a field's priority chain won, for debugging (`options.debug`). */
export interface FieldOrigin {
  /** The field the candidate filled. */
  field: keyof ArticleFields | 'url';
  /** e.g. `site-rule`, `json-ld`, `meta:og:title`, `h1`, `info-line`, `url`. */
  origin: string;
  /** The candidate's text as found on the page. */
  raw: string;
}

/** The metadata fields read from the page. */
export interface ArticleFields {
  /** The headline, without the site name a `<title>` appends. */
  title: string | null;
  /**
   * The kicker over the headline (`Akkutechnik` in `Akkutechnik: Hat Quantumscape …`), from the
   * heading's own markup. `title` keeps it only where the page's title metadata names the two together.
   */
  kicker: string | null;
  /** The page's summary of the article (the dek): its meta/og description, when it speaks of this article. */
  description: string | null;
  /** The original publisher named on the page (来源/來源), not the portal. */
  source: string | null;
  /** The portal or site the page was saved from. */
  siteName: string | null;
  /** Breadcrumb labels, root first; with no breadcrumb, the section(s) the page's metadata names. */
  section: string[];
  /** ISO 8601 with offset when known (Chinese pages without a zone get +08:00, Japanese and Korean ones +09:00); see `ExtractOptions.dateZone`. */
  date: string | null;
  /** When the page says it was last updated; same format as `date`. */
  dateModified: string | null;
  /** The writers (记者/作者, bylines), in page order; never the editor or the source. */
  authors: string[];
  /** 编辑/责任编辑: kept apart from authors and source. */
  editor: string | null;
  /** BCP 47 primary tag, e.g. `zh`, `en`, `de`; `zh-Hant` is not guessed. */
  lang: string | null;
  /**
   * The lead image as an absolute URL when the page's URL is known: `og:image`, else the JSON-LD `image`,
   * else the first image of the body.
   */
  image: string | null;
  /** Topic tags: `article:tag`, `news_keywords` and JSON-LD `keywords`, de-duplicated, in that order. */
  tags: string[];
}

/** One cleaned page: the fields, the body, and what was removed on the way. */
export interface Article extends ArticleFields {
  /**
   * The page's URL: `options.url` (or the batch input's URL), else the page's `<link rel=canonical>`,
   * else its `og:url` (absolute http(s) URLs only; `origins` says which with `debug`).
   */
  url: string | null;
  /**
   * Body paragraphs separated by a blank line. A table is one paragraph with a row per line and its cells
   * separated by ` | `; a figure contributes its caption.
   */
  text: string;
  /**
   * Clean semantic body HTML (p, h2–h4, ul/ol/li, blockquote, pre, figure/img/figcaption, table, and inline
   * links/emphasis), sanitised; null for text dumps.
   */
  html: string | null;
  /** The description when the page has one, else the first paragraph; at most 200 characters. */
  excerpt: string | null;
  /** The encoding used to decode the input (`utf-8`, `gb18030`, `big5`, …); `null` for string input. */
  encoding: string | null;
  /** The spam audit of the page. */
  spam: SpamSummary;
  /** Every block dropped as spam, hidden or chrome, in page order. */
  removed: RemovedBlock[];
  /** Things worth knowing that did not stop extraction (decoding guesses, fallbacks taken). */
  warnings: string[];
  /** Present with `options.debug`: which candidate won each field. */
  origins?: FieldOrigin[];
}

/** A per-site rule: selectors that override the generic field chains and prune extra chrome. */
export interface SiteRule {
  /** Host suffixes the rule applies to, e.g. `["people.com.cn"]`. */
  hosts: string[];
  /** CSS selectors per field; the first match's text wins. `date` may name an attribute as `sel@attr`. */
  fields?: Partial<Record<'title' | 'source' | 'date' | 'authors' | 'editor' | 'siteName' | 'section', string>>;
  /** CSS selector of the body container. */
  body?: string;
  /** CSS selectors of blocks to drop (recorded as chrome). */
  drop?: string[];
  /** Fixed site name for the host. */
  siteName?: string;
}

/** Options of `extract()` (and, but for `url` and `contentType`, of the batch engine). */
export interface ExtractOptions {
  /** The page's URL: resolves links, selects site rules, supplies dates from the path. */
  url?: string;
  /** HTTP Content-Type header (its charset is honoured for bytes). */
  contentType?: string;
  /** Treat the input as a plain-text dump (auto-detected when not set). */
  format?: 'html' | 'text';
  /** Site rules: per-host selectors that override the generic field chains (tried before any in src/rules/sites.json). */
  rules?: SiteRule[];
  /** Extra spam keywords (either script). */
  spamKeywords?: string[];
  /**
   * How `date`/`dateModified` are written: `page` (default) keeps the page's own offset
   * (`2019-03-05T08:15:11+09:00`); `utc` writes the same instant in UTC (`2019-03-04T23:15:11Z`).
   * A date without a time, or a time without a known offset, is left as it is, except under `utc` on a page whose
   * language places it in one zone (`ja`: Asia/Tokyo, `de`: Europe/Berlin; src/data/date-zones.json): there a day is
   * the instant it begins (`2019-04-04` → `2019-04-03T15:00:00Z`) and a zone-less time that wall time.
   */
  dateZone?: 'page' | 'utc';
  /**
   * When the page was saved (ISO 8601 or a Date; the batch gives a WARC record's `WARC-Date`). A page that dates
   * itself only relative to when it was served (`3小时前`, `昨天 10:21`, `2 hours ago`, `vor 3 Stunden`) or, on a
   * Chinese, Japanese or Korean page, by a day without its year (`03-05 10:21`, `3/5(火) 17:09`) is dated against it
   * (origin `relative-to-capture`). Never used when the page states a full date; without it such dates are not read.
   */
  capturedAt?: string | Date;
  /** Include `origins` in the Article. */
  debug?: boolean;
  /**
   * Switch content rules on or off by name (`{ 'second-opinion': false }`); the names and defaults are in
   * src/data/heuristics.json and the README. Unknown names throw.
   */
  heuristics?: Record<string, boolean>;
  /** Keep images (`figure`/`img` with absolute `src`, `alt`, caption) in the body HTML; default true. */
  images?: boolean;
  /** Keep data tables (rows and cells) in the body; default true. Off: data tables are left out. */
  tables?: boolean;
  /**
   * Time budget in milliseconds, checked between stages (decode, parse, fields, prune, body): past it, extract()
   * throws `ExtractError` of kind `timeout`. A stage already running is not interrupted, so a call can overrun
   * the budget by one stage. No budget by default.
   */
  timeoutMs?: number;
  /**
   * The DOM Readability runs on: `linkedom` (default; several times faster) or `jsdom` (an optional peer
   * dependency: `npm install jsdom`). Both give the same body on the bundled fixtures.
   */
  dom?: 'linkedom' | 'jsdom';
}
