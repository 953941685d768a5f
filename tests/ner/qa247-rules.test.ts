// QA round 247 (words that announce a by-name at a person's end, over the 16 news files):
// TRAILING_EPITHET_CUES in trimClauseWords, src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 247: «الشهير/الملقب/المعروف» after a name is not part of it', () => {
  it('ends the name before the cue', () => {
    expect(persons('وكان الشاعر أحمد شوقي الملقب بأمير الشعراء يقيم في القاهرة.')).toEqual(['أحمد شوقي']);
    expect(persons('ومن المؤرخين معاوية بن هشام بن محمد المعروف بابن الشبانسي.')).toEqual(['معاوية بن هشام بن محمد', 'ابن الشبانسي']);
  });

  it('drops a description the cue leaves alone', () => {
    expect(persons('وخرج الطباخ الشهير من القائمة بعد مشاكل في مطاعمه.')).toEqual([]);
  });

  it('guard: «عبد المعروف» is a name', () => {
    expect(persons('وعين مكانه الفريق أول كمال عبد المعروف رئيسا لهيئة الأركان.')).toEqual(['كمال عبد المعروف']);
  });
});
