// QA round 261 (leagues and associations named «رابطة», left O or cut to a place, over the 16
// news files): ORGANISATIONS in src/ner/lists.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 261: named leagues and associations headed by «رابطة» are organisations', () => {
  it('finds the Muslim World League after the proclitic «ل»', () => {
    expect(typed('جاء ذلك في البيان الذي أصدره الأمين العام لرابطة العالم الإسلامي الدكتور عبدالله التركي.')).toEqual([
      'ORG رابطة العالم الإسلامي',
      'PERS عبدالله التركي',
    ]);
  });

  it('makes ASEAN one ORG rather than the place at its end', () => {
    expect(typed('وعقدت رابطة دول جنوب شرق آسيا قمتها في مانيلا.')).toEqual(['ORG رابطة دول جنوب شرق آسيا', 'LOC مانيلا']);
  });

  it('finds the tennis and football leagues', () => {
    expect(typed('وتصدر نادال تصنيف رابطة محترفي كرة المضرب.')).toContain('ORG رابطة محترفي كرة المضرب');
    expect(typed('وأعلنت رابطة الأندية الإنجليزية المحترفة موعد انطلاق الموسم.')).toEqual(['ORG رابطة الأندية الإنجليزية المحترفة']);
  });

  it('guard: «رابطة» "bond" names nothing', () => {
    expect(typed('وتربطهما رابطة الزواج منذ سنوات.')).toEqual([]);
  });
});
