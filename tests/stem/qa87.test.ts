import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 87, one class, decided in src/stem/dhad.ts (participlePlural,
// defectiveParticiplePlural; the lexicon is unchanged): round 85's leftovers, sound plurals of
// participles in مـ the lexicon does not list and knows by none of round 85's three witnesses
// («المتشبعين», «مسرعين», «متعجبون», «المستلمين», «مصطحبين») and plurals of defective
// participles («المتمنين», «المشتكين», «المستدعون») kept their ين or ون. A fourth witness, the
// verb's perfect «Xت» whose ت the lexicon cuts, the م dropped («تشبعت») or read as the alef of
// the derived forms («استلمت»), now sends the plural to its masculine; where the lexicon reads
// the verb's imperfect plural «يXون» as a defective verb's (code i: «يتمنون»), «Xين», «Xون» go
// with «Xي», as «المتوفين» → «متوفي». Invented sentences.
describe('stem QA round 87: participle plurals known by their verb', () => {
  test('the verb\'s perfect «Xت» is listed: «المتشبعين», «مسرعين», «متعجبون», «المستلمين»', () => {
    expect(stem('المتشبعين')).toBe('متشبع');
    expect(stem('متشبعون')).toBe(stem('متشبع'));
    expect(stem('مسرعين')).toBe('مسرع');
    expect(stem('متعجبون')).toBe(stem('متعجب'));
    expect(stem('المتعجبين')).toBe(stem('متعجب'));
    expect(stem('المستلمين')).toBe('مستلم');
    expect(stem('مستلمون')).toBe(stem('مستلم'));
    expect(stem('المنتفضين')).toBe(stem('منتفض'));
    expect(stem('مصطحبين')).toBe(stem('مصطحب'));
  });

  test('the verb is defective: «المتمنين», «المشتكين», «المستدعون» go with «Xي»', () => {
    expect(stem('المتمنين')).toBe('متمني');
    expect(stem('متمنون')).toBe(stem('متمني'));
    expect(stem('المشتكين')).toBe('مشتكي');
    expect(stem('مشتكون')).toBe(stem('مشتكي'));
    expect(stem('المستدعون')).toBe(stem('المستدعين'));
    expect(stem('المتحلين')).toBe('متحلي');
  });

  test('in an invented sentence', () => {
    const words = tokenize('وقال المشتكون إن المستلمين كانوا متعجبين من السائقين المسرعين')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words).toEqual(['قال', 'مشتكي', 'ان', 'مستلم', 'كان', 'متعجب', 'من', 'سائق', 'مسرع']);
  });

  test('guards: names, duals of five letters and round 85\'s guards keep their letters', () => {
    expect(stem('مولتون')).toBe('مولتون');
    expect(stem('مولين')).toBe('مولين');
    expect(stem('المرضين')).toBe('مرضين');
    expect(stem('مملين')).toBe('مملين');
    expect(stem('ميدلتون')).toBe('ميدلتون');
    expect(stem('مكلارين')).toBe('مكلارين');
    expect(stem('ملايين')).toBe('ملايين');
    expect(stem('موازين')).toBe('موازين');
    expect(stem('المسيحين')).toBe('مسيحين');
    expect(stem('المستقبلين')).toBe('مستقبلين');
    expect(stem('المتوفين')).toBe('متوفي');
  });
});
