// Regression tests for QA round 27 of the numeric grammar (the verb «ألّف», he composed, written
// with a shadda on its lām). Every sentence is invented; each case was read as a thousand before
// the fix, and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('the verb «ألّف» is no thousand', () => {
  test('with the shadda, alone or after «و/ف»', () => {
    expect(found('كما ألّف ديوانا في الغزل')).toEqual([]);
    expect(found('فألّف سليم لجنة من العلماء')).toEqual([]);
    expect(found('وألَّف في الفقه رسالة قصيرة')).toEqual([]);
  });

  test('a year before the verb stays a year, not a thousand times it', () => {
    expect(found('في 1850 ألّف الموسيقار لحنه الأخير')).toEqual([['DATE', '1850', '1850']]);
  });

  test('guards: the noun, with or without vowels, still counts', () => {
    expect(found('دفع ألف ريال')).toEqual([['MONEY', 'ألف ريال', { amount: 1000, currency: 'SAR' }]]);
    expect(found('حضر ألفُ رجلٍ الحفل')).toEqual([['NUM', 'ألفُ', 1000]]);
    expect(found('وصل 12 ألف زائر')).toEqual([['NUM', '12 ألف', 12000]]);
  });
});
