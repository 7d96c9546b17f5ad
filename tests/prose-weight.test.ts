/** The one-walk paragraph weight (prune/prose.ts) against the weight computed from the built text. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/decode/index.js';
import { findAll, loadHtml } from '../src/parse/load.js';
import type { Element } from 'domhandler';
import { nonLinkChars, shortTextOf, textOf } from '../src/prune/dom.js';
import { proseWeight, weightedLength } from '../src/prune/prose.js';

/** The weight as first written, over the built text: what the one-walk count must equal. */
function proseWeightByText(p: Element): number {
  const text = textOf(p);
  if (!text) return 0;
  const own = nonLinkChars([p]);
  const visible = text.replace(/\s/g, '').length || 1;
  if (own < visible * 0.5) return 0;
  const weight = weightedLength(text) * (own / visible);
  return weight >= 80 ? weight : 0;
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const pages = readdirSync(FIXTURES)
  .filter((name) => existsSync(join(FIXTURES, name, 'page.html')))
  .map((name) => ({ name, html: decodeBytes(readFileSync(join(FIXTURES, name, 'page.html'))).text }));

const everyElement = (html: string) => findAll(loadHtml(html).root()[0]!, () => true);

describe('prose weight in one walk', () => {
  it('equals the weight of the built text for every element of every fixture', () => {
    let positive = 0;
    for (const { name, html } of pages) {
      for (const el of everyElement(html)) {
        const weight = proseWeight(el);
        expect(weight, `${name} <${el.name}>`).toBe(proseWeightByText(el));
        if (weight > 0) positive++;
      }
    }
    expect(positive).toBeGreaterThan(100);
  });

  it('equals it on odd spaces, wide characters, links, blocks, hidden content and comments', () => {
    const sentence = 'The council met on Tuesday to discuss the budget for the new tram line and its cost. ';
    const cases = [
      `<p>\u00a0\u3000 ${sentence}\u200b\ufeff${sentence}\u2028\t</p>`,
      `<p>市议会周二开会讨论新电车线路的预算和费用问题。${'\u3000'.repeat(3)}市议会周二开会讨论新电车线路的预算。</p>`,
      `<p>${sentence}<a href="/x">${sentence}</a>${sentence}<br>${sentence}</p>`,
      `<p><a href="/x">${sentence.repeat(3)}</a>${sentence}</p>`,
      `<p>${sentence}<div>${sentence}</div><script>var x = "${sentence}";</script><span> ${sentence} </span></p>`,
      `<p>${sentence}<!-- ${sentence} -->${sentence}</p>`,
      `<p>😀${sentence}\u1100\uac00\uff01\uffef${sentence}</p>`,
      '<p>   </p>',
      '<p></p>',
    ];
    for (const html of cases) {
      for (const el of everyElement(`<html><body>${html}</body></html>`)) expect(proseWeight(el), html).toBe(proseWeightByText(el));
    }
  });
});

describe('short text, read up to a bound', () => {
  it('is the text of every fixture element whose non-space characters stay within the bound, else null', () => {
    let short = 0;
    let long = 0;
    for (const { name, html } of pages) {
      for (const el of everyElement(html)) {
        const text = textOf(el);
        const chars = text.replace(/\s/g, '').length;
        const got = shortTextOf(el, 60);
        if (chars <= 60) {
          expect(got, `${name} <${el.name}>`).toBe(text);
          short++;
        } else {
          expect(got, `${name} <${el.name}>`).toBeNull();
          long++;
        }
      }
    }
    expect(short).toBeGreaterThan(1000);
    expect(long).toBeGreaterThan(100);
  });
});
