// QA round 88 (news-002, news-011, seed 323): «مدينة الملك X» named after a ruler read as the
// ruler — «وقعت مدينة الملك [عبدالعزيز]PERS للعلوم والتقنية», «بمدينة الملك [سعود]PERS الطبية»,
// «مدينة الملك [عبدالله]PERS الاقتصادية»: once the word after the name tells what it is, the whole
// is one entity from «مدينة» on — an ORG before a «لل…» word of purpose or «الطبية/الجامعية», a
// LOC before «الاقتصادية/العسكرية/الرياضية/…» (and ending on it) — through labelRulerCities in
// src/ner/rules.ts; a bare «مدينة الملك [سعود]» is left alone.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

describe('QA round 88: «مدينة الملك X» is an institution or a place named after the ruler', () => {
  it('labels «مدينة الملك X» + a word of purpose or «الطبية» as one ORG', () => {
    expect(rules('وقعت مدينة الملك عبدالعزيز للعلوم والتقنية اتفاقية', ['O', 'O', 'O', 'B-PERS', 'O', 'O', 'O']).tags).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('تعمل مدينة الملك عبد الله للطاقة الذرية على المشروع', ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'O', 'O', 'O']).tags).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O']);
    const r = rules('أجريت العملية بمدينة الملك سعود الطبية أمس', ['O', 'O', 'O', 'O', 'B-PERS', 'O', 'O']);
    expect(r.tags).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(r.clitics[2]).toBe('ب');
  });
  it('ends the ORG after one «و» + definite noun and the LOC on its adjective', () => {
    expect(rules('وقعت مدينة الملك عبدالعزيز للعلوم والتقنية والشركة السعودية اتفاقية', ['O', 'O', 'O', 'B-PERS', 'O', 'O', 'O', 'O', 'O']).tags).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O']);
    expect(rules('يقع استاد مدينة الملك عبدالله الرياضية الرئيسي في جدة', ['O', 'O', 'O', 'O', 'B-PERS', 'O', 'O', 'O', 'B-LOC']).tags).toEqual(['O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'O', 'O', 'B-LOC']);
  });
  it('labels «مدينة الملك X» + «الاقتصادية/الرياضية» as one LOC, also when the model ran on to the adjective', () => {
    expect(rules('افتتح المصنع في مدينة الملك عبدالله الاقتصادية برابغ', ['O', 'O', 'O', 'O', 'O', 'B-PERS', 'O', 'B-LOC']).tags).toEqual(['O', 'O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'B-LOC']);
    expect(rules('أقيمت المباراة في مدينة الملك فهد الرياضية مساء', ['O', 'O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'O']);
  });
  it('guard: a bare «مدينة الملك X», a city named by another word and the ruler himself stay', () => {
    expect(rules('زار الوزير مدينة الملك سعود أمس', ['O', 'O', 'O', 'O', 'B-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'B-PERS', 'O']);
    expect(rules('وصل الملك سلمان إلى مدينة جدة الساحلية', ['O', 'O', 'B-PERS', 'O', 'O', 'B-LOC', 'O']).tags).toEqual(['O', 'O', 'B-PERS', 'O', 'O', 'B-LOC', 'O']);
    expect(rules('استقبل الملك عبدالله الوفد في المدينة الرياضية', ['O', 'O', 'B-PERS', 'O', 'O', 'O', 'O']).tags).toEqual(['O', 'O', 'B-PERS', 'O', 'O', 'O', 'O']);
  });
});
