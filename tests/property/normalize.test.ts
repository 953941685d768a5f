import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  ALEF_VARIANTS,
  ARABIC_INDIC_DIGITS,
  DIACRITICS,
  HAMZA_FOLDS,
  INVISIBLES,
  PERSIAN_DIGITS,
  PERSIAN_FOLDS,
  PUNCTUATION_FOLDS,
  WHITESPACE,
  presentationFormTable,
} from '../../src/chars/arabic.js';
import {
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
  type NormalizeOptions,
  type NormalizePreset,
} from '../../src/normalize/index.js';
import { PRESET_OPTIONS, STEP_ORDER, type NormalizeStep } from '../../src/normalize/options.js';
import { richText as anyText } from '../helpers/arbitraries.js';

const PRESETS: NormalizePreset[] = ['clean', 'search', 'aggressive'];
const preset = fc.constantFrom(...PRESETS);

// Counterexamples found while writing the engine, pinned.
const PINNED: [string][] = [
  [' \u200B '],
  ['a \u064B b'],
  ['\uFE70'], // ARABIC FATHATAN ISOLATED FORM = space + fathatan
  ['\u06C3'], // TEH MARBUTA GOAL: persian → ة, then tehMarbuta → ه
  ['\uD800\u0640\uDC00'], // removing tatweel joins two lone surrogates into a pair
  ['\uFEFF\u0623'], // a leading BOM must not be eaten by the decoder
  ['\uFDFA \uFDFA'],
  ['\uFB50\u0085\u0621\u202F'], // U+0085 NEXT LINE is White_Space though not in JS's \s
];

const SINGLE: Record<NormalizeStep, (t: string) => string> = {
  presentationForms: normalizePresentationForms,
  invisibles: removeInvisibles,
  tatweel: removeTatweel,
  diacritics: removeDiacritics,
  persian: normalizePersian,
  alef: normalizeAlef,
  alefMaksura: normalizeAlefMaksura,
  tehMarbuta: normalizeTehMarbuta,
  hamza: normalizeHamza,
  digits: normalizeDigits,
  punctuation: normalizePunctuation,
  repeats: (t) => normalize(t, { repeats: 2 }),
  whitespace: normalizeWhitespace,
};

/** Characters that must not survive each step. */
const GONE: Partial<Record<NormalizeStep, readonly string[]>> = {
  presentationForms: [...presentationFormTable().keys()].map((c) => String.fromCharCode(c)),
  invisibles: INVISIBLES,
  tatweel: ['\u0640'],
  diacritics: DIACRITICS,
  persian: PERSIAN_FOLDS.map(([from]) => from),
  alef: ALEF_VARIANTS,
  alefMaksura: ['\u0649'],
  tehMarbuta: ['\u0629'],
  hamza: HAMZA_FOLDS.map(([from]) => from),
  digits: [...ARABIC_INDIC_DIGITS, ...PERSIAN_DIGITS, '\u066B', '\u066C'],
  punctuation: PUNCTUATION_FOLDS.map(([from]) => from),
  whitespace: WHITESPACE.filter((ch) => ch !== ' '),
};

function survivors(text: string, chars: readonly string[]): string[] {
  return chars.filter((ch) => text.includes(ch));
}

function wellSpaced(text: string): boolean {
  return !text.startsWith(' ') && !text.endsWith(' ') && !text.includes('  ');
}

describe('normalize properties', () => {
  test.prop([anyText, preset], { examples: PINNED.flatMap(([x]) => PRESETS.map((p) => [x, p] as [string, NormalizePreset])) })(
    'every preset is idempotent',
    (x, p) => {
      const once = normalize(x, p);
      expect(normalize(once, p)).toBe(once);
    },
  );

  test.prop([anyText], { examples: PINNED })('no removed character survives its step', (x) => {
    for (const step of STEP_ORDER) {
      const out = SINGLE[step](x);
      expect(survivors(out, GONE[step] ?? [])).toEqual([]);
      if (step === 'whitespace') expect(wellSpaced(out)).toBe(true);
    }
    expect(survivors(normalizeDigits(x, 'arabic'), [...'0123456789', ...PERSIAN_DIGITS])).toEqual([]);
  });

  test.prop([anyText, preset], { examples: PINNED.map(([x]) => [x, 'search']) })(
    "no character removed by a preset's steps survives the preset",
    (x, p) => {
      const out = normalize(x, p);
      const on = PRESET_OPTIONS[p];
      for (const step of STEP_ORDER) {
        if (!on[step]) continue;
        // clean keeps U+200C ZWNJ
        const gone = (GONE[step] ?? []).filter((ch) => !(p === 'clean' && ch === '\u200C'));
        expect(survivors(out, gone)).toEqual([]);
      }
      if (on.whitespace) expect(wellSpaced(out)).toBe(true);
    },
  );

  test.prop([fc.string({ unit: 'binary-ascii' }), preset])('ASCII-only text is unchanged except whitespace', (x, p) => {
    const expected = PRESET_OPTIONS[p].whitespace ? x.replace(/[\t\n\v\f\r ]+/g, ' ').replace(/^ | $/g, '') : x;
    expect(normalize(x, p)).toBe(expected);
  });

  test.prop([anyText, fc.constantFrom<NormalizePreset>('search', 'aggressive')], {
    examples: PINNED.map(([x]) => [x, 'search']),
  })("the single steps, in the preset's order, compose to the preset", (x, p) => {
    let y = x;
    for (const step of STEP_ORDER) if (PRESET_OPTIONS[p][step]) y = SINGLE[step](y);
    expect(y).toBe(normalize(x, p));
  });

  test.prop([anyText], { examples: PINNED })("clean is presentation forms, invisibles but ZWNJ, then tatweel", (x) => {
    const invisiblesButZwnj = (t: string): string => t.split('\u200C').map(removeInvisibles).join('\u200C');
    expect(invisiblesButZwnj(x)).toBe(normalize(x, { invisibles: 'exceptZwnj' }));
    expect(removeTatweel(invisiblesButZwnj(normalizePresentationForms(x)))).toBe(normalize(x, 'clean'));
  });

  test.prop([anyText, preset], { examples: PINNED.map(([x]) => [x, 'clean']) })(
    'a preset name and its PRESET_OPTIONS object agree',
    (x, p) => {
      expect(normalize(x, PRESET_OPTIONS[p])).toBe(normalize(x, p));
    },
  );

  // Pairs of steps whose domains and ranges do not meet: persian writes ة (tehMarbuta's input),
  // presentation forms write letters every other step reads, and removals can make whitespace
  // runs that the whitespace step would have collapsed, so those pairs are left out.
  const letterSteps: NormalizeStep[] = ['diacritics', 'tatweel', 'invisibles', 'alef', 'alefMaksura', 'tehMarbuta', 'persian', 'hamza', 'digits', 'punctuation'];
  const removalSteps = new Set<NormalizeStep>(['diacritics', 'tatweel', 'invisibles']);
  const pairs: [NormalizeStep, NormalizeStep][] = [];
  for (const a of letterSteps) {
    for (const b of letterSteps) {
      if (a < b && !(new Set([a, b]).has('persian') && new Set([a, b]).has('tehMarbuta'))) pairs.push([a, b]);
    }
    if (!removalSteps.has(a)) pairs.push([a, 'whitespace']);
  }

  test.prop([anyText, fc.constantFrom(...pairs)])('steps on disjoint characters commute', (x, [a, b]) => {
    const f = SINGLE[a];
    const g = SINGLE[b];
    expect(f(g(x))).toBe(g(f(x)));
  });

  const someOptions: fc.Arbitrary<NormalizePreset | NormalizeOptions> = fc.oneof(
    preset,
    fc.record(
      {
        presentationForms: fc.boolean(),
        invisibles: fc.constantFrom<boolean | 'exceptZwnj'>(true, false, 'exceptZwnj'),
        tatweel: fc.boolean(),
        whitespace: fc.boolean(),
        diacritics: fc.boolean(),
        alef: fc.boolean(),
        alefMaksura: fc.boolean(),
        tehMarbuta: fc.boolean(),
        persian: fc.boolean(),
        digits: fc.constantFrom<'latin' | 'arabic' | false>('latin', 'arabic', false),
        hamza: fc.boolean(),
        punctuation: fc.boolean(),
        repeats: fc.constantFrom<1 | 2 | false>(1, 2, false),
      },
      { requiredKeys: [] },
    ),
  );

  test.prop([anyText, someOptions], { examples: PINNED.map(([x]) => [x, 'search']) })(
    'the map invariants hold and the text equals normalize',
    (x, options) => {
      const { text, map } = normalizeWithMap(x, options);
      expect(text).toBe(normalize(x, options));
      expect(map.length).toBe(text.length + 1);
      expect(map[text.length]).toBe(x.length);
      for (let i = 0; i < text.length; i++) {
        expect(map[i]!).toBeLessThan(x.length);
        expect(map[i]!).toBeLessThanOrEqual(map[i + 1]!);
        // the unit comes from the input character it is mapped to
        const source = x[map[i]!]!;
        const alone = normalize(source, typeof options === 'string' ? { preset: options, whitespace: false } : { ...options, whitespace: false });
        const isSpace = text[i] === ' ' && (WHITESPACE.includes(source) || alone.includes(' '));
        expect(isSpace || alone.includes(text[i]!)).toBe(true);
      }
    },
  );

  test.prop([anyText, anyText, preset])('normalizing pieces split at a space gives the same words', (a, b, p) => {
    // whitespace-free presets cannot merge across the separator; search and aggressive trim it
    const joined = normalize(`${a} ${b}`, p);
    const parts = [normalize(a, p), normalize(b, p)];
    if (PRESET_OPTIONS[p].whitespace) expect(joined).toBe(parts.filter((s) => s !== '').join(' '));
    else expect(joined).toBe(parts.join(' '));
  });
});


// The ligatures without a decomposition, spelled as their Unicode character names read.
const SPELLED_LIGATURES: Record<string, string> = {
  '\uFD40': 'رحمه الله',
  '\uFD41': 'رضي الله عنه',
  '\uFD42': 'رضي الله عنها',
  '\uFD43': 'رضي الله عنهم',
  '\uFD44': 'رضي الله عنهما',
  '\uFD45': 'رضي الله عنهن',
  '\uFD46': 'صلى الله عليه وآله',
  '\uFD47': 'عليه السلام',
  '\uFD48': 'عليهم السلام',
  '\uFD49': 'عليهما السلام',
  '\uFD4A': 'عليه الصلاة والسلام',
  '\uFD4B': 'قدس سره',
  '\uFD4C': 'صلى الله عليه وآله وسلم',
  '\uFD4D': 'عليها السلام',
  '\uFD4E': 'تبارك وتعالى',
  '\uFD4F': 'رحمهم الله',
  '\uFDCF': 'سلامه علينا',
  '\uFDFD': 'بسم الله الرحمن الرحيم',
  '\uFDFE': 'سبحانه وتعالى',
  '\uFDFF': 'عز وجل',
};

// An independent reference: each step as a regular-expression replacement, written from the
// table in docs/normalize.md, applied in the documented order.
const REFERENCE: Record<NormalizeStep, (t: string, value: unknown) => string> = {
  // NFKC, except the religious ligatures Unicode does not decompose, which are spelled out, and
  // the isolated harakat, whose NFKC space is dropped
  presentationForms: (t) =>
    t.replace(/[\uFB50-\uFDFF\uFE70-\uFEFF]/g, (ch) => SPELLED_LIGATURES[ch] ?? ch.normalize('NFKC').replace(/^ (?=.)/u, '')),
  invisibles: (t, v) =>
    t.replace(v === 'exceptZwnj' ? /[\u00AD\u061C\u180E\u200B\u200D-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g : /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, ''),
  tatweel: (t) => t.replace(/\u0640/g, ''),
  diacritics: (t) => t.replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g, ''),
  persian: (t) => t.replace(/[\u06A9]/g, '\u0643').replace(/[\u06CC\u06D2]/g, '\u064A').replace(/[\u06C0\u06C1\u06BE]/g, '\u0647').replace(/\u06C3/g, '\u0629'),
  alef: (t) => t.replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627'),
  alefMaksura: (t) => t.replace(/\u0649/g, '\u064A'),
  tehMarbuta: (t) => t.replace(/\u0629/g, '\u0647'),
  hamza: (t) => t.replace(/\u0624/g, '\u0648').replace(/\u0626/g, '\u064A'),
  digits: (t, v) =>
    v === 'arabic'
      ? t.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + d.charCodeAt(0) - 0x30)).replace(/[\u06F0-\u06F9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x90))
      : t.replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0660 + 0x30)).replace(/[\u06F0-\u06F9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x06f0 + 0x30)).replace(/\u066B/g, '.').replace(/\u066C/g, ','),
  punctuation: (t) => t.replace(/\u060C/g, ',').replace(/\u061B/g, ';').replace(/\u061F/g, '?'),
  repeats: (t, v) =>
    t.replace(/([\u0621-\u063A\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5])\1\1+/g, (_, ch: string) => (v === 2 && !'اأإآٱ'.includes(ch) ? ch + ch : ch)),
  whitespace: (t) => t.replace(/[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ').replace(/^ | $/g, ''),
};

// Text where runs of identical Arabic letters are common, split by what the other steps remove
// or fold (tatweel, diacritics, alef forms, invisibles, spaces, presentation forms).
const runText = fc
  .array(fc.constantFrom('م', 'ا', 'أ', 'ي', 'ه', 'ل', 'و', '\u0640', '\u064E', '\u0651', '\u200F', ' ', '  ', '\uFEDF', '\uFDF2', 'x', '٣'), { maxLength: 40 })
  .map((parts) => parts.join(''));
const repeatsOptions = fc.record(
  {
    preset: fc.constantFrom<NormalizePreset>('clean', 'search', 'aggressive'),
    tatweel: fc.boolean(),
    diacritics: fc.boolean(),
    alef: fc.boolean(),
    whitespace: fc.boolean(),
    repeats: fc.constantFrom<1 | 2>(1, 2),
  },
  { requiredKeys: ['repeats'] },
);

describe('the repeats step', () => {
  test.prop([fc.oneof(runText, anyText), repeatsOptions])('is idempotent with the other steps, and leaves no run of three letters', (x, options) => {
    const once = normalize(x, options);
    expect(normalize(once, options)).toBe(once);
    expect(/([\u0621-\u063A\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5])\1\1/.test(once)).toBe(false);
  });

  test.prop([fc.oneof(runText, anyText), repeatsOptions])('keeps the map exact', (x, options) => {
    const { text, map } = normalizeWithMap(x, options);
    expect(text).toBe(normalize(x, options));
    expect(map.length).toBe(text.length + 1);
    expect(map[text.length]).toBe(x.length);
    for (let i = 0; i < text.length; i++) {
      expect(map[i]!).toBeLessThanOrEqual(map[i + 1]!);
      expect(map[i]!).toBeLessThan(x.length);
    }
  });

  test.prop([runText, repeatsOptions])('equals the regular-expression reference', (x, options) => {
    const resolved: Record<string, unknown> = { ...(options.preset ? PRESET_OPTIONS[options.preset] : {}), ...options };
    let y = x;
    for (const step of STEP_ORDER) if (resolved[step]) y = REFERENCE[step](y, resolved[step]);
    expect(normalize(x, options)).toBe(y);
  });
});

describe('normalize against a regular-expression reference', () => {
  const anyOptions = fc.record(
    {
      preset: fc.constantFrom<NormalizePreset>('clean', 'search', 'aggressive'),
      presentationForms: fc.boolean(),
      invisibles: fc.constantFrom<boolean | 'exceptZwnj'>(true, false, 'exceptZwnj'),
      tatweel: fc.boolean(),
      diacritics: fc.boolean(),
      persian: fc.boolean(),
      alef: fc.boolean(),
      alefMaksura: fc.boolean(),
      tehMarbuta: fc.boolean(),
      hamza: fc.boolean(),
      digits: fc.constantFrom<'latin' | 'arabic' | false>('latin', 'arabic', false),
      punctuation: fc.boolean(),
      repeats: fc.constantFrom<1 | 2 | false>(1, 2, false),
      whitespace: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  test.prop([anyText, anyOptions], { examples: [['\u200C\u0640', { preset: 'clean' }]] })('agrees for any options', (x, options) => {
    const resolved: Record<string, unknown> = { ...(options.preset ? PRESET_OPTIONS[options.preset] : {}), ...options };
    let y = x;
    for (const step of STEP_ORDER) if (resolved[step]) y = REFERENCE[step](y, resolved[step]);
    expect(normalize(x, options)).toBe(y);
  });
});
