// Regression tests for numeric QA round 74: a hyphen typed after a space and against the digits
// after it was read as their minus sign where it is a dash: in a score after «صفر» («صفر -1»),
// before a title's year at the end of a bracket, quote, clause or line («(بتيلا هاوس -2011)»,
// «النائم السابع -1993»), before an age («مونتيلا -43 عاما»), and opening an aside a closing dash
// ends a few words later («-137 كيلومترا في الساعة-»). The tokenizer's sign is undone for these
// (`isSpacedDash`), as it already was for a dash after a number; temperatures, magnitudes,
// changes, a minus after a preposition or «و», and model names keep their reading. Digits after
// a short Latin abbreviation and its dot («(Op. 18)», «No. 2», «p. 13») were read as counts: the
// rule for digits after a Latin word now looks past the dot, except after circa («c. 1266»).
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('a spaced hyphen read as a minus sign', () => {
  test('after «صفر» joins a score', () => {
    expect(pickNumeric('وخسر المنتخب أمام مضيفه صفر -2 في المباراة الودية')).toEqual([['NUM', 'صفر', 0], ['NUM', '2', 2]]);
    expect(pickNumeric('وانتهت المباراة بفوز الضيوف (صفر -3) أمام جماهيرهم')).toEqual([['NUM', 'صفر', 0], ['NUM', '3', 3]]);
  });

  test('before the year of a title is a dash', () => {
    expect(pickNumeric('وشاركت في فيلم (رحلة الصيف -2012) مع عدد من النجوم')).toEqual([['DATE', '2012', '2012']]);
    expect(pickNumeric('ومن أشهر أعماله مسلسل الحارة القديمة -1998')).toEqual([['DATE', '1998', '1998']]);
    expect(pickNumeric('وصدرت روايته "ليل المدينة" -2005- عن دار صغيرة')).toEqual([['DATE', '2005', '2005']]);
  });

  test('before an age or an aside a closing dash ends is a dash', () => {
    expect(pickNumeric('وقال المزارع سالم العتيبي -45 عاما- إن المحصول تراجع')).toEqual([['NUM', '45', 45]]);
    expect(pickNumeric('ويقول الطالب أحمد علي -19 عاما، إنه يدرس الهندسة')).toEqual([['NUM', '19', 19]]);
    expect(pickNumeric('وتبلغ سرعتها 60 ميلا في الساعة -96 كيلومترا في الساعة- على الطريق')).toEqual([['NUM', '60', 60], ['NUM', '96', 96]]);
  });

  test('guards: temperatures, changes, magnitudes and model names keep their reading', () => {
    expect(pickNumeric('وانخفضت درجات الحرارة إلى -7 درجات مئوية ليلا')).toEqual([['NUM', '-7', -7]]);
    expect(pickNumeric('وتراجع المؤشر بنسبة -2 % في ختام التداول')).toEqual([['PERCENT', '-2 %', -2]]);
    expect(pickNumeric('وتراوحت الحرارة بين -5 و -10 درجات-')).toEqual([['NUM', '-5', -5], ['NUM', '-10', -10]]);
    expect(pickNumeric('وبلغ القدر الظاهري للنجم -1.5. ويمكن رؤيته بالعين')).toEqual([['NUM', '-1.5', -1.5]]);
    expect(pickNumeric('وسجلت المحطة -1200 متر تحت سطح البحر')).toEqual([['NUM', '-1200', -1200]]);
    expect(pickNumeric('وتراجع الرصيد إلى -2011، وفق البيانات')).toEqual([['NUM', '-2011', -2011]]);
    expect(pickNumeric('وحلقت مقاتلة من طراز سوخوي -30 إس- إم فوق البحر')).toEqual([]);
  });
});

describe('digits after a Latin abbreviation and its dot', () => {
  test('name a work, a page or an item', () => {
    expect(pickNumeric('وعزفت الفرقة الرباعية الوترية الأولى (Op. 18) في افتتاح المهرجان')).toEqual([]);
    expect(pickNumeric('وأنهى الملحن السوناتا الثانية (Op.27 No.2) في الصيف')).toEqual([]);
    expect(pickNumeric('وينقل المؤرخ الرواية عن كتابه (Smith, p. 214) دون تعليق')).toEqual([]);
  });

  test('guards: circa, a year and an amount keep their reading', () => {
    expect(pickNumeric('وعاش النحات (c. 1450) في مدينة فلورنسا')).toEqual([['NUM', '1450', 1450]]);
    expect(pickNumeric('ونشر التقرير في Jan. 2010 بعد تأخير')).toEqual([['DATE', '2010', '2010']]);
    expect(pickNumeric('وجمعت شركة Acme Inc. 5 ملايين دولار من المستثمرين')).toEqual([['MONEY', '5 ملايين دولار', { amount: 5000000, currency: 'USD' }]]);
  });
});
