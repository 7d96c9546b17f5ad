/**
 * Very frequent characters of Chinese (both scripts), Japanese and Korean text. Used only to judge
 * whether a candidate decoding of undeclared bytes is real text: correct decodings hit these sets
 * for roughly half their characters, wrong CJK decodings (GBK read as Big5, Shift_JIS read as GBK…)
 * produce rare characters that almost never do. Data only; order within a string does not matter.
 */

/** ~500 most frequent simplified Chinese characters (after Jun Da's modern Chinese frequency list). */
const HANZI_SIMPLIFIED =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎' +
  '台湾港澳府记者网讯责编辑称据悉央视频图片企业投资银行价格增长亿截至'; // news vocabulary

/** The same list in traditional characters (where they differ) plus common traditional-only forms. */
const HANZI_TRADITIONAL =
  '這個們來為國時說會對於著過發後裡經麼學現當沒動還進樣開從實軍無與長機關點業將兩間問題應戰頭體產話內給門東聲員處義幾認條氣爾別變總電數報結場計資許統區隊決書則聽卻達強難權設記類據邊張該萬覺術領確傳師觀讓識帶導爭運飛風聯組濟車親極辦議證轉準' +
  '臺灣網訊責編輯稱據悉視頻圖價格銀行億華歲滿總統選舉區域縣鄉鎮醫療協會'; // news vocabulary

/** Common Korean syllables (top of modern Korean frequency lists). */
const HANGUL =
  '이의다는에하고을가서지한로기사도리자어있를으나대것과수일정시해부인들보아적국라게주장전제상여그동요우면위조성만였원문되했화소학니내등비선구마경스연단중거개모실공신데결관까알방세치현및간생습운분미날른때무회야속말계물바안년월당발영진된금드할입민통식명외람없터록트음법심작히저행르러강두후임합권울산재오받육점난력체종교차용설';

/** Punctuation that real CJK text is full of (ideographic space, full-width forms, CJK brackets). */
const CJK_PUNCTUATION = '\u3000、。〈〉《》「」『』【】〔〕・…—“”‘’（），：；！？％．～';

const COMMON = new Set<number>();
for (const s of [HANZI_SIMPLIFIED, HANZI_TRADITIONAL, HANGUL, CJK_PUNCTUATION]) {
  for (const ch of s) COMMON.add(ch.codePointAt(0) as number);
}

/**
 * True for a character that is frequent in real CJK text: a listed character, or, for Japanese
 * decoders, any full-width kana. Kana are not credited to Chinese decoders because Big5 bytes read
 * as GBK land in the GB2312 kana rows.
 */
export function isCommonCjk(code: number, japanese: boolean): boolean {
  // Full-width hiragana and katakana only: mis-decoded GBK yields half-width katakana in bulk.
  if (code >= 0x3041 && code <= 0x30fc) return japanese;
  return COMMON.has(code);
}
