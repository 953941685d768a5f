// QA round 93 (news-007, ANT news, and news-013, Wikipedia; seed 339): a ruler's foreign name
// and his ordinal after his title, which the model leaves O — «الملكة [إليزابيث الثانية]»,
// «الإمبراطور [جستينيان الأول]», «للملك [سنوسرت الأول]», «البابا [بيوس الحادي عشر]» — are one PERS
// (labelRulerOrdinals in src/ner/rules.ts): one or two indefinite words without a proclitic
// between a title of RULER_TITLES and an ordinal. A word written definite or with «لل…»
// («الملك للمرة الثالثة», «الملك الإسكندر الرابع») and a word as frequent as a particle («الشاه
// آنذاك في الرابعة») are left alone. A PERS of a title and a name takes the ordinal after it
// («[البابا كليمنت الثالث]», extendPersonNames), as a name after a title did.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const B = 'B-PERS';
const I = 'I-PERS';

describe('QA round 93: a ruler\'s name and ordinal after his title, left O by the model', () => {
  it('labels the name and the ordinal after a title', () => {
    expect(rules('استقبلت الملكة إليزابيث الثانية رئيس الوزراء', [O, O, O, O, O, O]).tags).toEqual([O, O, B, I, O, O]);
    expect(rules('أمر الإمبراطور جستينيان الأول ببناء الكنيسة', [O, O, O, O, O, O]).tags).toEqual([O, O, B, I, O, O]);
    expect(rules('حكم الملك رمسيس الثاني مصر طويلا', [O, O, O, O, O, O]).tags).toEqual([O, O, B, I, O, O]);
  });
  it('takes a title with a proclitic, a name of two words and «عشر» after the ordinal', () => {
    expect(rules('بنيت المسلة للملك سنوسرت الأول', [O, O, O, O, O]).tags).toEqual([O, O, O, B, I]);
    expect(rules('زار البابا بيوس الحادي عشر المدينة', [O, O, O, O, O, O]).tags).toEqual([O, O, B, I, I, O]);
    expect(rules('وصل الإمبراطور فرانز جوزيف الأول إلى القصر', [O, O, O, O, O, O, O]).tags).toEqual([O, O, B, I, I, O, O]);
  });
  it('guard: a definite word, a «لل…» word or a particle before the ordinal is no name', () => {
    expect(rules('جلس الملك للمرة الثالثة على العرش', [O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('أخذ الملك الإسكندر الرابع أسيرا', [O, O, O, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('كان الشاه آنذاك في الرابعة من عمره', [O, O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('حضر الأمير الحفل الثاني للنادي', [O, O, O, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('فاز الأمير بالمركز الأول في السباق', [O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  it('extends a span of a title and a name over the ordinal after it', () => {
    expect(rules('وقد بشر البابا كليمنت الثالث بحرب جديدة', [O, O, B, I, O, O, O]).tags).toEqual([O, O, B, I, I, O, O]);
    expect(rules('أصدر البابا بولس الرابع عشر منشورا', [O, B, I, O, O, O]).tags).toEqual([O, B, I, I, I, O]);
  });
  it('guard: a name the model found is extended as before', () => {
    expect(rules('استقبلت الملكة إليزابيث الثانية الضيوف', [O, O, B, O, O]).tags).toEqual([O, O, B, I, O]);
  });
});
