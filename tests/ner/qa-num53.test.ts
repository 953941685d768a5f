// Regression tests for QA round 53 of the numeric grammar: a dot before three digits that is a
// decimal point before a word that is no counted noun («مؤشر الدولار إلى 95.123 بعد أن …», an
// index, read as 95123 before), unless the text groups thousands with dots elsewhere; and a month
// after the particle of a Romance name («لويجي دي مايو», «كامبو دي مايو»), a DATE '--05' before.
// Every sentence is invented; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('one dot before three digits', () => {
  test('a decimal point before a word that goes on the clause, a preposition or a definite word', () => {
    expect(pickNumeric('وصعد مؤشر الدولار إلى 94.215 بعد أن أعلن البنك قراره')).toEqual([['NUM', '94.215', 94.215]]);
    expect(pickNumeric('وكان المؤشر قد ارتفع إلى 91.432 في وقت سابق من الجلسة')).toEqual([['NUM', '91.432', 91.432]]);
    expect(pickNumeric('وبلغ المؤشر 89.617 وهو أدنى مستوى له منذ شهرين')).toEqual([['NUM', '89.617', 89.617]]);
    expect(pickNumeric('وسجل المؤشر 93.208 الأربعاء قبل أن يتراجع')).toEqual([
      ['NUM', '93.208', 93.208],
      ['DATE', 'الأربعاء', '-W-3'],
    ]);
    expect(pickNumeric('وكان قد هبط إلى 88.905 يوم الخميس')).toEqual([
      ['NUM', '88.905', 88.905],
      ['DATE', 'يوم الخميس', '-W-4'],
    ]);
  });

  test('thousands when the text groups thousands with dots elsewhere', () => {
    expect(pickNumeric('تراجع عدد العمال من 1.254.300 إلى 815.420 خلال شهر مايو')).toEqual([
      ['NUM', '1.254.300', 1254300],
      ['NUM', '815.420', 815420],
      ['DATE', 'شهر مايو', '--05'],
    ]);
  });

  test('thousands before a counted noun, a decimal before a unit or alone, as before', () => {
    expect(pickNumeric('يسكن البلدة 12.450 نسمة')).toEqual([['NUM', '12.450', 12450]]);
    expect(pickNumeric('حصل المرشح على 15.063 صوتا')).toEqual([['NUM', '15.063', 15063]]);
    expect(pickNumeric('قضى السجين 1.200 يوم في زنزانته')).toEqual([['NUM', '1.200', 1200]]);
    expect(pickNumeric('يبلغ طول النفق 3.750 كم')).toEqual([['NUM', '3.750', 3.75]]);
  });
});

describe('a month in a Romance name', () => {
  test('after «دي» the month is part of the name', () => {
    expect(pickNumeric('وقال لويجي دي مايو إن الحكومة ستصمد')).toEqual([]);
    expect(pickNumeric('وصل المتظاهرون إلى ساحة بلازا دي مايو في العاصمة')).toEqual([]);
  });

  test('a month after other words is a month, as before', () => {
    expect(pickNumeric('وقع الاتفاق في مايو الماضي')).toEqual([['DATE', 'مايو الماضي', '--05']]);
    expect(pickNumeric('وصل الوفد في 12 مايو 2018')).toEqual([['DATE', '12 مايو 2018', '2018-05-12']]);
  });
});
