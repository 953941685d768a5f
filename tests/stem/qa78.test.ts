import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 78, three classes, all decided in the generator (scripts/build-stem-lexicon.ts).
// (1) The feminine perfect of a verb in ـأ («نشأت», «طرأت», «امتلأت», «ابتدأت», «أخطأت») folds to
// ـات, which particlePerfect took for a plural's ending and refused; it follows «قد», «التي» as a
// perfect does, and a word in ـات that writes أت half its count (hamzaTeh; a plural of «منشأة»
// writes آت) may now be read so: «نشأت» → «نشا» as «نشأ». (2) A defective perfect of form V
// («تخلت», «تصدت», «تحدت») kept its ت because the masdar «التخلي», «التصدي» puts the article on
// the masculine «تخلى»; as for form VI the article no longer counts, while the plural or the
// particles are still needed, and the plural «تخلوا» follows. (3) «خلت» gave «خلي»: the tanween
// of «خلاً» hid «خلا»; for three letters the imperfect «يخلو» against «يخلي» now chooses ا.
describe('stem QA round 78: perfects in ـأت, form V defectives, ا or ى by the imperfect', () => {
  test('a feminine perfect in ـأت loses its ت', () => {
    expect(stem('نشأت')).toBe('نشا');
    expect(stem('ونشأت')).toBe('نشا');
    expect(stem('فنشأت')).toBe('نشا');
    expect(stem('طرأت')).toBe('طرا');
    expect(stem('امتلأت')).toBe('امتلا');
    expect(stem('وامتلأت')).toBe('امتلا');
    expect(stem('ابتدأت')).toBe('ابتدا');
    expect(stem('أخطأت')).toBe('اخطا');
  });

  test('the feminine in ـأت meets its masculine', () => {
    expect(stem('نشأت')).toBe(stem('نشأ'));
    expect(stem('طرأت')).toBe(stem('طرأ'));
    expect(stem('امتلأت')).toBe(stem('امتلأ'));
    expect(stem('أخطأت')).toBe(stem('أخطأ'));
  });

  test('a defective perfect of form V gives its masculine in ى', () => {
    expect(stem('تخلت')).toBe('تخلي');
    expect(stem('وتخلت')).toBe('تخلي');
    expect(stem('تصدت')).toBe('تصدي');
    expect(stem('تحدت')).toBe('تحدي');
    expect(stem('تخلوا')).toBe('تخلي');
    expect(stem('تصدوا')).toBe('تصدي');
    expect(stem('تخلت')).toBe(stem('تخلى'));
    expect(stem('تصدت')).toBe(stem('تصدى'));
  });

  test('a perfect of three letters whose «Xا» the tanween hid gives ا', () => {
    expect(stem('خلت')).toBe('خلا');
    expect(stem('وخلت')).toBe('خلا');
    expect(stem('خلت')).toBe(stem('خلا'));
  });

  test('guards: plurals and nouns in ـات, other perfects and form V words as before', () => {
    expect(stem('منشآت')).toBe('منشاة');
    expect(stem('المنشآت')).toBe('منشاة');
    expect(stem('مفاجآت')).toBe('مفاجاة');
    expect(stem('نشأته')).toBe('نشاة');
    expect(stem('ثبات')).toBe('ثبات');
    expect(stem('نبات')).toBe('نبات');
    expect(stem('مات')).toBe('مات');
    expect(stem('سيارات')).toBe('سيارة');
    expect(stem('بدأت')).toBe('بدا');
    expect(stem('قرأت')).toBe('قرا');
    expect(stem('تربت')).toBe('تربت');
    expect(stem('تسمت')).toBe('تسمت');
    expect(stem('التحدي')).toBe('تحدي');
    expect(stem('دعت')).toBe('دعا');
    expect(stem('بدت')).toBe('بدا');
    expect(stem('جرت')).toBe('جري');
    expect(stem('نمت')).toBe('نما');
    expect(stem('تلت')).toBe('تلا');
  });
});
