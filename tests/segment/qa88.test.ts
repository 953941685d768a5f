// QA round 88: two classes that stayed whole. A base after the article that alone would lose a
// conjunction + the article is no contradiction (no base after the article takes either), so
// «الوالدين», «الوالدان» (the parents) are ال + «والدين», «والدان», with ل ب و before them, though
// «والدين» alone is و + ال + «دين». And a doubled verb the corpus never shows with the article
// (its imperfects «يـ» and «تـ» known, never with the article, the stem at least as frequent as
// its imperfect in ي) takes its object: «شنه», «شنها» (launched it) are «شن» + ه, ها; the
// jussive of a hollow verb («يكن» against «كنهه») and «لأهم», «بنهم» are kept as before.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('«الوالدين»: the article before a base whose و and «ال» are its own letters', () => {
  test.each([
    ['يجب احترام الوالدين في كل الأحوال', 2, 'ال+[والدين]'],
    ['قدم الابن الهدية للوالدين', 3, 'ل+ال+[والدين]'],
    ['حضر الوالدان حفل التخرج', 1, 'ال+[والدان]'],
    ['أوصى الدين بالبر بالوالدين', 3, 'ب+ال+[والدين]'],
    ['تهتم الجمعية برعاية الأطفال والوالدين', 4, 'و+ال+[والدين]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['دافع الجنود عن الوطن والدين', 4, 'و+ال+[دين]'],
    ['زار الوالد ابنه في المستشفى', 1, 'ال+[والد]'],
    ['استقبل الوالي الوفد الزائر', 1, 'ال+[والي]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});

describe('«شنه», «شنها»: a doubled verb before its object', () => {
  test.each([
    ['أدانت الحكومة الهجوم الذي شنه المسلحون', 4, '[شن]+ه'],
    ['انتهت الحرب التي شنها الجيش على المدينة', 3, '[شن]+ها'],
    ['اتهمت الحكومة الجماعة بشنها هجمات على القرى', 3, 'ب+[شن]+ها'],
    ['قتل عشرة أشخاص في غارة شنها الطيران', 5, '[شن]+ها'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['شن الجيش هجوما على المتمردين', 0, '[شن]'],
    ['لم يدرك أحد كنهه', 3, '[كنه]+ه'],
    ['أكل الطفل بنهم شديد', 2, 'ب+[نهم]'],
    ['اهتم الوزير لأهم القضايا', 2, 'ل+[أهم]'],
    ['ضمه المدرب إلى الفريق', 0, '[ضم]+ه'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
