import { describe, expect, test } from 'vitest';
import {
  createNormalizer,
  createNormalizerWithMap,
  normalize,
  normalizeAlef,
  normalizeAlefMaksura,
  normalizeDigits,
  normalizeHamza,
  normalizePersian,
  normalizePresentationForms,
  normalizePunctuation,
  normalizeTehMarbuta,
  normalizeWhitespace,
  normalizeWithMap,
  removeDiacritics,
  removeInvisibles,
  removeTatweel,
} from '../../src/normalize/index.js';
import { PRESET_OPTIONS } from '../../src/normalize/options.js';
import { tokenize } from '../../src/tokenize/index.js';
import { analyze } from '../../src/analyze/index.js';

describe('presets', () => {
  test('runs the search preset when no options are given', () => {
    expect(normalize('إِلَى الْمَدْرَسَةِ')).toBe('الي المدرسه');
    expect(normalize('إِلَى الْمَدْرَسَةِ', 'search')).toBe('الي المدرسه');
  });

  test('clean keeps letters, diacritics and spacing but removes tatweel and invisibles', () => {
    expect(normalize(' إِلَى  الـمَدْرَسَةِ\u200F ', 'clean')).toBe(' إِلَى  المَدْرَسَةِ ');
  });

  test('clean keeps ZWNJ, which Persian spelling needs, and search removes it', () => {
    expect(normalize('می\u200Cروم', 'clean')).toBe('می\u200Cروم');
    expect(normalize('می\u200Cروم', 'search')).toBe('ميروم');
  });

  test('aggressive also folds hamza carriers and punctuation', () => {
    expect(normalize('مسؤول رئيس؟', 'aggressive')).toBe('مسوول رييس?');
    expect(normalize('مسؤول رئيس؟', 'search')).toBe('مسؤول رئيس؟');
  });

  test('a preset name and the equivalent options object give the same result', () => {
    const text = ' أَهْلاً  بِكُم في مَدرسةٍ ٣ ، ی\u200C\u200Bـ ';
    for (const preset of ['clean', 'search', 'aggressive'] as const) {
      expect(normalize(text, PRESET_OPTIONS[preset])).toBe(normalize(text, preset));
      expect(normalize(text, { preset })).toBe(normalize(text, preset));
    }
  });

  test('unmentioned steps are off in an options object without preset', () => {
    expect(normalize('أَحمد ة', { alef: true })).toBe('اَحمد ة');
  });

  test('unmentioned steps keep the preset values when a preset is named', () => {
    expect(normalize('أَحمد مدرسة', { preset: 'search', tehMarbuta: false })).toBe('احمد مدرسة');
    expect(normalize('٣', { preset: 'search', digits: 'arabic' })).toBe('٣');
    expect(normalize('3', { preset: 'search', digits: 'arabic' })).toBe('٣');
    expect(normalize('٣', { preset: 'search', digits: false })).toBe('٣');
  });

  test('clean with invisibles: true removes ZWNJ as well', () => {
    expect(normalize('a\u200Cb', { preset: 'clean', invisibles: true })).toBe('ab');
  });

  test("invisibles: 'exceptZwnj' removes every invisible but ZWNJ", () => {
    expect(normalize('\u200Fa\u200Cb\u200B', { invisibles: 'exceptZwnj' })).toBe('a\u200Cb');
    expect(normalize('a\u200Cb', { preset: 'search', invisibles: 'exceptZwnj' })).toBe('a\u200Cb');
    expect(PRESET_OPTIONS.clean.invisibles).toBe('exceptZwnj');
  });
});

describe('steps', () => {
  test('removes every diacritic class the table names', () => {
    expect(removeDiacritics('كَتَبَ الدَّرْسَ')).toBe('كتب الدرس');
    expect(removeDiacritics('\u0610\u061A\u064B\u065F\u0670\u06D6\u06DC\u06DF\u06E8\u06EA\u06ED')).toBe('');
    // U+06DD END OF AYAH, U+06DE, U+06E9 are not marks on a letter: kept
    expect(removeDiacritics('\u06DD\u06DE\u06E9')).toBe('\u06DD\u06DE\u06E9');
  });

  test('removes tatweel only', () => {
    expect(removeTatweel('جميـــل')).toBe('جميل');
  });

  test('removes invisibles including the byte order mark and soft hyphen', () => {
    expect(removeInvisibles('\uFEFF\u00ADa\u061Cb\u200B\u200C\u200D\u200E\u200F\u202A\u202E\u2066\u2069c')).toBe('abc');
  });

  test('decomposes presentation forms, lam-alef ligatures and the word Allah', () => {
    expect(normalizePresentationForms('\uFEDF\uFEE8\uFE8E\uFEDF')).toBe('لنال');
    expect(normalizePresentationForms('\uFEFB\uFEF7\uFEF9\uFEF5')).toBe('لالألإلآ');
    expect(normalizePresentationForms('\uFDF2')).toBe('الله');
    expect(normalizePresentationForms('\uFB8E')).toBe('\u06A9');
  });

  test('a presentation form expands through the later steps of the preset', () => {
    expect(normalize('\uFEF7')).toBe('لا');
    expect(normalize('\uFB8E')).toBe('ك');
    // U+FE70 ARABIC FATHATAN ISOLATED FORM is space + fathatan in NFKC; dhad drops the space of
    // the spacing glyph, so a word written with it stays one word (the mark then goes with the
    // diacritics)
    expect(normalize('ب\uFE70ت')).toBe('بت');
    expect(normalize('كتاب\uFE70 جديد')).toBe('كتاب جديد');
    expect(normalize('\uFE70')).toBe('');
  });

  test('collapses Unicode whitespace runs to one space and trims', () => {
    expect(normalizeWhitespace('  مرحبا \n\t بكم ')).toBe('مرحبا بكم');
    expect(normalizeWhitespace('a\u00A0\u2000\u200A\u2028\u2029\u202F\u205F\u3000\u1680\u0085\u000Bb')).toBe('a b');
    expect(normalizeWhitespace('a\u200Bb\uFEFFc')).toBe('a\u200Bb\uFEFFc');
    expect(normalizeWhitespace('   ')).toBe('');
  });

  test('whitespace left next to removed characters still collapses', () => {
    expect(normalize('a \u200B b')).toBe('a b');
    expect(normalize('a \u064B')).toBe('a');
    expect(normalize('\u200B a')).toBe('a');
  });

  test('folds alef variants', () => {
    expect(normalizeAlef('أإآٱ')).toBe('اااا');
  });

  test('folds alef maksura and teh marbuta', () => {
    expect(normalizeAlefMaksura('على')).toBe('علي');
    expect(normalizeTehMarbuta('مدرسة')).toBe('مدرسه');
  });

  test('folds Persian and Urdu letters', () => {
    expect(normalizePersian('ک ی ے ۀ ہ ھ ۃ')).toBe('ك ي ي ه ه ه ة');
  });

  test('Persian teh marbuta goal ends as heh under search', () => {
    expect(normalize('ۃ')).toBe('ه');
  });

  test('converts digits both ways', () => {
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ٫٬')).toBe('0123456789 0123456789 .,');
    expect(normalizeDigits('0123456789 ۰۹', 'arabic')).toBe('٠١٢٣٤٥٦٧٨٩ ٠٩');
  });

  test('folds hamza carriers but keeps a lone hamza', () => {
    expect(normalizeHamza('ؤئء')).toBe('ويء');
  });

  test('folds Arabic punctuation', () => {
    expect(normalizePunctuation('،؛؟')).toBe(',;?');
  });

  test('each single step equals normalize with only that option on', () => {
    const text = ' ﻷ أَحمدُ ـ على مدرسة؟ ؤ ٣٫ ک\u200B  3 ';
    const pairs: [(t: string) => string, object][] = [
      [removeDiacritics, { diacritics: true }],
      [removeTatweel, { tatweel: true }],
      [removeInvisibles, { invisibles: true }],
      [normalizePresentationForms, { presentationForms: true }],
      [normalizeWhitespace, { whitespace: true }],
      [normalizeAlef, { alef: true }],
      [normalizeAlefMaksura, { alefMaksura: true }],
      [normalizeTehMarbuta, { tehMarbuta: true }],
      [normalizePersian, { persian: true }],
      [normalizeDigits, { digits: 'latin' }],
      [(t) => normalizeDigits(t, 'arabic'), { digits: 'arabic' }],
      [normalizeHamza, { hamza: true }],
      [normalizePunctuation, { punctuation: true }],
    ];
    for (const [fn, options] of pairs) expect(fn(text)).toBe(normalize(text, options));
  });
});

describe('text outside the steps', () => {
  test('returns ASCII text unchanged apart from whitespace', () => {
    expect(normalize('Hello, world! 42?')).toBe('Hello, world! 42?');
    expect(normalize('  Hello   world \n')).toBe('Hello world');
  });

  test('passes lone surrogates and emoji through', () => {
    expect(normalize('\uD800أ\uDC00')).toBe('\uD800ا\uDC00');
    expect(normalize('😀 أ')).toBe('😀 ا');
    expect(normalizeWithMap('\uDFFFـ\uD83D').text).toBe('\uDFFF\uD83D');
  });

  test('keeps a leading byte order mark when invisibles are off', () => {
    expect(normalize('\uFEFFأ', { alef: true })).toBe('\uFEFFا');
  });

  test('handles the empty string', () => {
    expect(normalize('')).toBe('');
    expect(normalizeWithMap('')).toEqual({ text: '', map: new Uint32Array([0]) });
  });

  test('normalizes a string longer than the internal chunk', () => {
    const text = 'أ '.repeat(50_000) + '\uD800';
    expect(normalize(text)).toBe('ا '.repeat(49_999) + 'ا \uD800');
  });
});

describe('normalizeWithMap', () => {
  test('maps each output unit to the input character that produced it', () => {
    const { text, map } = normalizeWithMap('كتـــاب');
    expect(text).toBe('كتاب');
    expect(Array.from(map)).toEqual([0, 1, 5, 6, 7]);
  });

  test('maps a collapsed space to the first whitespace of its run and expansions to their source', () => {
    const input = '  كتـــاب \u200B  ﻷ ﷲ\uFE70 x ';
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe('كتاب لا الله x');
    // the space before «x» is the input's own (17): U+FE70 gives only its mark, which goes
    expect(Array.from(map)).toEqual([2, 3, 7, 8, 9, 13, 13, 14, 15, 15, 15, 15, 17, 18, 20]);
  });

  test('lets a span found in the normalized text be cut from the input', () => {
    const input = 'قال الرَّئِيسُ  الكازاخستاني';
    const { text, map } = normalizeWithMap(input);
    const start = text.indexOf('الرئيس');
    const end = start + 'الرئيس'.length;
    // map[end] is where the next output unit (the collapsed space) starts in the input
    expect(input.slice(map[start], map[end])).toBe('الرَّئِيسُ');
    expect(input.slice(map[start], map[end - 1]! + 1)).toBe('الرَّئِيس');
  });

  test('grows the map when presentation forms expand the text', () => {
    const input = '\uFDFA'.repeat(3);
    const { text, map } = normalizeWithMap(input, 'clean');
    expect(text).toBe(input.normalize('NFKC'));
    expect(map.length).toBe(text.length + 1);
    expect(map[text.length]).toBe(3);
  });
});

describe('createNormalizer', () => {
  test('returns a function equal to normalize with the same options', () => {
    const fold = createNormalizer({ alef: true, tehMarbuta: true });
    expect(fold('أسامة')).toBe('اسامه');
    expect(createNormalizer()('إلى')).toBe(normalize('إلى'));
    expect(createNormalizerWithMap('clean')('ـأ')).toEqual(normalizeWithMap('ـأ', 'clean'));
  });

  test('checks options when created and the text when called', () => {
    expect(() => createNormalizer({ bogus: true } as never)).toThrow(/dhad\.createNormalizer: unknown option 'bogus'/);
    const fold = createNormalizer('search');
    expect(() => fold(3 as never)).toThrow(/dhad\.createNormalizer: expected a string to normalize, got number/);
  });
});

describe('bad input', () => {
  test('names the function and the type received for a non-string', () => {
    expect(() => normalize(42 as never)).toThrow(new TypeError('dhad.normalize: expected a string, got number'));
    expect(() => normalize(null as never)).toThrow(/got null/);
    expect(() => normalizeWithMap(undefined as never)).toThrow(/dhad\.normalizeWithMap: expected a string, got undefined/);
    expect(() => removeDiacritics([] as never)).toThrow(/dhad\.removeDiacritics: expected a string, got array/);
    expect(() => normalizeDigits({} as never)).toThrow(/dhad\.normalizeDigits: expected a string, got object/);
  });

  test('names an unknown option key, preset or value', () => {
    expect(() => normalize('x', { diacritic: true } as never)).toThrow(/unknown option 'diacritic'/);
    expect(() => normalize('x', 'searchy' as never)).toThrow(/unknown preset 'searchy'/);
    expect(() => normalize('x', { preset: 'loose' } as never)).toThrow(/unknown preset 'loose'/);
    expect(() => normalize('x', { alef: 'yes' } as never)).toThrow(/options.alef must be a boolean, got 'yes'/);
    expect(() => normalize('x', { digits: 'persian' } as never)).toThrow(/options.digits/);
    expect(() => normalize('x', { invisibles: 'all' } as never)).toThrow(/options.invisibles must be a boolean or 'exceptZwnj', got 'all'/);
    expect(() => normalize('x', 5 as never)).toThrow(/expected an options object, got number/);
    expect(() => normalizeDigits('x', 'roman' as never)).toThrow(/unknown target 'roman'/);
  });
});

describe('the repeats step', () => {
  test('collapses a run of three or more identical Arabic letters to one or two', () => {
    expect(normalize('مرحبااااا', { repeats: 1 })).toBe('مرحبا');
    expect(normalize('ممممكن', { repeats: 2 })).toBe('ممكن');
    expect(normalize('جمييييل لووووول', { repeats: 1 })).toBe('جميل لول');
    expect(normalize('جمييييل لووووول', { repeats: 2 })).toBe('جمييل لوول');
    expect(normalize('ههههههه', { repeats: 1 })).toBe('ه');
    expect(normalize('ههههههه', { repeats: 2 })).toBe('هه');
  });

  test('keeps one alef even with 2: spelling never doubles it', () => {
    expect(normalize('مرحبااااا', { repeats: 2 })).toBe('مرحبا');
    expect(normalize('آآآه', { repeats: 2 })).toBe('آه');
    expect(normalize('أأأ', { repeats: 2 })).toBe('أ');
  });

  test('leaves runs of two, which spelling writes, and what is not an Arabic letter', () => {
    for (const keep of [1, 2] as const) {
      expect(normalize('ممكن الله أنني تتم', { repeats: keep })).toBe('ممكن الله أنني تتم');
      expect(normalize('١٠٠٠ 2000 aaaa !!! ــــ', { repeats: keep })).toBe('١٠٠٠ 2000 aaaa !!! ــــ');
    }
  });

  test('sees the letters the earlier steps leave side by side', () => {
    expect(normalize('مـمـمكن', { tatweel: true, repeats: 2 })).toBe('ممكن');
    expect(normalize('مـمـمكن', { repeats: 2 })).toBe('مـمـمكن');
    expect(normalize('مَمَمَكن', { preset: 'search', repeats: 2 })).toBe('ممكن');
    expect(normalize('أاا', { alef: true, repeats: 1 })).toBe('ا');
  });

  test('a run that starts in the unchanged prefix and goes on after a removed unit collapses', () => {
    expect(normalize('بمم\u0640مم', { tatweel: true, repeats: 1 })).toBe('بم');
    expect(normalize('قال بمم \u200F', { preset: 'search', repeats: 1 })).toBe('قال بمم');
  });

  test('is off in every preset', () => {
    for (const preset of ['clean', 'search', 'aggressive'] as const) {
      expect(PRESET_OPTIONS[preset].repeats).toBe(false);
      expect(normalize('مرحبااااا', preset)).toBe('مرحبااااا');
    }
  });

  test('keeps the map exact: a kept letter maps to its own offset', () => {
    const { text, map } = normalizeWithMap('ممممكن جداااا', { preset: 'search', repeats: 2 });
    expect(text).toBe('ممكن جدا');
    expect(Array.from(map)).toEqual([0, 1, 4, 5, 6, 7, 8, 9, 13]);
    expect(createNormalizerWithMap({ repeats: 1 })('ممـ')).toEqual(normalizeWithMap('ممـ', { repeats: 1 }));
  });

  test("gives tokenize's and analyze's normal forms", () => {
    const options = { preset: 'search', repeats: 2 } as const;
    expect(tokenize('مرحبااااا ممممكن', { normalize: options }).map((t) => t.normal)).toEqual(['مرحبا', 'ممكن']);
    expect(analyze('مرحبااااا ممممكن', { steps: ['normal'], normalize: options }).tokens!.map((t) => t.normal)).toEqual(['مرحبا', 'ممكن']);
    expect(() => tokenize('x', { normalize: { repeats: 3 } as never })).toThrow(/dhad\.tokenize: options\.repeats must be 1, 2 or false, got 3/);
    expect(() => analyze('x', { normalize: { repeats: 'yes' } as never })).toThrow(/dhad\.analyze: options\.repeats/);
  });

  test('names normalize and the option for a bad value', () => {
    expect(() => normalize('x', { repeats: 3 } as never)).toThrow(new TypeError('dhad.normalize: options.repeats must be 1, 2 or false, got 3'));
    expect(() => normalize('x', { repeats: 'yes' } as never)).toThrow(new TypeError("dhad.normalize: options.repeats must be 1, 2 or false, got 'yes'"));
    expect(() => normalizeWithMap('x', { repeats: true } as never)).toThrow(/dhad\.normalizeWithMap: options\.repeats must be 1, 2 or false, got boolean/);
    expect(() => createNormalizer({ repeats: 0 } as never)).toThrow(/dhad\.createNormalizer: options\.repeats/);
  });
});
