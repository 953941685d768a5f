import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 47: one class. Feminine adjectives of things kept their ة («الفاخرة», «النائية»,
// «المنخفضة», «الوعرة», «الباهظة»): the lexicon script's agreement test (agreesAsFeminine,
// agreesAsNisba) counted a definite feminine as an adjective only after a definite noun in ـة
// or ـات, while a plural of things takes its adjective in the feminine singular after a broken
// plural too («الفنادق الفاخرة», «المناطق النائية», «الطرق الوعرة»). The script now also counts
// a definite broken plural of the shapes «مفاعل» / «فعالل» and «مفاعيل» (not «تفاعل», the masdar
// «التعاون»), where that agreement is 15 % of the word's definite forms and three times at least
// (so a noun such as «البحرية», the navy, or «العقلية» is not tipped over), and where it alone
// carries the word, only if the word's plural in ـات is not commoner than the word («واردات»).
describe('stem QA round 47: feminine adjectives after a broken plural', () => {
  test('the feminine of an adjective of things goes with its masculine', () => {
    expect(stem('الفاخرة')).toBe('فاخر');
    expect(stem('فاخرة')).toBe(stem('فاخر'));
    expect(stem('النائية')).toBe('نائي');
    expect(stem('المنخفضة')).toBe(stem('منخفض'));
    expect(stem('الوعرة')).toBe('وعر');
    expect(stem('باهظة')).toBe('باهظ');
    expect(stem('الخلابة')).toBe(stem('خلاب'));
    expect(stem('القاحلة')).toBe('قاحل');
    expect(stem('الشائكة')).toBe('شائك');
    expect(stem('الباليستية')).toBe(stem('باليستي'));
  });

  test('guards: nouns of their own in ـة and plurals of their own are as before', () => {
    // «البحرية» (the adjective, or the navy) → «بحري» since round 109 (DEFINITE_NISBAS); the bare noun stays.
    expect(stem('بحرية')).toBe('بحرية');
    expect(stem('العقلية')).toBe('عقلية');
    expect(stem('المضيفة')).toBe('مضيفة');
    expect(stem('الواردات')).toBe('واردة');
    expect(stem('حنيفة')).toBe('حنيفة');
    expect(stem('الصحة')).toBe('صحة');
    expect(stem('التعاون')).toBe('تعاون');
    expect(stem('الفنادق')).toBe('فنادق');
    expect(stem('الجديدة')).toBe('جديد');
  });
});
