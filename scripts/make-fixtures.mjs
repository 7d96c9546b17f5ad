#!/usr/bin/env node
/**
 * Generates the bundled test fixtures under fixtures/<case>/ and validates them.
 *
 *   node scripts/make-fixtures.mjs           # write every case, then validate
 *   node scripts/make-fixtures.mjs --check   # validate only (no writes)
 *
 * Each case is written as the page in its ORIGINAL bytes (page.html / page.txt, encoded with iconv-lite),
 * expected.json (the truth a perfect extractor returns) and, when needed, options.json.
 * The article texts are original (invented) news written for these fixtures; the seed cases are rebuilt
 * from ../shared/seed/source-page.txt. Cases named spam-* and crackdown-* belong to another generator and are
 * never touched here.
 */
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'fixtures');
const SEED = join(ROOT, '..', 'shared', 'seed', 'source-page.txt');

const KEYS = ['title', 'source', 'siteName', 'section', 'date', 'dateModified', 'authors', 'editor', 'lang', 'text'];

/** Escape text for HTML element content / attribute values. */
const esc = (s) =>
  String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');
/** JSON for an inline <script>: never lets "</" close the element. */
const scriptJson = (o, indent) => JSON.stringify(o, null, indent).replace(/<\//g, '<\\/');
/** Deterministic PRNG (mulberry32) so regenerated pages are byte-identical. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CASES = [];
/** Register a case. `page` is the decoded page text; `bytes` is how it is written. */
function addCase(c) {
  CASES.push(c);
}

// ---------------------------------------------------------------------------------------------------------
// Seed: 中國甘肅網 article (traditional script in the dump), rebuilt as HTML in both scripts.
// ---------------------------------------------------------------------------------------------------------
const seedRaw = readFileSync(SEED);
const seedText = seedRaw.toString('utf8');
const seedLines = seedText.split('\n');
const seedParas = seedLines
  .slice(6, 15)
  .filter((l) => l.trim())
  .map((l) => l.trim());
if (seedParas.length !== 5) throw new Error('seed: expected 5 body paragraphs');
// The dump separates the credit's two names with a no-break space (U+00A0).
const SEED_CREDIT = '(中央紀委國家監委網站\u00a0李許堅';
if (!seedParas[4].endsWith(SEED_CREDIT)) throw new Error('seed: trailing credit not found');
const seedSpamLine = seedLines.find((l) => l.includes('久久国产精品无码网站')).trim();
const seedFooter = {
  copyright: seedLines[16].trim(),
  icp: seedLines[25].trim(),
  phones: seedLines[27].trim(),
  host: seedLines[29].trim(),
  copy: seedLines[31].trim(),
  links: seedLines[33].trim(),
};

/** The spam block: each keyword is a link to an off-site host, separators kept exactly as in the seed. */
function spamLinks(line, seed) {
  const rnd = prng(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const tlds = ['.com', '.cn', '.net', '.com.cn', '.top', '.cc'];
  const hosts = [];
  for (let i = 0; i < 14; i++) {
    let h = '';
    const n = 5 + Math.floor(rnd() * 4);
    for (let j = 0; j < n; j++) h += letters[Math.floor(rnd() * 26)];
    hosts.push(`${rnd() < 0.6 ? 'www.' : ''}${h}${tlds[Math.floor(rnd() * tlds.length)]}`);
  }
  const out = [];
  const re = /([^|\s][^|]*?)(\s*\|\s*|$)/g;
  let m;
  while ((m = re.exec(line)) && m[0]) {
    const host = hosts[Math.floor(rnd() * hosts.length)];
    const path = rnd() < 0.5 ? '/' : `/${Math.floor(rnd() * 90000 + 10000)}.html`;
    out.push(`<a href="http://${host}${path}" target="_blank">${esc(m[1])}</a>${m[2]}`);
  }
  return out.join('');
}

/** Traditional → simplified for every character the seed page (body and chrome) uses. */
const T2S_PAIRS =
  '來来個个們们備备傳传價价內内別别動动務务勞劳匯汇問问國国圖图團团執执堅坚報报場场學学實实將将對对導导層层師师廣广強强復复態态戶户撲扑擔担據据數数時时會会條条業业標标樣样權权歸归沒没況况減减滿满為为無无營营猶犹現现環环畢毕異异當当發发監监眾众確确碼码種种節节簡简糾纠紀纪級级細细終终結结給给經经網网緊紧編编縣县總总績绩義义習习聞闻聯联聲声聽听肅肃脫脱與与舉举藥药處处號号規规視视觀观討讨記记訪访許许訴诉評评話话說说誰谁調调諉诿論论諧谐謂谓證证護护變变讓让負负責责貴贵費费資资賴赖跡迹較较載载輔辅輯辑轉转辦办農农進进運运過过違违適适還还錄录鍵键門门開开間间關关際际隨随險险隴陇離离電电須须領领頭头頻频題题類类顧顾風风馬马鮮鲜齊齐產产牽牵著着準准' +
  // chrome used only by the rebuilt HTML page
  '頁页聞闻頻频廳厅體体鑒鉴築筑變变戶户紀纪檢检幹干練练過过員员黨党風风轉转載载熱热點点閱阅讀读論论評评擊击註注冊册錄录請请輸输覽览機机繫系訊讯圖图檔档說说銷销僅仅區区榮荣屆届臺台際际語语環环衛卫譜谱號号專专題题這这樣样動动態态書书記记責责聯联審审計计雲云歷历燈灯鎖锁顯显壓压濟济質质歡欢紅红藍蓝綠绿潔洁筆笔籠笼籬篱紮扎統统線线續续萬万設设財财賦赋遞递釘钉頂顶項项';
const T2S = new Map();
for (let i = 0; i < T2S_PAIRS.length; i += 2) T2S.set(T2S_PAIRS[i], T2S_PAIRS[i + 1]);
const toSimplified = (s) => s.replace(/./gsu, (c) => T2S.get(c) ?? c);

function gscnPage(script) {
  const hans = script === 'hans';
  const paras = seedParas.map((p) => `<p>　　${esc(p)}</p>`).join('\n');
  const charsetMeta = hans
    ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'
    : '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />';
  const copy = hans ? seedFooter.copy.replace('©', '&copy;') : esc(seedFooter.copy);
  const tpl = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
${charsetMeta}
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="renderer" content="webkit" />
<title>別讓痕跡管理成了“痕跡主義”_中國甘肅網</title>
<meta name="keywords" content="痕跡管理,痕跡主義,基層負擔,形式主義,官僚主義" />
<meta name="description" content="${esc(seedParas[0].slice(0, 60))}..." />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="shortcut icon" href="//www.gscn.com.cn/favicon.ico" />
<link rel="stylesheet" type="text/css" href="//www.gscn.com.cn/templateRes/201612/css/common.css" />
<style type="text/css">
body{margin:0;padding:0;font:14px/1.8 "Microsoft YaHei",SimSun,Arial;color:#333;background:#fff}
a{color:#333;text-decoration:none}a:hover{color:#c00}
ul,li{margin:0;padding:0;list-style:none}
.w1000{width:1000px;margin:0 auto}
.topbar{height:32px;line-height:32px;background:#f5f5f5;border-bottom:1px solid #e5e5e5;font-size:12px}
.topbar .fl{float:left}.topbar .fr{float:right}
.header{height:90px}.header .logo{float:left;margin-top:15px}
.nav{height:40px;line-height:40px;background:#b30000}.nav a{color:#fff;padding:0 14px;font-size:15px}
.position{height:40px;line-height:40px;font-size:13px;color:#666;border-bottom:1px dotted #ccc}
.left{float:left;width:680px}.right{float:right;width:290px}
.title h1{font-size:26px;line-height:40px;text-align:center;margin:20px 0 10px}
.info{text-align:center;color:#999;font-size:12px;padding-bottom:10px;border-bottom:1px solid #eee}
.info span{margin:0 6px}
.content{font-size:16px;line-height:2;padding:15px 0}
.content p{margin:0 0 12px}
.copyright{font-size:12px;color:#999;background:#f7f7f7;padding:8px 10px}
.xgxw h3,.phb h3{font-size:16px;border-bottom:2px solid #b30000;line-height:34px;margin:20px 0 8px}
.xgxw li,.phb li{line-height:30px;font-size:14px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.ewm{clear:both;text-align:center;padding:20px 0}.ewm li{display:inline-block;width:120px;font-size:12px}
.ewm img{width:96px;height:96px;display:block;margin:0 auto 4px}
.footer{clear:both;background:#333;color:#aaa;font-size:12px;text-align:center;padding:15px 0;line-height:24px}
.footer a{color:#aaa}
.fxbar{position:fixed;right:10px;top:260px;width:48px;background:#fff;border:1px solid #ddd;text-align:center;font-size:12px}
.clearfix:after{content:"";display:block;clear:both}
</style>
<script type="text/javascript" src="//www.gscn.com.cn/templateRes/201612/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?6b1b1f0c2f1d4a8e9b2e7d0f4c3a5e21";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</head>
<body>
<!-- 頂部導航 -->
<div class="topbar">
  <div class="w1000">
    <div class="fl"><a href="https://www.gscn.com.cn/" target="_blank">中國甘肅網首頁</a> | <a href="https://gansu.gscn.com.cn/" target="_blank">甘肅</a> | <a href="https://news.gscn.com.cn/" target="_blank">新聞</a> | <a href="https://lianzheng.gscn.com.cn/" target="_blank">廉政</a> | <a href="https://finance.gscn.com.cn/" target="_blank">財經</a> | <a href="https://wenhua.gscn.com.cn/" target="_blank">文化</a></div>
    <div class="fr"><a href="javascript:void(0);" id="StranLink">${hans ? '繁體' : '简体'}</a> | <a href="https://passport.gscn.com.cn/login.html" target="_blank">登錄</a> | <a href="https://passport.gscn.com.cn/reg.html" target="_blank">註冊</a></div>
  </div>
</div>
<div class="header w1000">
  <div class="logo"><a href="https://lianzheng.gscn.com.cn/"><img src="//www.gscn.com.cn/templateRes/201612/images/lz_logo.png" alt="中國甘肅網廉政頻道" width="380" height="60" /></a></div>
  <div class="search" style="float:right;margin-top:30px"><form action="https://search.gscn.com.cn/search.jsp" method="get" target="_blank"><input type="text" name="q" value="" /><input type="submit" value="搜索" /></form></div>
</div>
<div class="nav">
  <div class="w1000"><a href="https://lianzheng.gscn.com.cn/">首頁</a><a href="https://lianzheng.gscn.com.cn/ywsd/">要聞速遞</a><a href="https://lianzheng.gscn.com.cn/fbdt/">反腐動態</a><a href="https://lianzheng.gscn.com.cn/llts/">理論探討</a><a href="https://lianzheng.gscn.com.cn/jsbg/">警示曝光</a><a href="https://lianzheng.gscn.com.cn/lzwh/">廉政文化</a><a href="https://lianzheng.gscn.com.cn/spzq/">視頻專區</a></div>
</div>
<div class="w1000 ad_top" id="ad_lz_top"><script type="text/javascript">document.write('<div class="ad"><a href="https://www.gscn.com.cn/zt/" target="_blank"><img src="//www.gscn.com.cn/ad/2023/lz_1000x90.jpg" width="1000" height="90" alt="" /></a></div>');</script></div>
<div class="w1000 clearfix">
  <div class="position">您當前的位置 : <a href="https://www.gscn.com.cn/" target="_blank">中國甘肅網</a> &gt;&gt; <a href="https://lianzheng.gscn.com.cn/" target="_blank">廉政頻道</a> &gt;&gt; <a href="https://lianzheng.gscn.com.cn/llts/" target="_blank">理論探討</a></div>
  <div class="left">
    <div class="title"><h1>別讓痕跡管理成了“痕跡主義”</h1></div>
    <div class="info">
      <span>23-07-21 09:31</span>
      <span>來源:中央紀委國家監委網站</span>
      <span>編輯:高正武</span>
    </div>
    <div class="content" id="content">
<!--enpcontent-->
${paras}
<!--/enpcontent-->
    </div>
    <div class="copyright">${esc(seedFooter.copyright)}</div>
    <div class="xgxw">
      <h3>相關新聞</h3>
      <ul>
        <li><a href="https://lianzheng.gscn.com.cn/system/2023/07/19/013012876.shtml" target="_blank">持續為基層減負賦能 讓幹部把心思用在抓落實上</a></li>
        <li><a href="https://lianzheng.gscn.com.cn/system/2023/07/17/013011042.shtml" target="_blank">整治形式主義要在“實”字上下功夫</a></li>
        <li><a href="https://lianzheng.gscn.com.cn/system/2023/07/14/013009318.shtml" target="_blank">以案為鑒 築牢拒腐防變思想防線</a></li>
        <li><a href="https://lianzheng.gscn.com.cn/system/2023/07/12/013007745.shtml" target="_blank">讓清廉之風吹進千家萬戶</a></li>
        <li><a href="https://lianzheng.gscn.com.cn/system/2023/07/10/013006120.shtml" target="_blank">紀檢監察幹部要練就過硬本領</a></li>
      </ul>
    </div>
    <div class="pinglun" id="comment_box">
      <h3>網友評論</h3>
      <textarea id="cmt_text" rows="4" cols="70" placeholder="請輸入評論內容"></textarea>
      <div><input type="button" value="發表評論" onclick="postComment();" /> <span class="tip">已有<em id="cmt_num">0</em>條評論</span></div>
    </div>
  </div>
  <div class="right">
    <div class="ad_r" id="ad_lz_right"><script type="text/javascript">document.write('<a href="https://www.gscn.com.cn/zt/" target="_blank"><img src="//www.gscn.com.cn/ad/2023/lz_290x200.jpg" width="290" height="200" alt="" /></a>');</script></div>
    <div class="phb">
      <h3>熱點排行</h3>
      <ul>
        <li>1. <a href="https://lianzheng.gscn.com.cn/system/2023/07/20/013013501.shtml" target="_blank">全省紀檢監察系統開展專項整治工作</a></li>
        <li>2. <a href="https://lianzheng.gscn.com.cn/system/2023/07/20/013013377.shtml" target="_blank">以釘釘子精神糾治“四風”問題</a></li>
        <li>3. <a href="https://lianzheng.gscn.com.cn/system/2023/07/18/013011998.shtml" target="_blank">推動廉潔文化建設走深走實</a></li>
        <li>4. <a href="https://lianzheng.gscn.com.cn/system/2023/07/16/013010544.shtml" target="_blank">把監督融入基層治理全過程</a></li>
        <li>5. <a href="https://lianzheng.gscn.com.cn/system/2023/07/13/013008402.shtml" target="_blank">築牢制度籬笆 紮緊權力之籠</a></li>
      </ul>
    </div>
  </div>
</div>
<div class="ewm w1000">
  <ul>
    <li><img src="//www.gscn.com.cn/templateRes/201612/images/ewm_xbj.jpg" alt="西北角" /><p>西北角</p></li>
    <li><img src="//www.gscn.com.cn/templateRes/201612/images/ewm_wx.jpg" alt="中國甘肅網微信" /><p>中國甘肅網微信</p></li>
    <li><img src="//www.gscn.com.cn/templateRes/201612/images/ewm_wb.jpg" alt="中國甘肅網微博" /><p>中國甘肅網微博</p></li>
    <li><img src="//www.gscn.com.cn/templateRes/201612/images/ewm_wbgs.jpg" alt="微博甘肅" /><p>微博甘肅</p></li>
    <li><img src="//www.gscn.com.cn/templateRes/201612/images/ewm_xxqg.jpg" alt="學習強國" /><p>學習強國</p></li>
    <li><img src="//www.gscn.com.cn/templateRes/201612/images/ewm_jrtt.jpg" alt="今日頭條號" /><p>今日頭條號</p></li>
  </ul>
</div>
<div class="footer">
  <p>${esc(seedFooter.icp)}</p>
  <p>${esc(seedFooter.phones)}</p>
  <p>${esc(seedFooter.host)}</p>
  <p>${copy}</p>
  <p><a href="https://www.gscn.com.cn/about/wzjj.shtml" target="_blank">網站簡介</a> | <a href="https://www.gscn.com.cn/about/rczp.shtml" target="_blank">人才招聘</a> | <a href="https://www.gscn.com.cn/about/ggfw.shtml" target="_blank">廣告服務</a> | <a href="https://www.gscn.com.cn/about/lxwm.shtml" target="_blank">聯系我們</a> | 違法和不良信息舉報電話: 0931-8960109 0931-8960307(傳真)</p>
</div>
<div class="fxbar" id="fxbar">
  <p>分享到</p>
  <div class="bdsharebuttonbox"><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空間"></a></div>
</div>
<script type="text/javascript">window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"24"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='/static/api/js/share.js?v=89860593.js'];</script>
<script type="text/javascript" src="//www.gscn.com.cn/templateRes/201612/js/StranJF.js"></script>
<div class="links">@@SPAM@@</div>
</body>
</html>
`;
  const converted = hans ? toSimplified(tpl) : tpl;
  if (!converted.includes(`${seedFooter.links.slice(0, 4)}`) && !hans) throw new Error('footer');
  return converted.replace('@@SPAM@@', spamLinks(seedSpamLine, 20230721));
}

const seedExpectedHant = {
  title: '別讓痕跡管理成了“痕跡主義”',
  source: '中央紀委國家監委網站',
  siteName: '中國甘肅網',
  section: ['中國甘肅網', '廉政頻道', '理論探討'],
  date: '2023-07-21T09:31:00+08:00',
  dateModified: null,
  authors: ['李許堅'],
  editor: '高正武',
  lang: 'zh',
  text: [...seedParas.slice(0, 4), seedParas[4].slice(0, -SEED_CREDIT.length)].join('\n\n'),
};

addCase({
  name: 'seed-hant-utf8',
  file: 'page.html',
  charset: 'utf-8',
  page: gscnPage('hant'),
  expected: { ...seedExpectedHant, encoding: 'utf-8' },
  exercises:
    'The seed page as HTML: traditional script, info line in spans, trailing credit → source + author, visible spam-link block after the footer, QR labels, ICP footer.',
});

const seedExpectedHans = Object.fromEntries(
  Object.entries(seedExpectedHant).map(([k, v]) => [
    k,
    typeof v === 'string' && k !== 'date' && k !== 'lang' ? toSimplified(v) : Array.isArray(v) ? v.map(toSimplified) : v,
  ]),
);
addCase({
  name: 'seed-hans-gbk',
  file: 'page.html',
  charset: 'gbk',
  page: gscnPage('hans'),
  expected: { ...seedExpectedHans, encoding: 'gb18030' },
  exercises: 'The same page in simplified script, GBK bytes declared gb2312 (decoded as gb18030).',
});

addCase({
  name: 'seed-text',
  file: 'page.txt',
  charset: 'utf-8',
  raw: seedRaw,
  page: seedText,
  expected: { ...seedExpectedHant, encoding: 'utf-8' },
  exercises: 'The original text dump byte for byte: no HTML at all; breadcrumb, info line, credit, footer and spam as plain lines.',
});

// ---------------------------------------------------------------------------------------------------------
// people.com.cn (人民网): GB2312-declared GBK bytes, rm_txt layout.
// ---------------------------------------------------------------------------------------------------------
{
  const title = '暑期文旅市场热度攀升 多地推出惠民举措';
  const paras = [
    '进入7月，各地中小学陆续放假，暑期文旅市场迎来客流高峰。记者从多家在线旅游平台了解到，7月以来，亲子游、研学游、避暑游相关产品的预订量较去年同期明显增长，西北、东北地区的自然景区以及各地博物馆成为热门目的地。',
    '为满足游客出行需求，多地推出惠民举措。一些省份的部分景区在暑期推出学生门票优惠，凭有效证件即可享受半价；不少城市延长了博物馆、图书馆等公共文化场馆的开放时间，并增加了夜间讲解场次。“以前下午5点就闭馆了，现在晚上也能带孩子来看展，时间宽裕多了。”在一家省级博物馆参观的市民李女士说。',
    '夜间消费同样活跃。不少城市围绕历史街区、滨水空间打造夜间文旅消费集聚区，引入非遗展演、特色餐饮和文创市集。一家文旅研究机构的监测数据显示，今年以来，多个重点城市的夜间客流量较上年同期有较大幅度提高，游客在夜间的停留时长也有所延长。',
    '客流增加，也对景区管理和服务提出了更高要求。多地文旅部门提醒，游客出行前应提前了解景区预约和限流信息，合理安排行程；景区则通过分时段预约、增开接驳车辆、增设休息点等方式疏导客流，避免出现长时间排队和人员过度聚集。',
    '业内人士表示，暑期是文旅消费的传统旺季，各地应在提升服务品质上下功夫，丰富产品供给，加强价格监管和安全检查，规范市场秩序，让游客玩得放心、住得舒心，进一步释放文旅消费潜力。',
  ];
  const page = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>${title}--旅游--人民网</title>
<meta name="keywords" content="暑期,文旅消费,博物馆,夜间经济" />
<meta name="description" content="${paras[0].slice(0, 70)}" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="41570" />
<meta name="contentid" content="40040862" />
<meta name="publishdate" content="2023-07-21" />
<meta name="author" content="104584" />
<meta name="source" content="来源：人民网－人民日报 原创稿" />
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0" />
<link href="/img/2020wbc/css/page.css" type="text/css" rel="stylesheet" media="all" />
<link rel="shortcut icon" href="http://www.people.com.cn/img/2016wb/images/favicon.ico" type="image/x-icon" />
<style type="text/css">
body{font:14px/1.6 "Microsoft YaHei",SimSun;color:#333;margin:0}
a{color:#333;text-decoration:none}
.w1000{width:1000px;margin:0 auto}.cf:after{content:"";display:block;clear:both}.fl{float:left}.fr{float:right}
#rwb_navbar{height:30px;line-height:30px;background:#f4f4f4;font-size:12px;border-bottom:1px solid #e1e1e1}
.rm_txt .col-1{width:690px}.rm_txt .col-2{width:280px}
.rm_txt h1{font-size:28px;line-height:42px;margin:10px 0}
.rm_txt .author{font-size:14px;color:#666;margin:0 0 8px}
.rm_txt .channel{border-bottom:1px solid #e5e5e5;padding-bottom:8px;color:#999;font-size:13px}
.rm_txt_con{font-size:16px;line-height:30px;padding-top:20px}
.rm_txt_con p{margin:0 0 20px}
.rm_txt_con .edit{text-align:right;color:#999;font-size:14px}
.rm_relevant h2,.rm_ranking h2{font-size:18px;border-left:4px solid #c00;padding-left:8px}
.footer{background:#f6f6f6;text-align:center;font-size:12px;line-height:24px;padding:15px 0;color:#666}
</style>
<script src="/img/2020wbc/js/jquery-1.7.1.min.js" type="text/javascript"></script>
<script src="/img/2020wbc/js/jquery.rmw.global.js" type="text/javascript"></script>
</head>
<body>
<!--rwb_navbar-->
<div id="rwb_navbar">
  <div class="w1000 cf">
    <div class="fl"><a href="http://www.people.com.cn/" target="_blank">人民网首页</a> | <a href="http://cpc.people.com.cn/" target="_blank">中国共产党新闻网</a> | <a href="http://www.people.com.cn/GB/138812/index.html" target="_blank">人民日报社概况</a></div>
    <div class="fr"><a href="http://passport.people.com.cn/" target="_blank">登录</a> | <a href="http://passport.people.com.cn/reg.do" target="_blank">注册</a> | <a href="http://www.people.com.cn/app/" target="_blank">人民网客户端</a></div>
  </div>
</div>
<!--header-->
<div class="header w1000 cf">
  <div class="logo fl"><a href="http://travel.people.com.cn/" target="_blank"><img src="/img/2020wbc/images/logo.png" alt="人民网旅游频道" /></a></div>
  <div class="nav fr"><a href="http://travel.people.com.cn/GB/41570/index.html" target="_blank">滚动</a> | <a href="http://travel.people.com.cn/GB/41636/index.html" target="_blank">资讯</a> | <a href="http://travel.people.com.cn/GB/139035/index.html" target="_blank">文旅</a> | <a href="http://travel.people.com.cn/GB/41640/index.html" target="_blank">目的地</a> | <a href="http://travel.people.com.cn/GB/41637/index.html" target="_blank">图片</a></div>
</div>
<div class="main">
<div class="layout rm_txt cf">
  <div class="col col-1 fl">
    <div class="route"><a href="http://www.people.com.cn/" class="clink">人民网</a>&gt;&gt;<a href="http://travel.people.com.cn/" class="clink">旅游</a></div>
    <h3 class="pre"></h3>
    <h1>${title}</h1>
    <h4 class="sub"></h4>
    <p class="author">本报记者 许晴</p>
    <div class="channel cf">
      <div class="col-1-1 fl">2023年07月21日09:31 | 来源：<a href="http://paper.people.com.cn/rmrb/" target="_blank">人民网－人民日报</a></div>
      <div class="col-1-2 fr"><a href="javascript:void(0);" class="wx" title="分享到微信">微信</a><a href="javascript:void(0);" class="wb" title="分享到微博">微博</a><a href="javascript:void(0);" class="rmh" title="分享到人民号">人民号</a><a href="javascript:window.print();" class="print">打印</a></div>
    </div>
    <div class="rm_txt_con cf">
${paras.map((p) => `<p style="text-indent: 2em;">${p}</p>`).join('\n')}
      <div class="edit cf">(责编：张三、李四)</div>
    </div>
    <div class="rm_relevant cf">
      <h2>相关新闻</h2>
      <ul>
        <li><a href="http://travel.people.com.cn/n1/2023/0720/c41570-40039871.html" target="_blank">避暑游持续升温 “清凉经济”激发消费活力</a></li>
        <li><a href="http://travel.people.com.cn/n1/2023/0719/c41570-40038812.html" target="_blank">研学旅行如何做到“研”“学”并重</a></li>
        <li><a href="http://travel.people.com.cn/n1/2023/0718/c41570-40037745.html" target="_blank">多地博物馆延时开放 夜游文博成新潮</a></li>
        <li><a href="http://travel.people.com.cn/n1/2023/0717/c41570-40036510.html" target="_blank">文旅部门发布暑期出游安全提示</a></li>
      </ul>
    </div>
    <div class="rm_comment" id="rm_comment">
      <h2>网友评论</h2>
      <p class="tips">发表评论请先<a href="http://passport.people.com.cn/" target="_blank">登录</a>，评论内容不得超过500字</p>
      <textarea name="content" rows="4" cols="60"></textarea>
      <input type="button" value="提交" class="btn" />
    </div>
  </div>
  <div class="col col-2 fr">
    <div class="ad" id="ad_rmw_txt_right"><script type="text/javascript">if(typeof showAd=="function"){showAd("rmw_txt_right_280x250");}</script></div>
    <div class="rm_ranking">
      <h2>热点排行</h2>
      <ol>
        <li><a href="http://travel.people.com.cn/n1/2023/0721/c41570-40040801.html" target="_blank">“村超”带火乡村游</a></li>
        <li><a href="http://travel.people.com.cn/n1/2023/0720/c41570-40040112.html" target="_blank">暑期亲子游预订量同比大幅增长</a></li>
        <li><a href="http://travel.people.com.cn/n1/2023/0720/c41570-40039950.html" target="_blank">草原旅游季开启 牧区民宿迎来客流</a></li>
        <li><a href="http://travel.people.com.cn/n1/2023/0719/c41570-40038990.html" target="_blank">古镇夜游如何避免千篇一律</a></li>
        <li><a href="http://travel.people.com.cn/n1/2023/0718/c41570-40037801.html" target="_blank">景区预约制度持续优化</a></li>
      </ol>
    </div>
  </div>
</div>
</div>
<!--footer-->
<div class="footer">
  <p><a href="http://www.people.com.cn/GB/50142/104580/index.html" target="_blank">人民日报社概况</a> | <a href="http://www.people.com.cn/GB/50142/352114/index.html" target="_blank">关于人民网</a> | <a href="http://job.people.com.cn/" target="_blank">招聘英才</a> | <a href="http://www.people.com.cn/GB/208743/403202/index.html" target="_blank">广告服务</a> | <a href="http://www.people.com.cn/GB/1018/22259/7397050.html" target="_blank">网站声明</a> | <a href="http://www.people.com.cn/GB/208743/index.html" target="_blank">网站地图</a></p>
  <p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>
  <p>Copyright &copy; 1997-2023 by www.people.com.cn. all rights reserved</p>
  <p>京ICP证000006号 京公网安备11000002000008号</p>
</div>
<script type="text/javascript">
var _czc = _czc || [];
(function(){var s=document.createElement("script");s.src="//cl2.webterren.com/webdig.js?z=16";document.body.appendChild(s);})();
</script>
</body>
</html>
`;
  addCase({
    name: 'people-gbk',
    file: 'page.html',
    charset: 'gbk',
    page,
    expected: {
      title,
      source: '人民网－人民日报',
      siteName: '人民网',
      section: ['人民网', '旅游'],
      date: '2023-07-21T09:31:00+08:00',
      dateModified: null,
      authors: ['许晴'],
      editor: '张三、李四',
      lang: 'zh',
      text: paras.join('\n\n'),
      encoding: 'gb18030',
    },
    exercises:
      'people.com.cn rm_txt layout in GBK declared GB2312 (with a misleading Content-Language "utf-8" meta); title suffix "--旅游--人民网"; numeric <meta name="author">; 本报记者 byline; (责编：…) after the body.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// news.cn (新华网): header-time pieces, #detail body, 【纠错】 and 【责任编辑:…】.
// ---------------------------------------------------------------------------------------------------------
{
  const title = '多地加快推进老旧小区加装电梯';
  const paras = [
    '新华社北京7月21日电（记者刘梦、陈思远）记者从多地住房城乡建设部门了解到，今年以来，各地持续推进城镇老旧小区改造，把加装电梯作为改善居民居住条件的重要内容，一批老旧住宅楼的电梯已完成安装并投入使用，不少老年住户告别了“爬楼难”。',
    '在北京市海淀区一处建于上世纪八十年代的小区，一部新装的电梯上月通过验收。家住五楼的王大爷说，以前腿脚不好，一周只下楼一两次，“现在想下楼遛弯就下楼，去医院复查也方便多了”。社区工作人员介绍，这栋楼从居民提出意向到电梯运行，用了不到一年时间。',
    '加装电梯涉及资金筹措、住户意见协调、地下管线迁移等多个环节。多地探索形成了财政补贴、居民出资、社会资本参与相结合的筹资方式，一些城市还推行“一站式”审批服务，把原本分散在多个部门的手续集中办理，审批时间明显缩短。',
    '低楼层住户的顾虑是加装电梯中常见的难题。不少社区搭建议事平台，由社区工作者、设计单位和居民代表共同商议方案，通过调整电梯位置、采用平层入户设计、对采光受影响的住户给予适当补偿等办法化解分歧，推动项目顺利落地。',
    '专家表示，老旧小区加装电梯既是民生工程，也是扩大有效投资的重要抓手。下一步，应在做好安全监管的同时，探索电梯后期运行维护的长效机制，明确维保责任和费用分担方式，让居民不仅“装得上”，还能“用得好”。',
  ];
  const page = `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<meta name="keywords" content="老旧小区改造,加装电梯" />
<meta name="description" content="${title}---${paras[0].slice(0, 60)}" />
<meta name="pagetype" content="1" />
<meta name="source" content="新华网" />
<title>${title}-新华网</title>
<link rel="stylesheet" href="//lib.news.cn/common/reset.css" />
<link rel="stylesheet" href="//lib.news.cn/swiper/swiper3.4.2/swiper.min.css" />
<link rel="stylesheet" href="//www.news.cn/detail2020/css/style.css" />
<style>
.domMobile{display:none}
@media screen and (max-width:768px){.domPC{display:none}.domMobile{display:block}}
.header .header-time{font-family:Arial;color:#999}.header .header-time .year em{font-size:28px}
.header .header-time .day em{font-size:16px}.header .source{color:#666;font-size:14px;margin:6px 0}
.head-line h1{font-size:32px;line-height:46px;font-weight:bold}
#detail{font-size:18px;line-height:36px;color:#333}#detail p{margin-bottom:26px;text-indent:2em}
#articleEdit{text-align:right;color:#999;font-size:14px}
.main-right{width:300px}.xgwz .tit,.columBox .tit{font-size:18px;border-bottom:2px solid #bf0000}
.foot{background:#f5f5f5;color:#999;font-size:12px;text-align:center;line-height:24px;padding:20px 0}
</style>
<script src="//lib.news.cn/jquery/jquery1.12.4/jquery.min.js"></script>
<script src="//lib.news.cn/common/sharecore.js"></script>
</head>
<body>
<div class="fix-ewm domPC"><img src="//www.news.cn/detail2020/images/ewm.png" width="94" alt="新华网客户端" /><p>扫码下载客户端</p></div>
<div class="topBar domPC">
  <div class="wrapper">
    <div class="logo left"><a href="http://www.news.cn/" target="_blank"><img src="//www.news.cn/detail2020/images/logo.png" alt="新华网" /></a></div>
    <ul class="nav left"><li><a href="http://www.news.cn/politics/" target="_blank">时政</a></li><li><a href="http://www.news.cn/local/" target="_blank">地方</a></li><li><a href="http://www.news.cn/legal/" target="_blank">法治</a></li><li><a href="http://www.news.cn/world/" target="_blank">国际</a></li><li><a href="http://www.news.cn/fortune/" target="_blank">财经</a></li><li><a href="http://www.news.cn/house/" target="_blank">房产</a></li><li><a href="http://www.news.cn/video/" target="_blank">视频</a></li></ul>
  </div>
</div>
<div class="header domPC">
  <div class="header-top clearfix">
    <div class="header-time left">
      <span class="year"><em> 2023</em></span>
      <span class="day"><em> 07</em>/<em>21</em></span>
      <span class="time"> 09:31:25</span>
    </div>
    <div class="source">来源：新华网</div>
    <div class="head-line clearfix">
      <h1><span class="title">${title}</span><span class="btn-audio"></span></h1>
      <div class="pageShare"><div class="setFont">字体：<span id="fontSmall">小</span><span id="fontNormal">中</span><span id="fontBig">大</span></div><div class="share">分享到：<a href="javascript:void(0)" class="wx"></a><a href="javascript:void(0)" class="wb"></a><a href="javascript:void(0)" class="xcx"></a></div></div>
    </div>
  </div>
</div>
<div class="mheader domMobile">
  <h1><span class="title">${title}</span></h1>
  <div class="info">新华网 | 2023-07-21 09:31:25</div>
</div>
<div class="main clearfix">
  <div class="main-left left">
    <div id="detail">
${paras.map((p) => `<p>${p}</p>`).join('\n')}
    </div>
    <div id="articleEdit">
      <span class="tiyi1 domPC"><a href="javascript:void(0);" class="advise">【纠错】</a><div class="tiyi01" id="advisebox01" style="display:none"><div><iframe id="jc_link1" src="" style="width:600px;height:350px;" frameborder="0"></iframe><div class="jc_close" onclick="document.getElementById('advisebox01').style.display='none';">关闭</div></div></div></span>
      <span class="editor">【责任编辑:杨依】</span>
    </div>
    <div class="xgwz">
      <div class="tit">相关新闻</div>
      <ul>
        <li><a href="http://www.news.cn/politics/2023-07/20/c_1129759901.htm" target="_blank">老旧小区改造：从“住有所居”迈向“住有宜居”</a></li>
        <li><a href="http://www.news.cn/local/2023-07/19/c_1129757742.htm" target="_blank">加装电梯“一站式”审批提速</a></li>
        <li><a href="http://www.news.cn/house/2023-07/18/c_1129755310.htm" target="_blank">社区议事会化解加梯分歧</a></li>
      </ul>
    </div>
  </div>
  <div class="main-right right domPC">
    <div class="columBox">
      <div class="tit">精彩推荐</div>
      <ul>
        <li><a href="http://www.news.cn/politics/2023-07/21/c_1129761007.htm" target="_blank">夏粮收购进度加快</a></li>
        <li><a href="http://www.news.cn/fortune/2023-07/21/c_1129760880.htm" target="_blank">上半年国内旅游市场稳步恢复</a></li>
        <li><a href="http://www.news.cn/local/2023-07/21/c_1129760712.htm" target="_blank">多地迎来入汛以来最强降雨</a></li>
      </ul>
    </div>
    <div class="adv" id="ad_detail_right"><ins data-ad-id="xinhuanet_detail_300x250"></ins></div>
  </div>
</div>
<div class="foot">
  <p>Copyright &copy; 2000-2023 XINHUANET.com All Rights Reserved.</p>
  <p>制作单位：新华网股份有限公司 版权所有 新华网股份有限公司</p>
</div>
<script src="//www.news.cn/detail2020/js/common.js"></script>
<script>
$(function(){ var sharePic = ''; var shareTitle = $('.head-line .title').text(); });
</script>
</body>
</html>
`;
  addCase({
    name: 'xinhuanet-utf8',
    file: 'page.html',
    charset: 'utf-8',
    page,
    options: { url: 'http://www.news.cn/politics/2023-07/21/c_1129761234.htm' },
    expected: {
      title,
      source: '新华网',
      siteName: '新华网',
      section: [],
      date: '2023-07-21T09:31:25+08:00',
      dateModified: null,
      authors: ['刘梦', '陈思远'],
      editor: '杨依',
      lang: 'zh',
      text: paras.join('\n\n'),
      encoding: 'utf-8',
    },
    exercises:
      'news.cn detail page: the date is split over header-time pieces (year/day/time spans), no publishdate meta; a hidden mobile header duplicates title and date; 新华社…电（记者A、B） dateline stays in the text and names two authors; 【纠错】 and 【责任编辑:…】 after the body; URL given in options.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// chinanews.com.cn (中新网): left-t info line, left_zw body, 【编辑:…】 inside the body container.
// ---------------------------------------------------------------------------------------------------------
{
  const title = '北京多家博物馆延长暑期开放时间';
  const paras = [
    '中新网北京7月21日电 (记者 赵六)记者21日从北京市文物部门获悉，暑期期间，北京多家博物馆将延长开放时间，部分场馆在周五、周六开放至晚间，同时增加讲解和社会教育活动场次，满足学生和游客集中参观的需求。',
    '据介绍，今年暑期北京博物馆参观需求旺盛，不少热门场馆的预约名额在开放后短时间内即被约满。为此，多家博物馆在保障安全的前提下适当增加了每日预约名额，并为老年人、残疾人等群体保留一定比例的现场预约渠道。',
    '夜间开放成为今年暑期的一大亮点。部分博物馆推出“博物馆之夜”系列活动，观众可以在夜间参观特展、聆听专家讲座，还可以参与文物修复体验、拓片制作等互动项目。一些场馆还与周边街区联动，延长文创商店和餐饮区的营业时间。',
    '针对中小学生群体，多家博物馆推出了暑期研学课程，内容涵盖历史、艺术、自然科学等领域。课程采取分龄设计，由专业讲解员和志愿者带领学生完成观察、记录和手工实践，帮助学生在博物馆里“读懂”文物背后的故事。',
    '北京市文物部门提醒，观众参观前需通过各博物馆官方渠道提前预约，合理安排参观时间；参观时请遵守馆内秩序，不触摸展品，不使用闪光灯拍照，共同营造文明有序的参观环境。',
  ];
  const page = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>${title}-中新网</title>
<meta name="keywords" content="博物馆,暑期,夜间开放,研学" />
<meta name="description" content="${paras[0].slice(0, 80)}" />
<meta name="author" content="chinanews" />
<meta name="copyright" content="www.chinanews.com.cn,版权所有" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="sh" />
<meta name="contentid" content="10046321" />
<meta name="publishdate" content="2023-07-21" />
<meta name="source" content="中国新闻网" />
<base target="_blank" />
<link href="//www.chinanews.com.cn/2019/css/base.css" rel="stylesheet" type="text/css" />
<link href="//www.chinanews.com.cn/2019/css/content.css" rel="stylesheet" type="text/css" />
<style type="text/css">
body{font:14px/1.6 "宋体",Arial;margin:0;color:#333}
a{color:#333;text-decoration:none}
#nav{height:36px;line-height:36px;background:#0a4e99}#nav a{color:#fff;padding:0 10px}
.ad_nav{line-height:32px;font-size:12px;color:#666}
.content{width:1000px;margin:0 auto}.content_left{float:left;width:640px}.content_right{float:right;width:320px}
#cont_1_1_2 h1{font-size:26px;line-height:40px;text-align:center;font-family:"微软雅黑"}
.left-time{height:30px;line-height:30px;border-bottom:1px solid #dbdbdb;font-size:12px;color:#666}
.left_zw{font-size:16px;line-height:30px;margin-top:20px}.left_zw p{margin:0 0 16px}
.left_name{text-align:right;color:#666;margin:10px 0}
.hot_list li{line-height:28px}
.bottom{clear:both;background:#f0f0f0;text-align:center;font-size:12px;line-height:24px;padding:15px 0}
</style>
<script type="text/javascript" src="//www.chinanews.com.cn/2019/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<div id="nav">
  <div class="content"><a href="https://www.chinanews.com.cn/">首页</a><a href="https://www.chinanews.com.cn/scroll-news/news1.html">滚动</a><a href="https://www.chinanews.com.cn/china/">时政</a><a href="https://www.chinanews.com.cn/world/">国际</a><a href="https://www.chinanews.com.cn/society/">社会</a><a href="https://www.chinanews.com.cn/finance/">财经</a><a href="https://www.chinanews.com.cn/cul/">文化</a><a href="https://www.chinanews.com.cn/sports/">体育</a><a href="https://www.chinanews.com.cn/shipin/">视频</a></div>
</div>
<div class="content">
  <div class="ad_top" id="adtop"><script type="text/javascript">/* chinanews_content_top_1000x90 */ (window.cnsAds = window.cnsAds || []).push({slot:"content_top_1000x90"});</script></div>
  <div class="ad_nav"><a href="https://www.chinanews.com.cn/">中新网</a>&nbsp;&gt;&nbsp;<a href="https://www.chinanews.com.cn/society/">社会</a>&nbsp;&gt;&nbsp;正文</div>
  <div class="content_left">
    <div id="cont_1_1_2">
      <h1>${title}</h1>
      <div class="left-time">
        <div class="left-t" style="float:left;">2023年07月21日 09:31　来源：<a href="https://www.chinanews.com.cn/" target="_blank" class="source">中国新闻网</a>　</div>
        <div class="left-r" style="float:right;"><a href="javascript:void(0);" onclick="doZoom(18)">大字体</a>&nbsp;<a href="javascript:void(0);" onclick="doZoom(14)">小字体</a>&nbsp;<a href="https://www.chinanews.com.cn/sh/2023/07-21/10046321.shtml#comment">参与互动</a></div>
      </div>
      <div class="left_zw" style="position:relative">
${paras.map((p) => `<p>　　${p}</p>`).join('\n')}
        <div id="function_code_page"></div>
        <div class="adEditor"><div class="left_name"><div class="left_name">【编辑:王五】</div></div></div>
      </div>
      <div class="share_box"><span>分享到：</span><a href="javascript:void(0);" class="share_wx">微信</a><a href="javascript:void(0);" class="share_wb">微博</a><a href="javascript:void(0);" class="share_qq">QQ空间</a></div>
      <div class="xgxw">
        <h3>相关新闻</h3>
        <ul>
          <li><a href="https://www.chinanews.com.cn/cul/2023/07-20/10045810.shtml">博物馆“夜场”受追捧 年轻观众成主力</a></li>
          <li><a href="https://www.chinanews.com.cn/sh/2023/07-19/10045103.shtml">暑期研学市场升温 如何避免“只游不学”</a></li>
          <li><a href="https://www.chinanews.com.cn/cul/2023/07-18/10044355.shtml">文物修复体验课走进社区</a></li>
        </ul>
      </div>
      <div id="comment" class="comment_box"><h3>网友评论</h3><div class="cmt_login">请<a href="https://www.chinanews.com.cn/login.shtml">登录</a>后发表评论</div><textarea rows="4" cols="60"></textarea><button type="button">发表</button></div>
    </div>
  </div>
  <div class="content_right">
    <div class="ad_right"><script type="text/javascript">(window.cnsAds = window.cnsAds || []).push({slot:"content_right_300x250"});</script></div>
    <div class="hot_list">
      <h3>24小时热文排行</h3>
      <ol>
        <li><a href="https://www.chinanews.com.cn/gn/2023/07-21/10046290.shtml">多地启动防汛应急响应</a></li>
        <li><a href="https://www.chinanews.com.cn/cj/2023/07-21/10046201.shtml">暑运客流持续攀升</a></li>
        <li><a href="https://www.chinanews.com.cn/sh/2023/07-21/10046188.shtml">高温下的城市“守护者”</a></li>
        <li><a href="https://www.chinanews.com.cn/cul/2023/07-21/10046120.shtml">非遗市集走进商圈</a></li>
      </ol>
    </div>
  </div>
</div>
<div class="bottom">
  <p><a href="https://www.chinanews.com.cn/common/footer/intro.shtml">关于我们</a> | <a href="https://www.chinanews.com.cn/common/footer/aboutus.shtml">About us</a> | <a href="https://www.chinanews.com.cn/common/footer/contact.shtml">联系我们</a> | <a href="https://www.chinanews.com.cn/common/footer/ad.shtml">广告服务</a> | <a href="https://www.chinanews.com.cn/common/footer/law.shtml">法律声明</a> | <a href="https://www.chinanews.com.cn/common/footer/job.shtml">招聘信息</a> | <a href="https://www.chinanews.com.cn/common/footer/sitemap.shtml">网站地图</a></p>
  <p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p>
  <p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p>
  <p>Copyright &copy;1999-2023 chinanews.com. All Rights Reserved</p>
</div>
<script type="text/javascript">
function doZoom(size){ var zw = document.querySelector('.left_zw'); if (zw) zw.style.fontSize = size + 'px'; }
</script>
</body>
</html>
`;
  addCase({
    name: 'chinanews-utf8',
    file: 'page.html',
    charset: 'utf-8',
    page,
    expected: {
      title,
      source: '中国新闻网',
      siteName: '中新网',
      section: ['中新网', '社会'],
      date: '2023-07-21T09:31:00+08:00',
      dateModified: null,
      authors: ['赵六'],
      editor: '王五',
      lang: 'zh',
      text: paras.join('\n\n'),
      encoding: 'utf-8',
    },
    exercises:
      'chinanews layout: left-t info line with a U+3000 separator and a linked source; breadcrumb ending in the 正文 placeholder; 中新网…电 (记者 X) dateline stays in the text; 【编辑:…】 inside the body container; <meta name="author" content="chinanews"> is not an author.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// news.sina.com.cn (新浪新闻): article:published_time meta, date-source div, #article, show_author.
// ---------------------------------------------------------------------------------------------------------
{
  const title = '城市“夜经济”持续升温 消费新场景不断涌现';
  const paras = [
    '新京报讯（记者 周九）入夏以来，多地夜间消费持续活跃。傍晚时分，不少城市的步行街、滨水公园和由老厂房改造的文创园区人流明显增多，夜市、夜游、夜间演出等消费场景成为市民休闲的新选择。',
    '在北京，一处由老旧厂区改造而成的文化街区每到周末晚间都会举办露天音乐会和创意市集。街区运营方负责人介绍，7月以来街区夜间客流较平日增长约三成，餐饮、文创等商户的夜间营业额占到全天的一半以上。',
    '各地也在积极为夜间经济发展提供支持。一些城市延长了地铁和公交的夜间运营时间，增设夜间停车泊位，并在重点商圈设置临时摊位区，引导夜间经营规范有序开展。部分城市还发放了夜间消费券，进一步激发市场活力。',
    '业内人士认为，夜间经济的发展不能停留在“吃吃喝喝”，而应更加注重文化内涵和特色体验。各地可以结合本地历史文化资源，开发夜间游览线路和沉浸式演艺项目，同时做好噪声治理、环境卫生和安全保障等工作，实现夜间经济与城市治理的良性互动。',
  ];
  const url = 'https://news.sina.com.cn/c/2023-07-21/doc-imzcqkvw5381264.shtml';
  const page = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8"/>
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="sudameta" content="urlpath:c/; allCIDs:51922,257,51895,200856,56261" />
<title>${title}|夜经济|消费券_新浪新闻</title>
<meta name="keywords" content="夜经济,消费券,文创园区" />
<meta name="tags" content="夜经济,消费券,文创园区" />
<meta name="description" content="${paras[0].slice(0, 60)}..." />
<meta property="og:type" content="news" />
<meta property="og:title" content="${title}" />
<meta property="og:description" content="${title}" />
<meta property="og:url" content="${url}" />
<meta property="og:image" content="https://n.sinaimg.cn/news/default/2023/0721/og_news.jpg" />
<meta property="article:published_time" content="2023-07-21T09:31:00+08:00" />
<meta property="article:author" content="新京报" />
<meta name="stencil" content="PGLS000526" />
<meta name="publishid" content="mzcqkvw5381264" />
<meta name="comment" content="gn:comos-mzcqkvw5381264" />
<meta name="mediaid" content="新京报" />
<meta name="sudameta" content="comment_channel:gn;comment_id:comos-mzcqkvw5381264" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<link rel="stylesheet" type="text/css" href="//n.sinaimg.cn/news/c0a9f7d3/20190514/detail.css" />
<style type="text/css">
.top-bar-inner .second-title{font-size:18px;width:600px}
.main-title{font-size:32px;line-height:44px;margin:18px 0 10px;font-weight:normal}
.date-source{color:#888;font-size:14px}.date-source .source{color:#1c6cd9;margin-left:12px}
.article{font-size:16px;line-height:30px}.article p{margin:0 0 24px}
.show_author{text-align:right;color:#888;font-size:14px}
.channel-path{font-size:14px;color:#666}.channel-path .spliter{margin:0 6px}
.sina15-footer{background:#f4f4f4;color:#888;text-align:center;font-size:12px;line-height:24px;padding:20px 0}
</style>
<script type="text/javascript" src="//i.sso.sina.com.cn/js/ssologin.js"></script>
<script type="text/javascript">
var ARTICLE_DATA = {
  "docID": "comos:mzcqkvw5381264",
  "channel": "gn",
  "newsid": "comos-mzcqkvw5381264",
  "uid": "",
  "pagepubtime": "2023-07-21",
  "source": "新京报"
};
</script>
</head>
<body>
<div class="top-nav-wrap" id="SI_Top_Wrap">
  <div class="top-nav"><a href="https://www.sina.com.cn/" target="_blank">新浪首页</a><a href="https://news.sina.com.cn/" target="_blank">新闻</a><a href="https://sports.sina.com.cn/" target="_blank">体育</a><a href="https://finance.sina.com.cn/" target="_blank">财经</a><a href="https://ent.sina.com.cn/" target="_blank">娱乐</a><a href="https://tech.sina.com.cn/" target="_blank">科技</a><a href="https://blog.sina.com.cn/" target="_blank">博客</a><a href="https://photo.sina.com.cn/" target="_blank">图片</a><a href="https://zhuanlan.sina.com.cn/" target="_blank">专栏</a><a href="javascript:;" class="more">更多</a><span class="login"><a href="https://login.sina.com.cn/" target="_blank">登录</a></span></div>
</div>
<div class="top-ad" id="top_ad"><ins class="sinaads" data-ad-pdps="PDPS000000056054"></ins><script>(sinaads = window.sinaads || []).push({});</script></div>
<div class="path-search" data-sudaclick="cnav_breadcrumbs_p">
  <div class="path">
    <h1 class="channel-logo"><a data-sudaclick="cnav_logo_news_p" href="https://news.sina.com.cn/" target="_blank"><span>新闻中心</span></a></h1>
    <div class="channel-path" data-sudaclick="cnav_breadcrumbs_p">
      <a href="https://news.sina.com.cn/">新浪新闻</a><span class="spliter">&gt;</span><a href="https://news.sina.com.cn/china/">国内新闻</a><span class="spliter">&gt;</span><span>正文</span>
    </div>
  </div>
  <div class="search"><form action="https://search.sina.com.cn/" target="_blank"><input type="text" name="q" value="" /><input type="submit" value="搜索" /></form></div>
</div>
<h1 class="main-title">${title}</h1>
<div class="top-bar-wrap" id="top_bar_wrap">
  <div class="top-bar ani" id="top_bar">
    <div class="top-bar-inner clearfix">
      <div class="second-title">${title}</div>
      <div class="date-source" data-sudaclick="share_1-0">
        <span class="date">2023年07月21日 09:31</span>
        <a href="https://www.bjnews.com.cn/" target="_blank" class="source" data-sudaclick="content_media_p" rel="nofollow">新京报</a>
      </div>
      <div class="page-tools">
        <span class="tool-icon tool-tip-off first"><a href="//news.sina.com.cn/blank/report_news.shtml?docId=mzcqkvw5381264" title="打开举报页">举报</a></span>
        <span class="tool-icon tool-des-fs"><a href="javascript:;" title="减小字号">缩小字体</a></span>
        <span class="tool-icon tool-ins-fs"><a href="javascript:;" title="">放大字体</a></span>
        <span class="tool-icon tool-fav"><a href="javascript:;" title="收藏本页">收藏</a></span>
        <span class="tool-icon tool-wb"><a href="http://service.weibo.com/share/share.php?url=${encodeURIComponent(url)}" title="分享到微博">微博</a></span>
        <span class="tool-icon tool-wx"><a href="javascript:;" data-share="weixin" title="分享到微信">微信</a></span>
        <span class="tool-icon tool-share"><a href="javascript:;" title="更多分享">分享</a></span>
        <span class="tool-cmt"><a href="javascript:;"><span class="icon-comment"></span><span class="num">236</span></a></span>
      </div>
    </div>
  </div>
</div>
<div class="article-content clearfix article-18" id="article_content">
  <div class="article-content-left">
    <div class="ad top-ad"><ins class="sinaads" data-ad-pdps="PDPS000000060750"></ins><script>(sinaads = window.sinaads || []).push({});</script></div>
    <!-- 正文 start -->
    <div class="article" id="article">
${paras.map((p) => `<p cms-style="font-L">　　${p}</p>`).join('\n')}
<!--article_adlist[<p cms-style="font-L legend"></p>]article_adlist-->
<p class="show_author">责任编辑：吴剑 </p>
    </div>
    <!-- 正文 end -->
    <div class="article-bottom clearfix" id="article-bottom">
      <div class="keywords" id="keywords" data-wbkey="夜经济,消费券,文创园区"><label>关键字 : </label><a href="http://tags.news.sina.com.cn/夜经济" target="_blank">夜经济</a><a href="http://tags.news.sina.com.cn/消费券" target="_blank">消费券</a><a href="http://tags.news.sina.com.cn/文创园区" target="_blank">文创园区</a></div>
    </div>
    <div class="blk-comment" id="wrap_bottom_omment">
      <div id="bottom_sina_comment" class="sina-comment-wrap"><div class="hd clearfix"><span class="count"><em><a href="https://comment5.news.sina.com.cn/comment/skin/default.html?channel=gn&amp;newsid=comos-mzcqkvw5381264">236</a></em>条评论</span><span class="count">|<em>1,528</em>人参与</span></div><div class="bd"><textarea class="box" placeholder="说点什么吧"></textarea><a href="javascript:;" class="btn btn-disabled comment">发布</a></div></div>
    </div>
    <div class="blk-related clearfix" id="blk_related">
      <h2>相关新闻</h2>
      <ul>
        <li><a href="https://news.sina.com.cn/c/2023-07-20/doc-imzcnxtq4911207.shtml" target="_blank">多地发放夜间消费券 商圈客流回暖</a></li>
        <li><a href="https://news.sina.com.cn/c/2023-07-19/doc-imzcktsa4402836.shtml" target="_blank">老厂房变身文创街区 “工业风”成打卡地</a></li>
        <li><a href="https://news.sina.com.cn/c/2023-07-18/doc-imzchcxh3861075.shtml" target="_blank">夏夜文旅活动丰富 沉浸式演艺受青睐</a></li>
      </ul>
    </div>
  </div>
  <div class="article-content-right">
    <div class="hot-wrap"><h2>热门推荐</h2>
      <ul class="hot-news-ul">
        <li><a href="https://news.sina.com.cn/c/2023-07-21/doc-imzcqkvw5380011.shtml" target="_blank">暑运火车票销售情况发布</a></li>
        <li><a href="https://news.sina.com.cn/c/2023-07-21/doc-imzcqkvw5379826.shtml" target="_blank">多地气温突破40℃</a></li>
        <li><a href="https://news.sina.com.cn/c/2023-07-21/doc-imzcqkvw5379104.shtml" target="_blank">中小学暑期托管服务全面展开</a></li>
      </ul>
    </div>
    <div class="ad"><ins class="sinaads" data-ad-pdps="PDPS000000052408"></ins><script>(sinaads = window.sinaads || []).push({});</script></div>
  </div>
</div>
<div class="sina15-footer" id="footer">
  <p><a href="http://corp.sina.com.cn/chn/" target="_blank">新浪简介</a> | <a href="http://corp.sina.com.cn/eng/" target="_blank">About Sina</a> | <a href="http://emarketing.sina.com.cn/" target="_blank">广告营销</a> | <a href="http://corp.sina.com.cn/chn/sina_contactus.html" target="_blank">联系我们</a> | <a href="http://career.sina.com.cn/" target="_blank">招聘信息</a> | <a href="http://www.sina.com.cn/intro/lawfirm.shtml" target="_blank">网站律师</a> | <a href="http://english.sina.com" target="_blank">SINA English</a> | <a href="https://help.sina.com.cn/" target="_blank">产品答疑</a></p>
  <p>Copyright &copy; 1996-2023 SINA Corporation, All Rights Reserved</p>
  <p>新浪公司 版权所有</p>
</div>
<script type="text/javascript" src="//n.sinaimg.cn/news/c0a9f7d3/20190514/detail.js"></script>
<script type="text/javascript" src="//d1.sina.com.cn/litong/zhitou/sinaads/release/sinaads.js"></script>
</body>
</html>
`;
  addCase({
    name: 'sina-utf8',
    file: 'page.html',
    charset: 'utf-8',
    page,
    expected: {
      title,
      source: '新京报',
      siteName: '新浪新闻',
      section: ['新浪新闻', '国内新闻'],
      date: '2023-07-21T09:31:00+08:00',
      dateModified: null,
      authors: ['周九'],
      editor: '吴剑',
      lang: 'zh',
      text: paras.join('\n\n'),
      encoding: 'utf-8',
    },
    exercises:
      'news.sina.com.cn: two <h1> (channel-logo and main-title), title suffix with tags "|…|…_新浪新闻", article:published_time meta, <meta property="article:author"> holding the media (a source, not an author), 新京报讯（记者 X） opener, show_author editor inside #article, breadcrumb ending in 正文.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// www.163.com (网易新闻): post_info, post_body, 本文来源/作者/责任编辑 block with an editor code suffix.
// ---------------------------------------------------------------------------------------------------------
{
  const title = '高温天气持续 多地出台户外劳动者防暑降温措施';
  const paras = [
    '近日，我国多地持续出现35℃以上的高温天气，部分地区最高气温超过40℃。为保障户外劳动者的身体健康，多个省份相继出台防暑降温措施，要求用人单位合理安排工作时间，落实高温津贴发放，必要时停止高温时段的露天作业。',
    '记者梳理发现，多地明确规定，日最高气温达到40℃以上时，应当停止当日室外露天作业；日最高气温达到37℃以上、40℃以下时，用人单位全天安排劳动者室外露天作业时间累计不得超过6小时，并在气温最高时段的3小时内停止作业。',
    '在上海街头，不少快递员和外卖骑手已经用上了“爱心驿站”。这些驿站大多设在社区服务站、银行网点和便利店内，提供饮用水、防暑药品和休息座椅，一些驿站还配备了微波炉和充电设备。一名外卖骑手告诉记者，中午最热的时候进驿站歇一歇、喝口水，“能缓过来不少”。',
    '人力资源和社会保障部门提醒，高温津贴是劳动者依法享有的权益，用人单位不得以发放防暑降温饮料等物品代替高温津贴。劳动者如遇到用人单位拒不发放高温津贴等情况，可以向当地劳动保障监察机构投诉举报。',
    '医学专家建议，户外劳动者应注意避开高温时段作业，及时补充水分和盐分，穿着透气浅色的衣物。一旦出现头晕、乏力、大量出汗等中暑先兆症状，应立即到阴凉通风处休息；症状严重者应尽快送医。',
  ];
  const url = 'https://www.163.com/news/article/IA8K2C3D000189FH.html';
  const page = `<!DOCTYPE HTML>
<html id="ne_wrap" data-publishtime="2023-07-21 09:31:05" data-category="国内新闻">
<head>
<meta charset="utf-8" />
<title>${title}_网易新闻</title>
<meta name="keywords" content="高温,防暑降温,户外劳动者,高温津贴" />
<meta name="description" content="${title},高温,防暑降温,户外劳动者,高温津贴" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:type" content="article" />
<meta property="og:title" content="${title}" />
<meta property="og:description" content="${paras[0].slice(0, 60)}" />
<meta property="og:url" content="${url}" />
<meta property="og:image" content="https://nimg.ws.126.net/?url=http%3A%2F%2Fcms-bucket.ws.126.net%2F2023%2F0721%2Fog.jpg" />
<meta property="article:published_time" content="2023-07-21T09:31:05+08:00" />
<meta name="robots" content="index,follow" />
<link rel="canonical" href="${url}" />
<link rel="stylesheet" href="https://static.ws.126.net/163/f2e/news/post2020/css/main.css" />
<style>
.post_main{width:680px}.post_title{font-size:30px;line-height:42px;color:#222;margin:20px 0 10px}
.post_info{color:#888;font-size:14px;line-height:24px;padding-bottom:12px;border-bottom:1px solid #eee}
.post_info a{color:#888}.post_jubao{margin-left:10px}
.post_body{font-size:18px;line-height:32px;color:#404040;padding-top:20px}.post_body p{margin:0 0 28px}
.post_author{text-align:right;color:#888;font-size:14px;line-height:24px}.post_author .icon{vertical-align:middle}
.post_crumb{font-size:14px;color:#888;line-height:40px}
.post_next{margin-top:20px}.post_recommends h3,.post_rank h3{font-size:18px;border-left:3px solid #d01}
.ns_footer{background:#f8f8f8;color:#999;font-size:12px;text-align:center;line-height:24px;padding:16px 0}
</style>
<script>
var config = { "article": { "postid": "IA8K2C3D000189FH", "title": ${JSON.stringify(title)}, "ptime": "2023-07-21 09:31:05", "source": "澎湃新闻", "channelname": "news" }, "comment": { "productKey": "a2869674571f77b5a0867c3d71db5856", "docId": "IA8K2C3D000189FH" } };
</script>
<script src="https://static.ws.126.net/163/f2e/common/share-icon.js" async></script>
</head>
<body>
<div class="ns_topnav">
  <div class="N-nav-channel"><a href="https://news.163.com/">新闻</a><a href="https://sports.163.com/">体育</a><a href="https://ent.163.com/">娱乐</a><a href="https://money.163.com/">财经</a><a href="https://auto.163.com/">汽车</a><a href="https://tech.163.com/">科技</a><a href="https://mobile.163.com/">手机</a><a href="https://edu.163.com/">教育</a><a href="https://house.163.com/">房产</a><a href="https://travel.163.com/">旅游</a></div>
  <div class="N-nav-login"><a href="https://reg.163.com/">登录</a> <a href="https://email.163.com/">免费邮箱</a></div>
</div>
<div class="container clearfix">
  <div class="post_crumb"><a href="https://www.163.com/">网易首页</a> &gt; <a href="https://news.163.com/">新闻中心</a> &gt; <a href="https://news.163.com/domestic/">国内新闻</a> &gt; 正文</div>
  <div class="post_main">
    <h1 class="post_title">${title}</h1>
    <div class="post_info">
      2023-07-21 09:31:05　来源: <a id="ne_article_source" href="https://www.thepaper.cn/" target="_blank" rel="noopener">澎湃新闻</a>
      <a href="https://www.163.com/special/0077jt/tipoff.html?title=${encodeURIComponent(title)}" target="_blank" class="post_jubao">举报</a>
    </div>
    <div class="post_content" id="content">
      <div class="post_body">
${paras.map((p, i) => `<p id="1I5N${i}ABC">${p}</p>`).join('\n')}
      </div>
      <div class="post_author">
        <a href="https://news.163.com/"><img src="https://static.ws.126.net/cnews/css13/img/end_news.png" alt="王晓武" width="13" height="12" class="icon" /></a> 本文来源：澎湃新闻 作者：沈佳<br />
        责任编辑：王晓武_NBJ11279
      </div>
    </div>
    <div class="post_share"><span>分享到：</span><a class="share_weixin" href="javascript:;">微信</a><a class="share_weibo" href="javascript:;">新浪微博</a><a class="share_qzone" href="javascript:;">QQ空间</a></div>
    <div class="post_comment" id="tie"><div class="tie-titlebar"><span class="tie-title">网友评论</span><a href="https://comment.tie.163.com/IA8K2C3D000189FH.html" class="tie-count">318跟贴</a></div><div class="tie-input"><textarea placeholder="文明上网，理性发言"></textarea><span class="tie-btn">马上发表</span></div></div>
    <div class="post_recommends">
      <h3>相关推荐</h3>
      <ul>
        <li><a href="https://www.163.com/news/article/IA7UQ1D2000189FH.html">高温津贴怎么发？多地标准公布</a></li>
        <li><a href="https://www.163.com/news/article/IA6P9F3K000189FH.html">“爱心驿站”为户外劳动者遮阳送清凉</a></li>
        <li><a href="https://www.163.com/news/article/IA5N2E7J000189FH.html">中暑急救知识请收好</a></li>
      </ul>
    </div>
  </div>
  <div class="post_side">
    <div class="post_rank"><h3>热点排行</h3><ol><li><a href="https://www.163.com/news/article/IA8J0B1A000189FH.html">暑期档电影票房走高</a></li><li><a href="https://www.163.com/news/article/IA8H7C2B000189FH.html">多地发布防汛预警</a></li><li><a href="https://www.163.com/news/article/IA8G5D3C000189FH.html">新能源汽车下乡活动启动</a></li></ol></div>
    <div class="ad_box" id="ad_post_side"><iframe src="about:blank" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>
  </div>
</div>
<div class="ns_footer">
  <p><a href="https://corp.163.com/">About NetEase</a> | <a href="https://gb.corp.163.com/gb/about/overview.html">公司简介</a> | <a href="https://gb.corp.163.com/gb/contactus.html">联系方法</a> | <a href="https://corp.163.com/gb/job/job.html">招聘信息</a> | <a href="https://help.163.com/">客户服务</a> | <a href="https://gb.corp.163.com/gb/legal.html">隐私政策</a> | <a href="https://emarketing.163.com/">广告服务</a> | <a href="https://www.163.com/special/sitemap/">网站地图</a></p>
  <p>网易公司版权所有 &copy;1997-2023</p>
</div>
<script src="https://static.ws.126.net/163/f2e/news/post2020/js/main.js"></script>
</body>
</html>
`;
  addCase({
    name: '163-utf8',
    file: 'page.html',
    charset: 'utf-8',
    page,
    expected: {
      title,
      source: '澎湃新闻',
      siteName: '网易新闻',
      section: ['网易首页', '新闻中心', '国内新闻'],
      date: '2023-07-21T09:31:05+08:00',
      dateModified: null,
      authors: ['沈佳'],
      editor: '王晓武',
      lang: 'zh',
      text: paras.join('\n\n'),
      encoding: 'utf-8',
    },
    exercises:
      '163.com post layout: post_info date with seconds + linked 来源, article:published_time meta, post_author block after the body (本文来源/作者/责任编辑 with the "_NBJ…" staff-code suffix, editor name also in an img alt), breadcrumb ending in 正文, ℃ in the text.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// new.qq.com (腾讯新闻): window.DATA with title/pubtime/media, content-article body of one-p paragraphs.
// ---------------------------------------------------------------------------------------------------------
{
  const title = '暑期游泳安全提醒：这些常见误区要避开';
  const paras = [
    '暑期来临，游泳成为不少孩子和家长消暑健身的首选。然而，每年夏季都有溺水事故发生，其中不少与安全意识薄弱、对水域情况判断失误有关。多位游泳教练和急救专家提醒，游泳时应远离以下几个常见误区。',
    '误区一：“会游泳就不会溺水”。专家介绍，即使具备一定的游泳技能，在体力透支、腿部抽筋或者遇到暗流时，也可能发生危险。尤其是水库、河道、池塘等野外水域，水下情况复杂，水温变化大，不建议到这些未开放的水域游泳。',
    '误区二：“溺水时会大声呼救”。急救专家指出，真正溺水的人往往无法呼喊，只能在水中上下挣扎，持续时间很短，很容易被周围的人忽视。因此，家长带孩子游泳时一定要全程看护，不能低头玩手机或者中途离开。',
    '误区三：“发现有人溺水就立刻下水救”。专家提醒，未经专业训练的人贸然下水施救，容易造成施救者自身遇险。正确的做法是大声呼救、及时报警，并借助救生圈、竹竿、绳索等工具实施岸上救援。',
    '此外，饭后、剧烈运动后以及饮酒后都不宜立即游泳，下水前应做好热身活动。专家建议，家长可以利用暑期带孩子参加正规的游泳培训和安全教育课程，学习基本的自救方法，提高应对风险的能力。',
  ];
  const id = '20230721A03KQJ00';
  const data = {
    url: `https://new.qq.com/rain/a/${id}`,
    article_id: id.slice(0, -2),
    article_type: '0',
    title,
    desc: paras[0].slice(0, 70) + '....',
    abstract: paras[0].slice(0, 70) + '....',
    catalog1: 'news',
    media: '新京报',
    media_id: '5107513',
    pubtime: '2023-07-21 09:31:00',
    comment_id: '9871265340',
    tags: '游泳;防溺水;暑期安全',
    cms_id: id,
    originContent: {
      text: paras.map((p) => `<P>${p}</P>`).join(''),
      version: 'v1',
    },
    shareImg: 'https://inews.gtimg.com/newsapp_bt/0/0721093100/641',
  };
  const page = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=10,chrome=1" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<title>${title}_腾讯新闻</title>
<meta name="keywords" content="游泳,防溺水,暑期安全" />
<meta name="Description" content="${esc(data.desc)}" />
<meta name="author" content="新京报" />
<meta name="apub:time" content="7/21/2023 9:31:00 AM" />
<meta name="baidu-site-verification" content="jJeIJ5X7pP" />
<link rel="stylesheet" href="https://mat1.gtimg.com/qqcdn/qqindex2021/libs/news-content.css" />
<style>
.LEFT{width:680px;float:left}.RIGHT{width:300px;float:right}
.LEFT h1{font-size:32px;line-height:46px;color:#000;margin:24px 0 16px}
.media-info{display:flex;align-items:center;font-size:14px;color:#999}.media-name{color:#333;font-weight:bold;margin:0}
.media-meta span{margin-right:8px}
.content-article{font-size:18px;line-height:32px;color:#222}.content-article .one-p{margin-bottom:28px}
.qq-footer{clear:both;background:#f7f7f7;color:#999;font-size:12px;text-align:center;line-height:24px;padding:20px 0}
.share-item{display:inline-block;margin-right:12px}
</style>
<script>window.DATA = ${scriptJson(data)};</script>
<script src="https://mat1.gtimg.com/qqcdn/qqindex2021/common/aegis.min.js"></script>
</head>
<body>
<div id="TopNav" class="qq-top">
  <div class="qq-logo"><a href="https://www.qq.com/" target="_blank"><img src="https://mat1.gtimg.com/qqcdn/qqindex2021/images/qq_logo.png" alt="腾讯网" /></a></div>
  <ul class="nav-list"><li class="nav-item"><a href="https://new.qq.com/ch/milite/">军事</a></li><li class="nav-item"><a href="https://new.qq.com/ch/world/">国际</a></li><li class="nav-item"><a href="https://new.qq.com/ch/finance/">财经</a></li><li class="nav-item"><a href="https://new.qq.com/ch/tech/">科技</a></li><li class="nav-item"><a href="https://new.qq.com/ch/ent/">娱乐</a></li><li class="nav-item"><a href="https://new.qq.com/ch/sports/">体育</a></li><li class="nav-item"><a href="https://new.qq.com/ch/edu/">教育</a></li></ul>
  <div class="login-btn"><a href="javascript:;">登录</a></div>
</div>
<div id="topAd"><div class="l_qq_com" data-loc="QQcom_all_Width1"></div></div>
<div class="qq_conent clearfix">
  <div class="LEFT">
    <div class="content-article">
      <div id="ArticleColumnTag"></div>
      <h1>${title}</h1>
      <div id="ArticleAuthor">
        <div id="article-author" class="article-author">
          <div class="media-info">
            <a href="https://new.qq.com/omn/author/5107513" target="_blank" rel="noreferrer"><div class="avatar" style="background-image:url(https://inews.gtimg.com/newsapp_ls/0/5107513_200200/0)"></div></a>
            <div><a href="https://new.qq.com/omn/author/5107513" target="_blank" rel="noreferrer"><p class="media-name">新京报</p></a><p class="media-meta"><span>2023-07-21 09:31</span><span>发布于北京</span><span>新京报官方账号</span></p></div>
          </div>
          <div class="qqcom-follow-button"><span class="follow-plus">+</span><span>关注</span></div>
        </div>
      </div>
      <div id="ArticleContent">
${paras.map((p) => `<p class="one-p">${p}</p>`).join('\n')}
      </div>
      <div class="article-statement">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</div>
      <div class="article-operation">
        <div class="share-item">分享到</div>
        <div class="share-item"><span class="share-text">微信</span></div>
        <div class="share-item"><span class="share-text">QQ</span></div>
        <div class="share-item"><span class="share-text">微博</span></div>
      </div>
    </div>
    <div id="Comment" class="qqcom-comment">
      <div class="comp-title">评论</div>
      <div class="qqcom-comment-input"><textarea placeholder="文明上网理性发言，请遵守新闻评论服务协议"></textarea><button type="button">发表</button></div>
      <div class="qqcom-comment-item"><span class="qqcom-comment-user-nick">清风徐来</span><div class="qnc-comment__content">孩子放假了，这些知识家长一定要看看。</div><span class="qnc-comment__time-location-text">07-21 · 北京</span></div>
    </div>
  </div>
  <div class="RIGHT">
    <div class="ad-right-wrap"><div class="l_qq_com" data-loc="QQcom_N_Article_Right1"></div></div>
    <div class="hot-list">
      <div class="comp-title">热点精选</div>
      <ul>
        <li class="article-item"><a href="https://new.qq.com/rain/a/20230721A02VQX00">多地启动暑期防溺水专项行动</a></li>
        <li class="article-item"><a href="https://new.qq.com/rain/a/20230721A02PDM00">高温天气如何科学防暑</a></li>
        <li class="article-item"><a href="https://new.qq.com/rain/a/20230720A08KLT00">儿童游泳培训市场调查</a></li>
      </ul>
    </div>
  </div>
</div>
<div class="qq-footer">
  <p><a href="https://www.tencent.com/">About Tencent</a> | <a href="https://www.tencent.com/zh-cn/about.html">关于腾讯</a> | <a href="https://privacy.qq.com/">隐私政策</a> | <a href="https://www.qq.com/contract.shtml">服务协议</a> | <a href="https://www.qq.com/map/">网站导航</a></p>
  <p>Copyright &copy; 1998 - 2023 Tencent. All Rights Reserved</p>
  <p>腾讯公司 版权所有</p>
</div>
<script src="https://mat1.gtimg.com/qqcdn/qqindex2021/libs/news-content.js"></script>
</body>
</html>
`;
  addCase({
    name: 'qq-utf8',
    file: 'page.html',
    charset: 'utf-8',
    page,
    expected: {
      title,
      source: '新京报',
      siteName: '腾讯新闻',
      section: [],
      date: '2023-07-21T09:31:00+08:00',
      dateModified: null,
      authors: [],
      editor: null,
      lang: 'zh',
      text: paras.join('\n\n'),
      encoding: 'utf-8',
    },
    exercises:
      'new.qq.com: article data in window.DATA (title, pubtime, media) duplicated by the SSR DOM; the publishing media account (新京报) is the source and also sits in <meta name="author">, so authors stay empty; disclaimer, share bar and a user comment after the body.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// thepaper.cn (澎湃新闻): Next.js page, hashed class names, __NEXT_DATA__, 澎湃新闻记者 byline.
// ---------------------------------------------------------------------------------------------------------
{
  const title = '上海多区新增社区长者食堂，老人家门口吃上热乎饭';
  const paras = [
    '7月21日，记者从上海市民政部门获悉，今年上半年，上海多个区新增社区长者食堂和老年助餐点，助餐服务进一步向居民区延伸，越来越多的老年人在家门口就能吃上可口的热乎饭。',
    '上午11点，位于虹口区一处居民区内的长者食堂已经坐满了前来就餐的老人。当天的菜单有红烧鸡块、清炒时蔬、番茄炒蛋等十余种菜品，一荤两素一汤的套餐价格在15元左右，符合条件的老年人还可以享受助餐补贴。“菜烧得软烂，咸淡正好，比自己在家做方便。”今年78岁的陈阿婆说。',
    '据了解，为满足不同老年人的就餐需求，不少长者食堂推出了低盐低油、软食流食等特色餐，并提供送餐上门服务。对于行动不便的独居老人，社区志愿者和餐饮企业配送员会按时将饭菜送到家中，同时了解老人的身体状况。',
    '长者食堂的持续运营离不开精细化管理。一些街道引入专业餐饮企业运营，由社区负责场地和日常监督，并定期邀请老年居民代表参与菜品评议；市场监管部门则加强对助餐场所的食品安全检查，确保老人吃得安心。',
    '上海市民政部门相关负责人表示，下一步将继续优化社区助餐服务网络布局，探索引入更多社会力量参与运营，推动助餐服务与社区卫生、文化活动等资源融合，让社区长者食堂成为老年人家门口的“幸福食堂”。',
  ];
  const contId = 23916518;
  const nextData = {
    props: {
      pageProps: {
        detailData: {
          contentDetail: {
            contId,
            name: title,
            author: '澎湃新闻记者 钱七',
            pubTime: '2023-07-21 09:31',
            publishTime: Date.parse('2023-07-21T09:31:00+08:00'),
            source: '澎湃新闻',
            responEditor: '陈斌',
            nodeInfo: { nodeId: 25462, name: '上海民生' },
            summary: paras[0].slice(0, 60),
            content: paras.map((p) => `<p>${p}</p>`).join(''),
            praiseTimes: 12,
            interactionNum: 35,
          },
        },
      },
      __N_SSP: true,
    },
    page: '/newsDetail_forward/[id]',
    query: { id: String(contId) },
    buildId: 'Vq3nF0rJxXQe2Zq7aWb1C',
    isFallback: false,
    gssp: true,
    scriptLoader: [],
  };
  const page = `<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>${title}_澎湃新闻-The Paper</title><meta name="keywords" content="长者食堂,助餐服务,养老"/><meta name="description" content="${paras[0].slice(0, 60)}"/><meta property="og:site_name" content="澎湃新闻"/><meta property="og:title" content="${title}"/><meta property="og:description" content="${paras[0].slice(0, 60)}"/><meta property="og:image" content="https://imagecloud.thepaper.cn/thepaper/image/2023/7/21/og.png"/><meta property="og:url" content="https://www.thepaper.cn/newsDetail_forward_${contId}"/><meta name="next-head-count" content="11"/><link rel="icon" href="/favicon.ico"/><link rel="preload" href="/_next/static/css/8b0f5c1e2a7d4e19.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8b0f5c1e2a7d4e19.css" data-n-g=""/><noscript data-n-css=""></noscript><style>.index_title__B8mhI{font-size:28px;line-height:40px;color:#000;font-weight:700}.index_headerContent__sASF4{color:#666;font-size:14px;margin:16px 0}.index_cententWrap__Jv8jK{font-size:18px;line-height:32px;color:#333}.index_cententWrap__Jv8jK p{margin:0 0 24px}.index_editor__rT3Yk{color:#999;font-size:14px}.ant-space{display:inline-flex;gap:8px}</style><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-3f8e1c5ab2b1c0f2.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="/_next/static/chunks/pages/newsDetail_forward/%5Bid%5D-5a1e9b0c7d2f3e4a.js" defer=""></script></head><body><div id="__next"><div class="index_wrapper__L_zqV"><header class="index_header__y1cOk"><div class="index_headerInner__u7X2B"><a href="https://www.thepaper.cn/" class="index_logo__Ts0Ms"><img src="/_next/static/media/logo.0e3e4bbf.png" alt="澎湃新闻"/></a><ul class="index_nav__pRK0Y"><li><a href="https://www.thepaper.cn/">首页</a></li><li><a href="https://www.thepaper.cn/channel_25950">时事</a></li><li><a href="https://www.thepaper.cn/channel_122908">国际</a></li><li><a href="https://www.thepaper.cn/channel_25951">财经</a></li><li><a href="https://www.thepaper.cn/channel_119908">科技</a></li><li><a href="https://www.thepaper.cn/channel_25952">思想</a></li><li><a href="https://www.thepaper.cn/channel_119489">智库</a></li><li><a href="https://www.thepaper.cn/channel_25953">生活</a></li></ul><div class="index_login__8lvVg"><span>登录</span></div></div></header><main class="index_main__N1b2V"><div class="index_container__W7jZ1"><div class="index_leftcontent__m1pXz"><h1 class="index_title__B8mhI">${title}</h1><div class="index_headerContent__sASF4"><div class="index_left__LfzyH"><div class="ant-space ant-space-horizontal ant-space-align-center"><div class="ant-space-item"><span>澎湃新闻记者 钱七</span></div></div><div class="ant-space ant-space-horizontal ant-space-align-center"><div class="ant-space-item"><span>2023-07-21 09:31</span></div><div class="ant-space-item"><span>来源：澎湃新闻</span></div></div></div><div class="index_right__Xc7u9"><span class="index_share__qT4pZ">分享</span><span class="index_collect__Lk2mD">收藏</span></div></div><div class="index_cententWrap__Jv8jK">${paras.map((p) => `<p>${p}</p>`).join('')}</div><div class="index_editor__rT3Yk"><p>责任编辑：陈斌</p><p>校对：刘威</p></div><div class="index_copyright__Hn4s7">澎湃新闻报料：021-962866</div><div class="index_copyright__Hn4s7">澎湃新闻，未经授权不得转载</div><div class="index_shareBar__Zp0Ak"><span>分享到</span><a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">QQ空间</a></div><div class="index_commentBox__G2fQe"><div class="index_commentTitle__y8Kd1">评论（35）</div><textarea placeholder="期待你的神评论"></textarea><button type="button">发表</button></div><div class="index_related__c4VnP"><h2>相关推荐</h2><ul><li><a href="https://www.thepaper.cn/newsDetail_forward_23900114">社区助餐点如何做到“可持续”</a></li><li><a href="https://www.thepaper.cn/newsDetail_forward_23887730">独居老人送餐上门服务扩面</a></li><li><a href="https://www.thepaper.cn/newsDetail_forward_23871205">养老服务设施建设提速</a></li></ul></div></div><div class="index_rightcontent__pZ6tQ"><div class="index_hotList__jA1eH"><h2>热榜</h2><ol><li><a href="https://www.thepaper.cn/newsDetail_forward_23915890">梅雨季结束 上海进入盛夏</a></li><li><a href="https://www.thepaper.cn/newsDetail_forward_23915006">地铁新线开通首日客流</a></li><li><a href="https://www.thepaper.cn/newsDetail_forward_23913377">暑期托管班开班</a></li></ol></div><div class="index_ad__Bq0wX" id="ad_right_1"></div></div></div></main><footer class="index_footer__hS2Ym"><p><a href="https://www.thepaper.cn/about_paper.jsp">关于澎湃</a> | <a href="https://www.thepaper.cn/contact_paper.jsp">联系我们</a> | <a href="https://www.thepaper.cn/privacy.jsp">隐私政策</a> | <a href="https://www.thepaper.cn/copyright.jsp">版权声明</a></p><p>沪ICP备14003370号 沪公网安备31010602000299号 互联网新闻信息服务许可证：31120170006</p><p>上海东方报业有限公司 &copy; 2014-2023</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">${scriptJson(nextData)}</script></body></html>
`;
  addCase({
    name: 'thepaper-utf8',
    file: 'page.html',
    charset: 'utf-8',
    page,
    expected: {
      title,
      source: '澎湃新闻',
      siteName: '澎湃新闻',
      section: [],
      date: '2023-07-21T09:31:00+08:00',
      dateModified: null,
      authors: ['钱七'],
      editor: '陈斌',
      lang: 'zh',
      text: paras.join('\n\n'),
      encoding: 'utf-8',
    },
    exercises:
      'thepaper.cn Next.js page on one line: hashed CSS-module class names (index_cententWrap__…), 澎湃新闻记者 X byline in a span, 来源 equal to the site, __NEXT_DATA__ JSON with the same fields, 责任编辑/校对 lines after the body.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// A Taiwan portal carrying a 中央社 (CNA) wire story: traditional script, Big5 bytes.
// ---------------------------------------------------------------------------------------------------------
{
  const title = '暑假旅遊旺季 台鐵加開列車疏運旅客';
  const paras = [
    '（中央社記者孫八台北21日電）暑假旅遊旺季到來，台灣鐵路管理局今天表示，為疏運暑期旅客，7月下旬至8月底將在東部幹線及南迴線加開多班對號列車，週末也將增加部分車次的車廂編組，旅客可透過網路或車站窗口購票。',
    '台鐵表示，暑假期間前往花蓮、台東等地旅遊的旅客明顯增加，熱門時段車票經常在開賣後不久即售完。此次加開的列車將分批開放訂票，旅客可於乘車日前28天起透過官方網站或手機應用程式訂購，並請留意各車次的開放時間。',
    '為提升旅客乘車品質，台鐵也將在台北、花蓮、台東等主要車站增派服務人員，協助旅客購票及上下車，並加強車廂冷氣設備的檢查與維護。台鐵提醒，暑假期間車站人潮較多，旅客應提早到站，預留充裕的進站時間。',
    '此外，台鐵表示，旅客攜帶大型行李或自行車搭乘列車時，應事先確認車次是否提供相關服務，並依規定放置行李，避免阻礙走道。如有行程異動，也應盡早辦理退票或改票，讓其他有需要的旅客能夠購得車票。',
  ];
  const page = `<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="big5">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${title} - 寶島新聞網</title>
<meta name="keywords" content="台鐵,暑假,加開列車,疏運">
<meta name="description" content="${paras[0].slice(0, 60)}">
<meta property="og:site_name" content="寶島新聞網">
<meta property="og:type" content="article">
<meta property="og:title" content="${title}">
<meta property="og:url" content="https://news.formosa-daily.com.tw/life/20230721/1120721-0931.html">
<meta property="og:image" content="https://news.formosa-daily.com.tw/images/og_default.jpg">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/news2019.css">
<style>
body{font-family:"Microsoft JhengHei",PMingLiU,sans-serif;margin:0;color:#333}
a{color:#0b4f8a;text-decoration:none}
.topmenu{background:#0b4f8a;height:40px;line-height:40px}.topmenu a{color:#fff;padding:0 12px}
.breadcrumb{font-size:13px;color:#777;padding:10px 0}.breadcrumb a{margin-right:4px}
.news-main{width:700px;float:left}.news-side{width:280px;float:right}
.news-main h1{font-size:28px;line-height:40px;margin:8px 0}
.news-info{font-size:13px;color:#888;border-bottom:1px solid #ddd;padding-bottom:8px}.news-info span{margin-right:12px}
.news-content{font-size:17px;line-height:1.9}.news-content p{margin:0 0 18px}
.footer{clear:both;background:#222;color:#aaa;text-align:center;font-size:12px;line-height:22px;padding:16px 0}
</style>
<script src="/js/jquery-1.12.4.min.js"></script>
<script>
  (function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)})(window,document,'script','//www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-1234567-8', 'auto'); ga('send', 'pageview');
</script>
</head>
<body>
<div class="header">
  <div class="logo"><a href="https://news.formosa-daily.com.tw/"><img src="/images/logo.png" alt="寶島新聞網"></a></div>
  <div class="topmenu"><a href="/">首頁</a><a href="/politics/">政治</a><a href="/finance/">財經</a><a href="/life/">生活</a><a href="/society/">社會</a><a href="/local/">地方</a><a href="/world/">國際</a><a href="/sports/">運動</a><a href="/ent/">娛樂</a></div>
</div>
<div class="container">
  <div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/life/">生活</a></div>
  <div class="news-main">
    <h1>${title}</h1>
    <div class="news-info"><span class="date">2023/7/21 09:31</span><span class="src">來源：中央社</span><span class="fontsize">字級：<a href="javascript:;">小</a> <a href="javascript:;">中</a> <a href="javascript:;">大</a></span></div>
    <div class="news-content" id="newsContent">
${paras.map((p) => `<p>${p}</p>`).join('\n')}
<p>（編輯：周美君）1120721</p>
    </div>
    <div class="share-bar">分享到：<a href="javascript:;" class="fb">Facebook</a> <a href="javascript:;" class="line">LINE</a> <a href="javascript:;" class="tw">Twitter</a></div>
    <div class="related">
      <h3>相關新聞</h3>
      <ul>
        <li><a href="/life/20230720/1120720-1544.html">高鐵暑假加開班次 首波車票開賣</a></li>
        <li><a href="/life/20230719/1120719-1012.html">連假出遊注意 國道高乘載管制時段出爐</a></li>
        <li><a href="/local/20230718/1120718-0830.html">花東旅遊熱 民宿訂房率攀升</a></li>
      </ul>
    </div>
    <div class="fb-comments" data-href="https://news.formosa-daily.com.tw/life/20230721/1120721-0931.html" data-numposts="5"></div>
  </div>
  <div class="news-side">
    <div class="ad300" id="ad_side"><script>/* ad 300x250 */ document.write('<div class="adbox"></div>');</script></div>
    <div class="hot">
      <h3>熱門新聞</h3>
      <ol>
        <li><a href="/society/20230721/1120721-0802.html">颱風動態最新消息</a></li>
        <li><a href="/finance/20230721/1120721-0745.html">台股早盤震盪</a></li>
        <li><a href="/life/20230720/1120720-2010.html">夏季用電創新高</a></li>
      </ol>
    </div>
  </div>
</div>
<div class="footer">
  <p><a href="/about/">關於我們</a> | <a href="/contact/">聯絡我們</a> | <a href="/privacy/">隱私權政策</a> | <a href="/ad/">廣告刊登</a></p>
  <p>本網站內容未經授權，不得轉載、公開播送或公開傳輸。</p>
  <p>Copyright &copy; 2023 寶島新聞網 All Rights Reserved.</p>
</div>
</body>
</html>
`;
  addCase({
    name: 'cna-big5',
    file: 'page.html',
    charset: 'big5',
    page,
    expected: {
      title,
      source: '中央社',
      siteName: '寶島新聞網',
      section: ['首頁', '生活'],
      date: '2023-07-21T09:31:00+08:00',
      dateModified: null,
      authors: ['孫八'],
      editor: '周美君',
      lang: 'zh',
      text: paras.join('\n\n'),
      encoding: 'big5',
    },
    exercises:
      'Taiwan portal in Big5 (<meta charset="big5">) carrying a CNA wire story: 2023/7/21 09:31 date, 來源：中央社, （中央社記者X台北21日電） byline kept in the first paragraph, CNA’s trailing （編輯：X）1120721 line (editor, not text), traditional script, lang zh-Hant-TW → zh.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// www.gov.cn (中国政府网) policy document page: metadata table, 发布时间/来源 line, pages_content.
// ---------------------------------------------------------------------------------------------------------
{
  const title = '人力资源社会保障部办公厅关于做好2023年夏季高温天气劳动保护工作的通知';
  const paras = [
    '各省、自治区、直辖市及新疆生产建设兵团人力资源社会保障厅（局）：',
    '当前，我国已进入夏季高温天气多发期，部分地区持续出现35℃以上的高温天气。为切实做好高温天气劳动保护工作，维护劳动者身体健康和合法权益，现就有关事项通知如下：',
    '一、督促用人单位落实高温天气劳动保护责任。各地要指导用人单位根据生产特点和具体条件，采取合理安排工作时间、轮换作业、适当增加高温工作环境下劳动者的休息时间和减轻劳动强度等措施，严格执行高温天气停止室外露天作业的有关规定。',
    '二、依法保障劳动者高温津贴权益。各地要加强对高温津贴发放情况的指导和检查，督促用人单位按规定向劳动者发放高温津贴，不得以发放防暑降温饮料、药品等物品充抵高温津贴。',
    '三、加强对重点行业和重点群体的关注。各地要重点关注建筑、快递、外卖配送等户外作业较多的行业，以及新就业形态劳动者、农民工等群体，推动用人单位为劳动者提供必要的防暑降温用品和休息场所。',
    '四、畅通投诉举报渠道。各地劳动保障监察机构要向社会公布投诉举报电话，及时受理和处理劳动者有关高温天气劳动保护的投诉举报，对违法行为依法查处，切实维护劳动者合法权益。',
    '人力资源社会保障部办公厅',
    '2023年7月18日',
  ];
  const body = paras
    .map((p, i) =>
      i >= paras.length - 2 ? `<p style="text-align: right;">${p}</p>` : i === 0 ? `<p>${p}</p>` : `<p style="text-indent: 2em;">${p}</p>`,
    )
    .join('\n');
  const page = `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<title>${title}_国务院部门文件_中国政府网</title>
<meta name="keywords" content="高温天气;劳动保护;高温津贴" />
<meta name="description" content="${title}" />
<meta name="firstpublishedtime" content="2023-07-21-09:31:00" />
<meta name="catalogs" content="01" />
<meta name="contentid" content="6893456" />
<meta name="publishdate" content="2023-07-21" />
<meta name="source" content="人力资源社会保障部网站" />
<meta name="lanmu" content="国务院部门文件" />
<link href="/govweb/xhtml/2016gov/css/common.css" rel="stylesheet" type="text/css" />
<link href="/govweb/xhtml/2016gov/css/zhengce.css" rel="stylesheet" type="text/css" />
<style type="text/css">
.BreadcrumbNav{font-size:14px;color:#666;line-height:40px}
.bd1{width:100%;border-collapse:collapse;font-size:14px;margin:10px 0 20px;background:#f9f9f9}
.bd1 td{border:1px solid #e0e0e0;padding:6px 10px;line-height:24px}
.article h1{font-size:26px;line-height:40px;text-align:center;color:#333}
.pages-date{text-align:center;color:#999;font-size:14px;line-height:30px}.pages-date .font{margin-left:20px}
.pages_content{font-size:16px;line-height:2;color:#333;padding:20px 0}.pages_content p{margin:0 0 10px}
.editor{text-align:right;color:#999;font-size:14px}
.pages_print{text-align:right;font-size:14px;margin:20px 0}.pages_print a{margin-left:16px;color:#666}
.footer{background:#f2f2f2;text-align:center;color:#666;font-size:12px;line-height:24px;padding:20px 0}
</style>
<script type="text/javascript" src="/govweb/xhtml/2016gov/js/jquery.js"></script>
</head>
<body>
<div class="header">
  <div class="topbar"><div class="w1100"><a href="http://www.gov.cn/" target="_blank">中国政府网</a> | <a href="http://www.gov.cn/guowuyuan/" target="_blank">国务院</a> | <a href="http://www.gov.cn/zhengce/" target="_blank">政策</a> | <a href="http://www.gov.cn/hudong/" target="_blank">互动</a> | <a href="http://www.gov.cn/fuwu/" target="_blank">服务</a> | <a href="http://www.gov.cn/shuju/" target="_blank">数据</a> | <a href="http://english.www.gov.cn/" target="_blank">English</a> | <a href="javascript:void(0);" class="wza">无障碍</a></div></div>
  <div class="logo"><a href="http://www.gov.cn/"><img src="/govweb/xhtml/2016gov/images/public/logo.png" alt="中国政府网" /></a></div>
</div>
<div class="w1100">
  <div class="BreadcrumbNav"><a href="http://www.gov.cn/">首页</a>&nbsp;&gt;&nbsp;<a href="http://www.gov.cn/zhengce/">政策</a>&nbsp;&gt;&nbsp;<a href="http://www.gov.cn/zhengce/xxgk/bmwj.htm">国务院部门文件</a></div>
  <div class="policyLibraryOverview_header">
    <table class="bd1" cellpadding="0" cellspacing="0">
      <tbody>
        <tr><td width="100"><b>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</b></td><td width="300">000014349/2023-00051</td><td width="100"><b>主题分类：</b></td><td>劳动、人事、监察\\劳动保护</td></tr>
        <tr><td><b>发文机关：</b></td><td>人力资源社会保障部</td><td><b>成文日期：</b></td><td>2023年07月18日</td></tr>
        <tr><td><b>标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</b></td><td colspan="3">${title}</td></tr>
        <tr><td><b>发文字号：</b></td><td>人社厅发〔2023〕35号</td><td><b>发布日期：</b></td><td>2023年07月21日</td></tr>
      </tbody>
    </table>
  </div>
  <div class="article oneColumn pub_border">
    <h1>${title}</h1>
    <div class="pages-date">发布时间：2023-07-21 09:31<span class="font">来源：人力资源社会保障部网站</span><span class="font zitiDx">字号：<a href="javascript:void(0);">默认</a> <a href="javascript:void(0);">大</a> <a href="javascript:void(0);">超大</a></span></div>
    <div class="pages_content" id="UCAP-CONTENT">
${body}
    </div>
    <div class="editor">责任编辑：张琳</div>
    <div class="pages_print"><a href="javascript:void(0);" class="jiucuo" onclick="window.open('https://bmjc.www.gov.cn/jcd/?url=' + encodeURIComponent(location.href));">【我要纠错】</a><a href="javascript:window.print();">打印本页</a><a href="javascript:window.close();">关闭窗口</a></div>
    <div class="share"><span>分享到：</span><a href="javascript:void(0);" class="wx">微信</a><a href="javascript:void(0);" class="wb">微博</a></div>
    <div class="related">
      <h3>相关文件</h3>
      <ul>
        <li><a href="http://www.gov.cn/zhengce/2023-06/29/content_6889012.htm" target="_blank">应急管理部关于做好夏季安全生产工作的通知</a></li>
        <li><a href="http://www.gov.cn/zhengce/2023-06/15/content_6886320.htm" target="_blank">关于进一步加强新就业形态劳动者权益保障工作的意见</a></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <p><a href="http://www.gov.cn/home/2014-12/23/content_2795423.htm">关于本网</a> | <a href="http://www.gov.cn/home/2014-12/23/content_2795427.htm">网站声明</a> | <a href="http://www.gov.cn/home/2014-12/23/content_2795434.htm">联系我们</a> | <a href="http://www.gov.cn/home/2014-12/23/content_2795436.htm">网站纠错</a></p>
  <p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p>
  <p>版权所有：中国政府网　中文域名：中国政府网.政务</p>
  <p>网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p>
</div>
<script type="text/javascript" src="/govweb/xhtml/2016gov/js/common.js"></script>
</body>
</html>
`;
  addCase({
    name: 'govcn-utf8',
    file: 'page.html',
    charset: 'utf-8',
    page,
    expected: {
      title,
      source: '人力资源社会保障部网站',
      siteName: '中国政府网',
      section: ['首页', '政策', '国务院部门文件'],
      date: '2023-07-21T09:31:00+08:00',
      dateModified: null,
      authors: [],
      editor: '张琳',
      lang: 'zh',
      text: paras.join('\n\n'),
      encoding: 'utf-8',
    },
    exercises:
      'gov.cn policy document: 索引号/主题分类/发文机关/成文日期 table (chrome, and its 成文日期 is NOT the publish date), 发布时间：/来源： line, firstpublishedtime meta in gov.cn format, a document body whose salutation and right-aligned signature/date lines are part of the text, 【我要纠错】 打印本页 关闭窗口.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// A regional portal whose template still declares gb2312 but whose bytes are UTF-8 (stale declaration).
// ---------------------------------------------------------------------------------------------------------
{
  const title = '我市新开通三条公交线路 方便城郊居民出行';
  const paras = [
    '本报讯（记者 林晓）7月20日起，市公共交通集团新开通3条公交线路，分别连接城区与东部新区、北山工业园区以及南湖生态片区。新线路开通后，城郊居民前往城区就医、购物和上班将更加便捷。',
    '据介绍，此次开通的3条线路均采用新能源纯电动公交车，首末班时间分别为早6时和晚9时，高峰时段发车间隔不超过10分钟。其中，连接东部新区的线路沿途设置了18个站点，途经市人民医院、火车站等多个客流集中区域。',
    '新线路的设置参考了前期开展的出行需求调查。市公共交通集团相关负责人表示，今年春季，集团通过问卷调查、社区座谈等方式收集了上千条市民意见，发现城郊部分区域存在“出行最后一公里”难题，此次新开线路正是对这些意见的回应。',
    '市交通运输局提醒，新线路开通初期，部分站点周边道路仍在完善中，市民乘车时请注意站牌信息和车辆到站提示。市民也可通过手机扫描站牌上的二维码，实时查询车辆到站时间。',
  ];
  const page = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${title}-江城新闻网</title>
<meta name="keywords" content="公交线路,城郊,出行">
<meta name="description" content="${paras[0].slice(0, 50)}">
<link href="/templates/default/css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">
body{margin:0;font-size:12px;font-family:"宋体"}
td{font-size:12px;line-height:22px}
.dqwz{color:#555;padding:6px 0}
.bt{font-size:22px;font-weight:bold;color:#0d3b79;text-align:center;line-height:40px}
.xx{text-align:center;color:#777;border-bottom:1px dashed #aaa;padding-bottom:6px}
.zw{font-size:15px;line-height:28px;padding:12px 20px}
.zw p{margin:0 0 12px}
.bottom td{color:#666;text-align:center}
</style>
<script language="javascript" src="/js/common.js"></script>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><a href="/"><img src="/templates/default/images/logo.gif" alt="江城新闻网" width="300" height="70" border="0"></a></td><td align="right"><a href="/">首页</a> | <a href="/bdxw/">本地新闻</a> | <a href="/gnxw/">国内新闻</a> | <a href="/ms/">民生</a> | <a href="/jy/">教育</a> | <a href="/ly/">旅游</a> | <a href="/tp/">图片</a></td></tr>
  <tr><td colspan="2"><script language="javascript">document.write('<a href="/ad/click.asp?id=31"><img src="/ad/980x80.gif" width="980" height="80" border="0"></a>');</script></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="690" valign="top">
      <div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/bdxw/">本地新闻</a></div>
      <table width="100%" border="0" cellpadding="0" cellspacing="0">
        <tr><td class="bt">${title}</td></tr>
        <tr><td class="xx">发布时间：2023-07-20 16:45　来源：江城日报　编辑：陈静　点击：<span id="hits">1268</span></td></tr>
        <tr><td class="zw">
${paras.map((p) => `<p>　　${p}</p>`).join('\n')}
        </td></tr>
        <tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="xgxw">
        <tr><td><b>相关新闻：</b></td></tr>
        <tr><td>· <a href="/bdxw/2023/0718/41237.html">市区部分公交站点临时调整</a></td></tr>
        <tr><td>· <a href="/bdxw/2023/0715/41180.html">东部新区道路建设进入收尾阶段</a></td></tr>
        <tr><td>· <a href="/bdxw/2023/0712/41102.html">我市推进城乡公交一体化</a></td></tr>
      </table>
    </td>
    <td width="20"></td>
    <td width="270" valign="top">
      <table width="100%" border="0" cellpadding="0" cellspacing="0">
        <tr><td><b>点击排行</b></td></tr>
        <tr><td>1. <a href="/ms/2023/0720/41290.html">暑期图书馆延长开放时间</a></td></tr>
        <tr><td>2. <a href="/jy/2023/0719/41266.html">中考录取分数线公布</a></td></tr>
        <tr><td>3. <a href="/bdxw/2023/0719/41250.html">老城区雨污分流改造启动</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
  <tr><td><a href="/about.html">关于我们</a> | <a href="/contact.html">联系方式</a> | <a href="/ad.html">广告服务</a> | <a href="/copyright.html">版权声明</a></td></tr>
  <tr><td>江城新闻网 版权所有 未经许可不得转载　ICP备案号：江ICP备08001234号</td></tr>
</table>
</body>
</html>
`;
  addCase({
    name: 'stale-gb2312-utf8',
    file: 'page.html',
    charset: 'utf-8',
    page,
    expected: {
      title,
      source: '江城日报',
      siteName: '江城新闻网',
      section: ['首页', '本地新闻'],
      date: '2023-07-20T16:45:00+08:00',
      dateModified: null,
      authors: ['林晓'],
      editor: '陈静',
      lang: 'zh',
      text: paras.join('\n\n'),
      encoding: 'utf-8',
    },
    exercises:
      'UTF-8 bytes behind a stale <meta charset=gb2312> (decoding as declared gives mojibake); old table layout; one info line holding 发布时间/来源/编辑/点击; 本报讯（记者 X） opener.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// A ~150-character news brief inside a chrome-heavy portal page (Readability's defaults drop it).
// ---------------------------------------------------------------------------------------------------------
{
  const title = '中央气象台继续发布高温橙色预警';
  const paras = [
    '中央气象台7月21日06时继续发布高温橙色预警，预计21日白天，华北南部、黄淮、江汉、江南北部等地部分地区有35℃以上的高温天气，其中河北南部、河南北部等地局地最高气温可达40℃以上。',
    '气象部门提醒，公众应尽量避免在午后高温时段进行户外活动，注意防暑降温；户外作业人员应合理安排作息时间。',
  ];
  const navGroups = [
    ['时政', '国际', '军事', '财经', '科技', '文化', '教育', '体育', '娱乐', '健康', '旅游', '汽车'],
    ['理论', '评论', '思想', '学术', '读书', '艺术', '法治', '党建', '反腐', '经济', '生态', '公益'],
  ];
  const linkList = (items, base) =>
    items
      .map((t, i) => `<li><a href="https://${base}.gmw.cn/2023-07/21/content_3678${i}${i + 3}10.htm" target="_blank">${t}</a></li>`)
      .join('');
  const page = `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>${title}_光明网</title>
<meta name="keywords" content="高温,橙色预警,中央气象台" />
<meta name="description" content="${paras[0].slice(0, 50)}" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="1001" />
<meta name="contentid" content="36783411" />
<meta name="publishdate" content="2023-07-21" />
<meta name="source" content="中国天气网" />
<link rel="stylesheet" type="text/css" href="//img.gmw.cn/css/con_style.css" />
<style type="text/css">
.g-wrap{width:1000px;margin:0 auto}.m-nav li{display:inline-block;margin-right:10px}
.m-breadcrumb{font-size:14px;color:#666;margin:10px 0}
.u-title{font-size:28px;line-height:40px;margin:10px 0}
.m-con-info{color:#999;font-size:14px;margin-bottom:10px}.m-con-info span{margin-right:14px}
.u-mainText{font-size:16px;line-height:30px}.u-mainText p{margin:0 0 20px;text-indent:2em}
.m-editor{text-align:right;color:#999}
.m-box h2{font-size:16px;border-bottom:2px solid #c00}.m-box li{line-height:26px;font-size:14px}
.g-footer{background:#eee;text-align:center;font-size:12px;line-height:22px;padding:16px 0;color:#666}
</style>
<script type="text/javascript" src="//img.gmw.cn/js/jquery.js"></script>
<script type="text/javascript">var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3fa2b1c4d5e6f7081920a1b2c3d4e5f6";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</head>
<body>
<div class="g-topbar"><div class="g-wrap"><a href="https://www.gmw.cn/" target="_blank">光明网首页</a> | <a href="https://epaper.gmw.cn/gmrb/" target="_blank">光明日报</a> | <a href="https://app.gmw.cn/" target="_blank">客户端</a> | <a href="https://www.gmw.cn/rss.htm" target="_blank">RSS</a> | <a href="javascript:void(0);">无障碍浏览</a></div></div>
<div class="g-header g-wrap"><a href="https://news.gmw.cn/"><img src="//img.gmw.cn/pic/content_logo/5.gif" alt="光明网新闻频道" /></a></div>
<div class="m-nav g-wrap"><ul>${navGroups[0].map((t) => `<li><a href="https://www.gmw.cn/${encodeURIComponent(t)}/" target="_blank">${t}</a></li>`).join('')}</ul><ul>${navGroups[1].map((t) => `<li><a href="https://www.gmw.cn/${encodeURIComponent(t)}/" target="_blank">${t}</a></li>`).join('')}</ul></div>
<div class="g-wrap">
  <div class="m-breadcrumb"><a href="https://www.gmw.cn/" target="_blank">首页</a>&gt;&gt;<a href="https://news.gmw.cn/" target="_blank">新闻</a>&gt;&gt;<a href="https://news.gmw.cn/node_4108.htm" target="_blank">国内</a></div>
  <div class="g-main">
    <div class="m-title-box">
      <h1 class="u-title">${title}</h1>
      <div class="m-con-info"><span class="m-con-time">2023-07-21 07:02</span><span class="m-con-source">来源：<a href="http://www.weather.com.cn/" target="_blank">中国天气网</a></span><span class="m-share"><a href="javascript:;">分享到微信</a> <a href="javascript:;">分享到微博</a></span></div>
    </div>
    <div class="u-mainText" id="articleBox">
<!--enpcontent-->
${paras.map((p) => `<p>${p}</p>`).join('\n')}
<!--/enpcontent-->
    </div>
    <div class="m-editor">[责任编辑:张雨]</div>
    <div class="m-box">
      <h2>相关新闻</h2>
      <ul>${linkList(['多地最高气温突破40℃', '高温天气防暑指南', '电网迎峰度夏保供电', '户外劳动者防暑措施落地', '城市“清凉驿站”开放'], 'news')}</ul>
    </div>
    <div class="m-box">
      <h2>热点推荐</h2>
      <ul>${linkList(['暑运铁路客流持续高位运行', '夏粮收购进度过半', '中小学暑期托管服务展开', '多地发布防汛预警', '新能源汽车下乡活动启动', '文旅市场迎来暑期高峰'], 'news')}</ul>
    </div>
    <div class="m-box">
      <h2>图片新闻</h2>
      <ul>${linkList(['荷花盛开引游人', '夏日田间农忙', '城市夜景璀璨', '博物馆里的暑假'], 'photo')}</ul>
    </div>
    <div class="m-box">
      <h2>光明视频</h2>
      <ul>${linkList(['直击防汛一线', '科普：中暑如何急救', '非遗里的夏天'], 'v')}</ul>
    </div>
    <div class="m-comment" id="comment"><h2>网友评论</h2><textarea rows="4" cols="60"></textarea><button type="button">提交评论</button></div>
  </div>
</div>
<div class="g-footer">
  <p><a href="https://www.gmw.cn/aboutus.htm">光明网版权所有</a> | <a href="https://www.gmw.cn/contactus.htm">联系我们</a> | <a href="https://www.gmw.cn/copyright.htm">版权声明</a> | <a href="https://www.gmw.cn/ad.htm">广告服务</a></p>
  <p>京ICP证080003号 | 京公网安备11000002000015号 | 互联网新闻信息服务许可证10120170003</p>
  <p>Copyright &copy; 1999-2023 www.gmw.cn All Rights Reserved</p>
</div>
</body>
</html>
`;
  addCase({
    name: 'zh-brief',
    file: 'page.html',
    charset: 'utf-8',
    page,
    expected: {
      title,
      source: '中国天气网',
      siteName: '光明网',
      section: ['首页', '新闻', '国内'],
      date: '2023-07-21T07:02:00+08:00',
      dateModified: null,
      authors: [],
      editor: '张雨',
      lang: 'zh',
      text: paras.join('\n\n'),
      encoding: 'utf-8',
    },
    exercises:
      'A two-paragraph brief (~145 characters) drowned in link lists and chrome: below Readability’s 500-character default; a time of day (06时) inside the text is not the publish date.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// English news site with JSON-LD NewsArticle (two authors), cookie banner, newsletter box, related stories.
// ---------------------------------------------------------------------------------------------------------
{
  const title = 'City Council Approves $42 Million Plan to Rebuild Riverfront Piers';
  const paras = [
    'The City Council on Thursday night approved a $42 million plan to rebuild three aging piers along the riverfront, ending nearly two years of debate over how to repair structures that engineers say are no longer safe for large crowds.',
    'The measure passed 7 to 2 after a four-hour meeting in which dozens of residents spoke, many of them fishermen and small-business owners who depend on the piers for their livelihoods. Construction is expected to begin next spring and to take about three years, with one pier staying open at all times.',
    '“These piers are the front porch of our city,” said Council President Maria Alvarez, who sponsored the plan. “We can either fix them now, or we can keep patching them until one of them has to be closed for good.”',
    'An inspection last year found corroded steel supports and cracked concrete decking on all three structures. Two of them have been limited to foot traffic since March, and the city has spent more than $1.5 million on emergency repairs over the past five years.',
    'The two council members who voted against the plan said they supported rebuilding the piers but objected to its funding, which relies on a bond issue and a new parking fee at the waterfront. Critics said the fee would fall hardest on families who visit the river on weekends.',
    'City officials said they would apply for state and federal grants to reduce the amount that must be borrowed. A public workshop on the design of the new piers is scheduled for next month at the downtown library.',
  ];
  const url = 'https://www.dailyexample.com/news/local/2023/07/21/city-council-approves-riverfront-piers-plan/';
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: title,
    description: 'The measure passed 7 to 2 after a four-hour meeting; construction is expected to begin next spring.',
    image: ['https://www.dailyexample.com/resizer/pier-1200x675.jpg'],
    datePublished: '2023-07-21T09:31:00-04:00',
    dateModified: '2023-07-21T15:12:00-04:00',
    author: [
      { '@type': 'Person', name: 'Jane Doe', url: 'https://www.dailyexample.com/staff/jane-doe/' },
      { '@type': 'Person', name: 'John Roe', url: 'https://www.dailyexample.com/staff/john-roe/' },
    ],
    publisher: {
      '@type': 'Organization',
      name: 'The Daily Example',
      logo: { '@type': 'ImageObject', url: 'https://www.dailyexample.com/logo-600x60.png', width: 600, height: 60 },
    },
    articleSection: 'Local',
    isAccessibleForFree: true,
  };
  const crumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'News', item: 'https://www.dailyexample.com/news/' },
      { '@type': 'ListItem', position: 2, name: 'Local', item: 'https://www.dailyexample.com/news/local/' },
    ],
  };
  const page = `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | The Daily Example</title>
<meta name="description" content="${esc(ld.description)}">
<link rel="canonical" href="${url}">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(title)}">
<meta property="og:description" content="${esc(ld.description)}">
<meta property="og:url" content="${url}">
<meta property="og:image" content="https://www.dailyexample.com/resizer/pier-1200x675.jpg">
<meta property="article:section" content="Local">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@dailyexample">
<script type="application/ld+json">${scriptJson(ld)}</script>
<script type="application/ld+json">${scriptJson(crumbs)}</script>
<link rel="stylesheet" href="/assets/css/site.4f2a91.css">
<style>
body{font-family:Georgia,serif;color:#1a1a1a;margin:0}
.site-header{border-bottom:1px solid #ddd;padding:12px 24px;display:flex;justify-content:space-between}
.site-nav a{font-family:Helvetica,Arial,sans-serif;font-size:14px;margin-right:16px;color:#333;text-decoration:none}
.breadcrumbs{font-family:Helvetica,Arial,sans-serif;font-size:13px;text-transform:uppercase;letter-spacing:.04em}
.article{max-width:680px;margin:0 auto;padding:0 16px}
.headline{font-size:40px;line-height:1.15;margin:12px 0}
.byline,.timestamps{font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#555}
.article-body p{font-size:19px;line-height:1.6;margin:0 0 1.2em}
.share-tools button{margin-right:8px}
.newsletter-signup{background:#f3f1ec;padding:20px;margin:32px 0}
.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#111;color:#fff;padding:16px;font-family:Helvetica,Arial,sans-serif}
.site-footer{background:#111;color:#bbb;font-family:Helvetica,Arial,sans-serif;font-size:13px;padding:32px 24px}
</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-EXAMPLE123"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-EXAMPLE123');</script>
</head>
<body class="article-page">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/logo.svg" alt="The Daily Example" width="220" height="32"></a>
  <nav class="site-nav" aria-label="Sections"><a href="/news/">News</a><a href="/news/local/">Local</a><a href="/politics/">Politics</a><a href="/business/">Business</a><a href="/sports/">Sports</a><a href="/opinion/">Opinion</a><a href="/arts/">Arts</a></nav>
  <div class="account"><a href="/subscribe/" class="subscribe-button">Subscribe</a> <a href="/login/">Sign in</a></div>
</header>
<div class="ad-slot ad-leaderboard" id="ad-top" data-ad-unit="/1234/dailyexample/news/local" aria-hidden="true"></div>
<main id="main">
<article class="article">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/news/">News</a></li><li><a href="/news/local/">Local</a></li></ol></nav>
  <h1 class="headline">${esc(title)}</h1>
  <p class="dek">The measure passed 7 to 2 after a four-hour meeting; construction is expected to begin next spring.</p>
  <div class="byline">By <a href="/staff/jane-doe/" rel="author">Jane Doe</a> and <a href="/staff/john-roe/" rel="author">John Roe</a></div>
  <div class="timestamps"><time datetime="2023-07-21T09:31:00-04:00">Published July 21, 2023 at 9:31 a.m. EDT</time> · <time datetime="2023-07-21T15:12:00-04:00">Updated July 21, 2023 at 3:12 p.m. EDT</time></div>
  <div class="share-tools"><button type="button" data-share="facebook">Share on Facebook</button><button type="button" data-share="twitter">Share on X</button><button type="button" data-share="email">Email</button><button type="button" data-share="copy">Copy link</button></div>
  <div class="article-body">
${paras.map((p) => `    <p>${esc(p)}</p>`).join('\n')}
  </div>
  <aside class="newsletter-signup">
    <h2>Get the Morning Briefing</h2>
    <p>The day’s top local stories, delivered to your inbox every weekday at 6 a.m.</p>
    <form action="/newsletters/subscribe" method="post"><label for="nl-email">Email address</label><input id="nl-email" type="email" name="email" placeholder="you@example.com"><button type="submit">Sign up</button></form>
    <p class="fine-print">By signing up you agree to our Terms of Service and Privacy Policy.</p>
  </aside>
  <section class="related-stories">
    <h2>Related Stories</h2>
    <ul>
      <li><a href="/news/local/2023/06/02/pier-inspection-report-released/">Inspection report details damage to riverfront piers</a></li>
      <li><a href="/news/local/2023/03/14/two-piers-closed-to-vehicles/">Two riverfront piers closed to vehicles after inspection</a></li>
      <li><a href="/opinion/2023/07/10/editorial-fix-the-piers/">Editorial: Fix the piers before it is too late</a></li>
    </ul>
  </section>
  <section class="comments" id="comments"><h2>Comments (48)</h2><p>Comments are closed for this story.</p></section>
</article>
</main>
<div class="cookie-banner" id="cookie-consent" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to improve your experience, measure our audience and show you relevant ads. You can change your choices at any time in Privacy Settings.</p>
  <button type="button" class="accept">Accept all</button> <button type="button" class="manage">Manage preferences</button>
</div>
<footer class="site-footer">
  <nav><a href="/about/">About Us</a> · <a href="/contact/">Contact</a> · <a href="/careers/">Careers</a> · <a href="/advertise/">Advertise</a> · <a href="/privacy/">Privacy Policy</a> · <a href="/terms/">Terms of Service</a></nav>
  <p>© 2023 The Daily Example. All rights reserved.</p>
</footer>
<script src="/assets/js/site.9be3d2.js" defer></script>
</body>
</html>
`;
  addCase({
    name: 'english-jsonld',
    file: 'page.html',
    charset: 'utf-8',
    page,
    expected: {
      title,
      source: null,
      siteName: 'The Daily Example',
      section: ['News', 'Local'],
      date: '2023-07-21T09:31:00-04:00',
      dateModified: '2023-07-21T15:12:00-04:00',
      authors: ['Jane Doe', 'John Roe'],
      editor: null,
      lang: 'en',
      text: paras.join('\n\n'),
      encoding: 'utf-8',
    },
    exercises:
      'English article with JSON-LD NewsArticle (author array, datePublished/dateModified with -04:00) and BreadcrumbList; "By A and B" byline; title suffix " | Site"; dek, share buttons, newsletter form, related stories, closed comments and a cookie banner around the body.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// Plain English page (blog-like local news site) with no date anywhere.
// ---------------------------------------------------------------------------------------------------------
{
  const title = 'Volunteers Turn a Vacant Lot Into a Neighborhood Garden';
  const paras = [
    'For years the corner lot on Alder Street was known mostly for broken glass and overgrown weeds. Now it holds twenty raised beds, a tool shed painted bright yellow and a waiting list of neighbors who want a plot of their own.',
    'The garden is the work of about forty volunteers who spent six weekends clearing debris, hauling soil and building the beds from donated lumber. The property owner agreed to lend the land for free as long as the group keeps it clean and insured.',
    '“Most of us had never met before this started,” said Denise Carter, who organized the first cleanup after posting a notice at the corner laundromat. “Now people stop by after work just to see how the tomatoes are doing.”',
    'Each bed is shared by two households, and a quarter of the harvest goes to a food pantry run by a church two blocks away. Students from the elementary school down the street tend their own bed and have started a small compost project.',
    'The group is now raising money for a rain barrel system and a bench under the maple tree at the back of the lot. Anyone who wants to help can join the volunteer workdays, which are held on Saturday mornings.',
  ];
  const page = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} – The Harbor Ledger</title>
<meta name="description" content="About forty volunteers cleared a corner lot on Alder Street and built twenty raised beds.">
<meta property="og:site_name" content="The Harbor Ledger">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(title)}">
<meta property="og:url" content="https://harborledger.org/volunteers-turn-vacant-lot-into-garden/">
<meta name="author" content="Sam Whitaker">
<link rel="stylesheet" href="/wp-content/themes/ledger/style.css">
<style>
body{font-family:"Source Serif Pro",Georgia,serif;margin:0;color:#222;background:#fdfcf8}
.site-title{font-size:30px;margin:0}.site-description{color:#777;margin:0}
.main-navigation a{margin-right:14px;color:#234;text-decoration:none}
.entry-title{font-size:34px;line-height:1.2}.entry-meta{color:#666;font-size:15px}
.entry-content p{font-size:18px;line-height:1.7}
.sharedaddy{margin:24px 0}.widget{margin-bottom:28px}
.site-footer{border-top:1px solid #ddd;color:#666;font-size:14px;padding:20px}
</style>
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</head>
<body class="post-template-default single single-post">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/" rel="home">The Harbor Ledger</a></p>
  <p class="site-description">Community news from the east side</p>
  <nav id="site-navigation" class="main-navigation"><a href="/">Home</a><a href="/category/community/">Community</a><a href="/category/schools/">Schools</a><a href="/category/city-hall/">City Hall</a><a href="/about/">About</a><a href="/tips/">Send a Tip</a></nav>
</header>
<div id="content" class="site-content">
  <main id="primary" class="site-main">
    <article id="post-1184" class="post-1184 post type-post status-publish category-community">
      <header class="entry-header">
        <h1 class="entry-title">${esc(title)}</h1>
        <div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/sam-whitaker/">Sam Whitaker</a></span></span> · <span class="cat-links">Filed under <a href="/category/community/" rel="category tag">Community</a></span></div>
      </header>
      <div class="entry-content">
${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
      </div>
      <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="?share=facebook">Facebook</a></li><li><a class="share-email" href="?share=email">Email</a></li><li><a class="share-print" href="#print">Print</a></li></ul></div>
      <footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/gardens/" rel="tag">gardens</a>, <a href="/tag/volunteers/" rel="tag">volunteers</a></span></footer>
    </article>
    <nav class="navigation post-navigation" aria-label="Posts"><div class="nav-previous"><a href="/library-extends-summer-hours/" rel="prev">Previous: Library extends its summer hours</a></div><div class="nav-next"><a href="/crosswalk-added-near-school/" rel="next">Next: New crosswalk added near the school</a></div></nav>
    <div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on this story</h2><ol class="comment-list"><li class="comment"><b class="fn">Rita M.</b> <p>So happy to see this corner cleaned up. Thank you all!</p></li><li class="comment"><b class="fn">Tom</b> <p>Is there still room on the waiting list?</p></li></ol><div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>
  </main>
  <aside id="secondary" class="widget-area">
    <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Stories</h2><ul><li><a href="/library-extends-summer-hours/">Library extends its summer hours</a></li><li><a href="/crosswalk-added-near-school/">New crosswalk added near the school</a></li><li><a href="/food-pantry-needs-volunteers/">Food pantry needs weekend volunteers</a></li></ul></section>
    <section class="widget widget_text"><h2 class="widget-title">Support Local News</h2><p>The Harbor Ledger is a volunteer-run, reader-supported newsroom. <a href="/donate/">Make a donation</a>.</p></section>
  </aside>
</div>
<footer id="colophon" class="site-footer"><p>The Harbor Ledger · Proudly powered by WordPress · <a href="/privacy/">Privacy</a></p></footer>
</body>
</html>
`;
  addCase({
    name: 'english-nodate',
    file: 'page.html',
    charset: 'utf-8',
    page,
    expected: {
      title,
      source: null,
      siteName: 'The Harbor Ledger',
      section: [],
      date: null,
      dateModified: null,
      authors: ['Sam Whitaker'],
      editor: null,
      lang: 'en',
      text: paras.join('\n\n'),
      encoding: 'utf-8',
    },
    exercises:
      'WordPress-style English page with no date anywhere (no meta, no JSON-LD, no <time>, no date in the URL, no copyright year): date must stay null, never guessed; title suffix " – Site"; comments, post navigation and widgets around the body.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// German regional news page.
// ---------------------------------------------------------------------------------------------------------
{
  const title = 'Stadt plant 40 Kilometer neue Radwege bis 2026';
  const paras = [
    'Die Stadt will ihr Radwegenetz in den kommenden drei Jahren deutlich ausbauen. Wie das Verkehrsdezernat am Freitag mitteilte, sollen bis Ende 2026 rund 40 Kilometer neue oder verbreiterte Radwege entstehen, vor allem entlang der großen Einfallstraßen und rund um den Hauptbahnhof.',
    'Kernstück des Programms sind geschützte Radfahrstreifen, die durch Bordsteine oder Poller vom Autoverkehr getrennt werden. Auf mehreren Hauptachsen soll dafür jeweils eine Fahrspur wegfallen. Nach Angaben der Stadt zeigen Zählungen, dass der Radverkehr in der Innenstadt seit 2019 um fast ein Drittel zugenommen hat.',
    'Die Kosten beziffert die Verwaltung auf etwa 28 Millionen Euro. Ein Teil davon soll aus Förderprogrammen des Landes und des Bundes kommen. Der Stadtrat muss dem Vorhaben noch zustimmen; die Abstimmung ist für die Sitzung nach der Sommerpause geplant.',
    'Der Einzelhandelsverband äußerte sich zurückhaltend. Man unterstütze sichere Radwege, sagte ein Sprecher, fürchte aber den Wegfall von Parkplätzen in den Geschäftsstraßen. Der Fahrradclub begrüßte die Pläne dagegen als „überfälligen Schritt“ und forderte, auch die Verbindungen in die Vororte stärker in den Blick zu nehmen.',
    'Bürgerinnen und Bürger können sich ab August an einer Online-Beteiligung beteiligen und Hinweise zu gefährlichen Stellen im Radwegenetz geben. Zusätzlich sind vier Informationsabende in den Stadtteilen geplant.',
  ];
  const page = `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | Rheinland Kurier</title>
<meta name="description" content="Die Stadt will bis Ende 2026 rund 40 Kilometer neue oder verbreiterte Radwege bauen. Der Stadtrat muss noch zustimmen.">
<meta property="og:site_name" content="Rheinland Kurier">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(title)}">
<meta property="og:locale" content="de_DE">
<meta property="og:url" content="https://www.rheinland-kurier.de/region/verkehr/stadt-plant-40-kilometer-neue-radwege-id4471203.html">
<meta property="article:published_time" content="2023-07-21T09:31:00+02:00">
<meta property="article:section" content="Verkehr">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" href="/static/css/main.b81c.css">
<style>
body{font-family:"Merriweather",Georgia,serif;margin:0;color:#222}
.header{background:#003a70;color:#fff;padding:10px 20px}.header a{color:#fff}
.breadcrumb{font-family:Arial,sans-serif;font-size:13px;margin:12px 0}.breadcrumb li{display:inline}
.breadcrumb li+li:before{content:" › "}
.article{max-width:700px;margin:0 auto}.article h1{font-size:36px;line-height:1.2}
.article-meta{font-family:Arial,sans-serif;font-size:14px;color:#666}
.article-text p{font-size:18px;line-height:1.65}
.paywall-hint,.newsletter{background:#eef3f8;padding:16px;font-family:Arial,sans-serif}
.consent{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:2px solid #003a70;padding:14px}
.footer{background:#1c1c1c;color:#aaa;font-family:Arial,sans-serif;font-size:13px;padding:24px}
</style>
<script>var utag_data={"page_type":"article","page_section":"region/verkehr","article_id":"4471203"};</script>
</head>
<body>
<header class="header">
  <a href="/" class="logo">Rheinland Kurier</a>
  <nav class="main-nav"><a href="/region/">Region</a> <a href="/politik/">Politik</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/sport/">Sport</a> <a href="/kultur/">Kultur</a> <a href="/service/">Service</a> <a href="/abo/">Abo</a> <a href="/login/">Anmelden</a></nav>
</header>
<div class="ad" id="ad-superbanner" data-slot="superbanner"></div>
<main>
<article class="article">
  <nav aria-label="Brotkrumen"><ol class="breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/region/">Region</a></li><li><a href="/region/verkehr/">Verkehr</a></li></ol></nav>
  <p class="kicker">Verkehrswende</p>
  <h1>${esc(title)}</h1>
  <div class="article-meta"><span class="author">Von <a href="/autoren/anna-schmidt/">Anna Schmidt</a></span> | <time datetime="2023-07-21T09:31:00+02:00">21.07.2023, 09:31 Uhr</time> | Lesezeit: 3 Min.</div>
  <div class="share"><a href="#" class="share-whatsapp">WhatsApp</a> <a href="#" class="share-facebook">Facebook</a> <a href="#" class="share-mail">E-Mail</a> <a href="#" class="share-print">Drucken</a></div>
  <div class="article-text">
${paras.map((p) => `    <p>${esc(p)}</p>`).join('\n')}
  </div>
  <div class="newsletter"><h3>Newsletter „Region kompakt“</h3><p>Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.</p><form><input type="email" placeholder="Ihre E-Mail-Adresse"><button type="submit">Jetzt anmelden</button></form></div>
  <section class="more"><h2>Mehr zum Thema</h2><ul><li><a href="/region/verkehr/neue-fahrradstrasse-in-der-suedstadt-id4468810.html">Neue Fahrradstraße in der Südstadt freigegeben</a></li><li><a href="/region/verkehr/buslinien-werden-neu-geordnet-id4466032.html">Buslinien werden neu geordnet</a></li><li><a href="/meinung/kommentar-radwege-id4471250.html">Kommentar: Mut zur Lücke</a></li></ul></section>
</article>
</main>
<div class="consent" id="cmp"><p>Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.</p><button>Alle akzeptieren</button> <button>Einstellungen</button></div>
<footer class="footer"><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/agb/">AGB</a> · <a href="/kontakt/">Kontakt</a><p>© Rheinland Kurier Verlag GmbH</p></footer>
</body>
</html>
`;
  addCase({
    name: 'german-news',
    file: 'page.html',
    charset: 'utf-8',
    page,
    expected: {
      title,
      source: null,
      siteName: 'Rheinland Kurier',
      section: ['Startseite', 'Region', 'Verkehr'],
      date: '2023-07-21T09:31:00+02:00',
      dateModified: null,
      authors: ['Anna Schmidt'],
      editor: null,
      lang: 'de',
      text: paras.join('\n\n'),
      encoding: 'utf-8',
    },
    exercises:
      'German page: "Von X" byline, "21.07.2023, 09:31 Uhr" shown date with article:published_time +02:00, kicker above the headline, Lesezeit, newsletter box, consent banner, „…“ quotes and umlauts/ß.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// Japanese regional news page in Shift_JIS bytes.
// ---------------------------------------------------------------------------------------------------------
{
  const title = '市営バス、10月から路線再編へ';
  const paras = [
    '湊川市は21日、市営バスの路線を10月1日から再編すると発表した。利用者の少ない3路線を廃止する一方、駅と住宅地を結ぶ2路線を新設し、通勤・通学の時間帯の運行本数を増やす。市によると、市営バスの大規模な路線再編は約10年ぶりとなる。',
    '市は昨年度、利用者や沿線住民を対象にアンケートを実施し、約3千件の回答を得た。「朝の便が混雑して乗れない」「病院に行く便が少ない」といった声が多く寄せられたことから、需要の多い区間に車両を重点的に配置することにした。',
    '廃止される路線の沿線では、地域住民の移動手段を確保するため、予約制の乗り合いタクシーを導入する。運賃はバスと同程度に抑え、高齢者や障害者は割引を受けられるようにする。',
    '市交通局の担当者は「限られた車両と運転手で、できるだけ多くの人に便利に使ってもらえる路線網にしたい。新しい時刻表は9月中に公表する」と話している。',
  ];
  const page = `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="Shift_JIS">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${title}｜みなと新報</title>
<meta name="description" content="湊川市は21日、市営バスの路線を10月1日から再編すると発表した。">
<meta name="keywords" content="湊川市,市営バス,路線再編">
<meta property="og:site_name" content="みなと新報">
<meta property="og:type" content="article">
<meta property="og:title" content="${title}">
<meta property="og:url" content="https://www.minato-shinpo.jp/news/local/20230721-0031.html">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/common/css/article.css">
<style>
body{font-family:"Hiragino Kaku Gothic ProN",Meiryo,sans-serif;margin:0;color:#333}
#header{border-bottom:3px solid #005bac;padding:8px 16px}
#gnav li{display:inline-block;margin-right:12px}
.topicpath{font-size:12px;color:#666;margin:10px 0}
.article h1{font-size:26px;line-height:1.4}
.article .date{font-size:13px;color:#888}
.article-body p{font-size:16px;line-height:1.9;margin:0 0 1em}
.sns-btn li{display:inline-block;margin-right:8px}
#footer{background:#f0f0f0;font-size:12px;color:#666;padding:16px;text-align:center}
</style>
<script src="/common/js/jquery.min.js"></script>
</head>
<body>
<div id="header">
  <p class="logo"><a href="/"><img src="/common/img/logo.png" alt="みなと新報"></a></p>
  <ul id="gnav"><li><a href="/">ホーム</a></li><li><a href="/news/local/">地域</a></li><li><a href="/news/politics/">政治</a></li><li><a href="/news/economy/">経済</a></li><li><a href="/news/sports/">スポーツ</a></li><li><a href="/news/culture/">文化</a></li><li><a href="/weather/">天気</a></li></ul>
</div>
<div id="contents">
  <div class="topicpath"><a href="/">ホーム</a> &gt; <a href="/news/local/">地域</a></div>
  <div class="article">
    <h1>${title}</h1>
    <p class="date">2023年7月21日 9時31分</p>
    <ul class="sns-btn"><li><a href="javascript:void(0);">ポスト</a></li><li><a href="javascript:void(0);">シェア</a></li><li><a href="javascript:void(0);">LINEで送る</a></li></ul>
    <div class="article-body">
${paras.map((p) => `<p>${p}</p>`).join('\n')}
    </div>
    <div class="related">
      <h2>関連記事</h2>
      <ul>
        <li><a href="/news/local/20230705-0112.html">市営バスの運転手不足、対策を検討</a></li>
        <li><a href="/news/local/20230619-0087.html">乗り合いタクシー、実証実験の結果公表</a></li>
        <li><a href="/news/local/20230530-0045.html">市交通局、新型車両を導入</a></li>
      </ul>
    </div>
  </div>
  <div class="side">
    <h2>アクセスランキング</h2>
    <ol><li><a href="/news/local/20230720-0140.html">花火大会、3年ぶりに通常開催</a></li><li><a href="/news/economy/20230720-0098.html">地元スーパーが新店舗</a></li><li><a href="/news/sports/20230719-0155.html">高校野球、地区大会が開幕</a></li></ol>
    <div class="ad" id="ad_side_rect"></div>
  </div>
</div>
<div id="footer">
  <p><a href="/company/">会社案内</a> | <a href="/privacy/">個人情報の取り扱い</a> | <a href="/copyright/">著作権について</a> | <a href="/contact/">お問い合わせ</a></p>
  <p>掲載の記事・写真の無断転載を禁じます。Copyright &copy; みなと新報社 All rights reserved.</p>
</div>
</body>
</html>
`;
  addCase({
    name: 'japanese-sjis',
    file: 'page.html',
    charset: 'shift_jis',
    page,
    expected: {
      title,
      source: null,
      siteName: 'みなと新報',
      section: ['ホーム', '地域'],
      date: '2023-07-21T09:31:00+09:00',
      dateModified: null,
      authors: [],
      editor: null,
      lang: 'ja',
      text: paras.join('\n\n'),
      encoding: 'shift_jis',
    },
    exercises:
      'Japanese page in Shift_JIS bytes: 2023年7月21日 9時31分 with no zone anywhere (so no offset in the truth: +08:00 is for Chinese pages only), full-width ｜ title separator, no byline.',
  });
}

// ---------------------------------------------------------------------------------------------------------
// Writing and validation.
// ---------------------------------------------------------------------------------------------------------
/** iconv-lite codec used to write each page. */
const WRITE_CODEC = { 'utf-8': 'utf8', gbk: 'gbk', big5: 'cp950', shift_jis: 'shift_jis' };
/** iconv-lite codec(s) that must decode each expected.encoding identically. */
const READ_CODECS = {
  'utf-8': ['utf8'],
  gb18030: ['gb18030', 'gbk'],
  big5: ['big5', 'cp950'],
  shift_jis: ['shift_jis', 'windows-31j'],
  'euc-jp': ['euc-jp'],
};

function ordered(expected) {
  const o = {};
  for (const k of KEYS) o[k] = expected[k];
  if ('encoding' in expected) o.encoding = expected.encoding;
  return o;
}

function bytesOf(c) {
  if (c.raw) return c.raw;
  const codec = WRITE_CODEC[c.charset];
  if (!codec) throw new Error(`${c.name}: unknown charset ${c.charset}`);
  const buf = iconv.encode(c.page, codec);
  const back = iconv.decode(buf, codec);
  if (back !== c.page) {
    const i = [...back].findIndex((ch, j) => ch !== [...c.page][j]);
    throw new Error(
      `${c.name}: ${c.charset} cannot represent the page near ${JSON.stringify([...c.page].slice(Math.max(0, i - 10), i + 10).join(''))}`,
    );
  }
  return buf;
}

function writeCases() {
  for (const c of CASES) {
    const dir = join(FIXTURES, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, c.file), bytesOf(c));
    writeFileSync(join(dir, 'expected.json'), JSON.stringify(ordered(c.expected), null, 2) + '\n');
    if (c.options) writeFileSync(join(dir, 'options.json'), JSON.stringify(c.options, null, 2) + '\n');
  }
}

const ENTITIES = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
  middot: '·',
  raquo: '»',
  laquo: '«',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};
function pageText(src, isHtml) {
  let s = src;
  if (isHtml) {
    s = s
      .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
      .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) =>
        e[0] === '#'
          ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
          : (ENTITIES[e.toLowerCase()] ?? m),
      );
  }
  return collapse(s);
}
const collapse = (s) => s.replace(/[\s\u3000\u00a0]+/g, ' ').trim();

function declaredCharset(buf) {
  const head = buf.subarray(0, 2048).toString('latin1');
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
  return m ? m[1].toLowerCase() : null;
}

function validate() {
  const problems = [];
  const mine = new Set(CASES.map((c) => c.name));
  for (const c of CASES) {
    const dir = join(FIXTURES, c.name);
    const say = (msg) => problems.push(`${c.name}: ${msg}`);
    let exp;
    try {
      exp = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    } catch (e) {
      say(`expected.json: ${e.message}`);
      continue;
    }
    for (const k of [...KEYS, 'encoding']) if (!(k in exp)) say(`expected.json lacks ${k}`);
    const extra = Object.keys(exp).filter((k) => ![...KEYS, 'encoding'].includes(k));
    if (extra.length) say(`expected.json has unknown keys ${extra}`);
    for (const k of ['title', 'text', 'lang']) if (typeof exp[k] !== 'string' || !exp[k]) say(`${k} must be a non-empty string`);
    for (const k of ['source', 'siteName', 'date', 'dateModified', 'editor'])
      if (exp[k] !== null && typeof exp[k] !== 'string') say(`${k} must be string|null`);
    for (const k of ['section', 'authors'])
      if (!Array.isArray(exp[k]) || exp[k].some((x) => typeof x !== 'string' || !x)) say(`${k} must be string[]`);
    for (const k of ['date', 'dateModified'])
      if (exp[k] && !/^\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)?)?$/.test(exp[k])) say(`${k} not ISO: ${exp[k]}`);
    if (exp.lang && !/^[a-z]{2,3}$/.test(exp.lang)) say(`lang must be a primary subtag: ${exp.lang}`);
    if (exp.text && /\n{3,}|^\s|\s$/.test(exp.text)) say('text has stray blank lines or edge whitespace');
    if (existsSync(join(dir, 'options.json'))) {
      try {
        JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8'));
      } catch (e) {
        say(`options.json: ${e.message}`);
      }
    }
    // Bytes: decode under the true encoding, no U+FFFD, byte-exact round trip, codecs agree.
    const buf = readFileSync(join(dir, c.file));
    const codecs = READ_CODECS[exp.encoding];
    if (!codecs) {
      say(`unknown encoding ${exp.encoding}`);
      continue;
    }
    const decoded = iconv.decode(buf, codecs[0]);
    if (decoded.includes('\uFFFD')) say(`U+FFFD after decoding as ${codecs[0]}`);
    if (!iconv.encode(decoded, codecs[0]).equals(buf)) say(`does not round-trip through ${codecs[0]}`);
    for (const other of codecs.slice(1)) if (iconv.decode(buf, other) !== decoded) say(`${other} decodes differently from ${codecs[0]}`);
    if (decoded.charCodeAt(0) === 0xfeff) say('unexpected BOM');
    // Declared charset (HTML pages): must agree with the truth, except the deliberately stale case.
    if (c.file === 'page.html') {
      const decl = declaredCharset(buf);
      const family = {
        'utf-8': ['utf-8', 'utf8'],
        gb18030: ['gb2312', 'gbk', 'gb18030'],
        big5: ['big5'],
        shift_jis: ['shift_jis', 'sjis', 'shift-jis'],
        'euc-jp': ['euc-jp'],
      };
      const agrees = decl && family[exp.encoding].includes(decl);
      if (c.name === 'stale-gb2312-utf8') {
        if (decl !== 'gb2312') say(`stale case must declare gb2312, declares ${decl}`);
        if (iconv.decode(buf, 'gbk') === decoded) say('stale case decodes the same as GBK');
      } else if (!agrees) say(`declared charset ${decl} does not match ${exp.encoding}`);
    }
    // Truth must be visible in the page.
    const text = pageText(decoded, c.file === 'page.html');
    const paras = exp.text.split('\n\n');
    for (const p of paras) {
      if (!text.includes(collapse(p))) say(`paragraph not found in page text: ${p.slice(0, 40)}…`);
      if (p !== p.trim()) say(`paragraph has edge whitespace: ${p.slice(0, 20)}`);
    }
    if (!text.includes(collapse(exp.title))) say('title not found in page text');
    for (const v of [exp.source, exp.editor, ...exp.authors, ...exp.section, exp.siteName].filter(Boolean))
      if (!text.includes(v) && !decoded.includes(v)) say(`value not found in page: ${v}`);
    for (const bad of [
      '责任编辑',
      '責任編輯',
      '责编',
      '来源：',
      '來源：',
      '来源:',
      '來源:',
      '【编辑',
      '（編輯',
      'Copyright',
      '分享到',
      '版權聲明',
    ])
      if (exp.text.includes(bad)) say(`text contains chrome marker ${bad}`);
    for (const a of exp.authors)
      if (a === exp.editor || a === exp.source || a === exp.siteName) say(`author ${a} is the editor/source/site`);
  }
  // Every fixture folder of this slice is generated here; list foreign ones for information only.
  const others = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !mine.has(d.name))
    .map((d) => d.name);
  return { problems, others };
}

function caseTable() {
  const rows = CASES.map((c) => {
    const e = c.expected;
    return `| \`${c.name}\` | ${c.file} | ${e.encoding} | ${e.lang} | ${c.exercises.replace(/\|/g, '\\|').replace(/<[^>]+>/g, (m) => `\`${m}\``)} |`;
  });
  return ['| case | file | encoding | lang | what it exercises |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

const args = process.argv.slice(2);
if (args.includes('--table')) {
  console.log(caseTable());
  process.exit(0);
}
if (!args.includes('--check')) writeCases();
const { problems, others } = validate();
for (const p of problems) console.error(`FAIL ${p}`);
console.log(
  `${CASES.length} cases ${args.includes('--check') ? 'checked' : 'written and checked'}, ${problems.length} problems${others.length ? `; other fixtures left untouched: ${others.join(', ')}` : ''}`,
);
process.exit(problems.length ? 1 : 0);
