// Regression tests for numeric QA round 73: a number that names a matchday or phase («في المرحلة
// 25 من الدوري», «الأسبوع 30 من الدوري», «الأسبوع 27 من الحمل»), a dynasty of Egypt («الأسرة
// 18»), an isotope («اليورانيوم 235», «البلوتونيوم 239») or a Hodeidah quarter («كيلو 16») was read
// as a count (NUM); these nouns name like «الجولة» and «الدورة» now (`NUMBERED`), unless a
// counted noun follows the number or a range joined to it by a dash («الأسبوع 100-150 قتيلا»;
// `pastRange`). «نمرة» (the Egyptian «رقم», «رصيف نمرة 5») and the space probes «أبولو 11» and
// «فينيرا 7» are identifier words too. Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const nums = (text: string) => pickNumeric(text).filter(([type]) => type === 'NUM');

describe('a matchday, a phase, a week, a dynasty, an isotope, a Kilo quarter', () => {
  test('are no count', () => {
    expect(nums('وفاز الهلال على ضيفه في المرحلة 25 من الدوري السعودي')).toEqual([]);
    expect(nums('وتقام المباراة المؤجلة ضمن المرحلة 18، بعد عودة المنتخب')).toEqual([]);
    expect(nums('وتعرض اللاعب للإصابة في الأسبوع 30 من الدوري الإسباني')).toEqual([]);
    expect(nums('وولدت الطفلة في الأسبوع 27 من الحمل بوزن منخفض')).toEqual([]);
    expect(nums('وعثر الفريق على تمثال من عهد الأسرة 18 في الأقصر')).toEqual([]);
    expect(nums('ونجح العلماء في فصل اليورانيوم 235، ثم أنتجوا البلوتونيوم 239.')).toEqual([]);
    expect(nums('وتقدمت القوات نحو منطقة كيلو 16 بمحافظة الحديدة')).toEqual([]);
  });

  test('guards: a counted noun after the number or its range keeps the count', () => {
    expect(nums('وشارك في هذه المرحلة 5000 عامل ومهندس')).toEqual([['NUM', '5000', 5000]]);
    expect(nums('وأنقذ خفر السواحل خلال الأسبوع 400 مهاجر')).toEqual([['NUM', '400', 400]]);
    expect(nums('وأوقعت الاشتباكات خلال الأسبوع 100-150 قتيلا')).toEqual([['NUM', '100', 100], ['NUM', '150', 150]]);
    expect(nums('وبلغت قروض الأسرة 3000 قرض')).toEqual([['NUM', '3000', 3000]]);
    expect(nums('وتتكون الأسرة 5 أفراد')).toEqual([['NUM', '5', 5]]);
    expect(nums('وأجرى الفريق تدريباته في المرحلة 3 أيام متتالية')).toEqual([['NUM', '3', 3]]);
    expect(pickNumeric('وتمكن من تخصيب اليورانيوم 20 في المئة')).toEqual([['PERCENT', '20 في المئة', 20]]);
  });
});

describe('«نمرة» and the space probes «أبولو», «فينيرا»', () => {
  test('name the number after them', () => {
    expect(pickNumeric('وقام ببطولة فيلم رصيف نمرة 5 عام 1956')).toEqual([['DATE', 'عام 1956', '1956']]);
    expect(nums('وقاد أرمسترونغ طاقم أبولو 11 إلى سطح القمر')).toEqual([]);
    expect(nums('وأرسل الاتحاد السوفيتي المسبار فينيرا 7 إلى كوكب الزهرة')).toEqual([]);
  });
});
