/**
 * The body of Chinese portal pages: what portals print inside the article's container after the story (teaser lists
 * of other stories with their summaries, closing copyright notices), on pages in the templates of several portals.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const STORY = [
  '记者从市住房和城乡建设局获悉，我市城区老旧供水管网改造工程日前正式启动，计划投资4.6亿元，对建成年代较早、漏损严重的186公里供水管道进行更新，年底前将惠及城区12万户居民。',
  '据介绍，城区部分供水管网铺设于上世纪八九十年代，管材以灰口铸铁管和镀锌管为主，经过多年运行，普遍存在锈蚀、结垢和爆管等问题。去年全市供水管网漏损率达到14.2%，高于国家规定的标准。',
  '“这次改造坚持先地下后地上，和道路维修、燃气管道改造同步推进，尽量减少对市民出行的影响。”市住建局城建科负责人王海涛说，施工单位将分片区、分时段作业，需要停水的区域会提前48小时发布通知。',
  '改造完成后，新管道将全部采用球墨铸铁管和聚乙烯管，并同步安装智能远传水表和管网压力监测设备。供水企业可以通过监测平台实时掌握管网运行情况，发现漏点后及时处置，预计漏损率可下降到9%以内。',
  '目前，首批12个片区的施工图设计已经完成，其中建设路、光明街等5个片区已进场施工。市民如对施工有意见建议，可拨打12345政务服务便民热线反映。',
];
const TITLE = '我市启动城区老旧供水管网改造工程 年底前惠及12万户居民';
const TEASERS: [string, string, string][] = [
  ['社会', '国务院常务会议部署进一步优化营商环境', '会议指出，要持续打造市场化、法治化、国际化一流营商环境，激发各类经营主体活力。'],
  ['财经', '多地出台措施促进消费持续恢复', '多地近日密集出台促消费政策，涵盖汽车、家电、餐饮等多个领域，发放消费券超过10亿元。'],
  ['关注', '全国铁路春运发送旅客突破4亿人次', '国铁集团介绍，春运以来全国铁路累计发送旅客突破4亿人次，日均开行旅客列车超过1万列。'],
  ['教育', '教育部：严禁中小学违规补课 加强寒假安全教育', '教育部办公厅日前印发通知，要求各地切实做好中小学生寒假期间有关工作。'],
];
const paras = (ps: readonly string[]): string => ps.map((p) => `<p>　　${p}</p>`).join('');
const rail = `<div class="hot"><h3>热点新闻</h3><ul>${TEASERS.map(([, h], i) => `<li><a href="/n/${i}.html">${h}</a></li>`).join('')}</ul></div>`;

/** Three portal templates: the article's container, and what stands around it. */
const TEMPLATES: Record<string, (inner: string) => string> = {
  cctv: (inner) =>
    `<div class="title_area"><h1>${TITLE}</h1><div class="info1">央视网 | 2024年03月05日 08:21</div></div><div class="content_area" id="content_area">${inner}</div><div class="zebian"><span>编辑：杨佳</span></div>${rail}`,
  chinanews: (inner) =>
    `<div class="content"><h1 class="content_left_title">${TITLE}</h1><div class="content_left_time">2024年03月05日 08:21　来源：中国新闻网</div><div class="left_zw">${inner}</div><div class="left_name">【编辑:李岩】</div></div>${rail}`,
  province: (inner) =>
    `<table width="960"><tr><td width="650"><table width="100%"><tr><td align="center"><h1>${TITLE}</h1></td></tr><tr><td align="center">2024-03-05 08:21　来源：河北日报</td></tr><tr><td class="font14" id="fontzoom">${inner}</td></tr></table></td><td width="290">${rail}</td></tr></table>`,
};
const page = (body: string): string =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${TITLE}_新闻网</title></head><body>${body}</body></html>`;

describe('teaser lists closing a Chinese article', () => {
  const withHeading = `<p><b>相关阅读</b></p>${TEASERS.map(([, h, s], i) => `<p><a href="/n/${i}.html">${h}</a></p><p>${s}</p>`).join('')}`;
  const bare = `<p>&nbsp;</p>${TEASERS.map(([tag, h, s], i) => `<p>[${tag}] <a href="/n/${i}.html">${h}</a></p><p>${s}</p>`).join('')}`;

  for (const [name, template] of Object.entries(TEMPLATES)) {
    it(`drops headlines and their summaries under a 相关阅读 heading (${name})`, () => {
      const a = extract(page(template(paras(STORY) + withHeading)));
      expect(a.text).toContain(STORY[4]!.slice(0, 20));
      for (const [, h, s] of TEASERS) {
        expect(a.text).not.toContain(h);
        expect(a.text).not.toContain(s);
      }
    });

    it(`drops a run of [tag] headline links with summaries and no heading (${name})`, () => {
      const a = extract(page(template(paras(STORY) + bare)));
      expect(a.text).toContain(STORY[4]!.slice(0, 20));
      for (const [, , s] of TEASERS) expect(a.text).not.toContain(s);
    });
  }

  it('keeps the run with trailing-teasers off', () => {
    const a = extract(page(TEMPLATES.cctv!(paras(STORY) + bare)), { heuristics: { 'trailing-teasers': false } });
    expect(a.text).toContain(TEASERS[1]![2]);
  });

  it('keeps a short paragraph the story goes on with after a quoted link', () => {
    const quoted = `${paras(STORY.slice(0, 2))}<p><b>相关阅读</b></p><p><a href="/n/1.html">${TEASERS[0]![1]}</a></p><p>施工期间市民可拨打热线反映。</p>${paras(STORY.slice(2))}`;
    const a = extract(page(TEMPLATES.chinanews!(quoted)));
    expect(a.text).toContain('施工期间市民可拨打热线反映。');
    expect(a.text).toContain(STORY[4]!.slice(0, 20));
  });

  it('keeps the story when a single headline and summary close it', () => {
    const one = `<p><a href="/n/0.html">${TEASERS[0]![1]}</a></p><p>${TEASERS[0]![2]}</p>`;
    const a = extract(page(TEMPLATES.cctv!(paras(STORY) + one)));
    expect(a.text).toContain(STORY[4]!.slice(0, 20));
    expect(a.text).toContain(TEASERS[0]![2]);
  });
});

describe('closing copyright notices (trailing-notice)', () => {
  const notice =
    '<p><strong>版权声明：</strong></p><p>一、凡本网注明“来源：本报”的所有作品，版权均属于本报社，未经本报社书面授权，任何媒体、网站或个人不得转载、摘编或利用其它方式使用上述作品。</p><p>二、已经本网授权使用作品的，应在授权范围内使用，并注明“来源：本报”。违反上述声明者，本网将追究其相关法律责任。</p><p>三、对于各类非法转载行为，欢迎读者提供侵权线索，联系电话：0371-65795000。</p>';

  for (const [name, template] of Object.entries(TEMPLATES)) {
    it(`ends the text at the notice and drops its numbered clauses (${name})`, () => {
      const a = extract(page(template(paras(STORY) + notice)));
      expect(a.text).toContain(STORY[4]!.slice(0, 20));
      expect(a.text).not.toContain('未经本报社书面授权');
      expect(a.text).not.toContain('侵权线索');
    });
  }

  it('ends a two-paragraph brief at a notice longer than half its paragraphs', () => {
    const a = extract(page(TEMPLATES.chinanews!(paras(STORY.slice(0, 2)) + notice)));
    expect(a.text).toContain(STORY[1]!.slice(0, 20));
    expect(a.text).not.toContain('侵权线索');
  });

  it('keeps the story after a notice that opens the text', () => {
    const opening = '<p>版权声明：本文为转载，版权归原作者所有。</p>';
    const a = extract(page(TEMPLATES.cctv!(opening + paras(STORY))));
    expect(a.text).toContain(STORY[0]!.slice(0, 20));
    expect(a.text).toContain(STORY[4]!.slice(0, 20));
  });
});

describe('tables of links at the edges of the text', () => {
  const strip = `<p>幻灯欣赏：</p><table><tr>${[0, 1, 2, 3].map((i) => `<td><a href="/pic/${i}.html"><img src="/p/${i}.jpg"></a></td>`).join('')}</tr><tr>${TEASERS.map(([, h], i) => `<td><a href="/pic/${i}.html">${h.slice(0, 10)}</a></td>`).join('')}</tr></table>`;

  for (const [name, template] of Object.entries(TEMPLATES)) {
    it(`drops an image strip of linked captions closing the story (${name})`, () => {
      const a = extract(page(template(paras(STORY) + strip)));
      expect(a.text).toContain(STORY[4]!.slice(0, 20));
      expect(a.text).not.toContain(TEASERS[1]![1].slice(0, 10));
      expect(a.text).not.toContain('幻灯欣赏');
    });
  }

  it('keeps a data table closing the story, and one whose values are linked but labels are not', () => {
    const data =
      '<table><tr><td>指标</td><td>数值</td></tr><tr><td>进出口总值</td><td>6.61万亿元</td></tr><tr><td>出口</td><td>3.75万亿元</td></tr></table>';
    const linked =
      '<table><tr><td>主办单位</td><td><a href="/org/1">市住房和城乡建设局</a></td></tr><tr><td>联系电话</td><td><a href="tel:12345">12345</a></td></tr></table>';
    const a = extract(page(TEMPLATES.cctv!(paras(STORY) + data)));
    expect(a.text).toContain('6.61万亿元');
    const b = extract(page(TEMPLATES.chinanews!(paras(STORY) + linked)));
    expect(b.text).toContain('市住房和城乡建设局');
  });
});
