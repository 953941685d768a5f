// QA round 18 of person, place and organisation names (general news of news-001 and Arabic
// Wikipedia of news-015 read by eye): a person's name cut in two by the model, and a
// nationality adjective read as a person before one, on invented sentences: first on hand-set
// tags, so that the rule is tested whatever the model says, then through entities().
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const B = 'B-PERS';
const I = 'I-PERS';
const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('two PERS names side by side after a title are one name', () => {
  test('after a title, a speech verb or a nationality adjective the second joins the first', () => {
    expect(rules('استقبل الرئيس كامل سعيد الجابري الوفد', [O, O, B, B, I, O]).tags).toEqual([O, O, B, I, I, O]);
    expect(rules('وقال الشيخ نادر بن فهد المرزوقي إن الموسم ناجح', [O, O, B, I, B, I, O, O, O]).tags).toEqual([O, O, B, I, I, I, O, O, O]);
    expect(rules('وقع المدافع البرازيلي ماركو سيلفا عقدا', [O, O, O, B, B, O]).tags).toEqual([O, O, O, B, I, O]);
    // a name cut in three joins in one
    expect(rules('وصل الملك الظاهر ركن الدين بيبرس إلى المدينة', [O, O, B, B, I, B, O, O]).tags).toEqual([O, O, B, I, I, I, O, O]);
  });
  test('a lone nationality adjective read as a person before one is dropped', () => {
    expect(rules('ووقع النادي مع المهاجم الباراغوياني ماركو سيلفا', [O, O, O, O, B, B, I]).tags).toEqual([O, O, O, O, O, B, I]);
    expect(rules('وسجل الباراغوياني دييغو سانشيز هدفين', [O, B, B, I, O]).tags).toEqual([O, O, B, I, O]);
  });
  test('guards: subject and object, «و» or a preposition between, a name already unclean', () => {
    // no title before: a verb's subject and object
    expect(rules('اختار سامي العلي خالد المنصور رئيسا', [O, B, I, B, I, O]).tags).toEqual([O, B, I, B, I, O]);
    // the second begins with «و» or a proclitic the span left out
    expect(rules('وحضر الرئيس كامل وسعيد', [O, O, B, B]).tags).toEqual([O, O, B, B]);
    expect(rules('وأشاد الرئيس كامل الجابري بمنصور العلي', [O, O, B, I, B, I]).tags).toEqual([O, O, B, I, B, I]);
    // a «و» inside the first: the model already ran over a coordination (which round 168's
    // splitCoordinatedNames ends before «والبحريني», a frequent word and no name)
    expect(rules('بمشاركة البولندي آدم والبحريني سعيد الجابري', [O, O, B, I, B, I]).tags).toEqual([O, O, B, O, B, I]);
    // two family names joined by «و»: the nisba stays
    expect(rules('وشوهد الجابري والمنصوري في الملعب', [O, B, B, O, O]).tags).toEqual([O, B, B, O, O]);
    // a first name that ends in a common word («لاحقا») is not joined to the second (since names
    // QA round 254 the adverb also leaves the first name's end)
    expect(rules('وسلم الملك كامل لاحقا كامل الثاني', [O, O, B, I, B, I]).tags).toEqual([O, O, B, O, B, I]);
  });
  test('through entities()', () => {
    expect(names('وقال الشيخ صباح خالد الحمد الصباح إن العلاقات متينة')).toEqual(['PERS صباح خالد الحمد الصباح']);
    expect(names('وقالت الدكتورة نيفين محمد محمود إن الوثائق محفوظة')).toEqual(['PERS نيفين محمد محمود']);
    expect(names('وقال الرئيس فلاديمبر بوتين إن بلاده مستعدة')).toEqual(['PERS فلاديمبر بوتين']);
  });
});

describe('a feminine adjective after an indefinite feminine noun is no place', () => {
  const L = 'B-LOC';
  test('«…ية» whose masculine «…ي» the corpus writes as often is dropped', () => {
    expect(rules('تحولت البلاد إلى دولة بوليسية', [O, O, O, O, L]).tags).toEqual([O, O, O, O, O]);
    expect(rules('زار الوفد مدينة إيرانية قديمة', [O, O, O, L, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('أقيم المخيم في منطقة حدودية', [O, O, O, O, L]).tags).toEqual([O, O, O, O, O]);
  });
  test('guards: a place of that shape, a final «ه», a definite noun, «عاصمة» in construct', () => {
    expect(rules('ولد في مدينة بلنسية', [O, O, O, L]).tags).toEqual([O, O, O, L]);
    expect(rules('ترعرع في منطقة جونيه', [O, O, O, L]).tags).toEqual([O, O, O, L]);
    expect(rules('زار الوفد عاصمة سورية', [O, O, O, L]).tags).toEqual([O, O, O, L]);
    expect(rules('تقع في الجمهورية العربية السورية', [O, O, L, 'I-LOC', 'I-LOC']).tags).toEqual([O, O, L, 'I-LOC', 'I-LOC']);
  });
  test('through entities()', () => {
    expect(names('يعيش الناس في ظل دولة بوليسية منذ سنوات')).toEqual([]);
  });
});
