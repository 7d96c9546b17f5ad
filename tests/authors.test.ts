/** Authors (and the labelled values they are read beside) on real-looking snippets. */
import { describe, expect, it } from 'vitest';
import { labelledValue } from '../src/fields/labels.js';
import { extract } from '../src/extract.js';
import { splitTrailingCredit } from '../src/body/filters.js';
import { splitNames } from '../src/fields/people.js';

const page = (head: string, body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const PARAS = '<p>这是一段足够长的正文内容，用来让正文抽取器认出文章的主体部分，并且包含足够多的汉字。</p>'.repeat(6);

describe('labelled values', () => {
  it('does not take markup printed by a broken template as a value', () => {
    const line = '作者： size="20" 来源： size="20" 发布日期： 7/5/2005 9:23:57 PM';
    expect(labelledValue(line, 'source')).toBeNull();
    expect(labelledValue(line, 'author')).toBeNull();
    const a = extract(page('<title>标题</title>', `<h1>我是怎样卷入的</h1><div>${line}</div>${PARAS}`));
    expect(a.source).toBeNull();
  });

  it("does not take a picture's or a chart's credit for the article's (`Photo Source:`, `Weather Data Source:`)", () => {
    expect(labelledValue('Photo Source: Markus Spiske from Pexels.', 'source')).toBeNull();
    expect(labelledValue('Weather Data Source: Wettervorhersage', 'source')).toBeNull();
    expect(labelledValue('image source: Getty', 'source')).toBeNull();
    expect(labelledValue('Source: Reuters', 'source')).toBe('Reuters');
    expect(labelledValue('5 March 2024 | Source: Reuters', 'source')).toBe('Reuters');
    expect(labelledValue('Courtesy of Forests News Written by: Julie Mollins', 'author')).toBe('Julie Mollins');
  });

  it("ends the writer's credit where a picture's begins (`Words: Jane Doe Pictures: John Roe`)", () => {
    expect(labelledValue('Words: Jane Doe Pictures: John Roe', 'author')).toBe('Jane Doe');
    expect(labelledValue('Text: Anna Schmidt Fotos: Peter Müller', 'author')).toBe('Anna Schmidt');
    expect(labelledValue('Text: Jane Doe Photo: John Roe', 'author')).toBe('Jane Doe');
  });

  it.each([
    ['Text & Fotos: Ivan Valetny', 'Ivan Valetny'],
    ['Text und Bilder: Anna Schmidt', 'Anna Schmidt'],
    ['Text/Fotos: Anna Schmidt', 'Anna Schmidt'],
    ['Texto y fotos: Juan Pérez', 'Juan Pérez'],
    ['Texte et photos : Marie Dupont', 'Marie Dupont'],
    ['Words and pictures: Jane Doe', 'Jane Doe'],
  ])("reads a writer's label that credits the pictures too: %s", (line, name) => {
    expect(labelledValue(line, 'author')).toBe(name);
    const page = `<html><head><title>Pike in winter</title></head><body><h1>Pike in winter</h1><p>${line}</p><p>${'Pike stand deep and still in the cold water of the lake in winter. '.repeat(5)}</p></body></html>`;
    const article = extract(page);
    expect(article.authors).toEqual([name]);
    expect(article.text).not.toContain(name);
  });

  it('takes no author from a picture credit alone, nor a picture word as a conjunction', () => {
    expect(labelledValue('Fotos: Peter Müller', 'author')).toBeNull();
    expect(labelledValue('Text und Tabellen: Anna Schmidt', 'author')).toBeNull();
  });

  it('reads a German gender colon as part of a word, not as a label (`Autor:innen`, `Redakteur:innen`)', () => {
    expect(labelledValue('Wie viele Redakteur:innen finden den Chefredakteur doof?', 'author')).toBeNull();
    expect(labelledValue('Die Autor:innen des Berichts', 'author')).toBeNull();
    expect(labelledValue('Autor: Jeff Kinney', 'author')).toBe('Jeff Kinney');
  });
});

describe('organisations and software are not authors', () => {
  it('drops publishers, journals and web companies named in meta author', () => {
    const head = '<title>淘宝网物流配送存在的问题</title><meta name="author" content="中文学术期刊,汉斯出版社,Hans Publishers">';
    const a = extract(page(head, `<h1>淘宝网物流配送存在的问题</h1>${PARAS}<p>作者: 赵 培：北京物资学院，北京</p>`));
    expect(a.authors).toEqual(['赵培']);
    const b = extract(
      page('<title>北医新闻网</title><meta name="author" content="大汉网络">', `<h1>一位外科医生</h1>${PARAS}<p>技术支持：大汉网络</p>`),
    );
    expect(b.authors).toEqual([]);
  });

  it('drops a public body named in meta author, and the halves its own name splits into', () => {
    const body = `<h1>Holunderholz im Handel</h1><p>${'Holunder ist ein vielseitiges Holz, das im Handel kaum zu finden ist. '.repeat(12)}</p>`;
    // The page shows its meta author somewhere (a meta author shown nowhere is a CMS account, not the text's credit).
    const credit = (content: string) =>
      extract(page(`<title>Holunderholz</title><meta name="author" content="${content}">`, `${body}<footer><p>${content}</p></footer>`))
        .authors;
    expect(credit('Bayerische Landesanstalt für Wald und Forstwirtschaft - LWF')).toEqual([]);
    expect(credit('Feuerwehr Oldenburg, Abteilung Wasserrettung')).toEqual([]);
    expect(credit('Joachim Hamberger, Bayerische Landesanstalt für Wald und Forstwirtschaft')).toEqual(['Joachim Hamberger']);
  });

  it('drops the forum software credit that meta generator names too', () => {
    const head =
      '<title>脂溢性脱发</title><meta name="generator" content="Discuz! X3.4"><meta name="author" content="Discuz! Team and Comsenz UI Team">';
    expect(extract(page(head, `<h1>脂溢性脱发</h1>${PARAS}<p>Discuz! Team and Comsenz UI Team</p>`)).authors).toEqual([]);
  });

  it('keeps teams that are not the software', () => {
    const head = '<title>Tips</title><meta name="generator" content="WordPress 6.4"><meta name="author" content="Support Team">';
    expect(
      extract(page(head, `<h1>Tips</h1><p>${'Some words in a long enough paragraph here. '.repeat(20)}</p><footer>Support Team</footer>`))
        .authors,
    ).toEqual(['Support Team']);
  });
});

describe('Chinese reporter credits', () => {
  it('reads a name glued to 记者 and closed by /文', () => {
    const a = extract(
      page('<title>拿起跨界指挥棒</title>', `<h1>拿起跨界指挥棒</h1><p>顶端新闻·河南商报记者马俊峰/文受访者供图</p>${PARAS}`),
    );
    expect(a.authors).toEqual(['马俊峰']);
  });

  it("reads `文/张三` after the info line's date, not `全文/` or `原文/`", () => {
    const info = (line: string) => extract(page('<title>城市新闻</title>', `<h1>城市新闻</h1><p>${line}</p>${PARAS}`)).authors;
    expect(info('2024-03-05 10:21 文/张三 图/李四')).toEqual(['张三']);
    expect(info('文/张三')).toEqual(['张三']);
    expect(info('2024-03-05 10:21 原文/张三')).toEqual([]);
  });

  it.each([
    '文/图 张三',
    '文/图：张三',
    '图/文：记者 张三',
    '文字/摄影：张三',
    '撰文/摄影 张三',
    '文/图 本报记者 张三',
    '图文：张三',
    '图文/张三',
  ])('reads the writer who took the pictures too: %s', (credit) => {
    const a = extract(page('<title>城市新闻</title>', `<h1>城市新闻</h1><p>2024-03-05 10:21 ${credit}</p>${PARAS}`));
    expect(a.authors).toEqual(['张三']);
    expect(a.text).not.toContain('张三');
  });

  it('takes no author from a menu of 图文, 直播, 视频 or from a picture credit alone', () => {
    const info = (line: string) => extract(page('<title>城市新闻</title>', `<h1>城市新闻</h1><p>${line}</p>${PARAS}`)).authors;
    expect(info('首页 图文 直播 视频 专题')).toEqual([]);
    expect(info('图文|视频|专题')).toEqual([]);
    expect(info('2024-03-05 10:21 图/李四')).toEqual([]);
  });

  it('takes a reader submission (`网友投稿`, `来稿`) for no author', () => {
    const info = (line: string) => extract(page('<title>城市新闻</title>', `<h1>城市新闻</h1><p>${line}</p>${PARAS}`)).authors;
    expect(info('2024-03-05 10:21 作者：网友投稿')).toEqual([]);
    expect(info('2024-03-05 10:21 作者：来稿')).toEqual([]);
    expect(info('2024-03-05 10:21 作者：张三')).toEqual(['张三']);
  });

  it('reads Taiwanese credits: the outlet before a slash (`聯合報／記者王小明／即時報導`), the city after a glued name (`記者王小明台北報導）`)', () => {
    const info = (line: string) => extract(page('<title>立院三讀條例</title>', `<h1>立院三讀條例</h1><p>${line}</p>${PARAS}`));
    const udn = info('聯合報／記者王小明／即時報導');
    expect([udn.source, udn.authors]).toEqual(['聯合報', ['王小明']]);
    expect(info('【大紀元2024年03月05日訊】（大紀元記者王小明台北報導）').authors).toEqual(['王小明']);
    expect(info('（大紀元記者王明台北報導）').authors).toEqual(['王明']);
  });

  it('leaves the city a report was filed from out of the names before `报道` (`记者 张三 北京报道`)', () => {
    const info = (line: string) => extract(page('<title>城市新闻</title>', `<h1>城市新闻</h1><p>${line}</p>${PARAS}`)).authors;
    expect(info('21世纪经济报道 记者 张三 北京报道')).toEqual(['张三']);
    expect(info('（记者 张三 李四 上海报道）')).toEqual(['张三', '李四']);
    expect(info('记者 张三 北京报道 2024-03-05 10:21')).toEqual(['张三']);
  });

  it('leaves a photographer credited in the byline element out of the authors (`記者 陳大文 / 攝影 李小華`)', () => {
    const byline = (line: string) =>
      extract(page('<title>立院三讀條例</title>', `<h1>立院三讀條例</h1><div class="author">${line}</div>${PARAS}`)).authors;
    expect(byline('記者 陳大文 / 攝影 李小華 台北報導')).toEqual(['陳大文']);
    expect(byline('记者 张三 摄影 李四')).toEqual(['张三']);
    expect(byline('记者 张三 李四')).toEqual(['张三', '李四']);
  });

  it('stacks trainee and reporter credits on consecutive lines', () => {
    const a = extract(
      page('<title>城市新闻</title>', `<h1>城市新闻</h1><p>本报实习生 刘国栋 周炜</p><p>本报记者 王燕平 方云凤</p>${PARAS}`),
    );
    expect(a.authors).toEqual(['刘国栋', '周炜', '王燕平', '方云凤']);
  });
});

describe('a Chinese outlet in a byline element', () => {
  it('is the source, not an author (`<div class="author-name">上观新闻</div>`)', () => {
    const zh = (info: string): string =>
      page(
        '<title>老旧小区加装电梯_手机搜狐网</title>',
        `<div class="article"><h1>老旧小区加装电梯</h1><div class="info-detail">${info}</div><article>${PARAS}</article></div>`,
      );
    const a = extract(zh('<div class="author-name">上观新闻</div><span>2024-03-05 10:21</span>'));
    expect([a.authors, a.source]).toEqual([[], '上观新闻']);
    // A person there stays an author.
    expect(extract(zh('<div class="author-name">张三</div><span>2024-03-05 10:21</span>')).authors).toEqual(['张三']);
  });
});

describe('Japanese bylines', () => {
  const ja = (byline: string): string =>
    `<html lang="ja"><head><meta charset="utf-8"><title>市議会、河川敷の再開発計画を承認</title></head><body><article><h1>市議会、河川敷の再開発計画を承認</h1>` +
    `<p class="date">2024年3月5日</p><p class="byline">${byline}</p>` +
    `<p>${'市議会は５日、長年議論されてきた河川敷の再開発計画を承認した。工事は来年にも始まる見通しだ。'.repeat(5)}</p></article></body></html>`;

  it.each([
    ['山田太郎記者', ['山田太郎']],
    ['山田 太郎 記者', ['山田 太郎']],
    ['山田太郎、鈴木花子記者', ['山田太郎', '鈴木花子']],
    ['（山田太郎）', ['山田太郎']],
    ['ワシントン＝山田太郎特派員', ['山田太郎']],
    ['文：山田太郎', ['山田太郎']],
    // the writer who took the pictures too
    ['文・写真：山田太郎', ['山田太郎']],
    ['写真・文：山田太郎', ['山田太郎']],
    ['文と写真：山田太郎', ['山田太郎']],
    ['写真：山田太郎', []],
  ])('%s → %j', (byline, names) => expect(extract(ja(byline)).authors).toEqual(names));

  it('still reads the Chinese role before the name (`本报记者张三`)', () => {
    const zh = ja('本报记者张三').replace('lang="ja"', 'lang="zh"');
    expect(extract(zh).authors).toEqual(['张三']);
  });
});

describe('Korean reporter credits', () => {
  const ko = (info: string, lead = ''): string =>
    `<html lang="ko"><head><title>엘리베이터 설치 확대</title></head><body><article><h1>엘리베이터 설치 확대</h1><div class="info">${info}</div>` +
    `${lead}<p>${'서울시는 올해 노후 아파트 엘리베이터 설치 사업을 확대한다고 5일 밝혔다. 주민들의 이동 편의가 크게 개선될 전망이다. '.repeat(4)}</p></article></body></html>`;

  it.each([
    ['<span class="writer">홍길동 기자</span>', ['홍길동']],
    ['<span>홍길동·김철수 기자</span>', ['홍길동', '김철수']],
    ['<p class="byline">글 홍길동 기자 / 사진 김철수 기자</p>', ['홍길동']],
    ['<p>홍길동 특파원 hong@yna.co.kr</p>', ['홍길동']],
  ])('%s → %j', (info, names) => expect(extract(ko(info)).authors).toEqual(names));

  it("reads a wire credit's reporter and its agency (`(서울=연합뉴스) 홍길동 기자 =`)", () => {
    const a = extract(
      ko('', '<p>(서울=연합뉴스) 홍길동 기자 = 서울시는 올해 노후 아파트 엘리베이터 설치 사업을 확대한다고 5일 밝혔다.</p>'),
    );
    expect(a.authors).toEqual(['홍길동']);
    expect(a.source).toBe('연합뉴스');
  });
});

describe('names signed under the headline', () => {
  const essay = '<p>人心不会熄灭，但它可能蒙上灰烬而不再燃烧。灰烬本来是燃烧的产物，但它反过来又抑制了燃烧。</p>'.repeat(5);

  it('reads a bare name line under the heading', () => {
    expect(extract(page('<title>显示</title>', `<p>犬儒病(上)</p><p>胡平</p><p>——当代中国的精神危机 (上)</p>${essay}`)).authors).toEqual([
      '胡平',
    ]);
    const forum = `<div>社会资本与再就业</div><div>社会资本与再就业</div><div>赵延东、风笑天</div>${essay}`;
    expect(extract(page('<title>powered by Archiver</title>', `<div><a href="/">论坛</a></div>${forum}`)).authors).toEqual([
      '赵延东',
      '风笑天',
    ]);
  });

  it('reads a pen name that also opens the headline', () => {
    const body = '<td>茉莉：我是怎样卷入八九民运的</td><p>我是怎样卷入八九民运的</p><p>茉莉</p>';
    expect(extract(page('<title>谢谢您访问</title>', `<table><tr>${body}</tr></table>${essay}`)).authors).toEqual(['茉莉']);
  });

  it('does not read words, links or lines under prose as names', () => {
    expect(extract(page('<title>新闻</title>', `<h1>城市更新进行时</h1><p>视频</p>${essay}`)).authors).toEqual([]);
    expect(extract(page('<title>新闻</title>', `<h1>城市更新进行时</h1><p><a href="/x">王小明</a></p>${essay}`)).authors).toEqual([]);
    expect(extract(page('<title>新闻</title>', `<h1>城市更新进行时</h1>${essay}<p>王小明</p>${essay}`)).authors).toEqual([]);
  });
});

describe('trailing credits', () => {
  it.each([
    ['有关部门正在调查。（总台记者 张倩）', '张倩'],
    ['到头来，一位自甘穷酸的外科医生。（袁源）', '袁源'],
    ['全文到此结束。（完）', null],
    ['故事还没有讲完。（待续）', null],
    ['据报道。（新华社）', null],
  ])('%s → %s', (text, author) => {
    expect(splitTrailingCredit(text, null).author).toBe(author);
  });

  it('finds the credit above a short sign-off line', () => {
    const body = `<h1>一位外科医生</h1>${PARAS}<p>到头来，一位自甘穷酸的外科医生。</p><p>（袁源）</p><p>北京大学医学部新闻中心</p>`;
    const a = extract(page('<title>北医新闻网</title>', body));
    expect(a.authors).toEqual(['袁源']);
    expect(a.text).toContain('北京大学医学部新闻中心');
    expect(a.text).not.toContain('（袁源）');
  });
});

describe('a bold name signing the text', () => {
  const prose = `<p>${'The clinic treated the patient for weeks before the scan showed the tumour in the small intestine. '.repeat(4)}</p>`;
  const story = (before: string, after: string) =>
    page(
      '<title>Pain that would not go away - Health</title>',
      `<article><h1>Pain that would not go away</h1>${before}${prose}${prose}${after}</article>`,
    );

  it('takes a paragraph of nothing but a bold name, closing or opening the text, as the author and drops it', () => {
    const closing = extract(story('', '<p style="text-align:right;"><strong>Lê Phương</strong></p>'), { debug: true });
    expect(closing.authors).toEqual(['Lê Phương']);
    expect(closing.text).not.toContain('Lê Phương');
    expect(closing.origins).toContainEqual(expect.objectContaining({ field: 'authors', origin: 'trailing-credit' }));
    const opening = extract(story('<figure><img src="a.jpg"></figure><p><strong>Mohloai Mpesi</strong></p>', ''));
    expect(opening.authors).toEqual(['Mohloai Mpesi']);
    // Bold with italics inside or around it signs the same way.
    for (const para of ['<p><b><i>Stefan Wasmer</i></b></p>', '<p><em><strong>Stefan Wasmer</strong></em></p>']) {
      expect(extract(story('', para)).authors).toEqual(['Stefan Wasmer']);
    }
  });

  it('leaves bold headings, bold words in capitals and bold sentences in the text', () => {
    for (const para of [
      '<p><strong>SOCIAL MEDIA SEITEN</strong></p>',
      '<p><b>Read more</b></p>',
      '<p><strong>What the doctors found</strong></p>',
      // italics alone mark a title or a note more often than a signature
      '<p><em>Stefan Wasmer</em></p>',
    ]) {
      const a = extract(story('', para));
      expect(a.authors).toEqual([]);
    }
    // Switched off, the name stays text.
    const off = extract(story('', '<p><strong>Lê Phương</strong></p>'), { heuristics: { 'signed-name-paragraph': false } });
    expect(off.authors).toEqual([]);
    expect(off.text).toContain('Lê Phương');
  });
});

describe('posters in info lines', () => {
  const text = '<p>这是一段足够长的博客正文，讲述了作者的一次旅行经历，以及一路上遇到的各种有趣的人和事情。</p>'.repeat(5);

  it.each([
    ['<div>ggjjzhzz 发表于 2005-9-15 11:46:00</div>', ['ggjjzhzz']],
    ['<div>〓 娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓</div>', ['duscha']],
    ['<div>BUSINESS 2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]</div>', ['黄宇']],
    ['<div>BUSINESS 2004年7月16日08:19 [ 财经 ] 来源：[ 国际金融报 ]</div>', []],
  ])('%s', (line, authors) => {
    expect(extract(page('<title>一次旅行</title>', `<h1>一次旅行</h1>${line}${text}`)).authors).toEqual(authors);
  });

  it.each([
    ['<td class="post-footer"><em>由海姑娘张贴 @ <a href="/p/1">2005-06-14 03:25:55</a></em></td>', ['海姑娘']],
    ['<div class="post-footer">由 张三 发表于 2005-06-14</div>', ['张三']],
    // Not a sentence that starts with 由.
    ['<p>由政府发布的通知要求各地加强管理。</p>', []],
  ])('reads the blog footer naming who posted it: %s', (footer, authors) => {
    const html = page(
      '<title>一次旅行</title>',
      `<h1>一次旅行</h1>${text}<table><tr>${footer.startsWith('<td') ? footer : `<td>${footer}</td>`}</tr></table>`,
    );
    expect(extract(html).authors).toEqual(authors);
  });

  it('reads a poster far below the headline on a page whose <body> classes mention comments', () => {
    const paragraphs = '<p>这是一段足够长的博客正文，讲述了作者的一次旅行经历。</p>'.repeat(30);
    const html = page('<title>一次旅行</title>', `<h1>一次旅行</h1>${paragraphs}<div>ggjjzhzz 发表于 2005-9-15 11:46:00</div>`).replace(
      '<body>',
      '<body class="blog comments-open">',
    );
    const a = extract(html, { debug: true });
    expect(a.authors).toEqual(['ggjjzhzz']);
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'authors', origin: 'credit-line' }));
  });

  it('does not take a commenter for the author', () => {
    const comments = '<div class="comments"><div>路人甲 发表于 2005-9-16 10:00:00</div><p>写得好</p></div>';
    expect(extract(page('<title>一次旅行</title>', `<h1>一次旅行</h1>${text}${comments}`)).authors).toEqual([]);
  });
});

describe('personal sites', () => {
  const prose = `<p>${'Web analytics follow you from page to page and now into the shop. '.repeat(12)}</p>`;

  it("keeps the owner a site is named after (`Matthew Davis's Blog`)", () => {
    const head = `<title>Web analytics are leaking</title><meta name="author" content="Matthew Davis"><meta property="og:site_name" content="Matthew Davis's Blog">`;
    expect(extract(page(head, `<h1>Web analytics are leaking</h1>${prose}<footer>Matthew Davis</footer>`)).authors).toEqual([
      'Matthew Davis',
    ]);
  });

  it('keeps an author who is the JSON-LD publisher as a Person', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'BlogPosting', headline: 'Warum Wien', author: { '@id': '#p' }, publisher: { '@id': '#p' } },
        { '@type': 'Person', '@id': '#p', name: 'Helge Fahrnberger' },
      ],
    };
    const head = `<title>Warum Wien</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`;
    expect(extract(page(head, `<h1>Warum Wien</h1>${prose}`)).authors).toEqual(['Helge Fahrnberger']);
  });

  it('still drops a site named as its own author', () => {
    const head = '<title>VW</title><meta name="author" content="Automobilwoche"><meta property="og:site_name" content="Automobilwoche">';
    expect(extract(page(head, `<h1>VW</h1>${prose}<footer>Automobilwoche</footer>`)).authors).toEqual([]);
  });
});

describe('first names completed from the page', () => {
  const prose = `<p>${'Das Patriarchat ist eine Kulturtechnik, die wir alle gelernt haben. '.repeat(12)}</p>`;
  const ld = (name: string): string =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', headline: 'Kolumne', author: { '@type': 'Person', name } })}</script>`;

  it('completes a first name from a credit line', () => {
    const a = extract(page(`<title>Kolumne</title>${ld('Nils')}`, `<h1>Kolumne</h1>${prose}<p>Eine Kolumne von Nils Pickert</p>`));
    expect(a.authors).toEqual(['Nils Pickert']);
  });

  it('does not take a following word or weekday for a surname', () => {
    const a = extract(
      page(
        `<title>Kolumne</title>${ld('Henry')}`,
        `<h1>Kolumne</h1><p>Am 13. November 2019 Von Henry In Aktuell</p>${prose}<p>von Henry Donnerstag</p>`,
      ),
    );
    expect(a.authors).toEqual(['Henry']);
  });
});

describe('meta authors', () => {
  const prose = `<p>${'Cryptography researchers found a new way to break the scheme. '.repeat(12)}</p>`;

  it('passes over the copyright holder when another key names the writer', () => {
    const head = '<title>Hacking</title><meta name="author" content="Condé Nast"><meta name="article:author" content="Alex Hutchinson">';
    const a = extract(
      page(
        head,
        `<h1>Hacking</h1><p class="meta">Alex Hutchinson</p>${prose}<footer><p>© 2022 Condé Nast. All rights reserved.</p></footer>`,
      ),
    );
    expect(a.authors).toEqual(['Alex Hutchinson']);
  });

  it("keeps the holder who is the only one named (a personal site's owner)", () => {
    const head = '<title>Notizen</title><meta name="author" content="Wolfgang Berger">';
    const a = extract(page(head, `<h1>Notizen</h1>${prose}<footer><p>© 2020 Wolfgang Berger</p></footer>`));
    expect(a.authors).toEqual(['Wolfgang Berger']);
  });

  it('drops a meta author the page shows nowhere (a CMS account), and reads on', () => {
    const head = '<title>Lyft</title><meta name="author" content="Robert Harm">';
    expect(extract(page(head, `<h1>Lyft</h1>${prose}`)).authors).toEqual([]);
    // The byline the page does show is read instead.
    expect(extract(page(head, `<h1>Lyft</h1><div class="byline">By <a href="/a/mc">Mike Cason</a></div>${prose}`)).authors).toEqual([
      'Mike Cason',
    ]);
    // Shown in other case, it stays.
    const lower = '<title>Lyft</title><meta name="author" content="cindy mangomini">';
    expect(extract(page(lower, `<h1>Lyft</h1><p class="meta">Cindy mangomini</p>${prose}`)).authors).toEqual(['cindy mangomini']);
  });

  it("reads an author page's slug", () => {
    const head = '<title>Lyft</title><meta name="article:author" content="https://www.example.com/editors/jon-fingas">';
    expect(extract(page(head, `<h1>Lyft</h1><p class="meta">Jon Fingas, 2019</p>${prose}`)).authors).toEqual(['Jon Fingas']);
  });
});

describe('splitNames leaves out what stands next to a name', () => {
  it.each([
    ['Dominique — veröffentlicht', ['Dominique']],
    ['John Walk -', ['John Walk']],
    ['Forstwirtschaft - LWF', ['Forstwirtschaft - LWF']],
    ['Bild © hr', []],
    ['Фото из Инстаграма Лукаша Подольски', []],
    ['Autoren', []],
    // an affiliation after the name goes, the name stays whole
    ['By Glen Owen And Brendan Carlin For The Mail On Sunday', ['Glen Owen', 'Brendan Carlin']],
    ['Ariel Pierre-Louis at MSA Models', ['Ariel Pierre-Louis']],
    ['Paul Warren for Amika', ['Paul Warren']],
    ['Mike Forsyth', ['Mike Forsyth']],
  ])('%s', (raw, names) => {
    expect(splitNames(raw)).toEqual(names);
  });
});

describe('bylines with an agency or a date glued on', () => {
  it.each([
    ['Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST', ['Saibal Dasgupta']],
    ['谢若含2017-03-01 14:27:02', ['谢若含']],
    ['Jane Doe / Reuters', ['Jane Doe']],
    ['Michael Bloomberg', ['Michael Bloomberg']],
    ['Ani Smith', ['Ani Smith']],
    ['Marie Dupont (avec AFP)', ['Marie Dupont']],
    // a wire story's credit line: the writers, not the desk
    ['Reporting by Jane Doe; Editing by John Roe', ['Jane Doe']],
    [
      'Reporting by Jane Doe and Ann Lee; Additional reporting by Omar Khan; Writing by Sara Berg; Editing by John Roe and Tom Ray',
      ['Jane Doe', 'Ann Lee', 'Omar Khan', 'Sara Berg'],
    ],
    // a role, a place in brackets or a date after the name; an interviewer's credit
    ['Marie Dupont, envoyée spéciale', ['Marie Dupont']],
    ['Marie Dupont et Jean Martin (à Lyon)', ['Marie Dupont', 'Jean Martin']],
    ['Propos recueillis par Marie Dupont', ['Marie Dupont']],
    ['Mario Rossi 5 marzo 2024', ['Mario Rossi']],
    // a place or a role after a dash between spaces; a longer tail is judged with the name
    ['Mario Rossi - Roma', ['Mario Rossi']],
    ['Ahmet Yılmaz - İstanbul', ['Ahmet Yılmaz']],
    ['Jane Doe - Senior Reporter', ['Jane Doe']],
    ['Jean-Pierre Martin', ['Jean-Pierre Martin']],
    // an author box's heading before the name, and alone
    ['About the Author - Florina Ionescu', ['Florina Ionescu']],
    ['About the Author', []],
    // the paper's own staff named by role before the name; a desk named by a possessive is nobody
    ['Von unserem Korrespondenten Max Mayer', ['Max Mayer']],
    ['By our correspondent Jane Doe', ['Jane Doe']],
    ['De notre envoyée spéciale Marie Dupont', ['Marie Dupont']],
    ['Our Foreign Staff', []],
    ['Door onze redacteur Jan Jansen', ['Jan Jansen']],
    ['Haber Merkezi', []],
    ['Da Redação', []],
    ['Nostradamus Jones', ['Nostradamus Jones']],
    // a joining word left at the end by a cut credit
    ['Jane Doe and', ['Jane Doe']],
    // a newsroom is no author, alone or with its agency
    ['La rédaction', []],
    ['Redazione', []],
    ['Redacción EFE', []],
    // a desk's credit after the writer's, with or without a separator
    ['Written by Jane Doe, Reviewed by Dr. John Roe', ['Jane Doe']],
    ['By Jane Doe Illustrations by John Roe', ['Jane Doe']],
    ['Jane Doe | Opinion Contributor', ['Jane Doe']],
    // the outlet closing a list of names
    ['Jane Doe and John Roe, The New York Times', ['Jane Doe', 'John Roe']],
    ['The Editorial Board', ['The Editorial Board']],
    // `and` in other languages between two full names
    ['Mario Rossi e Luca Bianchi', ['Mario Rossi', 'Luca Bianchi']],
    ['Mario Rossi, Luca Bianchi e Anna Verdi', ['Mario Rossi', 'Luca Bianchi', 'Anna Verdi']],
    ['João Silva e Maria Souza', ['João Silva', 'Maria Souza']],
    ['Jan Jansen en Piet de Vries', ['Jan Jansen', 'Piet de Vries']],
    ['Jan Kowalski i Anna Nowak', ['Jan Kowalski', 'Anna Nowak']],
    ['Anne Hansen og Peter Jensen', ['Anne Hansen', 'Peter Jensen']],
    ['Anna Svensson och Erik Larsson', ['Anna Svensson', 'Erik Larsson']],
    ['Jan Novák a Petr Svoboda', ['Jan Novák', 'Petr Svoboda']],
    // not between a name and a place, a word and a name, or inside a surname
    ['Ana Carvalho e Silva', ['Ana Carvalho e Silva']],
    // the place filed from after the name
    ['Jane Doe in London', ['Jane Doe']],
    ['Juan Pérez en Madrid', ['Juan Pérez']],
    ['Juan Pérez desde Madrid', ['Juan Pérez']],
    ['Marie Dupont à Paris', ['Marie Dupont']],
    ['Anna Schmidt aus Berlin', ['Anna Schmidt']],
    ['Jan Jansen en Amsterdam', ['Jan Jansen']],
    // a particle of the name is none
    ['João da Silva', ['João da Silva']],
    ['Juan de la Cruz', ['Juan de la Cruz']],
  ])('%s → %j', (raw, names) => expect(splitNames(raw)).toEqual(names));

  it('a news agency named alone is no author', () => {
    expect(splitNames('Reuters')).toEqual([]);
    expect(splitNames('TNN')).toEqual([]);
    expect(splitNames('The Canadian Press')).toEqual([]);
    expect(splitNames('PA Media')).toEqual([]);
    expect(splitNames('연합뉴스')).toEqual([]);
    expect(splitNames('Agencia EFE')).toEqual([]);
  });

  it('a byline of an agency alone gives the source, and leaves the text with the word for agency before the name', () => {
    const a = extract(
      page(
        '<title>Boric viaja a Magallanes</title>',
        `<article><h1>Boric viaja a Magallanes</h1><address>Agencia EFE</address><p><em>Por Agencia EFE</em></p>${'<p>El presidente de Chile viajará este miércoles a su región natal en su segundo viaje oficial al interior del país.</p>'.repeat(5)}<p>(EFE)</p></article>`,
      ),
    );
    expect([a.source, a.authors]).toEqual(['EFE', []]);
    expect(a.text).toMatch(/^El presidente de Chile/);
    // the agency's credit in brackets closing the text stays, as the page prints it
    expect(a.text).toMatch(/\(EFE\)$/);
  });
});

describe('Arabic bylines and sources', () => {
  const arabic = (byline: string, info = '5 مارس 2024'): string =>
    `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مجلس المدينة يوافق على خطة الأرصفة | موقع المثال</title></head><body><article><h1>مجلس المدينة يوافق على خطة الأرصفة</h1><div class="byline">${byline}</div><div class="date">${info}</div><p>${'وافق مجلس المدينة يوم الخميس على خطة لإعادة بناء ثلاثة أرصفة قديمة على طول النهر، ومن المتوقع أن تبدأ الأعمال العام المقبل. '.repeat(4)}</p></article></body></html>`;

  it.each([
    ['بقلم: محمد أحمد', ['محمد أحمد']],
    ['كتب: محمد أحمد', ['محمد أحمد']],
    ['بواسطة محمد أحمد', ['محمد أحمد']],
  ])('%s', (byline, names) => expect(extract(arabic(byline)).authors).toEqual(names));

  it('reads المصدر as the source label and the Levantine month names', () => {
    expect(extract(arabic('المصدر: وكالة الأنباء')).source).toBe('وكالة الأنباء');
    expect(extract(arabic('بقلم: محمد أحمد', '5 آذار 2024')).date).toBe('2024-03-05');
    expect(extract(arabic('بقلم: محمد أحمد', '12 كانون الثاني 2024')).date).toBe('2024-01-12');
  });
});

describe('byline leads: a colon after the lead, and the leads and labels of other languages', () => {
  // `Von: Name` (German portals), `By: Name`, `Por: Name`, `Par : Name` (French spacing): the lead, then the names.
  const withInfo = (line: string): string =>
    page(
      '<title>Stadtrat genehmigt Plan</title>',
      `<article><h1>Stadtrat genehmigt Plan für das Flussufer</h1><ul class="info"><li>13. Mai 2026</li><li>${line}</li></ul>${'<p>Der Stadtrat hat den lange umstrittenen Plan für das Flussufer genehmigt, eine Entscheidung, die den Bezirk für Jahrzehnte prägen wird.</p>'.repeat(5)}</article>`,
    );

  it.each([
    ['Von: Bill McCarthy', ['Bill McCarthy']],
    ['By: Bill McCarthy', ['Bill McCarthy']],
    ['Por: Bill McCarthy', ['Bill McCarthy']],
    ['Par : Bill McCarthy', ['Bill McCarthy']],
    ['Door: Bill McCarthy', ['Bill McCarthy']],
    ['Von: <a href="/bill">Bill MCCARTHY</a>, <a href="/m">Marisha GOLDHAMER</a>', ['Bill MCCARTHY', 'Marisha GOLDHAMER']],
    // a writer's credit in other languages (data: writerCredits), and their labels (labels.json)
    ['Geschrieben von Anna Schmidt', ['Anna Schmidt']],
    ['Escrito por Juan Pérez', ['Juan Pérez']],
    ['Écrit par Marie Dupont', ['Marie Dupont']],
    ['Scritto da Mario Rossi', ['Mario Rossi']],
    ['Skrevet af Anne Hansen', ['Anne Hansen']],
    ['Yazar: Ahmet Yılmaz', ['Ahmet Yılmaz']],
    ['Yazan: Ahmet Yılmaz', ['Ahmet Yılmaz']],
    ['Muhabir: Ayşe Demir', ['Ayşe Demir']],
    ['Автор: Иван Петров', ['Иван Петров']],
    ['Текст: Иван Петров', ['Иван Петров']],
    ['Oleh: Budi Santoso', ['Budi Santoso']],
    ['लेखक: राहुल शर्मा', ['राहुल शर्मा']],
    ['द्वारा राहुल शर्मा', ['राहुल शर्मा']],
    ['מאת: ישראל ישראלי', ['ישראל ישראלי']],
    ['โดย สมชาย ใจดี', ['สมชาย ใจดี']],
    ['Reporter: Jane Doe', ['Jane Doe']],
    ['Texte : Marie Dupont', ['Marie Dupont']],
    // the lead with a colon before a word that names no one
    ['Posted by: admin', []],
    ['By: Staff', []],
  ])('%s → %j', (line, names) => {
    const a = extract(withInfo(line));
    expect(a.authors).toEqual(names);
    if (names.length) expect(a.text).not.toContain(names[0]);
  });
});

describe('a byline and its date in one line', () => {
  // Spans side by side make one line: the names end where the date begins, in any language the date scanner reads.
  const inline = (byline: string, date: string): string =>
    page(
      '<title>Council approves plan</title>',
      `<article><h1>Council approves riverfront plan</h1><div class="article-info"><span>${byline}</span> <span>${date}</span></div>${'<p>The city council voted to approve the long-debated plan for the riverfront, a decision that officials said would reshape the district for decades.</p>'.repeat(5)}</article>`,
    );

  it.each([
    ['By Jane Doe', 'March 5, 2024', ['Jane Doe']],
    ['BY JANE DOE AND JOHN ROE', 'Mar. 5, 2024', ['JANE DOE', 'JOHN ROE']],
    ['By Jane Doe &amp; John Roe', 'March 5, 2024 at 3:45 pm', ['Jane Doe', 'John Roe']],
    ['Autor: Jan Kowalski', '5 marca 2024', ['Jan Kowalski']],
    ['Door Jan Jansen', 'op 5 maart 2024', ['Jan Jansen']],
    ['Von Anna Schmidt', 'am 5. März 2024', ['Anna Schmidt']],
    // a capitalised surname that is also a joining word stays
    ['By Jane Le', 'March 5, 2024', ['Jane Le']],
  ])('%s + %s → %j', (byline, date, names) => {
    expect(extract(inline(byline, date)).authors).toEqual(names);
  });
});

describe('credits of the outlet and words that only look like a byline', () => {
  const at = (url: string, head: string, body: string): string =>
    page(
      `<title>Volleyball: Meister gewinnt das Finale</title><link rel="canonical" href="${url}">${head}`,
      `<article><h1>Volleyball: Meister gewinnt das Finale</h1>${body}${'<p>Der Meister hat das Finale nach fünf Sätzen gewonnen und feiert damit den dritten Titel in Folge.</p>'.repeat(5)}</article>`,
    );

  it.each([
    ['https://www.swr.de/sport/a.html', 'SWR Sport'],
    ['https://www.mdr.de/nachrichten/a.html', 'MDR THÜRINGEN'],
    ['https://www.n-tv.de/sport/a.html', 'n-tv NACHRICHTEN'],
  ])('on %s, the outlet before a desk or a region (%s) is no author', (url, credit) => {
    expect(extract(at(url, `<meta name="author" content="${credit}">`, `<p class="meta">${credit}</p>`)).authors).toEqual([]);
  });

  it('keeps a person whose first name the host is', () => {
    expect(
      extract(at('https://kay.com/a.html', '<meta name="author" content="Kay Smith">', '<p class="meta">Kay Smith</p>')).authors,
    ).toEqual(['Kay Smith']);
  });

  it('drops an academic title before the name (`Dr. med.`)', () => {
    expect(splitNames('Dr. med. Stefan Frädrich')).toEqual(['Stefan Frädrich']);
  });

  it('takes no byline from an element that holds the headline (a header box, a breadcrumb ending in it)', () => {
    const crumbs =
      '<div class="article-contributors"><a href="/">Startseite</a> | <a href="/schweiz">Schweiz</a> | Volleyball: Meister gewinnt das Finale</div>';
    expect(extract(at('https://example.ch/a.html', '', crumbs)).authors).toEqual([]);
  });

  it('reads a heading of nouns after `Von` as no byline (`Von Risiken und Nebenwirkungen`)', () => {
    expect(extract(at('https://example.de/a.html', '', '<h2>Von Risiken und Nebenwirkungen</h2>')).authors).toEqual([]);
    expect(extract(at('https://example.de/a.html', '', '<p>Von Anna Schmidt und Max Roe</p>')).authors).toEqual([
      'Anna Schmidt',
      'Max Roe',
    ]);
  });
});

describe('co-authors each in a link of their own', () => {
  const byline =
    '<address>Von <a rel="author" href="/autoren/dominik-bath/">Dominik Bath</a> und <a rel="author" href="/autoren/theresa-martus/">Theresa Martus</a></address>';
  const article = (head: string): string =>
    page(
      `<title>Streit um die Rente</title>${head}`,
      `<article><h1>Streit um die Rente</h1>${byline}${'<p>Die Koalition streitet weiter über die Rente, und eine Einigung ist vor dem Herbst nicht in Sicht.</p>'.repeat(5)}</article>`,
    );

  it('reads every link of a byline, not the first alone', () => {
    expect(extract(article('')).authors).toEqual(['Dominik Bath', 'Theresa Martus']);
  });

  it('completes a meta author that names the first of them', () => {
    expect(extract(article('<meta name="author" content="Dominik Bath">')).authors).toEqual(['Dominik Bath', 'Theresa Martus']);
    // Whichever of them it names.
    expect(extract(article('<meta name="author" content="Theresa Martus">')).authors).toEqual(['Dominik Bath', 'Theresa Martus']);
  });
});

describe('byline elements where the markup is the only credit', () => {
  const article = (inside: string, after = ''): string =>
    page(
      '<title>Die Rente und ihre Folgen</title>',
      `<article><h1>Die Rente und ihre Folgen</h1>${inside}${'<p>Die Koalition streitet weiter über die Rente, und eine Einigung ist vor dem Herbst nicht in Sicht.</p>'.repeat(5)}</article>${after}`,
    );

  it("reads the byline in an article's own <aside> column", () => {
    const column =
      '<aside class="article__aside"><div class="byline">05.06.2025 um 14:46 von <span class="author__name">Anne Muster</span></div></aside>';
    expect(extract(article(column)).authors).toEqual(['Anne Muster']);
    // An aside of related articles inside it still credits other texts.
    const related = '<aside class="related-articles"><div class="byline"><span class="author__name">Max Roe</span></div></aside>';
    expect(extract(article(`${column.replace('Anne Muster', '')}${related}`)).authors).not.toContain('Max Roe');
  });

  it('keeps a `von` that is part of the name (`Christoph von Ritter`)', () => {
    expect(extract(article('<span class="author-name"><strong>Christoph von Ritter</strong></span>')).authors).toEqual([
      'Christoph von Ritter',
    ]);
  });

  it('reads a microdata name given in a <meta>, when the page shows it', () => {
    const shown =
      '<dl><dd itemprop="author" itemscope itemtype="https://schema.org/Person">Julius Richter <meta itemprop="name" content="Julius Richter"></dd></dl>';
    expect(extract(article(shown)).authors).toEqual(['Julius Richter']);
    // An account the page shows nowhere is no credit.
    const hidden = '<div itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="ricsti"></div>';
    expect(extract(article(hidden)).authors).toEqual([]);
  });
});

describe('author validator', () => {
  const en = (head: string, body: string): string =>
    page(
      `<title>Storm closes schools - Daily Post</title>${head}`,
      `<article><h1>Storm closes schools</h1>${body}<p>${'Schools across the county closed on Monday as the storm brought heavy snow and strong winds. '.repeat(4)}</p></article>`,
    );

  it.each([
    ['a button pair', 'Twitter Facebook'],
    ['a placeholder', 'Super User'],
    ['a job title', 'Culture Writer'],
    ['filter labels', 'Course or Type'],
    ['a desk code and a city', 'ku Frankfurt'],
    ['a word glued to an agency', 'SIDNachrichtenagentur'],
    ['a photo credit', 'Foto: Jane Roe'],
    ['a phrase', 'deinen Hochzeitsbloggern'],
    ['a magazine', 'Auto Illustrierte'],
    ['a handle glued to names', 'maha Alex Anna Belial'],
    ['a byline label', 'Article by'],
    ['a sentence', 'Add as preferred on Google'],
    ['a job title before words', 'Korrespondent für Politik'],
    ['a role in place of a name', 'Special to the Daily Post'],
    ['an author code in brackets', '(jd)'],
    ['a phrase in lower case', 'words that matter more'],
    ['a desk placeholder', 'From staff reports'],
    ['a wire placeholder', 'Staff and wire reports'],
  ])('rejects %s as author (%s)', (_, name) => {
    // Shown on the page too, so that the validator, not the shown-on-page test, is what rejects it.
    expect(extract(en(`<meta name="author" content="${name}">`, `<p class="meta">${name}</p>`)).authors).toEqual([]);
  });

  it.each([['未知'], ['网络整理'], ['整合'], ['我已授权'], ['股市行情']])('rejects the placeholder %s', (name) => {
    expect(
      extract(
        page('<title>老旧小区加装电梯-新华网</title>', `<h1>老旧小区加装电梯</h1><div class="info">作者：${name} 2023-07-21</div>${PARAS}`),
      ).authors,
    ).toEqual([]);
  });

  it.each([
    [
      'an advertisement',
      '<div class="normal_ad-item"><div class="ad-cell-info"><span class="ad-author">高爆打金传奇</span><span>广告</span></div></div>',
    ],
    [
      'a photo caption',
      '<figure><img src="a.jpg"><figcaption><small itemprop="author">Photograph by Tyrone Turner</small></figcaption></figure>',
    ],
    [
      'a pull quote',
      '<div class="pull-quote"><p>“It has huge consequences.”</p><div class="pull-quote__author"><span class="author">Boris Kingma</span></div></div>',
    ],
    ['a quotation', '<blockquote><p>“It has huge consequences.”</p><cite class="author">Boris Kingma</cite></blockquote>'],
  ])('takes no author from the byline element of %s', (_, html) => {
    expect(extract(en('', `${html}<p>Schools across the county closed on Monday.</p>`)).authors).toEqual([]);
  });

  it("takes no byline from a recommendation widget's sponsored attribution link", () => {
    const widget =
      '<div class="trc-widget-footer"><div class="logoDiv"><a rel="nofollow sponsored noopener" href="https://popup.example.com/"><span>by Project Agora</span></a></div></div>';
    // Far below the story, where only explicit credits are read.
    const long = '<p>Schools across the county closed on Monday as the storm brought heavy snow and strong winds.</p>'.repeat(20);
    expect(extract(en('', `${long}${widget}`)).authors).toEqual([]);
    expect(extract(en('', `${long}<div><span>By Jane Roe</span></div>`)).authors).toEqual(['Jane Roe']);
  });

  it('takes the byline inside an article wrapper whose class only names an ad template', () => {
    const page = en('', '<p class="byline">By Jane Roe</p>')
      .replace('<article>', '<div class="ad-template-type--article"><article>')
      .replace('</article>', '</article></div>');
    expect(extract(page).authors).toEqual(['Jane Roe']);
  });

  it('does not take a media account for a person (环球时报新媒体, 上游新闻客户端)', () => {
    for (const name of ['环球时报新媒体', '上游新闻客户端', '长江融媒'])
      expect(
        extract(
          page(
            '<title>老旧小区加装电梯-新华网</title>',
            `<h1>老旧小区加装电梯</h1><div class="info">作者：${name} 2023-07-21</div>${PARAS}`,
          ),
        ).authors,
      ).toEqual([]);
  });

  it('does not take the portal for the author', () => {
    const p = page(
      '<title>老旧小区加装电梯_网易新闻</title><meta property="og:site_name" content="网易新闻">',
      `<h1>老旧小区加装电梯</h1><div class="info">作者：网易 2023-07-21</div>${PARAS}`,
    );
    expect(extract(p).authors).toEqual([]);
  });

  it.each([['Margarethe von Trotta'], ['john smith'], ['Jane de la Cruz']])('keeps %s', (name) => {
    expect(extract(en(`<meta name="author" content="${name}">`, `<p class="meta">${name}</p>`)).authors).toEqual([name]);
  });

  it('takes every citation_author of a scholarly page, before a meta author that names someone else', () => {
    const head =
      '<meta name="author" content="NH. Shear, SP. Spielberg"><meta name="citation_author" content="Marwan H. Adwan">' +
      '<meta name="citation_author" content="Jun Zhao"><meta name="citation_author" content="Tania Contente-Cuomo">';
    expect(extract(en(head, '<p class="meta">Marwan H. Adwan, Jun Zhao, Tania Contente-Cuomo</p>')).authors).toEqual([
      'Marwan H. Adwan',
      'Jun Zhao',
      'Tania Contente-Cuomo',
    ]);
  });

  it('reads a byline on a page whose <body> classes mention comments, and still not one in a comment', () => {
    const story = (byline: string) =>
      page(
        '<title>Storm closes schools - Daily Post</title>',
        `<article><h1>Storm closes schools</h1>${byline}<p>${'Schools across the county closed on Monday as the storm brought heavy snow. '.repeat(4)}</p></article>`,
      ).replace('<body>', '<body class="single f_comment_nofollow_on comments-open">');
    const read = extract(story('<div class="meta"><a href="/author/jane-doe">Jane Doe</a></div>'), { debug: true });
    expect(read.authors).toEqual(['Jane Doe']);
    expect(read.origins).toContainEqual(expect.objectContaining({ field: 'authors', origin: 'byline-element' }));
    expect(extract(story('<div class="comment-list"><a href="/author/joe-bloggs">Joe Bloggs</a></div>')).authors).toEqual([]);
  });

  it("reads the byline in an article's own <footer>, not in the page's footer or a footer of related articles", () => {
    const prose = `<p>${'Schools across the county closed on Monday as the storm brought heavy snow. '.repeat(4)}</p>`;
    const story = (inArticle: string, after = '') =>
      page(
        '<title>Storm closes schools - Daily Post</title>',
        `<article><h1>Storm closes schools</h1>${prose}${inArticle}</article>${after}`,
      );
    const byline =
      '<span class="author">Posted by <span class="vcard"><a class="url fn" rel="author" href="/author/jd">Jane Doe</a></span> at 18:52</span>';
    expect(extract(story(`<footer class="post-footer">${byline}</footer>`)).authors).toEqual(['Jane Doe']);
    expect(extract(story('', `<footer>${byline}</footer>`)).authors).toEqual([]);
    const related =
      '<footer class="content-related"><ul><li><a href="/other"><h3>Flood warning lifted</h3><div class="author">Joe Bloggs</div></a></li></ul></footer>';
    expect(extract(story(related)).authors).toEqual([]);
  });

  it('cuts UI words glued to a name and drops the job title beside it', () => {
    expect(extract(en('', '<div class="byline">By Andrew HusbandTwitterNews, Culture Writer</div>')).authors).toEqual(['Andrew Husband']);
  });

  it('reads a byline element named writer (`<span class="writer">`), not a class that only holds the word', () => {
    const jp = (cls: string): string =>
      `<html lang="ja"><head><title>新型iPadの評価 - CNET Japan</title></head><body><article><h1>新型iPadの評価</h1><div class="leaf-headline-inner"><span class="${cls}">松村太郎</span><span class="date">2019年04月13日</span></div>` +
      `<p>${'アップルは新しいタブレットを発表し、価格と性能の両面で従来機を大きく上回ったと説明した。'.repeat(4)}</p></article></body></html>`;
    expect(extract(jp('writer')).authors).toEqual(['松村太郎']);
    expect(extract(jp('article-writer')).authors).toEqual(['松村太郎']);
    expect(extract(jp('typewriter')).authors).toEqual([]);
  });

  it('reads a byline of adjacent elements as words, without the job title, badge, button or translator beside the name', () => {
    const byline = (html: string) => extract(en('', `<div class="byline">${html}</div>`)).authors;
    // Each element's words stay apart: the title after the name goes, not glued to it (`Houston MitchellAssistant …`).
    expect(
      byline('<span>By</span><a href="/people/hm">Houston Mitchell</a><span>Assistant Sports Editor</span><button>Follow</button>'),
    ).toEqual(['Houston Mitchell']);
    expect(byline('<span>Von</span><a href="/autor/jan-sellner">Jan Sellner</a>')).toEqual(['Jan Sellner']);
    expect(byline('Jane Roe, Special to the Courier')).toEqual(['Jane Roe']);
    expect(byline('<span class="badge">News</span><a href="/authors/sr">Steffan Rhys</a><span>Deputy Content Hub Director</span>')).toEqual(
      ['Steffan Rhys'],
    );
    expect(byline('<span>Margaret Talev</span><a>+Follow</a>')).toEqual(['Margaret Talev']);
    expect(byline('<span>Von :</span> <a>Adrian Padeanu</a> <span>Übersetzt von :</span> <a>Roland Hildebrandt</a>')).toEqual([
      'Adrian Padeanu',
    ]);
    // A name printed twice (for screens and for screen readers) is one name.
    expect(byline('<span aria-hidden="true">Kristen Falchon</span><span class="sr-only">Kristen Falchon</span>')).toEqual([
      'Kristen Falchon',
    ]);
    // A credit that is not a name is kept whole or not at all: no `Guardian staff`, no `Letters To The`.
    expect(splitNames('Guardian staff reporter')).toEqual(['Guardian staff reporter']);
    expect(splitNames('Mary Ann Smith Senior Writer')).toEqual(['Mary Ann Smith']);
    expect(byline('<a href="/author/letters">Letters To The Editor</a>')).toEqual([]);
  });

  it('reads each author of a byline that sets them side by side in links or like elements', () => {
    const byline = (html: string) => extract(en('', `<div class="byline">${html}</div>`)).authors;
    expect(byline('Von <a href="/a/jr">Jasper Riemann</a><a href="/a/bs">Barbara Schneider</a>')).toEqual([
      'Jasper Riemann',
      'Barbara Schneider',
    ]);
    expect(byline('By <a href="/a/mg">Maya Gebeily</a> and <a href="/a/ad">Anthony Deutsch</a> March 7, 2024 7:55 AM UTC')).toEqual([
      'Maya Gebeily',
      'Anthony Deutsch',
    ]);
    expect(
      byline(
        '<span class="simple">Birgit Baumann</span><span class="simple">Anna Giulia Fink</span><span class="simple">Jan Michael Marchart</span>',
      ),
    ).toEqual(['Birgit Baumann', 'Anna Giulia Fink', 'Jan Michael Marchart']);
    // Names split into like-classed parts are not split further; differently classed parts are one name.
    expect(byline('<span class="given-name">Jane</span> <span class="family-name">Doe</span>')).toEqual(['Jane Doe']);
    // Links beside the names that are no names: buttons, sentences, a weekday, a category.
    expect(byline('<a href="/a/dw">Duncan Walker</a><a href="/g">Add as preferred on Google</a><a href="#">Link Copied</a>')).toEqual([
      'Duncan Walker',
    ]);
    expect(byline('<a href="/a/ab">Alex Bozarjian</a> <a href="/d">Thursday</a>')).toEqual(['Alex Bozarjian']);
    expect(byline('<a href="/a/au">Aureliana</a> in <a href="/c/g">Gefühle</a>')).toEqual(['Aureliana']);
    expect(byline('<a href="/a/jr">Johannes Ritter</a>, <span>Korrespondent für Politik und Wirtschaft in der Schweiz.</span>')).toEqual([
      'Johannes Ritter',
    ]);
    expect(byline('作者： <a>Diogo Carleto</a> 翻訳者 <a>中村 真子</a>')).toEqual(['Diogo Carleto']);
  });

  it('gives the agency a byline names after a person as the source (`Par Marie Dupont avec AFP`, `Anna Schmidt (dpa)`)', () => {
    for (const [line, source] of [
      ['Par Marie Dupont avec AFP', 'AFP'],
      ['Anna Schmidt (dpa)', 'dpa'],
      ['Par Marie Dupont (avec AFP)', 'AFP'],
      ['Redacción EFE', 'EFE'],
      ['DHA', 'DHA'],
      ['Por Ana García y Luis Gómez (con EFE)', 'EFE'],
      ['Von Anna Schmidt mit Material von dpa', 'dpa'],
      ['By Jane Doe with reporting from Reuters', 'Reuters'],
    ]) {
      const a = extract(en('', `<p class="byline">${line}</p>`));
      const names =
        line === 'Redacción EFE' || line === 'DHA'
          ? []
          : line
              .replace(
                /^(?:Par|Por|Von|By) | avec AFP| \((?:avec AFP|dpa|con EFE)\)| mit Material von dpa| with reporting from Reuters/g,
                '',
              )
              .split(' y ');
      expect([a.authors, a.source]).toEqual([names, source]);
    }
  });

  it('gives an agency the JSON-LD lists as an organisation author beside a person as the source', () => {
    const withOrganisation = (name: string) => {
      const author = [
        { '@type': 'Person', name: 'Paula Steiger' },
        { '@type': 'Organization', name },
      ];
      const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Storm closes schools', author });
      const a = extract(en(`<script type="application/ld+json">${ld}</script>`, ''));
      return [a.authors, a.source];
    };
    expect(withOrganisation('SDA')).toEqual([['Paula Steiger'], 'SDA']);
    // An organisation that is no agency (the publisher itself) gives no source.
    expect(withOrganisation('Daily Post')).toEqual([['Paula Steiger'], null]);
  });

  it.each([
    ['Posted on March 5, 2024 by Jane Doe', ['Jane Doe']],
    ['March 5, 2024 by Jane Doe Smith', ['Jane Doe Smith']],
    ['Submitted by Jane Doe on Tue, 03/05/2024 - 10:21', ['Jane Doe']],
    ['March 5, 2024 by admin', []],
  ])('reads who posted from a blog info line: %s', (line, names) => {
    expect(extract(en('', `<div class="submitted">${line}</div>`)).authors).toEqual(names);
  });

  it('takes no outlet closing a byline after a comma for a person (`João Silva, da Folhapress`, `…, The New York Times`)', () => {
    expect(extract(en('', '<p class="byline">Por João Silva, da Folhapress</p>')).authors).toEqual(['João Silva']);
    expect(extract(en('', '<p class="byline">By Jane Doe and John Roe, The New York Times</p>')).authors).toEqual(['Jane Doe', 'John Roe']);
    // A particle inside a name stays.
    expect(extract(en('', '<p class="byline">Door Jan de Vries</p>')).authors).toEqual(['Jan de Vries']);
  });

  it("cuts an editor's sigle in brackets after a name (`Anna Schmidt (as)`)", () => {
    expect(extract(en('', '<p class="byline">Anna Schmidt (as)</p>')).authors).toEqual(['Anna Schmidt']);
    expect(extract(en('', '<p class="byline">Von Anna Schmidt (as) und Peter Müller (pm)</p>')).authors).toEqual([
      'Anna Schmidt',
      'Peter Müller',
    ]);
  });

  it('reads a correspondent named by role, without the city after the name', () => {
    expect(extract(en('', '<p class="byline">Von unserer Korrespondentin Anna Schmidt, Brüssel</p>')).authors).toEqual(['Anna Schmidt']);
  });

  it("takes no agency from a photo's credit in a byline-named element (`Fotos: EL HERALDO/ AFP`)", () => {
    const a = extract(en('', '<figure><img src="a.jpg"><span class="byline-image">Fotos: EL HERALDO/ AFP</span></figure>'));
    expect(a.source).toBeNull();
  });

  it('cuts an agency, a weekday or an edit note after a name in a byline line', () => {
    expect(splitNames('Samya Kullab and Vasilisa Stepanenko The Associated Press')).toEqual(['Samya Kullab', 'Vasilisa Stepanenko']);
    expect(splitNames('Diana Resnik mit AP')).toEqual(['Diana Resnik']);
    expect(splitNames('Marie Dupont avec AFP')).toEqual(['Marie Dupont']);
    expect(splitNames('Ana García con EFE')).toEqual(['Ana García']);
    expect(splitNames('Anna Schmidt (dpa)')).toEqual(['Anna Schmidt']);
    expect(splitNames('Jane Slaughter on Thu, Jan 26, 2023')).toEqual(['Jane Slaughter']);
    expect(splitNames('Jane Doe on March 5, 2024 at 8:00 am')).toEqual(['Jane Doe']);
    // A role in brackets: the writer's goes, the photographer is no author; titles in a row go.
    expect(splitNames('Anna Schmidt (Text) und Peter Müller (Fotos)')).toEqual(['Anna Schmidt']);
    expect(splitNames('Anna Schmidt (Text), Peter Müller (Video)')).toEqual(['Anna Schmidt']);
    expect(splitNames('Prof. Dr. Anna Schmidt')).toEqual(['Anna Schmidt']);
    // The Danish lead word, as the others.
    expect(splitNames('Af Jens Hansen')).toEqual(['Jens Hansen']);
    // A slogan in the byline's place.
    expect(splitNames('成就一亿技术人!')).toEqual([]);
    expect(splitNames('Why Me?')).toEqual([]);
    expect(splitNames('Jane Doe on Sept. 5, 2024')).toEqual(['Jane Doe']);
    expect(splitNames('Sonia Mevißen Erstellt')).toEqual(['Sonia Mevißen']);
    expect(splitNames('Alejandro Villamor Last updated')).toEqual(['Alejandro Villamor']);
    // A name that merely resembles an agency's is left alone.
    expect(splitNames('Lee Ap')).toEqual(['Lee Ap']);
  });

  it("reads the writer from a `twitter:misc:Written by` meta (the byline's author is only an e-mail)", () => {
    const head = '<meta name="author" content="d.kuckelkorn@example.com"><meta name="twitter:misc:Written by" content="Dieter Kuckelkorn">';
    expect(extract(en(head, '')).authors).toEqual(['Dieter Kuckelkorn']);
  });

  it('keeps a Japanese surname and given name together, and still splits Chinese names', () => {
    expect(splitNames('大渡 美咲')).toEqual(['大渡 美咲']);
    expect(splitNames('嶋田 健志 監訳')).toEqual(['嶋田 健志']);
    expect(splitNames('王建宏 张文攀')).toEqual(['王建宏', '张文攀']);
    expect(splitNames('伊琳 李清芬')).toEqual(['伊琳', '李清芬']);
  });

  it.each(['Posted by', 'Written by', 'Story by', 'Words by', 'Reporting by'])('reads a `%s Name` line under the headline', (lead) => {
    const a = extract(en('', `<p class="meta">${lead} Jane Doe on March 5, 2024 at 8:00 am</p>`));
    expect(a.authors).toEqual(['Jane Doe']);
  });

  it('gives an agency-only credit as the source, and keeps the persons beside an agency as authors', () => {
    const alone = extract(en('<meta name="author" content="dpa">', '<p class="meta">dpa</p>'), { debug: true });
    expect(alone.authors).toEqual([]);
    expect(alone.source).toBe('dpa');
    expect(alone.origins).toContainEqual(expect.objectContaining({ field: 'source', origin: 'agency-credit' }));
    const both = extract(en('<meta name="author" content="Felix Schröder, dpa">', '<p class="meta">Felix Schröder, dpa</p>'));
    expect(both.authors).toEqual(['Felix Schröder']);
    expect(both.source).toBe('dpa');
    expect(extract(en('<meta name="author" content="det/dpa">', '<p class="meta">det/dpa</p>')).authors).toEqual([]);
  });

  it('reads an agency named alone in a byline element as the source, spelled with or without `The`', () => {
    for (const byline of [
      '<span class="author">AFP</span>',
      '<div class="byline">Reuters</div>',
      '<p class="byline">By The Associated Press</p>',
    ]) {
      const a = extract(en('', byline), { debug: true });
      expect(a.authors).toEqual([]);
      expect(a.source).toMatch(/^(?:AFP|Reuters|Associated Press)$/);
      expect(a.origins).toContainEqual(expect.objectContaining({ field: 'source', origin: 'agency-credit' }));
    }
    // A person in a later byline element is still the author.
    const both = extract(en('', '<span class="author">AFP</span><p class="byline">By <a href="/a/jd">Jane Doe</a></p>'));
    expect(both.authors).toEqual(['Jane Doe']);
    expect(both.source).toBe('AFP');
    expect(splitNames('Jane Doe, The Associated Press')).toEqual(['Jane Doe']);
  });

  it.each([
    ['WASHINGTON (AP) — Schools', 'AP'],
    ['LONDON, March 5 (Reuters) - Schools', 'Reuters'],
    ['(dpa) – Schools', 'dpa'],
  ])('takes the agency of a wire dateline opening the story as the source: %s', (dateline, source) => {
    const html = en('', '').replace('<p>Schools', `<p>${dateline.replace(/ Schools$/, '')} Schools`);
    const a = extract(html, { debug: true });
    expect(a.source).toBe(source);
    expect(a.origins).toContainEqual(expect.objectContaining({ field: 'source', origin: 'dateline' }));
  });

  it('takes no agency from a bracket that names none, nor from one inside a sentence', () => {
    expect(extract(en('', '').replace('<p>Schools', '<p>Shares of Thomson (TRI) - Schools')).source).toBeNull();
    expect(
      extract(
        en('', '').replace(
          '<p>Schools',
          '<p>Schools across the county, the governor told reporters on Monday after a long meeting with the state emergency board (AP) - ',
        ),
      ).source,
    ).toBeNull();
  });

  it('does not replace a named 来源 with the agency', () => {
    const p = page(
      '<title>老旧小区加装电梯-新华网</title><meta name="author" content="新华社">',
      `<h1>老旧小区加装电梯</h1><div class="info">来源：人民日报 2023-07-21</div>${PARAS}`,
    );
    const a = extract(p);
    expect(a.source).toBe('人民日报');
    expect(a.authors).toEqual([]);
  });
});

describe('authors named like the host', () => {
  const post = (canonical: string, byline: string): string => `<html><head><title>Surfing the winter swell</title>
    <link rel="canonical" href="${canonical}"></head><body><article><h1>Surfing the winter swell</h1>
    <p class="byline">By ${byline}</p><p>${'We paddled out before dawn and waited for the sets to come through. '.repeat(6)}</p></article></body></html>`;

  it('keeps a blog owner named like their tenant on a shared host, whatever gave the URL', () => {
    expect(extract(post('https://surfguard.wordpress.com/2020/01/02/winter/', 'surfguard')).authors).toEqual(['surfguard']);
    const url = 'https://surfguard.wordpress.com/2020/01/02/winter/';
    expect(extract(post(url, 'surfguard'), { url }).authors).toEqual(['surfguard']);
    expect(extract(post('https://www.limespace.de/2019/10/22/winter/', 'Limespacer')).authors).toEqual(['Limespacer']);
  });

  it('drops the site named as its own author, with the canonical URL only', () => {
    expect(extract(post('https://www.bayrische-bembel.de/news/504/', 'EFC Bayrische Bembel')).authors).toEqual([]);
  });
});

describe('bylines probed in many forms', () => {
  const news = (head: string, byline: string): string =>
    `<html><head><meta charset="utf-8"><title>Stadtrat verlängert die Buslinie</title>${head}</head><body>` +
    `<nav><a href="/politik">Politik</a> <a href="/sport">Sport</a></nav><article><h1>Stadtrat verlängert die Buslinie</h1>${byline}` +
    `<div class="share"><button>Teilen</button> <button>Folgen</button></div>` +
    `<p>${'Der Stadtrat hat nach langer Debatte beschlossen, die Buslinie durch die Altstadt zu verlängern und den Takt zu verdichten. '.repeat(4)}</p>` +
    `</article><footer>© 2024 Stadtkurier</footer></body></html>`;

  it.each([
    ['Von Anna Schmidt und Peter Müller, Berlin', ['Anna Schmidt', 'Peter Müller']],
    ['Autor: Anna Schmidt, Hamburg', ['Anna Schmidt']],
    ['By Jane Doe, Washington', ['Jane Doe']],
  ])('leaves the place a byline closes with out of the names: %s', (line, names) => {
    expect(extract(news('', `<p class="meta">${line}</p>`)).authors).toEqual(names);
  });

  it("reads the paper's own correspondent named by role after the lead (`Von unserer Korrespondentin Anna Schmidt, Paris`)", () => {
    expect(extract(news('', '<p class="meta">Von unserer Korrespondentin Anna Schmidt, Paris</p>')).authors).toEqual(['Anna Schmidt']);
    expect(extract(news('', '<p class="meta">By our correspondent Jane Doe</p>')).authors).toEqual(['Jane Doe']);
  });

  it('drops a social handle in brackets after the name (`By Jane Doe (@janedoe)`)', () => {
    expect(extract(news('', '<p class="meta">By Jane Doe (@janedoe)</p>')).authors).toEqual(['Jane Doe']);
    expect(extract(news('', '<div class="byline">By Jane Doe (@janedoe)</div>')).authors).toEqual(['Jane Doe']);
  });

  it('does not take a Spanish role after the name for a co-author (`Por Juan Pérez / Enviado especial`)', () => {
    expect(extract(news('', '<p class="meta">Por Juan Pérez / Enviado especial</p>')).authors).toEqual(['Juan Pérez']);
    expect(extract(news('', '<div class="byline">Por Juana Gómez, enviada especial a Kiev</div>')).authors).toEqual(['Juana Gómez']);
  });

  it('gives the agency the visible byline credits beside the writers that structured data names as the source', () => {
    const ld = (name: string): string =>
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', author: { '@type': 'Person', name } })}</script>`;
    const dpa = extract(news(ld('Anna Schmidt'), '<div class="byline">Anna Schmidt, dpa</div>'));
    expect(dpa.authors).toEqual(['Anna Schmidt']);
    expect(dpa.source).toBe('dpa');
    const reuters = extract(news('<meta name="author" content="Jane Doe">', '<p class="meta">By Jane Doe | Reuters</p>'));
    expect(reuters.authors).toEqual(['Jane Doe']);
    expect(reuters.source).toBe('Reuters');
  });

  it.each([
    ['Anna Schmidt, dpa', ['Anna Schmidt'], 'dpa'],
    ['Jane Doe | Stadtkurier', ['Jane Doe'], null],
    ['Jane Doe, Contributor', ['Jane Doe'], null],
  ])('reads a byline without a lead under the headline: a name, then its agency, outlet or role (%s)', (line, names, source) => {
    const a = extract(news('<meta property="og:site_name" content="Stadtkurier">', `<p class="meta">${line}</p>`));
    expect(a.authors).toEqual(names);
    expect(a.source).toBe(source);
  });

  it('takes no author from a name beside a place, nor from a picture credit under the headline', () => {
    expect(extract(news('', '<p class="meta">Anna Schmidt, Berlin</p>')).authors).toEqual([]);
    const caption = '<figure><img src="a.jpg"><figcaption>John Smith, dpa</figcaption></figure>';
    expect(extract(news('', caption)).authors).toEqual([]);
  });

  it('reads a Japanese reporter credit on a line of its own (`山田 太郎記者`)', () => {
    const ja =
      '<html lang="ja"><head><meta charset="utf-8"><title>市議会、河川敷の再開発計画を承認</title></head><body><article><h1>市議会、河川敷の再開発計画を承認</h1>' +
      `<p>山田 太郎記者</p><p>${'市議会は５日、長年議論されてきた河川敷の再開発計画を承認した。工事は来年にも始まる見通しだ。'.repeat(5)}</p></article></body></html>`;
    expect(extract(ja).authors).toEqual(['山田 太郎']);
  });

  it.each([
    ['Von SPIEGEL-Redakteurin Anna Schmidt', ['Anna Schmidt']],
    ['Par Marie Dupont Publié le 5 mars 2024 à 10h00', ['Marie Dupont']],
    ['Opinion by Jane Doe', ['Jane Doe']],
    ['Eine Kolumne von Anna Schmidt', ['Anna Schmidt']],
  ])('reads the name out of a byline with a role, a kind of piece or a publication word around it: %s', (line, names) => {
    expect(extract(news('', `<p class="meta">${line}</p>`)).authors).toEqual(names);
  });

  it('reads the person before an agency after a slash (`Anna Schmidt/dpa`)', () => {
    const a = extract(news('', '<div class="byline">Anna Schmidt/dpa</div>'));
    expect(a.authors).toEqual(['Anna Schmidt']);
    expect(a.source).toBe('dpa');
  });

  it('reads a byline box without its category and tag links', () => {
    const tags = '<div class="byline"><a href="/tag/transport">Transport</a>, <a href="/tag/city">City Council</a></div>';
    expect(extract(news('', tags)).authors).toEqual([]);
    const teaser =
      '<div class="article-grouper-author"><span class="article-category-grouper"><a href="/salarios-a5122540">Salarios</a></span></div>';
    expect(extract(news('', teaser)).authors).toEqual([]);
    const both =
      '<div class="byline"><a href="/category/city-hall" rel="category tag">City Hall</a> | By <a href="/author/jane-doe">Jane Doe</a></div>';
    expect(extract(news('', both)).authors).toEqual(['Jane Doe']);
  });

  it('reads names in quotation marks (`<meta name="author" content="\'Luana Patriolino, Raphael Felice\'">`)', () => {
    const meta = `<meta name="author" content="'Luana Patriolino, Raphael Felice'">`;
    const a = extract(news(meta, '<p class="meta">Luana Patriolino e Raphael Felice</p>'));
    expect(a.authors).toEqual(['Luana Patriolino', 'Raphael Felice']);
  });

  it.each([
    ['Richard David Precht im Gespräch mit Karin Fischer', ['Richard David Precht', 'Karin Fischer']],
    ['Mathatisi Sebusi/Mohalenyane Phakela', ['Mathatisi Sebusi', 'Mohalenyane Phakela']],
  ])('splits two full names joined by an interview or a bare slash: %s', (line, names) => {
    expect(splitNames(line)).toEqual(names);
    expect(extract(news('', `<p class="author">${line}</p>`)).authors).toEqual(names);
  });

  it("takes no author from the last word of an author box's bio (`… und Stadtentwicklung.`)", () => {
    const bio =
      '<div class="author-box"><p>Anna Schmidt ist Redakteurin im Ressort Lokales und schreibt über Verkehr und Stadtentwicklung.</p></div>';
    expect(extract(news('', bio)).authors).toEqual([]);
  });

  it("reads a German interviewer's credit (`Das Interview führte Anna Schmidt`)", () => {
    expect(extract(news('', '<p class="meta">Das Interview führte Anna Schmidt</p>')).authors).toEqual(['Anna Schmidt']);
  });

  it('gives the agency after a dash as the source (`Anna Schmidt – dpa`)', () => {
    const a = extract(news('', '<p class="meta">Anna Schmidt – dpa</p>'));
    expect(a.authors).toEqual(['Anna Schmidt']);
    expect(a.source).toBe('dpa');
  });

  it('gives the agency of a Japanese place credit opening the text as the source (`【ワシントン＝共同】`)', () => {
    const ja =
      '<html lang="ja"><head><meta charset="utf-8"><title>米政府、経済対策を発表</title></head><body><article><h1>米政府、経済対策を発表</h1>' +
      `<p>【ワシントン＝共同】米政府は５日、新たな経済対策を発表した。物価高への対応として家計を支援する。</p><p>${'米政府は５日、新たな経済対策を発表した。物価高への対応として家計を支援する。'.repeat(3)}</p></article></body></html>`;
    const wire = extract(ja);
    expect(wire.authors).toEqual([]);
    expect(wire.source).toBe('共同');
  });

  it.each([
    ['<div class="autor"><h6>Jacobo Betancur Peláez | Publicado hace 3 horas</h6></div>', ['Jacobo Betancur Peláez']],
    ['<span class="article-auteur">Marie Dupont</span>', ['Marie Dupont']],
    ['<div class="autor_name">Anna Schmidt</div>', ['Anna Schmidt']],
  ])('reads a byline box its class names with the word for author in another language: %s', (box, names) => {
    expect(extract(news('', box)).authors).toEqual(names);
  });

  it('does not read a box whose class only holds those letters inside another word (`autorisation`)', () => {
    expect(extract(news('', '<div class="cookie-autorisation">Jean Valjean</div>')).authors).toEqual([]);
  });

  it("takes no author from a teaser's byline, nor from a picture's credit after its label", () => {
    const teaser =
      '<ul><li><a href="/blasmusik-1"><span>Warum verbringen junge Menschen ihre Freizeit mit Blasmusik? Zwei junge Frauen erklären es.</span>' +
      '<span class="media-box__article__autor">Von Clara Müller</span></a></li></ul>';
    expect(extract(news('', teaser)).authors).toEqual([]);
    const listed =
      '<ul><li><a href="/hartz-iv">»Dauerbaustelle Hartz-IV-Sanktionsregime« und was daraus folgt</a><div class="kontextliste-autor">Im Wortlaut von Katja Kipping</div></li></ul>';
    expect(extract(news('', listed)).authors).toEqual([]);
    const short = '<ul><li><a href="/opfer">Die Opfer nicht vergessen</a><div class="kontextliste-author">Nachricht</div></li></ul>';
    expect(extract(news('', short)).authors).toEqual([]);
    const photo = '<div class="credito-apertura"><strong>Foto:</strong> <p class="autor">Jaiver Nieto</p></div>';
    expect(extract(news('', photo)).authors).toEqual([]);
    // the same with the English class word, which was read before the other languages were
    expect(extract(news('', teaser.replace('__autor', '__author'))).authors).toEqual([]);
    expect(extract(news('', listed.replace('-autor', '-author'))).authors).toEqual([]);
    expect(extract(news('', photo.replace('"autor"', '"author"'))).authors).toEqual([]);
  });
});

describe('a name printed twice', () => {
  it.each([
    '<div class="author"><span>Jane Doe</span> <span class="tip">Jane Doe</span> • 3 min read</div>',
    '<span class="byline">Jane Doe Jane Doe • 13K views</span>',
    '<div class="byline"><div><div>Jane Doe</div> <div class="tooltip">Jane Doe</div></div> • <span>13K views</span></div>',
  ])('is one author also where a counter follows the second copy: %s', (byline) => {
    const html = page(
      '<title>Elixir at scale</title>',
      `<h1>Elixir at scale</h1>${byline}<p>${'The talk walks through how a team ran its services on the BEAM for ten years and what it would do again. '.repeat(5)}</p>`,
    );
    expect(extract(html).authors).toEqual(['Jane Doe']);
  });
});
