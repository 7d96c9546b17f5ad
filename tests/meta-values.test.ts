import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

// Templates that escape an already escaped value (SEO plugins, CMS themes) leave `&amp;` or `&uuml;` in a meta
// value after the parser's own decoding; the reader means the characters.
const story =
  '<p>Annelies Verlinden maakt voor de partij opnieuw haar opwachting in de federale regering, dit keer als minister van Justitie.</p>' +
  '<p>Ze was eerder al minister van Binnenlandse Zaken en kreeg toen veel lof voor haar aanpak van de crisis in het land.</p>' +
  '<p>De partij had haar naam al vroeg in de onderhandelingen naar voren geschoven, zeggen bronnen rond de formateur.</p>';
const page = (head: string, heading = '<h1>Verlinden keert terug als minister van Justitie</h1>') =>
  `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Verlinden keert terug</title>${head}</head>` +
  `<body><main><article>${heading}${story}</article></main></body></html>`;

describe('meta values escaped twice', () => {
  it('a description', () => {
    const a = extract(
      page(
        '<meta property="og:description" content="Annelies Verlinden maakt voor CD&amp;amp;V opnieuw haar opwachting in de federale regering als minister van Justitie">',
      ),
    );
    expect(a.description).toBe(
      'Annelies Verlinden maakt voor CD&V opnieuw haar opwachting in de federale regering als minister van Justitie',
    );
  });

  it('a title where the page shows no heading', () => {
    const a = extract(page('<meta property="og:title" content="Verlinden (CD&amp;amp;V) keert terug als minister van Justitie">', ''));
    expect(a.title).toBe('Verlinden (CD&V) keert terug als minister van Justitie');
  });

  it('a site name with a numeric reference', () => {
    const a = extract(page('<meta property="og:site_name" content="Tom&amp;#039;s Guide">'));
    expect(a.siteName).toBe("Tom's Guide");
  });

  it('a value escaped once is read as it is', () => {
    const a = extract(page('<meta property="og:site_name" content="Tom&#039;s Guide">'));
    expect(a.siteName).toBe("Tom's Guide");
  });
});
