// QA round 259 (television shows in «شو» read as persons, over the 16 news files):
// retypeShows in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 259: a name in «شو» after a show word is a television show', () => {
  it('makes «ذا ديلي شو» one MISC with its «ذا»', () => {
    expect(typed('عمل مراسلا في البرنامج الكوميدي الشهير ذا ديلي شو.')).toEqual(['MISC ذا ديلي شو']);
  });

  it('makes a host’s show after «برنامج» MISC', () => {
    expect(typed('ظهر في برنامج أندرو مار شو على بي بي سي.')).toEqual(['MISC أندرو مار شو', 'ORG بي بي سي']);
  });

  it('drops a kind of show', () => {
    expect(typed('يقدم برنامج التوك شو على قناة الحياة.')).toEqual(['ORG الحياة']);
    expect(typed('عرض الفيديو عبر الداتا شو في القاعة.')).toEqual([]);
  });

  it('guard: persons named Shaw stay persons', () => {
    expect(typed('ولعب لوك شو في مانشستر يونايتد.')).toContain('PERS لوك شو');
    expect(typed('مسرحية جورج برنارد شو الشهيرة.')).toEqual(['PERS جورج برنارد شو']);
  });
});
