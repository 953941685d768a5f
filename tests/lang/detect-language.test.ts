import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc';
import { describe, expect, test } from 'vitest';
import { reshape } from '../../src/display/index.js';
import { DETECTABLE_LANGUAGES, detectLanguage } from '../../src/lang/index.js';
import { ROOT } from '../helpers/shared.js';

// Sentences written for these tests (not taken from any corpus).
const ARABIC = [
  'ذهب الطلاب إلى المكتبة صباح اليوم لدراسة التاريخ القديم.',
  'تستضيف المدينة مؤتمرا دوليا حول تغير المناخ في الأسبوع المقبل.',
  'قالت الحكومة إنها ستفتح مدارس جديدة في القرى البعيدة.',
];
const PERSIAN = [
  'امروز صبح دانشجویان برای مطالعه تاریخ به کتابخانه رفتند.',
  'این شهر هفته آینده میزبان یک همایش بین‌المللی درباره تغییرات اقلیمی خواهد بود.',
  'دولت گفت که مدرسه‌های تازه‌ای در روستاهای دور باز خواهد کرد.',
];
const URDU = [
  'آج صبح طلبہ تاریخ پڑھنے کے لیے کتب خانے گئے۔',
  'یہ شہر اگلے ہفتے موسمیاتی تبدیلی پر ایک بین الاقوامی کانفرنس کی میزبانی کرے گا۔',
  'حکومت نے کہا کہ وہ دور دراز دیہات میں نئے اسکول کھولے گی۔',
];

describe('detectLanguage', () => {
  test.each(ARABIC)('calls an Arabic sentence arb: %s', (s) => expect(detectLanguage(s)).toBe('arb'));
  test.each(PERSIAN)('calls a Persian sentence pes: %s', (s) => expect(detectLanguage(s)).toBe('pes'));
  test.each(URDU)('calls an Urdu sentence urd: %s', (s) => expect(detectLanguage(s)).toBe('urd'));

  test('tells Pashto, Sorani, Uyghur and Sindhi by their own letters', () => {
    expect(detectLanguage('زه نن سهار ښوونځي ته ولاړم.')).toBe('pbu');
    expect(detectLanguage('ئەمڕۆ بەیانی چووم بۆ قوتابخانە.')).toBe('ckb');
    expect(detectLanguage('مەن بۈگۈن مەكتەپكە باردىم.')).toBe('uig');
    expect(detectLanguage('مان اڄ صبح اسڪول ويس.')).toBe('snd');
  });

  test('never calls one Arabic word Persian, where franc alone does', () => {
    expect(franc('استهلت', { minLength: 1, only: ['arb', 'pes', 'urd', 'zlm'] })).toBe('pes');
    expect(franc('بيلاروسيا', { minLength: 1 })).toBe('zlm');
    for (const word of ['استهلت', 'بيلاروسيا', 'كتاب', 'مدرسة', 'شهر', 'الكتاب', 'في البيت', 'مُدَرِّسَةٌ']) {
      expect(detectLanguage(word), word).toBe('arb');
    }
  });

  test('lets letters overrule franc even when every text goes to franc (minLength 0)', () => {
    expect(detectLanguage('استهلت', { minLength: 0 })).toBe('arb');
    expect(detectLanguage('بيلاروسيا', { minLength: 0 })).toBe('arb');
  });

  test('calls a single word with Persian letters pes and one with Urdu letters urd', () => {
    expect(detectLanguage('پدر')).toBe('pes');
    expect(detectLanguage('گفت')).toBe('pes');
    expect(detectLanguage('ٹیکس')).toBe('urd');
    expect(detectLanguage('ہے')).toBe('urd');
    expect(detectLanguage('ښه')).toBe('pbu');
  });

  test('keeps an Arabic sentence Arabic when it names something in Persian spelling', () => {
    expect(detectLanguage('وصل الوفد إلى العاصمة الباكستانية بعد زيارة قصيرة إلى چابهار.')).toBe('arb');
  });

  test('reads Arabic typed on a Persian or Urdu keyboard (ی ک ھ for ي ك ه) as Arabic', () => {
    expect(detectLanguage('وقالت الحكومة إنھا ستفتح مدارس جدیدة فی القری البعیدة خلال العام المقبل.')).toBe('arb');
    expect(detectLanguage('ذهب الطلاب إلی المکتبة صباح الیوم لدراسة التاریخ القدیم.')).toBe('arb');
  });

  test('reads Persian typed on an Arabic keyboard (ي ك for ی ک) as Persian when it has a Persian word', () => {
    expect(detectLanguage('امروز صبح دانشجويان براي مطالعه تاريخ به كتابخانه رفتند.')).toBe('pes');
    expect(detectLanguage('دولت گفت كه مدرسه‌هاي تازه‌اي در روستاهاي دور باز خواهد كرد.')).toBe('pes');
  });

  test('judges mixed text by the Arabic-script share of its letters', () => {
    expect(detectLanguage('مرحبا world')).toBe('arb');
    expect(detectLanguage('Hello world مرحبا')).toBe('und');
    expect(detectLanguage('The minister told reporters on Tuesday that the schools would open: "شكرا"')).toBe('und');
    expect(detectLanguage('He said "ذهب الطلاب إلى المكتبة صباح اليوم" to us')).toBe('arb');
  });

  test("answers 'und' for text without Arabic-script letters", () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('   ')).toBe('und');
    expect(detectLanguage('123 ٤٥٦ ، ؟ 😀')).toBe('und');
    expect(detectLanguage('Hello world, this is English.')).toBe('und');
    expect(detectLanguage('\u064E\u0650\u0640')).toBe('und');
  });

  test('reads shaped text (presentation forms) by the letters it shows', () => {
    expect(detectLanguage(reshape(PERSIAN[0]!))).toBe('pes');
    expect(detectLanguage(reshape(URDU[0]!))).toBe('urd');
    expect(detectLanguage(reshape('استهلت'))).toBe('arb');
  });

  test('answers only from `only`', () => {
    expect(detectLanguage('كتاب', { only: ['pes', 'urd'] })).toBe('pes');
    expect(detectLanguage(URDU[1]!, { only: ['arb', 'pes'] })).toMatch(/^(arb|pes)$/);
    expect(detectLanguage('مان اڄ صبح اسڪول ويس.', { only: ['snd'] })).toBe('snd');
    expect(detectLanguage('hello', { only: ['pes'] })).toBe('und');
  });

  test('answers a code from DETECTABLE_LANGUAGES', () => {
    for (const s of [...ARABIC, ...PERSIAN, ...URDU]) expect(DETECTABLE_LANGUAGES).toContain(detectLanguage(s));
  });

  test('calls the corpus article and each of its Arabic paragraphs arb', () => {
    const article = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');
    expect(detectLanguage(article)).toBe('arb');
    for (const paragraph of article.split(/\n+/)) {
      const answer = detectLanguage(paragraph);
      if (answer !== 'und') expect(answer, paragraph).toBe('arb');
    }
  });

  test.each([[42], [null], [undefined], [{}], [['نص']]])('throws a TypeError naming dhad.detectLanguage for %j', (value) => {
    expect(() => detectLanguage(value as unknown as string)).toThrow(/^dhad\.detectLanguage: expected a string, got /);
  });

  test('rejects unknown options and bad option values', () => {
    expect(() => detectLanguage('نص', { lang: 'arb' } as never)).toThrow(/unknown option 'lang'/);
    expect(() => detectLanguage('نص', 'arb' as never)).toThrow(TypeError);
    expect(() => detectLanguage('نص', { minLength: -1 })).toThrow(/minLength/);
    expect(() => detectLanguage('نص', { minLength: Number.NaN })).toThrow(/minLength/);
    expect(() => detectLanguage('نص', { only: [] })).toThrow(/only/);
    expect(() => detectLanguage('نص', { only: ['eng'] } as never)).toThrow(/unknown language 'eng'/);
  });
});
