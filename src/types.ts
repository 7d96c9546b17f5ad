/**
 * Public types of newsclean. The Article is the stable JSON contract documented in the README:
 * absent values are `null` or `[]`, never guessed.
 */

/** Why a block was dropped from the page before the body was read. */
export type RemovedKind = 'spam' | 'hidden' | 'chrome';

export interface RemovedBlock {
  kind: RemovedKind;
  /** Short machine-readable reason, e.g. `spam-lexicon`, `inline-display-none`, `share-bar`. */
  reason: string;
  /** Characters of text the block held. */
  chars: number;
  /** The block's first 80 characters of text. */
  sample: string;
}

export interface SpamSummary {
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
  field: keyof ArticleFields;
  /** e.g. `site-rule`, `json-ld`, `meta:og:title`, `h1`, `info-line`, `url`. */
  origin: string;
  raw: string;
}

export interface ArticleFields {
  title: string | null;
  /** The original publisher named on the page (来源/來源), not the portal. */
  source: string | null;
  /** The portal or site the page was saved from. */
  siteName: string | null;
  /** Breadcrumb labels, root first. */
  section: string[];
  /** ISO 8601 with offset when known (Chinese pages without a zone get +08:00); see `ExtractOptions.dateZone`. */
  date: string | null;
  dateModified: string | null;
  authors: string[];
  /** 编辑/责任编辑: kept apart from authors and source. */
  editor: string | null;
  /** BCP 47 primary tag, e.g. `zh`, `en`, `de`; `zh-Hant` is not guessed. */
  lang: string | null;
}

export interface Article extends ArticleFields {
  url: string | null;
  /** Body paragraphs separated by a blank line. */
  text: string;
  /** Clean semantic body HTML; null for text dumps. */
  html: string | null;
  excerpt: string | null;
  /** The encoding used to decode the input (`utf-8`, `gb18030`, `big5`, …); `null` for string input. */
  encoding: string | null;
  spam: SpamSummary;
  removed: RemovedBlock[];
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

export interface ExtractOptions {
  /** The page's URL: resolves links, selects site rules, supplies dates from the path. */
  url?: string;
  /** HTTP Content-Type header (its charset is honoured for bytes). */
  contentType?: string;
  /** Treat the input as a plain-text dump (auto-detected when not set). */
  format?: 'html' | 'text';
  /** Extra site rules, tried before the bundled ones. */
  rules?: SiteRule[];
  /** Extra spam keywords (either script). */
  spamKeywords?: string[];
  /**
   * How `date`/`dateModified` are written: `page` (default) keeps the page's own offset
   * (`2019-03-05T08:15:11+09:00`); `utc` writes the same instant in UTC (`2019-03-04T23:15:11Z`).
   * A date without a time, or a time without a known offset, is left as it is either way.
   */
  dateZone?: 'page' | 'utc';
  /** Include `origins` in the Article. */
  debug?: boolean;
  /**
   * Time budget in milliseconds, checked between stages (decode, parse, fields, prune, body): past it, extract()
   * throws `ExtractError` of kind `timeout`. A stage already running is not interrupted, so a call can overrun
   * the budget by one stage. No budget by default.
   */
  timeoutMs?: number;
}
