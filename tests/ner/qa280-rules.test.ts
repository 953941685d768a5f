// QA round 280 (the prayers read as Morocco or left out, and times of day read as titles, over
// the 16 news files): labelPrayerNames and dropDawnAndMorning in src/ner/rules.ts. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const spans = (text: string): string[] => entities(text).map((e) => `${e.type}:${e.text}`);

describe('QA round 280: the name of a prayer is a MISC, a time of day is no name', () => {
  it('labels the prayer after «صلاة», «أذان» or «صلاتي», Morocco included', () => {
    expect(spans('وتبدأ الفعاليات يوميا بعد صلاة المغرب في ساحة الحي.')).toEqual(['MISC:المغرب']);
    expect(spans('ويغلق السوق قبيل أذان المغرب بساعة.')).toEqual(['MISC:المغرب']);
    expect(spans('ويصلي الحجاج صلاتي الظهر والعصر جمعا في المخيم.')).toEqual(['MISC:الظهر', 'MISC:العصر']);
  });

  it('drops the morning with «الأولى» or after «ساعات/تدريبات»', () => {
    expect(spans('وتجمع الأهالي منذ ساعات الصباح الأولى أمام مقر اللجنة.')).toEqual([]);
    expect(spans('وبدأت تدريبات الصباح بتمارين الإحماء ثم تمارين خططية.')).toEqual([]);
  });

  it('guards: Morocco elsewhere, and the newspaper «الصباح», stay', () => {
    expect(spans('وفاز المغرب على تونس في المباراة.')).toContain('LOC:المغرب');
    expect(spans('وقال الوزير في حوار نشرته اليوم صحيفة "الصباح" إن الحكومة ستعلن خطتها.')).toContain('ORG:الصباح');
  });
});
