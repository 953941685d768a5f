// QA round 285 (singers' one-word stage names after «الفنانة/المطربة» left out, over the 16
// news files): labelStageNames in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 285: a stage name after an artist\'s title is a person', () => {
  it('labels the stage name, the title outside', () => {
    expect(persons('وتحيي الفنانة أنغام حفلا غنائيا في الإسكندرية الشهر المقبل.')).toEqual(['أنغام']);
    expect(persons('واشتهرت المطربة نجاة الصغيرة بأغانيها الرومانسية.')).toEqual(['نجاة الصغيرة']);
  });

  it('guards: the common word without the title, and a full name, are left', () => {
    expect(persons('وتحققت أحلام الشباب في المهرجان.')).toEqual([]);
    expect(persons('وطالبت الفنانة إلهام علي بعرض المسلسل.')).not.toContain('إلهام');
  });
});
