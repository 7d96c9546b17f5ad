import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { binaryFormat, decodeBytes, isProbablyBinary, looksLikeHtml, resolveLabel } from '../src/decode/index.js';

/** Bytes of `text` in `encoding` (iconv-lite codec names), as a plain Uint8Array like the pipeline passes. */
function enc(text: string, encoding: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const page = (head: string, body: string): string =>
  `<!DOCTYPE html>\n<html>\n<head>\n${head}\n<title>News</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

// Real-looking article text in each script.
const ZH_HANS =
  '<h1>国务院常务会议部署扩大内需</h1><p>新华社北京电 国务院总理主持召开国务院常务会议，研究部署进一步扩大内需的政策措施。' +
  '会议指出，要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局。</p>' +
  '<p>会议强调，各地区各部门要抓好政策落实，推动经济运行持续好转。（记者 王小明）责任编辑：李华</p>';
const ZH_HANT =
  '<h1>行政院會通過擴大內需方案</h1><p>中央社台北電 行政院長今日主持院會，討論進一步擴大內需的政策措施。' +
  '會議指出，要堅持穩中求進的工作總基調，這是臺灣經濟發展的關鍵。香港特區政府亦表示嘅確會跟進。</p>';
const JA =
  '<h1>東京都が新たな防災計画を発表</h1><p>東京都は２日、新しい防災計画を発表しました。計画では、地震や台風などの災害に備えて、' +
  '避難所の数を増やすことが盛り込まれています。①避難所の増設 ②備蓄の拡充（髙橋記者）</p>';
const KO =
  '<h1>서울시, 새 재난 대비 계획 발표</h1><p>서울시는 오늘 새로운 재난 대비 계획을 발표했습니다. 계획에는 지진과 태풍 등의 재해에 ' +
  '대비하여 대피소의 수를 늘리는 내용이 포함되어 있습니다. 똠양꿍 축제도 예정대로 열립니다.</p>';
const WESTERN =
  '<h1>Le café’s new menu</h1><p>The owner said the new menu costs €12 — “a bargain”, he insisted. ' +
  'Déjà vu for the regulars of the Müllerstraße café, where crème brûlée is back.</p>';

describe('rule 1: byte order marks', () => {
  it('UTF-8 BOM wins over a gb2312 meta and is stripped', () => {
    const html = page('<meta charset="gb2312">', ZH_HANS);
    const r = decodeBytes(concat(new Uint8Array([0xef, 0xbb, 0xbf]), enc(html, 'utf-8')));
    expect(r).toEqual({ text: html, encoding: 'utf-8', warnings: [] });
    expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('UTF-16LE and UTF-16BE BOMs', () => {
    const html = page('<meta charset="utf-16">', ZH_HANT);
    const le = decodeBytes(concat(new Uint8Array([0xff, 0xfe]), enc(html, 'utf-16le')));
    expect(le).toMatchObject({ text: html, encoding: 'utf-16le' });
    const be = decodeBytes(concat(new Uint8Array([0xfe, 0xff]), enc(html, 'utf-16be')));
    expect(be).toMatchObject({ text: html, encoding: 'utf-16be' });
  });

  it('a BOM outranks the Content-Type charset', () => {
    const html = page('', ZH_HANS);
    const r = decodeBytes(concat(new Uint8Array([0xef, 0xbb, 0xbf]), enc(html, 'utf-8')), { contentType: 'text/html; charset=GBK' });
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(html);
  });

  it('UTF-16 without a BOM is recognised by its NUL pattern', () => {
    const html = page('', KO);
    const r = decodeBytes(enc(html, 'utf-16le'));
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toBe(html);
    expect(r.warnings[0]).toMatch(/look like utf-16le/);
  });
});

describe('rule 2: declarations (Content-Type, then <meta> prescan)', () => {
  const metaSyntaxes = [
    '<meta charset="gb2312">',
    '<meta charset=gbk>',
    "<META CHARSET='GB2312' />",
    '<meta  charset = "GBK"  >',
    '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    '<meta content="text/html;charset=GBK" http-equiv=content-type>',
    `<meta http-equiv='content-type' content='text/html; charset = "gb2312"'>`,
    '<META HTTP-EQUIV="CONTENT-TYPE" CONTENT="TEXT/HTML; CHARSET=X-GBK"/>',
    '<meta name="viewport" content="width=device-width"><meta\ncharset="cp936">',
  ];
  it.each(metaSyntaxes)('reads %s', (meta) => {
    const html = page(meta, ZH_HANS);
    expect(decodeBytes(enc(html, 'gbk'))).toEqual({ text: html, encoding: 'gb18030', warnings: [] });
  });

  it('skips commented-out metas and "<meta" inside other tags\' attribute values', () => {
    const head = '<!-- <meta charset="big5"> --><script data-x="<meta charset=shift_jis>"></script><meta charset="gb2312">';
    const html = page(head, ZH_HANS);
    expect(decodeBytes(enc(html, 'gbk'))).toEqual({ text: html, encoding: 'gb18030', warnings: [] });
  });

  it('ignores content=charset without http-equiv (needs the pragma), then detects', () => {
    const html = page('<meta content="text/html; charset=big5">', ZH_HANS);
    const r = decodeBytes(enc(html, 'gbk'));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(html);
    expect(r.warnings.join()).toMatch(/no charset declared.*detected gb18030/);
  });

  it('traditional Chinese with a big5 meta decodes as Big5-HKSCS and reports big5', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=big5">', ZH_HANT);
    const r = decodeBytes(enc(html, 'big5hkscs'));
    expect(r).toEqual({ text: html, encoding: 'big5', warnings: [] });
    expect(r.text).toContain('嘅'); // an HKSCS character
  });

  it('Japanese Shift_JIS (cp932 extensions ① 髙) and EUC-JP metas', () => {
    const sjis = page('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', JA);
    expect(decodeBytes(enc(sjis, 'cp932'))).toEqual({ text: sjis, encoding: 'shift_jis', warnings: [] });
    const ms = page('<meta charset="windows-31j">', JA);
    expect(decodeBytes(enc(ms, 'cp932')).encoding).toBe('shift_jis');
    const eucJa = JA.replace(/[①②髙]/g, '');
    const euc = page('<meta charset="EUC-JP">', eucJa);
    expect(decodeBytes(enc(euc, 'euc-jp'))).toEqual({ text: euc, encoding: 'euc-jp', warnings: [] });
  });

  it('Korean ks_c_5601-1987 decodes with the UHC superset (똠 is not in KS X 1001)', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">', KO);
    expect(decodeBytes(enc(html, 'cp949'))).toEqual({ text: html, encoding: 'euc-kr', warnings: [] });
  });

  it('iso-8859-1 means windows-1252: € ’ “ ” survive', () => {
    const html = page('<meta charset="iso-8859-1">', WESTERN);
    const r = decodeBytes(enc(html, 'windows-1252'));
    expect(r).toEqual({ text: html, encoding: 'windows-1252', warnings: [] });
    expect(r.text).toContain('€12 — “a bargain”');
  });

  it('Content-Type charset overrides the meta', () => {
    const html = page('<meta charset="big5">', ZH_HANS);
    const r = decodeBytes(enc(html, 'gbk'), { contentType: 'text/html; charset="GBK"' });
    expect(r).toEqual({ text: html, encoding: 'gb18030', warnings: [] });
  });

  it('a Content-Type without charset leaves the decision to the meta', () => {
    const html = page('<meta charset="big5">', ZH_HANT);
    expect(decodeBytes(enc(html, 'big5hkscs'), { contentType: 'text/html' })).toEqual({ text: html, encoding: 'big5', warnings: [] });
  });

  it('a stale utf-8 Content-Type on GBK bytes falls back to the meta', () => {
    const html = page('<meta charset="gb2312">', ZH_HANS);
    const r = decodeBytes(enc(html, 'gbk'), { contentType: 'text/html;charset=UTF-8' });
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(html);
    expect(r.warnings).toEqual(['declared utf-8 (Content-Type) but the bytes are not UTF-8', 'used gb18030 declared in <meta>']);
  });

  it('unknown labels are ignored with a warning and the next evidence decides', () => {
    const html = page('<meta charset="x-klingon"><meta charset="gbk">', ZH_HANS);
    const r = decodeBytes(enc(html, 'gbk'), { contentType: 'text/html; charset=foo-8' });
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(html);
    expect(r.warnings).toEqual(['unknown charset "foo-8" in Content-Type ignored', 'unknown charset "x-klingon" in the page ignored']);
  });

  it('only the first 8 KB are prescanned', () => {
    const filler = `<script>${'var a = 1;\n'.repeat(900)}</script>`; // ~9.9 KB
    const html = page(`${filler}<meta charset="big5">`, ZH_HANS);
    const r = decodeBytes(enc(html, 'gbk'));
    expect(r.encoding).toBe('gb18030'); // the late big5 meta is unseen; detection reads the GBK bytes
    expect(r.warnings.join()).toMatch(/no charset declared/);
  });

  it('an XML declaration is used when there is no meta', () => {
    const xhtml = `<?xml version="1.0" encoding="GB2312"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>${ZH_HANS}</body></html>`;
    expect(decodeBytes(enc(xhtml, 'gbk'))).toEqual({ text: xhtml, encoding: 'gb18030', warnings: [] });
  });
});

describe('rule 3: WHATWG label mapping', () => {
  const expected: Record<string, string> = {
    gb2312: 'gb18030',
    gbk: 'gb18030',
    'x-gbk': 'gb18030',
    cp936: 'gb18030',
    csgb2312: 'gb18030',
    chinese: 'gb18030',
    'gb_2312-80': 'gb18030',
    'iso-ir-58': 'gb18030',
    gb18030: 'gb18030',
    big5: 'big5',
    'big5-hkscs': 'big5',
    'x-x-big5': 'big5',
    'cn-big5': 'big5',
    latin1: 'windows-1252',
    'iso-8859-1': 'windows-1252',
    'us-ascii': 'windows-1252',
    ascii: 'windows-1252',
    'windows-1252': 'windows-1252',
    shift_jis: 'shift_jis',
    sjis: 'shift_jis',
    ms932: 'shift_jis',
    'windows-31j': 'shift_jis',
    'x-sjis': 'shift_jis',
    'euc-jp': 'euc-jp',
    'euc-kr': 'euc-kr',
    'ks_c_5601-1987': 'euc-kr',
    utf8: 'utf-8',
    'UTF-8': 'utf-8',
    'iso-8859-2': 'iso-8859-2',
    'iso-8859-9': 'windows-1254',
    'koi8-r': 'koi8-r',
    'utf-16': 'utf-16le',
  };
  it.each(Object.entries(expected))('%s → %s', (label, encoding) => {
    expect(resolveLabel(label)).toBe(encoding);
  });
  it('tolerates case, spaces and quotes; refuses unknown and "replacement" labels', () => {
    expect(resolveLabel('  "GB2312" ')).toBe('gb18030');
    expect(resolveLabel('x-klingon')).toBeNull();
    expect(resolveLabel('hz-gb-2312')).toBeNull();
    expect(resolveLabel('iso-2022-kr')).toBeNull();
  });
});

describe('rule 4: a legacy declaration on valid UTF-8 bytes', () => {
  it('stale gb2312 meta on UTF-8 Chinese → utf-8 with a warning', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', ZH_HANS);
    expect(decodeBytes(enc(html, 'utf-8'))).toEqual({
      text: html,
      encoding: 'utf-8',
      warnings: ['declared gb2312 but the bytes are valid UTF-8'],
    });
  });

  it('stale euc-jp meta and stale Shift_JIS Content-Type on UTF-8 Japanese', () => {
    const html = page('<meta charset="euc-jp">', JA);
    expect(decodeBytes(enc(html, 'utf-8')).warnings).toEqual(['declared euc-jp but the bytes are valid UTF-8']);
    const r = decodeBytes(enc(html, 'utf-8'), { contentType: 'text/html; charset=Shift_JIS' });
    expect(r).toMatchObject({ text: html, encoding: 'utf-8', warnings: ['declared shift_jis but the bytes are valid UTF-8'] });
  });

  it('pure ASCII keeps the declared charset, without a warning', () => {
    const html = '<html><head><meta charset="gb2312"><title>Site</title></head><body><p>Hello</p></body></html>';
    expect(decodeBytes(enc(html, 'utf-8'))).toEqual({ text: html, encoding: 'gb18030', warnings: [] });
  });

  it('mostly-UTF-8 bytes under a legacy declaration are still UTF-8', () => {
    const html = page('<meta charset="gb2312">', ZH_HANS);
    const bytes = concat(enc(html, 'utf-8'), new Uint8Array([0xe6, 0x96])); // truncated last character
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(`${html}\uFFFD`);
    expect(r.warnings).toEqual([
      'declared gb2312 but the bytes are mostly valid UTF-8',
      '1 invalid UTF-8 sequence (1 replaced with U+FFFD)',
    ]);
  });
});

describe('rule 5: no declaration', () => {
  it('valid UTF-8 → utf-8, pure ASCII → utf-8, no warnings', () => {
    const html = page('', KO);
    expect(decodeBytes(enc(html, 'utf-8'))).toEqual({ text: html, encoding: 'utf-8', warnings: [] });
    expect(decodeBytes(enc('<p>plain ascii</p>', 'utf-8'))).toEqual({ text: '<p>plain ascii</p>', encoding: 'utf-8', warnings: [] });
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', warnings: [] });
  });

  const cases: Array<[string, string, string, string]> = [
    ['simplified Chinese in GBK', ZH_HANS, 'gbk', 'gb18030'],
    ['simplified Chinese in GB18030 (4-byte € and 𠀀)', `${ZH_HANS}<p>价格：€100 𠀀</p>`, 'gb18030', 'gb18030'],
    ['traditional Chinese in Big5', ZH_HANT, 'big5hkscs', 'big5'],
    ['Japanese in Shift_JIS', JA, 'cp932', 'shift_jis'],
    ['Japanese in EUC-JP', JA.replace(/[①②髙]/g, ''), 'euc-jp', 'euc-jp'],
    ['Korean in EUC-KR', KO, 'cp949', 'euc-kr'],
    ['Western in windows-1252', WESTERN, 'windows-1252', 'windows-1252'],
  ];
  it.each(cases)('%s', (_name, body, codec, expected) => {
    const html = page('', body);
    const r = decodeBytes(enc(html, codec));
    expect(r.encoding).toBe(expected);
    expect(r.text).toBe(html);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(new RegExp(`^no charset declared and the bytes are not UTF-8; detected ${expected} \\(`));
  });

  // Too short for chardet's statistics: the plausibility check decides.
  const short: Array<[string, string, string]> = [
    ['<title>国际新闻</title>', 'gbk', 'gb18030'],
    ['<p>新闻中心</p>', 'gbk', 'gb18030'],
    ['<title>臺灣新聞網</title>', 'big5hkscs', 'big5'],
    ['<p>ニュース速報です</p>', 'cp932', 'shift_jis'],
    ['<p>한국 뉴스입니다</p>', 'cp949', 'euc-kr'],
    ['<p>Café crème</p>', 'windows-1252', 'windows-1252'],
    ['<p>Die Bürger müssen höhere Gebühren zahlen.</p>', 'windows-1252', 'windows-1252'],
  ];
  it.each(short)('short text %s', (text, codec, expected) => {
    const r = decodeBytes(enc(text, codec));
    expect(r.encoding).toBe(expected);
    expect(r.text).toBe(text);
  });

  it('ISO-2022-JP (7-bit, escape sequences) is recognised', () => {
    // "日本のニュース" in ISO-2022-JP: ESC $ B … ESC ( B
    const jis = new Uint8Array([
      0x3c, 0x70, 0x3e, 0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x24, 0x4e, 0x25, 0x4b, 0x25, 0x65, 0x21, 0x3c, 0x25, 0x39, 0x1b, 0x28,
      0x42, 0x3c, 0x2f, 0x70, 0x3e,
    ]);
    const r = decodeBytes(jis);
    expect(r.encoding).toBe('iso-2022-jp');
    expect(r.text).toBe('<p>日本のニュース</p>');
  });
});

describe('rule 6: a declaration contradicted by the bytes', () => {
  it('euc-jp declared on Shift_JIS bytes: many U+FFFD → detected shift_jis, with a warning', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">', JA);
    const r = decodeBytes(enc(html, 'cp932'));
    expect(r.encoding).toBe('shift_jis');
    expect(r.text).toBe(html);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^declared euc-jp but decoding produced \d+ replacement characters; detected shift_jis \(/);
  });

  // CJK tables overlap: these wrong readings produce (almost) no U+FFFD, only nonsense characters.
  it('big5 declared on GBK bytes → gb18030, because the Big5 reading is not Chinese text', () => {
    const html = page('<meta charset="big5">', ZH_HANS);
    const r = decodeBytes(enc(html, 'gbk'));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(html);
    expect(r.warnings).toEqual(['declared big5 but the text reads as gb18030; decoded as gb18030']);
  });

  it('gb2312 declared on Big5 bytes → big5', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', ZH_HANT);
    const r = decodeBytes(enc(html, 'big5hkscs'));
    expect(r.encoding).toBe('big5');
    expect(r.text).toBe(html);
    expect(r.warnings).toEqual(['declared gb2312 but the text reads as big5; decoded as big5']);
  });

  it('utf-8 declared on windows-1252 bytes → windows-1252', () => {
    const html = `<html><head><meta charset="utf-8"></head><body>${WESTERN}</body></html>`;
    const r = decodeBytes(enc(html, 'windows-1252'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe(html);
    expect(r.warnings[0]).toBe('declared utf-8 (<meta>) but the bytes are not UTF-8');
  });

  it('keeps the declaration (and warns) when detection does no better', () => {
    // Shift_JIS declared on bytes that are broken everywhere: random high bytes.
    const noise = new Uint8Array(600).map((_, i) => 0x80 + ((i * 37) % 0x7f));
    const bytes = concat(enc('<meta charset="shift_jis"><p>', 'utf-8'), noise, enc('</p>', 'utf-8'));
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('shift_jis');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^decoding as shift_jis \(declared shift_jis\) produced \d+ replacement characters$/);
  });
});

describe('mixed and damaged UTF-8', () => {
  const german =
    '<p>Die Bürgerinnen und Bürger können ab Montag über die Größe der neuen Grünflächen abstimmen. ' +
    'Außerdem prüft die Behörde, ob die Gebühren für Anwohner gesenkt werden können.</p>';

  it('reads a stray Latin-1 letter inside a word as windows-1252', () => {
    // A UTF-8 page with one template string still in Latin-1 (as on a real corpus page).
    const bytes = concat(enc(`${german}<img alt="`, 'utf-8'), enc('Mitgefühl wählen', 'latin1'), enc('">', 'utf-8'));
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(`${german}<img alt="Mitgefühl wählen">`);
    expect(r.warnings).toEqual(['2 invalid UTF-8 sequences (2 stray Latin-1 bytes read as windows-1252)']);
  });

  it('leaves a character truncated before "..." as U+FFFD', () => {
    const bytes = concat(enc(`${german}<li>Zakłady tytoniowe i papieros`, 'utf-8'), new Uint8Array([0xc3]), enc('...</li>', 'utf-8'));
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(`${german}<li>Zakłady tytoniowe i papieros\uFFFD...</li>`);
    expect(r.warnings).toEqual(['1 invalid UTF-8 sequence (1 replaced with U+FFFD)']);
  });
});

describe('isProbablyBinary', () => {
  it('flags images, archives, PDFs and NUL-ridden data', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(isProbablyBinary(png)).toBe(true);
    expect(binaryFormat(png)).toBe('png');
    const gzip = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]);
    expect(isProbablyBinary(gzip)).toBe(true);
    expect(isProbablyBinary(enc('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'))).toBe(true);
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(isProbablyBinary(random)).toBe(true);
    const controls = enc('<p>' + '\x01\x02\x03\x04 text '.repeat(50) + '</p>', 'utf-8');
    expect(isProbablyBinary(controls)).toBe(true);
  });

  it('passes text in any encoding, UTF-16 included, and a page with one stray NUL', () => {
    expect(isProbablyBinary(enc(page('<meta charset="gbk">', ZH_HANS), 'gbk'))).toBe(false);
    expect(isProbablyBinary(enc(page('', JA), 'cp932'))).toBe(false);
    expect(isProbablyBinary(concat(new Uint8Array([0xff, 0xfe]), enc(page('', KO), 'utf-16le')))).toBe(false);
    expect(isProbablyBinary(concat(new Uint8Array([0xfe, 0xff]), enc(page('', KO), 'utf-16be')))).toBe(false);
    expect(isProbablyBinary(enc(page('', WESTERN), 'utf-16le'))).toBe(false);
    const html = page('', ZH_HANS.repeat(20));
    expect(isProbablyBinary(enc(html.replace('</h1>', '\0</h1>'), 'utf-8'))).toBe(false);
    expect(isProbablyBinary(new Uint8Array([0x1b, 0x24, 0x42, 0x46, 0x7c, 0x1b, 0x28, 0x42]))).toBe(false); // ISO-2022-JP
    expect(isProbablyBinary(new Uint8Array(0))).toBe(false);
  });
});

describe('looksLikeHtml', () => {
  it.each([
    '<!DOCTYPE html><html><body></body></html>',
    '<!doctype HTML>\n<title>x</title>',
    '\n\n<HTML lang="zh-CN">',
    '<head><meta charset="utf-8"></head>',
    '<div class="article"><p>正文</p></div>',
    '<!-- saved from url=(0047)https://news.example.cn/ -->\n<body>',
    '<p>Hello</p>',
  ])('yes: %s', (text) => expect(looksLikeHtml(text)).toBe(true));

  it.each([
    '国务院常务会议部署扩大内需\n\n新华社北京电 国务院总理主持召开国务院常务会议。',
    'Plain text: if a < b and b > c then <- is an arrow',
    '{"title": "not html"}',
    '',
  ])('no: %s', (text) => expect(looksLikeHtml(text)).toBe(false));

  it('only looks at the first few KB', () => {
    expect(looksLikeHtml(`${'plain text line\n'.repeat(1000)}<div>late</div>`)).toBe(false);
  });
});

// Real saved pages (development corpus, read-only), when the checkout has them next to the project.
const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
/** Markers of a wrong decoding (UTF-8 read as Latin-1/GBK, a BOM read as text). */
const MOJIBAKE = ['锟斤拷', 'Ã©', 'Ã¨', 'Ã¤', 'Ã¶', 'Ã¼', 'â€™', 'â€œ', 'ï»¿', '\uFFFD'];
/** The brief's hard markers: even as source-level damage, at most a handful per page. */
const HARD_MARKERS = ['锟斤拷', 'Ã©', 'Ã¨', 'â€™', 'â€œ', 'ï»¿', '\uFFFD'];
const HANDFUL = 5;

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** How often `needle` is in the raw bytes as UTF-8, i.e. damage already present in the published page. */
function inSource(bytes: Buffer, needle: string): number {
  const n = Buffer.from(needle, 'utf-8');
  let count = 0;
  for (let i = bytes.indexOf(n); i !== -1; i = bytes.indexOf(n, i + n.length)) count++;
  return count;
}

if (!existsSync(CORPUS)) console.info(`[decode corpus] skipped: no corpus at ${CORPUS} (CI has it beside the checkout)`);
describe.skipIf(!existsSync(CORPUS))('corpus: every saved page decodes without mojibake', () => {
  const files: string[] = [];
  if (existsSync(CORPUS)) {
    for (const dataset of readdirSync(CORPUS).sort()) {
      const dir = join(CORPUS, dataset, 'html');
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).sort()) if (name.endsWith('.html')) files.push(join(dir, name));
    }
  }
  const byEncoding: Record<string, number> = {};
  const withReplacement: string[] = [];

  afterAll(() => {
    console.info(
      `[decode corpus] ${files.length} pages; encodings ${JSON.stringify(byEncoding)}; ` +
        `pages with any U+FFFD: ${withReplacement.length} (${withReplacement.join(', ')})`,
    );
  });

  it('finds the corpus', () => expect(files.length).toBeGreaterThan(100));

  it('decodes each page without introducing mojibake', () => {
    for (const file of files) {
      const raw = readFileSync(file);
      const r = decodeBytes(new Uint8Array(raw.buffer, raw.byteOffset, raw.length));
      byEncoding[r.encoding] = (byEncoding[r.encoding] ?? 0) + 1;
      const label = file.slice(CORPUS.length);
      const fffd = occurrences(r.text, '\uFFFD');
      if (fffd > 0) withReplacement.push(`${label} ×${fffd} (${inSource(raw, '\uFFFD')} in the source)`);
      // Decoding adds at most a stray U+FFFD (a character truncated by the publisher) and no other marker.
      for (const marker of MOJIBAKE) {
        const added = occurrences(r.text, marker) - inSource(raw, marker);
        expect(added, `${label} "${marker}" introduced by decoding`).toBeLessThanOrEqual(marker === '\uFFFD' ? 2 : 0);
      }
      // Source-level damage exists (a few pages double-encode some words) but stays rare.
      for (const marker of HARD_MARKERS) expect(occurrences(r.text, marker), `${label} "${marker}"`).toBeLessThanOrEqual(HANDFUL);
      expect(r.text.charCodeAt(0), `${label} BOM`).not.toBe(0xfeff);
    }
  });

  it('Chinese pages (cwced) come out as Chinese', () => {
    for (const file of files.filter((f) => f.includes('/cwced/'))) {
      const r = decodeBytes(new Uint8Array(readFileSync(file)));
      expect(['utf-8', 'gb18030'], file).toContain(r.encoding);
      expect(r.text, file).toMatch(/的|是|在/);
    }
  });
});
