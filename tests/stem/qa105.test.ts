import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 105, one class, decided in src/stem/dhad.ts: «أم» before a pronoun («أمه», «أمها»,
// «وأمه», «لأمه», «بأمها», «أمهم») kept the whole word, because «أم» (or) is on the stopword list
// and a function word carrying a pronoun stays whole («أنه», «لكنها»); the conjunction «أم» carries
// no pronoun, so such a base is the noun «أمّ» (mother), and it now goes as «عمه», «يدها» do: to
// «ام», the stem of «الأم» (220 tokens over news-011 and news-002: «أمه» 95, «وأمه» 34, «أمها» 24,
// «لأمه» 14, «امه» 12). Untouched: the function words that share the branch («أنه», «لكنها»),
// «أمي», «أمك» (left whole by `segment`), «أمهات», «أمة», «أمنا» (safe, accusative). Invented
// sentences.
describe('stem QA round 105: «أم» with a pronoun goes with «الأم»', () => {
  test('the third person pronouns, with a proclitic and with marks', () => {
    expect(stem('أمه')).toBe('ام');
    expect(stem('أمه')).toBe(stem('الأم'));
    expect(stem('أمها')).toBe('ام');
    expect(stem('أمهم')).toBe('ام');
    expect(stem('أمهما')).toBe('ام');
    expect(stem('وأمه')).toBe('ام');
    expect(stem('لأمه')).toBe('ام');
    expect(stem('بأمها')).toBe('ام');
    expect(stem('أمُّه')).toBe('ام');
    expect(stem('امه')).toBe('ام');
    expect(stem('امها')).toBe('ام');
  });

  test('in invented sentences', () => {
    const words = tokenize('عاش الطفل مع أمه في القرية بعد وفاة أبيه ثم انتقلت الأم إلى المدينة')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[3]).toBe(words[11]);
    expect(words[8]).toBe('اب');
    const more = tokenize('سافرت الفتاة مع والدها وأمها ثم عادت لتعتني بأمها المريضة')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(more[4]).toBe('ام');
    expect(more[8]).toBe('ام');
  });

  test('guards: the function words, the conjunction, the forms `segment` keeps whole', () => {
    expect(stem('أنه')).toBe('انه');
    expect(stem('وأنه')).toBe('انه');
    expect(stem('لكنها')).toBe('لكنها');
    expect(stem('أم')).toBe('ام');
    expect(stem('وأم')).toBe('ام');
    expect(stem('أمي')).toBe('امي');
    expect(stem('أمك')).toBe('امك');
    expect(stem('أمهات')).toBe('امهات');
    expect(stem('الأمة')).toBe('امة');
    expect(stem('أمنا')).toBe('امن');
    expect(stem('عمه')).toBe('عم');
    expect(stem('يدها')).toBe('يد');
  });
});
