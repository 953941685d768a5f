import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 55, two classes. (1) The construct of a dual in the oblique case before a
// pronoun in ه («هدفيه», «صديقيها», «بجناحيها»): `segment` takes the pronoun off and leaves
// «هدفي», which the stem kept (a bare «Xي» is as often a nisba or «my X»). Behind a pronoun in ه
// the ي is now removed where the lexicon licenses both cases of the dual («Xين» and «Xان»), shows
// no defective imperfect «Xون» («تسميه»), no nisba plural «Xيين» («حرفيها», its craftsmen) and,
// before a lone «ه», no «Xية» that the ه may stand for («شعبيه»); the base must be written with
// that ي («معناه», «ماضيه», «محاميه» keep theirs). (2) Duals news writes nearly always with the
// article, «الوالدين», «الجنسين», which corpus counts cannot license: the generator lists the
// nouns (DEFINITE_DUAL_NOUNS), so «الجنسين» → «جنس», «والديه», «والداه», «والدا» → «والد».
describe('stem QA round 55: the construct of a dual before a pronoun', () => {
  test('the oblique construct loses its ي behind a pronoun in ه', () => {
    expect(stem('هدفيه')).toBe('هدف');
    expect(stem('بهدفيهما')).toBe('هدف');
    expect(stem('صديقيها')).toBe('صديق');
    expect(stem('بجناحيها')).toBe('جناح');
    expect(stem('هاتفيها')).toBe('هاتف');
    expect(stem('بنوعيها')).toBe('نوع');
    expect(stem('مؤسسيها')).toBe('مؤسس');
    expect(stem('لقبيه')).toBe(stem('لقبين'));
  });

  test('guards: a radical ي, a verb, a nisba and a miswritten ة keep the ي', () => {
    expect(stem('محاميه')).toBe('محامي');
    expect(stem('ماضيه')).toBe('ماضي');
    expect(stem('معناه')).toBe('معني');
    expect(stem('تسميه')).toBe('تسمي');
    expect(stem('حرفيها')).toBe('حرفي');
    expect(stem('وشعبيه')).toBe('شعبي');
    expect(stem('غربيه')).toBe('غربي');
    expect(stem('هدفي')).toBe('هدفي');
    expect(stem('مقاتليه')).toBe('مقاتل');
    expect(stem('عيناه')).toBe('عينا');
  });
});

describe('stem QA round 55: duals written nearly always with the article', () => {
  test('«الجنسين» and the dual of «والد» go with the singular', () => {
    expect(stem('الجنسين')).toBe('جنس');
    expect(stem('للجنسين')).toBe('جنس');
    expect(stem('والديه')).toBe('والد');
    expect(stem('لوالديها')).toBe('والد');
    expect(stem('ووالديهم')).toBe('والد');
    expect(stem('والداه')).toBe('والد');
    expect(stem('والداها')).toBe('والد');
    expect(stem('والدا')).toBe('والد');
  });

  test('guards: «والدين» after a conjunction, the nisba «جنسي», «والدي»', () => {
    expect(stem('والدين')).toBe('دين');
    expect(stem('جنسي')).toBe('جنسي');
    expect(stem('الجنسية')).toBe('جنسية');
    expect(stem('والدي')).toBe('والدي');
    expect(stem('الوالد')).toBe('والد');
    expect(stem('والدته')).toBe('والدة');
  });
});
