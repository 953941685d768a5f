import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 19 (news-000, news-011). Invented words only.
describe('root, QA round 19', () => {
  test.each([
    // The imperfect of تفعّل without a third radical is defective, never doubled.
    ['يتحدوا', 'وحد'],
    ['تتحد', 'وحد'],
    ['يتهمونه', 'وهم'],
    ['يتخلوا', 'خلي'],
    // A final ى after an imperfect in ي ن تت is the third radical.
    ['يتحدى', 'حدو'],
    ['تتحدى', 'حدو'],
    // A final ء after alef with a written و radical before it is weak (not in أفعال).
    ['الاستواء', 'سوي'],
    ['الاستوائية', 'سوي'],
    ['والالتواء', 'لوي'],
    // مفاعل and فاعل do not end in their third radical written alef.
    ['مجالا', 'جول'],
    ['حادا', 'حدد'],
    // A bare two-letter word is doubled.
    ['سن', 'سنن'],
    ['ود', 'ودد'],
    // Lexical stems and a seed root.
    ['الإبطي', 'ءبط'],
    ['اليسارية', 'يسر'],
    ['رديئة', 'ردء'],
    ['الحلويات', 'حلو'],
    ['القاحلة', 'قحل'],
    ['أغان', 'غني'],
    ['بالتهاني', 'هنء'],
    ['التسلية', 'سلو'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
  test('platinum has no root', () => {
    expect(root('بلاتيني')).toBeUndefined();
  });
  test.each([
    // Guards: unchanged.
    ['الأضواء', 'ضوء'],
    ['الاستياء', 'سوء'],
    ['يتردد', 'ردد'],
    ['معناه', 'عني'],
    ['المباراة', 'بري'],
    ['لسنة', 'سنو'],
    ['سنة', 'سنو'],
    ['السن', 'سنن'],
  ])('guard %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
