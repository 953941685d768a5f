import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 97, one class, decided in scripts/build-stem-lexicon.ts (the lexicon is
// regenerated; src/stem/ unchanged): a broken plural «مفاعٍ» of a defective root had two stems,
// its definite and construct «المباني», «مباني» → «مباني» but its indefinite, which news writes
// without its ي («مبانٍ», «معانٍ», «مساعٍ», «مقاهٍ», «موانٍ»), → «مبان». The bare «مفاع» now goes
// with «Xي» (code j, as round 96's participles «محام» → «محامي»; `defectiveBrokenPlural`):
// «Xي» is common and takes the article, is no nisba («مجانية», «المناعي» of «مناعة»), and X takes
// no ات, no perfect ت and hardly ever the article. Invented sentences.
describe('stem QA round 97: the indefinite of a broken plural «مفاعٍ» gets its ي back', () => {
  test('the bare plural goes with «المباني», «المعاني», «المساعي»', () => {
    expect(stem('مبان')).toBe('مباني');
    expect(stem('مبانٍ')).toBe('مباني');
    expect(stem('مبان')).toBe(stem('المباني'));
    expect(stem('ومبان')).toBe('مباني');
    expect(stem('معان')).toBe('معاني');
    expect(stem('بمعان')).toBe(stem('المعاني'));
    expect(stem('مساعٍ')).toBe('مساعي');
    expect(stem('مساع')).toBe(stem('المساعي'));
    expect(stem('مقاه')).toBe('مقاهي');
    expect(stem('موانٍ')).toBe('مواني');
    expect(stem('مواش')).toBe('مواشي');
    expect(stem('مجار')).toBe('مجاري');
  });

  test('in invented sentences', () => {
    const words = tokenize('وأصاب القصف مباني حكومية ومبان سكنية بعد مساع دبلوماسية لم تنجح')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[2]).toBe('مباني');
    expect(words[4]).toBe('مباني');
    expect(words[7]).toBe('مساعي');
    const more = tokenize('وتحمل الكلمة معاني كثيرة ومعان أخرى في مقاه ومطاعم المدينة')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(more[2]).toBe('معاني');
    expect(more[4]).toBe('معاني');
    expect(more[7]).toBe('مقاهي');
  });

  test('guards: words of their own, nisbas, the definite', () => {
    expect(stem('مكان')).toBe('مكان');
    expect(stem('المكان')).toBe('مكان');
    expect(stem('مجال')).toBe('مجال');
    expect(stem('مطار')).toBe('مطار');
    expect(stem('ميدان')).toBe('ميدان');
    expect(stem('مجاني')).toBe('مجاني');
    expect(stem('معاد')).toBe('معاد');
    expect(stem('مباح')).toBe('مباح');
    expect(stem('مصاف')).toBe('مصاف');
    expect(stem('ملال')).toBe('ملال');
    expect(stem('لمعان')).toBe('لمعان');
    expect(stem('المباني')).toBe('مباني');
    expect(stem('محام')).toBe('محامي');
  });
});
