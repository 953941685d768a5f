// QA round 30: «إلى» typed with a bare alef before a pronoun, and names in «انا», «ينا». «اليه»,
// «اليها» (to him, to her) stayed whole, since a stem that begins with «ال» took no pronoun;
// «بارانا», «جوانا» (Paraná, Joanna) were cut into «بارى», «جوى» + «نا», though their stems take
// no «ه», «ها», «هم»; «أرينا» (arena) into «أري» + «نا», though no «أريه» nor «أريت» shows a verb.
// The cases below failed before the fix; the guards (nouns and verbs that take other pronouns,
// «والي», a governor, with its pronoun, the ballet «باليه») pass before and after. Words invented
// or common, not corpus sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: «إلى» with a bare alef and a pronoun', () => {
  test.each([
    ['اليه', '[الى]+ه'],
    ['اليها', '[الى]+ها'],
    ['اليهم', '[الى]+هم'],
    ['الينا', '[الى]+نا'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test.each([
    ['إليه', '[إلى]+ه'],
    ['وإليها', 'و+[إلى]+ها'],
    ['واليها', '[والي]+ها'],
    ['باليه', '[باليه]'],
    ['كاليه', '[كاليه]'],
    ['الي', '[الي]'],
    ['اليوم', 'ال+[يوم]'],
    ['الأرضي', 'ال+[أرضي]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segment: a name in «انا», «ينا» keeps its «نا»', () => {
  test.each(['بارانا', 'جوانا', 'غابانا', 'أرينا', 'آرينا'])('keeps «%s» whole', (word) => {
    expect(split(word)).toBe(`[${word}]`);
  });
  test('keeps «وبارانا» as و + «بارانا»', () => {
    expect(split('وبارانا')).toBe('و+[بارانا]');
  });
  test.each([
    // nouns and verbs in ى whose stem takes «ه», «ها», «هم»; verbs in ي with a perfect in ت
    ['مستوانا', '[مستوى]+نا'],
    ['مرمانا', '[مرمى]+نا'],
    ['أعطانا', '[أعطى]+نا'],
    ['قضايانا', '[قضايا]+نا'],
    ['أتينا', '[أتي]+نا'],
    // (QA round 67) «we gave», the perfect with its subject «نا», is one word
    ['أعطينا', '[أعطينا]'],
    ['يعطينا', '[يعطي]+نا'],
    ['علينا', '[على]+نا'],
    ['لدينا', '[لدى]+نا'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
