// QA round 6 of tokenize: classes found reading news-010 (Tashkeela), news-002 (SaudiNewsNet),
// news-013 (Wikipedia) and flagged token shapes in all 16 unlabeled files. Each case failed
// before the fix it pins; the words are invented for the rule.
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/tokenize/index.js';
import type { TokenType } from '../../src/tokenize/index.js';

const pairs = (s: string): [string, TokenType][] => tokenize(s).map((t) => [t.text, t.type]);
const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

describe('tokenize: a change of script inside a run of letters is a missing space', () => {
  test('ends an Arabic word where Latin letters begin («مركباتXR7» is مركبات + XR7)', () => {
    expect(pairs('مركباتXR7 جديدة')).toStrictEqual([
      ['مركبات', 'word'],
      ['XR7', 'word'],
      ['جديدة', 'word'],
    ]);
    expect(texts('منصةQwerty')).toStrictEqual(['منصة', 'Qwerty']);
  });

  test('ends a Latin word, with or without digits, where Arabic letters begin', () => {
    expect(texts('Zorblaxوقال')).toStrictEqual(['Zorblax', 'وقال']);
    expect(texts('QX9المنتشرة')).toStrictEqual(['QX9', 'المنتشرة']);
    expect(texts('b52طائرة')).toStrictEqual(['b52', 'طائرة']);
  });

  test('splits at every switch: «QwertyوZorb» is Qwerty + وZorb', () => {
    expect(texts('QwertyوZorb')).toStrictEqual(['Qwerty', 'وZorb']);
  });

  test('applies to letters outside ASCII and outside the BMP', () => {
    expect(texts('حيثÉÉÉ')).toStrictEqual(['حيث', 'ÉÉÉ']);
    expect(texts('Ωمكتب')).toStrictEqual(['Ω', 'مكتب']);
    expect(texts('كتاب\u{1D400}')).toStrictEqual(['كتاب', '\u{1D400}']);
  });

  test('keeps marks and tatweel with the Arabic part they follow', () => {
    expect(texts('مُرَكَّبَاتXR7')).toStrictEqual(['مُرَكَّبَات', 'XR7']);
    expect(texts('مركبـــاتXR7')).toStrictEqual(['مركبـــات', 'XR7']);
  });
});

describe('tokenize: one other letter between two Arabic letters stays in the word', () => {
  test('keeps a Latin letter typed inside an Arabic word, or a transcription mark, in the word', () => {
    expect(pairs('مكتqبة')).toStrictEqual([['مكتqبة', 'word']]);
    expect(pairs('قرˈطبة')).toStrictEqual([['قرˈطبة', 'word']]);
  });

  test('but two letters, or one at the end, are a missing space', () => {
    expect(texts('مكتqxبة')).toStrictEqual(['مكت', 'qx', 'بة']);
    expect(texts('مكتبةQ بة')).toStrictEqual(['مكتبة', 'Q', 'بة']);
  });
});

describe('tokenize: Arabic proclitics before a Latin word stay with it', () => {
  test.each([
    'وZorblax',
    'فZorblax',
    'بـZorblax',
    'لـZorblax',
    'كـZorblax',
    'الـZorblax',
    'الZorblax',
    'والـZorblax',
    'بالـZorblax',
    'للـZorblax',
    'وللـZorblax',
    'فبالZorblax',
    'ٱلـZorblax',
    'وَلِـZorblax',
  ])('keeps «%s» whole', (word) => {
    expect(pairs(word)).toStrictEqual([[word, 'word']]);
  });

  test.each([
    ['سـZorblax', ['سـ', 'Zorblax']], // س is no proclitic of a noun
    ['وبلـZorblax', ['وبلـ', 'Zorblax']], // two prepositions
    ['ولالZorblax', ['ولال', 'Zorblax']],
    ['والبZorblax', ['والب', 'Zorblax']],
    ['وبالكZorblax', ['وبالك', 'Zorblax']], // five letters
  ])('splits «%s», whose Arabic part is no chain of proclitics', (word, expected) => {
    expect(texts(word)).toStrictEqual(expected);
  });

  test('still ends a proclitic before an address that starts there', () => {
    expect(pairs('وzorb@qwx.com')).toStrictEqual([
      ['و', 'word'],
      ['zorb@qwx.com', 'email'],
    ]);
    expect(pairs('وwww.qwx.com')).toStrictEqual([
      ['و', 'word'],
      ['www.qwx.com', 'url'],
    ]);
  });

  test('leaves Latin words, Latin words with digits and apostrophes as they were', () => {
    expect(texts("Zorb's QX9 mp3 O'Brien")).toStrictEqual(["Zorb's", 'QX9', 'mp3', "O'Brien"]);
  });
});

describe('tokenize: the new split keeps the invariants', () => {
  test('pieces are adjacent and cover the word', () => {
    const input = 'نصوصQwertyوZorbالجديدةb52';
    const tokens = tokenize(input);
    expect(tokens.map((t) => t.text).join('')).toBe(input);
    for (let k = 1; k < tokens.length; k++) expect(tokens[k]!.start).toBe(tokens[k - 1]!.end);
  });

  test('alternating runs of scripts are one word per run, read once', () => {
    const m = 20_000;
    const long = 'كتابab'.repeat(m);
    const tokens = tokenize(long);
    expect(tokens).toHaveLength(2 * m);
    expect(tokens.every((t, k) => t.type === 'word' && t.text === (k % 2 ? 'ab' : 'كتاب'))).toBe(true);
    // one letter between Arabic ones each time, the last one after the proclitic ب
    expect(tokenize('بa'.repeat(m)).map((t) => [t.type, t.end])).toStrictEqual([['word', 2 * m]]);
    // the proclitic test reads the tatweel of each word once
    const drawn = ('ك' + 'ـ'.repeat(1000) + 'ab').repeat(1000);
    expect(tokenize(drawn)).toHaveLength(1000);
  });
});

describe('tokenize: unspaced lists of short numbers are numbers and commas', () => {
  test('splits a list of one- and two-digit numbers at its commas', () => {
    expect(texts('الأرقام (4,9,3,8)')).toStrictEqual(['الأرقام', '(', '4', ',', '9', ',', '3', ',', '8', ')']);
    expect(texts('الألوية 41،16،27')).toStrictEqual(['الألوية', '41', '،', '16', '،', '27']);
    expect(texts('بزمن 2,17,45')).toStrictEqual(['بزمن', '2', ',', '17', ',', '45']);
  });

  test('keeps decimal commas, groups of thousands and their mix whole', () => {
    expect(pairs('4,7 1,250,000 3٬250 8،4 21،600،000.5')).toStrictEqual([
      ['4,7', 'number'],
      ['1,250,000', 'number'],
      ['3٬250', 'number'],
      ['8،4', 'number'],
      ['21،600،000.5', 'number'],
    ]);
  });
});
