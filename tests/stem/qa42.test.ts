import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 42: oblique duals of common nouns that kept their ين. A dual nearly always
// definite («القطاعين العام والخاص», «الجنسيتين», «المئتين») was taken for a place such as
// «البحرين»; it is now cut where its singular is seen 20 times as often as the dual (a place is
// seen about as often as its «singular»). A masculine dual news writes bare, after a verb, a
// number or a preposition («دولارين», «فوزين وتعادلين», «اتصالين»), was kept for want of the
// article; it no longer needs one where its singular is seen 50 times as often and takes the
// tanween, as a noun in ـة did not («مرتين»). Both rules live in the lexicon script (commonDual,
// tanweenDual).
describe('stem QA round 42: oblique duals of common nouns', () => {
  test('a definite dual meets its singular', () => {
    expect(stem('القطاعين')).toBe(stem('قطاع'));
    expect(stem('للقطاعين')).toBe('قطاع');
    expect(stem('والقطاعين')).toBe(stem('القطاعان'));
    expect(stem('الظهيرين')).toBe(stem('ظهير'));
    expect(stem('الاختبارين')).toBe('اختبار');
    expect(stem('السلطانين')).toBe('سلطان');
  });

  test('a definite dual of a noun in ـة meets its singular', () => {
    expect(stem('الجنسيتين')).toBe(stem('جنسية'));
    expect(stem('الخلفيتين')).toBe(stem('الخلفية'));
    expect(stem('المئتين')).toBe(stem('مئتان'));
  });

  test('a bare dual of a common masculine noun meets its singular', () => {
    expect(stem('دولارين')).toBe(stem('دولار'));
    expect(stem('فوزين')).toBe(stem('فوز'));
    expect(stem('وتعادلين')).toBe('تعادل');
    expect(stem('الجزءين')).toBe(stem('جزء'));
    expect(stem('اتصالين')).toBe('اتصال');
    expect(stem('سجينين')).toBe(stem('سجين'));
  });

  test('guards: places, names and singulars in ين keep it', () => {
    expect(stem('البحرين')).toBe('بحرين');
    expect(stem('القصرين')).toBe('قصرين');
    expect(stem('بولين')).toBe('بولين');
    expect(stem('دارين')).toBe('دارين');
    expect(stem('بوتين')).toBe('بوتين');
    expect(stem('مارتين')).toBe('مارتين');
    expect(stem('تمرين')).toBe('تمرين');
    expect(stem('ناسين')).toBe('ناسين');
  });

  test('guards: duals cut before are as before', () => {
    expect(stem('يومين')).toBe('يوم');
    expect(stem('شوطين')).toBe('شوط');
    expect(stem('الحرمين')).toBe('حرم');
    expect(stem('الاثنين')).toBe('اثنين');
  });
});
