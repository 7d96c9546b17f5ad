/**
 * What the body must not keep: the headline, the info line and editor line (they became
 * fields), chrome phrases, and the trailing credit `(中央紀委國家監委網站 李許堅` (source +
 * author), which is cut from the last paragraph and returned as an author.
 */
import { findDatesInText } from '../dates/index.js';
import { hasMetaLabel, labelledValue } from '../fields/labels.js';
import { isChromeText } from '../prune/chrome.js';
import type { Paragraph } from './paragraphs.js';

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

export interface BodyFields {
  title: string | null;
  source: string | null;
  editor: string | null;
  authors: string[];
}

/** A short line made of metadata: date + labels, `责任编辑：X`, `【编辑:王五】`, `By Jane Doe`. */
export function isMetadataLine(text: string, fields: BodyFields): boolean {
  if (text.length > 150) return false;
  if (labelledValue(text, 'editor') && text.length <= 60) return true;
  const labelled = hasMetaLabel(text);
  const dated = findDatesInText(text).length > 0;
  if (labelled && (dated || text.length <= 80)) return true;
  if (dated && text.replace(/[\d\s:：\-/.年月日时分秒時分()（）|｜]+/g, '').length <= 12) return true;
  if (fields.authors.length && text.length <= 100 && /^(?:by|von|por|par)\s/i.test(text) && fields.authors.some((a) => text.includes(a))) return true;
  return false;
}

/** `（中央紀委國家監委網站 李許堅` / `(记者 张三)` at the end of the last paragraph. */
export function splitTrailingCredit(text: string, source: string | null): { text: string; author: string | null } {
  const names = '([\\p{Script=Han}·]{2,4}(?:[、\\s][\\p{Script=Han}·]{2,4})*)';
  const patterns: RegExp[] = [];
  if (source) patterns.push(new RegExp(`[（(]\\s*${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[\\s/／:：]\\s*${names}\\s*[)）]?\\s*$`, 'u'));
  patterns.push(new RegExp(`[（(]\\s*(?:记者|記者|作者|文)\\s*[:：/／]?\\s*${names}\\s*[)）]\\s*$`, 'u'));
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return { text: text.slice(0, m.index).trim(), author: m[1]!.trim() };
  }
  return { text, author: null };
}

export function filterBody(paragraphs: Paragraph[], fields: BodyFields): { paragraphs: Paragraph[]; creditAuthor: string | null } {
  const title = fields.title ? fold(fields.title) : null;
  const kept = paragraphs.filter((p) => {
    if (title && fold(p.text) === title) return false;
    if (isChromeText(p.text)) return false;
    return !isMetadataLine(p.text, fields);
  });
  let creditAuthor: string | null = null;
  const last = kept[kept.length - 1];
  if (last) {
    const credit = splitTrailingCredit(last.text, fields.source);
    if (credit.author) {
      creditAuthor = credit.author;
      if (credit.text) kept[kept.length - 1] = { ...last, text: credit.text, inner: credit.text.replace(/&/g, '&amp;').replace(/</g, '&lt;') };
      else kept.pop();
    }
  }
  return { paragraphs: kept, creditAuthor };
}
