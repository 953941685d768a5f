// Regression tests for numeric QA round 67: the definite eleven «الأحد عشر» was read as the
// weekday «الأحد» (Sunday) and a NUM 10 («المتنافسين الأحد عشر», «خلال الأحد عشر عاما»), and the
// definite eleven and twelve before the noun they count («الإحدى عشرة سنة», «الاثني عشر شهرا»)
// were no NUM. The heads «الأحد/الإحدى/الاثني/الاثنتي/الاثنا/الاثنتا» now join the definite
// units: before «عشر/عشرة» and a counted noun they are a NUM (11, 12), after their noun
// («النوادي الأحد عشر», «الدول الإحدى عشرة») they stay out as «الخمسة عشر» does. «يوم الأحد» and
// «الأحد» before «عشرة» stay Sunday; the ordinal «الحادي عشر» stays out of NUM.
// Invented sentences; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('the definite eleven and twelve', () => {
  test('before a counted noun are a NUM', () => {
    expect(pickNumeric('وارتفعت الصادرات خلال الأحد عشر عاما الماضية')).toEqual([['NUM', 'الأحد عشر', 11]]);
    expect(pickNumeric('وتراجع الإنتاج في الإحدى عشرة سنة الأخيرة')).toEqual([['NUM', 'الإحدى عشرة', 11]]);
    expect(pickNumeric('وسجلت الشركة أرباحا قياسية خلال الاثني عشر شهرا الماضية')).toEqual([['NUM', 'الاثني عشر', 12]]);
    expect(pickNumeric('وقال الطفل ذو الاثني عشر عاما إنه يحب الرسم')).toEqual([['NUM', 'الاثني عشر', 12]]);
    expect(pickNumeric('وفاز ثلاثة من بين الأحد عشر مرشحا')).toEqual([
      ['NUM', 'ثلاثة', 3],
      ['NUM', 'الأحد عشر', 11],
    ]);
  });

  test('after their noun are no Sunday and no NUM 10', () => {
    expect(pickNumeric('وتأهل المتنافسين الأحد عشر إلى الدور النهائي')).toEqual([]);
    expect(pickNumeric('وأعلن الاتحاد أسماء اللاعبين الأحد عشر للمباراة')).toEqual([]);
    expect(pickNumeric('واجتمع وزراء الدول الأحد عشر في الرياض')).toEqual([]);
  });
});

describe('guards', () => {
  test('Sunday stays Sunday after «يوم» and before «عشرة»', () => {
    expect(pickNumeric('وعقد الاجتماع يوم الأحد عشرة وزراء')).toEqual([
      ['DATE', 'يوم الأحد', '-W-7'],
      ['NUM', 'عشرة', 10],
    ]);
    expect(pickNumeric('وزار الأحد عشرة سفراء المعرض')).toEqual([
      ['DATE', 'الأحد', '-W-7'],
      ['NUM', 'عشرة', 10],
    ]);
  });

  test('the indefinite eleven and the ordinal read as before', () => {
    expect(pickNumeric('وقتل أحد عشر مسلحا في القصف')).toEqual([['NUM', 'أحد عشر', 11]]);
    expect(pickNumeric('ويضم الكتاب إحدى عشرة قصة قصيرة')).toEqual([['NUM', 'إحدى عشرة', 11]]);
    expect(pickNumeric('وحل الفريق في المركز الحادي عشر')).toEqual([]);
    expect(pickNumeric('وتتنافس الدول الإحدى عشرة على اللقب')).toEqual([]);
  });
});
