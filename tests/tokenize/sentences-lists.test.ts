// Inline numbered lists: «الآتي: 1. … 2. … 3. …» written on one line. The marker of the next
// item («2.») ends no sentence when the same sentence already has the previous one («1.»).
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: inline numbered lists', () => {
  it('keeps the items of an inline list after a colon in one sentence', () => {
    expect(split('وتشمل الخطة ما يلي: 1. تحسين الطرق 2. بناء المدارس 3. توفير المياه. وقال الوزير إن التنفيذ يبدأ غدا.')).toStrictEqual([
      'وتشمل الخطة ما يلي: 1. تحسين الطرق 2. بناء المدارس 3. توفير المياه.',
      'وقال الوزير إن التنفيذ يبدأ غدا.',
    ]);
  });

  it('reads Arabic-Indic markers and a list that opens its line', () => {
    expect(split('وتشمل الخطة: ١. تحسين الطرق ٢. بناء المدارس. وقال الوزير ذلك.')).toHaveLength(2);
    expect(split('1. البذرة 2. الساق 3. الزهرة.')).toStrictEqual(['1. البذرة 2. الساق 3. الزهرة.']);
    expect(split('النتائج كالتالي: 1.الأرباح 50 مليون 2.التوزيع 10 % 3.الموعد الشهر المقبل')).toHaveLength(1);
  });

  it('still ends a sentence after a number that is no list marker', () => {
    // no «1.» before «2.» in the same sentence
    expect(split('حل الفريق في المركز 2. وجاء منافسه بعده.')).toHaveLength(2);
    // «1.» ended its own sentence, so «2.» is no next item of it
    expect(split('حل الفريق في المركز 1. وجاء الفريق الثاني في المركز 2. وبعده الثالث.')).toHaveLength(3);
    // the previous number is not one less
    expect(split('وصل عددهم إلى 7. في البداية: 1. زار الوفد المدينة 5. ثم غادر.')).toHaveLength(3);
  });

  it('stays linear on a text made of list markers', () => {
    const text = 'بند 1. '.repeat(50_000);
    const out = sentences(text);
    expect(out.length).toBeGreaterThan(0);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
