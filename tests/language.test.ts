import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

// The language is judged from the page's long lines (its sentences), not from whatever text comes first: menus,
// region pickers and browser notices in another language stand before many stories.

const indonesian = [
  'Sedikitnya 34 orang tewas dan 16 lainnya hilang pasca banjir bandang dan aliran lahar dingin di Sumatera Barat.',
  'Badan Meteorologi, Klimatologi, dan Geofisika sudah mengeluarkan peringatan dini cuaca sebelum bencana itu terjadi.',
  'Warga yang tinggal di sepanjang aliran sungai diminta untuk tetap waspada karena hujan masih akan turun beberapa hari ke depan.',
  'Petugas gabungan terus melakukan pencarian terhadap korban yang belum ditemukan hingga Senin sore.',
];
const english = [
  'The US government has failed to be truthful to the people about the state of its finances for many years now.',
  'This book sets out what went wrong, who was responsible for it, and what the remedies are that could still work.',
  'Each chapter ends with a list of the sources the author used, so that readers can check every claim for themselves.',
  'The author spent a decade as a tax lawyer before he turned to writing about public policy and the constitution.',
];

const page = (head: string, chrome: string, paragraphs: readonly string[]): string =>
  `<!DOCTYPE html>${head}<body><header>${chrome}</header><main><article><h1>Headline of the story</h1>` +
  `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main><footer><a href="/privacy">Privacy Policy</a></footer></body></html>`;
const links = (labels: readonly string[]): string =>
  `<nav><ul>${labels.map((l) => `<li><a href="/${l.length}">${l}</a></li>`).join('')}</ul></nav>`;

describe('language of pages that declare none', () => {
  it('an Indonesian story under a long menu of region names and portal links', () => {
    const regions = ['Aceh', 'Medan', 'Padang', 'Pekanbaru', 'Batam', 'Jambi', 'Sumsel', 'Bengkulu', 'Lampung', 'Jakarta'];
    const portals = ['Tribun', 'Serambi', 'Pos', 'Sripo', 'Banjarmasin', 'Kaltim', 'Manado', 'Ambon'];
    // The network's portal links: `TribunPadang.com` splits into `com`, a Portuguese word ('with').
    const menu = links(['Selasa, 28 Mei 2024', 'Masuk ke akun Anda', ...portals.flatMap((p) => regions.map((r) => `${p}${r}.com`))]);
    expect(extract(page('<html><head><meta charset="utf-8"><title>Banjir</title></head>', menu, indonesian)).lang).toBe('id');
  });
});

describe('language of pages that declare one', () => {
  it('an English story with a Japanese browser notice at its top stays English', () => {
    const notice =
      '<div class="browser-warning">お使いのブラウザは古いバージョンです。このブラウザのサポートは終了しました。最新のブラウザにアップグレードしてください。</div>';
    const html = page('<html lang="en-US"><head><meta charset="utf-8"><title>Masks stolen</title></head>', notice, english);
    expect(extract(html).lang).toBe('en');
  });

  it('a Japanese story with English menus is Japanese', () => {
    const japanese = [
      '元兵庫県明石市長の泉房穂氏が２０日、東京都知事選への立候補を表明した。記者会見で政策の柱を説明した。',
      '泉氏は「子育て支援を都の政策の中心に置きたい」と述べ、所得制限のない給付を掲げた。',
      '都知事選は来月告示され、現職を含む複数の候補者が立候補する見通しとなっている。',
    ];
    const menu = links(['Home', 'Politics', 'Business', 'Sports', 'Entertainment', 'Technology', 'Opinion', 'Login']);
    expect(extract(page('<html><head><meta charset="utf-8"><title>都知事選</title></head>', menu, japanese)).lang).toBe('ja');
  });

  // Old and three-letter codes still printed by CMSs are given as ISO 639-1.
  it.each([
    ['<html lang="in">', 'id'],
    ['<html><head><meta http-equiv="content-language" content="In-Id"></head>', 'id'],
    ['<html lang="iw">', 'he'],
    ['<html><head><meta name="dc.language" content="deu"></head>', 'de'],
    ['<html lang="en-GB">', 'en'],
  ])('%s → %s', (head, lang) => {
    const paragraphs =
      lang === 'de'
        ? ['Die Stadt hat am Montag beschlossen, dass die Brücke im Sommer für den Verkehr gesperrt wird.']
        : lang === 'id'
          ? indonesian
          : english;
    expect(extract(page(head, '', paragraphs)).lang).toBe(lang);
  });
});
