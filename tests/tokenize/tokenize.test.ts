import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/tokenize/index.js';
import type { TokenType } from '../../src/tokenize/index.js';
import { CHUNK, releaseInput, scan, TYPE_NAMES } from '../../src/tokenize/scan.js';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);
const pairs = (s: string): [string, TokenType][] => tokenize(s).map((t) => [t.text, t.type]);

describe('tokenize: words', () => {
  test('splits on white space and keeps offsets into the input', () => {
    const input = '  منظمة\tشنغهاي\nللتعاون ';
    expect(tokenize(input)).toStrictEqual([
      { text: 'منظمة', start: 2, end: 7, type: 'word' },
      { text: 'شنغهاي', start: 8, end: 14, type: 'word' },
      { text: 'للتعاون', start: 15, end: 22, type: 'word' },
    ]);
  });

  test('keeps internal diacritics, tatweel and ZWNJ inside the word', () => {
    expect(pairs('مُنَظَّمَةٌ كتـــاب می\u200Cخواهم')).toStrictEqual([
      ['مُنَظَّمَةٌ', 'word'],
      ['كتـــاب', 'word'],
      ['می\u200Cخواهم', 'word'],
    ]);
  });

  test('keeps Latin and mixed-script words whole', () => {
    expect(pairs('الـiPhone Astana G20 don\'t')).toStrictEqual([
      ['الـiPhone', 'word'],
      ['Astana', 'word'],
      ['G20', 'word'],
      ["don't", 'word'],
    ]);
  });

  test('keeps ASCII digits before Latin letters one word (5G, 3D), a unit apart (10km, 64GB)', () => {
    expect(pairs('شبكات 5G وتقنية 3D بدقة 1080p و4K في 21st 0x1F 4MATIC')).toStrictEqual([
      ['شبكات', 'word'],
      ['5G', 'word'],
      ['وتقنية', 'word'],
      ['3D', 'word'],
      ['بدقة', 'word'],
      ['1080p', 'word'],
      ['و', 'word'],
      ['4K', 'word'],
      ['في', 'word'],
      ['21st', 'word'],
      ['0x1F', 'word'],
      ['4MATIC', 'word'],
    ]);
    // units, and anything after a number with a separator, stay a number and a word
    expect(pairs('10km 64GB 3GHz 5am 3.5GHz 1,000km ٥G 2024م')).toStrictEqual([
      ['10', 'number'],
      ['km', 'word'],
      ['64', 'number'],
      ['GB', 'word'],
      ['3', 'number'],
      ['GHz', 'word'],
      ['5', 'number'],
      ['am', 'word'],
      ['3.5', 'number'],
      ['GHz', 'word'],
      ['1,000', 'number'],
      ['km', 'word'],
      ['٥', 'number'],
      ['G', 'word'],
      ['2024', 'number'],
      ['م', 'word'],
    ]);
    // the Latin word ends where Arabic letters start, as after letters
    expect(pairs('5Gشبكة')).toStrictEqual([
      ['5G', 'word'],
      ['شبكة', 'word'],
    ]);
  });

  test('separates digits glued to an Arabic word (و2011 is و + 2011)', () => {
    expect(pairs('و2011، و4')).toStrictEqual([
      ['و', 'word'],
      ['2011', 'number'],
      ['،', 'punctuation'],
      ['و', 'word'],
      ['4', 'number'],
    ]);
  });

  test('splits quotes around words', () => {
    expect(texts('لوكالة "نوفوستي" الحكومية')).toStrictEqual(['لوكالة', '"', 'نوفوستي', '"', 'الحكومية']);
    expect(texts('«الحوار»')).toStrictEqual(['«', 'الحوار', '»']);
  });

  test('splits a slash between month names', () => {
    expect(pairs('يونيو/حزيران')).toStrictEqual([
      ['يونيو', 'word'],
      ['/', 'punctuation'],
      ['حزيران', 'word'],
    ]);
  });

  test('splits Arabic and ASCII punctuation', () => {
    expect(pairs('أستانة، كازاخستان؛ لماذا؟ (رويترز).')).toStrictEqual([
      ['أستانة', 'word'],
      ['،', 'punctuation'],
      ['كازاخستان', 'word'],
      ['؛', 'punctuation'],
      ['لماذا', 'word'],
      ['؟', 'punctuation'],
      ['(', 'punctuation'],
      ['رويترز', 'word'],
      [')', 'punctuation'],
      ['.', 'punctuation'],
    ]);
  });

  test('keeps runs of dots, of hyphens and of ! ? ؟ together', () => {
    expect(texts('انتظر... ماذا؟! -- نعم')).toStrictEqual(['انتظر', '...', 'ماذا', '؟!', '--', 'نعم']);
  });

  test('a lone diacritic is a symbol, a tatweel line a dash; a leading mark joins the word', () => {
    expect(pairs('\u0651 ـــ \u064Eكتب')).toStrictEqual([
      ['\u0651', 'symbol'],
      ['ـــ', 'punctuation'], // typed for a dash (QA round 10)
      ['\u064Eكتب', 'word'],
    ]);
  });
});

describe('tokenize: numbers', () => {
  test('keeps decimals and group separators in both digit systems', () => {
    expect(pairs('3.4 ٣٫٥ 1,000 ١٬٠٠٠ ۱۲۳ 2024')).toStrictEqual([
      ['3.4', 'number'],
      ['٣٫٥', 'number'],
      ['1,000', 'number'],
      ['١٬٠٠٠', 'number'],
      ['۱۲۳', 'number'],
      ['2024', 'number'],
    ]);
  });

  test('takes a minus sign that is not a hyphen between words', () => {
    expect(pairs('−2 -2 +966 (-5)')).toStrictEqual([
      ['−2', 'number'],
      ['-2', 'number'],
      ['+966', 'number'],
      ['(', 'punctuation'],
      ['-5', 'number'],
      [')', 'punctuation'],
    ]);
    expect(texts('3-4 كوفيد-19')).toStrictEqual(['3', '-', '4', 'كوفيد', '-', '19']);
  });

  test('ends a number before a trailing separator or a letter', () => {
    expect(pairs('2017. 2024م 1,')).toStrictEqual([
      ['2017', 'number'],
      ['.', 'punctuation'],
      ['2024', 'number'],
      ['م', 'word'],
      ['1', 'number'],
      [',', 'punctuation'],
    ]);
  });

  test('splits times and dates into numbers and punctuation', () => {
    expect(texts('10:30 4/7/2024')).toStrictEqual(['10', ':', '30', '4', '/', '7', '/', '2024']);
  });

  test('reads an unspaced Arabic comma between digits as a separator, a spaced one as a list', () => {
    expect(pairs('1،300،000 و2،5% ٦٩،٤ 2019،2020 1، 2')).toStrictEqual([
      ['1،300،000', 'number'],
      ['و', 'word'],
      ['2،5', 'number'],
      ['%', 'symbol'],
      ['٦٩،٤', 'number'],
      ['2019', 'number'],
      ['،', 'punctuation'],
      ['2020', 'number'],
      ['1', 'number'],
      ['،', 'punctuation'],
      ['2', 'number'],
    ]);
    expect(texts('عام 2015،')).toStrictEqual(['عام', '2015', '،']);
  });

  test('reads ر between digits as the decimal separator it stands for (2ر27)', () => {
    expect(pairs('نسبته 2ر27 بالمئة (5ر1) ٢ر٥')).toStrictEqual([
      ['نسبته', 'word'],
      ['2ر27', 'number'],
      ['بالمئة', 'word'],
      ['(', 'punctuation'],
      ['5ر1', 'number'],
      [')', 'punctuation'],
      ['٢ر٥', 'number'],
    ]);
    // only between digits: a spaced or trailing ر is a word
    expect(pairs('5 ر 1 و3ر')).toStrictEqual([
      ['5', 'number'],
      ['ر', 'word'],
      ['1', 'number'],
      ['و', 'word'],
      ['3', 'number'],
      ['ر', 'word'],
    ]);
  });

  test('splits the percent sign off as a symbol (% and ٪)', () => {
    expect(pairs('60% ٥٠٪')).toStrictEqual([
      ['60', 'number'],
      ['%', 'symbol'],
      ['٥٠', 'number'],
      ['٪', 'symbol'],
    ]);
  });
});

describe('tokenize: URLs, e-mail, hashtags, mentions', () => {
  test('keeps URLs with a scheme whole, Arabic path and query included', () => {
    expect(pairs('انظر https://ar.wikipedia.org/wiki/منظمة_شنغهاي?lang=ar&q=قمة#تاريخ.')).toStrictEqual([
      ['انظر', 'word'],
      ['https://ar.wikipedia.org/wiki/منظمة_شنغهاي?lang=ar&q=قمة#تاريخ', 'url'],
      ['.', 'punctuation'],
    ]);
  });

  test('keeps URLs without a scheme whole', () => {
    expect(pairs('www.x.com، x.com/path و sco.int و bit.ly/3abc')).toStrictEqual([
      ['www.x.com', 'url'],
      ['،', 'punctuation'],
      ['x.com/path', 'url'],
      ['و', 'word'],
      ['sco.int', 'url'],
      ['و', 'word'],
      ['bit.ly/3abc', 'url'],
    ]);
  });

  test('leaves closing brackets and quotes outside a URL unless it opened them', () => {
    expect(texts('(http://x.com/a_(b)) «http://x.com»')).toStrictEqual([
      '(',
      'http://x.com/a_(b)',
      ')',
      '«',
      'http://x.com',
      '»',
    ]);
  });

  test('does not take abbreviations or a missing space for a domain', () => {
    expect(texts('e.g. U.S. end.it')).toStrictEqual(['e', '.', 'g', '.', 'U', '.', 'S', '.', 'end', '.', 'it']);
    expect(texts('http:// x')).toStrictEqual(['http', ':', '/', '/', 'x']);
  });

  test('keeps e-mail addresses whole', () => {
    expect(pairs('راسلونا: info.ar@sco-summit.kz.')).toStrictEqual([
      ['راسلونا', 'word'],
      [':', 'punctuation'],
      ['info.ar@sco-summit.kz', 'email'],
      ['.', 'punctuation'],
    ]);
  });

  test('ends an address where a missing space lets an Arabic word follow', () => {
    expect(pairs('راسلني ali.m@mail.comوشكرا')).toStrictEqual([
      ['راسلني', 'word'],
      ['ali.m@mail.com', 'email'],
      ['وشكرا', 'word'],
    ]);
    expect(pairs('https://x.comوقال https://x.com.وقال')).toStrictEqual([
      ['https://x.com', 'url'],
      ['وقال', 'word'],
      ['https://x.com', 'url'],
      ['.', 'punctuation'],
      ['وقال', 'word'],
    ]);
    // an all-Arabic host and an Arabic path are still read whole
    expect(pairs('https://موقع.السعودية/ar https://x.com/قمة info@موقع.السعودية')).toStrictEqual([
      ['https://موقع.السعودية/ar', 'url'],
      ['https://x.com/قمة', 'url'],
      ['info@موقع.السعودية', 'email'],
    ]);
  });

  test('starts an address glued to the end of an Arabic word', () => {
    expect(pairs('كتبه سعيدali@mail.com ومحمدwww.x.com وهذاm.x.org/a')).toStrictEqual([
      ['كتبه', 'word'],
      ['سعيد', 'word'],
      ['ali@mail.com', 'email'],
      ['ومحمد', 'word'],
      ['www.x.com', 'url'],
      ['وهذا', 'word'],
      ['m.x.org/a', 'url'],
    ]);
    // without an address the mixed word stays whole
    expect(texts('الـiPhone وRamayana')).toStrictEqual(['الـiPhone', 'وRamayana']);
  });

  test('keeps mentions and Arabic hashtags with underscores whole', () => {
    expect(pairs('@sco_2024 #وسوم_عربية #قمة_أستانة2024 @أحمد')).toStrictEqual([
      ['@sco_2024', 'mention'],
      ['#وسوم_عربية', 'hashtag'],
      ['#قمة_أستانة2024', 'hashtag'],
      ['@أحمد', 'mention'],
    ]);
  });

  test('reads a hashtag or mention after a one-letter proclitic (و#المغرب, لـ@user)', () => {
    expect(pairs('و#المغرب لـ@sco_2024 (ف#عاجل)')).toStrictEqual([
      ['و', 'word'],
      ['#المغرب', 'hashtag'],
      ['لـ', 'word'],
      ['@sco_2024', 'mention'],
      ['(', 'punctuation'],
      ['ف', 'word'],
      ['#عاجل', 'hashtag'],
      [')', 'punctuation'],
    ]);
    // after a longer word, # and @ are still symbols
    expect(pairs('سو#ق كتاب@x')).toStrictEqual([
      ['سو', 'word'],
      ['#', 'symbol'],
      ['ق', 'word'],
      ['كتاب', 'word'],
      ['@', 'symbol'],
      ['x', 'word'],
    ]);
  });

  test('a # before digits only, or @ and # inside a word, is a symbol', () => {
    expect(pairs('#1 a@b')).toStrictEqual([
      ['#', 'symbol'],
      ['1', 'number'],
      ['a', 'word'],
      ['@', 'symbol'],
      ['b', 'word'],
    ]);
  });
});

describe('tokenize: emoji and symbols', () => {
  test('keeps emoji sequences whole: skin tones, ZWJ families, flags, keycaps, VS16', () => {
    expect(pairs('👍🏽 👨‍👩‍👧 🇸🇦🇰🇿 1️⃣ ❤️ ©️ 🏴󠁧󠁢󠁥󠁮󠁧󠁿')).toStrictEqual([
      ['👍🏽', 'emoji'],
      ['👨‍👩‍👧', 'emoji'],
      ['🇸🇦', 'emoji'],
      ['🇰🇿', 'emoji'],
      ['1️⃣', 'emoji'],
      ['❤️', 'emoji'],
      ['©️', 'emoji'],
      ['🏴󠁧󠁢󠁥󠁮󠁧󠁿', 'emoji'],
    ]);
  });

  test('a keycap glued to a number or a Latin word is an emoji of its own', () => {
    expect(pairs('20011️⃣')).toStrictEqual([['2001', 'number'], ['1️⃣', 'emoji']]);
    expect(pairs('3.41️⃣')).toStrictEqual([['3.4', 'number'], ['1️⃣', 'emoji']]);
    expect(pairs('2,1️⃣')).toStrictEqual([['2', 'number'], [',', 'punctuation'], ['1️⃣', 'emoji']]);
    expect(pairs('a1️⃣')).toStrictEqual([['a', 'word'], ['1️⃣', 'emoji']]);
    expect(pairs('a1⃣')).toStrictEqual([['a', 'word'], ['1⃣', 'emoji']]);
    // a sign is no sign of a keycap (fast-check found «-1️⃣» read as one number)
    expect(pairs('-1️⃣ −2️⃣')).toStrictEqual([['-', 'punctuation'], ['1️⃣', 'emoji'], ['−', 'symbol'], ['2️⃣', 'emoji']]);
    expect(pairs('-12️⃣')).toStrictEqual([['-1', 'number'], ['2️⃣', 'emoji']]);
  });

  test('splits emoji glued to words', () => {
    expect(pairs('مبروك🎉🎉')).toStrictEqual([
      ['مبروك', 'word'],
      ['🎉', 'emoji'],
      ['🎉', 'emoji'],
    ]);
  });

  test('text-style pictographs without VS16 and other signs are symbols', () => {
    expect(pairs('© + = $')).toStrictEqual([
      ['©', 'symbol'],
      ['+', 'symbol'],
      ['=', 'symbol'],
      ['$', 'symbol'],
    ]);
  });

  test('keeps a comma inside a number only before a thousands group or a decimal part', () => {
    expect(pairs('2019,2020 1,000,000 3,5 ١٬٠٠٠')).toStrictEqual([
      ['2019', 'number'],
      [',', 'punctuation'],
      ['2020', 'number'],
      ['1,000,000', 'number'],
      ['3,5', 'number'],
      ['١٬٠٠٠', 'number'],
    ]);
  });

  test('takes a capitalised word after a full stop for a missing space, not a domain', () => {
    expect(pairs('he said.News came')).toStrictEqual([
      ['he', 'word'],
      ['said', 'word'],
      ['.', 'punctuation'],
      ['News', 'word'],
      ['came', 'word'],
    ]);
    // lower or upper case, or with a path, it is still a domain
    expect(pairs('example.news EXAMPLE.COM site.News/x').map(([, type]) => type)).toStrictEqual(['url', 'url', 'url']);
  });

  test('reads a URL, address or word after an invisible mark as if the mark were not there', () => {
    // tweets often carry a right-to-left mark or a byte-order mark before a link
    expect(pairs('\u200Fhttps://x.com \u200Finfo@x.com \uFEFFwww.x.com/مسار \u200C\u200Fبوتين')).toStrictEqual([
      ['\u200F', 'symbol'],
      ['https://x.com', 'url'],
      ['\u200F', 'symbol'],
      ['info@x.com', 'email'],
      ['\uFEFF', 'symbol'],
      ['www.x.com/مسار', 'url'],
      ['\u200C\u200F', 'symbol'],
      ['بوتين', 'word'],
    ]);
    // inside a word the marks stay in it (the Persian ZWNJ above all)
    expect(pairs('می\u200Cخواهم كتاب\u200Fمفيد')).toStrictEqual([
      ['می\u200Cخواهم', 'word'],
      ['كتاب\u200Fمفيد', 'word'],
    ]);
  });

  test('never splits a surrogate pair or stalls on astral format characters', () => {
    // found by the property tests: U+1D173 (a musical format control) once made an empty token;
    // as a format character before a token it is a symbol of its own, both code units of it
    expect(pairs('\u{1D173}a \u{E0001} #😀 @\u{1D400}x')).toStrictEqual([
      ['\u{1D173}', 'symbol'],
      ['a', 'word'],
      ['\u{E0001}', 'symbol'],
      ['#', 'symbol'],
      ['😀', 'emoji'],
      ['@\u{1D400}x', 'mention'],
    ]);
  });

  test('makes each lone surrogate a symbol token of one code unit', () => {
    expect(tokenize('a\uD800b\uDC00')).toStrictEqual([
      { text: 'a', start: 0, end: 1, type: 'word' },
      { text: '\uD800', start: 1, end: 2, type: 'symbol' },
      { text: 'b', start: 2, end: 3, type: 'word' },
      { text: '\uDC00', start: 3, end: 4, type: 'symbol' },
    ]);
  });
});

describe('tokenize: options.normalize', () => {
  test('adds the normalized form of each token, offsets unchanged', () => {
    const tokens = tokenize('إِلَى المَدْرَسَةِ ٣', { normalize: 'search' });
    expect(tokens.map((t) => t.normal)).toStrictEqual(['الي', 'المدرسه', '3']);
    expect(tokens.map((t) => [t.start, t.end])).toStrictEqual([
      [0, 5],
      [6, 18],
      [19, 20],
    ]);
  });

  test('accepts an options object', () => {
    expect(tokenize('كتـــاب أسامة', { normalize: { tatweel: true } }).map((t) => t.normal)).toStrictEqual([
      'كتاب',
      'أسامة',
    ]);
  });

  test('leaves normal out without the option', () => {
    expect('normal' in tokenize('كتاب')[0]!).toBe(false);
  });
});

test('keeps an astral punctuation mark whole (fast-check counterexample U+1039F)', () => {
  expect(tokenize('a 𐎟 b')).toEqual([
    { text: 'a', start: 0, end: 1, type: 'word' },
    { text: '𐎟', start: 2, end: 4, type: 'punctuation' },
    { text: 'b', start: 5, end: 6, type: 'word' },
  ]);
});

describe('tokenize: long texts (the scanner fills its buffer chunk by chunk)', () => {
  // More tokens than three scanner chunks, so that chunk boundaries fall inside the text.
  const repeatFor = (unit: string, tokens: number): number => Math.ceil((3 * CHUNK) / tokens) + 1;

  test('gives a long text the tokens of its pieces, shifted', () => {
    const unit = 'قال «وبالتعاون» 3.4% https://example.com/مسار?q=١ a@b.org #وسم_عربي 👍🏽 ١٬٠٠٠ يونيو/حزيران.';
    const pieces = tokenize(unit);
    const times = repeatFor(unit, pieces.length);
    const long = Array.from({ length: times }, () => unit).join(' ');
    const expected = Array.from({ length: times }, (_, r) =>
      pieces.map((t) => ({ ...t, start: t.start + r * (unit.length + 1), end: t.end + r * (unit.length + 1) })),
    ).flat();
    expect(tokenize(long)).toStrictEqual(expected);
  });

  test('agrees with one unchunked scan on inputs whose detectors remember failures', () => {
    for (const unit of ['a@', 'a.', 'www.', 'http://', '@', '.', 'x.c']) {
      const long = unit.repeat(Math.ceil((3 * CHUNK) / unit.length) + 7);
      const tokens = tokenize(long);
      const { starts, ends, types, count } = scan(long);
      expect(tokens.length).toBe(count);
      const mismatch = tokens.findIndex((t, k) => t.start !== starts[k] || t.end !== ends[k] || t.type !== TYPE_NAMES[types[k]!]);
      releaseInput();
      expect(mismatch).toBe(-1);
    }
  });
});
