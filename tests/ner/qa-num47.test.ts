// Regression tests for QA round 47 of the numeric grammar: «ست» (six) behind ل, ب or و, which
// alone read "I am not", "Best" and "West", counts before «ليال» (nights) and before the tens it
// opens («لست وثلاثين», «وست وخمسون»). Every sentence is invented; the fixes read 30, 50 or
// nothing before, and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('«ست» behind a proclitic', () => {
  test('before nights', () => {
    expect(pickNumeric('يقدم الفندق إقامة لست ليال بسعر خاص')).toEqual([['NUM', 'ست', 6]]);
  });

  test('before the tens it opens', () => {
    expect(pickNumeric('رشح الفيلم لست وثلاثين جائزة')).toEqual([['NUM', 'ست وثلاثين', 36]]);
    expect(pickNumeric('كتب أربع روايات وست وخمسون قصة')).toEqual([
      ['NUM', 'أربع', 4],
      ['NUM', 'ست وخمسون', 56],
    ]);
    expect(pickNumeric('لعب بست وعشرين مباراة')).toEqual([['NUM', 'ست وعشرين', 26]]);
  });

  test('inside a spoken time', () => {
    expect(pickNumeric('وصل في الساعة الخامسة وست وعشرين دقيقة')).toEqual([['TIME', 'الساعة الخامسة وست وعشرين دقيقة', 'T05:26']]);
  });

  test('guards: «لست» "I am not", «وست» "West"', () => {
    expect(pickNumeric('لست وحدك في هذا')).toEqual([]);
    expect(pickNumeric('لست وعدا لأحد')).toEqual([]);
    expect(pickNumeric('اجتمع وزراء مجموعة لست الكبرى')).toEqual([]);
    expect(pickNumeric('عمل لست ساعات متواصلة')).toEqual([['NUM', 'ست', 6]]);
  });
});
