/**
 * Authors and dates on pages without structured data, in the templates of blogs and news sites (WordPress, Blogger,
 * Drupal, European news sites): the visible info line, and the readers' comments and other posts that must not win.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const PROSE = [
  'The city council voted on Tuesday night, after a long debate, to extend the bus line through the old town and to run buses more often in the evening hours.',
  'Residents had complained for years about the poor service, and older people in particular depend on the bus, a spokeswoman for the residents group said at the meeting.',
  'The cost of about two million dollars will be partly covered by the state, with the rest coming from the city budget over the next two years, officials said.',
  'Work on the new stops is planned to begin in the spring, and the service should start in the autumn if everything goes according to plan this time.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');
const TITLE = 'Council votes to extend bus line through old town';

/** A blog post: the header, the post's text, what follows it (a comment thread), in a WordPress theme's markup. */
const post = (header: string, after = '', lang = 'en'): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${TITLE} | Riverside Chronicle</title></head>
<body class="single single-post comments-open"><header class="site-header"><p class="site-title"><a href="/">Riverside Chronicle</a></p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav></header>
<main id="main"><article class="post hentry"><header class="entry-header"><h1 class="entry-title">${TITLE}</h1>${header}</header>
<div class="entry-content">${PROSE}</div></article>${after}</main><footer class="site-footer">© 2012 Riverside Chronicle</footer></body></html>`;

const WP_COMMENTS = `<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “${TITLE}”</h2>
<ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Thomas Whitfield</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#c1"><time>March 7, 2012 at 9:14 am</time></a></div></footer>
<div class="comment-content"><p>About time! The evening buses have been a joke for years.</p></div></article></li></ol></div>`;

describe("readers' comments", () => {
  it("does not date the post by a comment's date when the post's own date stands below its text", () => {
    const page = post(
      '',
      `<footer class="entry-meta">This entry was posted in <a href="/news/">News</a> on <a href="/2012/03/05/x/">March 5, 2012</a> by <a href="/author/me/">Margaret Ellison</a>.</footer>${WP_COMMENTS}`,
    );
    expect(extract(page).date).toBe('2012-03-05');
  });

  it("prefers the URL's day to a comment's date", () => {
    const a = extract(post('', WP_COMMENTS), { url: 'https://chronicle.example.com/2012/03/05/council-votes/' });
    expect(a.date).toBe('2012-03-05');
  });

  it('dates a page that shows no other date by its first comment (a comment follows the post, on blogs often the same day)', () => {
    expect(extract(post('', WP_COMMENTS)).date).toBe('2012-03-07T09:14:00');
  });

  it("reads the dates after a comment thread's heading as comments, whatever their boxes are called", () => {
    const thread = `<h3>2 Responses</h3><ol><li><p>Thomas Whitfield said on March 7, 2012:</p><p>About time!</p></li></ol>`;
    const page = post('', `<div class="post-footer"><p>Filed in News · March 5, 2012</p></div>${thread}`);
    expect(extract(page).date).toBe('2012-03-05');
  });

  it("takes no author from a comment's `by X on date` line", () => {
    const thread = `<div id="comments"><h3>Comments</h3><div class="comment"><p class="comment-meta">by Thomas Whitfield on March 7, 2012</p><p>About time!</p></div></div>`;
    const a = extract(post('<p class="meta">March 5, 2012</p>', thread));
    expect(a.authors).toEqual([]);
    expect(a.date).toBe('2012-03-05');
  });

  it("keeps the info line's date in a box named after its comment link (`date-and-comments`)", () => {
    const page = post(
      '<p class="byline">By Margaret Ellison</p><div class="article-date-and-comments"><span>March 5, 2012</span> <a href="#comments">3 comments</a></div>',
      WP_COMMENTS,
    );
    expect(extract(page).date).toBe('2012-03-05');
  });
});

describe('bylines beside the date', () => {
  it.each([
    ['Submitted by Margaret Ellison on Tuesday, March 5, 2012 - 10:30', ['Margaret Ellison']],
    ['Von Anna Schmidt am Montag, 5. März 2012', ['Anna Schmidt']],
  ])('ends the name before a weekday that opens the date: %s', (line, names) => {
    expect(extract(post(`<div class="submitted">${line}</div>`)).authors).toEqual(names);
  });

  it.each([
    ['Montag, 05.03.2012 | von Anna Schmidt', ['Anna Schmidt'], 'de'],
    ['Lundi 5 mars 2012 · Par Marie Dupont et Jean Martin', ['Marie Dupont', 'Jean Martin'], 'fr'],
    ['Lunedì 5 marzo 2012 · di Mario Rossi e Luca Bianchi', ['Mario Rossi', 'Luca Bianchi'], 'it'],
    ['maandag 5 maart 2012 | Door Jan de Vries en Els Jansen', ['Jan de Vries', 'Els Jansen'], 'nl'],
    ['March 5, 2012 · By Margaret Ellison · 3 min read', ['Margaret Ellison'], 'en'],
  ])('reads the byline after the date on one info line: %s', (line, names, lang) => {
    const a = extract(post(`<p class="meta">${line}</p>`, '', lang));
    expect(a.authors).toEqual(names);
    expect(a.date?.slice(0, 10)).toBe('2012-03-05');
  });

  it.each(['Local News | March 5, 2012', 'Hong Kong - March 5, 2012', 'March 5, 2012 · By Staff Writer', 'March 5, 2012 · Par ailleurs'])(
    'takes no section, place or staff credit beside the date for a name: %s',
    (line) => {
      expect(extract(post(`<p class="meta">${line}</p>`)).authors).toEqual([]);
    },
  );
});

describe('names and labels', () => {
  it("keeps a name's particles in a byline element (`Ursula von der Leyen` in hCard markup)", () => {
    const header =
      '<div class="entry-meta">By <span class="author vcard"><a class="url fn n" href="/author/uvdl/">Ursula von der Leyen</a></span> | March 5, 2012</div>';
    expect(extract(post(header)).authors).toEqual(['Ursula von der Leyen']);
  });

  it('splits a byline with a serial comma before its last name (`A, B, and C`)', () => {
    const a = extract(post('<p class="byline">By Anna Reyes, Tom Becker, and Lucy Grant</p><p>March 5, 2012</p>'));
    expect(a.authors).toEqual(['Anna Reyes', 'Tom Becker', 'Lucy Grant']);
  });

  it.each([
    ['<div class="article-footer">投稿者：山田太郎 | 10:30 | コメント(0)</div>'],
    ['<p class="meta">投稿者: 山田太郎　投稿日: 2012年3月5日</p>'],
    ['<div class="entry_footer">カテゴリ：日記 | 投稿者 : 山田太郎 | コメント : 0</div>'],
  ])("reads a Japanese blog's poster label (投稿者): %s", (line) => {
    const page = `<html lang="ja"><head><title>旧市街のバス路線延長が決定</title></head><body><h1>旧市街のバス路線延長が決定</h1>${line}<p>${'市議会は火曜日の夜、長い議論の末に旧市街を通るバス路線の延長と夜間の増便を決めました。'.repeat(4)}</p></body></html>`;
    expect(extract(page).authors).toEqual(['山田太郎']);
  });
});

describe('calendar tiles', () => {
  it.each([
    ['<div class="post-date"><div class="month">Mar</div><div class="day">5</div><div class="year">2012</div></div>'],
    ['<div class="date"><div class="day">05</div><div class="month">MAR</div><div class="year">2012</div></div>'],
  ])("reads a theme's date tile of one box per part: %s", (tile) => {
    const page = post('').replace('<header class="entry-header">', `<header class="entry-header">${tile}`);
    expect(extract(page).date).toBe('2012-03-05');
  });

  it('reads no date from three short boxes without a month name (`12` `Likes` `2012`)', () => {
    const page = post('').replace(
      '<header class="entry-header">',
      '<header class="entry-header"><div>12</div><div>Likes</div><div>2012</div>',
    );
    expect(extract(page).date).toBeNull();
  });
});

describe('posted-by lines', () => {
  it.each([
    ['Posted by Margaret Ellison at 10:30 AM in <a href="/c/news">News</a>', ['Margaret Ellison'], 'en'],
    ['By Margaret Ellison at March 5, 2012', ['Margaret Ellison'], 'en'],
    ['Veröffentlicht am 5. März 2012 von Anna Schmidt', ['Anna Schmidt'], 'de'],
    ['Geschrieben am 05.03.2012 von Anna Schmidt', ['Anna Schmidt'], 'de'],
    ['Erstellt von Anna Schmidt am 05.03.2012 um 10:30 Uhr', ['Anna Schmidt'], 'de'],
    ['Publié par Marie Dupont le 5 mars 2012', ['Marie Dupont'], 'fr'],
    ['Pubblicato da Mario Rossi il 5 marzo 2012', ['Mario Rossi'], 'it'],
    ['Geplaatst door Jan de Vries op 5 maart 2012', ['Jan de Vries'], 'nl'],
    ['Gepubliceerd door Jan de Vries op 05-03-2012', ['Jan de Vries'], 'nl'],
  ])("reads a blog's posted-by line in its language: %s", (line, names, lang) => {
    expect(extract(post(`<div class="entry-meta">${line}</div>`, '', lang)).authors).toEqual(names);
  });

  it.each(['Stand: 05.03.2012 von dpa', 'Aktualisiert am 05.03.2012 von Redaktion', 'Geändert am 05.03.2012 von Admin'])(
    'takes no agency, desk or account after the date for a name: %s',
    (line) => {
      expect(extract(post(`<div class="entry-meta">${line}</div>`, '', 'de')).authors).toEqual([]);
    },
  );
});
