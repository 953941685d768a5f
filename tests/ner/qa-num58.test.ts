// Regression tests for QA round 58 of the numeric grammar: a bare «الاثنين» after «منذ», after
// «ابتداء/اعتبارا من», after «في وقت سابق/متأخر (من)», in a range of weekdays («من الاثنين إلى
// الخميس», «الأحد إلى الاثنين», «ليل الأحد-الاثنين») is Monday (afterSince); afterReportingVerb
// now also reads verbs of acting on things in the past and present («وانتهت الاثنين المهلة»,
// «يكشف الرئيس الاثنين خطته») and a subject set off by commas («أعلن رئيس البرلمان، محمد
// الحلبوسي، الاثنين …»). Every sentence is invented; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const MONDAY = ['DATE', 'الاثنين', '-W-1'];

describe('«الاثنين» after «منذ», «ابتداء من» and in a range of weekdays', () => {
  test('is Monday', () => {
    expect(pickNumeric('ونزح آلاف السكان منذ الاثنين من القرى الحدودية')).toEqual([MONDAY]);
    expect(pickNumeric('ويغلق المعبر ابتداء من الاثنين حتى إشعار آخر')).toEqual([MONDAY]);
    expect(pickNumeric('وأكد مسؤول محلي، في وقت سابق من الاثنين، أن الطريق أغلق')).toEqual([MONDAY]);
    expect(pickNumeric('يعمل المكتب من الاثنين إلى الخميس')).toEqual([MONDAY, ['DATE', 'الخميس', '-W-4']]);
    expect(pickNumeric('أرجئت الجلسة المقررة الأحد إلى الاثنين.')).toEqual([['DATE', 'الأحد', '-W-7'], MONDAY]);
    expect(pickNumeric('وقعت الاشتباكات ليل الأحد-الاثنين قرب الحدود')).toEqual([['DATE', 'الأحد', '-W-7'], MONDAY]);
  });

  test('"the two" after «من» stays no DATE', () => {
    expect(pickNumeric('اختار اللاعب واحدا من الاثنين.')).toEqual([]);
    expect(pickNumeric('ارتفع العدد من الاثنين إلى ثلاثة')).toEqual([['NUM', 'ثلاثة', 3]]);
    expect(pickNumeric('لا فرق كبيرا بين الاثنين في الأداء')).toEqual([]);
    expect(pickNumeric('كلا الاثنين لاعب ممتاز')).toEqual([]);
    expect(pickNumeric('خرج الاثنين معا من القاعة')).toEqual([]);
  });
});

describe('«الاثنين» after more verbs of acting on things, and after a subject set off by commas', () => {
  test('is Monday', () => {
    expect(pickNumeric('وانتهت الاثنين المهلة الممنوحة للفصائل')).toEqual([MONDAY]);
    expect(pickNumeric('تنطلق الاثنين البطولة العربية للرماية')).toEqual([MONDAY]);
    expect(pickNumeric('يكشف الرئيس الأمريكي الاثنين خطته للطاقة')).toEqual([MONDAY]);
    expect(pickNumeric('وصوت النواب الاثنين لصالح القانون الجديد')).toEqual([MONDAY]);
    expect(pickNumeric('وخضع اللاعب الاثنين لعملية جراحية في الركبة')).toEqual([MONDAY]);
    expect(pickNumeric('أعلن رئيس البرلمان، محمد الحلبوسي، الاثنين تأجيل الجلسة')).toEqual([MONDAY]);
    expect(pickNumeric('أعلنت الشركة الألمانية، الاثنين خطة لخفض الوظائف')).toEqual([MONDAY]);
  });

  test('"the two" as an object of persons, or after «نحن», stays no DATE', () => {
    expect(pickNumeric('وصفت الصحيفة الاثنين بأنهما أفضل لاعبين')).toEqual([]);
    expect(pickNumeric('منعت الشرطة الاثنين من السفر')).toEqual([]);
    expect(pickNumeric('حين يرحل تنتهي حياتنا نحن الاثنين')).toEqual([]);
    expect(pickNumeric('أعلن المدرب أن الاثنين، الحارس والمدافع، سيغيبان')).toEqual([]);
  });
});
