// QA round 252 («ظهير أيمن» "right back" read as the name Ayman, over the 16 news files):
// dropPositionSides in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 252: «أيمن» after a football position is the side', () => {
  it('drops the side read as a name', () => {
    expect(persons('وكان موسمه مع الفريق عاديا، لعب كظهير أيمن وخاض 41 مباراة.')).toEqual([]);
    expect(persons('وتعاقد النادي مع فيصل الخراع (ظهير أيمن) مقابل ثمانية ملايين ريال.')).toEqual(['فيصل الخراع']);
  });

  it('guard: «الظهير أيمن», without agreement, is the back named Ayman', () => {
    expect(persons('وسجل الظهير أيمن الهدف الثاني.')).toEqual(['أيمن']);
  });
});
