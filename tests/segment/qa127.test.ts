// QA round 127: foreign names that begin with ك, read as ك + a stem.
// A foreign given name in ك before a surname or alone was split like ك + a common word: «كليان
// مبابي» as ك + «ليان», «كلايف» as ك + «لايف», «كيمبا ووكر» as ك + «يمبا», and names of firms,
// channels and places: «جي إس كالتيكس» as ك + ال + «تيكس», «كنال بلوس» as ك + «نال», «كالفي» as
// ك + «الفي»; after و, «وكفين» (and Kevin) was و + ك + «فين» and «وكليان» stayed whole.
// These names join the list of foreign names kept whole (FOREIGN_NAMES of segment.ts), after
// which a proclitic is split off the name; ك + a word of the same letters but no name keeps its
// split.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('a foreign name that begins with ك', () => {
  test.each([
    ['وسجل المهاجم كليان مبابي هدفين في المباراة', 2, '[كليان]'],
    ['وتألق أنطوان غريزمان وكليان مبابي في الشوط الثاني', 3, 'و+[كليان]'],
    ['ودفع النادي مبلغا كبيرا لكليان مبابي', 4, 'ل+[كليان]'],
    ['وقال الأستاذ كلايف ديفيس إن الفرقة ستعود', 2, '[كلايف]'],
    ['وأحرز كيمبا ووكر عشرين نقطة', 1, '[كيمبا]'],
    ['وتألق إدين هازار وكفين دي بروين في المباراة', 3, 'و+[كفين]'],
    ['وباعت شركة جي إس كالتيكس شحنة من الخام', 4, '[كالتيكس]'],
    ['وبثت قناة كنال بلوس المباراة مباشرة', 2, '[كنال]'],
    ['ورست السفينة في مرفأ كالفي في جزيرة كورسيكا', 4, '[كالفي]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['وفتحت كفين مرتعشين أمام الناس', 1, '[كفين]'],
    ['وعاد كيفن دي بروين إلى الملاعب', 1, '[كيفن]'],
    ['ووقف اللاعب كلاعب أساسي في المباراة', 2, 'ك+[لاعب]'],
    ['وبدا الأمر كالحلم بالنسبة إلى الجماهير', 2, 'ك+ال+[حلم]'],
    ['وتحدث كمدرب للفريق الأول', 1, 'ك+[مدرب]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
