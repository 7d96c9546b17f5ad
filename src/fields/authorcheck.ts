/**
 * The author validator: is a candidate a person (or an organisation credited as author), or is it a
 * site name, a button, a placeholder, a job title, a photo credit or a code? Every author source runs
 * its names through here (via looksLikeName). The lists are data (src/data/author-check.json); this
 * file only says how they are applied.
 */
import check from '../data/author-check.json' with { type: 'json' };
import { escapeRegExp } from '../parse/regexp.js';

const lower = (list: readonly string[]): Set<string> => new Set(list.map((s) => s.toLowerCase()));
const PLACEHOLDERS = new Set(check.placeholders.map((s) => s.toLowerCase().replace(/\s+/g, '')));
const UI_WORDS = lower(check.uiWords);
const JOB_WORDS = lower(check.jobTitles);
const JOINING = lower(check.joiningWords);
const PARTICLES = lower(check.nameParticles);
const PHOTO = new RegExp(`^(?:${check.photoCredits.map(escapeRegExp).join('|')})(?=$|[\\s:：/|,])`, 'iu');
const GLUED_TAIL = new RegExp(`(?<=\\p{Ll})(?:${check.gluedTails.map(escapeRegExp).join('|')})+$`, 'u');
const AGENCY_WORD = new RegExp(`(?:${check.agencyWords.map(escapeRegExp).join('|')})`, 'iu');
const AGENCIES = new Map(check.agencies.map((a) => [a.toLowerCase(), a]));
const ROLE_SUFFIX = new RegExp(`\\s+(?:${check.roleSuffixes.map(escapeRegExp).join('|')})$`, 'u');
const GLUED_ROLE_SUFFIX = new RegExp(`(?<=\\p{Script=Han})(?:${check.gluedRoleSuffixes.map(escapeRegExp).join('|')})$`, 'u');
/** A name in brackets of its own: `（山田太郎）`, `(Jane Doe)`. */
const BRACKETED_NAME = /^[(（【[]\s*([^()（）【】[\]]+?)\s*[)）】\]]$/u;
/** An editor's sigle after a name, as German papers print it: `Anna Schmidt (as)`, `Peter Müller (pm)`. */
const SIGLE_AFTER = /(?<=\p{L}{2,}\s+\p{L}{2,})\s*\(\p{Ll}{1,4}\)$/u;

const bare = (w: string): string => w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
/** A job title or a button word; a title glued to the outlet by a hyphen is one too (`SPIEGEL-Redakteurin`, `BBC-Korrespondent`). */
const isRoleWord = (w: string): boolean =>
  JOB_WORDS.has(bare(w)) || UI_WORDS.has(bare(w)) || JOB_WORDS.has(bare(w.slice(w.lastIndexOf('-') + 1)));

const TRANSLATOR = new RegExp(`\\s*(?:${check.translatorLabels.map(escapeRegExp).join('|')})(?=[\\s:：]|$).*$`, 'iu');
/** A byline without the translator's credit that follows the author's. */
export function withoutTranslator(byline: string): string {
  return byline.replace(TRANSLATOR, '');
}

/**
 * An agency named after a person's name: `Vasilisa Stepanenko The Associated Press`, `Diana Resnik mit AP`,
 * `Marie Dupont avec AFP`, `Anna Schmidt (dpa)`, `Marie Dupont (avec AFP)`, `Anna Schmidt/dpa`.
 */
const AGENCY_ALTERNATION = check.agencies.map(escapeRegExp).join('|');
/** The words that put an agency beside a person in a byline: `mit AP`, `with AP`, `avec AFP`, `con EFE`, `met ANP`. */
const BESIDE =
  'mit Material (?:von|der|aus)|mit|with (?:reporting|material) (?:from|by)|with|avec|con información de|con|com informações d[aoe]s?|com|met';
const TRAILING_AGENCY = new RegExp(
  `(?<=\\S\\s+\\S+)(?:\\s+(?:(?:${BESIDE})\\s+)?(?:the\\s+)?(?:${AGENCY_ALTERNATION})|\\s*[(（]\\s*(?:(?:${BESIDE})\\s+)?(?:${AGENCY_ALTERNATION})\\s*[)）]|\\s*[/／]\\s*(?:${AGENCY_ALTERNATION}))$`,
  'iu',
);

/**
 * A wire story's credit line, part by part: `Reporting by A; Additional reporting by B; Editing by C`; and a desk's
 * credit after the writer's anywhere in a byline (`Jane Doe Illustrations by John Roe`, `…, Reviewed by Dr. X`).
 */
const DESK_CREDIT = new RegExp(`(?:^|[;,|•·]|\\s)\\s*(?:${check.deskCredits.map(escapeRegExp).join('|')})\\s+[^;|•·]*`, 'gi');
const WRITER_CREDIT = new RegExp(`(?:^|(?<=;))\\s*(?:${check.writerCredits.map(escapeRegExp).join('|')})\\s+`, 'gi');

/** A credit line without the desk's part (`; Editing by C`: no author) and without the writers' roles before their names. */
export function writersOnly(credit: string): string {
  return credit.replace(DESK_CREDIT, '').replace(WRITER_CREDIT, '').trim();
}

/** A name with what templates glue to it cut off: `Andrew HusbandTwitterNews`, `木下 哲也 訳`. */
export function trimNameTail(name: string): string {
  return withoutJobTitle(
    withoutRoleSuffix(name.replace(BRACKETED_NAME, '$1').replace(GLUED_TAIL, ''))
      .replace(TRAILING_AGENCY, '')
      .replace(SIGLE_AFTER, '')
      .trim(),
  );
}

/** A name without the credit role written after it (`木下 哲也 訳`, `홍길동 기자`, `山田太郎記者`). */
export function withoutRoleSuffix(name: string): string {
  return name.replace(ROLE_SUFFIX, '').replace(GLUED_ROLE_SUFFIX, '');
}

/**
 * A job title or a button printed around a name of two or more words goes: `Ulrich Exner Korrespondent`,
 * `Lucy Thornton News Reporter`, `Houston Mitchell Assistant Sports Editor Follow`, `Margaret Talev +Follow`,
 * `News Steffan Rhys` (a badge before it). The title starts at the first such word after the second.
 */
function withoutJobTitle(name: string): string {
  let words = name.split(/\s+/);
  // A badge before a name (`News Steffan Rhys`), not a title that goes on (`Deputy Content Hub Director`).
  if (isRoleWord(words[0]!) && !words.slice(1).some(isRoleWord))
    while (words.length > 2 && isRoleWord(words[0]!) && /^\p{Lu}/u.test(words[1]!)) words = words.slice(1);
  const title = words.findIndex((w, i) => i >= 2 && isRoleWord(w));
  // What stays must read as a name (`Guardian staff reporter` is a credit, kept whole).
  const named = title > 0 && words.slice(0, title).every((w) => (/^\p{Lu}/u.test(w) || PARTICLES.has(w)) && !JOINING.has(w.toLowerCase()));
  return named ? words.slice(0, title).join(' ') : words.join(' ');
}

/** The words that lead a byline, as an alternation for patterns (`by|von|por|…`). */
export const BYLINE_LEADS = check.bylineLeads.map(escapeRegExp).join('|');
/** The kinds of piece a byline may name before its lead (`Ein Kommentar von`, `Opinion by`, `Analysis by`), as an alternation. */
export const BYLINE_KINDS = check.bylineKinds.map(escapeRegExp).join('|');
/** The phrases that credit a writer (`written by`, `geschrieben von`, `escrito por`), as an alternation, longest first. */
export const WRITER_LEADS = [...check.writerCredits]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/** The word that leads a byline (`Article by`, `Un reportage par`): a name never ends with it. */
const LEAD_WORD = new RegExp(`^(?:${BYLINE_LEADS})$`, 'i');

/** A particle joined to a surname: `al-Sayed`, `d'Alembert`, `o'Brien`, `l'Hôpital`. */
const PARTICLE_PREFIX = /^(?:al|el|ad|ar|as|at|az|ben|bin|abu|d|l|o|ibn)[-'’]\p{L}/u;

/** The words that lead a byline to its names: `by`, `von`, `written by`, `reporting by`. */
const LEAD_WORDS = new Set([...lower(check.bylineLeads), ...check.writerCredits.flatMap((c) => c.toLowerCase().split(/\s+/))]);

/** The words a byline puts around its names: leads, job titles, joining words. */
const CREDIT_WORDS = new Set([...LEAD_WORDS, ...JOB_WORDS, ...JOINING]);

/**
 * Whether a line is a byline's lead left without its names (`Written by`): Readability takes a `rel="author"` link
 * out of the text as the byline and leaves the words before it.
 */
export function bylineLeadOnly(line: string): boolean {
  const words = line
    .toLowerCase()
    .split(/[\s,:]+/u)
    .filter(Boolean);
  // ending with the lead proper (`by`, `von`), so that a heading (`Interview`, `Research`) is not one
  return words.length > 0 && words.length <= 4 && words.every((w) => LEAD_WORDS.has(w)) && LEAD_WORD.test(words.at(-1)!);
}

/**
 * Whether a short line is nothing but a credit of these authors: their names with byline words around them
 * (`Written by Jane Doe`, `Jane Doe Senior Reporter`, `Von Jane Doe und John Roe`), and no other word.
 */
export function creditOnly(line: string, authors: readonly string[]): boolean {
  let rest = line.toLowerCase();
  let named = false;
  for (const author of authors) {
    const name = author.toLowerCase();
    if (!name || !rest.includes(name)) continue;
    rest = rest.split(name).join(' ');
    named = true;
  }
  return named && rest.split(/[\s,;:|•·–—/&()]+/u).every((w) => !w || CREDIT_WORDS.has(w));
}

/** A placeholder or note where a name or a 来源 should stand (`未知`, `转载文章`, `互联网`, `admin`). */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDERS.has(value.trim().toLowerCase().replace(/\s+/g, ''));
}

/** The paper's own, before a desk or a role: `our`, `unserer`, `notre`, `nuestro`, `nostro`, `onze`. */
export const OUR = 'our|unser(?:e[mnrs]?)?|notre|nos|nuestr[oa]s?|nostr[oa]|onze';
const OWN_DESK = new RegExp(`^(?:${OUR})\\s`, 'iu');

/** Why a candidate is not an author, or null when it may be one. */
export function notAnAuthor(name: string): string | null {
  const s = name.trim();
  if (isPlaceholder(s)) return 'placeholder';
  if (PHOTO.test(s)) return 'photo-credit';
  if (AGENCY_WORD.test(s) || agencyNamed(s.replace(/^[(（]|[)）]$/g, ''))) return 'agency';
  // An agency credit with a desk code or partner: `det/dpa`, `AFP/The Local`; a newsroom's with its agency: `Redacción EFE`.
  if ((/[/／]/.test(s) && agencyIn(s)) || newsroomAgency(s)) return 'agency';
  // The paper's own desk by a possessive (`Our Foreign Staff`, `unsere Redaktion`, `notre rédaction`) names nobody.
  if (OWN_DESK.test(s)) return 'placeholder';
  const words = s.toLowerCase().split(/\s+/).map(bare).filter(Boolean);
  const content = words.filter((w) => !JOINING.has(w));
  if (content.length && content.every((w) => UI_WORDS.has(w))) return 'ui-words';
  if (content.length && content.every((w) => JOB_WORDS.has(w) || UI_WORDS.has(w))) return 'job-title';
  // A desk code before a city: `ku Frankfurt`; a name particle may open a surname: `von Trotta`.
  const first = s.split(/\s+/)[0]!;
  if (words.length > 1 && /^\p{Ll}{1,3}$/u.test(first) && !PARTICLES.has(first)) return 'code';
  // A lowercase word before capitalised ones is a phrase or a handle glued to names, not a name:
  // `deinen Hochzeitsbloggern`, `maha Alex Anna Belial` (an all-lowercase `john smith` may be one).
  if (
    /^\p{Ll}+$/u.test(first) &&
    !PARTICLES.has(first) &&
    s
      .split(/\s+/)
      .slice(1)
      .some((w) => /^\p{Lu}/u.test(w))
  )
    return 'phrase';
  // A capitalised name with lowercase words inside is a sentence or a button (`Add as preferred on Google`,
  // `Martin is a full-stack engineer`), unless they are name particles (`Christoph von Ritter`,
  // `Ahmed al-Sayed`) or credit words (`Guardian staff reporter`); a particle does not end a name (`Autorenseite von`).
  const rest = s.split(/\s+/).slice(1);
  const lowerWords = rest.filter(
    (w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w) && !PARTICLE_PREFIX.test(w) && !isRoleWord(w) && !JOINING.has(w),
  );
  // Two of them: one may be a handle or a lowercase surname (`Cindy mangomini`, `J. I. da silva`).
  if (/^\p{Lu}/u.test(first) && lowerWords.length >= 2) return 'phrase';
  if (rest.length && (PARTICLES.has(rest[rest.length - 1]!) || LEAD_WORD.test(rest[rest.length - 1]!))) return 'phrase';
  // A job title opening it (`Korrespondent für Politik`), a sentence's full stop closing it (`… in der Schweiz.`).
  if (rest.length && isRoleWord(first)) return 'job-title';
  // (a word alone too: `Stadtentwicklung.`, the end of an author box's bio split at its `und`)
  if (/\p{L}{4,}\.$/u.test(s)) return 'phrase';
  return null;
}

/**
 * A Chinese dateline opening a story: the agency, then the place (and a reporter) and the day it filed
 * from, then 电/電 (`新华社北京3月5日电`, `中新网3月5日电`, `中央社記者孫八台北21日電`, `据新华社拉萨电`). Only agencies of the list:
 * `本报北京3月5日电` (本报, "this paper") names none.
 */
const HAN_AGENCIES = check.agencies.filter((a) => /^\p{Script=Han}+$/u.test(a)).sort((a, b) => b.length - a.length);
const DATELINE = new RegExp(
  `^[(（]?据?(${HAN_AGENCIES.map(escapeRegExp).join('|')})[\\p{Script=Han}\\s]{0,10}?(?:(?:\\d{1,2}月)?\\d{1,2}日)?(?:电|電)`,
  'u',
);

/**
 * A wire dateline: the agency in brackets after the place (and day), then a dash: `WASHINGTON (AP) —`,
 * `LONDON, March 5 (Reuters) -`, `(dpa) –`.
 */
const WIRE_DATELINE = /^[^()\n]{0,60}?\(([^()\n]{2,40})\)\s*[-–—]/u;

/** A Korean wire credit: the place, `=` and the agency, in brackets (`(서울=연합뉴스)`, `(부산=뉴스1)`). */
const PLACE_AGENCY = /^[(（]\s*[\p{Script=Hangul}\p{Script=Han}·\s]{1,12}=\s*([\p{L}\p{N}]{2,12})\s*[)）]/u;

/**
 * A Japanese wire credit: the place, `＝` and the agency, in lenticular brackets (`【ワシントン＝共同】`). A reporter stands
 * there too (`【ワシントン＝山田太郎】`), so only an agency of the list counts.
 */
const PLACE_AGENCY_JA = /^【[^【】=＝]{1,12}[=＝]([^【】]{2,12})】/u;

/** The agency of a dateline that opens `text` (see DATELINE, WIRE_DATELINE, PLACE_AGENCY, PLACE_AGENCY_JA), or null. */
export function datelineAgency(text: string): string | null {
  const wire = WIRE_DATELINE.exec(text);
  const ja = PLACE_AGENCY_JA.exec(text);
  return (
    DATELINE.exec(text)?.[1] ??
    (wire ? agencyNamed(wire[1]!) : null) ??
    PLACE_AGENCY.exec(text)?.[1] ??
    (ja ? agencyNamed(ja[1]!) : null) ??
    null
  );
}

/** The agency this name is, as the list spells it (`The Associated Press` → `Associated Press`), or null. */
export function agencyNamed(name: string): string | null {
  return (
    AGENCIES.get(
      name
        .trim()
        .toLowerCase()
        .replace(/^the\s+/, ''),
    ) ?? null
  );
}

/**
 * The agency a credit names alone or beside people: `dpa`, `(Reuters)`, `Felix Schröder, dpa`, `Anna Schmidt – dpa`,
 * `SIDNachrichtenagentur` → `SID`, `新华社`. Null when it names none.
 */
const CREDIT_PARTS = new RegExp(`\\s*(?:[,;/|&、，；·()（）]|\\s[–—]\\s|\\s(?:and|und|et|y|${BESIDE})\\s)\\s*`, 'u');
/** What opens a part before the agency's name: `von dpa`, `Por Agencia EFE`, `Quelle: AFP`, and after a bracket `(avec AFP)`. */
const PART_LEAD = new RegExp(`^(?:${BYLINE_LEADS}|quelle|source|${BESIDE})[:：]?\\s+`, 'i');

/**
 * A newsroom's credit with its agency's name, or the word for agency before the name: `Redacción EFE`,
 * `Redazione ANSA`, `Agencia EFE` (the agency, or null).
 */
function newsroomAgency(part: string): string | null {
  const m = /^(\S+)\s+(\S+)$/u.exec(part.trim());
  return m && (isPlaceholder(m[1]!) || AGENCY_LEAD_WORDS.has(m[1]!.toLowerCase())) ? agencyNamed(m[2]!) : null;
}
const AGENCY_LEAD_WORDS = new Set(check.agencyLeadWords.map((w) => w.toLowerCase()));

/** A paragraph that is an agency's credit alone (`(Reuters)`, `（新华社）`, `© AFP`, `(AFP/dpa)`, `【時事通信】`): the agencies, or null. */
const CLOSING_CREDIT = /^[(（【[]?\s*(?:©\s*)?([^()（）【】[\]]{2,60}?)\s*[)）】\]]?$/u;
export function creditedAgencies(paragraph: string): string | null {
  const inner = paragraph.length <= 64 ? CLOSING_CREDIT.exec(paragraph.trim())?.[1] : undefined;
  if (!inner) return null;
  const names = inner.split(/\s*[/,、，·]\s*/u).map(agencyNamed);
  return names.every((n) => n !== null) ? names.join('/') : null;
}

export function agencyIn(raw: string): string | null {
  for (const part of raw.split(CREDIT_PARTS)) {
    const p = part.trim().replace(PART_LEAD, '');
    const known = agencyNamed(p) ?? datelineAgency(p) ?? newsroomAgency(p);
    if (known) return known;
    const glued = AGENCY_WORD.exec(p);
    if (glued && glued.index > 0) {
      const head = p.slice(0, glued.index).trim();
      if (AGENCIES.has(head.toLowerCase())) return AGENCIES.get(head.toLowerCase())!;
    }
  }
  return null;
}
