import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { dateFromUrl, findDatesInText, inUtc, parseDate, relativeDate, type ParsedDate } from '../src/dates/index.js';

// A fixed clock keeps the plausible-year window (1990..2026) and two-digit years stable.
const now = new Date('2025-06-01T00:00:00Z');
const cn = { now, defaultOffset: '+08:00' } as const;

const d = (iso: string): ParsedDate => ({ iso, hasTime: false, hasZone: false });
const t = (iso: string): ParsedDate => ({ iso, hasTime: true, hasZone: false });
const z = (iso: string): ParsedDate => ({ iso, hasTime: true, hasZone: true });

describe('parseDate: ISO 8601, RFC 2822, timestamps', () => {
  it.each<[string, ParsedDate]>([
    ['2023-07-21T09:31:05+08:00', z('2023-07-21T09:31:05+08:00')],
    ['2023-07-21T09:31:05.123Z', z('2023-07-21T09:31:05Z')],
    ['2016-10-19T14:30:56.529Z', z('2016-10-19T14:30:56Z')],
    ['2023-07-21T09:31:05+0800', z('2023-07-21T09:31:05+08:00')],
    ['2023-07-21T09:31:05-04:00', z('2023-07-21T09:31:05-04:00')],
    ['2023-07-21T09:31:05+00:00', z('2023-07-21T09:31:05Z')],
    ['2023-07-21T09:31', t('2023-07-21T09:31:00')],
    ['20230721T093105Z', z('2023-07-21T09:31:05Z')],
    ['Fri, 21 Jul 2023 09:31:05 GMT', z('2023-07-21T09:31:05Z')],
    ['Fri, 21 Jul 2023 09:31:05 +0200', z('2023-07-21T09:31:05+02:00')],
    ['Fri Jul 21 2023 09:31:05 GMT+0800 (China Standard Time)', z('2023-07-21T09:31:05+08:00')],
    ['2023-07-21', d('2023-07-21')],
  ])('%s', (raw, want) => {
    expect(parseDate(raw, { now })).toEqual(want);
  });

  it('reads 10- and 13-digit Unix timestamps as instants, shown in the default offset when given', () => {
    expect(parseDate('1689903065', { now })).toEqual(z('2023-07-21T01:31:05Z'));
    expect(parseDate('1689903065000', { now })).toEqual(z('2023-07-21T01:31:05Z'));
    expect(parseDate('1689903065', cn)).toEqual(z('2023-07-21T09:31:05+08:00'));
    expect(parseDate('20230721', { now })).toEqual(d('2023-07-21'));
  });

  it('keeps the page offset even when a default is given', () => {
    expect(parseDate('2023-07-21T09:31:05-04:00', cn)?.iso).toBe('2023-07-21T09:31:05-04:00');
  });
});

describe('parseDate: Chinese portal formats (zh-Hans, zh-Hant)', () => {
  it.each<[string, ParsedDate]>([
    ['2023-07-21 09:31', t('2023-07-21T09:31:00+08:00')],
    ['2023-07-21 09:31:05', t('2023-07-21T09:31:05+08:00')],
    // The day and the time in two elements with nothing between them.
    ['2023-07-2109:31', t('2023-07-21T09:31:00+08:00')],
    ['2023/07/2109:31:05', t('2023-07-21T09:31:05+08:00')],
    ['2023/7/21', d('2023-07-21')],
    ['2023/07/21 9:31', t('2023-07-21T09:31:00+08:00')],
    ['2023.07.21', d('2023-07-21')],
    ['2023-7-21', d('2023-07-21')],
    ['2023年07月21日 09:31', t('2023-07-21T09:31:00+08:00')],
    ['2023年7月21日09:31', t('2023-07-21T09:31:00+08:00')],
    ['2022年2月12日23时16分', t('2022-02-12T23:16:00+08:00')],
    ['2005年08月30日, 星期二 13:22', t('2005-08-30T13:22:00+08:00')],
    ['2023年7月21日 下午3:05', t('2023-07-21T15:05:00+08:00')],
    ['2023年7月21日 上午12:10', t('2023-07-21T00:10:00+08:00')],
    ['（2005-04-03 17:19PM）', t('2005-04-03T17:19:00+08:00')],
    ['2021-11-25 16:26:07.0', t('2021-11-25T16:26:07+08:00')],
    ['２０２３年７月２１日　０９：３１', t('2023-07-21T09:31:00+08:00')],
    ['２０２３－０７－２１　０９：３１：０５', t('2023-07-21T09:31:05+08:00')],
    ['發佈時間：2023年07月21日 09:31', t('2023-07-21T09:31:00+08:00')],
    ['民國112年7月21日', d('2023-07-21')],
    ['2023-07-21 09:31 CST', z('2023-07-21T09:31:00+08:00')],
  ])('%s', (raw, want) => {
    expect(parseDate(raw, cn)).toEqual(want);
  });

  it('reads NN-NN-NN as YY-MM-DD (23-07-21 is 2023-07-21, not 2021-07-23)', () => {
    expect(parseDate('23-07-21 09:31', cn)).toEqual(t('2023-07-21T09:31:00+08:00'));
    expect(parseDate('23-07-21', { now })).toEqual(d('2023-07-21'));
    // Not a valid YY-MM-DD (month 31): falls back to DD-MM-YY.
    expect(parseDate('31-07-23', { now })).toEqual(d('2023-07-31'));
  });

  it('leaves a zone-less time zone-less without a default offset', () => {
    expect(parseDate('2023-07-21 09:31', { now })).toEqual(t('2023-07-21T09:31:00'));
  });
});

describe('parseDate: English', () => {
  it.each<[string, ParsedDate]>([
    ['July 21, 2023', d('2023-07-21')],
    ['21 July 2023', d('2023-07-21')],
    ['Jul. 21, 2023 9:31 AM EDT', z('2023-07-21T09:31:00-04:00')],
    ['Friday, July 21, 2023 at 9:31 a.m. ET', z('2023-07-21T09:31:00-04:00')],
    ['Dec. 22, 2016, 2:16 p.m. EST', z('2016-12-22T14:16:00-05:00')],
    // ET follows US daylight saving: standard time in January.
    ['January 16, 2023 at 4:30 p.m. ET', z('2023-01-16T16:30:00-05:00')],
    ['Nov 8, 2023 / 04:43 PM CST', z('2023-11-08T16:43:00-06:00')],
    ['Updated 3:45 PM EDT, Fri July 21, 2023', z('2023-07-21T15:45:00-04:00')],
    ['22:00 GMT, 26 September 2020', z('2020-09-26T22:00:00Z')],
    ['September 30th, 2016', d('2016-09-30')],
    ['Aug 10, 2016 11:15 am UTC', z('2016-08-10T11:15:00Z')],
    ['12:00 AM, July 21, 2023', t('2023-07-21T00:00:00')],
    ['May 13, 2024, 5:57 AM GMT+8', z('2024-05-13T05:57:00+08:00')],
    ['28 Apr 2020 08:11 CET', z('2020-04-28T08:11:00+01:00')],
  ])('%s', (raw, want) => {
    expect(parseDate(raw, { now })).toEqual(want);
  });

  it('reads an ambiguous slash date day-first, month-first when the caller says so or a US zone follows', () => {
    expect(parseDate('07/21/2023', { now })).toEqual(d('2023-07-21'));
    expect(parseDate('21/07/2023', { now })).toEqual(d('2023-07-21'));
    expect(parseDate('03/04/2023', { now })).toEqual(d('2023-04-03'));
    expect(parseDate('03/04/2023', { now, dayFirst: false })).toEqual(d('2023-03-04'));
    expect(parseDate('8/10/2022 9:57 AM PT', { now })).toEqual(z('2022-08-10T09:57:00-07:00'));
    expect(parseDate('07/21/23', { now })).toEqual(d('2023-07-21'));
  });

  it('reads it month-first when the weekday printed before it is the month-first reading’s (Drupal: `Tue, 03/05/2024 - 10:21`)', () => {
    expect(parseDate('Tue, 03/05/2024 - 10:21', { now })).toEqual(t('2024-03-05T10:21:00'));
    // 3 May 2024 was a Friday: the weekday confirms the day-first reading.
    expect(parseDate('Fri, 03/05/2024 - 10:21', { now })).toEqual(t('2024-05-03T10:21:00'));
    expect(parseDate('Sunday, 03/05/2024', { now })).toEqual(d('2024-05-03'));
  });
});

describe('parseDate: German, Spanish, French, Portuguese, Italian, Polish, Dutch, Japanese', () => {
  it.each<[string, ParsedDate]>([
    ['21. Juli 2023', d('2023-07-21')],
    ['21.07.2023, 09:31 Uhr', t('2023-07-21T09:31:00')],
    ['3. Februar 2022 um 21:17', t('2022-02-03T21:17:00')],
    ['15. November 2021 um 10.30 Uhr', t('2021-11-15T10:30:00')],
    ['20. März 2021 - 15:00 Uhr', t('2021-03-20T15:00:00')],
    ['19.10.19, 08:00 Uhr', t('2019-10-19T08:00:00')],
    ['01. Dez. 2022 | 14:08 Uhr MEZ', z('2022-12-01T14:08:00+01:00')],
    ['21 de julio de 2023', d('2023-07-21')],
    ['miércoles, 4 de mayo de 2022 07:59 hs', t('2022-05-04T07:59:00')],
    ['22 de julio de 2023 a las 10:15 h', t('2023-07-22T10:15:00')],
    ['04 de mayo 2022, 12:00 A. M.', t('2022-05-04T00:00:00')],
    ['21 juillet 2023', d('2023-07-21')],
    ['lundi 9 décembre 2019 à 09h08', t('2019-12-09T09:08:00')],
    ['1er avril 2020', d('2020-04-01')],
    ['21 de julho de 2023', d('2023-07-21')],
    ['21 luglio 2023', d('2023-07-21')],
    ['21 lipca 2023', d('2023-07-21')],
    ['28 kwietnia 2021, 06:29', t('2021-04-28T06:29:00')],
    ['21 juli 2023', d('2023-07-21')],
    ['2023年7月21日 9時31分', t('2023-07-21T09:31:00')],
    ['2019年4月19日（金） 09時39分', t('2019-04-19T09:39:00')],
    ['2022.8.9(Tue) 8:15', t('2022-08-09T08:15:00')],
    ['令和5年7月21日', d('2023-07-21')],
    ['2023年7月21日 午後3時05分', t('2023-07-21T15:05:00')],
  ])('%s', (raw, want) => {
    expect(parseDate(raw, { now })).toEqual(want);
  });
});

describe('parseDate: Nordic, Finnish, Turkish, Czech, Greek, Ukrainian, Romanian, Indonesian, Arabic, Hungarian, Korean, Malay, Swahili and more', () => {
  it.each<[string, ParsedDate]>([
    ['Publicerad 5 mars 2024 kl. 10.20', t('2024-03-05T10:20:00')],
    // Thai: Buddhist-era years after Thai month names, abbreviations with a dot inside (`มี.ค.`)
    ['5 มี.ค. 2567 17:09 น.', t('2024-03-05T17:09:00')],
    ['12 ธ.ค. 2566', d('2023-12-12')],
    ['5 มีนาคม 2567', d('2024-03-05')],
    ['5 มี.ค. 2024', d('2024-03-05')],
    ['12 آذار 2024', d('2024-03-12')],
    ['12 augusti 2023', d('2023-08-12')],
    ['5. marts 2024 kl. 10.20', t('2024-03-05T10:20:00')],
    ['5. desember 2023 kl. 09.05', t('2023-12-05T09:05:00')],
    ['5.3.2024 klo 10.20', t('2024-03-05T10:20:00')],
    ['5. maaliskuuta 2024', d('2024-03-05')],
    ['5 Mart 2024 10:20', t('2024-03-05T10:20:00')],
    ['29 Ağustos 2023', d('2023-08-29')],
    ['5. března 2024 10:20', t('2024-03-05T10:20:00')],
    ['5 Μαρτίου 2024, 10:20', t('2024-03-05T10:20:00')],
    ['5 березня 2024, 10:20', t('2024-03-05T10:20:00')],
    ['5 martie 2024', d('2024-03-05')],
    ['Selasa, 5 Maret 2024 10:20 WIB', z('2024-03-05T10:20:00+07:00')],
    ['5 مارس 2024', d('2024-03-05')],
    ['Tue 5 Mar 2024 10.20 GMT', z('2024-03-05T10:20:00Z')],
    ['2024. március 5. 10:21', t('2024-03-05T10:21:00')],
    ['2023. dec. 24.', d('2023-12-24')],
    ['입력 2024.03.05. 오후 3:21', t('2024-03-05T15:21:00')],
    ['2024.03.05. 오전 10:21', t('2024-03-05T10:21:00')],
    ['di 5 mrt 2024, 10.21 uur', t('2024-03-05T10:21:00')],
    ['05.03.2024 • 10:21', t('2024-03-05T10:21:00')],
    ['05 Μαρ 2024 10:21', t('2024-03-05T10:21:00')],
    ['5 Mac 2024 10:21', t('2024-03-05T10:21:00')],
    ['Machi 5, 2024', d('2024-03-05')],
    ['5 марта 2024 г., 10:21', t('2024-03-05T10:21:00')],
    ['5 березня 2024 р., 10:21', t('2024-03-05T10:21:00')],
    ['5 mars 2024 à 10 h 21', t('2024-03-05T10:21:00')],
    // Croatian, Slovenian, Estonian, Latvian, Hebrew, Hindi (its vowel signs are marks, not letters), Zulu.
    ['5. ožujka 2024. 10:21', t('2024-03-05T10:21:00')],
    ['12. kolovoza 2023.', d('2023-08-12')],
    ['5. marec 2024 10:21', t('2024-03-05T10:21:00')],
    ['5. märts 2024 10:21', t('2024-03-05T10:21:00')],
    ['5. marts 2024', d('2024-03-05')],
    ['5 במרץ 2024 10:21', t('2024-03-05T10:21:00')],
    ['5 मार्च 2024 10:21', t('2024-03-05T10:21:00')],
    ['12 सितंबर 2023', d('2023-09-12')],
    ['5 Mashi 2024', d('2024-03-05')],
    // `listopada` is November in Polish and October in Croatian: read as Polish.
    ['5 listopada 2024', d('2024-11-05')],
  ])('%s', (raw, want) => {
    expect(parseDate(raw, { now })).toEqual(want);
  });

  it('reads a dotted time only after kl./klo or before a zone or Uhr, not a bare number', () => {
    expect(parseDate('5 mars 2024 10.20', { now })).toEqual(d('2024-03-05'));
    // Nor a year-first date without the dot that closes its year (Hungarian writes `2024.`).
    expect(parseDate('2024 március 5 10:21', { now })).toBeNull();
  });
});

describe('parseDate: rejects', () => {
  it.each([
    ['07-21 09:31', 'no year'],
    ['7月21日 09:31', 'no year'],
    ['2023-13-01', 'month 13'],
    ['2023-02-30', 'Feb 30'],
    ['2023-02-29', 'not a leap year'],
    ['31.04.2023', 'April 31'],
    ['1989-06-04', 'before 1990'],
    ['2027-01-01', 'beyond next year'],
    ['July 2023', 'no day'],
    ['隴ICP備17001500號', 'ICP number'],
    ['0931-8580115', 'phone number'],
    ['¥2023.50', 'price'],
    ['v2.10.2023', 'version number'],
    ['123456789', '9 digits: not a timestamp'],
    ['', 'empty'],
  ])('%s (%s)', (raw) => {
    expect(parseDate(raw, { now })).toBeNull();
  });

  it('accepts a year up to next year, and 29 February of a leap year', () => {
    expect(parseDate('2026-01-01', { now })).toEqual(d('2026-01-01'));
    expect(parseDate('2024-02-29', { now })).toEqual(d('2024-02-29'));
  });

  it('drops a time that is not a clock time but keeps the date', () => {
    expect(parseDate('2023-07-21 25:61', { now })).toEqual(d('2023-07-21'));
  });
});

describe('findDatesInText', () => {
  const one = (text: string, opts: Parameters<typeof findDatesInText>[1] = cn) => {
    const found = findDatesInText(text, opts);
    expect(found).toHaveLength(1);
    return found[0];
  };

  it('reads the two-digit-year info line of ccdi.gov.cn (zh-Hant)', () => {
    const f = one('23-07-21 09:31 來源:中央紀委國家監委網站 編輯:高正武');
    expect(f).toEqual({ parsed: t('2023-07-21T09:31:00+08:00'), index: 0, raw: '23-07-21 09:31' });
  });

  it('reads a two-digit day glued to its time, and nothing from a glued run of other digits', () => {
    expect(one('<2023-07-2109:31>').raw).toBe('2023-07-2109:31');
    expect(one('2023-7-2109:31').parsed.iso).toBe('2023-07-21T09:31:00+08:00');
    expect(findDatesInText('2023-07-210931', cn)).toEqual([]);
    expect(findDatesInText('2023-07-21123:45', cn)).toEqual([]);
  });

  it('reads a year glued to the time printed before it (`<span>10:21</span><span>2024/03/05</span>`), with that time', () => {
    expect(one('10:212024/03/05').parsed.iso).toBe('2024-03-05T10:21:00+08:00');
    // Other digits before a year still make no date.
    expect(findDatesInText('12024/03/05', cn)).toEqual([]);
  });

  it('reads Vietnamese dates (`ngày 5 tháng 3 năm 2024`), with the time after them', () => {
    expect(one('ngày 5 tháng 3 năm 2024', {}).parsed.iso).toBe('2024-03-05');
    expect(one('Thứ ba, ngày 5 tháng 3 năm 2024, 17:09', {}).parsed.iso).toBe('2024-03-05T17:09:00');
    expect(findDatesInText('tháng 3 năm 2024', {})).toEqual([]);
  });

  it('reads Korean dates and times (`2024년 3월 5일`, `17시 09분`, a weekday in brackets)', () => {
    expect(one('2024년 03월 05일 17시 09분', {}).parsed.iso).toBe('2024-03-05T17:09:00');
    expect(one('2024년 3월 5일(화) 오후 5:09', {}).parsed.iso).toBe('2024-03-05T17:09:00');
    expect(one('2024년3월5일', {}).parsed.iso).toBe('2024-03-05');
  });

  it('reads the time printed before a numeric date with a four-digit year, not before a two-digit one', () => {
    expect(one('18:34 19.10.2019', {}).parsed.iso).toBe('2019-10-19T18:34:00');
    expect(one('14:35, 05.03.2024', {}).parsed.iso).toBe('2024-03-05T14:35:00');
    expect(one('10:21 Uhr, 05.03.2024', {}).parsed.iso).toBe('2024-03-05T10:21:00');
    expect(one('发布于 10:21 2024-03-05').parsed.iso).toBe('2024-03-05T10:21:00+08:00');
    expect(one('10:21 2024年3月5日').parsed.iso).toBe('2024-03-05T10:21:00+08:00');
    // A two-digit year stays weak: a time before it does not make it a date.
    expect(findDatesInText('Kapitel 12:30 10.11.12', {})).toEqual([]);
  });

  it('reads the time after a weekday or a word for `at` or `of the year` between it and the date', () => {
    expect(one('3 Mayıs 2022 Salı 10:30', {}).parsed.iso).toBe('2022-05-03T10:30:00');
    expect(one('03.05.2022 Salı 10:30', {}).parsed.iso).toBe('2022-05-03T10:30:00');
    expect(one('03.05.2022 в 10:30', {}).parsed.iso).toBe('2022-05-03T10:30:00');
    expect(one('3 мая 2022 года, 10:30', {}).parsed.iso).toBe('2022-05-03T10:30:00');
    expect(one('03.05.2022 о 10:30', {}).parsed.iso).toBe('2022-05-03T10:30:00');
    // An Italian dotted time after `ore`, as after the Nordic `kl.`; not after a word that ends so.
    expect(one('martedì 3 maggio 2022 ore 10.30', {}).parsed.iso).toBe('2022-05-03T10:30:00');
    expect(one('3 maggio 2022 Store 10.30', {}).parsed.iso).toBe('2022-05-03');
  });

  it('reads a date with a two-digit year after its own weekday, in any language, and not after another day', () => {
    expect(one('Di 03.05.22', {}).parsed.iso).toBe('2022-05-03');
    expect(one('Dienstag, 03.05.22', {}).parsed.iso).toBe('2022-05-03');
    expect(one('mar. 03/05/22', {}).parsed.iso).toBe('2022-05-03');
    expect(one('вт 03.05.22', {}).parsed.iso).toBe('2022-05-03');
    // 3 May 2022 was a Tuesday: Mo names another day, so the digits may be anything.
    expect(findDatesInText('Mo 03.05.22', {})).toEqual([]);
    expect(findDatesInText('Kapitel 03.05.22', {})).toEqual([]);
  });

  it("reads a day-first date right after a label's colon, and none after a time's", () => {
    expect(one('发表时间：21/07/2023').parsed.iso).toBe('2023-07-21');
    expect(one('Datum:21.07.2023').parsed.iso).toBe('2023-07-21');
    expect(findDatesInText('um 10:21/07/2023', cn)).toEqual([]);
  });

  it('labels 发布时间 as published (zh-Hans)', () => {
    const text = '发布时间：2023-07-21 09:31:05 来源：新华网';
    const f = one(text);
    expect(f?.parsed.iso).toBe('2023-07-21T09:31:05+08:00');
    expect(f?.label).toBe('published');
    expect(text.slice(f?.index, (f?.index ?? 0) + (f?.raw.length ?? 0))).toBe('2023-07-21 09:31:05');
  });

  it('labels 時間 (zh-Hant) and leaves an unlabelled info line unlabelled', () => {
    expect(one('時間：2023年07月21日')).toMatchObject({ parsed: d('2023-07-21'), label: 'published' });
    const f = one('2023-07-21 09:31\u3000来源：人民网');
    expect(f?.parsed.iso).toBe('2023-07-21T09:31:00+08:00');
    expect(f?.label).toBeUndefined();
  });

  it('tells 更新时间 (modified) from 发布时间 (published) and keeps text order', () => {
    const found = findDatesInText('更新时间：2023-07-22 10:00 发布时间：2023-07-21 09:31', cn);
    expect(found.map((f) => [f.parsed.iso, f.label])).toEqual([
      ['2023-07-22T10:00:00+08:00', 'modified'],
      ['2023-07-21T09:31:00+08:00', 'published'],
    ]);
  });

  it('reads English bylines', () => {
    expect(one('Published: 21 July 2023', { now })).toMatchObject({ parsed: d('2023-07-21'), label: 'published' });
    const f = one('By Jane Doe, CNN Updated 3:45 PM EDT, Fri July 21, 2023', { now });
    expect(f).toMatchObject({
      parsed: z('2023-07-21T15:45:00-04:00'),
      raw: '3:45 PM EDT, Fri July 21, 2023',
      label: 'modified',
    });
    expect(one('Posted on Friday, July 21, 2023 by admin', { now })?.label).toBe('published');
  });

  it('reads German info lines', () => {
    expect(one('Veröffentlicht am 21.07.2023', { now })).toMatchObject({ parsed: d('2023-07-21'), label: 'published' });
    expect(one('Stand: 21.07.2023 09:31 Uhr', { now })).toMatchObject({
      parsed: t('2023-07-21T09:31:00'),
      raw: '21.07.2023 09:31 Uhr',
      label: 'modified',
    });
  });

  it('reads a Spanish published/updated pair', () => {
    const found = findDatesInText('Publicado el 21 de julio de 2023 | Actualizado el 22 de julio de 2023 a las 10:15 h', { now });
    expect(found.map((f) => [f.parsed.iso, f.label])).toEqual([
      ['2023-07-21', 'published'],
      ['2023-07-22T10:15:00', 'modified'],
    ]);
  });

  it('reads a Japanese published/updated pair', () => {
    const found = findDatesInText('公開日：2023年7月21日(金) 9時31分 更新日：2023/07/22 10:00', { now });
    expect(found.map((f) => [f.parsed.iso, f.label])).toEqual([
      ['2023-07-21T09:31:00', 'published'],
      ['2023-07-22T10:00:00', 'modified'],
    ]);
  });

  it("labels a translation's note on its source article as original, not published", () => {
    const found = findDatesInText('2019年2月27日 読了時間 3 分 作者： Diogo Carleto 原文(投稿日：2019/02/16)', { now });
    expect(found.map((f) => [f.parsed.iso, f.label])).toEqual([
      ['2019-02-27', undefined],
      ['2019-02-16', 'original'],
    ]);
    expect(one('原载：2023年7月20日', { now })?.label).toBe('original');
    expect(one('Originally published on 20 July 2023', { now })?.label).toBe('original');
  });

  it('points index/raw into the original text even with full-width characters', () => {
    const text = '來源：聯合報　發布時間：２０２３／０７／２１　０９：３１';
    const f = one(text);
    expect(f?.parsed.iso).toBe('2023-07-21T09:31:00+08:00');
    expect(f?.raw).toBe('２０２３／０７／２１　０９：３１');
    expect(text.indexOf(f?.raw ?? '?')).toBe(f?.index);
  });

  it('ignores phone, ICP, price and version numbers in a footer', () => {
    const footer =
      '版权所有：甘肃省人民政府 隴ICP備17001500號 电话：0931-8580115 传真 0931-8580116 ' +
      '售价 12.50 元 客户端 v2.10.2023 版本 1.2.3 邮编 730030';
    expect(findDatesInText(footer, cn)).toEqual([]);
  });

  it('needs a time or a label for two-digit-year dates in running text', () => {
    expect(findDatesInText('比分 12-05-23 结束', cn)).toEqual([]);
    expect(findDatesInText('Tabelle 21.07.23 Platz 3', { now })).toEqual([]);
    expect(one('Aktualisiert 21.07.23', { now })).toMatchObject({ parsed: d('2023-07-21'), label: 'modified' });
  });

  it('skips month-day without a year and dates before 1990', () => {
    expect(findDatesInText('07-21 09:31 热点新闻', cn)).toEqual([]);
    expect(findDatesInText('于1989年5月26日离邵到北京', cn)).toEqual([]);
  });

  it('does not read archive menus as dates', () => {
    expect(findDatesInText('過去記事カレンダー 2022年 8月 7月 6月 5月', { now })).toEqual([]);
  });

  it('does not take the word 时间 in prose as a label', () => {
    expect(one('在这段时间里，2023年7月21日发生了')?.label).toBeUndefined();
  });

  it('reads ambiguous slash dates month-first on a page that writes month-name dates month first', () => {
    const found = findDatesInText('Posted July 4, 2023. Event: 03/04/2023', { now });
    expect(found.map((f) => f.parsed.iso)).toEqual(['2023-07-04', '2023-03-04']);
  });
});

describe('dateFromUrl', () => {
  it.each<[string, string]>([
    ['http://www.xinhuanet.com/politics/2023-07/21/c_1129762345.htm', '2023-07-21'],
    ['https://www.theguardian.com/world/2023/jul/21/heatwave-europe', '2023-07-21'],
    ['https://example.com/2023/07/21/some-slug/', '2023-07-21'],
    ['http://news.sina.com.cn/c/2023-07-21/doc-imzcmqks1234567.shtml', '2023-07-21'],
    ['http://www.gov.cn/zhengce/content/202307/21/content_6893.htm', '2023-07-21'],
    ['https://www.ccdi.gov.cn/yaowenn/202307/t20230721_277123.html', '2023-07-21'],
    ['https://news.example.com.tw/a/20230721/b.html', '2023-07-21'],
    ['https://www.163.com/2023/0721/abc.html', '2023-07-21'],
    ['https://www.heise.de/news/Titel-2023-07-21-9231.html', '2023-07-21'],
    ['https://finance.sina.com.cn/doc-20230721.html', '2023-07-21'],
    ['https://example.com/2023/07/', ''],
    ['https://example.com/2023/13/21/', ''],
    ['https://example.com/post/12320230721999', ''],
    ['https://example.com/1989/06/04/a', ''],
    ['https://example.com/2023/02/30/a', ''],
    ['https://example.com/a?date=20230721', ''],
  ])('%s', (url, want) => {
    expect(dateFromUrl(url, { now })).toEqual(want ? d(want) : null);
  });
});

describe('inUtc: the same instant in UTC', () => {
  it.each([
    ['2023-07-21T09:31:00+08:00', '2023-07-21T01:31:00Z'],
    ['2019-03-05T08:15:11+09:00', '2019-03-04T23:15:11Z'],
    ['2016-10-02T19:30:57-07:00', '2016-10-03T02:30:57Z'],
    ['2020-04-19T06:50:00+05:45', '2020-04-19T01:05:00Z'],
    ['2023-07-21T09:31:00Z', '2023-07-21T09:31:00Z'],
  ])('%s → %s', (local, utc) => {
    expect(inUtc(local)).toBe(utc);
  });

  it('leaves a date alone and a time without a zone as they are (no instant to convert)', () => {
    expect(inUtc('2019-04-04')).toBe('2019-04-04');
    expect(inUtc('2023-07-21T09:31:00')).toBe('2023-07-21T09:31:00');
  });

  it.each([
    ['2019-04-04', 'Asia/Tokyo', '2019-04-03T15:00:00Z'],
    ['2019-02-22T14:30:00', 'Asia/Tokyo', '2019-02-22T05:30:00Z'],
    // Summer and winter time in Berlin; the day of the spring change starts in winter time.
    ['2022-07-19', 'Europe/Berlin', '2022-07-18T22:00:00Z'],
    ['2022-01-19', 'Europe/Berlin', '2022-01-18T23:00:00Z'],
    ['2022-03-27', 'Europe/Berlin', '2022-03-26T23:00:00Z'],
    ['2022-03-27T12:00:00', 'Europe/Berlin', '2022-03-27T10:00:00Z'],
    // A written offset is the page's own, whatever its language.
    ['2019-04-04T10:00:00+02:00', 'Asia/Tokyo', '2019-04-04T08:00:00Z'],
  ])('writes %s of a page in %s as %s', (iso, zone, utc) => {
    expect(inUtc(iso, zone)).toBe(utc);
  });

  it("uses the page's language for its zone only where the language has one (ja, de), not en or es", () => {
    const text: Record<string, string> = {
      ja: '東京都は四日、新しい防災計画を発表した。計画では、地震や豪雨に備えて避難所の数を増やし、住民への情報提供を強化する。',
      de: 'Der Stadtrat hat am Dienstag beschlossen, die drei Anlegestellen am Fluss neu zu bauen, die seit dem Hochwasser gesperrt sind.',
      en: 'The council voted on Tuesday to rebuild the three riverfront piers, closed since the spring floods damaged their supports.',
    };
    const page = (lang: string, shown: string): string =>
      `<html lang="${lang}"><head><title>t</title></head><body><article><h1>Headline of the story</h1><p>${shown}</p>` +
      `<p>${text[lang]!.repeat(4)}</p></article></body></html>`;
    expect(extract(page('ja', '2019年4月4日'), { dateZone: 'utc' }).date).toBe('2019-04-03T15:00:00Z');
    expect(extract(page('de', '19.07.2022'), { dateZone: 'utc' }).date).toBe('2022-07-18T22:00:00Z');
    expect(extract(page('en', 'July 19, 2022'), { dateZone: 'utc' }).date).toBe('2022-07-19');
    expect(extract(page('ja', '2019年4月4日')).date).toBe('2019-04-04');
  });
});

describe('relativeDate: dates shown relative to when the page was served', () => {
  const captured = Date.parse('2024-03-05T06:30:00Z'); // 14:30 in Beijing, 07:30 in Berlin
  const china = { offset: '+08:00', zone: 'Asia/Shanghai' };
  const berlin = { offset: null, zone: 'Europe/Berlin' };
  const unknown = { offset: null, zone: null };

  it.each<[string, string, typeof china, ParsedDate | null]>([
    ['3小时前 来源：新华网', 'zh', china, z('2024-03-05T11:30:00+08:00')],
    ['发布于 半小时前', 'zh', china, z('2024-03-05T14:00:00+08:00')],
    ['3天前', 'zh', china, d('2024-03-02')],
    ['昨天 10:21', 'zh', china, t('2024-03-04T10:21:00+08:00')],
    ['前天 下午3:21', 'zh', china, t('2024-03-03T15:21:00+08:00')],
    ['刚刚', 'zh', china, z('2024-03-05T14:30:00+08:00')],
    // a day without its year: this year's, or last year's when this year's is still to come
    ['03-01 10:21 来源：新华网', 'zh', china, t('2024-03-01T10:21:00+08:00')],
    ['12-30 10:21', 'zh', china, t('2023-12-30T10:21:00+08:00')],
    ['3月1日', 'zh', china, d('2024-03-01')],
    ['3/5(火) 17:09配信', 'ja', { offset: '+09:00', zone: 'Asia/Tokyo' }, t('2024-03-05T17:09:00+09:00')],
    ['2 hours ago', 'en', unknown, z('2024-03-05T04:30:00Z')],
    ['an hour ago', 'en', unknown, z('2024-03-05T05:30:00Z')],
    ['Yesterday at 3:21 PM', 'en', unknown, t('2024-03-04T15:21:00')],
    ['vor 3 Stunden', 'de', berlin, z('2024-03-05T03:30:00Z')],
    ['gestern, 10:21 Uhr', 'de', berlin, t('2024-03-04T10:21:00')],
    ['hace 2 horas', 'es', unknown, z('2024-03-05T04:30:00Z')],
    ['il y a 3 heures', 'fr', unknown, z('2024-03-05T03:30:00Z')],
    // not relative dates
    ['本月5日前完成', 'zh', china, null],
    ['Ich bin hier 10:21', 'de', berlin, null], // `hier` is French for yesterday, German for here
    ['3/5 10:21', 'en', unknown, null], // no year and no East Asian month-first order to read it by
    ['Die Daten zeigen es', 'de', berlin, null],
  ])('%s (%s)', (text, lang, clock, want) => {
    expect(relativeDate(text, captured, clock, lang)).toEqual(want);
  });

  it('tells an update shown relative to the capture from the publication (`Updated 45 mins ago`)', () => {
    const page = (info: string) =>
      extract(
        `<html lang="en"><head><title>Council approves pier plan</title></head><body><h1>Council approves pier plan</h1><div class="info">${info}</div>` +
          `<p>${'The city council voted on Thursday night to approve a plan that rebuilds three aging piers. '.repeat(3)}</p></body></html>`,
        { capturedAt: '2024-03-05T06:30:00Z' },
      );
    expect(page('<p>Published 3 hours ago</p><p>Updated 45 mins ago</p>')).toMatchObject({
      date: '2024-03-05T03:30:00Z',
      dateModified: '2024-03-05T05:45:00Z',
    });
    // a page that shows only its update is dated by it, as with absolute dates
    expect(page('Updated 45 mins ago')).toMatchObject({ date: '2024-03-05T05:45:00Z', dateModified: '2024-03-05T05:45:00Z' });
  });

  it('counts the day in the page zone: just after midnight in Beijing, yesterday is the UTC day', () => {
    const justAfterMidnight = Date.parse('2024-03-04T16:30:00Z'); // 00:30 on 5 March in Beijing
    expect(relativeDate('昨天 10:21', justAfterMidnight, china, 'zh')).toEqual(t('2024-03-04T10:21:00+08:00'));
  });

  it('reads nothing without a capture time: the page alone does not say when `3小时前` was', () => {
    const page = (opts = {}) =>
      extract(
        '<html lang="zh-CN"><head><meta charset="utf-8"><title>新线开通</title></head><body><h1>新线开通</h1><div class="info">3小时前 来源：某某日报</div>' +
          `<p>${'本报讯 今天上午，城市轨道交通新线正式开通运营，沿线居民出行更加方便。'.repeat(3)}</p></body></html>`,
        opts,
      );
    expect(page().date).toBeNull();
    expect(page({ capturedAt: '2024-03-05T06:30:00Z' }).date).toBe('2024-03-05T11:30:00+08:00');
    expect(page({ capturedAt: new Date('2024-03-05T06:30:00Z') }).date).toBe('2024-03-05T11:30:00+08:00');
    expect(() => page({ capturedAt: 'last tuesday' })).toThrow(/capturedAt/);
  });
});
