/** Public types of the date module. */

/** A date read from a page, rendered as ISO 8601. */
export interface ParsedDate {
  /**
   * `YYYY-MM-DD` (date only), `YYYY-MM-DDTHH:MM:SS` (time, zone unknown and no default given), or
   * `YYYY-MM-DDTHH:MM:SS±HH:MM` / `…Z` (the page's own offset, never converted; or the default offset).
   */
  iso: string;
  hasTime: boolean;
  /** True only when the offset came from the input itself (or a Unix timestamp), not from `defaultOffset`. */
  hasZone: boolean;
}

export interface DateOptions {
  /** Offset appended to times without a zone, e.g. `+08:00` for Chinese pages. `null`/absent: leave zone-less. */
  defaultOffset?: string | null;
  /** Reference "now" for the plausible year range (1990..now+1) and two-digit years. Defaults to the clock. */
  now?: Date;
  /**
   * How to read an ambiguous `A/B/YYYY` (both ≤ 12). Default: slashes are month-first (US usage),
   * dots and hyphens are day-first (European usage). `true` forces day-first, `false` month-first.
   */
  dayFirst?: boolean;
  /**
   * Whether a hyphenated date of three two-digit fields (`12-03-05`) may be year first, as Chinese portals write it
   * (2012-03-05), before it is read day or month first. Default true; false on pages in a language that writes the
   * year last (`05-03-12` on a Dutch page is 5 March 2012).
   */
  shortYearFirst?: boolean;
  /** Read Japanese eras written by their initials (`H24.3.5`, `R6/3/5`): on Japanese pages. */
  eraInitials?: boolean;
}

/**
 * `original`: the date of the article this page reprints or translates (`原文(投稿日：…`), not the page's own;
 * `nothing`: a date of nothing on the page (a portal header's today, `Verfügbar bis …`).
 */
export type DateLabel = 'published' | 'modified' | 'original' | 'nothing';

export interface FoundDate {
  parsed: ParsedDate;
  /** UTF-16 offset of `raw` in the text given to `findDatesInText`. */
  index: number;
  /** The matched substring of the original text (date plus any attached time/zone). */
  raw: string;
  label?: DateLabel;
}
