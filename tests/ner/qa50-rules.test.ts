// QA round 50 of names (news-006 and news-012, seed 114): «صالح» read as the given name Saleh
// where it is "in favour of" («تصب في [صالح] الفريق»), "fit for" («ماء [صالح] للشرب») or "a good
// deed" («بعمل [صالح]»). Invented sentences, run on hand-set tags so that the tests hold whatever
// the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';

describe('«صالح» that is no name', () => {
  test('«في صالح» "in favour of"', () => {
    expect(rules('جاءت النتيجة في صالح الفريق الضيف', [O, O, O, P, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('لم يكن القرار في صالح المزارعين', [O, O, O, O, P, IP]).tags).toEqual([O, O, O, O, O, O]);
  });
  test('«صالح لـ» a use: "fit for"', () => {
    expect(rules('هذا الماء صالح للشرب بعد الغلي', [O, O, P, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('الطعام صالح للاستهلاك حتى الصيف', [O, P, O, O, O]).tags).toEqual([O, O, O, O, O]);
  });
  test('«عمل صالح» after a determiner or a proclitic: "a good deed"', () => {
    expect(rules('قام الرجل بعمل صالح في حياته', [O, O, O, P, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('لا يضيع أي عمل صالح عند ربه', [O, O, O, O, P, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
  });
  test('guards: the man Saleh stays', () => {
    expect(rules('وقال صالح للصحفيين إن الاتفاق قريب', [O, P, O, O, O, O]).tags).toEqual([O, P, O, O, O, O]);
    expect(rules('عمل صالح مدرسا في القرية', [O, P, O, O, O]).tags).toEqual([O, P, O, O, O]);
    expect(rules('التقى الوزير علي عبد الله صالح في صنعاء', [O, O, P, IP, IP, IP, O, 'B-LOC']).tags).toEqual([O, O, P, IP, IP, IP, O, 'B-LOC']);
    expect(rules('وثق الناس في صالحة منذ زمن', [O, O, O, P, O, O]).tags).toEqual([O, O, O, P, O, O]);
  });
});

const G = 'B-ORG';
const IG = 'I-ORG';

describe('an indefinite body with an adjective is a description, not a name', () => {
  test('«منظمة دولية», «حزب يساري», «منظمة غير حكومية», «شركات أجنبية»', () => {
    expect(rules('صارت الجمعية منظمة دولية كبيرة', [O, O, G, IG, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('أسس الطلاب حزب يساري صغير', [O, O, G, IG, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('تعمل في القرية منظمة غير حكومية منذ عامين', [O, O, O, G, IG, IG, O, O]).tags).toEqual([O, O, O, O, O, O, O, O]);
    expect(rules('دخلت السوق شركات أجنبية كثيرة', [O, O, G, IG, O]).tags).toEqual([O, O, O, O, O]);
  });
  test('guards: definite names, places after the head, and a head and adjective of other genders', () => {
    expect(rules('زار الوفد منظمة الصحة العالمية أمس', [O, O, G, IG, IG, O]).tags).toEqual([O, O, G, IG, IG, O]);
    expect(rules('درس الطالب في جامعة هلسنكي ثلاث سنوات', [O, O, O, G, IG, O, O]).tags).toEqual([O, O, O, G, IG, O, O]);
    expect(rules('اجتمع قادة منظمة شنغهاي للتعاون', [O, O, G, IG, IG]).tags).toEqual([O, O, G, IG, IG]);
    expect(rules('انضم إلى حزب الشعب الديمقراطي', [O, O, G, IG, IG]).tags).toEqual([O, O, G, IG, IG]);
  });
});

const L = 'B-LOC';
const IL = 'I-LOC';

describe('a place after «و» starts after the conjunction', () => {
  test('«وتل أبيب»', () => {
    const a = rules('زار الوفد القدس وتل أبيب أمس', [O, O, L, L, IL, O]);
    expect(a.tags).toEqual([O, O, L, L, IL, O]);
    expect(a.clitics[3]).toBe('و');
  });
  test('guards: places that begin with «و» keep it', () => {
    expect(rules('سافر الوزير إلى واشنطن أمس', [O, O, O, L, O]).clitics[3]).toBe('');
    expect(rules('عاد اللاعب إلى وارسو أمس', [O, O, O, L, O]).clitics[3]).toBe('');
    expect(rules('فاز منتخب ويلز بالمباراة', [O, O, L, O]).clitics[2]).toBe('');
  });
});
