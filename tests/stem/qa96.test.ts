import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 96, one class, decided in scripts/build-stem-lexicon.ts (the lexicon is
// regenerated) and read in src/stem/dhad.ts: a defective participle in مـ had two stems, its
// singular «المحامي», «محامي» → «محامي» but its indefinite «محامٍ» and its plurals «المحامين»,
// «محامون», «محامو» → «محام» (likewise «مدع», «موال», «مغن», «مصل», «معتد», «مشتر», «متساو»,
// «ملتح»). Every form now goes with «Xي», as the code-i plurals of rounds 40, 87, 92 and 95 do
// («المتوفين» → «متوفي»): where the participle's stem X shows «الXي» with the article, a licensed
// plural, no nisba plural «Xيين» and no «الX» of its own (`defectiveParticipleStem`), its plurals
// take code i, its construct «Xو» code i, and its bare X code j, whose ي comes back as a
// jussive's does. Invented sentences.
describe('stem QA round 96: one stem for a defective participle', () => {
  test('the plurals go with the singular «المحامي»', () => {
    expect(stem('المحامين')).toBe('محامي');
    expect(stem('المحامين')).toBe(stem('المحامي'));
    expect(stem('محامون')).toBe('محامي');
    expect(stem('والمحامون')).toBe('محامي');
    expect(stem('المدعون')).toBe('مدعي');
    expect(stem('المدعين')).toBe(stem('المدعي'));
    expect(stem('الموالين')).toBe('موالي');
    expect(stem('المغنين')).toBe('مغني');
    expect(stem('المعتدين')).toBe('معتدي');
    expect(stem('للمشترين')).toBe('مشتري');
    expect(stem('متساوون')).toBe('متساوي');
    expect(stem('الملتحين')).toBe('ملتحي');
  });

  test('the construct «محامو» goes with them, before a pronoun too', () => {
    expect(stem('محامو')).toBe('محامي');
    expect(stem('محاموه')).toBe('محامي');
    expect(stem('محاميه')).toBe('محامي');
  });

  test('the indefinite without its ي gets it back: «محامٍ», «مدعٍ», «متساوٍ»', () => {
    expect(stem('محام')).toBe('محامي');
    expect(stem('محامٍ')).toBe('محامي');
    expect(stem('لمحام')).toBe('محامي');
    expect(stem('مدع')).toBe('مدعي');
    expect(stem('مغن')).toBe('مغني');
    expect(stem('متساو')).toBe('متساوي');
    expect(stem('مشتر')).toBe('مشتري');
  });

  test('in invented sentences', () => {
    const words = tokenize('وقال محامو المتهم إن محاميا آخر انضم إلى المحامين بعد أن طلب المدعي العام تأجيل الجلسة')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[1]).toBe('محامي');
    expect(words[4]).toBe('محامي');
    expect(words[8]).toBe('محامي');
    expect(words[12]).toBe('مدعي');
    const more = tokenize('ووقف مدع عام أمام المدعين وطالب بأجور متساوية للمغنين الموالين للحكومة')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(more[1]).toBe('مدعي');
    expect(more[4]).toBe('مدعي');
    expect(more[7]).toBe('متساوي');
    expect(more[8]).toBe('مغني');
    expect(more[9]).toBe('موالي');
  });

  test('guards: words of their own, names, nisbas, broken plurals, feminines', () => {
    expect(stem('المصل')).toBe('مصل');
    expect(stem('موال')).toBe('موال');
    expect(stem('محمد')).toBe('محمد');
    expect(stem('مكن')).toBe('مكن');
    expect(stem('المدعو')).toBe('مدعو');
    expect(stem('مدعو')).toBe('مدعو');
    expect(stem('المصريين')).toBe('مصري');
    expect(stem('مصر')).toBe('مصر');
    expect(stem('المجانين')).toBe('مجانين');
    expect(stem('الموازين')).toBe('موازين');
    expect(stem('الملايين')).toBe('ملايين');
    expect(stem('المستثمرين')).toBe('مستثمر');
    expect(stem('المتوفين')).toBe('متوفي');
    expect(stem('المحامية')).toBe('محامية');
    expect(stem('الموالية')).toBe('موالي');
    expect(stem('الماضي')).toBe('ماضي');
  });
});
