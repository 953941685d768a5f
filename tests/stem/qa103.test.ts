import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 103, one class, decided in scripts/build-stem-lexicon.ts: the accusative of a
// counted noun after the numbers 11–99 («20 دينارا», «30 ميلا», «15 مترشحا», «16 محضرا», «25 قرصا»,
// «68 راكبا», «116 تونسيا») kept its alef, as news writes it without the tanween mark and a unit
// seen mostly in a count takes the article too seldom for the tanween loops («دينارا» 117 tokens
// over news-009 and news-013), while «ديناراً», «دولارا», «كيلومترا» already lost it. The
// generator now counts how often a word follows a number (digits, a ten, «عشر»), and gives
// «Xا» code t where it follows one a quarter of the time, takes no article or pronoun, and X is
// a noun that takes the article. Untouched: «ألفا» (the number «ألف» is no counted noun; also the
// Greek letter), «جيجا», «كاميرا», function words, names in ـا.
// Invented sentences.
describe('stem QA round 103: a counted noun\'s accusative «Xا» after a number loses its alef', () => {
  test('units and counted nouns go with their singular', () => {
    expect(stem('دينارا')).toBe('دينار');
    expect(stem('دينارا')).toBe(stem('ديناراً'));
    expect(stem('ميلا')).toBe('ميل');
    expect(stem('روبلا')).toBe('روبل');
    expect(stem('فرنكا')).toBe('فرنك');
    expect(stem('قنطارا')).toBe('قنطار');
    expect(stem('مترشحا')).toBe(stem('المترشح'));
    expect(stem('محضرا')).toBe('محضر');
    expect(stem('قرصا')).toBe('قرص');
    expect(stem('ملفا')).toBe(stem('الملف'));
    expect(stem('راكبا')).toBe('راكب');
    expect(stem('منتفعا')).toBe('منتفع');
    expect(stem('تونسيا')).toBe(stem('التونسي'));
  });

  test('in invented sentences', () => {
    const words = tokenize('بلغ سعر التذكرة 35 دينارا وقطع المركب 40 ميلا قبل أن يصل إلى الميناء')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[3]).toBe('دينار');
    expect(words[6]).toBe('ميل');
    const more = tokenize('حجزت الوحدات الأمنية 120 قرصا مخدرا وحررت 45 محضرا عدليا فيما تقدم 18 مترشحا بملفاتهم')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(more[3]).toBe('قرص');
    expect(more[6]).toBe('محضر');
    expect(more[10]).toBe('مترشح');
    const plane = tokenize('كانت الطائرة تقل 76 راكبا بينهم 12 تونسيا عند إقلاعها صباح أمس')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(plane[3]).toBe('راكب');
    expect(plane[5]).toBe('تونسي');
  });

  test('guards: the number «ألف» and the letter alpha, prefixes, function words, names', () => {
    expect(stem('ألفا')).toBe('الفا');
    expect(stem('جيجا')).toBe('جيجا');
    expect(stem('كاميرا')).toBe('كاميرا');
    expect(stem('عندما')).toBe('عندما');
    expect(stem('روسيا')).toBe('روسيا');
    expect(stem('روما')).toBe('روما');
    expect(stem('صيدا')).toBe('صيدا');
    expect(stem('عاما')).toBe('عام');
    expect(stem('شخصا')).toBe('شخص');
    expect(stem('دولارا')).toBe('دولار');
  });
});
