// Regression tests for numeric QA round 80: a number that ends a name in quotation marks — a phone,
// a processor, a game, a festival, a military exercise, a channel, a craft («هاتف "بيكسل 3"»,
// «احتفالات «عيد طيبة 36»», «شبكة "السويداء 24"», «زجاج “جوريلا جلاس 4″») — was read as a NUM,
// as if it counted something (209 in news-001 and news-008). `closesQuotedName` now reads a number
// right before the closing mark, after one to three words that follow the opening mark (a dash
// between them or none), as part of the name, so no NUM; not a number alone in the marks, not one
// after a preposition or a word of amount («"إلى 30"»), not a quoted sentence of four words or more,
// and a year in the marks stays a DATE. Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('a number that ends a quoted name', () => {
  test('is part of the name, no NUM', () => {
    expect(pickNumeric('وكشفت الشركة عن هاتفها الجديد "نجمة 7" في معرض برشلونة')).toEqual([]);
    expect(pickNumeric('وانطلقت فعاليات التمرين البحري المشترك «موج الخليج 3» بمشاركة وحدات من البلدين')).toEqual([]);
    expect(pickNumeric('ونقلت قناة "الساحل 24" عن مصادر محلية أن الطريق أغلق')).toEqual([]);
    expect(pickNumeric('وزودت السيارة بمحرك “توربو 16″ الجديد')).toEqual([]);
    expect(pickNumeric('وتعمل الساعة بنظام "وير 2.1" الذي طورته الشركة')).toEqual([]);
  });

  test('leaves the counts of the sentence alone', () => {
    expect(pickNumeric('وحققت لعبة "أبطال الملعب 22" مبيعات بلغت 5 ملايين نسخة')).toEqual([['NUM', '5 ملايين', 5000000]]);
  });

  test('guards: a number alone, after a preposition, in a quoted sentence, a year, a count outside the marks', () => {
    expect(pickNumeric('وقال التقرير إن «40» شخصا أصيبوا في الحادث')).toEqual([['NUM', '40', 40]]);
    expect(pickNumeric('وارتفع عدد الضحايا "إلى 30" بحسب المصادر')).toEqual([['NUM', '30', 30]]);
    expect(pickNumeric('وقال المتحدث: "عدد المصابين في المستشفى 12" دون تفاصيل')).toEqual([['NUM', '12', 12]]);
    expect(pickNumeric('وأعلنت المملكة "رؤية 2030" لتنويع الاقتصاد')).toEqual([['DATE', '2030', '2030']]);
    expect(pickNumeric('وباعت الشركة من هاتف "نجمة" 300 ألف جهاز')).toEqual([['NUM', '300 ألف', 300000]]);
  });
});
