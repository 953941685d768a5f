import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reshape } from '../../src/display/index.js';
import { findNumericEntities, splitOnWhitespace } from '../../src/ner/numeric/index.js';
import { tokenize } from '../../src/tokenize/index.js';
import { ROOT } from '../helpers/shared.js';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text);

describe('DATE', () => {
  test('resolves day, paired month names and year to an ISO date', () => {
    expect(found('تأسست في 15 يونيو/حزيران عام 2001 بشنغهاي')).toEqual([['DATE', '15 يونيو/حزيران عام 2001', '2001-06-15']]);
    expect(found('04 يوليو 2024')).toEqual([['DATE', '04 يوليو 2024', '2024-07-04']]);
  });

  test('reads both Gregorian series and their spaced pairings', () => {
    expect(found('في كانون الثاني 2016')).toEqual([['DATE', 'كانون الثاني 2016', '2016-01']]);
    expect(found('أكتوبر / تشرين الأول 2019')).toEqual([['DATE', 'أكتوبر / تشرين الأول 2019', '2019-10']]);
    expect(found('28 آذار / مارس')).toEqual([['DATE', '28 آذار / مارس', '--03-28']]);
  });

  test('gives a year alone as YYYY, with its trigger word', () => {
    expect(found('في عام 2001')).toEqual([['DATE', 'عام 2001', '2001']]);
    expect(found('عام ( 1948 )')).toEqual([['DATE', 'عام ( 1948 )', '1948']]);
  });

  test('splits a list of years into one DATE each, after the proclitic و', () => {
    expect(found('بعد أعوام 2005، و2011، و2017.')).toEqual([
      ['DATE', 'أعوام 2005', '2005'],
      ['DATE', '2011', '2011'],
      ['DATE', '2017', '2017'],
    ]);
  });

  test('keeps a month with its part and modifier words; value --MM', () => {
    expect(found('في منتصف يونيو/حزيران الماضي،')).toEqual([['DATE', 'منتصف يونيو/حزيران الماضي', '--06']]);
    expect(found('منذ أواخر عام 2017')).toEqual([['DATE', 'أواخر عام 2017', '2017']]);
  });

  test('reads a day range as an ISO interval', () => {
    expect(found('يومي 3 و4 يوليو/تموز الجاري')).toEqual([['DATE', 'يومي 3 و4 يوليو/تموز الجاري', '--07-03/--07-04']]);
    expect(found('من 13 وحتى 15 تشرين الثاني / نوفمبر 2016')).toEqual([
      ['DATE', '13 وحتى 15 تشرين الثاني / نوفمبر 2016', '2016-11-13/2016-11-15'],
    ]);
    expect(found('1936 - 1939')).toEqual([['DATE', '1936 - 1939', '1936/1939']]);
  });

  test('takes a weekday with اليوم/يوم, value -W-D (ISO weekday)', () => {
    expect(found('أعمالها اليوم الخميس،')).toEqual([['DATE', 'اليوم الخميس', '-W-4']]);
    expect(found('يوم الثلاثاء الموافق 5/8/2008')).toEqual([['DATE', 'يوم الثلاثاء الموافق 5/8/2008', '2008-08-05']]);
  });

  test('leaves bare deictics alone', () => {
    expect(found('وصل أمس ويغادر اليوم أو الآن أو الأسبوع المقبل')).toEqual([]);
  });

  test('needs context for month names that are also words', () => {
    expect(found('مارس الضغط على رجب')).toEqual([]);
    expect(found('في مارس 2020')).toEqual([['DATE', 'مارس 2020', '2020-03']]);
    expect(found('أب وابنه')).toEqual([]);
  });

  test('converts a full Hijri date with the tabular calendar', () => {
    expect(found('15 رمضان 1445 هـ')).toEqual([['DATE', '15 رمضان 1445 هـ', '2024-03-25']]);
    expect(found('عام 1445 هـ')).toEqual([['DATE', 'عام 1445 هـ', '2023-07-19/2024-07-07']]);
  });

  test('reads numeric dates day first, and with بتاريخ and parentheses', () => {
    expect(found('بتاريخ ( 28 / 8 / 1996 )')).toEqual([['DATE', 'تاريخ ( 28 / 8 / 1996 )', '1996-08-28']]);
    expect(found('2024-07-04')).toEqual([['DATE', '2024-07-04', '2024-07-04']]);
  });

  test('rejects impossible dates as values', () => {
    expect(found('31 يونيو 2024')).toEqual([['DATE', '31 يونيو 2024', undefined]]);
  });
});

describe('TIME', () => {
  test('reads الساعة with digits, words and periods of the day', () => {
    expect(found('الساعة 10 صباحاً')).toEqual([['TIME', 'الساعة 10 صباحاً', 'T10:00']]);
    expect(found('الساعة العاشرة والنصف مساء')).toEqual([['TIME', 'الساعة العاشرة والنصف مساء', 'T22:30']]);
    expect(found('10:30')).toEqual([['TIME', '10:30', 'T10:30']]);
    expect(found('9:05 م')).toEqual([['TIME', '9:05 م', 'T21:05']]);
  });
});

describe('NUM', () => {
  test('reads digits in all three digit sets and keeps the counted noun out', () => {
    expect(found('24 وثيقة')).toEqual([['NUM', '24', 24]]);
    expect(found('٢٤ وثيقة و۱۲ دولة')).toEqual([['NUM', '٢٤', 24], ['NUM', '۱۲', 12]]);
    expect(found('1,000 و١٬٠٠٠')).toEqual([['NUM', '1,000', 1000], ['NUM', '١٬٠٠٠', 1000]]);
  });

  test('combines number words with scales and و', () => {
    expect(found('ثلاثة آلاف')).toEqual([['NUM', 'ثلاثة آلاف', 3000]]);
    expect(found('خمسة وعشرون ألفا وثلاثمئة')).toEqual([['NUM', 'خمسة وعشرون ألفا وثلاثمئة', 25300]]);
    expect(found('مئة وخمسة عشر')).toEqual([['NUM', 'مئة وخمسة عشر', 115]]);
    expect(found('مليون و200 ألف')).toEqual([['NUM', 'مليون و200 ألف', 1200000]]);
    expect(found('مليون ونصف')).toEqual([['NUM', 'مليون ونصف', 1500000]]);
  });

  test('multiplies digits by a scale word', () => {
    expect(found('حوالي 3.4 مليارات نسمة')).toEqual([['NUM', '3.4 مليارات', 3400000000]]);
    expect(found('٣٫٥ مليون')).toEqual([['NUM', '٣٫٥ مليون', 3500000]]);
  });

  test('starts after an attached proclitic', () => {
    expect(found('وثلاثة')).toEqual([['NUM', 'ثلاثة', 3]]);
    expect(found('بأربعة')).toEqual([['NUM', 'أربعة', 4]]);
  });

  test('does not take ordinals, lone plural scales or identifier numbers', () => {
    expect(found('القمة الرابعة والعشرين للمرة الرابعة')).toEqual([]);
    expect(found('آلاف الناس')).toEqual([]);
    expect(found('القرار رقم 242 والمادة ( 46 )')).toEqual([]);
    expect(found('لست أدري')).toEqual([]);
    expect(found('قمة G20 وشبكة 5G')).toEqual([]);
  });

  test('reads the teens with their hamza heads', () => {
    expect(found('أحد عشر كوكبا')).toEqual([['NUM', 'أحد عشر', 11]]);
    expect(found('وأحد الأشخاص')).toEqual([]);
  });
});

describe('PERCENT', () => {
  test('reads the sign in both scripts and the words في المئة/بالمئة', () => {
    expect(found('نحو 60% من')).toEqual([['PERCENT', '60%', 60]]);
    expect(found('٦٠٪')).toEqual([['PERCENT', '٦٠٪', 60]]);
    expect(found('60 في المئة')).toEqual([['PERCENT', '60 في المئة', 60]]);
    expect(found('و20 بالمئة')).toEqual([['PERCENT', '20 بالمئة', 20]]);
    expect(found('خمسة في المائة')).toEqual([['PERCENT', 'خمسة في المائة', 5]]);
  });
});

describe('MONEY', () => {
  test('gives amount and ISO 4217 code', () => {
    expect(found('5 ملايين دولار')).toEqual([['MONEY', '5 ملايين دولار', { amount: 5000000, currency: 'USD' }]]);
    expect(found('100 يورو')).toEqual([['MONEY', '100 يورو', { amount: 100, currency: 'EUR' }]]);
    expect(found('$5')).toEqual([['MONEY', '$5', { amount: 5, currency: 'USD' }]]);
  });

  test('lets a nationality adjective choose the currency', () => {
    expect(found('20 مليار ريال قطري')).toEqual([['MONEY', '20 مليار ريال قطري', { amount: 20000000000, currency: 'QAR' }]]);
    expect(found('25 ألف ليرة سورية')).toEqual([['MONEY', '25 ألف ليرة سورية', { amount: 25000, currency: 'SYP' }]]);
    expect(found('60 مليون دولار أمريكي')).toEqual([['MONEY', '60 مليون دولار أمريكي', { amount: 60000000, currency: 'USD' }]]);
    expect(found('10 دولارات كندية')).toEqual([['MONEY', '10 دولارات كندية', { amount: 10, currency: 'CAD' }]]);
  });

  test('leaves the value out when the bare currency word is ambiguous', () => {
    expect(found('500 دينار')).toEqual([['MONEY', '500 دينار', undefined]]);
    expect(found('500 دينار كويتي')).toEqual([['MONEY', '500 دينار كويتي', { amount: 500, currency: 'KWD' }]]);
  });
});

describe('findNumericEntities', () => {
  test('gives the same entities for real tokens and whitespace tokens', () => {
    const text = 'في 15 يونيو/حزيران عام 2001 وقع 24 وثيقة بقيمة 5 ملايين دولار (60%) الساعة 10:30';
    expect(findNumericEntities(text, splitOnWhitespace(text))).toEqual(findNumericEntities(text, tokenize(text)));
  });

  test('reads through diacritics, tatweel and Persian letters', () => {
    expect(found('ثَلَاثَةُ آلافٍ')).toEqual([['NUM', 'ثَلَاثَةُ آلافٍ', 3000]]);
    expect(found('يونـــيو 2024')).toEqual([['DATE', 'يونـــيو 2024', '2024-06']]);
  });

  test('does not look inside URLs', () => {
    const text = 'انظر https://example.com/2024/06/15 اليوم';
    expect(findNumericEntities(text, tokenize(text))).toEqual([]);
  });

  test('returns [] for the empty string', () => {
    expect(findNumericEntities('', [])).toEqual([]);
  });

  test('names itself in TypeErrors', () => {
    expect(() => findNumericEntities(42 as unknown as string, [])).toThrow(new TypeError('dhad.findNumericEntities: expected a string, got number'));
    expect(() => findNumericEntities('x', 'x' as unknown as [])).toThrow(/dhad\.findNumericEntities: expected an array of tokens, got string/);
    expect(() => findNumericEntities('x', [null] as unknown as [])).toThrow(/dhad\.findNumericEntities/);
  });

  test('fills form and score', () => {
    const [e] = findNumericEntities('ثَلَاثَةُ', tokenize('ثَلَاثَةُ'));
    expect(e).toMatchObject({ form: 'ثلاثة', score: 1 });
  });
});

describe('robustness on the corpus article', () => {
  const text = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');
  const signature = (t: string): string[] => findNumericEntities(t, tokenize(t)).map((e) => `${e.type} ${JSON.stringify(e.value)}`);
  const base = signature(text);

  test.each([
    ['fully diacritized', text.replace(/([\u0621-\u064A])/g, '$1\u064E')],
    ['tatweel-stretched', text.replace(/([بتثجحخسشصضطظعغفقكلمنهي])(?=[\u0621-\u064A])/g, '$1\u0640\u0640')],
    ['typed with Persian yeh and keheh', text.replace(/ي/g, 'ی').replace(/ك/g, 'ک')],
    ['in presentation forms', reshape(text)],
  ])('finds the same entities and values %s', (_name, variant) => {
    expect(reshape(text)).not.toBe(text);
    expect(signature(variant)).toEqual(base);
  });
});
