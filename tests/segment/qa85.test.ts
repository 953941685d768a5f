// QA round 85: the particle «بيد أن» (however) in running text: «بيد» right before «أن», «أنّ»,
// «ان» (alone or with a pronoun: «بيد أنه», «بيد أنها») is kept whole, not ب + «يد» (by the hand
// of); «بيد من حديد», «بيد الحكومة» and the word alone keep ب + «يد».
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt, forms } from '../helpers/segment.js';
import { segment } from '../../src/segment/index.js';

describe('«بيد أن»: the particle kept whole', () => {
  test.each([
    ['وعد الوزير بالإصلاح بيد أن شيئا لم يتغير', 3, '[بيد]'],
    ['بيد أنه رفض الحديث إلى الصحفيين', 0, '[بيد]'],
    ['فازت الشركة بالعقد، بيد أنها لم تبدأ العمل', 3, '[بيد]'],
    ['حضر النواب الجلسة بيد أنهم لم يصوتوا', 3, '[بيد]'],
    ['نجح الفريق في الدور الأول بيد أنّ المدرب قلق', 5, '[بيد]'],
    ['تحدث المسؤول بإسهاب بيد انه لم يكشف التفاصيل', 3, '[بيد]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['ضربت الشرطة بيد من حديد', 2, 'ب+[يد]'],
    ['أصبح القرار بيد الحكومة وحدها', 2, 'ب+[يد]'],
    ['قتل الجندي بيد أحد المسلحين', 2, 'ب+[يد]'],
    ['بيد أن الحرب طويلة', 1, '[أن]'],
    ['سلمه الكتاب بيده', 2, 'ب+[يد]+ه'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test('the word alone keeps ب + «يد»', () => {
    expect(forms(segment('بيد'))).toBe('ب+[يد]');
  });
});
