/**
 * The body of pages of the wider web (portals, media and blogs in many languages and scripts): 'read also' plugs
 * between the story's paragraphs, and galleries of captioned photos inside the article, on pages in the templates
 * of several sites.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const STORIES: Record<string, { lang: string; dir?: string; title: string; paras: string[] }> = {
  fa: {
    lang: 'fa',
    dir: 'rtl',
    title: 'پیروزی تیم ملی برابر ازبکستان در ورزشگاه آزادی',
    paras: [
      'به گزارش خبرنگار ما، تیم ملی فوتبال ایران روز دوشنبه در ورزشگاه آزادی به مصاف تیم ملی ازبکستان رفت و با نتیجه دو بر یک به پیروزی رسید.',
      'در این دیدار که با حضور بیش از پنجاه هزار تماشاگر برگزار شد، شاگردان سرمربی تیم ملی از همان دقایق ابتدایی کنترل بازی را در دست گرفتند.',
      'گل اول ایران در دقیقه بیست و سوم با ضربه سر مهاجم تیم به ثمر رسید و ازبکستان در اواخر نیمه نخست توانست بازی را به تساوی بکشاند.',
      'سرمربی تیم ملی پس از بازی در نشست خبری گفت بازیکنانش روحیه خوبی داشتند و این پیروزی برای ادامه مسیر مقدماتی جام جهانی بسیار ارزشمند است.',
    ],
  },
  hi: {
    lang: 'hi',
    title: 'टॉप-10 कंपनियों में से 6 का मार्केट कैप घटा',
    paras: [
      'पिछले कारोबारी हफ्ते में देश की टॉप-10 कंपनियों में से छह की मार्केट वैल्यूएशन में कुल मिलाकर एक लाख करोड़ रुपए से ज्यादा की कमी आई है।',
      'इस दौरान सबसे ज्यादा नुकसान निजी क्षेत्र के सबसे बड़े बैंक को हुआ, जिसका मार्केट कैप साठ हजार करोड़ रुपए से ज्यादा गिर गया।',
      'बाजार के जानकारों का कहना है कि विदेशी निवेशकों की बिकवाली और चुनाव से जुड़ी अनिश्चितता के कारण बाजार में उतार-चढ़ाव बना हुआ है।',
      'मार्केट कैप किसी भी कंपनी के कुल जारी शेयरों की वैल्यू होती है, जिसे शेयरों की संख्या को उनकी कीमत से गुणा करके निकाला जाता है।',
    ],
  },
  en: {
    lang: 'en',
    title: 'City council approves sweeping waterfront redevelopment plan',
    paras: [
      'The city council voted on Tuesday to approve a new plan that will reshape the downtown waterfront over the next decade, ending two years of heated debate among residents and developers.',
      'Under the plan, the old warehouse district will be converted into a mix of housing, parks and small businesses, with at least a third of the new apartments set aside for families on modest incomes.',
      'Critics, however, warned that the cost of cleaning up decades of industrial pollution could rise sharply, and that the city had not explained how it would pay for the work if federal grants fell through.',
      'The mayor, who had pushed for the plan since her first campaign, called the decision a promise kept and said construction of the first phase could begin as early as next spring.',
    ],
  },
  ru: {
    lang: 'ru',
    title: 'Пять привычек, которые убивают автоматическую коробку',
    paras: [
      'Многие водители, пересаживаясь с машин с механической коробкой передач на автомобили с автоматом, переносят на новый транспорт свои прежние привычки.',
      'Например, они продолжают подкатываться к перекрестку на нейтралке, стремясь сэкономить топливо, хотя современной трансмиссии это скорее вредит, чем помогает.',
      'Специалисты напоминают, что переключать селектор между режимами стоит только после полной остановки автомобиля, иначе возрастает нагрузка на детали коробки.',
      'Соблюдение этих несложных правил позволит заметно продлить жизнь автоматической коробки передач и избежать дорогого ремонта.',
    ],
  },
};

/** Site templates: the article's container (the story's paragraphs with `mid` after the second) and what surrounds it. */
const TEMPLATES: Record<string, (story: keyof typeof STORIES, mid: string) => string> = {
  portal: (s, mid) => {
    const { title, paras } = STORIES[s]!;
    const ps = paras.map((p) => `<p>${p}</p>`);
    return `<header><a href="/">Portal</a><nav><a href="/1">1</a> <a href="/2">2</a></nav></header><div class="news-page"><h1>${title}</h1><div class="news-info">2024-05-13 10:30</div><div class="news-text">${ps.slice(0, 2).join('')}${mid}${ps.slice(2).join('')}</div></div><aside class="sidebar"><h3>Top</h3><ul><li><a href="/t1">Another story on the portal today</a></li></ul></aside>`;
  },
  media: (s, mid) => {
    const { title, paras } = STORIES[s]!;
    const ps = paras.map((p) => `<div data-component="text-block"><p>${p}</p></div>`);
    return `<main><article><header><h1>${title}</h1><time datetime="2024-05-14T09:00:00Z">14 May 2024</time></header>${ps.slice(0, 2).join('')}${mid}${ps.slice(2).join('')}</article></main><footer><p>Copyright 2024. All rights reserved.</p></footer>`;
  },
  blog: (s, mid) => {
    const { title, paras } = STORIES[s]!;
    const ps = paras.map((p) => `<p>${p}</p>`);
    return `<div id="blog-title"><a href="/">My blog</a></div><div class="article"><h2 class="article-title">${title}</h2><div class="article-date">2024-05-20</div><div class="article-body"><div class="article-body-inner">${ps.slice(0, 2).join('')}${mid}${ps.slice(2).join('')}</div></div></div>`;
  },
};

const page = (story: keyof typeof STORIES, template: string, mid: string): string => {
  const { lang, dir, title } = STORIES[story]!;
  return `<!DOCTYPE html><html lang="${lang}"${dir ? ` dir="${dir}"` : ''}><head><meta charset="utf-8"><title>${title}</title></head><body>${TEMPLATES[template]!(story, mid)}</body></html>`;
};

describe("a 'read also' plug between the story's paragraphs", () => {
  const cases: [string, keyof typeof STORIES, string, string, string][] = [
    ['Persian', 'fa', 'portal', 'بیشتر بخوانید:', 'جدول رده‌بندی گروه الف پس از هفته ششم'],
    ['Hindi', 'hi', 'portal', 'ये भी पढ़ें:', 'सेंसेक्स 500 अंक चढ़कर बंद, निफ्टी में भी तेजी'],
    ['Urdu in a media template', 'en', 'media', 'یہ بھی پڑھیں:', 'قومی ٹیم کا اعلان، تین نئے کھلاڑی شامل'],
    ['Vietnamese on a blog', 'ru', 'blog', 'Xem thêm:', 'Giá vàng hôm nay tăng mạnh sau phiên giảm sâu'],
    ['Korean', 'en', 'portal', '관련기사:', '시의회, 해안 재개발 계획 최종 승인'],
  ];
  for (const [name, story, template, label, headline] of cases) {
    it(`drops it: ${name}`, () => {
      const plug = `<p><strong>${label} <a href="/other/1">${headline}</a></strong></p>`;
      const a = extract(page(story, template, plug));
      expect(a.text).not.toContain(headline);
      for (const p of STORIES[story]!.paras) expect(a.text).toContain(p);
    });
  }

  it('keeps a sentence whose link stands in its middle, and a list whose label is followed by more than a link', () => {
    const mid =
      '<p>The report, <a href="/r">published on Monday by the regional planning agency</a>, found the plan sound.</p><p>Among the projects: <a href="/p">a new riverside school for 600 pupils</a> and a clinic.</p>';
    const a = extract(page('en', 'media', mid));
    expect(a.text).toContain('published on Monday by the regional planning agency');
    expect(a.text).toContain('a new riverside school for 600 pupils and a clinic');
  });

  it("keeps a picture's source shown as its address, and a run of label-and-link lines (a podcast's shownotes)", () => {
    const credit = '<p>Abb.: <a href="https://example.org/photos/harbour-2019">https://example.org/photos/harbour-2019</a></p>';
    const notes =
      '<p>Spoiler: <a href="https://news.example.com/season-2">Season 2 of the series is on its way!</a></p><p>Intro music: <a href="https://sounds.example.com/1">Opening a bottle of wine, recorded at home</a></p>';
    const a = extract(page('en', 'blog', credit + notes));
    expect(a.text).toContain('https://example.org/photos/harbour-2019');
    expect(a.text).toContain('Season 2 of the series is on its way!');
    expect(a.text).toContain('Opening a bottle of wine, recorded at home');
  });

  it('keeps the plug with filter-link-plugs off', () => {
    const plug = '<p><strong>ये भी पढ़ें: <a href="/other/1">सेंसेक्स 500 अंक चढ़कर बंद, निफ्टी में भी तेजी</a></strong></p>';
    const a = extract(page('hi', 'portal', plug), { heuristics: { 'filter-link-plugs': false } });
    expect(a.text).toContain('सेंसेक्स 500 अंक चढ़कर बंद');
  });
});

describe('a gallery of captioned photos inside the article', () => {
  const captions: Record<string, string[]> = {
    en: ['The old warehouse district seen from the river at dawn.', 'A rendering of the planned riverside park and pier.'],
    ru: [
      'Селектор автоматической коробки передач в положении D.',
      'Так выглядит изношенный фрикционный диск.',
      'Масло после ста тысяч километров пробега.',
    ],
    fa: ['شادی بازیکنان تیم ملی پس از گل دوم', 'هواداران تیم ملی در ورزشگاه آزادی'],
  };
  const gallery = (caps: readonly string[], control = ''): string =>
    `<div class="photo-gallery">${caps.map((c, i) => `<figure><img src="/g${i}.jpg"><figcaption>${c}</figcaption></figure>`).join('')}${control}</div>`;

  const cases: [string, keyof typeof STORIES, string, string][] = [
    ['in a media template', 'en', 'media', ''],
    ['on a blog, with its arrows', 'ru', 'blog', '<div class="gallery-nav"><a href="#">‹</a> <a href="#">›</a> 1 / 3</div>'],
    ['on an RTL portal', 'fa', 'portal', ''],
  ];
  for (const [name, story, template, control] of cases) {
    it(`keeps its captions: ${name}`, () => {
      const a = extract(page(story, template, gallery(captions[story]!, control)));
      for (const c of captions[story]!) expect(a.text).toContain(c);
      for (const p of STORIES[story]!.paras) expect(a.text).toContain(p);
    });
  }

  it('leaves out a strip of linked captions (other galleries)', () => {
    const strip = `<div class="more-photos">${['In pictures: the week in photos from around the world', 'Gallery: best dressed stars at the spring gala'].map((c, i) => `<figure><a href="/gallery/${i}"><img src="/m${i}.jpg"><figcaption>${c}</figcaption></a></figure>`).join('')}</div>`;
    const a = extract(page('en', 'media', strip));
    expect(a.text).not.toContain('best dressed stars');
  });

  it('loses the captions with captioned-galleries off', () => {
    const a = extract(page('en', 'media', gallery(captions.en!)), { heuristics: { 'captioned-galleries': false } });
    expect(a.text).not.toContain(captions.en![0]);
  });
});

describe("a platform's call to action or syndication line inside the article", () => {
  const cases: [string, keyof typeof STORIES, string, string][] = [
    [
      'a Dzen channel asking for likes',
      'ru',
      'blog',
      'Если статья была полезной, ставьте лайк и подписывайтесь на канал, чтобы не пропустить новые публикации!',
    ],
    ['an Indonesian video prompt', 'en', 'portal', 'Simak video pilihan berikut ini:'],
    [
      'a syndication line of an Indonesian network',
      'en',
      'portal',
      'Artikel ini telah tayang di Tribunnews.com dengan judul Peringatan Dini Cuaca Ekstrem.',
    ],
    ["an Instagram embed's fallback", 'en', 'media', 'A post shared by Waterfront Now (@waterfrontnow)'],
    ["an Instagram embed's prompt", 'ru', 'media', 'Sieh dir diesen Beitrag auf Instagram an'],
    ['a WeChat QR prompt', 'fa', 'portal', '长按二维码关注我们'],
    ["a WeChat 'wow' prompt", 'hi', 'blog', '点个“在看”，分享给更多人'],
    ["an ebook site's address notice", 'ru', 'portal', '请记住本书首发域名：shuxiang.com。书香阅读手机版阅读网址：m.shuxiang.com'],
  ];
  for (const [name, story, template, line] of cases) {
    it(`drops ${name}`, () => {
      const a = extract(page(story, template, `<p>${line}</p>`));
      expect(a.text).not.toContain(line.slice(0, 12));
      for (const p of STORIES[story]!.paras) expect(a.text).toContain(p);
    });
  }
});
