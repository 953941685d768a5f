// QA round 56: a word that merely ends in ك was cut as a stem + «ك» (you, your) wherever the
// letters before the ك, read with a final ا as ى, were a word: «إريك» (Eric) as «أرى» + ك,
// «تشاك» (Chuck) as «تشى» + ك, «جوراسيك» as «جوراسي» + ك. The second person is the rarest
// pronoun in news, and a stem that takes it takes «ه» or «كم» far more often; a word in ك whose
// stem shows neither now keeps its ك. The whole cases failed before the fix; the guards pass
// before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { formAt, forms } from '../helpers/segment.js';

describe('segment: a name in ك keeps its ك', () => {
  test.each([
    ['إريك', '[إريك]'],
    ['اريك', '[اريك]'],
    ['تشاك', '[تشاك]'],
    ['جوراسيك', '[جوراسيك]'],
    ['تيتانك', '[تيتانك]'],
    ['كيهك', '[كيهك]'],
    ['كوداك', '[كوداك]'],
    ['وإريك', 'و+[إريك]'],
    ['لتشاك', 'ل+[تشاك]'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('التقى المدرب إريك بلاعبيه قبل المباراة', 2)).toBe('[إريك]');
    expect(formAt('شاهد الأطفال فيلم جوراسيك بارك مرتين', 3)).toBe('[جوراسيك]');
    expect(formAt('وقال تشاك إن الفريق جاهز', 1)).toBe('[تشاك]');
  });
});

describe('guards: the pronoun ك stays a pronoun', () => {
  test.each([
    ['يمكنك', '[يمكن]+ك'],
    ['عليك', '[على]+ك'],
    ['لديك', '[لدى]+ك'],
    ['هاتفك', '[هاتف]+ك'],
    ['أرجوك', '[أرجو]+ك'],
    ['أراك', '[أرى]+ك'],
    ['نفسك', '[نفس]+ك'],
    ['كتابك', '[كتاب]+ك'],
    ['بإمكانك', 'ب+[إمكان]+ك'],
    ['وجئتك', 'و+[جئت]+ك'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('يمكنك أن تزور المتحف غدا', 0)).toBe('[يمكن]+ك');
    expect(formAt('أرجوك لا تتأخر عن الموعد', 0)).toBe('[أرجو]+ك');
  });
});
