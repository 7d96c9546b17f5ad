/**
 * Publication dates on pages without structured data, in forms probe pages of many templates found unread or misread:
 * numeric dates on pages that declare `en` alone, two-digit years written last, zone abbreviations of Asia and
 * Australia, times written `10.30am`, digits of other scripts, the Solar Hijri calendar, Japanese eras by their
 * initials, live blogs whose entries carry their own stamps, and labels in Arabic, Persian, Hindi and Vietnamese.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { parseDate } from '../src/dates/index.js';

const PROSE: Record<string, string[]> = {
  en: [
    'The county board of supervisors voted four to one on Monday evening to approve the construction of a new bridge over the Millbrook river, ending nearly a decade of debate.',
    'The current bridge, built in 1958, has been rated structurally deficient by state inspectors since 2004, and heavy trucks have been barred from crossing it for three years.',
    'Supervisors said the new two-lane bridge will cost about 14 million dollars, with most of the money coming from federal and state transportation grants.',
    'Construction is expected to begin in the late summer and take about eighteen months, the county engineer told the board at the meeting.',
  ],
  nl: [
    'De gemeenteraad heeft maandagavond ingestemd met de bouw van een nieuwe fietsbrug over het kanaal, die de binnenstad met de nieuwe woonwijk moet verbinden.',
    'De kosten worden geschat op ruim acht miljoen euro, waarvan de provincie de helft betaalt. De bouw begint naar verwachting volgend voorjaar.',
    'Bewoners van de oude wijk maakten zich zorgen over de drukte op de smalle straten, maar de wethouder beloofde extra maatregelen te nemen.',
  ],
  fa: [
    'اعضای شورای شهر در جلسه روز دوشنبه با ساخت یک بیمارستان دویست تختخوابی در منطقه شرقی شهر موافقت کردند تا فشار بر بیمارستان مرکزی کاهش یابد.',
    'رئیس شورا گفت هزینه این طرح حدود دو هزار میلیارد ریال برآورد شده و بخش عمده آن از سوی دولت تامین خواهد شد و عملیات ساخت از بهار آغاز می‌شود.',
    'پیش‌بینی می‌شود این بیمارستان ظرف سه سال آینده افتتاح شود و بخش‌های کودکان، زنان و بیماری‌های مزمن را در بر بگیرد.',
  ],
  ar: [
    'وافق مجلس المدينة مساء الاثنين بالإجماع على إنشاء مستشفى جديد في الحي الشرقي، بسعة مئتي سرير، لتخفيف الضغط على المستشفى المركزي.',
    'وقال رئيس المجلس إن تكلفة المشروع تقدر بنحو خمسين مليون دينار، وإن الحكومة ستتحمل الجزء الأكبر منها، على أن تبدأ أعمال البناء في الربيع المقبل.',
    'ومن المتوقع أن يفتتح المستشفى أبوابه خلال ثلاث سنوات، وسيضم أقساما للأطفال والولادة والأمراض المزمنة.',
  ],
  ja: [
    '市議会は五日の本会議で、駅前に新しい中央図書館を建設する計画を賛成多数で可決した。総事業費は約三十億円を見込んでいる。',
    '現在の図書館は築五十年を超え、耐震性に問題があると指摘されていた。新館には子ども向けの読書室や学習スペースも設けられる予定だ。',
    '市によると、来年春に着工し、二年後の開館を目指す。建設期間中は公民館の一部を臨時の図書室として利用するという。',
  ],
  hi: [
    'नगर निगम की बैठक में सोमवार शाम को पूर्वी इलाके में दो सौ बिस्तरों वाले नए अस्पताल के निर्माण के प्रस्ताव को सर्वसम्मति से मंजूरी दे दी गई।',
    'महापौर ने बताया कि इस परियोजना पर करीब पचास करोड़ रुपये खर्च होंगे और इसका ज्यादातर हिस्सा राज्य सरकार देगी। निर्माण कार्य अगले साल शुरू होगा।',
    'अधिकारियों के मुताबिक अस्पताल तीन साल में बनकर तैयार हो जाएगा और इसमें बच्चों तथा महिलाओं के लिए अलग विभाग होंगे।',
  ],
  vi: [
    'Tại kỳ họp chiều thứ Hai, Hội đồng nhân dân thành phố đã thông qua dự án xây dựng bệnh viện mới với quy mô hai trăm giường bệnh ở khu vực phía đông.',
    'Theo lãnh đạo thành phố, tổng vốn đầu tư dự kiến khoảng một nghìn tỷ đồng, phần lớn do ngân sách tỉnh đảm bảo, và công trình sẽ khởi công vào năm sau.',
    'Bệnh viện dự kiến hoàn thành trong ba năm và sẽ có các khoa nhi, sản và điều trị bệnh mãn tính.',
  ],
};

interface PageParts {
  lang: string;
  /** The info line under the headline (HTML). */
  info: string;
  /** Between the info line and the story's paragraphs (a live blog's entries). */
  top?: string;
  /** After the story, in the article (a footer line). */
  end?: string;
  /** The right rail (other stories). */
  rail?: string;
  /** After the article (comments). */
  after?: string;
}

/** A news theme's single post: header and menu, the article, a rail of other stories, a footer; no structured data. */
function page(p: PageParts): string {
  const paras = (PROSE[p.lang.split('-')[0]!] ?? PROSE.en!).map((t) => `<p>${t}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="${p.lang}"><head><meta charset="utf-8"><title>A story - The Valley Courier</title>
<link rel="stylesheet" href="/wp-content/themes/news/style.css"></head>
<body class="single single-post"><div id="page" class="site"><header class="site-header"><div class="site-branding"><a href="/">The Valley Courier</a></div>
<nav class="main-navigation"><ul><li><a href="/news/">News</a></li><li><a href="/local/">Local</a></li><li><a href="/sports/">Sports</a></li></ul></nav></header>
<div class="site-content"><main id="main" class="content-area"><article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">County board approves new bridge over the Millbrook river</h1>
<div class="entry-meta">${p.info}</div></header>
<div class="entry-content">${p.top ?? ''}${paras}${p.end ?? ''}</div></article>${p.after ?? ''}</main>
<div class="widget-area" role="complementary">${p.rail ?? ''}</div></div>
<footer class="site-footer"><div class="site-info">&copy; 2024 The Valley Courier. All rights reserved.</div></footer></div></body></html>`;
}

/** A rail of other stories with their dates, in a box named as no known box is (`td_block_7`). */
const rail = (dates: string[]): string =>
  `<div class="td_block_wrap td_block_7"><h3 class="block-title">Most popular</h3><ul>${dates
    .map(
      (d, i) =>
        `<li><a href="/news/story-${i}/">Farmers ask for a shorter detour during the works</a> <span class="td-date">${d}</span></li>`,
    )
    .join('')}</ul></div>`;

describe('numeric dates on pages that declare `en` alone', () => {
  it.each([
    ['<time class="entry-date">03/05/2012</time>', '2012-03-05'],
    ['Submitted by jwalters on 3/5/12 - 10:30am', '2012-03-05T10:30:00'],
    ['Posted: 03/05/2012 10:30 AM', '2012-03-05T10:30:00'],
    ['Posted 03-05-2012', '2012-03-05'],
    ['3/5/2012 10:30:00 AM', '2012-03-05T10:30:00'],
  ])('reads them month first, as US usage is what `en` without a region most often means: %s', (info, date) => {
    expect(extract(page({ lang: 'en', info })).date).toBe(date);
  });

  it("reads them day first where the page's other dates write a day above 12 first (a comment, a rail)", () => {
    const after = `<div class="comments"><h3>Comments</h3><div class="comment"><span class="comment-date">Posted 14/03/2012 at 09:12</span><p>Great news.</p></div></div>`;
    expect(extract(page({ lang: 'en', info: 'Published: 05/03/2012', after })).date).toBe('2012-03-05');
    expect(extract(page({ lang: 'en', info: '05/03/2012', rail: rail(['15/03/2012', '28/02/2012']) })).date).toBe('2012-03-05');
  });

  it('reads them day first where the page writes month names day first elsewhere (`8 March 2012`)', () => {
    expect(extract(page({ lang: 'en', info: '05/03/2012', rail: rail(['8 March 2012', '27 February 2012']) })).date).toBe('2012-03-05');
  });

  it("takes the reading that is the URL's day", () => {
    const info = '<time>03/05/2012</time>';
    expect(extract(page({ lang: 'en', info }), { url: 'https://courier.example.com/2012/05/03/bridge/' }).date).toBe('2012-05-03');
    expect(extract(page({ lang: 'en', info }), { url: 'https://courier.example.com/2012/03/05/bridge/' }).date).toBe('2012-03-05');
  });

  it('keeps British and Australian pages day first', () => {
    expect(extract(page({ lang: 'en-GB', info: '05/03/2012' })).date).toBe('2012-03-05');
    expect(extract(page({ lang: 'en-AU', info: '05/03/2012 10:30am' })).date).toBe('2012-03-05T10:30:00');
  });
});

describe('two-digit years written last', () => {
  it.each([
    ['nl', 'Gepubliceerd: 05-03-22 10:30', '2022-03-05T10:30:00'],
    ['nl', 'Geplaatst op 05-03-12 om 10:30', '2012-03-05T10:30:00'],
    ['fr', 'Publié le 05-03-12 à 10:30', '2012-03-05T10:30:00'],
    ['de', 'Stand: 05-03-12 10:30', '2012-03-05T10:30:00'],
  ])('reads `DD-MM-YY` day first on a page in a language that writes the year last (%s): %s', (lang, info, date) => {
    expect(extract(page({ lang, info })).date).toBe(date);
  });

  it('still reads `YY-MM-DD` on Chinese pages', () => {
    const html = `<html lang="zh-CN"><body><h1>市议会通过新图书馆建设计划</h1><div class="info">12-03-05 10:30 来源：本报</div><p>${'市议会五日在全体会议上以多数票通过了在车站前建设新中央图书馆的计划，总投资约三十亿元。'.repeat(4)}</p></body></html>`;
    expect(extract(html).date).toBe('2012-03-05T10:30:00+08:00');
  });
});

describe('zones and times of Asia and Australia', () => {
  it.each([
    ['en-IN', 'Updated: Mar 05, 2012, 10:30 IST', '2012-03-05T10:30:00+05:30'],
    ['en-IN', 'Mar 5, 2012, 10:30 AM IST', '2012-03-05T10:30:00+05:30'],
    ['hi', '5 मार्च 2012, 10:30 AM IST', '2012-03-05T10:30:00+05:30'],
    ['en-AU', 'March 5, 2012 — 10.30am AEST', '2012-03-05T10:30:00+10:00'],
    ['en-GB', 'Monday 5 March 2012 10.30am', '2012-03-05T10:30:00'],
    ['en-AU', '5 March 2012 - 10.30pm', '2012-03-05T22:30:00'],
  ])('reads the zone and the time (%s): %s', (lang, info, date) => {
    expect(extract(page({ lang, info })).date).toBe(date);
  });
});

describe('digits of other scripts, the Solar Hijri calendar and Japanese eras', () => {
  it.each([
    ['٥ مارس ٢٠١٢', '2012-03-05'],
    ['۱۵ اسفند ۱۳۹۰', '2012-03-05'],
    ['1390/12/15', '2012-03-05'],
    ['۱۴۰۳/۰۱/۰۱', '2024-03-20'],
    ['31 اردیبهشت 1403', '2024-05-20'],
    ['५ मार्च २०१२', '2012-03-05'],
  ])('parses %s', (raw, iso) => {
    expect(parseDate(raw)?.iso).toBe(iso);
  });

  it('reads an Iranian info line: the Solar Hijri date in Persian digits and its hour after `ساعت`', () => {
    const info = '<span>کد خبر: ۴۸۲۱۳ | تاریخ: ۱۵ اسفند ۱۳۹۰ ساعت ۱۰:۳۰</span>';
    expect(extract(page({ lang: 'fa', info })).date).toBe('2012-03-05T10:30:00');
  });

  it('reads an Arabic info line in Arabic-Indic digits', () => {
    expect(extract(page({ lang: 'ar', info: '<span>نشر في: ٠٥/٠٣/٢٠١٢ - ١٠:٣٠</span>' })).date).toBe('2012-03-05T10:30:00');
  });

  it('reads Japanese eras by their initials on Japanese pages only', () => {
    expect(extract(page({ lang: 'ja', info: '<span>H24.3.5 10:30</span>' })).date).toBe('2012-03-05T10:30:00+09:00');
    expect(extract(page({ lang: 'ja', info: '<span>掲載日：R6/3/5</span>' })).date).toBe('2024-03-05');
    expect(parseDate('R6.3.5')).toBeNull();
  });
});

describe('labels of the update beside the publication, in more languages', () => {
  it.each([
    ['ar', '<span>آخر تحديث: 07 مارس 2012</span> <span>نشر في: 05 مارس 2012</span>', '2012-03-05'],
    ['fa', '<span>به‌روزرسانی: ۱۷ اسفند ۱۳۹۰</span> <span>تاریخ انتشار: ۱۵ اسفند ۱۳۹۰</span>', '2012-03-05'],
    ['hi', '<span>अपडेटेड: 7 मार्च 2012</span> <span>प्रकाशित: 5 मार्च 2012</span>', '2012-03-05'],
    ['vi', '<span>Cập nhật: 07/03/2012 09:12</span> <span>Đăng ngày: 05/03/2012 10:30</span>', '2012-03-05T10:30:00'],
  ])('dates the page by the publication, not the update printed first (%s)', (lang, info, date) => {
    expect(extract(page({ lang, info })).date).toBe(date);
  });
});

describe('live blogs', () => {
  const entries = (stamps: string[]): string =>
    `<div class="liveblog-feed">${stamps
      .map(
        (s, i) => `<div class="liveblog-entry"><div class="liveblog-entry__time"><time>${s}</time></div><p>${PROSE.en![i % 4]}</p></div>`,
      )
      .join('')}</div>`;

  it('dates the page by its own line, not by the newest entry', () => {
    const top = entries([
      'March 6, 2012 9:12 AM',
      'March 6, 2012 8:40 AM',
      'March 5, 2012 9:15 PM',
      'March 5, 2012 6:02 PM',
      'March 5, 2012 2:40 PM',
      'March 5, 2012 10:30 AM',
    ]);
    const after = '<div class="article-footer"><p class="published">Published March 5, 2012 at 10:30 AM</p></div>';
    expect(extract(page({ lang: 'en', info: 'By Rachel Moore', top, after })).date).toBe('2012-03-05T10:30:00');
  });

  it("dates a page whose only other dates are its entries' by its URL", () => {
    const top = entries(['6 March 2012 10:45', '6 March 2012 09:02', '5 March 2012 21:30']);
    expect(extract(page({ lang: 'en', info: '', top }), { url: 'https://courier.example.com/2012/03/05/live-vote/' }).date).toBe(
      '2012-03-05',
    );
  });

  it("does not take an entry's `<time datetime>` for the article's", () => {
    const top = `<div class="block-feed">${[
      ['2012-03-06T10:45:00Z', '10.45 GMT'],
      ['2012-03-06T09:02:00Z', '09.02 GMT'],
      ['2012-03-05T21:30:00Z', '21.30 GMT'],
    ]
      .map(
        ([iso, shown], i) =>
          `<div class="block"><p class="block-time"><time datetime="${iso}">${shown}</time></p><p>${PROSE.en![i]}</p></div>`,
      )
      .join('')}</div>`;
    expect(extract(page({ lang: 'en', info: '', top }), { url: 'https://courier.example.com/2012/03/05/live-vote/' }).date).toBe(
      '2012-03-05',
    );
  });
});

describe("other texts' dates inside the article", () => {
  const teasers = (cls: string): string =>
    `<div class="${cls}"><h4>More from Local</h4><ul>${[
      ['2012-03-08T09:00:00-05:00', 'March 8, 2012'],
      ['2012-02-27T09:00:00-05:00', 'February 27, 2012'],
    ]
      .map(
        ([iso, shown], i) =>
          `<li><a href="/s/${i}">Farmers ask the board for a shorter detour</a> <time datetime="${iso}">${shown}</time></li>`,
      )
      .join('')}</ul></div>`;
  const end = '<p class="posted-on">Posted on March 5, 2012</p>';

  it.each(['read-next', 'recirc-module', 'also-read'])("does not take a teaser's `<time>` in a box named `%s` for the article's", (cls) => {
    expect(extract(page({ lang: 'en', info: 'By Rachel Moore', top: teasers(cls), end })).date).toBe('2012-03-05');
  });

  it("does not date the page by an embedded post's date", () => {
    const tweet = `<blockquote class="twitter-tweet"><p>The board just voted 4-1 for the new bridge.</p>— County Watch (@countywatch) <a href="https://twitter.com/countywatch/status/1">March 4, 2012</a></blockquote>`;
    expect(extract(page({ lang: 'en', info: 'By Rachel Moore', top: tweet, end })).date).toBe('2012-03-05');
  });
});
