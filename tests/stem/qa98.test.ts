import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 98, one class, decided in scripts/build-stem-lexicon.ts with the place where
// src/stem/dhad.ts reads its code j: round 97 gave the bare indefinite of a broken plural «مفاعٍ»
// its ي back («مبان» → «مباني»), but the same plural without مـ still had two stems, its definite
// «الأراضي», «الليالي», «الأغاني» → «اراضي», «ليالي», «اغاني» and its indefinite, which news
// writes without its ي («أراضٍ», «ليالٍ», «أغانٍ», «نواحٍ», «نوادٍ», «تفانٍ»), → «اراض», «ليال».
// `defectiveBrokenPlural` now takes any bare X of four letters with ا third (code j), not one of a
// plural «فعالى» written ـى («صحارى»: «صحار» is Sohar) nor one seen once (a name: «سواس», SOAS),
// and the stemmer reads code j on that shape, never after the article («النواح», wailing, stays;
// nor «التنف», al-Tanf, a jussive's shape). Invented sentences.
describe('stem QA round 98: the indefinite of a broken plural «أفاعٍ», «فواعٍ», «فعالٍ» gets its ي back', () => {
  test('the bare plural goes with «الأراضي», «الليالي», «الأغاني»', () => {
    expect(stem('أراض')).toBe('اراضي');
    expect(stem('أراضٍ')).toBe(stem('الأراضي'));
    expect(stem('وأراض')).toBe('اراضي');
    expect(stem('لأراض')).toBe(stem('للأراضي'));
    expect(stem('ليال')).toBe('ليالي');
    expect(stem('ليالٍ')).toBe(stem('الليالي'));
    expect(stem('أغان')).toBe('اغاني');
    expect(stem('بأغانٍ')).toBe(stem('الأغاني'));
    expect(stem('نواحٍ')).toBe('نواحي');
    expect(stem('نواد')).toBe(stem('النوادي'));
    expect(stem('وتفان')).toBe('تفاني');
    expect(stem('ضوارٍ')).toBe('ضواري');
    expect(stem('تراض')).toBe('تراضي');
  });

  test('in invented sentences', () => {
    const words = tokenize('وصادرت السلطات أراضي زراعية وأراض أخرى بعد ثلاث ليال من الاحتجاج')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[2]).toBe('اراضي');
    expect(words[4]).toBe('اراضي');
    expect(words[8]).toBe('ليالي');
    const more = tokenize('وقدمت الفرقة أغاني قديمة وأغانٍ جديدة في نوادٍ رياضية من نواح عدة')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(more[2]).toBe('اغاني');
    expect(more[4]).toBe('اغاني');
    expect(more[7]).toBe('نوادي');
    expect(more[10]).toBe('نواحي');
  });

  test('the article: no jussive or plural shape after it', () => {
    expect(stem('التنف')).toBe('تنف');
    expect(stem('النواح')).toBe('نواح');
    expect(stem('والنواح')).toBe('نواح');
  });

  test('guards: words of their own, plurals in ـى, names, rounds 81 and 97', () => {
    expect(stem('أمان')).toBe('امان');
    expect(stem('الأمان')).toBe('امان');
    expect(stem('أوان')).toBe('اوان');
    expect(stem('صحار')).toBe('صحار');
    expect(stem('نصار')).toBe('نصار');
    expect(stem('إياد')).toBe('اياد');
    expect(stem('سواس')).toBe('سواس');
    expect(stem('نظام')).toBe('نظام');
    expect(stem('سلام')).toBe('سلام');
    expect(stem('عمان')).toBe('عمان');
    expect(stem('الأراضي')).toBe('اراضي');
    expect(stem('مبان')).toBe('مباني');
    expect(stem('محام')).toBe('محامي');
    expect(stem('يأت')).toBe('ياتي');
  });
});
