import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 85, one class, decided in src/stem/dhad.ts (participlePlural; the lexicon is
// unchanged): the sound plural of a participle in مـ that news writes too seldom for the lexicon
// to license it («المتوقفين», «المضبوطين», «الملتحقين», «مستعدون», «المحرضون») kept its ين or ون,
// since an unlisted word keeps these endings. An unlisted «Xين», «Xون» of six letters or more,
// opening with م with no alef after it nor after the next letter (names «ماردين»; the broken
// plural «ملايين»), now goes with its masculine where the lexicon knows the participle another
// way: its feminine «Xة» loses its ة (code m, or a nisba's ية), its other case loses its ending
// («المصطافون», «المحلفون»: code s), or its verb's imperfect plural «يXون», «يXوا» does
// («يلتحقون»). Names in ـين, ـون show none of them. Invented sentences.
describe('stem QA round 85: sound plurals of participles the lexicon does not list', () => {
  test('the feminine «Xة» is an adjective\'s: «المتوقفين», «المضبوطين», «متماسكين»', () => {
    expect(stem('المتوقفين')).toBe('متوقف');
    expect(stem('المتوقفين')).toBe(stem('متوقف'));
    expect(stem('المضبوطين')).toBe(stem('مضبوط'));
    expect(stem('متماسكين')).toBe(stem('متماسك'));
    expect(stem('مطمئنون')).toBe(stem('مطمئن'));
    expect(stem('متعاونون')).toBe(stem('متعاون'));
  });

  test('the other case is listed: «المصطافين», «المحلفين» go with «المصطافون», «المحلفون»', () => {
    expect(stem('المصطافين')).toBe('مصطاف');
    expect(stem('للمصطافين')).toBe(stem('المصطافون'));
    expect(stem('المحلفين')).toBe(stem('المحلفون'));
  });

  test('the verb\'s imperfect plural is listed: «الملتحقين», «مستعدون», «المحرضون»', () => {
    expect(stem('الملتحقين')).toBe('ملتحق');
    expect(stem('والملتحقين')).toBe(stem('ملتحق'));
    expect(stem('مستعدون')).toBe('مستعد');
    expect(stem('ومستعدون')).toBe(stem('مستعد'));
    expect(stem('المبتعثون')).toBe(stem('مبتعث'));
    expect(stem('المحرضون')).toBe(stem('محرض'));
  });

  test('in an invented sentence', () => {
    const words = tokenize('وقال المحرضون إن الملتحقين بالدورة مستعدون لاستقبال المصطافين المتوقفين عند الشاطئ')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words).toEqual(['قال', 'محرض', 'ان', 'ملتحق', 'دورة', 'مستعد', 'استقبال', 'مصطاف', 'متوقف', 'عند', 'شاطئ']);
  });

  test('guards: broken plurals «مفاعيل» and names in ـين, ـون keep their letters', () => {
    expect(stem('ملايين')).toBe('ملايين');
    expect(stem('بالملايين')).toBe('ملايين');
    expect(stem('ميادين')).toBe('ميادين');
    expect(stem('موازين')).toBe('موازين');
    expect(stem('مضامين')).toBe('مضامين');
    expect(stem('مارتين')).toBe('مارتين');
    expect(stem('ماردين')).toBe('ماردين');
    expect(stem('مكلارين')).toBe('مكلارين');
    expect(stem('ميلانين')).toBe('ميلانين');
    expect(stem('ميدلتون')).toBe('ميدلتون');
    expect(stem('ميكروفون')).toBe('ميكروفون');
    expect(stem('مورتون')).toBe('مورتون');
    expect(stem('مزرعتين')).toBe('مزرعتين');
  });

  test('guards: listed plurals and short words keep their reading', () => {
    expect(stem('المتوفين')).toBe('متوفي');
    expect(stem('المستوطنين')).toBe('مستوطن');
    expect(stem('المسلمون')).toBe('مسلم');
    expect(stem('متين')).toBe('متين');
    expect(stem('معين')).toBe('معين');
    expect(stem('مدين')).toBe('مدين');
  });
});
