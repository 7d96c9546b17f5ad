/** Title forms from the third round of title probes: kicker class names of many CMSs, <title> cuts the page shows, logo headings. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const PARAS = `<p>The government on Tuesday unveiled a new plan that officials say will be carried out by the end of next year.
Critics in the opposition called it an overdue step that nonetheless comes too late for many families.</p>
<p>The plan sets aside money for schools, roads and hospitals, and ministers said the first contracts would be signed within
weeks. Opposition leaders said they would study the details before deciding how to vote on it in parliament.</p>`;

/** A news page: its header with logo and menu, the story's header (`top`), its text, a sidebar and a footer. */
function page(o: { title: string; og?: string; top: string; header?: string; lang?: string }): string {
  return `<!DOCTYPE html><html lang="${o.lang ?? 'en'}"><head><meta charset="utf-8"><title>${o.title}</title>
${o.og ? `<meta property="og:title" content="${o.og}">` : ''}
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/main.css"></head>
<body class="article-page">
${o.header ?? '<header class="site-header"><a class="site-header__logo" href="/"><img src="/logo.svg" alt="Example"></a>'}
<nav class="main-nav"><ul><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li></ul></nav></header>
<main id="main"><article class="article"><div class="article-head">${o.top}
<div class="meta"><time datetime="2024-05-03T10:00:00+02:00">03.05.2024, 10:00</time></div></div>
<div class="article-body">${PARAS}</div></article>
<aside class="sidebar"><h3 class="widget-title">Most read</h3><ul><li><a href="/a/1">Markets close lower as investors weigh rates</a></li></ul></aside></main>
<footer class="site-footer"><p>© 2024 Example Media</p></footer></body></html>`;
}

describe('a kicker in the heading, by the class names of CMSs in several languages', () => {
  it.each([
    ['surtitre', 'Climat', 'La France rate encore ses objectifs de réduction des émissions'],
    ['article-surtitle', 'Reportage', 'A Marseille, les quartiers nord attendent toujours le tramway'],
    ['occhiello', 'Il caso', 'Treni in ritardo, la Regione chiede un risarcimento'],
    ['sopratitolo', 'Roma', 'Metro C, slitta ancora l’apertura della stazione Colosseo'],
    ['antetitulo', 'Elecciones', 'El PP gana en Galicia y revalida la mayoría absoluta'],
    ['cintillo', 'Sanidad', 'Las listas de espera bajan por primera vez en dos años'],
    ['chapeu', 'Economia', 'Inflação desacelera e fica abaixo do esperado em abril'],
    ['bovenkop', 'Klimaat', 'Nederland haalt doel voor windenergie op zee'],
    ['nadtytul', 'Sejm', 'Posłowie przyjęli ustawę o ochronie ludności'],
    ['ust-baslik', 'Ekonomi', 'Enflasyon mayısta yüzde 75’e yükseldi'],
    ['article-flag', 'Analysis', 'Why the Bank of England is in no hurry to cut rates'],
    ['pretitle', 'Exclusive', 'Council spent £2m on consultants in a single year'],
    ['pre-headline', 'Opinion', 'The case for a four-day week is stronger than ever'],
    ['rubric', 'Bahnstreik', 'GDL kündigt neuen Streik im Güterverkehr an'],
    ['article-header__superline', 'Bremen-Nord', 'Neue Brücke über die Lesum wird teurer'],
    ['headline-prefix', 'Nahost-Konflikt', 'Israel meldet Tötung eines Hamas-Kommandeurs'],
  ])('<span class="%s">', (cls, kicker, headline) => {
    // og:title and the <title> write `Kicker: Headline`; the heading shows the two apart.
    const top = `<h1 class="article-title"><span class="${cls}">${kicker}</span> <span class="article-title__text">${headline}</span></h1>`;
    const a = extract(page({ title: `${kicker}: ${headline} - Example`, og: `${kicker}: ${headline}`, top }));
    expect(a.title).toBe(headline);
    expect(a.kicker).toBe(kicker);
  });

  it('reads the kicker from its own element above the heading', () => {
    const a = extract(
      page({ title: 'Las listas de espera bajan | Example', top: '<p class="antetitulo">Sanidad</p><h1>Las listas de espera bajan</h1>' }),
    );
    expect(a.kicker).toBe('Sanidad');
  });

  it('takes no byline block above the heading for a kicker, whatever its class names it', () => {
    // Condé Nast's header: byline, section and date in one `ContentHeaderRubricBlock` before the <h1>.
    const top = `<div class="ContentHeaderRubricBlock-cdMqpz"><div class="BylinesWrapper-hllaqY bylines"><p class="byline" itemprop="author">
<a href="/author/jane-doe/">Jane Doe</a></p></div><div class="RubricWrapper-cTllJD rubric"><a href="/culture/">Culture</a></div></div>
<h1 data-testid="ContentHeaderHed" class="ContentHeaderHed-kqaZKy">How Helvetica was reborn for the digital age</h1>`;
    const a = extract(page({ title: 'How Helvetica was reborn for the digital age | WIRED', top }));
    expect(a.title).toBe('How Helvetica was reborn for the digital age');
    expect(a.kicker).toBeNull();
  });
});

describe('a <title> cut where the page shows its headline in no heading', () => {
  // The headline in an element no heading reader knows (`<div class="story-hed">`), no og:title: the <title> is cut.
  const shown = (headline: string): string => `<div class="story-hed"><span>${headline}</span></div>`;
  it.each([
    // old WordPress themes and other site-name marks
    ['Inflation in Österreich sinkt auf 3,4 Prozent « Wiener Zeitung', 'Inflation in Österreich sinkt auf 3,4 Prozent'],
    ['Warum ich nach 10 Jahren WordPress verlassen habe › Mein Blog', 'Warum ich nach 10 Jahren WordPress verlassen habe'],
    ['How to write a fast JSON parser in Rust / Habr', 'How to write a fast JSON parser in Rust'],
    ['新紙幣の発行始まる　２０年ぶりの刷新：朝日新聞デジタル', '新紙幣の発行始まる ２０年ぶりの刷新'],
    ['【ファミ通】新作RPG『星の記憶』発売日決定', '新作RPG『星の記憶』発売日決定'],
    ['Maltempo, allerta rossa in Emilia-Romagna: scuole chiuse- Corriere.it', 'Maltempo, allerta rossa in Emilia-Romagna: scuole chiuse'],
    ['국회, 본회의서 예산안 처리 : 국회·정당 : 정치 : 뉴스 : 한겨레', '국회, 본회의서 예산안 처리'],
    // headlines that hold a separator of their own
    ['Rust vs. Go — which one should you learn in 2024? – TechBlog', 'Rust vs. Go — which one should you learn in 2024?'],
    ['Bayern - Dortmund 2:1: Kane trifft doppelt - kicker', 'Bayern - Dortmund 2:1: Kane trifft doppelt'],
    ['2024 | A year in review | Daily Example', '2024 | A year in review'],
  ])('%s', (title, headline) => {
    expect(extract(page({ title, top: shown(headline) })).title).toBe(headline);
  });

  it('keeps the head of the <title> where the page shows none of its cuts', () => {
    const a = extract(
      page({ title: 'Inflation in Österreich sinkt auf 3,4 Prozent - Wiener Zeitung', top: '<div class="lead">Die Preise…</div>' }),
    );
    expect(a.title).toBe('Inflation in Österreich sinkt auf 3,4 Prozent');
  });

  it('never takes the whole <title> back because the page prints it', () => {
    const top = `${shown('Supreme Court rules on presidential immunity')}<div class="share-text">Supreme Court rules on presidential immunity | CNN</div>`;
    expect(extract(page({ title: 'Supreme Court rules on presidential immunity | CNN', top })).title).toBe(
      'Supreme Court rules on presidential immunity',
    );
  });
});

describe("a site's logo in an <h1>", () => {
  const top = '<div class="story-hed">Senate passes border bill after late-night vote</div>';
  it.each([
    '<header id="header"><h1 class="logo"><a href="/">The Political Report</a></h1>',
    '<header id="header"><h1><a href="https://www.politicalreport.com/">The Political Report</a></h1>',
    '<header id="masthead"><div class="site-branding"><h1>The Political Report</h1></div>',
    '<header id="header"><h1 class="site-title"><a href="/" rel="home">The Political Report</a></h1>',
  ])('%s', (header) => {
    // The <title> holds the headline alone, so no site name tells the logo apart.
    const a = extract(page({ title: 'Senate passes border bill after late-night vote', top, header }));
    expect(a.title).toBe('Senate passes border bill after late-night vote');
  });

  it('still takes a lone <h1> that links to the story itself', () => {
    const h1 = '<h1><a href="/2024/05/senate-border-bill/">Senate passes border bill after late-night vote</a></h1>';
    expect(extract(page({ title: 'Senate vote | The Political Report', top: h1 })).title).toBe(
      'Senate passes border bill after late-night vote',
    );
  });
});
