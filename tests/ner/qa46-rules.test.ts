// QA round 46 of names (news-001 and news-012, seed 100): «مشهد» "scene" read as the city Mashhad
// before an indefinite word, and the blessing «رضوان الله عليهم» read as a person. Invented
// sentences; the rules run on hand-set tags, so that a test holds whatever the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const L = 'B-LOC';
const P = 'B-PERS';
const IP = 'I-PERS';
const M = 'B-MISC';

describe('«مشهد» before an indefinite word is the noun "scene"', () => {
  test('an adjective, a noun in construct, a verb of a relative clause, «من»', () => {
    expect(rules('ظهر البطل في مشهد مضحك', [O, O, O, L, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('بدأ الفيلم بمشهد قتل غامض', [O, O, L, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('كتبت الرواية مشهد يقوم فيه الجندي بالهرب', [O, O, L, O, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('قدمت الفرقة مشهد من مسرحية قديمة', [O, O, L, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  test('a listed adjective the segmenter splits («واحد») is one too', () => {
    expect(rules('صور المخرج مشهد واحد فقط', [O, O, L, O, O]).tags).toEqual([O, O, O, O, O]);
  });
});

describe('guards: the city Mashhad stays', () => {
  test('after a place head, before punctuation, a time or compass word, a pronoun', () => {
    expect(rules('وصل الوفد إلى مدينة مشهد مساء', [O, O, O, O, L, O]).tags).toEqual([O, O, O, O, L, O]);
    expect(rules('نقل الجرحى إلى مستشفى في مشهد ، وغادروا', [O, O, O, O, O, L, O, O]).tags).toEqual([O, O, O, O, O, L, O, O]);
    expect(rules('تظاهر الطلاب في مشهد خلال الصيف', [O, O, O, L, O, O]).tags).toEqual([O, O, O, L, O, O]);
    expect(rules('عاد الزوار من مشهد أمس', [O, O, O, L, O]).tags).toEqual([O, O, O, L, O]);
    expect(rules('يقال إن مشهد هي ثاني مدن البلاد', [O, O, L, O, O, O, O]).tags).toEqual([O, O, L, O, O, O, O]);
  });
  test('heading its sentence, or joined by «و» to other cities', () => {
    expect(rules('مشهد مدينة كبيرة', [L, O, O]).tags).toEqual([L, O, O]);
    expect(rules('زار طهران ومشهد مرات كثيرة', [O, L, L, O, O]).tags).toEqual([O, L, L, O, O]);
  });
});

describe('the blessing «رضوان الله عليهم» is no person', () => {
  test('the PERS over it is dropped and «الله» is the MISC', () => {
    expect(rules('روى الصحابة رضوان الله عليهم الحديث', [O, O, P, IP, O, O]).tags).toEqual([O, O, O, M, O, O]);
    expect(rules('وكان الصحابة رضوان الله عليهم حاضرين', [O, O, P, O, O, O]).tags).toEqual([O, O, O, M, O, O]);
    expect(rules('قال الإمام رضوان الله عليه كلمته', [O, O, P, IP, O, O]).tags).toEqual([O, O, O, M, O, O]);
  });
  test('guards: «رضوان» and «رضوان الله» as given names stay', () => {
    expect(rules('قال رضوان الله خان إن الوفد وصل', [O, P, IP, IP, O, O, O]).tags).toEqual([O, P, IP, IP, O, O, O]);
    expect(rules('كان رضوان باشا واليا', [O, P, IP, O]).tags).toEqual([O, P, IP, O]);
    expect(rules('رحب رضوان الله بالضيوف', [O, P, IP, O]).tags).toEqual([O, P, IP, O]);
  });
});
