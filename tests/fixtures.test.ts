/**
 * Every bundled fixture: the page in its original bytes must give its expected.json field by
 * field. Fixture folders hold page.html or page.txt, expected.json and optionally options.json.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Article, ExtractOptions } from '../src/types.js';

const ROOT = join(import.meta.dirname, '..', 'fixtures');

interface Fixture {
  name: string;
  page: Uint8Array;
  options: ExtractOptions;
  expected: Partial<Article>;
}

function loadFixtures(filter: (name: string) => boolean = () => true): Fixture[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && filter(d.name) && existsSync(join(ROOT, d.name, 'expected.json')))
    .map((d) => {
      const dir = join(ROOT, d.name);
      const pageFile = ['page.html', 'page.txt'].map((f) => join(dir, f)).find((f) => existsSync(f));
      if (!pageFile) throw new Error(`fixture ${d.name} has no page.html or page.txt`);
      const optionsFile = join(dir, 'options.json');
      return {
        name: d.name,
        page: readFileSync(pageFile),
        options: existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {},
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')),
      };
    });
}

const FIELDS = ['title', 'source', 'siteName', 'section', 'date', 'dateModified', 'authors', 'editor', 'lang', 'encoding', 'text'] as const;

describe('fixtures give their expected fields', () => {
  const fixtures = loadFixtures();
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(15));
  for (const fx of fixtures) {
    describe(fx.name, () => {
      const article = extract(fx.page, fx.options);
      for (const field of FIELDS) {
        if (!(field in fx.expected)) continue;
        it(field, () => expect(article[field]).toEqual(fx.expected[field]));
      }
      it('has no spam or chrome left in the body', () => {
        expect(article.text).not.toMatch(/久久国产精品无码|分享到|版權聲明|版权声明|ICP备|ICP備/);
      });
    });
  }
});
