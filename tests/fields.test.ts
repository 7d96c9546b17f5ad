/** Field readers on real-looking snippets: labels, titles, names, breadcrumbs, body filters, dumps. */
import { describe, expect, it } from 'vitest';
import { labelledValue } from '../src/fields/labels.js';
import { stripSiteSuffix } from '../src/fields/title.js';
import { splitNames } from '../src/fields/people.js';
import { guessLang } from '../src/fields/lang.js';
import { isMetadataLine, splitTrailingCredit } from '../src/body/filters.js';
import { extract } from '../src/extract.js';
import { linesNearHeadline, type PageContext } from '../src/fields/context.js';
import { copyrightBrand } from '../src/fields/site.js';
import { isChromeText } from '../src/prune/chrome.js';

const NO_FIELDS = { title: null, source: null, editor: null, authors: [] };

describe('labelled values', () => {
  it.each([
    ['23-07-21 09:31 來源:中央紀委國家監委網站 編輯:高正武', 'source', '中央紀委國家監委網站'],
    ['23-07-21 09:31 來源:中央紀委國家監委網站 編輯:高正武', 'editor', '高正武'],
    ['2023年07月21日09:31 | 来源：人民网－人民日报', 'source', '人民网－人民日报'],
    ['2023-07-21 09:31:05　来源: 澎湃新闻 举报', 'source', '澎湃新闻'],
    ['2023-07-21 09:31来源：福建日报作者：陈立编辑：林芳', 'author', '陈立'],
    ['2023-07-21 09:31来源：福建日报作者：陈立编辑：林芳', 'editor', '林芳'],
    ['责任编辑：王晓武_NBJ11279', 'editor', '王晓武'],
    ['责任编辑：支全明 SF099', 'editor', '支全明'],
    ['审 读：崔向升 责编：黄忆南 PN269', 'editor', '黄忆南'],
    ['(责编：张三、李四)', 'editor', '张三、李四'],
    ['【编辑:王五】', 'editor', '王五'],
    ['发布时间：2023-07-21 09:31:00  来源：清河县融媒体中心  作者：王建军  点击数：1286', 'author', '王建军'],
    // A value in brackets right after its label (a link in the info bar: `来源：[ <a>国际金融报</a> ]`).
    ['2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]', 'source', '国际金融报'],
    ['来源：《人民日报》 2024-01-01 09:31', 'source', '人民日报'],
    ['来源：【新华网】 编辑：（王五）', 'source', '新华网'],
    ['来源：【新华网】 编辑：（王五）', 'editor', '王五'],
    // Labels spaced out to align them.
    ['2023-07-21 09:31　来 源：澎湃新闻　作　者：张三', 'source', '澎湃新闻'],
    ['2023-07-21 09:31　来 源：澎湃新闻　作　者：张三', 'author', '张三'],
    ['责 任 编 辑：李四', 'editor', '李四'],
    // The editor in charge, when the line also credits another editor (央视网's closing line).
    ['编辑：王诗尧 责任编辑：刘亮', 'editor', '刘亮'],
    ['编辑：王诗尧　責任編輯：劉亮', 'editor', '劉亮'],
    ['责任编辑：刘亮 编辑：王诗尧', 'editor', '刘亮'],
    ['编辑：王诗尧 责编｜刘亮', 'editor', '刘亮'],
    // An in-charge label without a name leaves the other editor.
    ['编辑：王诗尧 责任编辑：', 'editor', '王诗尧'],
  ] as const)('%s → %s', (line, kind, value) => {
    expect(labelledValue(line, kind)).toBe(value);
  });

  it('does not read a sentence as a value', () => {
    expect(labelledValue('凡注有稿件來源為“中國甘肅網”的稿件,均為中國甘肅網版權稿件', 'source')).toBeNull();
    expect(labelledValue('据了解，来源：多方面的原因造成了这一局面，有关部门正在调查。', 'source')).toBeNull();
  });
});

describe('titles', () => {
  it('leaves out a subtitle a second line of the heading opens with a double dash, where the <title> gives the headline alone', () => {
    const html = (h1: string, title = '全市将新建改建农村公路一千公里--某某网') =>
      `<html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${h1}</h1>` +
      `<p>${'今年全市将新建改建农村公路一千公里，进一步完善农村交通网络，方便群众出行。'.repeat(4)}</p></body></html>`;
    expect(extract(html('全市将新建改建农村公路一千公里<br>——记某某县交通局')).title).toBe('全市将新建改建农村公路一千公里');
    // On one line the dash joins one title; and where the <title> holds the subtitle too, it stays.
    expect(extract(html('全市将新建改建农村公路一千公里——记某某县交通局')).title).toBe('全市将新建改建农村公路一千公里——记某某县交通局');
    expect(
      extract(html('全市将新建改建农村公路一千公里<br>——记某某县交通局', '全市将新建改建农村公路一千公里——记某某县交通局_某某网')).title,
    ).toBe('全市将新建改建农村公路一千公里 ——记某某县交通局');
  });

  it("takes a blog's heading for the headline where its <title> puts a long site name first (`Blog Name | Headline`)", () => {
    const html = (title: string, heading: string) =>
      `<html><head><title>${title}</title></head><body><div class="post"><h2 class="post_title"><a href="/p">${heading}</a></h2>` +
      `<small>January 13, 2020</small><p>${'Porting a large codebase to a new version of its language took far longer than anyone planned. '.repeat(4)}</p></div></body></html>`;
    const a = extract(
      html(
        "Gregory Szorc's Digital Home\n  | Mercurial's Journey to and Reflections on Python 3",
        "Mercurial's Journey to and Reflections on Python 3",
      ),
    );
    expect([a.title, a.siteName]).toEqual(["Mercurial's Journey to and Reflections on Python 3", "Gregory Szorc's Digital Home"]);
    // a short segment stays the site's name, even where it is the longer one (`OUTDOOR LOVERS | iloveponysmag.com`)
    expect(extract(html('OUTDOOR LOVERS | iloveponysmag.com', 'iloveponysmag.com')).title).not.toBe('iloveponysmag.com');
  });

  it('keeps the space a kicker element closed by a colon shows before the headline glued to it', () => {
    const html = (h1: string, title = 'Markt: Aktien fallen | Beispiel') =>
      `<html><head><title>${title}</title></head><body><h1>${h1}</h1>` +
      `<p>${'Die Kurse an der Börse gaben am Dienstag auf breiter Front nach, die Anleger blieben vorsichtig. '.repeat(4)}</p></body></html>`;
    expect(extract(html('<span class="c599">Markt:</span>Aktien fallen')).title).toBe('Markt: Aktien fallen');
    // inside one text the colon stays as written
    expect(extract(html('re:publica lädt ein', 're:publica lädt ein | Beispiel')).title).toBe('re:publica lädt ein');
  });

  it("reads a government portal's ArticleTitle meta where its <title> is only the site's name", () => {
    const html = (head: string) =>
      `<html><head><meta charset="utf-8"><title>某某市人民政府</title>${head}</head><body><div class="tit">全市将新建改建农村公路一千公里</div>` +
      `<p>${'今年全市将新建改建农村公路一千公里，进一步完善农村交通网络，方便群众出行。'.repeat(4)}</p></body></html>`;
    expect(extract(html('<meta name="ArticleTitle" content="全市将新建改建农村公路一千公里">')).title).toBe(
      '全市将新建改建农村公路一千公里',
    );
    expect(extract(html('')).title).toBe('某某市人民政府');
    // A template's markup printed into the value is not the title's.
    const marked = '<meta name="ArticleTitle" content="全市将新建改建农村公路一千公里<div>——记某某县交通局</div>">';
    expect(extract(html(marked)).title).not.toContain('<');
  });

  it('is not the site heading whose name holds a separator itself (`Headline | Mäscot das Schaf – Webcomic`)', () => {
    const html =
      '<html><head><title>Kleine Schafskunde | Mäscot das Schaf – Webcomic</title></head><body><header><h1 id="site-title">Mäscot das Schaf – Webcomic</h1></header>' +
      `<article><h1 class="entry-title">Kleine Schafskunde</h1><p>${'Schafe sind Herdentiere und fühlen sich allein nicht wohl, sagt die Schäferin. '.repeat(4)}</p></article></body></html>`;
    expect(extract(html).title).toBe('Kleine Schafskunde');
    // Segments after a site name that opens the <title> may be the headline's own parts.
    const drk = html
      .replace(
        '<title>Kleine Schafskunde | Mäscot das Schaf – Webcomic</title>',
        '<title>Rotes Kreuz - Klimakonferenz in Glasgow - Immer mehr Menschen brauchen Hilfe</title>',
      )
      .replace(
        '<h1 class="entry-title">Kleine Schafskunde</h1>',
        '<h1>Klimakonferenz in Glasgow - Immer mehr Menschen brauchen Hilfe</h1>',
      );
    expect(extract(drk).title).toBe('Klimakonferenz in Glasgow - Immer mehr Menschen brauchen Hilfe');
  });

  it('is not a logo heading that closes the <title> after the headline without a separator', () => {
    const html =
      '<html><head><meta charset="utf-8"><title>土豆不“土” 土豆无“土” 松花江网</title></head><body><h1 class="none">松花江网</h1>' +
      `<h2>土豆不“土” 土豆无“土”</h2><p>${'土豆，听名字就“土”得掉渣。可这几天，在中国著名的土豆产区，记者却看到了另外一番景致。'.repeat(4)}</p></body></html>`;
    expect(extract(html).title).toBe('土豆不“土” 土豆无“土”');
    // A headline that closes the <title> after a shorter site heading stays the headline.
    const en =
      '<html><head><title>Internet-Law » Is the ban on pseudonyms lawful under German law?</title></head><body><h1>Internet-Law</h1>' +
      `<h2>Is the ban on pseudonyms lawful under German law?</h2><p>${'The court heard the case on Tuesday and will rule next month. '.repeat(5)}</p></body></html>`;
    expect(extract(en).title).toBe('Is the ban on pseudonyms lawful under German law?');
  });

  it('reads a line break in the headline as a space, with or without a kicker beside it', () => {
    const page = (h1: string): string =>
      `<html><head><title>Piers | Daily Courier</title></head><body><h1>${h1}</h1><p>${'The council voted on Tuesday to rebuild the three riverfront piers. '.repeat(5)}</p></body></html>`;
    expect(extract(page('Riverfront piers<br>to be rebuilt')).title).toBe('Riverfront piers to be rebuilt');
    const kicked = extract(page('<span class="kicker">Floods</span> Riverfront piers<br/>to be rebuilt'));
    expect([kicked.title, kicked.kicker]).toEqual(['Riverfront piers to be rebuilt', 'Floods']);
    expect(extract(page('老旧小区<br>加装电梯')).title).toBe('老旧小区 加装电梯');
  });

  it('splits the kicker at a separator that a <style> in the heading hides by a hashed class (CSS-in-JS)', () => {
    const h1 =
      '<h1><style>.css-k1{font-size:16px;color:#707070}</style><span class="css-k1">Medienmitteilung der Direktion ' +
      '<style>.css-h2{border:0;clip:rect(0 0 0 0);height:1px;overflow:hidden;position:absolute;width:1px}</style><span class="css-h2">:</span></span>' +
      'Impfen ist bis Ende Februar noch überall möglich</h1>';
    const html = `<html><head><title>Medienmitteilung der Direktion: Impfen ist bis Ende Februar noch überall möglich</title></head><body>${h1}<p>${'Die Impfzentren bleiben bis Ende Februar geöffnet, teilte die Direktion mit. '.repeat(5)}</p></body></html>`;
    const a = extract(html);
    expect([a.title, a.kicker]).toEqual(['Impfen ist bis Ende Februar noch überall möglich', 'Medienmitteilung der Direktion']);
    // A class the <style> only colours is no separator's.
    expect(extract(html.replace('clip:rect(0 0 0 0);', '')).kicker).toBeNull();
  });

  it('leaves words only a screen reader hears out of the headline, and keeps a heading that is nothing else', () => {
    const page = (h1: string): string =>
      `<html><head><title>Riverfront piers to be rebuilt | Daily Courier</title></head><body><h1>${h1}</h1><p>${'The council voted on Tuesday to rebuild the three riverfront piers. '.repeat(5)}</p></body></html>`;
    const spoken = extract(page('<span class="sr-only">Article: </span>Riverfront piers to be rebuilt'));
    expect([spoken.title, spoken.kicker]).toEqual(['Riverfront piers to be rebuilt', null]);
    expect(extract(page('<span class="visually-hidden">Riverfront piers to be rebuilt</span>')).title).toBe(
      'Riverfront piers to be rebuilt',
    );
  });

  it("reads neither an icon's <svg><title> nor a <style> in the heading as words of the headline or a kicker", () => {
    const page = (h1: string): string =>
      `<html><head><title>Riverfront piers to be rebuilt | Daily Courier</title></head><body><h1>${h1}</h1><p>${'The council voted on Tuesday to rebuild the three riverfront piers. '.repeat(5)}</p></body></html>`;
    const icon = extract(page('<svg><title>Video</title><path d="M0 0"/></svg>Riverfront piers to be rebuilt'));
    expect([icon.title, icon.kicker]).toEqual(['Riverfront piers to be rebuilt', null]);
    const styled = extract(page('<style>.k{color:#707070}</style><span class="k">Flood recovery</span> Riverfront piers to be rebuilt'));
    expect(styled.title).toBe('Riverfront piers to be rebuilt');
    expect(styled.kicker).not.toContain('color');
  });

  it('takes the headline og:title and the JSON-LD state together over a lesser heading that is only a piece of it', () => {
    const head =
      '<meta property="og:title" content="Is the bratwurst an illusion? The hard business of slaughter | MDR.DE">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Is the bratwurst an illusion? The hard business of slaughter"}</script>';
    const body = `<h3>Is the bratwurst an illusion?</h3><p>${'Fewer and fewer animals are slaughtered in the region every year. '.repeat(6)}</p>`;
    const html = `<html><head><title>Slaughterhouses | MDR.DE</title>${head}</head><body>${body}</body></html>`;
    const a = extract(html, { debug: true });
    expect(a.title).toBe('Is the bratwurst an illusion? The hard business of slaughter');
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'title', origin: 'og+json-ld' }));
    // An <h1> stays the headline, and a heading the two do not both state is not replaced.
    expect(extract(html.replace(/h3>/g, 'h1>')).title).toBe('Is the bratwurst an illusion?');
    expect(extract(html.replace(/<script.*<\/script>/s, '')).title).toBe('Is the bratwurst an illusion?');
  });

  it.each([
    ['別讓痕跡管理成了“痕跡主義”_中國甘肅網', '別讓痕跡管理成了“痕跡主義”'],
    ['多地加快推进老旧小区加装电梯-新华网', '多地加快推进老旧小区加装电梯'],
    ['City Council Approves $42 Million Plan | The Daily Example', 'City Council Approves $42 Million Plan'],
    [
      'Bundespolizei - Aktuelles - Illegale Migration aus Belarus über Polen nach Deutschland',
      'Illegale Migration aus Belarus über Polen nach Deutschland',
    ],
    ['COVID-19 vaccines reach rural clinics', 'COVID-19 vaccines reach rural clinics'],
    [
      '社会资本、人力资本与下岗职工的再就业 - 学术前沿 - 三校社会学论坛 - powered by Discuz! Archiver',
      '社会资本、人力资本与下岗职工的再就业',
    ],
    ['NEWS WEB EASY|子どもへの体罰を禁止する法律ができる', '子どもへの体罰を禁止する法律ができる'],
    ['CCTV.com- 央视论坛 :: null', 'CCTV.com- 央视论坛'],
  ])('%s', (raw, headline) => expect(stripSiteSuffix(raw)).toBe(headline));

  it('prefers the visible headline confirmed by <title> over a logo <h1>', () => {
    const page =
      '<html><head><title>Storm closes schools - Daily Post</title></head><body>' +
      '<header><h1>Daily Post</h1></header><article><h1 class="headline">Storm closes schools</h1>' +
      '<p>Schools across the county closed on Monday as the storm brought heavy snow and strong winds to the region.</p></article></body></html>';
    expect(extract(page).title).toBe('Storm closes schools');
  });

  it('prefers the <h1> that <title> and og:title confirm over a longer teaser heading that only JSON-LD confirms', () => {
    const page =
      '<html><head><title>Bank run: Regulator admits failures - The Weekly</title>' +
      '<meta property="og:title" content="Bank run: Regulator admits failures">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Collapse of the valley bank: US regulator admits failures in oversight"}</script>' +
      '</head><body><article><h1>Bank run: Regulator admits failures</h1>' +
      '<h2 class="teaser-title">Collapse of the valley bank: US regulator admits failures in oversight</h2>' +
      `<p>${'The central bank said on Friday that its supervisors had not acted quickly enough on the warnings. '.repeat(4)}</p></article></body></html>`;
    expect(extract(page).title).toBe('Bank run: Regulator admits failures');
  });

  const withHead = (title: string, h1: string): string =>
    `<html><head><title>${title}</title></head><body><main><h1>${h1}</h1>` +
    `<p>${'The text of the article goes on for a while, as articles do, with several sentences. '.repeat(4)}</p></main></body></html>`;

  it('drops a date printed before the headline, and one after it when <title> gives the headline without it', () => {
    expect(extract(withHead('Biathlon Antholz', '23.01.2022 - Dorothea Wierer darf noch jubeln')).title).toBe(
      'Dorothea Wierer darf noch jubeln',
    );
    expect(extract(withHead('Zuschauerrückkehr bei den Proficlubs | HVW', 'Zuschauerrückkehr bei den Proficlubs 02.02.2022 •')).title).toBe(
      'Zuschauerrückkehr bei den Proficlubs',
    );
    // Part of the headline: <title> has it too.
    expect(
      extract(withHead('Ergebnisse: RM Schülerinnen A, Aalen, 19.5.2007 - LA Ostalb', 'Ergebnisse: RM Schülerinnen A, Aalen, 19.5.2007'))
        .title,
    ).toBe('Ergebnisse: RM Schülerinnen A, Aalen, 19.5.2007');
    expect(extract(withHead('国务院常务会议 - 新华网', '2023-07-21 国务院常务会议')).title).toBe('2023-07-21 国务院常务会议');
  });

  it('drops soft hyphens from a heading, so <title> still confirms it', () => {
    const page = withHead(
      'Bundesrat - Textarchiv - Erinnerung an die Opfer der NS-Verbrechen',
      'Er\u00adin\u00adne\u00adrung an die Op\u00adfer der NS-Ver\u00adbre\u00adchen',
    )
      .replace('<h1>', '<h1><span>Holocaust-Gedenktag</span> ')
      .replace('</title>', '</title><meta property="og:title" content="Erinnerung an die Opfer der NS-Verbrechen">');
    expect(extract(page).title).toBe('Erinnerung an die Opfer der NS-Verbrechen');
  });

  it('does not take a one- or two-word <h1> label that <title> does not name for the headline', () => {
    const repo = 'octocat/marzipanify: Convert an iOS Simulator app bundle to an iOSMac one';
    expect(extract(withHead(repo, 'Custom')).title).toBe(repo);
    expect(extract(withHead('Tram line delayed again - City News', 'Tram line delayed again')).title).toBe('Tram line delayed again');
    expect(extract(withHead('Wetter | Tagesblatt', 'Wetter')).title).toBe('Wetter');
    expect(extract(withHead('新闻 - 新华网', '暑期文旅')).title).toBe('暑期文旅');
  });

  it("reads a site-first <title> (Site - Section - Headline) and the date in the headline's topline", () => {
    const page =
      '<html><head><title>BAFA  -  Mineralölstatistik - MineralölINFO November 2021 (Mineralölabsatz)</title></head><body>' +
      '<h1 class="aural">Bundesamt für Wirtschaft und Ausfuhrkontrolle</h1><div id="content">' +
      '<h1><span class="topline"><span class="date">27.01.2022</span></span>MineralölINFO November 2021 (Mineralölabsatz)</h1>' +
      `<p>${'Nach Erhebungen des Bundesamtes sank der Absatz von Mineralölprodukten im November deutlich. '.repeat(4)}</p>` +
      `${'<p>Weitere Angaben zur Statistik folgen in einer späteren Meldung des Amtes.</p>'.repeat(20)}</div>` +
      '<nav><ol><li>Energie</li><li>Mineralölstatistik</li><li>MineralölINFO November 2021 (Mineralölabsatz)</li></ol></nav>' +
      '<p>Stand: 03.02.2022</p></body></html>';
    const article = extract(page);
    expect(article.title).toBe('MineralölINFO November 2021 (Mineralölabsatz)');
    expect(article.date).toBe('2022-01-27');
  });

  const story = (title: string, heading = ''): string =>
    `<html><head><meta charset="utf-8"><title>${title}</title></head><body><header><a href="/">Home</a></header><article>${heading}` +
    `<p>${'The council voted on Thursday night to rebuild the piers along the river before the summer season. '.repeat(4)}</p></article></body></html>`;

  it('leaves no separator a template prints at the edge of the headline (`: Headline`, `Headline |`)', () => {
    const headline = 'Riverfront piers to be rebuilt';
    expect(extract(story(`${headline} | Daily Gazette`, `<h1>: ${headline}</h1>`)).title).toBe(headline);
    expect(extract(story(`${headline} | Daily Gazette`, `<h1>${headline} |</h1>`)).title).toBe(headline);
    expect(extract(story(`: ${headline}`)).title).toBe(headline);
    expect(extract(story(`- ${headline} -`)).title).toBe(headline);
    // A minus is the headline's own.
    expect(extract(story('-20 Grad in Moskau - Tagesblatt', '<h1>-20 Grad in Moskau</h1>')).title).toBe('-20 Grad in Moskau');
  });

  it('leaves out the subline the last element of a heading adds, where the <title> gives the headline without it', () => {
    const headline = 'Riverfront piers to be rebuilt';
    const subline = (title: string, tag = 'small') =>
      extract(story(title, `<h1>${headline} <${tag}>Work starts in spring</${tag}></h1>`)).title;
    expect(subline(`${headline} | Daily Gazette`)).toBe(headline);
    expect(subline(`${headline} | Daily Gazette`, 'span')).toBe(headline);
    // Where the <title> holds the subline too, or gives no headline, it stays.
    expect(subline(`${headline}: Work starts in spring | Daily Gazette`)).toBe(`${headline} Work starts in spring`);
    expect(subline('Daily Gazette')).toBe(`${headline} Work starts in spring`);
  });

  it('takes the headline out of the lenticular brackets a <title> sets it in (`【标题】-东方财富网`), not a tag that opens it', () => {
    expect(extract(story('【全市将新建改建农村公路一千公里】-东方财富网')).title).toBe('全市将新建改建农村公路一千公里');
    expect(extract(story('【独家】全市将新建改建农村公路一千公里-东方财富网')).title).toBe('【独家】全市将新建改建农村公路一千公里');
  });
});

describe('names', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Von Anna Schmidt', ['Anna Schmidt']],
    ['本报记者 许晴', ['许晴']],
    ['王建宏 张文攀', ['王建宏', '张文攀']],
    ['Hanns-Seidel-Stiftung e.V.', []],
    ['Olympia-Verlag GmbH', []],
    ['Gillman, Steve', ['Steve Gillman']],
    ['ByTravis Haney', ['Travis Haney']],
    ['cipha[at]cipha.net', []],
    ['Weitere Artikel', []],
  ])('%s', (raw, names) => expect(splitNames(raw)).toEqual(names));
});

describe('body filters', () => {
  it('recognises metadata lines and keeps sentences', () => {
    expect(isMetadataLine('23-07-21 09:31 來源:中央紀委國家監委網站 編輯:高正武', NO_FIELDS)).toBe(true);
    expect(isMetadataLine('校对：刘威', NO_FIELDS)).toBe(true);
    expect(isMetadataLine('澎湃新闻记者 钱七', NO_FIELDS)).toBe(true);
    expect(isMetadataLine('記者張三／台北報導', NO_FIELDS)).toBe(true);
    expect(isMetadataLine('聯合報／記者張三、李四／綜合報導', NO_FIELDS)).toBe(true);
    expect(isMetadataLine('Published July 21, 2023 at 9:31 a.m. EDT', NO_FIELDS)).toBe(true);
    // A reprint's note of the headline it first ran under.
    expect(isMetadataLine('原标题：春季学期开学，织密返校疫情防控网', NO_FIELDS)).toBe(true);
    expect(isMetadataLine('【原標題：春季學期開學】', NO_FIELDS)).toBe(true);
    expect(isMetadataLine('报道的原标题：春季学期开学，后来改为现在的说法，引发讨论。', NO_FIELDS)).toBe(false);
    expect(
      isMetadataLine('中新网北京7月21日电 (记者 赵六)记者21日从北京市文物部门获悉，暑期期间，北京多家博物馆将延长开放时间。', NO_FIELDS),
    ).toBe(false);
  });

  it("reads a line of the authors' names and byline words only as their credit, and nothing more", () => {
    const jane = { ...NO_FIELDS, authors: ['Jane Doe', 'John Roe'] };
    for (const line of [
      'Written by Jane Doe',
      'Jane DoeSenior Reporter',
      'Jane Doe, Staff Writer',
      'by: Jane Doe',
      'Von Jane Doe und John Roe',
      'Jane Doe | John Roe',
    ])
      expect(isMetadataLine(line, jane), line).toBe(true);
    // Readability takes a `rel="author"` link out of the text and leaves its lead.
    expect(isMetadataLine('Written by', jane)).toBe(true);
    expect(isMetadataLine('Reporting by', jane)).toBe(true);
    for (const line of ['Jane Doe said the vote was close.', 'Interview', 'Research', 'Jane Doe and the council', 'Written by a resident'])
      expect(isMetadataLine(line, jane), line).toBe(false);
    // Without authors read, no such line is known to be a credit.
    expect(isMetadataLine('Written by', NO_FIELDS)).toBe(false);
    expect(isMetadataLine('Jane Doe', NO_FIELDS)).toBe(false);
  });

  it('leaves no byline in the text when Readability took its author link out', () => {
    const prose = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>The council voted on Tuesday to approve the riverfront plan, part ${i + 1} of a story that officials said would reshape the district for decades to come.</p>`,
    ).join('');
    const html = `<html><head><title>Council approves riverfront plan</title></head><body><main><h1>Council approves riverfront plan</h1>
      <div class="article-body">${prose}<p>Written by <a rel="author" href="/u/jd">Jane Doe</a></p></div></main></body></html>`;
    const a = extract(html);
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.text).not.toMatch(/Written by|Jane Doe/);
  });

  it("keeps an interview's questions, which begin with the reporter's label", () => {
    expect(isMetadataLine('记者：你通过什么渠道最快地获取这些信息？', NO_FIELDS)).toBe(false);
    expect(isMetadataLine('记者：据你了解，农民通过什么渠道来获取农业政策和农机信息？', NO_FIELDS)).toBe(false);
    expect(isMetadataLine('记者：王五', NO_FIELDS)).toBe(true);
    expect(isMetadataLine('责任编辑：张三。', NO_FIELDS)).toBe(true);
  });

  it('cuts the trailing credit into an author', () => {
    const last = '基層干部要重“績”留“心”,在真抓實干中自然留痕。(中央紀委國家監委網站\u00a0李許堅';
    expect(splitTrailingCredit(last, '中央紀委國家監委網站')).toEqual({
      text: '基層干部要重“績”留“心”,在真抓實干中自然留痕。',
      author: '李許堅',
    });
    expect(splitTrailingCredit('这是一段正文。（完）', null)).toEqual({ text: '这是一段正文。（完）', author: null });
  });
});

describe('body', () => {
  it.each([
    ['Contribute as little as $2 to keep our journalism free and accessible to all.', true],
    ["If circumstances have changed since you last contributed, we hope you'll consider contributing to HuffPost once more.", true],
    ['© 2024 Example News. All rights reserved.', true],
    ['कॉपी लिंक', true],
    ['शेयर', true],
    ['Copy link', true],
    ['Tweet may have been deleted', true],
    ["Can't afford to donate? Support us by creating a free account and log in while you read.", true],
    ['Reader funding is one of the key ways we support our newsroom. Would you consider making a contribution?', true],
    ['शेयर बाजार में आज तेजी रही और सेंसेक्स 500 अंक चढ़ा।', false],
    ['设为首页 | 加入收藏', true],
    ['Judy Eddy/WENN.com', true],
    ['AFP / MARCO BERTORELLO', true],
    ['Foto: dpa', true],
    ['The AFP reported that the talks failed.', false],
    ['繁體', true],
    ['简体中文版的说明书将在下月发布，用户可在官网下载。', false],
    ['The council will consider the budget again on Tuesday, the mayor said.', false],
    ['Journalists from three papers joined the protest against the new media law on Friday.', false],
    // "Read also" in many languages, also where the phrase ends in a letter beyond ASCII (`más`, `också`, `także`).
    ['Related: Alaska Airlines delays full Oneworld membership to early 2021', true],
    ['RELATED: Pat Benatar is moving on from her gorgeous Maui home', true],
    ['Te puede interesar', true],
    ['Ver más: otras noticias del día', true],
    ['Läs också: Ny bro öppnad', true],
    ['Lue myös:', true],
    ['Czytaj też:', true],
    ['Читайте также: Открыт новый мост', true],
    ['Baca juga: Banjir Lahar Dingin di Sumbar', true],
    ['Related coverage of the trial continued on Monday as the jury heard from two more witnesses.', false],
    // Chinese portals' closing furniture.
    ['返回搜狐，查看更多', true],
    ['声明：本文仅代表作者观点，不代表本站立场。', true],
    ['文章转载自网络，如有侵权请联系删除', true],
    ['关键词：电梯 老旧小区', true],
    ['我要评论', true],
    ['阅读 1234 在看 12', true],
    ['（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）', true],
    ['点击进入专题：老旧小区改造', true],
    ['下载中华网客户端，看更多精彩新闻', true],
    ['打开APP阅读全文', true],
    ['声明发布后，市民纷纷表示支持这项决定，认为它将改善老旧小区的生活条件。', false],
    ['阅读是一种习惯，全市图书馆今年共接待读者一百万人次。', false],
    ['图片来源：珠海现代有轨电车官网', false],
    // Advertising labels and "continues below" markers in many languages, sign-up lines, audio players.
    ['Story continues below advertisement', true],
    ['Article continues below', true],
    ['Reklama', true],
    ['Publicité', true],
    ['Реклама', true],
    ['Zurück zur Übersicht', true],
    ['Listen to this article', true],
    ['Click here to subscribe to our newsletter.', true],
    ['Abonnez-vous à notre newsletter', true],
    ['Подписывайтесь на наш канал в Telegram', true],
    ['Reklama polityczna wraca na ulice przed wyborami, ale zasady jej finansowania pozostają niejasne.', false],
    ['The story continues below the surface, where divers found the wreck in 1998.', false],
    ['Drucken', true],
    ['Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.', true],
    ['Map data ©2024 Google', true],
    ['【関連記事】', true],
    ['Etiketler : Ekonomi, Enflasyon', true],
    ['Реклама:', true],
    ['Print editions of the paper will end in June, the publisher said.', false],
    ['11 minut czytania', true],
    ['02:57 Min. Verfügbar bis 06.05.2024', true],
    ['(Noch keine Bewertungen)', true],
    ['Ezek is érdekelhetnek', true],
    ['Aufrufe: 1234', true],
    ['Imagen: Télam', true],
    ['Submit your letter to the editor via this form.', true],
    ['Views on the plan differed sharply between the two parties, the report found.', false],
    ['Vera Wang opened a new store downtown on Monday, the company said.', false],
  ])('chrome notice: %s → %s', (text, chrome) => expect(isChromeText(text)).toBe(chrome));

  it('keeps the whole schema.org articleBody when its paragraphs sit in separate wrappers', () => {
    // One long paragraph among short ones, each in its own wrapper: Readability joins only siblings
    // of its best node and kept the long paragraph alone.
    const paragraphs = [
      'Norbert Döring, Chef der Forschungsgesellschaft für dezentrale Energiesysteme, sucht nach Auswegen aus der Energiekrise.',
      `„Aktuell sind wir in einer Situation, die die Existenz bedroht.“ ${'Einer dieser Gedanken ist, ob man aus dem Laub, das tonnenweise von den Bäumen fällt, Brennstoff machen kann. '.repeat(5)}`,
      `Ein Antrag für Fördermittel ist gestellt. ${'Wird er bewilligt, lässt sich die Presserei im Jahr 2023 noch professioneller organisieren. '.repeat(2)}`,
      `Man kann diese Pellets genauso verheizen wie Holzpellets. ${'Der Brennwert ist etwa zehn Prozent geringer, die Asche etwas mehr. '.repeat(2)}`,
    ].map(
      (t, i) =>
        `<div><div class="paragraph">${i ? `<h2 class="subline"><div>Zwischentitel ${i}</div></h2>` : ''}` +
        `<div class="paragraph-text"><div><p>${t}</p></div></div></div><div class="clear-both"></div></div>`,
    );
    const page =
      `<html lang="de"><body><h1>Heizen mit Pellets aus Laub</h1><div itemprop="articleBody"><div>${paragraphs.join('')}</div></div>` +
      '<aside><p>Ein ganz anderer Text über etwas anderes, der hier nur als Nachbar steht und nicht zum Artikel gehört.</p></aside></body></html>';
    const article = extract(page);
    for (const start of ['Norbert Döring', 'Aktuell sind wir', 'Ein Antrag', 'Man kann diese']) expect(article.text).toContain(start);
    expect(article.text).not.toContain('ganz anderer Text');
  });
});

describe('closing notices', () => {
  it("ends the body at a newspaper's copyright notice appended after the article", () => {
    const paras = [
      '今年春节前夕，记者来到乡村，看到村民们正忙着收获土豆，脸上洋溢着丰收的喜悦，合作社的仓库里堆满了新收的土豆。',
      '合作社负责人介绍说，今年土豆亩产比去年提高了两成，销路也不愁，很多订单来自南方的超市和食品加工企业。',
      '村里还建起了土豆深加工车间，把土豆做成粉条和薯片，带动了几十户村民在家门口就业，收入明显增加。',
      '根据《中华人民共和国著作权法》、《信息网络传播权保护条例》等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵犯著作权人合法权益。本报社郑重公告：',
      '一、任何单位或个人使用本报社的原创内容，必须事先取得书面授权；',
      '二、对于各类非法转载行为，欢迎读者提供侵权线索。',
    ];
    const page = `<html lang="zh"><body><h1>土豆不“土”</h1><div class="article">${paras.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const text = extract(page, { heuristics: { 'trailing-notice': true } }).text; // on by default since session 17 (README, ablation ¹²)
    expect(text).toContain('土豆深加工车间');
    expect(text).not.toContain('著作权法');
    expect(text).not.toContain('侵权线索');
  });
});

describe('split text blocks', () => {
  it("keeps a short last block of paragraphs that follows the article's first block", () => {
    // A component-built page: every few paragraphs in a block of their own.
    const block = (ps: string[]): string => `<div data-component="text-block">${ps.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const page =
      '<html><body><main><article><div data-component="headline-block"><h1>Lorry driver held after tractor crash</h1></div>' +
      '<div data-component="byline-block"><div data-testid="byline"><div><div><time>3 days ago</time></div>' +
      '<div><div><span data-testid="byline-name">Jane Doe,</span><span data-testid="byline-role">Local News</span></div></div></div>' +
      '<div><div><div><button type="button" aria-label="Share"><span></span><span>Share</span></button></div></div></div></div></div>' +
      '<figure><div data-component="image-block"><div><span>County Police</span></div></div>' +
      '<div data-component="caption-block"><figcaption>County Police shared a picture of the lorry</figcaption></div></figure>' +
      block([
        'A lorry driver carrying hay bales on the A15 near Sleaford was arrested on suspicion of drink driving.',
        'The lorry was stopped by officers after it clipped a tractor on Monday evening.',
        'The 52-year-old man was released on bail pending further tests, police said. He was also fined for a bald tyre.',
        'The tractor driver was not hurt.',
      ]) +
      block([
        'Officers closed the road at about 21:10 BST. It reopened shortly after midnight once the bales had been cleared.',
        '<i>Follow Local News on </i><a href="https://facebook.com/x">Facebook</a>, <a href="https://x.com/x">X</a>,<i> and</i> ' +
          '<a href="https://instagram.com/x">Instagram</a><i>. Send your story ideas to </i><a href="mailto:news@example.com">news@example.com</a>',
      ]) +
      '</article></main></body></html>';
    const text = extract(page).text;
    expect(text).toContain('A lorry driver carrying');
    expect(text).toContain('Officers closed the road');
  });

  it('leaves one-paragraph wrappers and caption blocks alone', async () => {
    const { mergeSplitTextBlocks } = await import('../src/body/text-blocks.js');
    const { loadHtml } = await import('../src/parse/load.js');
    const one = loadHtml(
      `<body><div><div class="w"><p>${'A long paragraph of prose in a wrapper. '.repeat(3)}</p></div><div class="w"><p>${'Another one. '.repeat(8)}</p></div></div></body>`,
    );
    expect(mergeSplitTextBlocks(one, one('p').toArray())).toBe(0);
    const gallery = loadHtml('<body><div><div class="s"><p>1/50</p><p>PA</p></div><div class="s"><p>2/50</p><p>AFP</p></div></div></body>');
    expect(mergeSplitTextBlocks(gallery, gallery('p').toArray())).toBe(0);
    const split = loadHtml(
      `<body><div><div class="t"><p>${'Prose. '.repeat(12)}</p><p>${'More prose. '.repeat(8)}</p></div><div class="t"><p>${'Prose again. '.repeat(8)}</p><p>${'And more. '.repeat(8)}</p></div></div></body>`,
    );
    expect(mergeSplitTextBlocks(split, split('p').toArray())).toBe(2);
    expect(split('body > div > p')).toHaveLength(4);
  });
});

describe('section', () => {
  const page = (head: string, crumb = ''): string =>
    `<html><head><title>Council approves the pier plan</title>${head}</head><body>${crumb}<article><h1>Council approves the pier plan</h1>` +
    `<p>${'The council voted on Thursday night to rebuild the three piers along the river. '.repeat(5)}</p></article></body></html>`;

  it('is the breadcrumb, or with none the section the metadata names', () => {
    const ld = (section: unknown) =>
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Council approves the pier plan', articleSection: section })}</script>`;
    expect(extract(page(ld('Politics'))).section).toEqual(['Politics']);
    expect(extract(page('<meta property="article:section" content="Local News">')).section).toEqual(['Local News']);
    expect(extract(page('<meta name="ColumnName" content="政务动态">')).section).toEqual(['政务动态']);
    // The trail wins where the page shows one.
    const crumb = '<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/city">City</a></nav>';
    expect(extract(page('<meta property="article:section" content="Local News">', crumb)).section).toEqual(['City']);
  });

  it('splits a short list, takes none from a keyword list or a placeholder', () => {
    const meta = (v: string) => page(`<meta property="article:section" content="${v}">`);
    expect(extract(meta('Fashion,Outfits')).section).toEqual(['Fashion', 'Outfits']);
    expect(extract(meta('Wien, Podcast, Pop, Reportage, Mundart, Kaffeehaus')).section).toEqual([]);
    expect(extract(meta('undefined')).section).toEqual([]);
    expect(extract(meta('Uncategorized')).section).toEqual([]);
  });

  // A trail's root link names the site and its last label is often the headline: neither is a section.
  const trail = (...labels: string[]) => `<nav class="breadcrumb">${labels.map((l, i) => `<a href="/${i}">${l}</a>`).join(' › ')}</nav>`;
  const sectionOf = (head: string, crumb: string, url = 'https://www.example-news.de/politik/pier-123.html') =>
    extract(page(head, crumb), { url }).section;
  const siteMeta = (name: string) => `<meta property="og:site_name" content="${name}">`;
  // Long labels come in JSON-LD trails (a visible trail of labels that long is not read as one).
  const ldTrail = (...labels: string[]) =>
    `<script type="application/ld+json">${JSON.stringify({
      '@type': 'BreadcrumbList',
      itemListElement: labels.map((name, i) => ({ '@type': 'ListItem', position: i + 1, name, item: `https://www.example-news.de/${i}` })),
    })}</script>`;

  it('leaves out a root label that names the site: its name, its domain, or the name and a home word', () => {
    expect(sectionOf(siteMeta('Example News'), trail('Example News', 'Politik', 'Inland'))).toEqual(['Politik', 'Inland']);
    expect(sectionOf('', trail('example-news.de', 'Politik'))).toEqual(['Politik']);
    expect(sectionOf('', trail('Example-News.de', 'Politik'))).toEqual(['Politik']);
    expect(sectionOf('', trail('www.example-news.de', 'Politik'))).toEqual(['Politik']);
    expect(sectionOf(siteMeta('Example News'), trail('Example News Startseite', 'Politik'))).toEqual(['Politik']);
    expect(sectionOf(siteMeta('El Ejemplo') + ldTrail('El Ejemplo: el periódico global', 'Internacional'), '')).toEqual(['Internacional']);
    expect(sectionOf(siteMeta('EN - Example News'), trail('EN', 'Lokales'))).toEqual(['Lokales']);
    // Home links in other languages.
    expect(sectionOf('', trail('Portada', 'Judicial'))).toEqual(['Judicial']);
    expect(sectionOf('', trail('Accueil', 'Economie'))).toEqual(['Economie']);
    expect(sectionOf('', trail('Start', 'Meldungen'))).toEqual(['Meldungen']);
  });

  it('keeps a root label that is a section: a subdomain, a name the site only begins with', () => {
    expect(sectionOf('', trail('Sport', 'Fußball'), 'https://sport.example-news.de/a.html')).toEqual(['Sport', 'Fußball']);
    expect(sectionOf(siteMeta('Hamburger Abendblatt'), trail('Hamburg', 'Bezirke'))).toEqual(['Hamburg', 'Bezirke']);
    expect(sectionOf(siteMeta('Example News'), trail('Example', 'Politik'))).toEqual(['Example', 'Politik']);
  });

  it('leaves out a last label that is the headline, in the same or another wording', () => {
    expect(sectionOf('', trail('Politik', 'Council approves the pier plan'))).toEqual(['Politik']);
    const reworded = 'Pier plan: the council votes for three new piers on the river';
    expect(sectionOf(ldTrail('Politik', 'Lokales', reworded), '')).toEqual(['Politik', 'Lokales']);
  });
});

describe('site name', () => {
  const page = (title: string): string =>
    `<html><head><title>${title}</title></head><body><h1>标题</h1><p>${'正文内容，'.repeat(30)}</p></body></html>`;
  it('is not a placeholder or a software credit in the <title>', () => {
    expect(extract(page('社会资本与再就业 - 学术前沿 - 三校社会学论坛 - powered by Discuz! Archiver')).siteName).toBe('三校社会学论坛');
    expect(extract(page('CCTV.com- 央视论坛 :: null')).siteName).toBeNull();
  });

  it("is the logo's brand where the <title> or og:title names it too, and no other candidate does", () => {
    const en = (title: string, head = '') =>
      `<html><head><title>${title}</title>${head}</head><body><header><a href="/" class="logo"><img alt="The Daily Example" src="l.png"></a></header>` +
      `<article><h2 class="headline">Council approves pier plan</h2><p>${'The council voted on Thursday night to rebuild the piers. '.repeat(6)}</p></article></body></html>`;
    expect(
      extract(en('Council approves pier plan', '<meta property="og:title" content="Council approves pier plan - The Daily Example">'))
        .siteName,
    ).toBe('The Daily Example');
    expect(extract(en('The Daily Example', '<meta property="og:title" content="Council approves pier plan">')).siteName).toBe(
      'The Daily Example',
    );
    // Named by neither, the logo alone is not taken.
    expect(extract(en('Council approves pier plan')).siteName).toBeNull();
  });

  it('is never a name that says it is a channel or column (`商业频道`, `信息公开专栏`) unless the stated brand is it', () => {
    expect(extract(page('耐克鞋的气垫伤机_商业频道')).siteName).toBeNull();
    const meta = page('吉林省人民政府关于印发规划的通知').replace('</head>', '<meta name="SiteName" content="信息公开专栏"></head>');
    expect(extract(meta).siteName).toBeNull();
    expect(extract(page('耐克鞋的气垫伤机_网易新闻')).siteName).toBe('网易新闻');
  });

  it("is not the search tags a portal appends to the <title>, when they are the page's keywords", () => {
    const sohu = (keywords: string) =>
      page('中法经贸合作不断拓展_中国_法国_全球')
        .replace('</head>', `<meta name="keywords" content="${keywords}"></head>`)
        .replace('标题', '中法经贸合作不断拓展');
    expect(extract(sohu('中法,全球,法国,合作,中国')).siteName).toBeNull();
    // Segments the keywords do not all list stay the site's.
    expect(extract(sohu('中法,合作')).siteName).toBe('全球');
  });

  it("is the <title>'s segment that reads as a site, not a channel or tag after it", () => {
    expect(extract(page('煮一碗好吃的腊八粥，请记好这几个小窍门_39健康网_饮食')).siteName).toBe('39健康网');
    expect(extract(page('中共中央党校学报要目-理论中国网-2022年第4期')).siteName).toBe('理论中国网');
    expect(extract(page('der Schreibstil - chadim.net - Webdesign')).siteName).toBe('chadim.net');
    // The last segment stays the site when it reads as one, or when no segment does.
    expect(extract(page('煮一碗好吃的腊八粥_饮食频道_39健康网')).siteName).toBe('39健康网');
  });

  it('is no bracketed tag of the <title> (`北医新闻网_(新闻)`)', () => {
    expect(extract(page('北医新闻网_(新闻)')).siteName).not.toBe('(新闻)');
    expect(extract(page('北医新闻网_【新闻】')).siteName).not.toBe('【新闻】');
  });

  it('leads the <title> when the headline closes it (`Site | Headline`)', () => {
    const story = (title: string) =>
      `<html><head><title>${title}</title></head><body><h1>Riverfront piers to be rebuilt</h1><p>${'The council voted to rebuild the piers. '.repeat(8)}</p></body></html>`;
    const a = extract(story('Daily Gazette | Riverfront piers to be rebuilt'), { debug: true });
    expect([a.title, a.siteName]).toEqual(['Riverfront piers to be rebuilt', 'Daily Gazette']);
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'siteName', origin: 'title-prefix' }));
    expect(extract(story('Riverfront piers to be rebuilt | Daily Gazette')).siteName).toBe('Daily Gazette');
    // A <title> that is the headline alone names no site.
    expect(extract(story('Riverfront piers to be rebuilt')).siteName).toBeNull();
  });

  it("is not the half of a headline cut at a date's middle dot (`5·19`)", () => {
    const headline = '就在这个周末，超60家景区推门票半价！5·19中国旅游日上海送出“文旅大礼包”';
    const story = (title: string) =>
      `<html><head><title>${title}</title></head><body><h1>${headline}</h1><p>${'正文内容，'.repeat(30)}</p></body></html>`;
    const a = extract(story(headline));
    expect([a.title, a.siteName]).toEqual([headline, null]);
    expect(extract(story(`${headline} · 东方网`)).siteName).toBe('东方网');
  });

  const portal = (head: string, top: string, foot: string): string => `<html><head>${head}</head><body>${top}
    <h1>上海多区新增社区长者食堂</h1><p>2024-03-05 10:20 来源：澎湃新闻</p><p>${'老人家门口吃上热乎饭，社区食堂覆盖更多街道。'.repeat(8)}</p>
    <div class="footer"><p>${foot}</p></div></body></html>`;

  it('is the portal, not its channel, when the copyright line or the logo names the portal', () => {
    const money = extract(portal('<title>上海多区新增社区长者食堂_网易财经</title>', '', 'Copyright © 1997-2024 网易公司版权所有'), {
      debug: true,
    });
    expect(money.siteName).toBe('网易');
    expect(money.origins?.find((o) => o.field === 'siteName')?.origin).toBe('brand:copyright');
    const subscribe = extract(
      portal(
        '<title>上海多区新增社区长者食堂|网易订阅</title>',
        '<div class="logo"><a href="/"><img src="l.png" alt="网易"></a></div>',
        '',
      ),
    );
    expect(subscribe.siteName).toBe('网易');
    const news = extract(
      portal(
        '<title>上海多区新增社区长者食堂_网易新闻</title><meta property="og:site_name" content="网易新闻">',
        '',
        '网易公司版权所有 Copyright © 1997-2024 网易公司',
      ),
    );
    expect(news.siteName).toBe('网易');
    // The portal's channel closing a <title> that names an account before it (`Headline|新京报_网易订阅`).
    const account = extract(portal('<title>上海多区新增社区长者食堂|新京报_网易订阅</title>', '', '网易公司版权所有 ©1997-2024'));
    expect(account.siteName).toBe('网易');
  });

  it('is the name without the domain in brackets after it', () => {
    expect(extract(portal('<title>上海多区新增社区长者食堂_新闻频道_央视网(cctv.com)</title>', '', '')).siteName).toBe('央视网');
  });

  it('is not a column named in og:site_name or the breadcrumb when the <title> ends with the portal', () => {
    const column = extract(
      portal('<title>上海多区新增社区长者食堂_科技湃_澎湃新闻</title><meta property="og:site_name" content="科技湃">', '', ''),
    );
    expect(column.siteName).toBe('澎湃新闻');
    // Also where the portal's Latin name closes the <title>.
    const latin = extract(
      portal('<title>上海多区新增社区长者食堂_科技湃_澎湃新闻-The Paper</title><meta property="og:site_name" content="科技湃">', '', ''),
    );
    expect(latin.siteName).toBe('澎湃新闻');
    const crumb = extract(
      portal(
        '<title>上海多区新增社区长者食堂_10%公司_澎湃新闻</title>',
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/c">10%公司</a> &gt; 正文</div>',
        '',
      ),
    );
    expect(crumb.siteName).toBe('澎湃新闻');
    // A trail opened by the site itself still names it.
    const own = extract(
      portal(
        '<title>上海多区新增社区长者食堂_评论_中國甘肅網</title>',
        '<div class="crumb">当前位置：<a href="/">中國甘肅網</a> &gt; <a href="/c">评论</a></div>',
        '',
      ),
    );
    expect(own.siteName).toBe('中國甘肅網');
  });

  it('is the name a <title> sets after the headline by a colon, a glued dash, or at a length no segment of a name has', () => {
    const story = (title: string, h1: string, lang = 'de') =>
      `<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${h1}</h1>` +
      `<p>${'Am Aktionstag stellen Betriebe ihre Arbeit mit dem Zweinutzungshuhn vor und laden zu Besuchen ein. '.repeat(4)}</p></article></body></html>`;
    const headline = 'Tag des Zweinutzungshuhns am 22. Januar';
    expect(extract(story(`${headline}: Oekolandbau`, headline)).siteName).toBe('Oekolandbau');
    expect(extract(story(`${headline} : Landwirtschaftskammer Niedersachsen`, headline)).siteName).toBe(
      'Landwirtschaftskammer Niedersachsen',
    );
    expect(extract(story('„Unermüdlicher Einsatz“  –   Die Neue Südtiroler Tageszeitung', '„Unermüdlicher Einsatz“')).siteName).toBe(
      'Die Neue Südtiroler Tageszeitung',
    );
    expect(extract(story('政府、新たな交通計画を発表：朝日新聞デジタル', '政府、新たな交通計画を発表', 'ja')).siteName).toBe(
      '朝日新聞デジタル',
    );
    expect(extract(story('为什么 ChatGPT 不火了？-CSDN博客', '为什么 ChatGPT 不火了？', 'zh')).siteName).toBe('CSDN博客');
    // Not a subtitle of many words, a bracketed tag, or what comes before the headline.
    expect(extract(story(`${headline}: was Betriebe an diesem Tag ihren Gästen alles zeigen wollen`, headline)).siteName).toBeNull();
    expect(extract(story('北医新闻网_(新闻)', '北医新闻网', 'zh')).siteName).toBeNull();
    expect(extract(story(`Deutscher Verband Flüssiggas e.V. - ${headline}`, headline)).siteName).toBeNull();
  });

  it('is the part of og:site_name the <title> names, where og:site_name adds a tagline the <title> leaves out', () => {
    const story = (title: string, siteName: string) =>
      `<html><head><title>${title}</title><meta property="og:site_name" content="${siteName}"></head><body><h1>Riverfront piers to be rebuilt</h1>` +
      `<p>${'The council voted to rebuild the piers. '.repeat(8)}</p></body></html>`;
    const tagline = 'Example News - Breaking news, sport, weather and the stories behind them across the region';
    expect(extract(story('Riverfront piers to be rebuilt | Example News', tagline)).siteName).toBe('Example News');
    expect(extract(story('Riverfront piers to be rebuilt | Example News', 'Example News | Your daily paper')).siteName).toBe(
      'Example News',
    );
    // A name the <title> gives whole stays whole.
    expect(extract(story('Riverfront piers to be rebuilt - LN - Lübecker Nachrichten', 'LN - Lübecker Nachrichten')).siteName).toBe(
      'LN - Lübecker Nachrichten',
    );
    const ministry = 'Bundesministerium für Bildung und Forschung - BMBF';
    expect(extract(story('Riverfront piers to be rebuilt - BMBF', ministry)).siteName).toBe(ministry);
  });

  it('keeps a Latin site name whole beside a shorter copyright owner', () => {
    const bbc = extract(
      portal(
        '<title>Headline - BBC News</title><meta property="og:site_name" content="BBC News">',
        '',
        'Copyright © 2024 BBC. The BBC is not responsible for the content of external sites.',
      ),
    );
    expect(bbc.siteName).toBe('BBC News');
  });

  it.each([
    ['Copyright © 1997-2024 网易公司版权所有', '网易'],
    ['© 2024 The Daily Example. All rights reserved.', 'The Daily Example'],
    ['Copyright © 2024 NetEase, Inc. All Rights Reserved', 'NetEase'],
    ['版權所有 © 中國甘肅網 隴ICP備08000979號', '中國甘肅網'],
    ['Copyright 2023 Example Media GmbH', 'Example Media'],
    ['© RELEASE HOUSE', 'RELEASE HOUSE'],
    ['Copyright © 2024', null],
    // Chinese footers that name the owner before 版权所有.
    ['网易公司版权所有 ©1997-2024', '网易'],
    ['新浪公司 版权所有', '新浪'],
    ['凤凰网版权所有', '凤凰网'],
    ['本网站所刊载信息，不代表本站观点。版权所有', null],
    ['本网版权所有', null],
    ['京ICP备12345678号 版权所有', null],
  ] as const)('copyright owner of %s', (line, brand) => {
    expect(copyrightBrand(line)).toBe(brand);
  });
});

describe('language', () => {
  it.each([
    ['日前,中央紀委國家監委公開通報了10起加重基層負擔的形式主義、官僚主義典型問題。', 'zh'],
    ['元兵庫県明石市長の泉房穂氏が２０日、東京都知事選への立候補を表明した。', 'ja'],
    ['The council said that the piers were no longer safe for large crowds and would be rebuilt.', 'en'],
    ['Die Stadt hat am Montag beschlossen, dass die Brücke im Sommer für den Verkehr gesperrt wird.', 'de'],
    ['Regeringen meddelade på tisdagen att den kommer att satsa mer pengar på skolan och att lärarna ska få högre löner.', 'sv'],
    ['Regeringen meddelte tirsdag, at den vil bruge flere penge på skolerne, og at lærerne skal have højere løn efter valget.', 'da'],
    ['Hallitus ilmoitti tiistaina, että se aikoo käyttää enemmän rahaa kouluihin ja että opettajien palkkoja nostetaan.', 'fi'],
    ['Hükümet salı günü yaptığı açıklamada okullara daha fazla para harcayacağını ve bu yıl maaşların artırılacağını duyurdu.', 'tr'],
    ['Vláda v úterý oznámila, že bude do škol investovat více peněz a že učitelé dostanou vyšší platy, uvádí se v tiskové zprávě.', 'cs'],
    ['Η κυβέρνηση ανακοίνωσε την Τρίτη ότι θα δαπανήσει περισσότερα χρήματα για τα σχολεία και ότι οι μισθοί θα αυξηθούν.', 'el'],
    ['Правительство во вторник объявило, что потратит больше денег на школы и что зарплаты учителей будут повышены.', 'ru'],
    ['Уряд у вівторок оголосив, що витратить більше грошей на школи і що зарплати вчителів будуть підвищені.', 'uk'],
    ['Chính phủ thông báo hôm thứ Ba rằng sẽ chi nhiều tiền hơn cho trường học và lương của giáo viên sẽ được tăng.', 'vi'],
    ['De gemeenteraad heeft maandag het plan voor de haven goedgekeurd, zei de burgemeester, en de werken beginnen in de zomer.', 'nl'],
  ])('%s → %s', (text, lang) => expect(guessLang(text)).toBe(lang));

  // A template's lang="en" over a text in another language: the text's stop words decide when they are many and
  // several times the declared language's.
  const declaredPage = (lang: string, text: string) =>
    `<html lang="${lang}"><head><title>Headline</title></head><body><h1>Headline</h1><p>${text}</p></body></html>`;
  const german =
    'Die Stadt hat am Montag beschlossen, dass die Brücke im Sommer für den Verkehr gesperrt wird und nicht vor dem Herbst wieder öffnet. ';
  const swahili =
    'Serikali imesema kwamba mradi huo utaanza mwaka huu, lakini wananchi wamesema kuwa hawajapata taarifa zaidi kutoka kwa viongozi wao. ';
  const english = 'The council said that the piers were no longer safe for large crowds and would be rebuilt with a grant from the state. ';
  it.each([
    ['en', 'German', german.repeat(4), 'de'],
    ['en', 'Swahili', swahili.repeat(4), 'sw'],
    ['fr', 'English', english.repeat(4), 'en'],
    // kept: the declared language's text, one with a few quoted words of another, a language without a stop-word list
    ['en', 'English', english.repeat(4), 'en'],
    ['en', 'English quoting German', english.repeat(3) + german, 'en'],
    ['de', 'German and English', german.repeat(2) + english.repeat(2), 'de'],
    ['xx', 'German', german.repeat(4), 'xx'],
    // words of one or two letters do not count (`de`, `do`, `da` are Portuguese and names: `Kevin De Bruyne`)
    ['de', 'names', 'De Bruyne, da Silva, do Nascimento und De Jong. '.repeat(20), 'de'],
  ])('declared %s over %s', (declared, _, text, lang) => {
    expect(extract(declaredPage(declared, text)).lang).toBe(lang);
  });
});

describe('text dumps', () => {
  it('reads a dump without breadcrumbs: headline, info line, body, footer', () => {
    const dump = [
      '暑期文旅市场热度攀升',
      '2023-07-21 09:31 来源：新华网 编辑：李明',
      '今年暑期，各地文旅市场持续升温，多地推出惠民举措吸引游客，旅游消费呈现多元化趋势。',
      '业内人士表示，随着服务质量不断提升，游客满意度也在稳步提高，暑期旅游市场有望继续保持增长。',
      '版权声明：本网站所刊载信息，不代表本站观点。',
      '京ICP备12345678号',
    ].join('\n');
    const article = extract(dump);
    expect(article.title).toBe('暑期文旅市场热度攀升');
    expect(article.source).toBe('新华网');
    expect(article.editor).toBe('李明');
    expect(article.date).toBe('2023-07-21T09:31:00+08:00');
    expect(article.text.split('\n\n')).toHaveLength(2);
    expect(article.html).toBeNull();
    expect(article.removed.filter((r) => r.reason === 'text-footer')).toHaveLength(2);
  });
});

describe('dates', () => {
  const page = (info: string): string => `<html lang="ja"><head><meta charset="utf-8"><title>記事</title></head><body>
<h1>Google ChromeのNever-Slow Mode</h1><div class="info">${info}</div>
<p>GoogleはNever-Slow Modeと呼ばれるプロトタイプ機能に取り組んでいる。このプロトタイプ機能はChromiumプロジェクトでコミット作業進行中である。</p>
<p>ユーザーエクスペリエンスの向上、一貫性のある迅速なブラウジングの提供を目的としている。</p></body></html>`;

  it('writes a Japanese or Korean time shown without a zone in +09:00, a German one without an offset', () => {
    expect(extract(page('2024年3月5日 17時09分')).date).toBe('2024-03-05T17:09:00+09:00');
    expect(extract(page('2024年3月5日 17時09分').replace('lang="ja"', 'lang="ko"')).date).toBe('2024-03-05T17:09:00+09:00');
    // A day alone stays a day.
    expect(extract(page('2024年3月5日')).date).toBe('2024-03-05');
    const de = `<html lang="de"><head><title>Rat beschließt Plan</title></head><body><h1>Rat beschließt Plan</h1><div class="info">05.03.2024, 17:09 Uhr</div><p>${'Der Stadtrat hat am Donnerstag den Plan für die drei Anleger beschlossen. '.repeat(4)}</p></body></html>`;
    expect(extract(de).date).toBe('2024-03-05T17:09:00');
  });

  it('reads an info line below a share bar of one line a button, not a date below the first paragraph and a tag list', () => {
    const buttons = ['Teilen', '0', 'Kommentare', 'E-Mail', 'Teilen', 'Mehr', 'Twitter', 'Drucken', 'Feedback'];
    const bar = `<ul class="share">${buttons.map((b) => `<li><a href="#share">${b}</a></li>`).join('')}</ul>`;
    const caption = [
      'Fehler melden',
      'Sie haben einen Fehler gefunden?',
      'Bitte markieren Sie die Wörter im Text.',
      'Das Foto zeigt den Anleger.',
    ];
    const lead = 'Der Stadtrat hat am Donnerstag den Plan für die drei Anleger beschlossen.';
    const body = `<p>${'Der Umbau soll im Frühjahr beginnen und zwei Jahre dauern, so die Verwaltung. '.repeat(5)}</p>`;
    const page = (between: string, info: string) =>
      `<html lang="de"><head><title>Rat beschließt Plan</title></head><body><h1>Rat beschließt Plan</h1><p class="dek">${lead}</p>${between}<div class="info">${info}</div>${body}${body}</body></html>`;
    const withBar = page(bar + caption.map((c) => `<div>${c}</div>`).join(''), 'Freitag, 28.04.2023, 19:25');
    const article = extract(withBar);
    expect(article.date).toBe('2023-04-28T19:25:00');
    // The info line is a field, not text.
    expect(article.text).not.toMatch(/28\.04\.2023/);
  });

  it('looks for the info line in a window below the headline that a share bar widens and a list below the text does not', () => {
    const ctxOf = (texts: string[]) => ({ lines: texts.map((text, index) => ({ text, index })) }) as unknown as PageContext;
    const prose = 'Der Umbau soll im Frühjahr beginnen und zwei Jahre dauern, so die Verwaltung. '.repeat(5);
    const buttons = Array.from({ length: 20 }, () => 'Teilen');
    const lines = (texts: string[]) => linesNearHeadline(ctxOf(texts), 0).map((l) => l.text);
    // 14 lines below the headline, the 15th not.
    const plain = Array.from({ length: 20 }, (_, i) => `Line ${i + 1} of the page`);
    expect(lines(['Headline', ...plain]).at(-1)).toBe('Line 14 of the page');
    // Buttons before the text do not count; after a paragraph they do.
    expect(lines(['Headline', ...buttons, ...plain]).at(-1)).toBe('Line 14 of the page');
    expect(lines(['Headline', prose, ...buttons, ...plain]).at(-1)).toBe('Teilen');
    // However many buttons, 42 lines at most.
    expect(lines(['Headline', ...buttons, ...buttons, ...buttons, ...plain])).toHaveLength(43);
  });

  it("dates a translation by its own date, not its source article's (原文(投稿日：…))", () => {
    expect(extract(page('2019年2月27日 読了時間 3 分 作者： Diogo Carleto 原文(投稿日：2019/02/16)')).date).toBe('2019-02-27');
    // With nothing else shown, the source article's date is better than none.
    expect(extract(page('作者： Diogo Carleto 原文(投稿日：2019/02/16)')).date).toBe('2019-02-16');
  });

  it('takes a dateline at the head of the first paragraph when no info line shows a date', () => {
    const para = (lead: string): string =>
      `<p>${lead}„Der Arbeitsmarkt ist gut in das Jahr gestartet. ${'Die Zahl der arbeitslosen Menschen ist im Januar zwar gestiegen, aber bei Weitem nicht so stark wie üblich. '.repeat(4)}</p>`;
    const page = (lead: string): string =>
      `<html lang="de"><body><h1>Arbeitslosenzahlen im Januar</h1>${para(lead)}${para('')}</body></html>`;
    expect(extract(page('01.02.2022 ')).date).toBe('2022-02-01');
    expect(extract(page('Nürnberg, 01.02.2022 – ')).date).toBe('2022-02-01');
    // A date deep inside running text is not the page's date.
    expect(extract(page('Seit dem Beginn der Erhebungen im Jahr 2005 und auch am 01.02.2022 ')).date).toBeNull();
  });

  it('reads an ambiguous numeric date month first on a page that declares a locale writing it so (en-US) or `en` alone, not on others', () => {
    const html = (
      lang: string,
      info: string,
    ): string => `<html lang="${lang}"><head><title>City council approves downtown traffic plan</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>City council approves downtown traffic plan</h1><div class="byline">By Jane Doe | ${info}</div>
<p>${'After months of debate, the council approved a plan that closes several streets around Market Square to through traffic. '.repeat(3)}</p>
<p>${'The first changes are expected this fall, and the rebuilt intersection by the station will cost about $4.8 million. '.repeat(3)}</p>
</article><footer>© 2024 The City Ledger</footer></body></html>`;
    expect(extract(html('en-US', '05/03/2022')).date).toBe('2022-05-03');
    expect(extract(html('en-US', 'Published: 05/03/2022 10:30 AM')).date).toBe('2022-05-03T10:30:00');
    // British English keeps the day-first default; English with no region reads it month first too, unless the page
    // shows it writes day first (tests/dates-round3.test.ts).
    expect(extract(html('en-GB', '05/03/2022')).date).toBe('2022-03-05');
    expect(extract(html('en', '05/03/2022')).date).toBe('2022-05-03');
    // A date that is plain either way is read as written.
    expect(extract(html('en-US', '25/03/2022')).date).toBe('2022-03-25');
  });

  it('reads the time a block below the day shows, with its unit or half of the day', () => {
    const html = (
      lang: string,
      day: string,
      time: string,
    ): string => `<html lang="${lang}"><head><title>Rat beschließt Plan</title></head><body>
<article><h1>Rat beschließt Plan</h1><div class="date">${day}</div><div class="time">${time}</div>
<p>${'Der Stadtrat hat am Dienstag den Plan für die drei Anleger beschlossen, die seit dem Hochwasser gesperrt sind. '.repeat(4)}</p></article></body></html>`;
    expect(extract(html('de', '03.05.2022', '10:30 Uhr')).date).toBe('2022-05-03T10:30:00');
    expect(extract(html('de', '03.05.2022', '10:30')).date).toBe('2022-05-03T10:30:00');
    expect(extract(html('en', 'May 3, 2022', '10:30 AM')).date).toBe('2022-05-03T10:30:00');
    expect(extract(html('en', 'May 3, 2022', '10:30 p.m.')).date).toBe('2022-05-03T22:30:00');
  });

  it('reads the publication and the update that WordPress prints in two <time> elements side by side', () => {
    // (no datetime attributes, and a first paragraph that opens with the day of the event it reports)
    const html = (
      published: string,
      updated: string,
    ): string => `<html lang="de"><head><title>Hund vertreibt Einbrecher</title></head><body>
<article><h1>Hund vertreibt Einbrecher</h1><div class="entry-meta"><span class="posted-on"><a href="/2023/11/01/hund/"><time class="entry-date published">${published}</time><time class="updated">${updated}</time></a></span>
<span class="byline">von <a href="/author/red/">Redaktion</a></span></div>
<p>Am 31.10.2023, gegen 23:40 Uhr, versuchte ein Unbekannter, in ein Wohnhaus in der Nordstraße einzudringen. Der Hund der Familie schlug an.</p>
<p>${'Die Polizei bittet Zeugen, die verdächtige Personen beobachtet haben, sich unter der bekannten Nummer zu melden. '.repeat(3)}</p></article></body></html>`;
    expect(extract(html('1. November 2023', '2. November 2023')).date).toBe('2023-11-01');
    expect(extract(html('01.11.2023', '02.11.2023')).date).toBe('2023-11-01');
  });

  it.each([
    ['sv', 'Uppdaterad 6 mars 2024 kl. 09.15 · Publicerad 5 mars 2024 kl. 10.20'],
    ['da', 'Opdateret 6. marts 2024 kl. 09.15 · Publiceret 5. marts 2024 kl. 10.20'],
    ['fi', 'Päivitetty 6.3.2024 klo 9.15 · Julkaistu 5.3.2024 klo 10.20'],
    ['tr', 'Güncelleme: 6 Mart 2024 09:15 · Yayınlanma: 5 Mart 2024 10:20'],
    ['cs', 'Aktualizováno 6. března 2024 9:15 · Publikováno 5. března 2024 10:20'],
    ['ru', 'Обновлено 6 марта 2024, 09:15 · Опубликовано 5 марта 2024, 10:20'],
  ])('tells the update from the publication in an info line (%s)', (lang, info) => {
    const html = `<html lang="${lang}"><head><meta charset="utf-8"><title>Headline of the story here</title></head><body><article>
      <h1>Headline of the story here</h1><p class="meta">${info}</p><p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(8)}</p></article></body></html>`;
    const a = extract(html);
    expect(a.date).toBe('2024-03-05T10:20:00');
    expect(a.dateModified).toBe('2024-03-06T09:15:00');
  });

  it.each([
    [
      '<meta name="weibo: article:create_at" content="2024-03-05 10:21:00"><meta name="weibo: article:update_at" content="2024-03-06 09:15:00">',
    ],
    [
      '<meta name="bytedance:published_time" content="2024-03-05T10:21:00+08:00"><meta name="bytedance:updated_time" content="2024-03-06T09:15:00+08:00">',
    ],
    [
      '<meta property="og:release_date" content="2024-03-05 10:21:00"><meta property="article:modified_time" content="2024-03-06 09:15:00">',
    ],
  ])('reads the dates Chinese portals write for the Weibo and Toutiao crawlers (%s)', (metas) => {
    const html = `<html lang="zh-CN"><head><meta charset="utf-8"><title>老旧小区加装电梯</title>${metas}</head><body><h1>老旧小区加装电梯</h1>
      <div class="info">来源：新华网</div><p>${'今年夏天，全市共有一百二十个老旧小区加装电梯，居民上下楼更加方便。'.repeat(4)}</p></body></html>`;
    expect(extract(html)).toMatchObject({ date: '2024-03-05T10:21:00+08:00', dateModified: '2024-03-06T09:15:00+08:00' });
  });

  it("writes the page's own offset by default and UTC instants with dateZone 'utc'", () => {
    const html = `<html><head><meta property="article:published_time" content="2016-10-02T19:30:57-07:00">
<meta property="article:modified_time" content="2016-10-03"></head><body><h1>Box office</h1>
<p>${'A long weekend at the box office, with several new films opening across the country. '.repeat(4)}</p></body></html>`;
    expect(extract(html)).toMatchObject({ date: '2016-10-02T19:30:57-07:00', dateModified: '2016-10-03' });
    expect(extract(html, { dateZone: 'utc' })).toMatchObject({ date: '2016-10-03T02:30:57Z', dateModified: '2016-10-03' });
  });
});

describe('bad input', () => {
  it('refuses empty and binary bytes with a kind', () => {
    expect(() => extract(new Uint8Array())).toThrow(expect.objectContaining({ kind: 'empty' }));
    expect(() => extract(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]))).toThrow(
      expect.objectContaining({ kind: 'binary' }),
    );
  });

  it('reads a page that never closes <head> (no </head>, no <body>) as a browser does', () => {
    const page =
      '<!DOCTYPE html><html><head><meta charset="UTF-8"><title>«Gute Löhne alleine reichen nicht»</title>' +
      '<div id="article"><h1 class="title">«Gute Löhne alleine reichen nicht»</h1><span class="_publishingdate">07.11.2023</span>' +
      `<p>${'Das Zentrum Ergolz lud zur Gesprächsrunde ein, wie Arbeitgeber genügend Personal finden. '.repeat(4)}</p></div>` +
      '<p>Michael Sokoll</p><meta name="author" content="Michael Sokoll"></html>';
    const article = extract(page);
    expect(article).toMatchObject({ title: '«Gute Löhne alleine reichen nicht»', date: '2023-11-07', authors: ['Michael Sokoll'] });
    expect(article.text).toMatch(/^Das Zentrum Ergolz/);
  });

  it('gives an empty body with a warning for a page without an article', () => {
    const article = extract('<html><head><title>Login</title></head><body><form><input name="u"></form></body></html>');
    expect(article.text).toBe('');
    expect(article.warnings).toContain('no article body found');
  });
});

describe('a lone headline among several <h1>', () => {
  it("takes the one inside the post, not the blog's <h1> above it, also when <body> is classed single-post", () => {
    const html =
      '<html><head><title>Die Ablehnung der Gendersprache » SciLogs</title></head>' +
      '<body class="post-template-default single single-post postid-1568"><header><h1>BLOG: Die Engelbart-Galaxis</h1></header>' +
      '<div class="wrap"><div class="entry"><h1 class="entry-title">Die Ablehnung von Gendersprache – medial produziert</h1>' +
      `<p>${'Umfragen zeigen eine breite Ablehnung, doch wie entsteht sie eigentlich in den Medien? '.repeat(6)}</p></div></div></body></html>`;
    expect(extract(html).title).toBe('Die Ablehnung von Gendersprache – medial produziert');
  });
});

describe('kicker and description', () => {
  const article = (head: string, h1: string, body: string): string =>
    `<html><head>${head}</head><body><main>${h1}${body}</main></body></html>`;
  const TEXT =
    '<p>VW hat den Prototyp eines Akkupacks für ein Motorrad vorgestellt. Unklar ist, ob dafür genug Akkus geliefert wurden, sagt der Hersteller.</p>' +
    `<p>${'Der Hersteller nennt keine Stückzahlen, und auch der Partner schweigt zu den Details der Lieferung. '.repeat(3)}</p>`;

  it('takes the words before a hidden separator as the kicker, whatever the parts are called', () => {
    const h1 =
      '<h1><span class="reader__subline">Waffenlieferungen an Israel<span class="visually-hidden">:</span></span>' +
      '<span class="reader__topline">Paläs&shy;ti&shy;nenser legt Ver&shy;fas&shy;sungs&shy;be&shy;schwerde ein</span></h1>';
    const a = extract(article('<title>Waffenlieferungen an Israel | LTO</title>', h1, TEXT));
    expect([a.title, a.kicker]).toEqual(['Palästinenser legt Verfassungsbeschwerde ein', 'Waffenlieferungen an Israel']);
    // A hidden dash between the parts says the same (`Umbau des Weissen Hauses – Trump plant …`).
    const dash =
      '<h1><span class="titleheader">Umbau des Weissen Hauses</span><span class="hiddendash" aria-hidden="true"> – </span><span>Trump plant einen Landeplatz</span></h1>';
    expect(extract(article('<title>Trump plant einen Landeplatz</title>', dash, TEXT)).kicker).toBe('Umbau des Weissen Hauses');
  });

  it('takes the kicker printed in its own element just above the heading, and no other line above it', () => {
    const above = (top: string, h1 = '<h1>Hat Quantumscape genug Akkus gebaut?</h1>') =>
      extract(article('<title>Hat Quantumscape genug Akkus gebaut? - Golem.de</title>', `<header>${top}${h1}</header>`, TEXT));
    const a = above('<p class="article-kicker">Akkutechnik</p>');
    expect([a.title, a.kicker]).toEqual(['Hat Quantumscape genug Akkus gebaut?', 'Akkutechnik']);
    // Above a wrapper the heading opens.
    expect(
      above('<div class="topline">Akkutechnik</div>', '<div class="title-wrap"><h1>Hat Quantumscape genug Akkus gebaut?</h1></div>').kicker,
    ).toBe('Akkutechnik');
    // A line that is no kicker, or a kicker's class on a teaser's length of text, or only a date.
    expect(above('<p class="section">Akkutechnik</p>').kicker).toBeNull();
    expect(
      above(`<p class="kicker">${'Der Hersteller nennt keine Stückzahlen und der Partner schweigt. '.repeat(2)}</p>`).kicker,
    ).toBeNull();
    expect(above('<p class="overline">27.01.2022</p>').kicker).toBeNull();
    // Without the date printed beside the kicker, in an element of its own or not, and the marks between.
    expect(above('<div class="dachzeile">FINTECH<span class="dachdatum">20. Juni 2019</span></div>').kicker).toBe('FINTECH');
    expect(above('<div class="eyebrow"><a href="/politik">Politik</a> / <span>11. Januar 2024</span></div>').kicker).toBe('Politik');
  });

  it('splits a kicker span from the headline and leaves no separator at either edge', () => {
    const page = article(
      '<title>Akkutechnik: Hat Quantumscape genug Akkus gebaut? - Golem.de</title>',
      '<h1><span class="article-title__kicker">Akkutechnik</span><span class="article-title__separator">: </span><span class="article-title__headline">Hat Quantumscape genug Akkus gebaut?</span></h1>',
      TEXT,
    );
    const a = extract(page, { debug: true });
    expect(a.title).toBe('Hat Quantumscape genug Akkus gebaut?');
    expect(a.kicker).toBe('Akkutechnik');
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'kicker', origin: 'heading-kicker' }));
  });

  it('glues the kicker when og:title and the JSON-LD headline both state the headline with it', () => {
    const stated = 'Akkutechnik: Hat Quantumscape genug Akkus gebaut?';
    const h1 =
      '<h1><span class="article-title__kicker">Akkutechnik</span><span class="article-title__separator">: </span><span class="article-title__headline">Hat Quantumscape genug Akkus gebaut?</span></h1>';
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: stated })}</script>`;
    const both = extract(
      article(`<title>${stated} - Golem.de</title><meta property="og:title" content="${stated} - Golem.de">${ld}`, h1, TEXT),
      {
        debug: true,
      },
    );
    expect(both.title).toBe(stated);
    expect(both.kicker).toBe('Akkutechnik');
    expect(both.origins).toContainEqual(expect.objectContaining({ field: 'title', origin: 'og+json-ld' }));
    // og:title alone is not enough: many sites write `Section: Headline` there.
    const ogOnly = extract(article(`<title>${stated} - Golem.de</title><meta property="og:title" content="${stated}">`, h1, TEXT));
    expect(ogOnly.title).toBe('Hat Quantumscape genug Akkus gebaut?');
    // Nor is a stated headline of other wording than the visible one.
    const other = 'Akkutechnik: Quantumscape liefert Akkus';
    const ldOther = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: other })}</script>`;
    const reworded = extract(article(`<title>${stated}</title><meta property="og:title" content="${other}">${ldOther}`, h1, TEXT));
    expect(reworded.title).toBe('Hat Quantumscape genug Akkus gebaut?');
    // The two may word the separator differently.
    const ldDashed = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Akkutechnik - Hat Quantumscape genug Akkus gebaut?' })}</script>`;
    const dashed = extract(article(`<title>Golem.de</title><meta property="og:title" content="${stated}">${ldDashed}`, h1, TEXT));
    expect(dashed.title).toBe(stated);
  });

  it('matches a heading to og:title written with soft hyphens or word joiners', () => {
    const page = article(
      '<title>Tages-Anzeiger</title><meta property="og:title" content="Trump plant Helikopter&shy;landeplatz &#8211;&#8288; beim Weissen Haus">',
      '<h2 class="headline">Trump plant Helikopterlandeplatz – beim Weissen Haus</h2>',
      TEXT,
    );
    const a = extract(page, { debug: true });
    expect(a.title).toBe('Trump plant Helikopterlandeplatz – beim Weissen Haus');
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'title', origin: 'heading:h2' }));
  });

  it('reads HTML escapes in JSON-LD strings as the characters they stand for', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Neue Traumfrau bei &#8222;Sturm der Liebe&#8220;: R&uuml;ckkehr &amp; Abschied',
      author: [{ '@type': 'Person', name: 'Lindsey O&#039;Donnell' }],
      keywords: 'Verhaftung, detenci&oacute;n',
    })}</script>`;
    const a = extract(article(`<title>Startseite</title>${ld}`, '', TEXT));
    expect(a.title).toBe('Neue Traumfrau bei „Sturm der Liebe“: Rückkehr & Abschied');
    expect(a.authors).toEqual(["Lindsey O'Donnell"]);
    expect(a.tags).toEqual(['Verhaftung', 'detención']);
  });

  it('keeps no leading mark when the kicker span is hidden text', () => {
    const page = article(
      '<title>Entwurf des Gesetzes: Ein bisschen Fortschritt - taz.de</title>',
      '<h1><span class="kicker">Entwurf des Gesetzes</span><span class="hide">: </span><span>Ein bisschen Fortschritt</span></h1>',
      TEXT,
    );
    expect(extract(page).title).toBe('Ein bisschen Fortschritt');
  });

  it('gives an unmarked kicker before the confirmed headline as the kicker', () => {
    const page = article(
      '<title>Große Aufgaben für die neue Regierung | Zeitung</title>',
      '<h1>Tunesien Große Aufgaben für die neue Regierung</h1>',
      TEXT,
    );
    const a = extract(page);
    expect(a.title).toBe('Große Aufgaben für die neue Regierung');
    expect(a.kicker).toBe('Tunesien');
  });

  it('cuts an unmarked kicker where the headline begins, whatever punctuation the <title> gives it', () => {
    const page = article(
      '<title>Trump spricht nach der Stürmung über US-Bodeneinsätze | Nachrichten</title>',
      '<h1>„Es wird bald beginnen“: Trump spricht nach der Stürmung über U.S.-Bodeneinsätze</h1>',
      TEXT,
    );
    const a = extract(page);
    expect(a.title).toBe('Trump spricht nach der Stürmung über US-Bodeneinsätze');
    expect(a.kicker).toBe('„Es wird bald beginnen“');
  });

  it('keeps a question whole when the <title> gives only its end, without its question mark', () => {
    const page = article(
      '<title>Zaubernuss im Winter | Gartenjournal</title>',
      '<h1>Wie pflege ich meine Zaubernuss im Winter?</h1>',
      TEXT,
    );
    const a = extract(page);
    expect([a.title, a.kicker]).toEqual(['Wie pflege ich meine Zaubernuss im Winter?', null]);
    // With the mark in the <title> too, the words before it are a kicker as before.
    const marked = extract(page.replace('Zaubernuss im Winter |', 'Meine Zaubernuss im Winter? |'));
    expect([marked.title, marked.kicker]).toEqual(['Meine Zaubernuss im Winter?', 'Wie pflege ich']);
  });

  it('gives no kicker for a topline that holds only a date, and none of the punctuation its hidden words leave', () => {
    const dated = article(
      '<title>MineralölINFO November 2021</title>',
      '<h1><span class="topline"><span class="date">27.01.2022</span></span>MineralölINFO November 2021</h1>',
      TEXT,
    );
    expect([extract(dated).title, extract(dated).kicker]).toEqual(['MineralölINFO November 2021', null]);
    const worded = article(
      '<title>Energiewende und nachhaltiges Wirtschaften</title>',
      '<h1><span>Energiewende und nachhaltiges Wirtschaften</span><small class="c-topline"><span>, Thema:</span> <span>Forschung</span></small></h1>',
      TEXT,
    );
    expect([extract(worded).title, extract(worded).kicker]).toEqual(['Energiewende und nachhaltiges Wirtschaften', 'Thema: Forschung']);
  });

  it("reads the meta description as the article's dek and uses it for the excerpt", () => {
    const dek = 'VW hat den Prototyp eines Akkupacks für ein Motorrad vorgestellt. Unklar ist, ob genug Akkus geliefert wurden.';
    const page = article(
      `<title>Akkus für ein Motorrad - Golem.de</title><meta name="description" content="${dek}">`,
      '<h1>Akkus für ein Motorrad</h1>',
      TEXT,
    );
    const a = extract(page, { debug: true });
    expect(a.description).toBe(dek);
    expect(a.excerpt).toBe(dek.slice(0, 200));
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'description', origin: 'meta:description' }));
  });

  it('ignores a site-wide description that does not speak of the article', () => {
    const page = article(
      '<title>Akkus für ein Motorrad - Golem.de</title><meta name="description" content="Golem.de: IT-News für Profis, täglich aktuell aus der Welt der Technik.">',
      '<h1>Akkus für ein Motorrad</h1>',
      TEXT,
    );
    const a = extract(page);
    expect(a.description).toBeNull();
    expect(a.excerpt).toMatch(/^VW hat den Prototyp/);
  });

  it('ignores a portal description on a Chinese page (compared by character pairs)', () => {
    const body = '<p>本报讯 今年夏天，全市共有一百二十个老旧小区加装电梯，居民上下楼更加方便，社区也组织了多次协调会。</p>'.repeat(4);
    const portal = '<meta name="description" content="新华网是国家通讯社新华社主办的综合新闻信息服务门户网站，每天24小时不间断发布新闻。">';
    const own = '<meta name="description" content="今年夏天，全市共有一百二十个老旧小区加装电梯，居民上下楼更加方便。">';
    const h1 = '<h1>全市一百二十个老旧小区加装电梯</h1>';
    expect(extract(article(`<title>全市一百二十个老旧小区加装电梯-新华网</title>${portal}`, h1, body)).description).toBeNull();
    expect(extract(article(`<title>全市一百二十个老旧小区加装电梯-新华网</title>${own}`, h1, body)).description).toMatch(/^今年夏天/);
  });
});

describe('来源 and editor forms', () => {
  const zh = (info: string, tail = ''): string =>
    `<html><head><meta charset="utf-8"><title>老旧小区加装电梯-新华网</title></head><body><h1>老旧小区加装电梯</h1>` +
    `<div class="info">${info}</div>${'<p>今年夏天，全市共有一百二十个老旧小区加装电梯，居民上下楼更加方便，社区也组织了多次协调会。</p>'.repeat(5)}${tail}</body></html>`;

  it.each([
    ['2023-07-21 10:00 转自：人民日报', '人民日报'],
    ['2023-07-21 10:00 來自：中央社', '中央社'],
    ['2023-07-21 10:00 稿源：经济日报', '经济日报'],
    ["2004年7月16日08:19 [ 黄宇 ] 来源：[ <a href='http://www.people.com.cn/'><font color=#ffffff>国际金融报</font></a> ]", '国际金融报'],
  ])('reads %s', (info, source) => expect(extract(zh(info)).source).toBe(source));

  it.each([
    ['2023-07-21 10:00 来源：新华社 记者 张三 李四', '新华社', ['张三', '李四']],
    ['2023-07-21 10:00 来源：人民网-人民日报 记者 张三', '人民网-人民日报', ['张三']],
    ['2023-07-21 10:00 来源：新华社 通讯员 李四', '新华社', ['李四']],
    ['來源：聯合報 記者陳大文／台北報導 2023-07-21 10:00', '聯合報', ['陳大文']],
    // Glued to the source, 记者 may be part of a name (`中国记者网`): the source stays whole.
    ['2023-07-21 10:00 来源：中国记者网', '中国记者网', []],
  ])('ends the source before a reporter credit written without a colon: %s', (info, source, authors) => {
    const a = extract(zh(info));
    expect([a.source, a.authors]).toEqual([source, authors]);
  });

  it("keeps a reporter's credit in an author label's value (`作者：新华社 记者 张三` names 张三)", () => {
    expect(extract(zh('2023-07-21 10:00 作者：新华社 记者 张三')).authors).toEqual(['张三']);
  });

  it.each([
    ['2023-07-21 10:00 来源：人民网 参与互动', '人民网'],
    ['来源：新华社 北京7月21日电', '新华社'],
    ['2023-07-21 10:00 来源：新浪财经-自媒体综合', '新浪财经-自媒体综合'],
    ['2023-07-21 10:00 来源：Associated Press', 'Associated Press'],
  ])('ends a Chinese outlet at a space before more Han words: %s', (info, source) => {
    expect(extract(zh(info)).source).toBe(source);
  });

  it('passes over a 来源 that names nothing (`转载文章`, `互联网`) for the one that does', () => {
    expect(extract(zh('2023-07-21 10:00 来源：转载文章')).source).toBeNull();
    expect(extract(zh('2023-07-21 10:00 来自：互联网')).source).toBeNull();
    expect(extract(zh('2023-07-21 10:00 来源：转载文章', '<p>来源：新闻晨报</p>')).source).toBe('新闻晨报');
  });

  it('takes no tag line from a source-named element (`收录于合集 #`)', () => {
    expect(extract(zh('2023-07-21 10:00 <div class="album_read_source">收录于合集 <span>#</span></div>')).source).toBeNull();
  });

  it('reads an outlet the info line separates by a middle dot without the dot (Toutiao: `2024-03-05 10:21 · 北京青年报`)', () => {
    const a = extract(
      zh('<span>2023-07-21 10:00</span><span class="dot">·</span><span class="name"><a href="/c/user/1/">北京青年报</a></span>'),
    );
    expect(a.source).toBe('北京青年报');
  });

  it('keeps the quotes a source opens itself (`微信公众号“北京发布”`) and trims the ones around it', () => {
    expect(extract(zh('2023-07-21 10:00 来源：微信公众号“北京发布”')).source).toBe('微信公众号“北京发布”');
    expect(extract(zh('2023-07-21 10:00 来源：“北京发布”')).source).toBe('北京发布');
    expect(extract(zh('2023-07-21 10:00 （来源：人民日报）')).source).toBe('人民日报');
  });

  it('does not take a photo credit for the source', () => {
    expect(extract(zh('2023-07-21 10:00 图片来自：视觉中国')).source).toBeNull();
  });

  it('reads an editor credited in brackets after the site, above a long legal notice', () => {
    const notice = '<p>一、任何单位或个人使用本报社原创内容，必须事先取得书面授权。</p>'.repeat(45);
    expect(extract(zh('2023-07-21 10:00', `<p>（松花江网编辑 孙桂芳）</p>${notice}`)).editor).toBe('孙桂芳');
  });

  it('reads an editor labelled after the last sentence of the last paragraph, and takes the credit out of the text', () => {
    const a = extract(zh('2023-07-21 10:00', '<p>居民表示，电梯装好后出行方便多了。 责任编辑：王五</p>'));
    expect(a.editor).toBe('王五');
    expect(a.text).toMatch(/电梯装好后出行方便多了。$/);
    // Inside a sentence the words stay.
    const inside = extract(zh('2023-07-21 10:00', '<p>居民对责任编辑：王五的报道表示感谢，电梯装好后出行方便多了。</p>'));
    expect(inside.text).toContain('居民对责任编辑：王五的报道表示感谢');
  });

  it('reads `编辑/王五` beside other slash credits, and drops lines of review credits (`终审：孙七`) from the text', () => {
    const a = extract(zh('2023-07-21 10:00', '<p>编辑/王五 审校/赵六</p>'));
    expect(a.editor).toBe('王五');
    expect(a.text).not.toContain('审校');
    const reviews = extract(zh('2023-07-21 10:00', '<p>编辑：王五</p><p>初审：赵六</p><p>复审：钱七</p><p>终审：孙七</p>'));
    expect(reviews.editor).toBe('王五');
    expect(reviews.text).not.toMatch(/初审|复审|终审/);
    expect(reviews.text).toMatch(/协调会。$/);
  });

  it('reads an editor whose role has a qualifier (`值班编辑 王五`) as `编辑 王五` is, and drops `编审：` credits from the text', () => {
    const duty = extract(zh('2023-07-21 10:00', '<p>值班编辑 王五</p>'));
    expect(duty.editor).toBe('王五');
    expect(duty.text).not.toContain('值班编辑');
    // a reviewer is not the page's editor; the credit still leaves the text
    const reviewer = extract(zh('2023-07-21 10:00', '<p>编审：赵六</p>'));
    expect(reviewer.editor).toBeNull();
    expect(reviewer.text).not.toContain('编审');
  });

  it('reads credits written without colons under the headline as labels and names (`编辑 王五 校对 赵六`), not four authors', () => {
    const a = extract(zh('编辑 王五 校对 赵六'));
    expect(a.editor).toBe('王五');
    expect(a.authors).toEqual([]);
  });

  it('reads an editor credited in brackets at the end of the last paragraph', () => {
    const a = extract(zh('2023-07-21 10:00', '<p>居民表示，电梯装好后出行方便多了。（编辑 王五）</p>'), { debug: true });
    expect(a.editor).toBe('王五');
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'editor', origin: 'closing-bracket' }));
    // The credit leaves the text; the paragraph stays.
    expect(a.text).toMatch(/电梯装好后出行方便多了。$/);
    expect(a.html).not.toContain('编辑 王五');
  });

  it.each([
    ['link after the label', '<span>2023-07-21 10:00</span><span>来源：<a href="http://www.news.cn/">新华网</a></span>', '新华网'],
    [
      'label and value in sibling spans',
      '<span class="time">2023-07-21 10:00</span><span class="label">来源：</span><span class="source">新华网</span>',
      '新华网',
    ],
    [
      'label and value in their own blocks',
      '<p>2023-07-21 10:00</p><div class="source"><div class="lbl">来源：</div><div class="val"><a href="/">新华网</a></div></div>',
      '新华网',
    ],
    ['a source span with no label', '<span class="time">2023-07-21 10:00</span> <span class="source">新华网</span>', '新华网'],
    ['an id source element with a link', '<span>2023-07-21 10:00</span> <span id="source_baidu"><a href="/">新华网</a></span>', '新华网'],
    [
      'a hashed class naming the source',
      '<span class="index_date_d14SP">2023-07-21 10:00</span><span class="index_source_3WFDT"><a href="/m/8954">政能亮</a></span>',
      '政能亮',
    ],
    ['a prefixed class naming the source', '<span>2023-07-21 10:00</span> <span class="a_source"><a href="/">人民网</a></span>', '人民网'],
  ])('reads a source given as %s', (_, info, source) => expect(extract(zh(info)).source).toBe(source));

  it('reads <meta name="source"> when the info line names none', () => {
    const page = zh('2023-07-21 10:00').replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta name="source" content="经济日报">');
    expect(extract(page).source).toBe('经济日报');
    // A URL or the site itself in that tag is not a 来源.
    expect(extract(page.replace('经济日报', 'http://www.ce.cn/')).source).toBeNull();
    // The TRS CMS of government portals writes `ContentSource`.
    expect(extract(page.replace('name="source"', 'name="ContentSource"')).source).toBe('经济日报');
  });

  it('reads 责任编辑 in its own element after the body', () => {
    expect(extract(zh('2023-07-21 10:00', '<div class="editor">责任编辑：赵六</div>')).editor).toBe('赵六');
    // The label in one block, the name in the next.
    expect(extract(zh('2023-07-21 10:00', '<div class="editor"><div>责任编辑：</div><div>赵六</div></div>')).editor).toBe('赵六');
    // Beside another editor's credit, the editor in charge.
    const both = extract(zh('2023-07-21 10:00', '<div class="editor">编辑：张三　责任编辑：赵六</div>'));
    expect(both.editor).toBe('赵六');
    expect(both.text).not.toContain('张三');
  });

  it.each([
    ['编辑/赵六', '赵六'],
    ['编辑 赵六', '赵六'],
    ['责编／赵六', '赵六'],
  ])('reads an editor credited on a line of its own after the body: %s', (line, editor) => {
    const a = extract(zh('2023-07-21 10:00', `<p>${line}</p>`), { debug: true });
    expect(a.editor).toBe(editor);
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'editor', origin: 'closing-line' }));
    // The credit leaves the text.
    expect(a.text).not.toContain(line);
  });

  it.each([['【编辑 王五】'], ['（编辑/王五）'], ['[责编 王五]'], ['（编辑：王五）'], ['（编辑：王五 审核：赵六）']])(
    'reads an editor in %s closing the last paragraph, and the text leaves the brackets',
    (credit) => {
      const a = extract(zh('2023-07-21 10:00', `<p>居民表示，电梯装好后出行方便多了。${credit}</p>`));
      expect(a.editor).toBe('王五');
      expect(a.text).toMatch(/电梯装好后出行方便多了。$/);
    },
  );

  it.each([
    ['（来源：新华网）', 'source', '新华网'],
    ['【来源：新华网】', 'source', '新华网'],
    ['（作者：张三）', 'authors', ['张三']],
    ['（来源：新华网 编辑：王五）', 'editor', '王五'],
  ] as const)('keeps a short closing sentence whose bracketed credit %s gives the %s, and drops the credit', (credit, field, value) => {
    const a = extract(zh('2023-07-21 10:00', `<p>居民表示，电梯装好后出行方便多了。${credit}</p>`));
    expect(a[field]).toEqual(value);
    expect(a.text).toMatch(/电梯装好后出行方便多了。$/);
  });

  it('reads no editor from a closing line that holds more than the credit', () => {
    expect(extract(zh('2023-07-21 10:00', '<p>编辑 赵六说，电梯装好后出行方便多了</p>')).editor).toBeNull();
    expect(extract(zh('2023-07-21 10:00', '<p>编辑推荐</p>')).editor).toBeNull();
  });

  it('reads credits that put a bar where the colon stands (`编辑｜王五`, `来源 | 新华社`)', () => {
    const a = extract(zh('2023-07-21 10:00 来源 | 综合抖音黑板报、南方都市报', '<p>撰文｜张三 编辑｜王五</p>'));
    expect([a.source, a.editor, a.authors]).toEqual(['综合抖音黑板报、南方都市报', '王五', ['张三']]);
    expect(a.text).not.toContain('编辑｜王五');
    // A bar after a word that is no label, or after a Latin label, says nothing.
    expect(extract(zh('2023-07-21 10:00 新闻 | 社会')).source).toBeNull();
    expect(extract(zh('2023-07-21 10:00', '<p>Source | Wikipedia</p>')).source).toBeNull();
  });

  it('reads every person of a reporter credit that names two roles (`记者 张三 通讯员 李四`)', () => {
    expect(extract(zh('2023-07-21 10:00', '<p>（记者 张三 通讯员 李四）</p>')).authors).toEqual(['张三', '李四']);
  });

  it('ends an editor at the next credit label (实习生, 策划, 监制…), and reads the intern as an author', () => {
    const a = extract(zh('2023-07-21 10:00', '<p>责任编辑：李四　实习生：王五</p>'));
    expect(a.editor).toBe('李四');
    expect(a.authors).toEqual(['王五']);
    expect(extract(zh('2023-07-21 10:00 来源：人民网 编辑：李四 策划：王五')).editor).toBe('李四');
    expect(extract(zh('2023-07-21 10:00 来源：人民网 編輯：李四 監製：王五')).editor).toBe('李四');
  });

  it.each([
    ['新华社北京7月21日电（记者张三）', '新华社', ['张三']],
    ['新华社北京7月21日电 ', '新华社', []],
    ['中新网7月21日电 据报道，', '中新网', []],
    ['（中央社記者孫八台北21日電）', '中央社', ['孫八']],
  ])('takes the agency of a dateline opening the story as the source: %s', (dateline, source, authors) => {
    const page = zh('2023-07-21 10:00').replace('<p>今年夏天', `<p>${dateline}今年夏天`);
    const a = extract(page, { debug: true });
    expect(a.source).toBe(source);
    expect(a.authors).toEqual(authors);
  });

  it.each([
    ['<p>（新华社）</p>', '新华社'],
    ['<p>【新華社】</p>', '新華社'],
    ['<p>(Reuters)</p>', 'Reuters'],
    ['<p>(The Associated Press)</p>', 'Associated Press'],
    ['<p>(AFP/dpa)</p>', 'AFP/dpa'],
    ['<p>（共同）</p><p>关联阅读</p>', '共同'],
  ])('takes the agency of a credit closing the story as the source, and keeps it in the text: %s', (tail, source) => {
    const a = extract(zh('2023-07-21 10:00', tail), { debug: true });
    expect(a.source).toBe(source);
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'source', origin: 'closing-agency' }));
    expect(a.text).toContain(tail.replace(/<[^>]+>/g, '').slice(0, 4));
  });

  it('takes no source from a closing bracket that is no agency, nor from an agency in the middle of the text', () => {
    expect(extract(zh('2023-07-21 10:00', '<p>（完）</p>')).source).toBeNull();
    expect(extract(zh('2023-07-21 10:00', '<p>（张三）</p>')).source).toBeNull();
    expect(extract(zh('2023-07-21 10:00', '<p>(Reuters/Jane Doe)</p>')).source).toBeNull();
    const middle = zh('2023-07-21 10:00').replace('</h1>', '</h1><p>（新华社）</p>');
    expect(extract(middle).source).toBeNull();
    // A stated 来源 wins.
    expect(extract(zh('2023-07-21 10:00 来源：人民日报', '<p>（新华社）</p>')).source).toBe('人民日报');
  });

  it("takes no author from a photo's credit (`新华社记者 谢环驰 摄`), and still from the reporter's", () => {
    const caption = '<p><img src="a.jpg"></p><p>图为加装电梯后的朝阳小区。新华社记者 王五 摄</p>';
    expect(extract(zh('2023-07-21 10:00', caption)).authors).toEqual([]);
    expect(extract(zh('2023-07-21 10:00', caption.replace('记者 王五 摄', '记者王五摄'))).authors).toEqual([]);
    expect(extract(zh('2023-07-21 10:00 记者 赵六', caption)).authors).toEqual(['赵六']);
  });

  it.each([
    'var publishTime = "2023-07-21 10:20:33";',
    'var pubtime="2023-07-21 10:20";',
    'window.DATA = {"ptime":"2023-07-21 10:20:33","source":"人民网"};',
    "var article = { publish_time: '2023-07-21 10:20:33' };",
  ])('takes the time a script keeps when the info line shows the day alone: %s', (js) => {
    const page = zh('2023-07-21 来源：人民网').replace('</head>', `<script>${js}</script></head>`);
    const a = extract(page, { debug: true });
    expect(a.date?.slice(0, 16)).toBe('2023-07-21T10:20');
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'date', origin: 'script-json' }));
  });

  it.each([
    '{"publicationDate":"2024-08-26T23:27:57Z","subType":"news"}',
    '{"data":{"publish":"2024-08-26T23:27:57Z","isArticlePreview":false}}',
    '{"date_published":"2024-08-26T23:27:57Z"}',
    '{"published_time":"2024-08-26T23:27:57Z"}',
  ])("dates a page that shows no date by its app's state: %s", (state) => {
    const text = `<p>${'The council voted on Thursday night to rebuild the three piers along the river. '.repeat(5)}</p>`;
    const page = `<html lang="en"><head><title>Council approves pier plan</title><script>window.__STATE__ = ${state};</script></head><body><h1>Council approves pier plan</h1>${text}</body></html>`;
    expect(extract(page).date).toBe('2024-08-26T23:27:57Z');
  });

  it('writes a UTC instant of a Chinese page in +08:00, unless the info line shows another zone’s time', () => {
    const meta = (iso: string): string => `<meta property="article:published_time" content="${iso}">`;
    const withMeta = (info: string, iso: string): string => zh(info).replace('</head>', `${meta(iso)}</head>`);
    expect(extract(withMeta('来源：人民网', '2023-07-21T02:20:33Z')).date).toBe('2023-07-21T10:20:33+08:00');
    expect(extract(withMeta('2023-07-21 来源：人民网', '2023-07-21T02:20:33Z')).date).toBe('2023-07-21T10:20:33+08:00');
    // The day before in UTC is the shown day in Beijing.
    expect(extract(withMeta('2023-07-21 来源：人民网', '2023-07-20T18:20:33Z')).date).toBe('2023-07-21T02:20:33+08:00');
    // A Paris desk shows its own time (13:48 for 12:48Z): the instant stays as written.
    expect(extract(withMeta('发表时间：21/07/2023 - 13:48', '2023-07-21T12:48:06+00:00')).date).toBe('2023-07-21T12:48:06Z');
    // An explicit other offset is the page's own.
    expect(extract(withMeta('来源：人民网', '2023-07-21T10:20:33-04:00')).date).toBe('2023-07-21T10:20:33-04:00');
  });

  it('takes the time an info line shows beside the day without its year, for the day the page states', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-07-21"}</script>';
    expect(extract(zh('07-21 10:20 来源：人民网').replace('</head>', `${ld}</head>`)).date).toBe('2023-07-21T10:20:00+08:00');
    expect(extract(zh('7月21日 10:20 来源：人民网'), { url: 'https://news.example.cn/2023/07/21/a.html' }).date).toBe(
      '2023-07-21T10:20:00+08:00',
    );
    // Another day's time is not this day's.
    expect(extract(zh('07-22 10:20 来源：人民网').replace('</head>', `${ld}</head>`)).date).toBe('2023-07-21');
  });

  it('reads the label of a date from the cell before it (metadata tables)', () => {
    const table = (rows: string) => `<table>${rows}</table>`;
    expect(extract(zh(table('<tr><td>更新时间：</td><td>2023-07-25</td></tr><tr><td>发布时间：</td><td>2023-07-21</td></tr>'))).date).toBe(
      '2023-07-21',
    );
    expect(extract(zh(table('<tr><td>发布日期：</td><td>2023-07-21</td></tr>'))).dateModified).toBeNull();
    expect(extract(zh(table('<tr><td>更新日期：</td><td>2023-07-25</td></tr>'))).dateModified).toBe('2023-07-25');
  });

  it('reads the day with the time in the block below it', () => {
    expect(extract(zh('<div class="date">2023-07-21</div><div class="time">10:20</div><div>来源：人民网</div>')).date).toBe(
      '2023-07-21T10:20:00+08:00',
    );
    // Not a time that is only part of another line.
    expect(extract(zh('<div class="date">2023-07-21</div><div>10:20 开始直播</div>')).date).toBe('2023-07-21');
  });

  it('takes a Unix timestamp a script keeps for a day-only info line, not over a time the line shows', () => {
    const page = (info: string): string => zh(info).replace('</head>', '<script>var pubtime = 1689906033000;</script></head>');
    expect(extract(page('2023-07-21 来源：人民网')).date).toBe('2023-07-21T10:20:33+08:00');
    expect(extract(page('2023-07-21 10:27 来源：人民网')).date).toBe('2023-07-21T10:27:00+08:00');
  });

  it('takes the time of a <time datetime> on the info line that shows the day alone', () => {
    const a = extract(zh('<time datetime="2023-07-21T10:20:33+08:00">2023-07-21</time> 来源：人民网'), { debug: true });
    expect(a.date).toBe('2023-07-21T10:20:33+08:00');
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'date', origin: 'time-element:info-line' }));
    const en = (info: string): string =>
      `<html><head><title>Riverfront piers to be rebuilt</title></head><body><div class="wrap"><h1>Riverfront piers to be rebuilt</h1><div class="meta">${info}</div>` +
      `${'<p>The council voted on Tuesday to rebuild the three riverfront piers, closed since the spring floods damaged their supports.</p>'.repeat(4)}</div></body></html>`;
    expect(extract(en('<time datetime="2024-04-22T15:26:46-04:00">April 22, 2024</time>')).date).toBe('2024-04-22T15:26:46-04:00');
    // Not a time of another day (an update), nor over a time the line shows itself.
    expect(extract(en('April 22, 2024 <time datetime="2024-04-25T09:00:00-04:00">Updated April 25</time>')).date).toBe('2024-04-22');
    expect(
      extract(en('<time datetime="2024-04-22T19:30:00Z">Posted: Apr 22, 2024 9:27 AM | Last Updated: 2 hours ago</time>')).date,
    ).toMatch(/^2024-04-22T09:27/);
  });

  it("takes no script date of another day than the info line's, nor a key that only resembles one", () => {
    const other = zh('2023-07-21 来源：人民网').replace(
      '</head>',
      '<script>var related = [{"ptime":"2023-07-18 09:00:00"}];</script></head>',
    );
    expect(extract(other).date).toBe('2023-07-21');
    const unlike = zh('来源：人民网').replace(
      '</head>',
      '<script>var reportTime = "2023-07-18 09:00:00"; var PublishDate = "01/01/2004";</script></head>',
    );
    expect(extract(unlike).date).toBeNull();
  });

  it.each([
    ['（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）', '澎湃新闻'],
    ['本文来自微信公众号“差评”（ID：chaping321），作者：张三', '差评'],
    ['本文转载自人民日报', '人民日报'],
  ])('reads the source a closing note names without a colon: %s', (note, source) => {
    const a = extract(zh('2023-07-21 10:00', `<p>${note}</p>`), { debug: true });
    expect(a.source).toBe(source);
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'source', origin: 'source-note' }));
    expect(a.text).not.toContain(note.slice(0, 6));
  });

  it.each([
    ['央视网 | 2023年07月21日 10:00', '央视网'],
    ['2023-07-21 10:00 <a href="https://www.bjnews.com.cn/">新京报</a>', '新京报'],
    ['<span>新京报</span><span>2023-07-21 10:00</span> 作者：张三', '新京报'],
    ['2023年07月21日 10:00 | 上游新闻客户端', '上游新闻客户端'],
    ['http://house.sina.com.cn 2005年03月31日03:18 北京娱乐信报', '北京娱乐信报'],
    ['2023-07-21 10:00 <span>中新社</span>', '中新社'],
  ])('reads the outlet an info line names without a label: %s', (info, source) => {
    const a = extract(zh(info), { debug: true });
    expect(a.source).toBe(source);
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'source', origin: 'info-line' }));
  });

  it.each([
    '2023-07-21 10:00 <a href="/china/">国内新闻</a>',
    '2023-07-21 10:00 <a href="/tech/">科技频道</a>',
    '2023-07-21 10:00 <span>张三</span>',
    '2023-07-21 10:00 阅读 1234',
    '报纸网 | 发布: 2023-7-21 10:00 | 来自: 互联网',
  ])('takes no column, person, counter or site beside a placeholder 来源 for the source: %s', (info) => {
    expect(extract(zh(info)).source).toBeNull();
  });

  it('reads an unlabelled outlet only on the line that dates the article', () => {
    const a = extract(zh('2023-07-21 10:00', '').replace('<div class="info">', '<div class="nav">新京报</div><div class="info">'));
    expect(a.source).toBeNull();
  });

  it.each([
    ['<p>光明日报记者 王建宏 张文攀</p>', '光明日报'],
    ['<p>顶端新闻·河南商报记者马俊峰/文</p>', '河南商报'],
    ['<p>新京报讯（记者 张三）今年夏天，全市共有一百二十个老旧小区加装电梯。</p>', '新京报'],
    ['<p>据新华社拉萨电（记者 格桑边觉）今年夏天，全市共有一百二十个老旧小区加装电梯。</p>', '新华社'],
  ])('reads the outlet a reporter credit or a dateline below the headline names: %s', (lead, source) => {
    expect(extract(zh('2023-07-21 10:00').replace('<p>今年夏天', `${lead}<p>今年夏天`)).source).toBe(source);
  });

  it('takes no outlet from a credit of this paper or of the central broadcaster', () => {
    for (const lead of ['<p>本报记者 王建宏</p>', '<p>（总台记者 张倩）</p>'])
      expect(extract(zh('2023-07-21 10:00').replace('<p>今年夏天', `${lead}<p>今年夏天`)).source).toBeNull();
  });

  it('reads the print edition a reprint closes with as the source, and keeps the line in the text', () => {
    const a = extract(zh('2023-07-21 10:00', '<p>《光明日报》（ 2022年02月13日 02版）</p>'), { debug: true });
    expect(a.source).toBe('光明日报');
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'source', origin: 'print-edition' }));
    expect(a.text).toContain('《光明日报》');
  });

  it('takes no source from a note that names nothing, nor from a sentence that mentions an article', () => {
    expect(extract(zh('2023-07-21 10:00', '<p>本文来自网络</p>')).source).toBeNull();
    expect(extract(zh('2023-07-21 10:00', '<p>这篇文章来自读者投稿，作者是一位退休教师。</p>')).source).toBeNull();
  });

  it('takes no source from a dateline of the paper itself, and a stated 来源 wins over a dateline', () => {
    const own = zh('2023-07-21 10:00').replace('<p>今年夏天', '<p>本报北京7月21日电（记者张三）今年夏天');
    expect(extract(own).source).toBeNull();
    const stated = zh('2023-07-21 10:00 来源：经济日报').replace('<p>今年夏天', '<p>新华社北京7月21日电 今年夏天');
    expect(extract(stated).source).toBe('经济日报');
  });
});

describe('dates of other texts', () => {
  it('does not date a fact-check by the reviewed claim', () => {
    const ld =
      '{"@context":"https://schema.org","@graph":[{"claimReviewed":"Der Ausbruch ist geplant.","itemReviewed":{"@type":"Claim","datePublished":"2026-05-07","url":"https://example.org/x"},' +
      '"@type":"ClaimReview","name":"Angst vor dem Virus","datePublished":"2026-05-13 15:44"}]}';
    const page =
      `<html><head><title>Angst vor dem Virus - Faktencheck</title><script type="application/ld+json">${ld}</script></head><body><main><h1>Angst vor dem Virus</h1>` +
      `<p>${'Die Behauptung, schrieb der Gründer am 7. Mai 2026, sei belegt; Fachleute widersprechen dem deutlich. '.repeat(4)}</p></main></body></html>`;
    expect(extract(page).date).toMatch(/^2026-05-13/);
  });
});

describe('dates on the page that date something else (no structured date to fall back on)', () => {
  const page = (lines: string): string =>
    `<html><head><title>Council approves riverfront plan</title></head><body><article><h1>Council approves riverfront plan</h1>${lines}` +
    `<p>${'The council met on Thursday night and voted on the plan after a long debate. '.repeat(6)}</p></article></body></html>`;

  it('a date inside a sentence of the lead is an event the text tells of, not the info line', () => {
    const lead = '<p>The plan goes back to a motion that the council, after months of debate, first adopted on 13 December 2022.</p>';
    expect(extract(page(`${lead}<p class="meta">8 January 2026</p>`)).date).toBe('2026-01-08');
    // A dateline at the head of a paragraph still dates it.
    expect(
      extract(page('<p>8 January 2026 – The plan goes back to a motion that the council adopted after months of debate.</p>')).date,
    ).toBe('2026-01-08');
    // A few words before the date do, in a sentence an agency's credit closes.
    const since =
      '<p>Der Generalsekretär ist seit 1. Januar 2020 Marc Frings, der zuletzt das Büro der Stiftung in Ramallah leitete. (KNA)</p>';
    expect(extract(page(`${since}<p class="meta">19.11.2021</p>`)).date).toBe('2021-11-19');
    // An info line joined to a notice by a bar keeps its date: the sentence is the notice's part.
    const joined = '<p>By Ela on 31. October, 2023 | 18 Comments. This post may contain affiliate links, and we earn from purchases.</p>';
    expect(extract(page(joined)).date).toBe('2023-10-31');
  });

  it.each([['Verfügbar bis 06.05.2024'], ['Available until May 6, 2024'], ['截止日期：2024-05-06']])(
    'the end of something (%s) does not date the page',
    (end) => {
      expect(extract(page(`<p class="video">Video (2:57 Min.) ${end}</p><p class="meta">22.04.2024</p>`)).date).toBe('2024-04-22');
    },
  );
});

describe('dates from the article, not from elsewhere on the page', () => {
  const prose = `<p>${'The council met on Thursday night and voted on the plan after a long debate. '.repeat(6)}</p>`;

  it('a date one day off the structured instant counts only from beside a headline the page shows', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Why the piers will be rebuilt","datePublished":"2024-03-05T09:31:00+01:00"}</script>';
    // No line of the page holds the headline: a date in a teaser is not the info line.
    const html = `<html><head><title>Why the piers will be rebuilt</title>${ld}</head><body>
      <div class="teaser"><p>Earlier: 04.03.2024 16:10</p></div><article>${prose}</article></body></html>`;
    expect(extract(html).date).toBe('2024-03-05T09:31:00+01:00');
    // Beside the shown headline, the info line of the day before still wins (a structured date of a later edit).
    const shown = html.replace('<article>', '<article><h1>Why the piers will be rebuilt</h1><p class="info">04.03.2024 16:10</p>');
    expect(extract(shown).date?.slice(0, 10)).toBe('2024-03-04');
  });

  it('gives a declared publication day the time the page declares for that day elsewhere in its markup', () => {
    const head = (ld: string, metas: string): string =>
      `<html><head><title>Riverfront piers to be rebuilt</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Riverfront piers to be rebuilt","datePublished":"${ld}"}</script>${metas}</head>`;
    const body = `<body><article><h1>Riverfront piers to be rebuilt</h1>${prose}</article></body></html>`;
    // JSON-LD gives the day, article:published_time the instant.
    const meta = '<meta property="article:published_time" content="2022-02-03T14:54:56+00:00">';
    expect(extract(head('2022-02-03', meta) + body).date).toBe('2022-02-03T14:54:56Z');
    // Microdata on an element of the page (not a <meta>) and the info line's <time> element.
    const micro = `${head('2024-05-10', '')}<body><article><h1>Riverfront piers to be rebuilt</h1><div itemprop="datePublished" content="2024-05-10T01:11:46+03:00">10 мая</div>${prose}</article></body></html>`;
    expect(extract(micro).date).toBe('2024-05-10T01:11:46+03:00');
    const time = `${head('11.11.2021', '')}<body><article><header><h1>Riverfront piers to be rebuilt</h1><time datetime="11.11.2021 18:00">11.11.2021</time></header>${prose}</article></body></html>`;
    expect(extract(time).date).toBe('2021-11-11T18:00:00');
    // An instant of another day (a later edit) or at midnight gives the day no time.
    expect(extract(head('2022-02-03', meta.replace('2022-02-03T14', '2022-02-04T14')) + body).date).toBe('2022-02-03');
    expect(extract(head('2022-02-03', meta.replace('14:54:56', '00:00:00')) + body).date).toBe('2022-02-03');
  });

  it('a photo caption one day off does not beat the JSON-LD datePublished', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Riverfront piers to be rebuilt","datePublished":"2024-03-05T09:31:00+01:00"}</script>';
    const html = `<html><head><title>Riverfront piers to be rebuilt</title>${ld}</head><body><article><h1>Riverfront piers to be rebuilt</h1>
      <figure><img src="p.jpg"><figcaption>The piers at dusk, March 4, 2024. Photo: Jane Roe</figcaption></figure>${prose}</article></body></html>`;
    expect(extract(html).date).toBe('2024-03-05T09:31:00+01:00');
    // Also when the caption is a plain paragraph with a caption class.
    const classed = html.replace(/<figure>.*<\/figure>/s, '<div class="image-caption"><p>Archive picture taken on 04.03.2024</p></div>');
    expect(extract(classed).date).toBe('2024-03-05T09:31:00+01:00');
  });

  it('reads the JSON-LD of every article subtype (ReportageNewsArticle, BackgroundNewsArticle, LiveBlogPosting)', () => {
    for (const type of ['ReportageNewsArticle', 'BackgroundNewsArticle', 'LiveBlogPosting']) {
      const ld = `<script type="application/ld+json">${JSON.stringify({
        '@type': type,
        headline: 'Riverfront piers to be rebuilt',
        datePublished: '2019-06-01T10:00:00Z',
        author: { '@type': 'Person', name: 'Jane Roe' },
      })}</script>`;
      const html = `<html><head><title>Piers | The Courier</title>${ld}</head><body><article>${prose}</article></body></html>`;
      const a = extract(html);
      expect([type, a.title, a.date?.slice(0, 10), a.authors]).toEqual([
        type,
        'Riverfront piers to be rebuilt',
        '2019-06-01',
        ['Jane Roe'],
      ]);
    }
  });

  it('the info line outranks a bare <meta name="date"> of another day, not article:published_time', () => {
    const page = (meta: string) => `<html><head><title>Riverfront piers to be rebuilt</title>${meta}</head><body><article>
      <h1>Riverfront piers to be rebuilt</h1><p class="meta">21.01.2022 - 13:30</p>${prose}</article></body></html>`;
    expect(extract(page('<meta name="date" content="2022-01-26T14:32:06+02:00">')).date).toBe('2022-01-21T13:30:00');
    // The same day: the meta keeps its time.
    expect(extract(page('<meta name="date" content="2022-01-21T13:30:06+01:00">')).date).toBe('2022-01-21T13:30:06+01:00');
    expect(extract(page('<meta property="article:published_time" content="2022-01-26T14:32:06+02:00">')).date).toBe(
      '2022-01-26T14:32:06+02:00',
    );
  });

  it("a related post's or a reader comment's <time> in the article is not the article's date", () => {
    const related = `<div class="related-inner"><h3><a href="/a">Old pier closes</a></h3><div class="post-meta"><time class="published" datetime="2009-04-11T18:06:36">11. April 2009</time></div></div>`;
    const comment = `<ol><li class="comment"><div class="comment-metadata"><time datetime="2019-10-25T14:37:24+02:00">25. Oktober 2019 um 14:37</time></div><p>Great read!</p></li></ol>`;
    const page = (box: string) => `<html><head><title>Riverfront piers to be rebuilt</title></head><body><article>
      <h1>Riverfront piers to be rebuilt</h1><p class="meta">22. Oktober 2019</p>${prose}${box}</article></body></html>`;
    expect(extract(page(related)).date).toBe('2019-10-22');
    expect(extract(page(comment)).date).toBe('2019-10-22');
    // The article's own <time> beside the headline still counts (and adds its time).
    const own = page('').replace(
      '<p class="meta">22. Oktober 2019</p>',
      '<p class="meta"><time datetime="2019-10-22T09:15:00+02:00">22. Oktober 2019</time></p>',
    );
    expect(extract(own).date).toBe('2019-10-22T09:15:00+02:00');
  });

  it('takes the shown time over a structured midnight of the same day (a date without a time)', () => {
    const html = `<html><head><meta charset="utf-8"><title>老旧小区加装电梯-新华网</title><meta name="pubdate" content="2022-01-28 00:00:00"></head>
      <body><h1>老旧小区加装电梯</h1><div class="info">2022-01-28 09:31 来源：新华网</div>${'<p>今年夏天，全市共有一百二十个老旧小区加装电梯，居民上下楼更加方便，社区也组织了多次协调会。</p>'.repeat(5)}</body></html>`;
    expect(extract(html).date).toBe('2022-01-28T09:31:00+08:00');
  });

  it("writes a structured UTC instant in the page's own zone when the info line shows it so", () => {
    const ld = (date: string) =>
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'x', datePublished: date })}</script>`;
    // A Chinese page (its zone is +08:00) showing 22:30 for 14:30 UTC.
    const zh = `<html><head><meta charset="utf-8"><title>老旧小区加装电梯-新华网</title>${ld('2024-05-09T14:30:07Z')}</head><body><h1>老旧小区加装电梯</h1>
      <div class="info">2024-05-09 22:30 来源：新华网</div>${'<p>今年夏天，全市共有一百二十个老旧小区加装电梯，居民上下楼更加方便，社区也组织了多次协调会。</p>'.repeat(5)}</body></html>`;
    expect(extract(zh).date).toBe('2024-05-09T22:30:07+08:00');
    // Elsewhere the zone must be one the page states (here in its modified time).
    const page = (
      shown: string,
      modified: string,
    ) => `<html><head><title>Riverfront piers to be rebuilt</title>${ld('2024-04-22T15:26:46Z')}
      <meta property="article:modified_time" content="${modified}"></head><body><article><h1>Riverfront piers to be rebuilt</h1>
      <p class="meta">22.04.2024, ${shown}</p>${prose}</article></body></html>`;
    expect(extract(page('17:26 Uhr', '2024-04-22T18:00:00+02:00')).date).toBe('2024-04-22T17:26:46+02:00');
    // A zone the page states nowhere (a 12-hour clock read as 24: `5:26` for 17:26) leaves the instant as it is.
    expect(extract(page('5:26 Uhr', '2024-04-22T18:00:00+02:00')).date).toBe('2024-04-22T15:26:46Z');
    expect(extract(page('17:26 Uhr', '2024-04-22T16:00:00Z')).date).toBe('2024-04-22T15:26:46Z');
  });

  it('a UTC instant one day off the shown local date still yields to the info line', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Riverfront piers to be rebuilt","datePublished":"2024-03-04T23:30:00Z"}</script>';
    const html = `<html><head><title>Riverfront piers to be rebuilt</title>${ld}</head><body><article><h1>Riverfront piers to be rebuilt</h1>
      <p class="info">Published 05.03.2024, 08:30</p>${prose}</article></body></html>`;
    expect(extract(html).date?.slice(0, 10)).toBe('2024-03-05');
  });

  it('a time in a "latest news" list does not beat article:published_time', () => {
    const sidebar = `<div class="latest"><h3>Latest news</h3><ul>
      <li><a href="/a">Mayor opens new library branch downtown</a> <span>2024-03-05 17:42</span></li>
      <li><a href="/b">School board delays vote on budget</a> <span>2024-03-05 16:10</span></li></ul></div>`;
    const page = (meta: string): string => `<html><head><title>Riverfront piers to be rebuilt</title>${meta}</head><body>
      <h1>Riverfront piers to be rebuilt</h1>${sidebar}${prose}</body></html>`;
    // A date-only meta is not refined by a list item's time.
    expect(extract(page('<meta property="article:published_time" content="2024-03-05">')).date).toBe('2024-03-05');
    // A meta instant is not moved a day by a list item.
    expect(extract(page('<meta property="article:published_time" content="2024-03-04T10:00:00+01:00">')).date).toBe(
      '2024-03-04T10:00:00+01:00',
    );
  });

  it('an update time beside the headline dates a page that shows no publication, rather than a related list', () => {
    const related = `<aside class="related"><h3>Related</h3><ul><li><a href="/a">Mayor names new parks chief</a>
      <span class="date">February 28, 2024</span></li></ul></aside>`;
    const page = (info: string): string => `<html><head><title>Riverfront piers to be rebuilt</title></head><body><article>
      <h1>Riverfront piers to be rebuilt</h1><div class="timestamp">${info}</div>${prose}</article>${related}</body></html>`;
    const a = extract(page('Updated 10:21 AM EST, Tue March 5, 2024'), { debug: true });
    expect(a.date).toBe('2024-03-05T10:21:00-05:00');
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'date', origin: 'modified-only:info-line' }));
    // With nothing beside the headline, the list's date still stands in.
    expect(extract(page('')).date).toBe('2024-02-28');
  });

  it("a list item led by another article's headline is not an info line, whatever its box is called", () => {
    const html = `<html><head><title>Riverfront piers to be rebuilt</title><meta property="article:published_time" content="2024-03-05"></head><body>
      <h1>Riverfront piers to be rebuilt</h1><div class="box"><ul>
      <li><a href="/a">Mayor opens new library branch downtown</a> <span>2024-03-05 17:42</span></li></ul></div>${prose}</body></html>`;
    expect(extract(html).date).toBe('2024-03-05');
    // With no other date on the page, the list's date stands in (rather than none).
    expect(extract(html.replace(/<meta[^>]*>/, '')).date?.slice(0, 10)).toBe('2024-03-05');
  });

  it('a list item with a short headline, in a list led by headlines, is not an info line either', () => {
    // `春季招聘会举行` is under the length that makes a link a headline; its sibling's is not.
    const side = `<div class="box"><ul><li><a href="/a/1.html">市政府召开常务会议部署春耕</a><span>2024-03-06 09:00</span></li>
      <li><a href="/a/2.html">春季招聘会举行</a><span>2024-03-04 15:30</span></li></ul></div>`;
    const zhProse = '<p>今年夏天，全市共有一百二十个老旧小区加装电梯，居民上下楼更加方便，社区也组织了多次协调会。</p>'.repeat(3);
    const page = (head: string): string =>
      `<html><head><meta charset="utf-8"><title>老旧小区加装电梯_中华网</title>${head}</head><body><h1>老旧小区加装电梯</h1>${zhProse}${side}</body></html>`;
    expect(extract(page('<meta property="article:published_time" content="2024-03-05T10:20:33+08:00">')).date).toBe(
      '2024-03-05T10:20:33+08:00',
    );
    // A lone short link in a list of its own is not judged by its neighbours.
    const lone = page('').replace(/<li><a href="\/a\/1.html">.*?<\/li>/s, '');
    expect(extract(lone).date).toBe('2024-03-04T15:30:00+08:00');
  });

  it("the page's URL dates it before a date from a list of other articles does", () => {
    const html = `<html><head><title>Riverfront piers to be rebuilt</title></head><body>
      <h1>Riverfront piers to be rebuilt</h1><div class="latest"><ul>
      <li><a href="/a">Mayor opens new library branch downtown</a> <span>2024-03-06 17:42</span></li></ul></div>${prose}</body></html>`;
    const a = extract(html, { url: 'https://news.example.com/2024/03/05/riverfront-piers', debug: true });
    expect(a.date).toBe('2024-03-05');
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'date', origin: 'url' }));
    // Without a dated URL the list's date still stands in.
    expect(extract(html, { url: 'https://news.example.com/riverfront-piers' }).date?.slice(0, 10)).toBe('2024-03-06');
  });

  it('the info line still adds the time to a date-only meta', () => {
    const html = `<html><head><title>Riverfront piers to be rebuilt</title><meta property="article:published_time" content="2024-03-05"></head><body>
      <h1>Riverfront piers to be rebuilt</h1><p class="byline">By <a href="/jane">Jane Doe</a> · March 5, 2024 9:31 am</p>${prose}</body></html>`;
    expect(extract(html).date).toBe('2024-03-05T09:31:00');
  });
});

describe('portal info lines: unknown labels, Taiwanese credits, the info line’s <time>', () => {
  const zh = (info: string, lead = '', tail = ''): string =>
    `<html><head><meta charset="utf-8"><title>老旧小区加装电梯_新闻中心</title></head><body><div class="main"><h1>老旧小区加装电梯</h1>` +
    `<div class="info">${info}</div><div class="content">${lead}` +
    `${'<p>今年夏天，全市共有一百二十个老旧小区加装电梯，居民上下楼更加方便，社区也组织了多次协调会。</p>'.repeat(5)}${tail}</div></div></body></html>`;

  it('ends a value at a label the lexicon does not list (a Han word before a colon)', () => {
    expect(labelledValue('作者：张三 出版：2024-03-05', 'author')).toBe('张三');
    expect(labelledValue('作者：张三 摄像：李四', 'author')).toBe('张三');
    // One character before a colon is a spaced name's, and the colon ends the value as before.
    expect(labelledValue('作者: 赵 培：北京物资学院', 'author')).toBe('赵 培');
    // Indonesian: Penulis (writer) beside Editor.
    expect(labelledValue('Penulis: Budi Santoso | Editor: Siti Aminah', 'author')).toBe('Budi Santoso');
    const a = extract(zh('2024-03-05 10:21:00 来源：东方网 作者：张三 选稿：李四'));
    expect(a.authors).toEqual(['张三']);
    // 选稿 (the web editor who picked the story) is an editor's credit.
    expect(a.editor).toBe('李四');
    expect(extract(zh('<time datetime="2024-03-05T10:21:00+08:00">撰文：張三 出版：2024-03-05 10:21</time>')).authors).toEqual(['張三']);
  });

  it('reads a reporter credit the next span of the info line follows with no space', () => {
    expect(extract(zh('<span>封面新闻记者 张三</span><span>2024-03-05 10:21</span>')).authors).toEqual(['张三']);
  });

  it('knows the buttons and news-tip notices that close Chinese articles as chrome, not a story about a tip', () => {
    expect(isChromeText('举报/反馈')).toBe(true);
    expect(isChromeText('阅读原文')).toBe(true);
    expect(isChromeText('【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。报料微信关注：ihxdsb】')).toBe(true);
    expect(isChromeText('网友爆料称，事发时有人拨打电话报警，警方随后赶到现场。')).toBe(false);
    // A platform's disclaimer and an app's plug close the text too; a sentence that only shares words with them does not.
    expect(isChromeText('本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。')).toBe(true);
    expect(isChromeText('海量资讯、精准解读，尽在新浪财经APP')).toBe(true);
    expect(isChromeText('他说，这些观点仅代表作者本人在研究中的发现，后续还需更多数据验证。')).toBe(false);
    expect(isChromeText('一切尽在不言中，市场反应说明了app的价值。')).toBe(false);
    const a = extract(
      zh('2024-03-05 10:21', '', '<p>【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。报料热线：028-12345678】</p><p>举报/反馈</p>'),
    );
    expect(a.text).toMatch(/协调会。$/);
  });

  it('reads a Taiwanese reporter credit with the place it was filed from (`記者張三／台北報導`)', () => {
    expect(splitNames('聯合報／記者張三／台北報導')).toEqual(['張三']);
    const lead = extract(zh('2024-03-05 10:21', '<p>記者張三／台北報導</p>'));
    expect(lead.authors).toEqual(['張三']);
    // A byline on its own line is no text.
    expect(lead.text.startsWith('今年夏天')).toBe(true);
    expect(extract(zh('2024-03-05 10:21', '<p>記者張三、李四／綜合報導</p>')).authors).toEqual(['張三', '李四']);
  });

  it('dates the page by the info line’s <time datetime> when the line shows no date it reads', () => {
    const a = extract(zh('<time datetime="2024-03-05 10:21"><span class="hour">10:21</span><span class="date">2024/03/05</span></time>'), {
      debug: true,
    });
    expect(a.date).toBe('2024-03-05T10:21:00+08:00');
    expect(extract(zh('<time datetime="2024-03-05 10:21">今天</time> 来源：新京报')).date).toBe('2024-03-05T10:21:00+08:00');
  });

  it('keeps the shown publication over an info-line <time> that holds the last update', () => {
    const html = `<html lang="en"><head><title>Housing market slowdown continues</title></head><body><div class="story">
      <h1>Housing market slowdown continues</h1><div class="byline"><span>Pete Evans</span> · CBC News ·
      <time class="timeStamp" datetime="2022-10-14T16:20:52.800Z">Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago</time></div>
      <p>${'Home sales were down sharply last month compared with a year ago, the real estate association said. '.repeat(5)}</p></div></body></html>`;
    expect(extract(html).date).toBe('2022-10-14T09:27:00-04:00');
  });

  it("takes a script's instant over the day it keeps beside it (WeChat's `publish_time` and `ct`)", () => {
    const script = '<script>var publish_time = "2024-03-05" || ""; var ct = "1709605293";</script>';
    expect(extract(zh('<em id="publish_time"></em>').replace('</body>', `${script}</body>`)).date).toBe('2024-03-05T10:21:33+08:00');
    // An instant of another day does not refine the day.
    const other = '<script>var publish_time = "2024-03-05" || ""; var ct = "1709000000";</script>';
    expect(extract(zh('<em id="publish_time"></em>').replace('</body>', `${other}</body>`)).date).toBe('2024-03-05');
  });

  it('takes no button whose id names the source (`<a id="js_view_source">阅读原文</a>`) for the source', () => {
    expect(extract(zh('2024-03-05 10:21', '<p><a id="js_view_source" href="##">阅读原文</a></p>')).source).toBeNull();
    expect(extract(zh('2024-03-05 10:21 <span id="article_source">新京报</span>')).source).toBe('新京报');
  });

  it("takes no portal header's date of today (`今天是：2024年3月9日 星期六`) over the article's", () => {
    const header = (top: string): string =>
      zh('2024-03-01 10:21 来源：新京报').replace('<div class="main">', `<div class="top">${top}</div><div class="main">`);
    expect(extract(header('今天是：2024年3月9日 星期六')).date).toBe('2024-03-01T10:21:00+08:00');
    expect(extract(header('Today is March 9, 2024')).date).toBe('2024-03-01T10:21:00+08:00');
    expect(extract(header('2024年3月9日 星期六 农历正月廿九')).date).toBe('2024-03-01T10:21:00+08:00');
    // Below the headline a lunar day stands beside the article's own date.
    expect(extract(zh('发布时间：2024年2月10日（农历正月初一） 来源：新京报')).date).toBe('2024-02-10');
    // An unlabelled date above the headline is still the page's when it is the only one (a blog's date over its title).
    expect(extract(zh('来源：新京报').replace('<div class="main">', '<div class="top">2024年3月9日</div><div class="main">')).date).toBe(
      '2024-03-09',
    );
  });

  it('reads a Unix timestamp an element named as a time holds alone, as the last resort', () => {
    expect(extract(zh('<span class="pub-time">1709605293</span> 来源：新京报')).date).toBe('2024-03-05T10:21:33+08:00');
    // A number in an element named otherwise is no date.
    expect(extract(zh('<span class="views">1709605293</span> 来源：新京报')).date).toBeNull();
  });
});

describe('articles held as markup in a <textarea> (rendered by the page’s script)', () => {
  const paragraphs = [
    '今年夏天，全市共有一百二十个老旧小区加装电梯，居民上下楼更加方便，社区也组织了多次协调会。',
    '街道还专门成立了工作专班，帮助居民解决资金和施工中遇到的各种问题，得到了居民的普遍好评。',
    '据介绍，明年全市还将继续推进这项工作，计划再完成两百个小区的加装任务，惠及更多老年居民。',
  ];
  const encode = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const held = (markup: string, shown = '', attrs = 'class="article-content"'): string =>
    `<html><head><meta charset="utf-8"><title>老旧小区加装电梯_环球网</title></head><body><h3>老旧小区加装电梯</h3>${shown}` +
    `<div class="data-container"><article><textarea class="article-source-name">${encode('<a href="/">环球时报</a>')}</textarea>` +
    `<textarea ${attrs}>${encode(markup)}</textarea></article></div>` +
    `<ul class="hot">${'<li><a href="/x">热点新闻：国际局势最新进展与各方反应</a></li>'.repeat(8)}</ul></body></html>`;

  it('renders the held article and the markup fields beside it', () => {
    const a = extract(held(`<article><section>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</section></article>`));
    expect(a.text).toBe(paragraphs.join('\n\n'));
    expect(a.source).toBe('环球时报');
  });

  it('leaves a one-post embed placeholder, a comment box and a copy of the shown article as textareas', () => {
    const shown = `<div class="article">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`;
    // The shown article once, not twice.
    const copy = extract(held(`<div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`, shown));
    expect(copy.text).toBe(paragraphs.join('\n\n'));
    const embed = `<blockquote class="twitter-tweet"><p>${paragraphs.join('')}</p>— Newsroom (@news)</blockquote>`;
    const placeholder = extract(held(embed, shown, 'class="third-party-original-content"'));
    expect(placeholder.text).toBe(paragraphs.join('\n\n'));
    expect(extract(held('', shown, 'name="comment"')).text).toBe(paragraphs.join('\n\n'));
  });
});

describe('articles a single-page app keeps only in its state (rendered by its script)', () => {
  const paragraphs = [
    'The council voted on Thursday to rebuild the harbour piers, ending two years of debate over the cost of repairs.',
    'Work is expected to begin next spring and to take about three years, with one pier open at all times.',
    'The ferry operators said they welcomed the decision but asked for a clear timetable for the closures.',
  ];
  const markup = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const app = (article: Record<string, unknown>, shown = '<div class="loading">Loading…</div>'): string =>
    `<html><head><title>Council approves pier plan | Gazette</title></head><body><div id="__next"><nav><a href="/">Gazette</a> <a href="/news">News</a></nav>` +
    `<main><h1>Council approves pier plan</h1>${shown}</main><footer>© 2024 Gazette</footer></div>` +
    `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { article } } })}</script></body></html>`;

  it('renders the state’s body of the headline’s own story after the headline', () => {
    expect(extract(app({ headline: 'Council approves pier plan', body: markup })).text).toBe(paragraphs.join('\n\n'));
  });

  it('reads the state a script assigns (`window.initialState = {…}`, 36kr)', () => {
    const state = { articleDetail: { data: { widgetTitle: 'Council approves pier plan', widgetContent: markup } } };
    const html = app({}).replace('</body>', `<script>window.initialState=${JSON.stringify(state)}</script></body>`);
    expect(extract(html).text).toBe(paragraphs.join('\n\n'));
  });

  it('takes no body of a story with another headline, and no second copy of a shown article', () => {
    const other = extract(app({ headline: 'Ferry timetable changes next month', body: markup }));
    expect(other.text).not.toContain('harbour piers');
    const shown = extract(app({ headline: 'Council approves pier plan', body: markup }, `<article>${markup}</article>`));
    expect(shown.text).toBe(paragraphs.join('\n\n'));
  });
});
