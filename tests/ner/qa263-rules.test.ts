// QA round 263 (bodies named by a head and common words, which the model leaves O or cuts, over
// the 16 news files): ORGANISATIONS in src/ner/lists.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 263: named authorities, funds, societies and agencies are organisations', () => {
  it('finds Saudi bodies the model leaves O', () => {
    expect(typed('وقدم صندوق المئوية قروضا لعشرين مشروعا.')).toEqual(['ORG صندوق المئوية']);
    expect(typed('وقالت هيئة السياحة والتراث الوطني إن المواقع ستفتح.')).toEqual(['ORG هيئة السياحة والتراث الوطني']);
    expect(typed('وقالت جمعية الثقافة والفنون بالدمام إن المهرجان سيقام غدا.')).toEqual(['ORG جمعية الثقافة والفنون', 'LOC الدمام']);
  });

  it('takes the whole name of the Saudi Red Crescent Authority and of NASA', () => {
    expect(typed('وباشرت فرق هيئة الهلال الأحمر السعودي الحادث ونقلت المصابين إلى المستشفى.')).toEqual(['ORG هيئة الهلال الأحمر السعودي']);
    expect(typed('وأعلنت وكالة الفضاء الأميركية ناسا إطلاق المسبار.')).toContain('ORG وكالة الفضاء الأميركية');
  });

  it('guard: the Red Crescent alone stays as the model finds it', () => {
    expect(typed('وقدم الهلال الأحمر مساعدات للنازحين.')).toEqual(['ORG الهلال الأحمر']);
  });
});
