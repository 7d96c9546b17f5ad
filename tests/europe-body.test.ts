/**
 * The body of European and English news pages in their current templates (nested wrappers, kicker spans, a dek in a
 * block of its own, chrome around the article): what the article's own parts are, as fundus's publishers count them
 * (the dek, the subheadings and the paragraphs), on pages of several sites.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const STORIES = {
  de: {
    lang: 'de',
    title: 'Bahn kündigt neuen Fahrplan für die Strecke zwischen Hamburg und Berlin an',
    lead: 'Nach monatelanger Sanierung soll die wichtige Verbindung im Dezember wieder voll befahrbar sein. Pendler müssen sich dennoch auf Änderungen einstellen.',
    description: 'Nach monatelanger Sanierung soll die Verbindung im Dezember wieder befahrbar sein.',
    paras: [
      'Die Deutsche Bahn hat am Dienstag in Berlin den neuen Fahrplan für die Hochgeschwindigkeitsstrecke zwischen Hamburg und Berlin vorgestellt. Nach Angaben des Konzerns sollen die Züge ab Mitte Dezember wieder im Halbstundentakt fahren.',
      'Während der Sperrung mussten Fernzüge über Stendal und Uelzen umgeleitet werden, was die Fahrzeit um bis zu fünfundvierzig Minuten verlängerte. Viele Pendler waren deshalb auf Fernbusse oder das Auto umgestiegen.',
      'Insgesamt hat die Bahn nach eigenen Angaben mehr als zweihundert Kilometer Gleise, über hundert Weichen und zahlreiche Bahnsteige erneuert. Auch die Stellwerke entlang der Strecke wurden modernisiert.',
      'Der Fahrgastverband begrüßte die Ankündigung grundsätzlich, kritisierte aber die Informationspolitik des Unternehmens. Viele Reisende hätten erst kurzfristig von Zugausfällen erfahren, sagte ein Sprecher.',
    ],
  },
  fr: {
    lang: 'fr',
    title: "La réforme des retraites de nouveau au cœur des débats à l'Assemblée",
    lead: "Les députés doivent examiner cette semaine une proposition de loi visant à revenir sur le report de l'âge légal de départ. Le gouvernement dénonce une manœuvre.",
    description:
      "Les députés doivent examiner cette semaine une proposition de loi visant à revenir sur le report de l'âge légal de départ.",
    paras: [
      "Les députés vont de nouveau débattre de la réforme des retraites cette semaine à l'Assemblée nationale, plus d'un an après son adoption sans vote grâce à l'article 49.3 de la Constitution.",
      "Le texte a été adopté la semaine dernière en commission des affaires sociales, à la surprise générale, grâce au soutien de plusieurs élus de groupes différents. Le gouvernement s'y opposera en séance.",
      "Selon le ministre du travail, une telle mesure coûterait plus de quinze milliards d'euros par an aux finances publiques et mettrait en danger l'équilibre du système de retraite par répartition.",
      "Les syndicats, qui avaient organisé une quinzaine de journées de mobilisation contre la réforme au printemps dernier, appellent les députés à voter le texte devant l'Assemblée.",
    ],
  },
};
type Story = keyof typeof STORIES;

/** A full page: site header and navigation, breadcrumbs, the article as `article` renders it, share bar, more stories, a rail and a footer. */
const page = (story: Story, article: string): string => {
  const { lang, title, description } = STORIES[story];
  const teasers = [
    'Météo : orages attendus dans le Sud-Ouest',
    'Ligue 1 : le PSG sacré champion',
    'Baccalauréat : les sujets de philosophie',
  ]
    .map(
      (t, n) =>
        `<article class="teaser teaser--small"><a href="/x/more-${n}.html"><img src="/t/${n}.jpg" alt=""><h3 class="teaser__title">${t}</h3></a><p class="teaser__text">${t} – La réforme a été adoptée en avril 2023.</p></article>`,
    )
    .join('');
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title} | Zeitung</title><meta name="description" content="${description}"><meta property="og:title" content="${title}"><meta property="og:description" content="${description}"><script>window.dataLayer=[];</script></head><body class="page page--article"><a class="skip-link" href="#main">Skip</a><div id="sp_message_container_1" style="display:none"></div><header class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/" title="Zeitung"><svg width="120" height="30"><title>Zeitung</title></svg></a><nav class="nav" aria-label="Main"><ul><li><a href="/politik/">Politik</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/sport/">Sport</a></li></ul></nav><div class="site-header__actions"><a href="/abo/">Abo</a><a href="/login/">Login</a></div></div></header><div class="breadcrumb"><ol><li><a href="/">Accueil</a></li><li><a href="/politique/">Politique</a></li></ol></div><div class="page-layout"><div class="page-layout__main">${article}<div class="share-bar"><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a><a href="mailto:?subject=x">E-Mail</a><button>Imprimer</button></div><section class="more-stories"><h2 class="more-stories__title">À lire aussi</h2><div class="more-stories__list">${teasers}</div></section><section id="comments" class="comments"><h2>Commentaires</h2><button class="comments__load">Commentaires (12)</button></section></div><aside class="page-layout__sidebar"><section class="most-read"><h2>Les plus lus</h2><ol><li><a href="/x/1.html"><span class="num">1</span>Législatives : les sondages de la semaine</a></li><li><a href="/x/2.html"><span class="num">2</span>Météo : orages attendus dans le Sud-Ouest</a></li></ol></section><div class="ad-container ad-container--sidebar"><span class="ad-container__label">Publicité</span><div id="div-gpt-ad-side"></div></div></aside></div><footer class="site-footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul><p class="site-footer__copyright">© 2024 Zeitung. All rights reserved.</p></footer></body></html>`;
};

const paragraphs = (story: Story, p: (text: string) => string): string => STORIES[story].paras.map(p).join('');

describe('the dek (lead) printed apart from the body, the page describing itself otherwise', () => {
  const cases: [string, Story, string][] = [
    [
      'the headline with its kicker in spans of the same heading, the dek in a teaser block (FAZ)',
      'de',
      `<article class="article"><div class="header-detail"><h1 class="header-title"><span class="header-label__content">Fernverkehr:</span> <span class="header-title">${STORIES.de.title}</span></h1><div class="header-teaser"><p class="header-teaser-text">${STORIES.de.lead}</p></div><div class="header-detail__author">Von <a href="/redaktion/1">Helmut Bünder</a></div><time datetime="2024-05-14T10:22:01+0200">14.05.2024, 10:22</time></div><div class="body-elements">${paragraphs('de', (t) => `<div class="body-elements__paragraph"><p>${t}</p></div>`)}</div></article>`,
    ],
    [
      'a kicker and a screen-reader colon inside the heading, the dek in a summary div (Zeit)',
      'de',
      `<article class="article"><header class="article-header"><h1 class="article-heading"><span class="article-heading__kicker">Deutsche Bahn</span><span class="visually-hidden">: </span><span class="article-heading__title">${STORIES.de.title}</span></h1><div class="summary">${STORIES.de.lead}</div><div class="byline">Von <a href="/autoren/1">Max Mustermann</a></div></header><div class="article-body">${paragraphs('de', (t) => `<p class="paragraph article__item">${t}</p>`)}</div></article>`,
    ],
    [
      'the kicker in an h2 headline of two spans, the dek bold in a div (Spiegel)',
      'de',
      `<main><article><header><h2 class="font-brandUI"><span class="block text-primary-base">Deutsche Bahn</span><span class="align-middle">${STORIES.de.title}</span></h2><div class="RichText leading-loose"><strong>${STORIES.de.lead}</strong></div><div class="font-sansUI">Von <a href="/impressum/autor-1">Anna Clauß</a></div></header><section data-area="body">${paragraphs('de', (t) => `<div data-sara-click-el="body_element"><div class="RichText"><p>${t}</p></div></div>`)}</section></article></main>`,
    ],
    [
      'the dek in a span standing among the header blocks (20 Minutes)',
      'fr',
      `<div id="page-content"><main class="c-content" role="main"><article class="c-article"><header class="c-content-header"><h1 class="nodeheader-title">${STORIES.fr.title}</h1><span class="hat-summary">${STORIES.fr.lead}</span><div class="c-content-author">Marie de Fournas</div><p class="datetime"><time datetime="2024-05-14T10:22:01+02:00">Publié le 14/05/24 à 10h22</time></p></header><div class="c-content content qiota_reserve">${paragraphs('fr', (t) => `<p>${t}</p>`)}</div></article></main></div><div class="share-bar"><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a><a href="mailto:?subject=x">E-Mail</a><button>Imprimer</button></div><section class="more-stories"><h2>À lire aussi</h2><article class="teaser"><a href="/x/more-1.html"><h3>Météo : orages attendus dans le Sud-Ouest</h3></a><p>Des orages violents sont attendus ce soir dans plusieurs départements du Sud-Ouest.</p></article></section>`,
    ],
  ];
  for (const [name, story, article] of cases) {
    it(`keeps it first: ${name}`, () => {
      const a = extract(page(story, article));
      const { lead, paras } = STORIES[story];
      expect(a.text.startsWith(lead)).toBe(true);
      for (const p of paras) expect(a.text).toContain(p);
    });
  }

  it('takes no path or code a span holds in the header (one long token), and no headline a kicker span leads', () => {
    const path = '/home/site/public_html/wp-content/themes/newsroom-theme/functions-helpers.php';
    const article = `<article><header><h1><span class="kicker">Bahn</span> ${STORIES.de.title}</h1><span class="warning">${path}</span></header><div class="article-body">${paragraphs('de', (t) => `<p>${t}</p>`)}</div></article>`;
    const a = extract(page('de', article));
    expect(a.text).not.toContain(path);
    expect(a.text.startsWith(STORIES.de.paras[0]!)).toBe(true);
  });
});
