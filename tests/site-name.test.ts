import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

// What a site-name tag states is not always the site's name: a tagline or the owner after it, the social account's
// handle, or the page's own headline a template copied into it.
const paragraphs =
  '<p>The council voted on Tuesday to close the old pier for good after engineers found that its supports had rusted through.</p>' +
  '<p>Repairs would have cost more than a new pier, the engineers said, and the work could not have started before next year.</p>' +
  '<p>Residents who fish from the pier said they would miss it and asked the council to build a new one in the same place.</p>';
const page = (url: string, titleTag: string, metas: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${titleTag}</title>` +
  `<link rel="canonical" href="${url}">${metas}</head><body><header><a href="/">Home</a></header><main><article>` +
  `<h1>Council closes the old pier for good</h1>${paragraphs}</article></main></body></html>`;

describe('site name', () => {
  it.each([
    [
      'a tagline after the name the domain spells',
      'https://news.example-daily.com/pier',
      'Council closes the old pier for good',
      '<meta property="og:site_name" content="Example Daily - Latest News &amp; Headlines">',
      'Example Daily',
    ],
    [
      'the owning company after the name',
      'https://www.freiepresse.de/pier',
      'Council closes the old pier for good',
      '<meta property="og:site_name" content="Freie Presse - Chemnitzer Verlag und Druck GmbH &amp; Co. KG">',
      'Freie Presse',
    ],
    [
      'a slogan with a dash of another kind',
      'https://www.rawstory.com/pier',
      'Council closes the old pier for good',
      '<meta property="og:site_name" content="Raw Story — Celebrating 18 Years of Independent Journalism">',
      'Raw Story',
    ],
    [
      'a handle, spelled as the <title> spells it',
      'https://nationalpost.com/news/pier',
      'Council closes the old pier for good | National Post',
      '<meta property="og:site_name" content="nationalpost">',
      'National Post',
    ],
    [
      'an abbreviation and the name it stands for stay whole',
      'https://www.bmbf.de/pier',
      'Council closes the old pier for good',
      '<meta property="og:site_name" content="Bundesministerium für Bildung und Forschung - BMBF">',
      'Bundesministerium für Bildung und Forschung - BMBF',
    ],
  ])('%s', (_, url, titleTag, metas, siteName) => {
    expect(extract(page(url, titleTag, metas)).siteName).toBe(siteName);
  });

  it('the headline copied into application-name is no site name', () => {
    const a = extract(
      page(
        'https://www.example-portal.com/en-us/pier',
        'Council closes the old pier for good',
        '<meta name="application-name" content="Council closes the old pier for good">',
      ),
    );
    expect(a.title).toBe('Council closes the old pier for good');
    expect(a.siteName).not.toBe('Council closes the old pier for good');
  });
});
