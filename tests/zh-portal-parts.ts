/** A Chinese portal article's parts, shared by the tests that write whole portal pages around an info line. */

/** Three paragraphs of a city news story. */
export const BODY = [
  '3月5日，记者从市发展和改革委员会获悉，今年全市将安排专项资金12亿元，重点支持小微企业融资担保、技术改造和吸纳就业。',
  '据介绍，新政策共包括五个方面二十条措施。在融资方面，市财政将对符合条件的首贷、续贷给予贴息，单户企业最高可达50万元。',
  '市发改委相关负责人表示，政策将于4月1日起正式实施，各区县要在一个月内出台配套细则，确保政策红利直达市场主体。',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

/** A sidebar of related stories, each with its own date (which must never date the page). */
export const RELATED = `<div class="sidebar"><h3>相关新闻</h3><ul>
<li><a href="/a/1.html">多部门联合部署春季安全生产工作</a><span>2024-02-28 09:12</span></li>
<li><a href="/a/2.html">全国两会新闻中心正式开放</a><span>2024-03-01 16:40</span></li></ul></div>`;
