/**
 * Sign-up boxes: a field asking for the reader's e-mail address, with a heading and a line or two of pitch around it
 * ("Get the morning briefing", "Unser Newsletter", "订阅我们的早报"). Sites name these boxes anything (`c-promo-box`,
 * `x9k-box`), and inside the article's container Readability keeps them with the paragraphs; but an article never asks
 * for an address, so the field itself is the sign: the box is the field's enclosing block, grown only while each step
 * adds little text and no run of article paragraphs, and dropped when it stands among the article's paragraphs. The
 * input must be read here, before the chrome step drops inputs.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element, ParentNode } from 'domhandler';
import type { RemovedBlock } from '../types.js';
import { removedEntry } from './chrome.js';
import { attachedBelow, bodyOf, detach, isElement, textOf } from './dom.js';
import { findAll, holdsH1, someBelow } from '../parse/load.js';
import { proseHolders, weightedLength } from './prose.js';

/** An address field: by its type, or (older forms use type=text) by its name, id, placeholder or autocomplete hint. */
const ADDRESS_HINT = /e-?mail|courriel|correo|邮箱|郵箱|电子邮件|電子郵件/i;

function asksForAddress(input: Element): boolean {
  const a = input.attribs;
  const type = (a['type'] ?? 'text').toLowerCase();
  if (type === 'email') return true;
  if (type !== 'text') return false;
  return ADDRESS_HINT.test(`${a['name'] ?? ''} ${a['id'] ?? ''} ${a['placeholder'] ?? ''} ${a['autocomplete'] ?? ''}`);
}

/** A form that also asks for a password logs a reader in (to comment, to read on): that is no sign-up box. */
function inLoginForm(input: Element): boolean {
  let form: ParentNode | null = input.parent;
  while (form && !(isElement(form) && form.name === 'form')) form = form.parent;
  return !!form && someBelow(form, (el) => el.name === 'input' && (el.attribs['type'] ?? '').toLowerCase() === 'password');
}

/** A sign-up box holds at most this much text (width-weighted): a heading, a pitch, a privacy line. */
const MAX_BOX_TEXT = 800;
/** Each step out from the field may add at most this much text; more is the page around the box. */
const MAX_STEP_TEXT = 400;

export function removeSignupBoxes($: CheerioAPI): RemovedBlock[] {
  const body = bodyOf($);
  const inputs = findAll(body, (el) => el.name === 'input' && asksForAddress(el) && !inLoginForm(el));
  if (!inputs.length) return [];
  const prose = proseHolders(body);
  const boxes = new Set<Element>();
  for (const input of inputs) {
    let box: Element = input;
    let length = 0;
    for (let up = box.parent; up && up !== body && isElement(up) && !prose.has(up); up = up.parent) {
      if (holdsH1(up)) break;
      const upLength = weightedLength(textOf(up));
      if (upLength > MAX_BOX_TEXT || upLength - length > MAX_STEP_TEXT) break;
      box = up;
      length = upLength;
    }
    // Only a box standing among the article's paragraphs: there Readability keeps it with the story. A box in a rail
    // or footer is left as it is (Readability leaves it out, and taking it away only moves Readability's choice).
    if (box !== input && box.parent && prose.has(box.parent as Element)) boxes.add(box);
  }
  const removed: RemovedBlock[] = [];
  for (const box of boxes) {
    if (!attachedBelow(box, body)) continue; // inside a box already dropped
    const text = textOf(box);
    if (text) removed.push(removedEntry('chrome', 'signup-box', text));
    detach(box);
  }
  return removed;
}
