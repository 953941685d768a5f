import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 54, two classes. (1) The old spelling of a final ئ as ي + ء with a dotted ي
// («شاطيء», «طواريء», «مباديء», «القاريء», «يختبيء»): round 53 wrote ئ where the word had ى + ء
// («شاطىء»); the dotted spelling kept «شاطيء» apart from «شاطئ». After three letters or more the
// stem now writes ئ for it too, but where a real ي stands before the hamza: the tenth form of a
// root whose middle radical is ي and whose last is ء («يستضيء», «المستضيء»: one radical after
// «ست»), the fourth form «يسيء» with a proclitic left on («بيسيء»), and «لاشيء». After one or two
// letters the ي is a long vowel as before («شيء», «بريء», «مضيء»). (2) The perfect's «نا» (we)
// before an object pronoun: `segment` takes the pronoun only («شاهدناه» → «شاهدنا» + «ه»), and
// the stem kept «شاهدنا», where the bare «شاهدنا» gives «شاهد». Behind a pronoun, «نا» is now
// removed where the lexicon shows «Xت» as the perfect («شاهدت»): a noun's «نا» (our) takes no
// second pronoun.
describe('stem QA round 54: the old spelling يء of a final ئ', () => {
  test('after three letters or more, a dotted يء is written ئ', () => {
    expect(stem('شاطيء')).toBe('شاطئ');
    expect(stem('الشاطيء')).toBe(stem('الشاطئ'));
    expect(stem('والشواطيء')).toBe(stem('الشواطئ'));
    expect(stem('المباديء')).toBe(stem('المبادئ'));
    expect(stem('الطواريء')).toBe(stem('الطوارئ'));
    expect(stem('القاريء')).toBe('قارئ');
    expect(stem('ناشيء')).toBe('ناشئ');
    expect(stem('المنشيء')).toBe('منشئ');
    expect(stem('يختبيء')).toBe('يختبئ');
    expect(stem('يستهزيء')).toBe('يستهزئ');
  });

  test('guards: a real ي before the hamza stays', () => {
    expect(stem('يستضيء')).toBe('يستضيء');
    expect(stem('المستضيء')).toBe('مستضيء');
    expect(stem('بيسيء')).toBe('بيسيء');
    expect(stem('لاشيء')).toBe('لاشيء');
    expect(stem('اللاشيء')).toBe('لاشيء');
    expect(stem('شيء')).toBe('شيء');
    expect(stem('الشيء')).toBe('شيء');
    expect(stem('بريء')).toBe('بريء');
    expect(stem('الجريء')).toBe('جريء');
    expect(stem('مضيء')).toBe('مضيء');
    expect(stem('يضيء')).toBe('يضيء');
    expect(stem('شاطىء')).toBe('شاطئ');
  });
});

describe('stem QA round 54: the perfect\'s «نا» before an object pronoun', () => {
  test('«نا» goes with the pronoun where «Xت» is a perfect', () => {
    expect(stem('شاهدناه')).toBe('شاهد');
    expect(stem('قدمناها')).toBe('قدم');
    expect(stem('هزمناهم')).toBe('هزم');
    expect(stem('وتابعناه')).toBe('تابع');
    expect(stem('سمعناه')).toBe(stem('سمعت'));
    expect(stem('أرسلناه')).toBe(stem('أرسلنا'));
    expect(stem('أرسلناه')).toBe(stem('أرسلت'));
  });

  test('guards: a noun\'s «نا» and a short base are as before', () => {
    expect(stem('قدمنا')).toBe('قدم');
    expect(stem('بلادنا')).toBe('بلاد');
    expect(stem('فريقنا')).toBe('فريق');
    expect(stem('مدينتنا')).toBe('مدينة');
    expect(stem('عيناه')).toBe('عينا');
    expect(stem('متناه')).toBe('متنا');
  });
});
