import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { stemDhad } from '../../src/stem/dhad.js';
import { stem, STEM_ALGORITHMS } from '../../src/stem/index.js';

describe('the dhad stemmer', () => {
  test('conflates the forms of one word', () => {
    for (const w of ['قمة', 'القمة', 'قمتها', 'وقمتهم']) expect(stem(w)).toBe('قمة');
    for (const w of ['منظمة', 'المنظمة', 'لمنظمة', 'منظمات', 'والمنظمات']) expect(stem(w)).toBe('منظمة');
  });
  test('removes clitics, the article and sound plural endings', () => {
    expect(stem('والمسؤولين')).toBe('مسؤول');
    expect(stem('الفلسطينيون')).toBe('فلسطيني');
    expect(stem('الاجتماعات')).toBe('اجتماع');
  });
  test('maps the feminine nisba onto the masculine', () => {
    expect(stem('الرقمية')).toBe(stem('الرقمي'));
  });
  test('removes ية, يات and وا only where the corpus shows the paradigm', () => {
    expect(stem('صقلية')).toBe('صقلية'); // a place name: «الصقلية» is rare beside «الصقلي»
    expect(stem('الفلسطينية')).toBe('فلسطيني');
    expect(stem('قالوا')).toBe('قال');
    expect(stem('كابوا')).toBe('كابوا');
  });
  test('removes the ت of the perfect where the corpus shows the verb', () => {
    expect(stem('قالت')).toBe(stem('قال'));
    expect(stem('وقالت')).toBe('قال');
    expect(stem('وأعلنت')).toBe('اعلن');
    expect(stem('ارتفعت')).toBe('ارتفع');
    expect(stem('أضافت')).toBe('اضاف');
    expect(stem('بدأت')).toBe('بدا'); // folded to «بدات», no plural in ات
  });
  test('keeps a final ت of a name, a noun or a defective verb', () => {
    for (const w of ['بيروت', 'سانت', 'والت', 'جوليت', 'بنت', 'صوت', 'زيت']) expect(stem(w)).toBe(w);
    expect(stem('السبت')).toBe('سبت');
    expect(stem('ألقت')).toBe('القي'); // «ألقى»: its ى comes back in place of the ت (a cut would leave «الق»)
  });
  test('removes ون and وا of the imperfect plural where the corpus shows both moods', () => {
    expect(stem('يتقدمون')).toBe('يتقدم');
    expect(stem('ليكونوا')).toBe('يكون');
    expect(stem('يجدوا')).toBe('يجد');
    for (const w of ['قانون', 'زيتون']) expect(stem(w)).toBe(w);
    // A defective verb's singular «يلقي» comes back (a cut would leave «يلق»).
    expect(stem('يلقون')).toBe('يلقي');
  });
  test('drops an unmarked accusative alef where the corpus writes the base with tanween', () => {
    expect(stem('كبيرا')).toBe(stem('كبيراً'));
    expect(stem('دائما')).toBe('دائم');
    expect(stem('جديدا')).toBe('جديد');
    expect(stem('واحدا')).toBe('واحد');
    // Names in ـا are never written with the tanween; «ألفا» and «رأسا» now and then take the
    // article or a pronoun, which no accusative does.
    for (const [w, s] of [['أمريكا', 'امريكا'], ['روسيا', 'روسيا'], ['كندا', 'كندا'], ['ألفا', 'الفا'], ['رأسا', 'راسا']]) expect(stem(w!)).toBe(s);
  });
  test('keeps names the segmenter shows are not clitic compounds', () => {
    for (const w of ['فورد', 'برايس', 'فلورانس', 'كورونا']) expect(stem(w)).toBe(w);
  });
  test('keeps proper nouns and loanwords whole', () => {
    for (const w of ['بيلاروسيا', 'بوتين', 'كازاخستان', 'يوليو', 'لوكاشينكو']) expect(stem(w)).toBe(w);
    expect(stem('إيران')).toBe('ايران');
  });
  test('keeps a final letter that only looks like a pronoun when the base takes no other pronoun', () => {
    for (const w of ['يوليه', 'تتوجه', 'يتوجه', 'تكره', 'فرانكي']) expect(stem(w)).toBe(w);
    expect(stem('مسؤوليته')).toBe('مسؤولية'); // «مسؤوليتها», «مسؤوليتهم» …: a real pronoun
  });
  test('keeps ان where the corpus never shows the dual in ين', () => {
    expect(stem('جولان')).toBe('جولان');
    expect(stem('الجولان')).toBe('جولان');
    expect(stem('الطرفان')).toBe('طرف');
    expect(stem('الطرفين')).toBe('طرف');
  });
  test('keeps ية on a noun that takes possessive pronouns', () => {
    for (const w of ['مسؤولية', 'المسؤولية', 'مسؤوليتها']) expect(stem(w)).toBe('مسؤولية');
    expect(stem('استراتيجية')).toBe('استراتيجية');
    expect(stem('الرقمية')).toBe('رقمي');
  });
  test('gives the plural of a loanword in ـا its singular', () => {
    expect(stem('أوركسترات')).toBe('اوركسترا');
    expect(stem('الأوركسترات')).toBe('اوركسترا');
  });
  test('gives the same stem with or without a segmentation handed in', () => {
    for (const w of ['والمنظمات', 'قمتها', 'بيروت', 'يوليه', 'وقالوا', 'بالمدرسة', 'ﺑﺎﻟﻤﺪﺭﺳﺔ', 'به', 'في']) {
      expect(stemDhad(w, segment(w))).toBe(stem(w));
    }
  });
  test('skips the segmenter only where it would split nothing: every word of one or two letters', () => {
    const letters: string[] = [];
    for (let c = 0x0621; c <= 0x064a; c++) if (c < 0x063b || c > 0x0640) letters.push(String.fromCharCode(c));
    // The stemmer only ever takes a split whose base is a STEM; it skips `segment` for words of
    // fewer than three letters, so none of them may have such a split.
    const splitsStem = (w: string): boolean => {
      const parts = segment(w);
      return parts.base.tag === 'STEM' && (parts.prefixes.length > 0 || parts.suffixes.length > 0);
    };
    for (const a of letters) {
      expect(splitsStem(a)).toBe(false);
      for (const b of letters) expect(splitsStem(a + b)).toBe(false);
    }
    expect(splitsStem('وفي')).toBe(true);
  });
  test('keeps short words', () => {
    expect(stem('من')).toBe('من');
    expect(stem('ات')).toBe('ات');
  });
  test('normalizes diacritics, tatweel, hamza on alef and presentation forms first', () => {
    expect(stem('المُنَظَّمَاتُ')).toBe('منظمة');
    expect(stem('المنظـــمات')).toBe('منظمة');
    expect(stem('أسرة')).toBe('اسرة');
    expect(stem('\uFEE3\uFEE8\uFEC8\uFEE4\uFE94')).toBe('منظمة');
  });
  test('returns words without Arabic letters unchanged', () => {
    for (const w of ['Hello', '2024', 'e-mail', '😀', '١٢٣']) expect(stem(w)).toBe(w);
  });
  test('returns the empty string for the empty string', () => {
    for (const algorithm of STEM_ALGORITHMS) expect(stem('', { algorithm })).toBe('');
  });
});

describe('bad input', () => {
  test('a non-string is a TypeError naming dhad.stem', () => {
    expect(() => stem(42 as unknown as string)).toThrow(new TypeError('dhad.stem: expected a string, got number'));
    expect(() => stem(null as unknown as string)).toThrow(/dhad\.stem: expected a string, got null/);
  });
  test('an unknown algorithm or option is a TypeError', () => {
    expect(() => stem('كتاب', { algorithm: 'porter' as never })).toThrow(/dhad\.stem: unknown algorithm 'porter'/);
    expect(() => stem('كتاب', { algo: 'isri' } as never)).toThrow(/dhad\.stem: unknown option 'algo'/);
    expect(() => stem('كتاب', 'isri' as never)).toThrow(TypeError);
  });
  test('a very long word is handled in linear time without overflowing the stack', () => {
    const long = 'ب'.repeat(1_000_000);
    for (const algorithm of STEM_ALGORITHMS) expect(stem(long, { algorithm }).length).toBeGreaterThan(999_000);
  });
});
