import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 88, one class, decided in src/stem/dhad.ts (participleShape,
// participlePlural, passiveParticipleVerb, defectiveParticiplePlural; the lexicon is unchanged):
// rounds 85 and 87's leftovers, sound plurals of participles in مـ that kept their ين or ون:
// form III and form V of a root in ء, whose alef after the second letter round 85's guard against
// the broken plural «مفاعيل» refused («محاولين», «المجادلين», «متأكدون»); passive participles of
// form I with no witness of their own («المخدوعين», «مدحورون»); defective participles whose verb
// the lexicon knows by its perfect only («متعالين», «مستثنون»). Now an alef after the second
// letter is allowed in seven letters or more (the broken plural of a root in ن has six), a
// «مفعولين», «مفعولون» goes with its singular where the lexicon cuts the verb of its radicals
// («خدعت», «دحرت», «ضمت»), and a defective participle goes with «Xي» where the lexicon reads its
// perfect «Xت» as a defective verb's (code y or a). Invented sentences.
describe('stem QA round 88: participle plurals of form III, of the passive and of defective verbs', () => {
  test('form III and form V of a root in ء: «محاولين», «المجادلين», «متأكدون»', () => {
    expect(stem('محاولين')).toBe('محاول');
    expect(stem('محاولون')).toBe(stem('محاولين'));
    expect(stem('المجادلين')).toBe('مجادل');
    expect(stem('المعاندين')).toBe('معاند');
    expect(stem('مساندون')).toBe('مساند');
    expect(stem('موافقون')).toBe('موافق');
    expect(stem('متأكدون')).toBe(stem('متأكد'));
    expect(stem('المتأملين')).toBe(stem('متأمل'));
  });

  test('the passive participle of form I known by its verb: «المخدوعين», «مدحورون», «مضمومين»', () => {
    expect(stem('المخدوعين')).toBe('مخدوع');
    expect(stem('مدحورون')).toBe('مدحور');
    expect(stem('مجبورين')).toBe('مجبور');
    expect(stem('مضمومين')).toBe('مضموم');
    expect(stem('المذبوحين')).toBe('مذبوح');
  });

  test('a defective participle known by its perfect: «متعالين», «مستثنون» go with «Xي»', () => {
    expect(stem('متعالين')).toBe('متعالي');
    expect(stem('مستثنون')).toBe('مستثني');
    expect(stem('المستثنين')).toBe(stem('مستثنون'));
  });

  test('in an invented sentence', () => {
    const words = tokenize('وقال المحاولون إنهم متأكدون من أن المخدوعين ليسوا مستثنين من القرار')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words).toEqual(['قال', 'محاول', 'انهم', 'متاكد', 'من', 'ان', 'مخدوع', 'ليس', 'مستثني', 'من', 'قرار']);
  });

  test('guards: broken plurals «مفاعيل» of six letters, names and round 85/87\'s guards', () => {
    expect(stem('ملايين')).toBe('ملايين');
    expect(stem('ميادين')).toBe('ميادين');
    expect(stem('موازين')).toBe('موازين');
    expect(stem('مضامين')).toBe('مضامين');
    expect(stem('مساكين')).toBe('مساكين');
    expect(stem('مجانين')).toBe('مجانين');
    expect(stem('ماكلارين')).toBe('ماكلارين');
    expect(stem('مكلارين')).toBe('مكلارين');
    expect(stem('متعاون')).toBe('متعاون');
    expect(stem('معاون')).toBe('معاون');
    expect(stem('ميدلتون')).toBe('ميدلتون');
    expect(stem('المسيحين')).toBe('مسيحين');
    expect(stem('المتوفين')).toBe('متوفي');
    expect(stem('المتمنين')).toBe('متمني');
  });
});
