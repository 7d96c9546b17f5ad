/**
 * The body's content rules (src/data/heuristics.json): each on real-looking pages, with the rule on and off, so a
 * rule that stops working (or a switch that does nothing) fails here.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { ExtractError } from '../src/errors.js';
import { HEURISTIC_NAMES, Heuristics, parseHeuristicSwitches } from '../src/heuristics/index.js';
import { bodyOf, loadHtml } from '../src/parse/load.js';
import { namesOtherProse, proseHolders } from '../src/prune/prose.js';
import { unmaskProse } from '../src/body/readability.js';
import { joinStoryParts } from '../src/body/story-parts.js';
import { prependLead } from '../src/body/lead.js';
import { isBreadcrumbLine } from '../src/body/filters.js';
import { textRegion } from '../src/body/region.js';

const SENTENCES = [
  'The city council voted on Thursday night to approve a plan that rebuilds three aging piers along the riverfront.',
  'Engineers told the council that the structures had been closed to the public since a storm damaged them two years ago.',
  'The plan is paid for by a state grant and a bond issue that voters approved last November by a wide margin.',
  'Residents who spoke at the meeting mostly supported the plan, though several asked for more shade and seating.',
  'Work on the first pier is expected to begin in the spring and to take about eighteen months, officials said.',
  'The mayor called the vote a turning point for a waterfront that has seen little investment for three decades.',
  'A smaller group of residents argued that the money would be better spent on schools and on the bus network.',
  'The council also asked the city manager to report every quarter on the cost and the schedule of the work.',
];
const para = (s: string): string => `<p>${s}</p>`;
const page = (body: string, head = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><title>Council approves pier plan | The Daily Example</title>${head}</head><body>${body}</body></html>`;

describe('the heuristics registry', () => {
  it('names every rule once and reads switches', () => {
    expect(new Set(HEURISTIC_NAMES).size).toBe(HEURISTIC_NAMES.length);
    expect(parseHeuristicSwitches('second-opinion=off,+unmask-prose')).toEqual({ 'second-opinion': false, 'unmask-prose': true });
    expect(new Heuristics({ 'chrome-class-id': false }).on('chrome-class-id')).toBe(false);
    expect(new Heuristics().on('chrome-class-id')).toBe(true);
  });

  it('refuses a rule it does not know', () => {
    expect(() => parseHeuristicSwitches('no-such-rule=off')).toThrow(ExtractError);
    expect(() => extract(page(para(SENTENCES[0]!)), { heuristics: { 'no-such-rule': false } })).toThrow(/no rule named/);
  });
});

describe('class names do not outweigh article prose', () => {
  // The story sits in blocks whose class says "sidebar"; the real sidebar holds teaser links.
  const story = page(
    `<h1>Council approves pier plan</h1>
     <div class="sidebar-grid__container"><div class="sidebar-grid__content">${SENTENCES.slice(0, 4).map(para).join('')}</div>
       <aside class="sidebar"><a href="/a">Read next: a story</a></aside></div>
     <div class="sidebar-grid__container"><div class="sidebar-grid__content">${SENTENCES.slice(4).map(para).join('')}</div></div>
     <div class="more"><h3>Our readers read next</h3>${[1, 2, 3, 4].map((i) => `<div class="teaser"><h4><a href="/s${i}">Another story number ${i} about the city</a></h4><p>A summary of story ${i}, which tells what happened in the city this week and why it matters to you.</p></div>`).join('')}</div>`,
  );

  it('keeps the story held in sidebar-named blocks', () => {
    const a = extract(story);
    for (const s of SENTENCES) expect(a.text).toContain(s);
    expect(a.text).not.toContain('A summary of story');
  });

  it('takes misleading names off prose holders only, before Readability scores them', () => {
    const $ = loadHtml(
      story.replace(
        '<div class="more">',
        '<div class="comment-list"><p>' +
          SENTENCES[0] +
          '</p><p>' +
          SENTENCES[1] +
          '</p><p>' +
          SENTENCES[2] +
          '</p></div><div class="more">',
      ),
    );
    const holders = proseHolders(bodyOf($));
    expect(unmaskProse(holders, namesOtherProse)).toBeGreaterThan(0);
    expect($('.sidebar-grid__container').length).toBe(0); // the story's wrappers lost the name
    expect($('aside.sidebar').length).toBe(1); // a real sidebar (links, no prose) keeps it
    expect($('.comment-list').length).toBe(1); // comments are prose but not the article
  });

  it('still drops comment threads by their class, prose or not', () => {
    const comments = `<div class="comments">${SENTENCES.slice(0, 3)
      .map((s) => para(`I disagree. ${s}`))
      .join('')}</div>`;
    const a = extract(page(`<h1>Council approves pier plan</h1><article>${SENTENCES.map(para).join('')}</article>${comments}`));
    expect(a.text).not.toContain('I disagree.');
  });

  it('keeps the standfirst (lead) as body', () => {
    const a = extract(
      page(
        `<h1>Council approves pier plan</h1><p class="standfirst">The vote ends two years of debate over the riverfront piers and who pays to repair them.</p><article>${SENTENCES.map(para).join('')}</article>`,
      ),
    );
    expect(a.text.startsWith('The vote ends two years of debate')).toBe(true);
  });
});

describe('a story split by ad breaks', () => {
  const group = (s: string[]): string =>
    `<section class="content-group"><div class="visually-hidden">Article content</div><div class="inline">${s.map(para).join('')}</div></section>`;
  const ad = '<section class="content-group"><div class="visually-hidden">Article content</div><div class="ad-slot"></div></section>';
  const html = page(
    `<h1>Council approves pier plan</h1><div class="story">${group(SENTENCES.slice(0, 1))}${group(SENTENCES.slice(1, 2))}${ad}` +
      `${group(SENTENCES.slice(2, 3))}${ad}${SENTENCES.slice(3)
        .map((s) => group([s]))
        .join(ad)}</div>`,
  );

  it('comes out whole, without the repeated screen-reader label (filter-repeated-lines, off by default)', () => {
    const a = extract(html, { heuristics: { 'filter-repeated-lines': true } });
    for (const s of SENTENCES) expect(a.text).toContain(s);
    expect(a.text).not.toContain('Article content');
  });

  it('keeps the label with the repeated-line filter off', () => {
    expect(extract(html).text).toContain('Article content');
  });

  it('does not take repeated lines of a price list for labels', () => {
    const list = ['Adults: 30 yuan', 'Children: 15 yuan', 'Adults: 30 yuan', 'Children: 15 yuan', 'Adults: 30 yuan', 'Children: 15 yuan'];
    const a = extract(
      page(`<h1>Council approves pier plan</h1><article>${SENTENCES.slice(0, 4).map(para).join('')}${list.map(para).join('')}</article>`),
      { heuristics: { 'filter-repeated-lines': true } },
    );
    expect(a.text.split('Adults: 30 yuan').length - 1).toBe(3);
  });
});

describe('a story cut into containers of one kind (join-story-parts)', () => {
  const MORE = [
    'Critics of the plan said the council had not studied how the new piers would change the flow of the river.',
    'A study by the state found that the old piers had slowed the current near the bank and trapped silt for years.',
    'The engineers said the new design leaves wider gaps between the piles so that the river can carry its silt away.',
    'The council will hold a second hearing on the design in March, before the first contracts are signed.',
  ];
  const rail = (i: number): string =>
    `<div class="right-rail"><div class="rail-item"><span>Trending</span><a href="/t${i}">A trending story ${i}</a><a href="/u${i}">Another one</a></div></div>`;
  const container = (s: string[], i: number): string =>
    `<div class="story-block story-container"><div class="block-content">${s.map(para).join('')}</div>${rail(i)}</div>`;
  const adRow = '<div class="ad-row"><div class="ad-slot">Advertisement</div></div>';
  const html = page(
    `<article class="story"><header><h1>Council approves pier plan</h1></header>${container(SENTENCES.slice(0, 2), 1)}${adRow}` +
      `${container([...SENTENCES.slice(2), ...MORE], 2)}${adRow}${container(['The council meets again on Tuesday, when it will also vote on the budget for the parks department.'], 3)}</article>`,
  );

  it('keeps the lead before the ad row and the rest after it', () => {
    const a = extract(html);
    for (const s of [...SENTENCES, ...MORE]) expect(a.text).toContain(s);
    expect(a.text).not.toContain('A trending story');
  });

  it('loses the lead without the rule (Readability keeps one container; the lead finder, off here, would add it back)', () => {
    const a = extract(html, { heuristics: { 'join-story-parts': false, 'lead-before-body': false } });
    expect(SENTENCES.slice(0, 2).every((s) => a.text.includes(s))).toBe(false);
  });

  // The guards, on the joiner itself (Readability's own sibling rules may still join what it leaves apart).
  const joins = (html: string): number => {
    const $ = loadHtml(html);
    return joinStoryParts($, $('p').toArray());
  };

  it('joins the parts of a cut story', () => {
    expect(joins(html)).toBe(2);
  });

  it('does not join a feed of stories, each with its own headline and time', () => {
    const story = (h: string, s: string[], day: number): string =>
      `<div class="feed-item"><h1>${h}</h1><time datetime="2024-03-0${day}">March ${day}</time>${s.map(para).join('')}</div>`;
    const feed = page(`<main>${story('Council approves pier plan', SENTENCES, 1)}${story('School board delays vote', MORE, 2)}</main>`);
    expect(joins(feed)).toBe(0);
    expect(joins(feed.replace(/<h1>[^<]*<\/h1><time[^>]*>[^<]*<\/time>/g, ''))).toBe(1);
  });

  it('does not join a comment thread that stands beside the story', () => {
    const comment = (s: string): string =>
      `<div class="reply"><p>${s} I have lived by the river for forty years and never saw it like this.</p><p>${s} The council should have asked the people who fish here every single day of the year.</p></div>`;
    const thread = page(
      `<article class="story"><h1>Council approves pier plan</h1><div class="body">${SENTENCES.slice(0, 4).map(para).join('')}</div></article>` +
        `<section class="thread">${['A waste of money.', 'Good news at last.', 'Why eighteen months?'].map(comment).join('')}</section>`,
    );
    expect(joins(thread)).toBe(0);
    // The same replies joined when they are where the page's main prose is.
    expect(joins(thread.replace(/<div class="body">.*?<\/div><\/article>/, '</article>'))).toBe(2);
  });
});

describe('listing pages (listing-first-post)', () => {
  const MORE_POSTS = [
    'The ferry to the island was late again this morning, the third time this week, because of a broken ramp.',
    'Passengers waited for an hour on the quay, and some of them missed their trains on the other side of the bay.',
  ];
  const post = (title: string, s: string[]): string =>
    `<div class="post"><h2 class="post-title"><a href="/p/${title.length}">${title}</a></h2><div class="post-body">${s.map(para).join('')}</div></div>`;
  const listing = page(
    `<div class="blog-header"><h1 id="site-title">The Daily Example</h1>Harbour notes</div>${post('Council approves pier plan', SENTENCES.slice(0, 6))}${post('A walk along the old docks', SENTENCES.slice(6))}${post('Why the ferry is late again', MORE_POSTS)}`,
  );

  it('reads only the first post of a blog home page', () => {
    const a = extract(listing);
    expect(a.title).toBe('Council approves pier plan');
    expect(a.text).toContain(SENTENCES[5]);
    expect(a.text).not.toContain(SENTENCES[6]);
    expect(a.text).not.toContain(MORE_POSTS[0]);
    expect(extract(listing, { heuristics: { 'listing-first-post': false } }).text).toContain(SENTENCES[6]);
  });

  it('does not take an article page with an FAQ styled as posts for a listing', () => {
    const faq = (q: string, answer: string): string =>
      `<div class="faq-item"><h3 class="entry-title">${q}</h3><p>${answer} The answer goes on for a while, so that it reads like a post of its own with text.</p><p>${answer} A second paragraph of the answer, with some more detail and a number or two in it.</p></div>`;
    const a = extract(
      page(
        `<main><h1>Council approves pier plan</h1><div class="story">${SENTENCES.map(para).join('')}</div>` +
          `<section class="faq">${faq('What is a pier?', 'A pier is a raised structure.')}${faq('Who pays?', 'The state pays for most of it.')}${faq('When?', 'Work starts in spring.')}</section></main>`,
      ),
    );
    for (const s of SENTENCES) expect(a.text).toContain(s);
  });
});

describe('the lead between headline and body (lead-before-body)', () => {
  const LEAD = 'The riverfront will get three new piers by 2027, after a vote that ended two years of argument in the city.';
  const CAPTION = 'The old pier at the foot of Main Street, closed since the storm of 2022, seen from the ferry landing.';
  const BIO = 'Jane Miller covers city hall and the waterfront for the Daily Example and has lived in the city since 2009.';
  const html = page(
    `<div class="top"><div class="article-header"><h1>Council approves pier plan</h1><div class="intro"><div>${LEAD}</div></div>` +
      `<div class="media"><img src="/pier.jpg" alt=""><div class="media-text">${CAPTION}</div></div>` +
      `<div class="author-box"><span class="author-bio">${BIO}</span></div></div></div>` +
      `<div class="wrap"><div class="col"><div class="article-body">${SENTENCES.map(para).join('')}</div></div>` +
      `<div class="rail"><div class="teaser-text"><a href="/more">Read more stories about the city and its waterfront</a></div></div></div>`,
  );

  it('puts the lead first and leaves the caption and the bio out', () => {
    const a = extract(html);
    expect(a.text.startsWith(LEAD)).toBe(true);
    for (const s of SENTENCES) expect(a.text).toContain(s);
    expect(a.text).not.toContain(CAPTION);
    expect(a.text).not.toContain(BIO);
  });

  it('loses the lead without the rule', () => {
    expect(extract(html, { heuristics: { 'lead-before-body': false } }).text).not.toContain(LEAD);
  });

  it('takes nothing when a list of teasers stands between headline and body', () => {
    // On the lead finder itself: Readability's pick is the body container.
    const leadsOf = (page: string): number => {
      const $ = loadHtml(page);
      const root = $('.article-body').clone()[0]!;
      return prependLead($, root, 'Council approves pier plan', {
        title: 'Council approves pier plan',
        source: null,
        editor: null,
        authors: [],
      });
    };
    const teasers = [1, 2, 3, 4]
      .map((i) => `<div class="t">Story ${i}: the council also discussed the parks budget, the bus network and the schools today.</div>`)
      .join('');
    expect(leadsOf(html)).toBe(1);
    expect(leadsOf(html.replace('<div class="media">', `<div class="list">${teasers}</div><div class="media">`))).toBe(0);
  });
});

describe('the breadcrumb printed in the body (filter-breadcrumb)', () => {
  const ZH = [
    '飞行归因于作用在飞机上的几个力。第一个是飞机的重量，即将飞机拉向地面的重力。第二个是引擎产生的推力，它通过空气推动飞机前进。',
    '第三个力是升力，它由机翼上下表面的气压差产生。当升力大于重力时，飞机就能离开地面，在空中飞行。',
    '第四个力是阻力，它与飞机运动的方向相反。设计师通过改进机身外形来减小阻力，让飞机飞得更快、更省油。',
    '这四个力之间的平衡，决定了飞机是加速还是减速、是爬升还是下降。飞行员的每一个操作都在改变这种平衡。',
  ];
  const zhPage = (crumb: string): string =>
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>飞行物理学常识_军事技术</title></head><body>` +
    `<table><tr><td>${['a', 'b', 'c'].map((n) => `<p><img src="/img/${n}.gif" width="100" height="20"></p>`).join('')}<font color="#0000FF">${crumb}</font><p align="center"><b>飞行物理学常识</b></p>${ZH.map(para).join('')}</td></tr></table></body></html>`;

  it('drops the trail line at the top of the body and keeps it as the section', () => {
    const a = extract(zhPage('当前位置：<a href="/index.htm">首页</a>-&gt;<a href="/tech.htm">军事技术</a>'));
    expect(a.section).toContain('军事技术');
    expect(a.text.startsWith(ZH[0]!.slice(0, 10))).toBe(true);
    expect(a.text).not.toContain('当前位置');
    expect(
      extract(zhPage('当前位置：<a href="/index.htm">首页</a>-&gt;<a href="/tech.htm">军事技术</a>'), {
        heuristics: { 'filter-breadcrumb': false },
      }).text,
    ).toContain('当前位置');
  });

  it('keeps a first line that only mentions the section in a sentence', () => {
    expect(isBreadcrumbLine('军事技术是一门综合学科，它研究的是怎样把科学知识用到国防上。', ['首页', '军事技术'])).toBe(false);
    expect(isBreadcrumbLine('首页>>人物聚焦>>2005人物', ['人物聚焦', '2005人物'])).toBe(true);
  });
});

describe('the headline printed in the body (filter-title)', () => {
  const story = (heading: string): string =>
    `<html><head><title>Riverfront piers to be rebuilt | Daily Gazette</title></head><body><div class="post">${heading}${SENTENCES.map(para).join('')}</div></body></html>`;

  it('drops the headline line at the top of the body, also with the date printed in it', () => {
    const dated = story('<p class="headline"><b>Riverfront piers to be rebuilt</b> <span class="time">2024-03-05</span></p>');
    expect(extract(dated).text.startsWith(SENTENCES[0]!.slice(0, 20))).toBe(true);
    expect(extract(dated, { heuristics: { 'filter-title': false } }).text).toContain('Riverfront piers to be rebuilt');
  });

  it('drops the headline printed with its kicker glued on (`KickerHeadline`)', () => {
    const glued = story('<h2><span class="kicker">Waterfront</span>Riverfront piers to be rebuilt</h2>');
    expect(extract(glued).text.startsWith(SENTENCES[0]!.slice(0, 20))).toBe(true);
  });

  it('drops lines of nothing but punctuation, rules or invisible characters', () => {
    const ruled = story('').replace(
      para(SENTENCES[1]!),
      `<p>|</p><p>------------------------------</p><p>\u200c</p>${para(SENTENCES[1]!)}`,
    );
    const text = extract(ruled).text;
    expect(text).not.toMatch(/^\s*(?:\||-+|\u200c)\s*$/m);
    expect(text).toContain(SENTENCES[1]!.slice(0, 20));
  });

  it('keeps a first line that holds more than the headline and a date', () => {
    const more = story('<p>Riverfront piers to be rebuilt, the council decided on 2024-03-05 after a long debate.</p>');
    expect(extract(more).text).toContain('the council decided on');
  });
});

describe('hidden blocks kept as the body', () => {
  const article = SENTENCES.map(para).join('');

  it('keeps an article hidden until a script shows it (hidden-keeps-body, off by default)', () => {
    const hidden = page(`<h1>Council approves pier plan</h1><div style="display:none">${article}</div><div><a href="/">Home</a></div>`);
    expect(extract(hidden, { heuristics: { 'hidden-keeps-body': true } }).text).toContain(SENTENCES[7]);
    expect(extract(hidden).text).not.toContain(SENTENCES[7]);
  });

  it('does not keep a hidden second copy of the story (a paywall layer): the text comes once', () => {
    const a = extract(
      page(`<h1>Council approves pier plan</h1><div class="o-paywall" style="display:none">${article}</div><article>${article}</article>`),
      { heuristics: { 'hidden-keeps-body': true } },
    );
    expect(a.text.split(SENTENCES[0]!).length - 1).toBe(1);
  });

  it('keeps an article a script reveals from an inline visibility:hidden (script-shown-body, on by default)', () => {
    const revealed = page(
      `<h1>Council approves pier plan</h1><div id="js_content" style="visibility: hidden;">${article}</div><div><a href="/">Home</a></div>`,
    );
    const a = extract(revealed);
    expect(a.text).toContain(SENTENCES[0]);
    expect(a.text).toContain(SENTENCES[7]);
    expect(a.warnings.some((w) => w.startsWith('kept hidden div#js_content'))).toBe(true);
    expect(extract(revealed, { heuristics: { 'script-shown-body': false } }).text).not.toContain(SENTENCES[7]);
    // An overlay hidden with display:none that holds most of the text stays out, as before.
    const overlay = page(
      `<h1>Council approves pier plan</h1><div id="consent" style="display:none">${article}</div><p>${SENTENCES[0]}</p>`,
    );
    expect(extract(overlay).text).not.toContain(SENTENCES[7]);
  });

  it('does not keep a hidden client-side template', () => {
    const template = `<div style="display:none">${SENTENCES.map((s) => para(`{* comment.author *} wrote: ${s}`)).join('')}</div>`;
    const a = extract(
      page(`<h1>Council approves pier plan</h1>${template}<article>${SENTENCES.slice(0, 3).map(para).join('')}</article>`),
      {
        heuristics: { 'hidden-keeps-body': true },
      },
    );
    expect(a.text).not.toContain('{*');
  });
});

describe('feeds of teaser cards', () => {
  const card = (i: number, href: string): string =>
    `<li class="post-card"><h3><a href="${href}">Story number ${i} about something else in town</a></h3><div class="time">${i} hours ago</div><p class="excerpt">A short summary of story ${i}, which happened somewhere else this week and is not about the piers.</p></li>`;

  it('drops "more stories" cards linking within the site', () => {
    const feed = `<ul class="feed">${[1, 2, 3, 4, 5].map((i) => card(i, `/2024/05/story-${i}/`)).join('')}</ul>`;
    const a = extract(
      page(`<h1>Council approves pier plan</h1><div class="entry">${SENTENCES.slice(0, 3).map(para).join('')}${feed}</div>`),
    );
    expect(a.text).toContain(SENTENCES[2]);
    expect(a.text).not.toContain('A short summary of story');
    expect(a.removed.filter((r) => r.reason === 'teaser-feed')).toHaveLength(5);
    expect(
      extract(page(`<h1>Council approves pier plan</h1><div class="entry">${SENTENCES.slice(0, 3).map(para).join('')}${feed}</div>`), {
        heuristics: { 'teaser-feeds': false },
      }).removed.some((r) => r.reason === 'teaser-feed'),
    ).toBe(false);
  });

  it('keeps a listicle whose items link to other sites', () => {
    const list = `<ul class="picks">${[1, 2, 3, 4].map((i) => card(i, `https://restaurant-${i}.example.org/`)).join('')}</ul>`;
    const a = extract(
      page(
        `<h1>Council approves pier plan</h1><div class="entry">${SENTENCES.slice(0, 3).map(para).join('')}${list}</div>`,
        '<link rel="canonical" href="https://www.daily-example.com/2024/05/piers/">',
      ),
    );
    expect(a.removed.some((r) => r.reason === 'teaser-feed')).toBe(false);
  });
});

describe('conventional hiding classes', () => {
  it('drops a block hidden by class (a sign-in wall left in the page) but keeps one shown from a breakpoint on', () => {
    const wall =
      '<div class="sign-in-group hidden"><p>THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY. Unlimited online access to 15 news sites with one account.</p></div>';
    const lead = '<p class="hidden md:block">Berlin. The council explains why the vote matters to the city and what comes next.</p>';
    const a = extract(
      page(
        `<h1>Council approves pier plan</h1><article>${lead}${SENTENCES.slice(0, 4).map(para).join('')}${wall}${SENTENCES.slice(4).map(para).join('')}</article>`,
      ),
    );
    expect(a.text).not.toContain('RESERVED FOR SUBSCRIBERS');
    expect(a.text).toContain('Berlin. The council explains');
    expect(a.removed.some((r) => r.reason === 'hidden-class')).toBe(true);
  });
});

describe('the second opinion on Readability', () => {
  it('keeps a short right article over a long comment thread', () => {
    const comments = `<div id="comment-thread">${Array.from({ length: 12 }, (_, i) => para(`Reader ${i} says: ${SENTENCES[i % 8]} I have lived here for years and think so too.`)).join('')}</div>`;
    const a = extract(
      page(`<h1>Council approves pier plan</h1><article class="post">${SENTENCES.slice(0, 2).map(para).join('')}</article>${comments}`),
    );
    expect(a.text).toContain(SENTENCES[0]);
    expect(a.text).not.toContain('Reader 3 says');
  });

  it('takes the prose block when Readability kept a sign-up notice', () => {
    const notice = '<div class="teaser"><p>Register for our newsletter to keep reading, it is free.</p></div>';
    const body = `<div class="x"><div>${SENTENCES.map((s) => `${s}<br>`).join('')}</div></div>`;
    const a = extract(page(`<h1>Council approves pier plan</h1>${notice}${body}`));
    expect(a.text).toContain(SENTENCES[5]);
  });
});

describe('spam slugs', () => {
  it('finds a visible run of keyword slugs separated by |', () => {
    const slugs =
      'cheap-viagra-online-without-prescription| best-online-casino-no-deposit-bonus-codes| buy-cialis-generic-fast-shipping| free-spins-slots-real-money-usa| payday-loans-same-day-approval-online';
    const a = extract(page(`<h1>Council approves pier plan</h1><article>${SENTENCES.map(para).join('')}<p>${slugs}</p></article>`));
    expect(a.spam.detected).toBe(true);
    expect(a.text).not.toContain('casino');
    expect(a.text).toContain(SENTENCES[7]);
  });

  it('leaves hyphenated words in prose alone', () => {
    const a = extract(
      page(
        `<h1>Council approves pier plan</h1><article>${SENTENCES.map(para).join('')}<p>A state-of-the-art, long-awaited, well-funded project, said a long-time resident.</p></article>`,
      ),
    );
    expect(a.spam.detected).toBe(false);
    expect(a.text).toContain('state-of-the-art');
  });
});

describe('tool bars left in the story', () => {
  const bar =
    '<ul class="x"><li>E-Mail</li><li>Teilen</li><li>Mehr</li><li>Twitter</li><li>Drucken</li><li>Feedback</li><li>WhatsApp</li><li>Facebook</li></ul>';
  const html = page(
    `<h1>Council approves pier plan</h1><article>${SENTENCES.slice(0, 4).map(para).join('')}${bar}${SENTENCES.slice(4).map(para).join('')}</article>`,
  );

  it('drops a run of share and print labels (filter-button-bars, off by default)', () => {
    expect(extract(html, { heuristics: { 'filter-button-bars': true } }).text).not.toMatch(/Drucken|Feedback/);
    // Off, the bar stays (but for labels that are chrome alone on a line, as `Drucken`).
    expect(extract(html, { heuristics: { 'filter-button-bars': false } }).text).toContain('Feedback');
  });

  it('keeps a short list that is content (ingredients)', () => {
    const list = '<ul><li>Flour</li><li>Butter</li><li>Sugar</li><li>Eggs</li><li>Milk</li></ul>';
    const a = extract(
      page(
        `<h1>Council approves pier plan</h1><article>${SENTENCES.slice(0, 4).map(para).join('')}${list}${SENTENCES.slice(4).map(para).join('')}</article>`,
      ),
      { heuristics: { 'filter-button-bars': true } },
    );
    expect(a.text).toContain('Butter');
  });
});

describe('player and consent furniture', () => {
  it('drops enable-JavaScript and external-content notices', () => {
    const a = extract(
      page(
        `<h1>Council approves pier plan</h1><article>${SENTENCES.slice(0, 4).map(para).join('')}<div><p>To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video</p></div>${SENTENCES.slice(4).map(para).join('')}<div><p>Externer Inhalt: Um diesen Inhalt anzuzeigen, benötigen wir Ihre Zustimmung.</p></div></article>`,
      ),
    );
    expect(a.text).not.toMatch(/enable JavaScript|Externer Inhalt/);
    expect(a.text).toContain(SENTENCES[7]);
  });

  it.each(['<p>Loading...</p>', '<p>Riproduzione riservata © Copyright ANSA</p>'])('drops the line %s after the story', (line) => {
    const a = extract(page(`<h1>Council approves pier plan</h1><article>${SENTENCES.map(para).join('')}${line}</article>`));
    expect(a.text.endsWith(SENTENCES[7]!)).toBe(true);
  });
});

describe('portal furniture inside the article container', () => {
  const zh = (tail: string): string =>
    `<html lang="zh-CN"><head><meta charset="utf-8"><title>老旧小区改造惠及三万余户_某某网</title></head><body><h1>老旧小区改造惠及三万余户</h1><div class="content">${'<p>今年以来，我市持续推进老旧小区改造工作，截至目前已完成改造项目一百二十个，惠及居民三万余户。</p>'.repeat(4)}${tail}</div></body></html>`;

  it.each([
    '<p>版权所有：某某日报社 未经授权禁止转载</p>',
    '<p>版權所有 某某日報社</p>',
    '<p>本网站所刊登的新闻，未经许可严禁转载</p>',
    '<p><strong>某某健康网专稿，未经书面授权请勿转载。</strong></p>',
    '<p>未经本网授权，谢绝转载。</p>',
    '<p>根据著作权法等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵犯著作权人合法权益。</p>',
    '<p>未經書面授權，請勿轉載。</p>',
    '<div class="more">展开全文</div>',
    '<p>【延伸阅读】</p>',
    '<p>新闻热线：0571-12345678</p>',
    '<div class="like">点赞(12) 收藏 评论(3)</div>',
  ])('drops %s', (tail) => {
    const a = extract(zh(tail));
    expect(a.text).toMatch(/惠及居民三万余户。$/);
    expect(a.removed).toContainEqual(expect.objectContaining({ reason: 'chrome-phrase' }));
  });

  it('keeps a sentence of the story that speaks of copyright', () => {
    const a = extract(zh('<p>法院认为，被告未经许可转载原告作品，侵犯了原告依法享有的版权所有权益，应当承担赔偿责任。</p>'));
    expect(a.text).toContain('侵犯了原告依法享有的版权所有权益');
    const court = '<p>法院审理查明，被告未经授权擅自复制原告的文章后发布在其公众号上，判决赔偿经济损失两万元。</p>';
    expect(extract(zh(court)).text).toContain('判决赔偿经济损失两万元');
  });
});

describe("Readability handed the article's region (article-region)", () => {
  const NOTE = 'Jane Miller has covered city hall and the waterfront for the Daily Example since 2009 and lives on the east side.';
  const DEK = 'Three aging piers will be rebuilt with a state grant and a bond issue, ending two years of argument in the city.';
  // A long story: the note beside it is under 3% of the page's paragraph text.
  const STORY = [1, 2, 3, 4, 5].flatMap((part) => SENTENCES.map((s) => s.replace(/\.$/, `, in part ${part}.`)));
  const html = (head = ''): string =>
    page(
      `<div class="story"><div class="story-head"><h1>Council approves pier plan</h1><h2>${DEK}</h2></div>` +
        `<div class="story-body">${STORY.map(para).join('')}</div><p>${NOTE}</p></div>`,
      head,
    );

  it('finds the smallest element holding nearly all paragraph text, and nothing on a page with too little', () => {
    const $ = loadHtml(html());
    const region = textRegion(bodyOf($), $('p').toArray());
    expect(region?.attribs['class']).toBe('story-body');
    const short = loadHtml(page(`<div class="story-body">${para(SENTENCES[0]!)}${para(SENTENCES[1]!)}</div>`));
    expect(textRegion(bodyOf(short), short('p').toArray())).toBeNull();
  });

  it('leaves out a paragraph standing after the article container, which Readability takes over the whole page', () => {
    const a = extract(html());
    for (const s of STORY) expect(a.text).toContain(s);
    expect(a.text).not.toContain(NOTE);
    expect(extract(html(), { heuristics: { 'article-region': false } }).text).toContain(NOTE);
  });

  it('keeps the dek printed before the region when it is the page’s meta description', () => {
    const stated = html(`<meta name="description" content="${DEK}">`);
    const a = extract(stated);
    expect(a.text.startsWith(DEK)).toBe(true);
    expect(a.text).not.toContain(NOTE);
    // Not stated as the description: a heading beside the headline is not taken.
    expect(extract(html()).text).not.toContain(DEK);
    expect(extract(stated, { heuristics: { 'lead-before-body': false } }).text).not.toContain(DEK);
  });
});

describe('a sign-up box among the paragraphs (signup-boxes)', () => {
  // Made-up class names: the e-mail field is what tells the box apart.
  const box = (heading: string, pitch: string, form = '<input type="email" name="email"><button>OK</button>'): string =>
    `<div class="x9k-box"><h4>${heading}</h4><p>${pitch}</p><form action="/nl">${form}</form></div>`;
  const PITCH =
    'Jeden Morgen die wichtigsten Nachrichten aus der Region direkt in Ihr Postfach. Jetzt kostenlos anmelden und nichts verpassen.';
  const story = (inner: string): string =>
    page(
      `<h1>Council approves pier plan</h1><div class="story-body">${SENTENCES.slice(0, 4).map(para).join('')}${inner}${SENTENCES.slice(4).map(para).join('')}</div>`,
    );

  it('drops the box and keeps every paragraph around it', () => {
    const a = extract(story(box('Unser Newsletter', PITCH)));
    for (const s of SENTENCES) expect(a.text).toContain(s);
    expect(a.text).not.toContain('Postfach');
    expect(a.text).not.toContain('Unser Newsletter');
    expect(extract(story(box('Unser Newsletter', PITCH)), { heuristics: { 'signup-boxes': false } }).text).toContain('Postfach');
  });

  it('knows an address field by its name when its type is text', () => {
    const a = extract(
      story(
        box(
          '订阅我们的早报',
          '每天早上7点，把最重要的本地新闻送到你的邮箱。免费订阅，随时可以退订。',
          '<input type="text" placeholder="邮箱地址">',
        ),
      ),
    );
    expect(a.text).not.toContain('免费订阅');
    expect(a.text).toContain(SENTENCES[4]);
  });

  it('leaves a login form (it asks for a password) and a box outside the article to the other rules', () => {
    const login = box(
      'Sign in to comment',
      'Readers with an account can join the discussion below this story.',
      '<input type="email"><input type="password">',
    );
    expect(extract(story(login)).text).toContain('join the discussion');
  });
});

describe('a comment thread under its heading (comment-threads)', () => {
  const COMMENT =
    'This is exactly why nobody trusts the council to maintain anything. They knew about the piers for years and did nothing until the storm, and now the whole waterfront pays for it.';
  const thread = (heading: string): string =>
    `<section id="user-talk">${heading ? `<h3>${heading}</h3>` : ''}${[1, 2, 3, 4, 5].map((i) => `<div class="entry"><div class="who">reader${i} · ${i} hours ago</div><p>${COMMENT} (${i})</p></div>`).join('')}</section>`;
  const story = (after: string): string =>
    page(
      `<article><h1>Council approves pier plan</h1><div class="c-7f3a">${SENTENCES.slice(0, 5).map(para).join('')}</div>${after}</article>`,
    );

  it('drops the thread, named in any of several languages', () => {
    for (const heading of ['23 Comments', 'Kommentare (12)', '5 commentaires', '网友评论', '評論 (8)']) {
      const a = extract(story(thread(heading)));
      for (const s of SENTENCES.slice(0, 5)) expect(a.text).toContain(s);
      expect(a.text, heading).not.toContain('nobody trusts the council');
    }
    expect(extract(story(thread('23 Comments')), { heuristics: { 'comment-threads': false } }).text).toContain('nobody trusts the council');
  });

  it('drops the heading and what follows it when the heading stands after the story inside the same container', () => {
    const html = page(
      `<article><h1>Council approves pier plan</h1>${SENTENCES.slice(0, 5).map(para).join('')}<h3>12 Comments</h3>${[1, 2, 3, 4].map((i) => `<p>${COMMENT} (${i})</p>`).join('')}</article>`,
    );
    const a = extract(html);
    expect(a.text).toContain(SENTENCES[4]);
    expect(a.text).not.toContain('nobody trusts the council');
  });

  it('keeps what follows a comment link in the byline, and an article section that only mentions comments', () => {
    const html = page(
      `<article><h1>Council approves pier plan</h1><div class="meta"><a href="#c">23 Comments</a></div>${SENTENCES.slice(0, 3).map(para).join('')}<h2>Comments from residents</h2>${SENTENCES.slice(3).map(para).join('')}</article>`,
    );
    const a = extract(html);
    for (const s of SENTENCES) expect(a.text).toContain(s);
  });
});

describe('a pull quote repeating the story (repeated-quotes)', () => {
  const quoted = 'The mayor called the vote a turning point for a waterfront that has seen little investment for three decades.';
  const html = (quote: string): string =>
    page(
      `<h1>Council approves pier plan</h1><div class="story">${SENTENCES.slice(0, 3).map(para).join('')}<blockquote class="q-2x"><p>“${quote}”</p><cite>Council minutes</cite></blockquote>${SENTENCES.slice(3).map(para).join('')}</div>`,
    );

  it('prints the repeated sentence once', () => {
    const a = extract(html(quoted.replace(/\.$/, '')));
    expect(a.text.split('turning point').length - 1).toBe(1);
    expect(a.text).not.toContain('Council minutes');
    expect(extract(html(quoted), { heuristics: { 'repeated-quotes': false } }).text.split('turning point').length - 1).toBe(2);
  });

  it('keeps a quote that the story does not print elsewhere', () => {
    const letter = 'We the undersigned ask the council to keep the old pier open for fishing at night during the summer.';
    expect(extract(html(letter)).text).toContain(letter);
  });
});

describe('teaser cards that open with a linked line, not a heading (teaser-feeds)', () => {
  const SUMMARY = 'Officials said on Monday that more details would be released later this week, as residents wait for answers.';
  const cards = [
    'Police investigate break-in at downtown jewelry store',
    'School board delays vote on new start times',
    'Local bakery wins national award for its bread',
    'Storm expected to bring heavy rain this weekend',
  ]
    .map(
      (t, i) =>
        `<div class="zz-card"><a href="/s/${i}"><img src="/i${i}.jpg"></a><div><a href="/s/${i}">${t}</a><p>${SUMMARY}</p></div></div>`,
    )
    .join('');
  const html = page(
    `<article><h1>Council approves pier plan</h1><div class="c-body">${SENTENCES.slice(0, 4).map(para).join('')}<div class="zz-grid">${cards}</div></div></article>`,
  );

  it('drops the cards inside the article container and keeps the story', () => {
    const a = extract(html);
    for (const s of SENTENCES.slice(0, 4)) expect(a.text).toContain(s);
    expect(a.text).not.toContain('jewelry store');
    expect(a.text).not.toContain('more details would be released');
  });

  it('keeps a list whose items open with a short link label ("More", a date) or link to other sites', () => {
    const items = ['First', 'Second', 'Third']
      .map((t) => `<li><a href="https://other.example/${t}">${t} report on the piers, by the state auditor</a> ${SUMMARY}</li>`)
      .join('');
    const other = page(`<h1>Council approves pier plan</h1><div>${SENTENCES.slice(0, 4).map(para).join('')}<ul>${items}</ul></div>`);
    expect(extract(other).text).toContain('Second report on the piers');
  });
});

describe('the author bio closing the text (trailing-author-bio, off by default)', () => {
  const on = { heuristics: { 'trailing-author-bio': true } };
  const bio = 'Jennifer Walsh is a transportation reporter at The Daily Example. She previously covered city hall in Ohio.';
  const html = (last: string): string =>
    page(
      `<h1>Council approves pier plan</h1><div class="byline">By Jennifer Walsh</div><div class="p0-q">${SENTENCES.map(para).join('')}<p>${last}</p></div>`,
    );

  it('drops a closing paragraph that opens with the byline’s full name', () => {
    const a = extract(html(`<strong>Jennifer Walsh</strong> ${bio.slice('Jennifer Walsh '.length)}`), on);
    expect(a.authors).toEqual(['Jennifer Walsh']);
    expect(a.text).toContain(SENTENCES[7]);
    expect(a.text).not.toContain('transportation reporter');
    expect(extract(html(bio)).text).toContain('transportation reporter');
  });

  it('keeps a closing paragraph that names the author later, or is long', () => {
    const quoted = 'Asked about the vote, the reporter Jennifer Walsh said the council had little choice.';
    expect(extract(html(quoted), on).text).toContain(quoted);
  });
});

describe('a paywall prompt (chrome-phrases)', () => {
  it('drops the prompt to subscribe that follows a story’s opening', () => {
    const html = page(
      `<h1>Council approves pier plan</h1><div class="c-body">${SENTENCES.slice(0, 4).map(para).join('')}<div class="pw-3"><h3>Continue reading with a subscription</h3><p>Get unlimited access to local news you can trust for just $1 a week. Already a subscriber? Log in to continue reading.</p></div></div>`,
    );
    const a = extract(html);
    expect(a.text).toContain(SENTENCES[3]);
    expect(a.text).not.toContain('unlimited access');
    expect(a.text).not.toContain('Continue reading with');
  });
});

describe('the line under an ad slot that says the story goes on (chrome-phrases)', () => {
  it('drops it in German, French and Spanish as in English', () => {
    for (const line of [
      'Artikel wird unter der Anzeige fortgesetzt',
      "L'article continue sous la publicité",
      'El artículo continúa debajo del anuncio',
    ]) {
      const html = page(
        `<h1>Council approves pier plan</h1><div class="c-body">${SENTENCES.slice(0, 3).map(para).join('')}<div class="y1">Anzeige</div><p>${line}</p>${SENTENCES.slice(3).map(para).join('')}</div>`,
      );
      const a = extract(html);
      expect(a.text).toContain(SENTENCES[5]);
      expect(a.text, line).not.toContain(line);
    }
  });
});
