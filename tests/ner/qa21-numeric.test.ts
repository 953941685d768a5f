// Regression tests for QA round 21 of the numeric grammar (two scaled amounts joined by «و»,
// the classical ascending order of number words, «إحدى/أحد» before the tens, a definite
// compound numeral, a Hijri period marked on its second year, a range of hours in words). Every
// sentence is invented; each case was misread before the fix, and the guards beside them read
// the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('two scaled amounts joined by «و»', () => {
  test('a second scale at the same level or above starts a second number', () => {
    expect(found('تبرع بعشرة آلاف وخمسة آلاف أخرى')).toEqual([['NUM', 'عشرة آلاف', 10000], ['NUM', 'خمسة آلاف', 5000]]);
    expect(found('بين خمسة عشر ألفا وعشرين ألفا من الزوار')).toEqual([['NUM', 'خمسة عشر ألفا', 15000], ['NUM', 'عشرين ألفا', 20000]]);
    expect(found('يتراوح بين ألف وخمسة ملايين سنة')).toEqual([['NUM', 'ألف', 1000], ['NUM', 'خمسة ملايين', 5000000]]);
  });

  test('guards: a smaller block goes on the number', () => {
    expect(found('باع ألفا وخمسمائة نسخة')).toEqual([['NUM', 'ألفا وخمسمائة', 1500]]);
    expect(found('بلغ ثلاثة ملايين وخمسمائة ألف زائر')).toEqual([['NUM', 'ثلاثة ملايين وخمسمائة ألف', 3500000]]);
    expect(found('نحو مليون وخمسة عشر ألفا')).toEqual([['NUM', 'مليون وخمسة عشر ألفا', 1015000]]);
  });
});

describe('the classical order: units, tens, hundreds, thousands', () => {
  test('ascending parts joined by «و» are one number', () => {
    expect(found('وخلف تسعا وستين وسبعمائة ورقة')).toEqual([['NUM', 'تسعا وستين وسبعمائة', 769]]);
    // (after «سنة» such a number names a year, a DATE without a value since QA round 22)
    expect(found('توفي سنة تسع وستين وسبعمائة في القاهرة')).toEqual([['DATE', 'سنة تسع وستين وسبعمائة', undefined]]);
    expect(found('ولد سنة ثلاث عشرة وستمائة')).toEqual([['DATE', 'سنة ثلاث عشرة وستمائة', undefined]]);
    expect(found('كتبه سنة خمس وعشرين وثلاثمائة وألف')).toEqual([['DATE', 'سنة خمس وعشرين وثلاثمائة وألف', undefined]]);
    expect(found('في سنة ثمان وتسعين وألف')).toEqual([['DATE', 'سنة ثمان وتسعين وألف', undefined]]);
    expect(found('وكان الجيش ستين ومائة ألف مقاتل')).toEqual([['NUM', 'ستين ومائة ألف', 160000]]);
  });

  test('guards: a range after «بين», the usual order', () => {
    expect(found('يتراوح بين خمسين ومائة طالب')).toEqual([['NUM', 'خمسين', 50], ['NUM', 'مائة', 100]]);
    expect(found('يتراوح بين عشرة ومائة متر')).toEqual([['NUM', 'عشرة', 10], ['NUM', 'مائة', 100]]);
    expect(found('بلغ سبعمائة وتسعة وستين')).toEqual([['NUM', 'سبعمائة وتسعة وستين', 769]]);
  });
});

describe('«إحدى/أحد» before the tens', () => {
  test('is one, as «واحد» is', () => {
    expect(found('تعلم إحدى وعشرين لغة')).toEqual([['NUM', 'إحدى وعشرين', 21]]);
    expect(found('انتظر أحد وثلاثين يوما')).toEqual([['NUM', 'أحد وثلاثين', 31]]);
  });

  test('guards: «إحدى عشرة», «أحد» a pronoun', () => {
    expect(found('فاز إحدى عشرة مرة')).toEqual([['NUM', 'إحدى عشرة', 11]]);
    expect(found('قال أحد الوزراء وثلاثة نواب')).toEqual([['NUM', 'ثلاثة', 3]]);
  });
});

describe('a definite compound numeral', () => {
  test('is no count, its second part no NUM alone', () => {
    expect(found('قدرت الكلفة بين المائتين وثمانين مليونا والثلاثمائة مليون')).toEqual([]);
    expect(found('خلال الساعات الأربع وعشرين الماضية')).toEqual([]);
  });

  test('guards: a percent, two ends of a range', () => {
    expect(found('ارتفع 20 في المائة وخمسة آلاف سهم')).toEqual([['PERCENT', '20 في المائة', 20], ['NUM', 'خمسة آلاف', 5000]]);
    expect(found('عمره بين الخمسين وستين')).toEqual([['NUM', 'ستين', 60]]);
  });
});

describe('a Hijri period marked on its second year only', () => {
  test('is one DATE', () => {
    expect(found('درس في الرياض من 1405 إلى 1410 هـ')).toEqual([['DATE', '1405 إلى 1410 هـ', '1984-09-27/1990-07-23']]);
    expect(found('عمل بين 1392 و1400 هجرية في مكة')).toEqual([['DATE', '1392 و1400 هجرية', '1972-02-16/1980-11-08']]);
  });

  test('guard: a common-era period', () => {
    expect(found('عاش من 1503 حتى 1698 م')).toEqual([['DATE', '1503 حتى 1698 م', '1503/1698']]);
  });
});

describe('a range of hours in words', () => {
  test('the part of the day after the second hour is the first one\'s too', () => {
    expect(found('يفتح المتحف الساعة الخامسة وحتى العاشرة مساء')).toEqual([['TIME', 'الساعة الخامسة', 'T17:00'], ['TIME', 'العاشرة مساء', 'T22:00']]);
    expect(found('يعمل من التاسعة إلى الحادية عشرة صباحا')).toEqual([['TIME', 'التاسعة', 'T09:00'], ['TIME', 'الحادية عشرة صباحا', 'T11:00']]);
  });

  test('guards: a first hour later than the second, no part of the day', () => {
    expect(found('الساعة العاشرة حتى الخامسة مساء')).toEqual([['TIME', 'الساعة العاشرة', 'T10:00'], ['TIME', 'الخامسة مساء', 'T17:00']]);
    expect(found('الساعة 4 أو 5 عصرا')).toEqual([['TIME', 'الساعة 4', 'T16:00'], ['TIME', '5 عصرا', 'T17:00']]);
  });
});
