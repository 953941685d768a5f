// QA round 26 of names (news, news-000 and news-010, read by eye): common words read as a
// one-word name — «لي» "to me" as the surname Li/Lee, «أين» "where", «[الجيران]» "the
// neighbours", «غرفة [نوم]» "bedroom", «[الدار]» "the house", «[المحيط]» "the ocean", «دوما»
// "always" as the town Douma — on invented sentences: first on hand-set tags, so that the rule
// is tested whatever the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const L = 'B-LOC';
const P = 'B-PERS';

describe('«لي» "to me" is no name', () => {
  test('before «أنّ», after a word that takes it, after a verb of saying', () => {
    expect(rules('وقد تبين لي أن الأمر صعب', [O, O, P, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('قدم لي دعما كبيرا', [O, P, O, O]).tags).toEqual([O, O, O, O]);
    expect(rules('فقال لي وهو يبتسم', [O, P, O, O]).tags).toEqual([O, O, O, O]);
  });
  test('guards: a title, a family word, a verb whose subject is Lee, a relative after speech', () => {
    expect(rules('قالت السيدة لي إنها سعيدة', [O, O, P, O, O]).tags).toEqual([O, O, P, O, O]);
    expect(rules('تملك عائلة لي حصة كبيرة', [O, O, P, O, O]).tags).toEqual([O, O, P, O, O]);
    expect(rules('ويعتبر لي أحد أهم المخرجين', [O, P, O, O, O]).tags).toEqual([O, P, O, O, O]);
    expect(rules('ويقول لي الذي أخرج الفيلم', [O, P, O, O, O]).tags).toEqual([O, P, O, O, O]);
  });
});

describe('common words alone are no name', () => {
  test('nouns with or without a proclitic, question words and verbs', () => {
    expect(rules('زار بعض الجيران أمس', [O, O, P, O]).tags).toEqual([O, O, O, O]);
    expect(rules('شقة من غرفة نوم واحدة', [O, O, O, L, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('عاد إلى الدار مساء', [O, O, L, O]).tags).toEqual([O, O, O, O]);
    expect(rules('غاص في قاع المحيط طويلا', [O, O, O, L, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('وأين ذهبت الأموال', [P, O, O]).tags).toEqual([O, O, O]);
    expect(rules('وأرى أن الحل قريب', [P, O, O, O]).tags).toEqual([O, O, O, O]);
    expect(rules('كانوا يعملون دوما بجد', [O, O, L, O]).tags).toEqual([O, O, O, O]);
  });
  test('guards: longer names, the town Douma after a preposition or a place word', () => {
    expect(rules('وصل إلى الدار البيضاء أمس', [O, O, L, 'I-LOC', O]).tags).toEqual([O, O, L, 'I-LOC', O]);
    expect(rules('عبر المحيط الهادي', [O, L, 'I-LOC']).tags).toEqual([O, L, 'I-LOC']);
    expect(rules('قصفت الطائرات مدينة دوما أمس', [O, O, O, L, O]).tags).toEqual([O, O, O, L, O]);
    expect(rules('سقطت قذائف في دوما', [O, O, O, L]).tags).toEqual([O, O, O, L]);
  });
});
