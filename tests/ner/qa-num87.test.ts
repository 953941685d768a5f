// Regression tests for numeric QA round 87: the minutes of scorers in brackets were NUMs where the
// bracket neither closed the clause nor a list of names («وسجل لليوفنتوس سامي خضيرة (3) بكرة»,
// «ومحمد رزق (30 من ركلة جزاء)», «فيليب هيلاندر (11 خطأ في مرمى فريقه)»): `isScorerMinute` takes
// integers up to 130 in brackets after a name the grammar does not read, with a penalty or an own
// goal at most, in a sentence that reports a match's goals (`speaksOfGoals`), also before the
// goal in construct with the team (`goalOfTeam`). Counts in brackets keep their NUM. Invented
// sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('minutes of scorers in brackets', () => {
  test('a minute before the clause goes on', () => {
    expect(pickNumeric('وسجل للفريق لاعب الوسط كريم بوعزة (3) بكرة سددها بقدمه اليسرى في المباراة')).toEqual([]);
    expect(pickNumeric('وألغى الحكم هدفا أحرزه البديل سامي جابر (75) بداعي التسلل في المباراة')).toEqual([]);
    expect(pickNumeric('وفاز الفريق بهدف لأنيس الحداد (21) بعدما تعادلا سلبا ذهابا')).toEqual([]);
  });

  test('a penalty, an own goal, several minutes with added time', () => {
    expect(pickNumeric('وفاز الأهلي بهدفين لوليد حمدي (12) وعلي بدر (30 من ركلة جزاء) في الدوري')).toEqual([]);
    expect(pickNumeric('وخسر المنتخب بهدفين سجلهما يوسف الحارس (11 خطأ في مرمى فريقه) وآخر للضيوف')).toEqual([]);
    expect(pickNumeric('وسجل هدفي المباراة المهاجم كريم الزواري (36 و45+1) لينفرد فريقه بالصدارة')).toEqual([]);
    expect(pickNumeric('وسجل البديل سامي الزواري (52) هدف الفريق الوحيد في المباراة')).toEqual([]);
  });

  test('guards: counts in brackets, a tally, ages, scores', () => {
    expect(pickNumeric('وسجل اللاعب (17) هدفا في الدوري هذا الموسم')).toEqual([['NUM', '17', 17]]);
    expect(pickNumeric('وسجل هدفا في المباراة ويبلغ عدد النقاط (3) لكل فريق')).toEqual([['NUM', '3', 3]]);
    expect(pickNumeric('وسجل المهاجم سامي (27 عاما) هدفين في المباراة')).toEqual([['NUM', '27', 27]]);
    expect(pickNumeric('ورصدت الوزارة حوالي (38) مدرسة بهدف رفع الطاقة الاستيعابية')).toEqual([['NUM', '38', 38]]);
    expect(pickNumeric('وتطرح شركة تناغم الأهداف (50) وظيفة نسائية')).toEqual([['NUM', '50', 50]]);
    expect(pickNumeric('وسجل اللاعب للمنتخب في المباريات (7) هدف رسمي')).toEqual([['NUM', '7', 7]]);
  });
});
