import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 95, one class, decided in scripts/build-stem-lexicon.ts (the lexicon is
// regenerated): sound masculine plurals of participles that news writes seldom with the article or
// beside their singular kept their ين. Those of defective verbs go, as rounds 87 and 92 have it,
// with the singular «Xي» (code i): five letters of form II or IV where the verb's imperfect plural
// is a defective one's and X is no noun with a broken plural «أفعال» («المعزين» → «معزي»; not
// «المرضين» beside «أمراض»), six of form III «مفاعين» where the masdar «مفاعاة» is seen and no
// singular of a broken plural «مفاعيل» («مبالين», «مساوين», «مراعين» → «مبالي», …; not «موازين»
// beside «موزون», «ميادين», «ملايين»). The sound ones of six letters (round 93's
// shortParticipleOblique) lose their ين where a و after the م has its feminine seen («الموسرين» →
// «موسر»; not the loanword «المورفين») or where a plural of state shows its accusative «Xا» and
// its feminine instead of the article («معللين», «منوهين»; not «محمدين»). Invented sentences.
describe('stem QA round 95: plurals of participles seldom seen with the article', () => {
  test('a defective participle of five letters goes with «Xي»: «المعزين»', () => {
    expect(stem('المعزين')).toBe('معزي');
    expect(stem('المعزين')).toBe(stem('المعزي'));
    expect(stem('للمعزين')).toBe('معزي');
    expect(stem('معزين')).toBe('معزي');
  });

  test('form III of a defective verb, «مفاعين», goes with «مفاعي»', () => {
    expect(stem('مبالين')).toBe('مبالي');
    expect(stem('المبالين')).toBe('مبالي');
    expect(stem('مساوين')).toBe('مساوي');
    expect(stem('مراعين')).toBe('مراعي');
  });

  test('sound participles of six letters lose their ين: «الموسرين», «معللين», «منوهين»', () => {
    expect(stem('الموسرين')).toBe('موسر');
    expect(stem('الموسرين')).toBe(stem('الموسر'));
    expect(stem('والموسرين')).toBe('موسر');
    expect(stem('الموسرون')).toBe('موسر');
    expect(stem('معللين')).toBe('معلل');
    expect(stem('معللين')).toBe(stem('معللا'));
    expect(stem('منوهين')).toBe('منوه');
  });

  test('in invented sentences', () => {
    const words = tokenize('واستقبلت العائلة المعزين في منزلها بينما وقف الجيران غير مبالين بالمطر')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[2]).toBe('معزي');
    expect(words[9]).toBe('مبالي');
    const more = tokenize('وخرج المتحدثون معللين قرارهم ودعوا الموسرين إلى التبرع')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(more[2]).toBe('معلل');
    expect(more[5]).toBe('موسر');
  });

  test('guards: names, numbers, broken plurals and duals in ـين', () => {
    expect(stem('فلسطين')).toBe('فلسطين');
    expect(stem('التنين')).toBe('تنين');
    expect(stem('ثلاثين')).toBe('ثلاثين');
    expect(stem('الميادين')).toBe('ميادين');
    expect(stem('الموازين')).toBe('موازين');
    expect(stem('الملايين')).toBe('ملايين');
    expect(stem('المجانين')).toBe('مجانين');
    expect(stem('المرضين')).toBe('مرضين');
    expect(stem('مولين')).toBe('مولين');
    expect(stem('مدنين')).toBe('مدنين');
    expect(stem('محمدين')).toBe('محمدين');
    expect(stem('المورفين')).toBe('مورفين');
    expect(stem('مدفعين')).toBe('مدفع');
    expect(stem('المتوفين')).toBe('متوفي');
    expect(stem('المساواة')).toBe('مساواة');
  });
});
