// Regression tests for numeric QA round 86: the minute of a match marked by the minute sign
// («15' أحمد حسني 48' أداما تراوري», «(83')», «90'+3») was a NUM: `isMatchMinute` takes it as
// «الدقيقة 32» is taken, unless a coordinate's degrees stand beside it or the mark closes a
// quotation. The Tunisian noon adverb «زوالا» was not read («الساعة الرابعة زوالا» T04:00): it
// joins «ظهرا» (`NOON_ADVERBS`); «بعد ظهر» and «بعد زوال» in construct before a day («الساعة
// الرابعة بعد ظهر اليوم») set the afternoon (`NOON_CONSTRUCTS`); a 24-hour time before a noon
// adverb («الساعة 14:30 زوالا») is one TIME. Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('minutes of a match with the minute sign', () => {
  test('scorers listed with their minutes, in brackets, added time', () => {
    expect(pickNumeric("فاز النادي الصفاقسي 3 - 0 على نجم المتلوي 72' ياسين مرياح 86' هاني عمامو")).toEqual([
      ['NUM', '3', 3], ['NUM', '0', 0],
    ]);
    expect(pickNumeric("وفاز الفريق 1-0 بفضل هدف سجله المهاجم (83').")).toEqual([['NUM', '1', 1], ['NUM', '0', 0]]);
    expect(pickNumeric("وسجل الهدف الثاني محمد بن طرشة 90'+3 من ركلة حرة")).toEqual([]);
  });

  test('guards: coordinates, quotations, counts', () => {
    expect(pickNumeric("وتقع المدينة على خط طول 48' 33° شرقا")).toEqual([['NUM', '48', 48], ['NUM', '33', 33]]);
    expect(pickNumeric("وغرقت السفينة عند الموقع 41°44' شمالا")).toEqual([['NUM', '41', 41], ['NUM', '44', 44]]);
    expect(pickNumeric("وقالت الحكومة إن 'القانون رقم 10' قد يعيق عودة اللاجئين")).toEqual([]);
    expect(pickNumeric("وتسرب الألبوم '4' قبل صدوره")).toEqual([['NUM', '4', 4]]);
    expect(pickNumeric('وسجل اللاعب 12 هدفا في 30 مباراة')).toEqual([['NUM', '12', 12], ['NUM', '30', 30]]);
  });
});

describe('noon in Tunisian usage and in construct', () => {
  test('«زوالا» after an hour', () => {
    expect(pickNumeric('وتنطلق المباراة على الساعة الرابعة زوالا بالملعب الأولمبي')).toEqual([['TIME', 'الساعة الرابعة زوالا', 'T16:00']]);
    expect(pickNumeric('ويلتقي الفريقان الساعة الثالثة و النصف زوالا')).toEqual([['TIME', 'الساعة الثالثة و النصف زوالا', 'T15:30']]);
    expect(pickNumeric('وتبدأ الجلسة من الساعة 14:30 زوالا')).toEqual([['TIME', 'الساعة 14:30 زوالا', 'T14:30']]);
  });

  test('«بعد ظهر» and «بعد زوال» before a day', () => {
    expect(pickNumeric('وعادت حركة القطارات حوالي الساعة الرابعة بعد ظهر اليوم')).toEqual([['TIME', 'الساعة الرابعة', 'T16:00']]);
    expect(pickNumeric('ووقع الحادث في حدود الساعة الثالثة والنصف بعد زوال اليوم، بينما')).toEqual([['TIME', 'الساعة الثالثة والنصف', 'T15:30']]);
    expect(pickNumeric('ووصل الوفد إلى المطار في الثانية بعد ظهر أمس')).toEqual([['TIME', 'الثانية', 'T14:00']]);
  });

  test('guards: «ظهرا», «بعد الزوال», a morning hour, «ظهر» as a verb', () => {
    expect(pickNumeric('وتفتح المكاتب من الساعة العاشرة صباحا إلى الساعة الثانية بعد الزوال')).toEqual([
      ['TIME', 'الساعة العاشرة صباحا', 'T10:00'], ['TIME', 'الساعة الثانية بعد الزوال', 'T14:00'],
    ]);
    expect(pickNumeric('ويبدأ الاجتماع الساعة الواحدة ظهرا')).toEqual([['TIME', 'الساعة الواحدة ظهرا', 'T13:00']]);
    expect(pickNumeric('وفي الساعة الثالثة بعد ظهر الرئيس على الشاشة')).toEqual([['TIME', 'الساعة الثالثة', 'T03:00']]);
  });
});
