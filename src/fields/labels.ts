/**
 * Labelled values in visible text: `來源:中央紀委國家監委網站 編輯:高正武`. A value runs from its
 * label to the next label, date, separator or bracket; the label lexicon is data (labels.json).
 */
import labels from '../data/labels.json' with { type: 'json' };
import { escapeRegExp } from '../parse/regexp.js';

export type LabelKind = 'source' | 'editor' | 'author';

/**
 * A label as a pattern. Portals space out Chinese labels to align them (`来 源：`, `编　辑：`, `责 任 编 辑：`):
 * between the characters of a Han label one space may stand.
 */
const labelPattern = (label: string): string =>
  /^\p{Script=Han}{2,}$/u.test(label) ? [...label].map(escapeRegExp).join('[ \\u00a0\\u3000]?') : escapeRegExp(label);
const alt = (list: readonly string[]): string => list.map(labelPattern).join('|');

const ALL_LABELS = [...labels.source, ...labels.editor, ...labels.author, ...labels.stop].sort((a, b) => b.length - a.length);

const LABEL_WORDS = new Set(ALL_LABELS);

/** Is this word one of the labels metadata is introduced by (`编辑`, `校对`, `来源`), not a value? */
export function isLabelWord(word: string): boolean {
  return LABEL_WORDS.has(word);
}

const LATIN = /^[\p{Script=Latin} ]+$/u;
/** Words before a Latin label that make it the credit of a picture, a chart or data (labels.json). */
const ANOTHER_THING = `(?:${labels.creditOfAnotherThing
  .flatMap((w) => [w, w.toLowerCase()])
  .map(escapeRegExp)
  .join('|')})`;

/** `& Fotos`, `und Bild`, `y fotos`, `and pictures`, `/Fotos` after a writer's label (the conjunctions: labels.json). */
const AND_PICTURES = `\\s*(?:[&+/]|(?:${labels.creditConjunctions.map(escapeRegExp).join('|')})(?=\\s))\\s*${ANOTHER_THING}(?:s|en|er)?`;

/** Where a value stops: another label with a colon, a date/time, a separator or a bracket. */
const VALUE_END = new RegExp(
  [
    `(?:${alt(ALL_LABELS)})\\s*[:：｜丨]`,
    `\\s*(?:${alt(labels.bareStop)})`,
    '\\d{2,4}\\s*[-/.年]\\s*\\d{1,2}',
    '\\d{1,2}:\\d{2}',
    '[|｜丨【】\\[\\]<>《》()（）]',
    '\\s{2,}',
    '\\u3000',
    '\\s[-–—]\\s',
    // a picture's credit after the writer's: `Words: Jane Doe Pictures: John Roe`, `Text: Anna Schmidt Fotos: Peter Müller`
    `\\s+${ANOTHER_THING}(?:s|en|er)?\\s*[:：]`,
    // a Han word of two to four characters set off by a space before a colon is the next label, one the lexicon does
    // not list (`作者：张三 选稿：李四`, `撰文：張三 出版：2024-03-05`)
    '\\s+[\\u3400-\\u9fff]{2,4}\\s*[:：]',
    // a full-width colon after a Chinese value starts an affiliation: `作者: 赵 培：北京物资学院，北京`
    // (an ASCII one more often ends an unknown label: `Autor: Jeff Kinney Seiten: 224`)
    '：',
  ].join('|'),
);

/**
 * Labels need a colon after them. Single-character labels (文) also need a non-letter before
 * them; longer ones may follow a letter, as when spans are glued: `福建日报作者：陈立`.
 */
function labelRe(list: readonly string[], colon: string): RegExp {
  const long = list.filter((l) => l.length > 1 && !LATIN.test(l));
  const latin = list.filter((l) => l.length > 1 && LATIN.test(l));
  const short = list.filter((l) => l.length === 1);
  // A photo's credit (`图片来源：`, `图片来自：`, `Photo Source:`) is not the article's.
  const parts = [`(?<!图片|圖片|照片|图|圖)(${alt(long)})`];
  // `Autor:innen` is a word in gender notation, not a label. A writer's label may credit the pictures too (`Text &
  // Fotos:`, `Text und Bild:`, `Texto y fotos:`, `Words and pictures:`): the name is the writer's all the same.
  if (latin.length) parts.push(`(?<!${ANOTHER_THING}\\s)(${alt(latin)})(?:${AND_PICTURES})?(?![:：]\\p{Ll})`);
  if (short.length) parts.push(`(?:^|(?<=[^\\p{L}]))(${alt(short)})`);
  return new RegExp(`(?:${parts.join('|')})\\s*${colon}\\s*`, 'u');
}

const LABEL_RE: Record<LabelKind, RegExp> = {
  source: labelRe(labels.source, '[:：]'),
  editor: labelRe(labels.editor, '[:：]'),
  // `文/张三` is matched by the reporter patterns; a slash after Latin labels is prose (`Text / Bild`).
  author: labelRe(labels.author, '[:：]'),
};

/**
 * New-media credits put a bar where the colon stands (`编辑｜王五`, `文｜张三`, `来源 | 新华社`; often the character 丨
 * that looks like one: `编辑丨王五`): Chinese labels only,
 * as a pattern of their own tried only on lines that hold a bar (one more alternative in the colon patterns made
 * every line's test slower).
 */
const hanLabels = (list: readonly string[]): string[] => list.filter((l) => /^\p{Script=Han}+$/u.test(l));
const BAR_LABEL_RE: Record<LabelKind, RegExp> = {
  source: labelRe(hanLabels(labels.source), '[｜|丨]'),
  editor: labelRe(hanLabels(labels.editor), '[｜|丨]'),
  // Not 丨 after a writer's label: `文丨某某特约评论员 张三` stays a line of the text where no writer is read from it (the
  // authors' readers, people.ts, do not take 丨; measured: magic_html_article lost the line from its body).
  author: labelRe(hanLabels(labels.author), '[｜|]'),
};
const HAS_BAR = /[｜|丨]/;

/** The label of this kind in a line, with a colon or (in Chinese) a bar after it. */
function labelMatch(line: string, kind: LabelKind): RegExpExecArray | null {
  return LABEL_RE[kind].exec(line) ?? (HAS_BAR.test(line) ? BAR_LABEL_RE[kind].exec(line) : null);
}

/** Closing quotes and brackets a value keeps when it opens them itself: `微信公众号“北京发布”`. */
const PAIRED: Readonly<Record<string, string>> = { '”': '“', '’': '‘', '）': '（', ')': '(', '】': '【', ']': '[' };

/** Trim brackets, quotes and punctuation left around a value. */
export function trimValue(v: string): string {
  const trimmed = v
    .replace(/^[\s:：,，、;；.。()（）[\]【】"“”'‘’·•|｜丨]+/, '')
    .replace(/[\s:：,，、;；.。()（）[\]【】"“”'‘’·•|｜丨]+$/, '')
    .trim();
  // Put back a closing mark whose opening one the value holds (the trim took it with the punctuation after it), and an
  // opening mark whose closing one it holds (`“北京发布”微信公众号`).
  const at = v.indexOf(trimmed);
  const rest = v.trimEnd().slice(at + trimmed.length);
  const close = rest[0];
  const closed = close && PAIRED[close] && trimmed.includes(PAIRED[close]!) && !trimmed.endsWith(close) ? trimmed + close : trimmed;
  const open = v.slice(0, at).trimEnd().at(-1);
  return open && OPENS[open] && trimmed.includes(OPENS[open]!) && !trimmed.startsWith(open) ? open + closed : closed;
}
const OPENS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(PAIRED).map(([c, o]) => [o, c]));

/** Brackets a value may stand in right after its label: `来源：[ 国际金融报 ]`, `来源：《人民日报》`, `来源：【新华网】`. */
const CLOSING: Readonly<Record<string, string>> = { '[': ']', '【': '】', '(': ')', '（': '）', '《': '》', '〔': '〕' };
const OPENING_BRACKET = /^\s*([[【(（《〔])\s*/;

/** A staff code after a name: glued with `_`, or after a space behind a Han name (`黄忆南 PN269`). */
const STAFF_CODE = /(?:_|(?<=\p{Script=Han})\s+)[A-Za-z]{0,4}\d{2,}$/u;

/** The editor in charge's label (`责任编辑：`), anywhere in a line. */
const IN_CHARGE_RE = new RegExp(`(?:${alt(labels.editorInCharge)})\\s*[:：｜|丨]\\s*`, 'u');

/** Does the line credit the editor in charge (`责任编辑：`, `责编：`)? */
export function namesEditorInCharge(line: string): boolean {
  return IN_CHARGE_RE.test(line);
}

/** The value after a label of this kind in a line, or null. */
export function labelledValue(line: string, kind: LabelKind): string | null {
  const m = labelMatch(line, kind);
  if (!m) return null;
  // `编辑：张三 责任编辑：赵六`: the editor in charge is the page's editor, wherever the line names them.
  if (kind === 'editor' && !IN_CHARGE_RE.test(m[0])) {
    const inCharge = IN_CHARGE_RE.exec(line.slice(m.index + m[0].length));
    const value = inCharge ? valueAfter(line.slice(m.index + m[0].length + inCharge.index + inCharge[0].length)) : null;
    if (value) return value;
  }
  const after = line.slice(m.index + m[0].length);
  const account = kind === 'source' ? PLATFORM_ACCOUNT.exec(after) : null;
  if (account) {
    const name = valueAfter(after.slice(account[0].length))?.replace(HAN_SOURCE_TAIL, '$1');
    if (name) return `${account[1]}${/[:：]/.test(account[0]) ? '：' : ' '}${name}`;
  }
  const value = valueAfter(after);
  if (kind !== 'source' || !value) return value;
  // A reporter's credit after the source, without its colon (`来源：新华社 记者 张三`), is the authors' (an author
  // label's value keeps it: `作者：新华社 记者 张三` names 张三).
  return value.replace(REPORTER_TAIL, '').replace(HAN_SOURCE_TAIL, '$1') || null;
}
/** A platform and the account's name after a colon or a space: `微信公众号：北京发布`, `微信公众号 北京发布` (labels.json). */
const PLATFORM_ACCOUNT = new RegExp(
  `^\\s*(${labels.platformWordsHan.map(escapeRegExp).join('|')})(?:\\s*[:：]\\s*|\\s+)(?=[\\p{Script=Han}“「"])`,
  'u',
);
const REPORTER_TAIL = new RegExp(`\\s+(?:${alt(labels.reporterWords)}).*$`, 'u');

/**
 * A Chinese outlet's name holds no space: what a space sets off after it is the next thing on the info line, a button
 * or a dateline without a label (`来源：人民网 参与互动`, `来源：新华社 北京3月5日电`).
 */
const HAN_SOURCE_TAIL = /^(\p{Script=Han}[^\s]+)\s+\p{Script=Han}.*$/u;

/** The value a label opens: up to the next label, date, separator or bracket; null when it reads as no name. */
function valueAfter(after: string): string | null {
  let rest = after;
  // A value in brackets ends at its closing bracket (a bracket elsewhere ends a value).
  const open = OPENING_BRACKET.exec(rest);
  if (open) {
    const close = rest.indexOf(CLOSING[open[1]!]!, open[0].length);
    if (close > 0) rest = rest.slice(open[0].length, close);
  }
  const end = VALUE_END.exec(rest);
  // Staff codes after names: `王晓武_NBJ11279`, `支全明 SF099`.
  const value = trimValue((end ? rest.slice(0, end.index) : rest).replace(STAFF_CODE, ''));
  // Real values are names, not sentences; nor markup: a broken template prints its attributes
  // as text (`作者： size="20" 来源： size="20"`).
  // Nor tags and handles (`收录于合集 #`).
  if (!value || value.length > 40 || /[，。！？!?#＃]/.test(value) || /[\w-]\s*=\s*["']/.test(value)) return null;
  return value;
}

/** Does the line carry any metadata label followed by a colon (or a bar)? */
export function hasMetaLabel(line: string): boolean {
  return labelMatch(line, 'source') !== null || labelMatch(line, 'editor') !== null || labelMatch(line, 'author') !== null;
}
