import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 105: nouns whose first radical was read as a prefix of a more frequent hollow or
// doubled root: مزاج «mood, temper» (المزاج، مزاجه، المزاجية) → زوج, as the مفعال of «marry»;
// الأمد «the term, the span» (قصير الأمد، طويل الأمد) → مدد, as the أفعل of أمدّ «supplied»; أكتاف
// «shoulders» → كيف. They are LEXICAL_STEMS rows now: مزاج → مزج (as أمزجة is), أكتاف → كتف, and
// أمد → ءمد after the article only (SUFFIXED_STEMS, ALONE_AFTER_ARTICLE), so that the verb
// أمدّه «supplied him» keeps مدد.
// Invented sentences.
describe('root: QA round 105', () => {
  // «تعكر المزاج العام في الأسواق», «حسب مزاجه», «تقلبات المزاجية», «قرارات مزاجية»,
  // «بمزاج هادئ», «خطة طويلة الأمد», «على المدى القصير والأمد البعيد», «حمل على أكتافه»,
  // «تكاتفت الأكتاف»
  test.each([
    ['المزاج', 'مزج'],
    ['مزاج', 'مزج'],
    ['مزاجه', 'مزج'],
    ['والمزاج', 'مزج'],
    ['المزاجية', 'مزج'],
    ['مزاجية', 'مزج'],
    ['بمزاج', 'مزج'],
    ['لمزاجهم', 'مزج'],
    ['الأمد', 'ءمد'],
    ['والأمد', 'ءمد'],
    ['الامد', 'ءمد'],
    ['أكتاف', 'كتف'],
    ['اكتافهم', 'كتف'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: the words of زوج and مدد these resembled keep their roots (الزواج، زوجته، المزدوج،
  // المد، مدة، الإمدادات), the verb أمدّه «supplied him» and the bare أمد keep مدد, the words of
  // مزج and كيف keep theirs (مزيج، أمزجة، كيفية، التكييف), and الأكتاف، أكتافه stay كتف.
  test.each([
    ['الزواج', 'زوج'],
    ['زوجته', 'زوج'],
    ['المزدوج', 'زوج'],
    ['المد', 'مدد'],
    ['مدة', 'مدد'],
    ['الإمدادات', 'مدد'],
    ['أمده', 'مدد'],
    ['أمدها', 'مدد'],
    ['مزيج', 'مزج'],
    ['أمزجة', 'مزج'],
    ['كيفية', 'كيف'],
    ['التكييف', 'كيف'],
    ['الأكتاف', 'كتف'],
    ['أكتافه', 'كتف'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
