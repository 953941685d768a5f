// API pass 10 ("demanding user"): Arabic typed on a Persian keyboard (ی for ي, ک for ك) gives
// the same stems, stop words and entity forms as the plain spelling, as root and the NER names
// already did.
import { describe, expect, test } from 'vitest';
import { createStemmer } from '../src/natural/index.js';
import { entities, isStopword, root, stem } from '../src/index.js';

/** The spelling of a Persian keyboard: U+06CC FARSI YEH for ي, U+06A9 KEHEH for ك. */
const persian = (s: string): string => s.replace(/ي/g, '\u06CC').replace(/ك/g, '\u06A9');

describe("stem ('dhad') reads ی and ک as ي and ك", () => {
  test.each(['الدولي', 'يكتبون', 'الاقتصادية', 'مسؤوليته', 'وفي', 'فجتك', 'كيمت', 'والكتاب'])('%s', (word) => {
    expect(stem(persian(word))).toBe(stem(word));
  });

  test('the stem is written in Arabic letters, as ى and أ are folded', () => {
    expect(stem('الدولی')).toBe('دولي');
    expect(stem('کتاب')).toBe('كتاب');
  });

  test('the natural adapter, which stems with it, too', () => {
    expect(createStemmer().tokenizeAndStem(persian('وفي الاقتصادية يكتبون'))).toEqual(['اقتصادي', 'يكتب']);
  });

  test('names stay whole, spelled in Arabic letters', () => {
    expect(stem(persian('كازاخستان'))).toBe('كازاخستان');
    expect(stem(persian('بيروت'))).toBe('بيروت');
  });

  test('guards: the reference algorithms keep their references\u2019 blind spots; other letters stay', () => {
    expect(stem('الدولی', { algorithm: 'light10' })).toBe('دولی');
    expect(stem('پدر')).toBe('پدر');
    expect(stem('المنظمات')).toBe('منظمة');
    expect(root(persian('يكتبون'))).toBe(root('يكتبون'));
  });
});

describe('isStopword reads ی and ک as ي and ك', () => {
  test.each(['في', 'وفي', 'لكي', 'عليه', 'عني', 'لكن', 'الذي'])('%s', (word) => {
    expect(isStopword(word)).toBe(true);
    expect(isStopword(persian(word))).toBe(true);
  });

  test('guard: content words stay content words', () => {
    expect(isStopword(persian('الكتاب'))).toBe(false);
    expect(isStopword(persian('يكتبون'))).toBe(false);
  });
});

describe('the form of a numeric entity folds ی and ک as a name\u2019s form does', () => {
  test('DATE, MONEY', () => {
    const text = persian('وصل في 15 يونيو 2001 ودفع 5 ملايين دولار');
    const found = entities(text, { types: ['DATE', 'MONEY'] });
    expect(found.map((e) => [e.type, e.text, e.form, e.value])).toEqual([
      ['DATE', '15 یونیو 2001', '15 يونيو 2001', '2001-06-15'],
      ['MONEY', '5 ملایین دولار', '5 ملايين دولار', { amount: 5000000, currency: 'USD' }],
    ]);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  test('the whole result equals the plain spelling\u2019s but for the text', () => {
    const plain = 'زار بوتين كازاخستان في 15 يونيو 2001 ودفع 5 ملايين دولار بنسبة 60%';
    const key = (s: string) => entities(s).map((e) => [e.type, e.start, e.end, e.form, e.value]);
    expect(key(persian(plain))).toEqual(key(plain));
  });
});
