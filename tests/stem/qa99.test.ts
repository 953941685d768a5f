import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 99, one class, decided in scripts/build-stem-lexicon.ts with the place where
// src/stem/dhad.ts reads its code j: rounds 96–98 gave the bare indefinite of a defective
// participle in مـ and of a broken plural of four letters its ي back («محام», «أراض»), but the
// form I participle «فاعٍ» of three letters, which news writes without its ي («قاضٍ», «عالٍ»,
// «نادٍ», «ثانٍ», «باقٍ», «ماضٍ», «راضٍ», «داعٍ»), still → «قاض», «عال», apart from «القاضي»,
// «العالي», and so did the form III «مفاعٍ» («موازٍ», «مساوٍ») beside «الموازي», «المساوي».
// `defectiveActiveParticiple` gives that X code j where «Xي» is common and takes the article, its
// feminine «Xية» is seen, «Xت», «Xا», «Xات» and X with a pronoun are rare, and «الX» is rare
// («عبد العال» aside); a form III X needs its masdar «مفاعاة». The stemmer reads code j on «فاع»,
// never after the article or before a pronoun. Homographs stay: the nouns «جار», «خال» (their
// pronouns), «غال» (Ghali, «الغال»), «رام» (Rami is a given name), the hollow verbs «قاس», «نام».
// Invented sentences.
describe('stem QA round 99: the indefinite of a defective participle «فاعٍ», «مفاعٍ» gets its ي back', () => {
  test('the bare participle goes with «القاضي», «العالي», «النادي»', () => {
    expect(stem('قاض')).toBe('قاضي');
    expect(stem('قاضٍ')).toBe(stem('القاضي'));
    expect(stem('وقاض')).toBe('قاضي');
    expect(stem('لقاضٍ')).toBe(stem('للقاضي'));
    expect(stem('عال')).toBe('عالي');
    expect(stem('عالٍ')).toBe(stem('العالي'));
    expect(stem('ناد')).toBe('نادي');
    expect(stem('لنادٍ')).toBe(stem('النادي'));
    expect(stem('ثان')).toBe('ثاني');
    expect(stem('باقٍ')).toBe(stem('الباقي'));
    expect(stem('ماض')).toBe(stem('الماضي'));
    expect(stem('راض')).toBe('راضي');
    expect(stem('داعٍ')).toBe('داعي');
    expect(stem('صاف')).toBe('صافي');
  });

  test('form III: «موازٍ», «مساوٍ» go with «الموازي», «المساوي»', () => {
    expect(stem('مواز')).toBe('موازي');
    expect(stem('موازٍ')).toBe(stem('الموازي'));
    expect(stem('مساو')).toBe('مساوي');
    expect(stem('مساوٍ')).toBe(stem('المساوي'));
  });

  test('in invented sentences', () => {
    const words = tokenize('ومثل أمام قاض في المحكمة وقال إنه راض عن القاضي وعن أداء ناد عريق')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[2]).toBe('قاضي');
    expect(words[7]).toBe('راضي');
    expect(words[9]).toBe(words[2]);
    expect(words[12]).toBe('نادي');
    const more = tokenize('وحفرت الشركة مجرى مواز للقناة بعد انفجار ثان وبصوت عال')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(more[3]).toBe('موازي');
    expect(more[7]).toBe('ثاني');
    expect(more[9]).toBe('عالي');
  });

  test('the article and a pronoun: no participle after or before them', () => {
    expect(stem('العال')).toBe('عال');
    expect(stem('قاضها')).toBe('قاض');
  });

  test('guards: homographs, hollow verbs, names, rounds 96–98', () => {
    expect(stem('جار')).toBe('جار');
    expect(stem('جاره')).toBe('جار');
    expect(stem('خال')).toBe('خال');
    expect(stem('غال')).toBe('غال');
    expect(stem('رام')).toBe('رام');
    expect(stem('سام')).toBe('سام');
    expect(stem('قاس')).toBe('قاس');
    expect(stem('نام')).toBe('نام');
    expect(stem('عام')).toBe('عام');
    expect(stem('حاد')).toBe('حاد');
    expect(stem('كاف')).toBe('كاف');
    expect(stem('مناد')).toBe('مناد');
    expect(stem('تالين')).toBe('تال');
    expect(stem('الماضي')).toBe('ماضي');
    expect(stem('محام')).toBe('محامي');
    expect(stem('أراض')).toBe('اراضي');
    expect(stem('يأت')).toBe('ياتي');
  });
});
