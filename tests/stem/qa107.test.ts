import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 107, one class, decided in src/stem/dhad.ts: «آب» (August of the Syriac calendar;
// the verb «آبَ», he came back; the Persian «آب», water, and the English «app», «up» in names)
// folded to «اب» and met «أب» (father), «أبوه», «الأب». It now keeps its madda, bare or after one
// conjunction or preposition («وآب», «بآب», «لآب»): 361 tokens over news-013 and news-006, 1,644
// over the 16 files. Untouched: «الآب» (the Father), which takes the article as only the noun
// father does, «آباء», «آبار», «آبي», the other words of two letters in آ («آن», «آي», «آل») and
// «اب» written without the madda. Invented sentences.
describe('stem QA round 107: «آب» keeps its madda', () => {
  test('the month, bare, after a proclitic and with marks', () => {
    expect(stem('آب')).toBe('آب');
    expect(stem('آب')).not.toBe(stem('أب'));
    expect(stem('آبَ')).toBe('آب');
    expect(stem('آبٌ')).toBe('آب');
    expect(stem('وآب')).toBe('آب');
    expect(stem('بآب')).toBe('آب');
    expect(stem('لآب')).toBe('آب');
    expect(stem('فآب')).toBe('آب');
    // the madda written as its own mark after the alef (U+0653 ARABIC MADDAH ABOVE)
    expect(stem('\u0627\u0653\u0628')).toBe('آب');
    expect(stem('\u0648\u0627\u0653\u0628')).toBe('آب');
  });

  test('in invented sentences', () => {
    const words = tokenize('زار الأب ابنه في آب الماضي ثم عاد إليه بين تموز وآب من العام التالي')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[1]).toBe('اب');
    expect(words[4]).toBe('آب');
    expect(words[11]).toBe('آب');
    expect(words[1]).not.toBe(words[4]);
    const more = tokenize('نزل التطبيق على متجر آب ستور في 12 أغسطس/آب')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(more[4]).toBe('آب');
    expect(more[8]).toBe('آب');
  });

  test('guards: father and the other words in آ fold as before', () => {
    expect(stem('أب')).toBe('اب');
    expect(stem('اب')).toBe('اب');
    expect(stem('أبوه')).toBe('اب');
    expect(stem('أبيه')).toBe('اب');
    expect(stem('الأب')).toBe('اب');
    expect(stem('الآب')).toBe('اب');
    expect(stem('للآب')).toBe('اب');
    expect(stem('آباء')).toBe('اباء');
    expect(stem('آبار')).toBe('ابار');
    expect(stem('الآبار')).toBe('ابار');
    expect(stem('آبي')).toBe('ابي');
    expect(stem('آبان')).toBe('ابان');
    expect(stem('كآبة')).toBe('كابة');
    expect(stem('آل')).toBe('ال');
    expect(stem('وآل')).toBe('ال');
    expect(stem('آن')).toBe('ان');
    expect(stem('آي')).toBe('اي');
  });
});
