// The currency of a bare currency noun read from its paragraph (API pass 9): seven countries pay
// in dinars, five in riyals, three in pounds and lira, and news that quotes a bare amount names
// its country nearby. Invented sentences.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { countryCurrencies, type Cues } from '../../src/ner/currency-context.js';

const named = (cues: Cues | undefined): string[] => [...new Set([...cues!.strong, ...cues!.weak])].sort();

const money = (text: string): [string, unknown][] => entities(text, { types: ['MONEY'] }).map((e) => [e.text, e.value]);

describe('a bare dinar amount', () => {
  test('takes the currency of the one dinar country its paragraph names', () => {
    expect(money('حقق البنك التجاري الكويتي أرباحا بلغت 16.7 مليون دينار في النصف الأول.')).toEqual([
      ['16.7 مليون دينار', { amount: 16700000, currency: 'KWD' }],
    ]);
    // in another sentence of the same paragraph, in words, in the plural
    expect(money('ارتفع مؤشر البورصة الأردنية أمس. وبلغت قيمة التداول خمسة ملايين دينار.')).toEqual([
      ['خمسة ملايين دينار', { amount: 5000000, currency: 'JOD' }],
    ]);
    expect(money('يبلغ سعر الكتاب في تونس عشرة دنانير.')).toEqual([['عشرة دنانير', { amount: 10, currency: 'TND' }]]);
    expect(money('أنفقت الحكومة الليبية 2.8 مليار دينار على الكهرباء.')).toEqual([['2.8 مليار دينار', { amount: 2800000000, currency: 'LYD' }]]);
  });

  test('keeps no value when the paragraph names no dinar country, or two', () => {
    expect(money('بلغت قيمة الصفقة 5 ملايين دينار.')).toEqual([['5 ملايين دينار', undefined]]);
    expect(money('زار وفد عراقي الكويت وبحث صفقة بقيمة 5 ملايين دينار.')).toEqual([['5 ملايين دينار', undefined]]);
    // the country is in another paragraph
    expect(money('ارتفع مؤشر البورصة الأردنية أمس.\nوبلغت قيمة الصفقة 5 ملايين دينار.')).toEqual([['5 ملايين دينار', undefined]]);
  });

  test('keeps no value in a text of the past, whose dinar is a gold coin', () => {
    expect(money('أرسل الوالي إلى العراق سنة 240هـ مبلغ ألف دينار.')).toEqual([['ألف دينار', undefined]]);
    expect(money('كانت ضريبة بغداد في العصر العباسي ثلاثين ألف دينار وكان العراق غنيا.')).toEqual([['ثلاثين ألف دينار', undefined]]);
  });

  test('an explicit currency is never overridden', () => {
    expect(money('في الكويت بيع السهم بسعر 3 دنانير أردنية.')).toEqual([['3 دنانير أردنية', { amount: 3, currency: 'JOD' }]]);
  });
});

describe('other currency nouns', () => {
  test('a riyal, pound or dirham of another country than the default', () => {
    expect(money('أعلنت طهران أن سعر الخبز ارتفع إلى 5000 ريال.')).toEqual([['5000 ريال', { amount: 5000, currency: 'IRR' }]]);
    expect(money('قالت الحكومة اليمنية إن الراتب لا يتجاوز 40 ألف ريال.')).toEqual([['40 ألف ريال', { amount: 40000, currency: 'YER' }]]);
    expect(money('ارتفع سعر الخبز في السودان إلى 50 جنيها.')).toEqual([['50 جنيها', { amount: 50, currency: 'SDG' }]]);
    expect(money('بلغت صادرات المغرب من الحمضيات 3 مليارات درهم.')).toEqual([['3 مليارات درهم', { amount: 3000000000, currency: 'MAD' }]]);
  });

  test('an ambiguous lira or franc in the currency of the one country named', () => {
    expect(money('تراجعت الليرة التركية أمس وبلغ سعر الدولار 30 ليرة.')).toEqual([['30 ليرة', { amount: 30, currency: 'TRY' }]]);
    expect(money('قالت الحكومة اللبنانية إن الراتب 90 مليون ليرة.')).toEqual([['90 مليون ليرة', { amount: 90000000, currency: 'LBP' }]]);
    expect(money('رفعت سويسرا الضريبة إلى 40 فرنكا.')).toEqual([['40 فرنكا', { amount: 40, currency: 'CHF' }]]);
  });

  test('guards: the default stays without another country, with the default country, or with two', () => {
    expect(money('بلغ سعر الوجبة 30 ريالا.')).toEqual([['30 ريالا', { amount: 30, currency: 'SAR' }]]);
    expect(money('قالت الرياض إن سعر الوجبة 30 ريالا.')).toEqual([['30 ريالا', { amount: 30, currency: 'SAR' }]]);
    expect(money('زار وفد من قطر طهران وبحث صفقة بقيمة 30 مليون ريال.')).toEqual([['30 مليون ريال', { amount: 30000000, currency: 'SAR' }]]);
    expect(money('قال تركي الفيصل إن الثمن 30 ليرة.')).toEqual([['30 ليرة', undefined]]);
    expect(money('يمتد سور المدينة وبلغت كلفة ترميمه 30 ليرة.')).toEqual([['30 ليرة', undefined]]);
    // a masculine adjective may describe a person: it overrides no default
    expect(money('وقع النادي مع اللاعب البرازيلي عقدا بلغت قيمته 300 ألف ريال.')).toEqual([['300 ألف ريال', { amount: 300000, currency: 'SAR' }]]);
    expect(money('خصص خادم الحرمين الشريفين مليار ريال لإغاثة اليمن.')).toEqual([['مليار ريال', { amount: 1000000000, currency: 'SAR' }]]);
    // a currency named by its adjective is never overridden
    expect(money('قالت طهران إن الصفقة بلغت 30 مليون ريال قطري.')).toEqual([['30 مليون ريال قطري', { amount: 30000000, currency: 'QAR' }]]);
  });
});

describe('countryCurrencies', () => {
  test('reads countries, capitals and adjectives, with clitics, as words only', () => {
    expect(named(countryCurrencies(['وصل الوفد إلى الكويت']))).toEqual(['KWD']);
    expect(named(countryCurrencies(['قال مسؤول بالبنك المركزي البحريني']))).toEqual(['BHD']);
    expect(named(countryCurrencies(['وللأردن حدود طويلة']))).toEqual(['JOD']);
    expect(named(countryCurrencies(['تتميز المدينة بعراقة تاريخها وتنوع أعراق سكانها']))).toEqual([]);
    expect(named(countryCurrencies(['سافر إلى ليبيريا ثم قرأ سورة الفاتحة']))).toEqual([]);
    expect(named(countryCurrencies(['زار الجزائر ثم تونس']))).toEqual(['DZD', 'TND']);
    expect(named(countryCurrencies(['التقى بمسؤولين في السعودية وبريطانيا وسوريا وبتركيا']))).toEqual(['GBP', 'SAR', 'SYP', 'TRY']);
  });

  test('a masculine singular adjective is a weak cue; an institution\'s adjective or the country a strong one', () => {
    expect(countryCurrencies(['قال اللاعب البرازيلي'])).toEqual({ strong: new Set(), weak: new Set(['BRL']) });
    expect(countryCurrencies(['أعلنت الحكومة البرازيلية في البرازيل'])).toEqual({ strong: new Set(['BRL']), weak: new Set() });
  });

  test('a text of the past names no currency', () => {
    expect(countryCurrencies(['دخل بغداد سنة 656 هـ'])).toBeUndefined();
    expect(countryCurrencies(['في عهد الخليفة العباسي'])).toBeUndefined();
  });
});
