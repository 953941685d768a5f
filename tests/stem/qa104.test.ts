import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 104, one class, decided in scripts/build-stem-lexicon.ts: the units five to ten
// in ة («خمسة», «ستة», «سبعة», «تسعة», «عشرة»), the number's gender before a masculine counted
// noun, kept their ة while «ثلاثة», «أربعة» lost it to the adjective loops, so «خمسة أيام» and
// «خمس سنوات» did not meet (3,702 tokens over news-006 and news-014, «خمسة» 655, «عشرة» 566,
// «ستة» 485, «عشرات» 436). The generator now gives the ة of every unit of TENS_UNITS code m, and
// «عشرات» (tens of) code b; `inflection` reads code m on a base of three letters too, for
// «ستة» → «ست». Untouched: «ثمانية» («ثماني»), the tens («عشرين», «خمسون»), «سنة», «مرة», «قوة».
// Invented sentences.
describe('stem QA round 104: the units in ة go with their form without it', () => {
  test('five to ten, with the article and a proclitic', () => {
    expect(stem('خمسة')).toBe('خمس');
    expect(stem('خمسة')).toBe(stem('خمس'));
    expect(stem('الخمسة')).toBe('خمس');
    expect(stem('بخمسة')).toBe('خمس');
    expect(stem('ستة')).toBe('ست');
    expect(stem('الستة')).toBe('ست');
    expect(stem('وستة')).toBe('ست');
    expect(stem('سبعة')).toBe('سبع');
    expect(stem('السبعة')).toBe(stem('السبع'));
    expect(stem('تسعة')).toBe('تسع');
    expect(stem('التسعة')).toBe('تسع');
    expect(stem('عشرة')).toBe('عشر');
    expect(stem('العشرة')).toBe(stem('عشر'));
  });

  test('tens of: «عشرات» goes with «عشرة»', () => {
    expect(stem('عشرات')).toBe('عشر');
    expect(stem('العشرات')).toBe('عشر');
    expect(stem('بعشرات')).toBe(stem('عشرة'));
  });

  test('in invented sentences', () => {
    const words = tokenize('أمهلت الهيئة الشركات خمسة أيام لتسوية أوضاعها بعد خمس سنوات من الانتظار')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[3]).toBe(words[8]);
    const more = tokenize('أصيب ستة أشخاص وسبعة عناصر أمن في الحادث وأوقفت الشرطة عشرات المشتبه بهم بعد عشرة أيام')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(more[1]).toBe('ست');
    expect(more[3]).toBe('سبع');
    expect(more[10]).toBe('عشر');
    expect(more[14]).toBe('عشر');
  });

  test('guards: three, four, eight as before; the tens; nouns of three letters in ة', () => {
    expect(stem('ثلاثة')).toBe('ثلاث');
    expect(stem('أربعة')).toBe('اربع');
    expect(stem('ثمانية')).toBe('ثماني');
    expect(stem('عشرين')).toBe('عشرين');
    expect(stem('خمسون')).toBe('خمسون');
    expect(stem('سنة')).toBe('سنة');
    expect(stem('السنة')).toBe('سنة');
    expect(stem('مرة')).toBe('مرة');
    expect(stem('قوة')).toBe('قوة');
    expect(stem('مدة')).toBe('مدة');
    expect(stem('ستين')).toBe('ستين');
  });
});
