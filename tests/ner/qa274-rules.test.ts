// QA round 274 (the weekday of wire copy run into the name before it, over the 16 news files):
// trimWeekdayTails in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text).map((e) => `${e.type} ${e.text}`);

describe('QA round 274: a weekday after the subject is no part of its name', () => {
  it('ends the organisation before the day, which is a DATE', () => {
    const text = 'وأعلنت وزارة الدفاع الفرنسية الجمعة أن الطائرة عادت إلى قاعدتها.';
    const found = typed(text);
    expect(found).toContain('ORG وزارة الدفاع الفرنسية');
    expect(found).toContain('DATE الجمعة');
    for (const e of entities(text)) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(typed('وقال الاتحاد الأوروبي الخميس إن العقوبات ستبقى.')).toContain('ORG الاتحاد الأوروبي');
  });

  it('guards: a family name and a quoted title keep the day', () => {
    expect(typed('وقال أحمد الخميس إن الفريق جاهز للمباراة.')).toContain('PERS أحمد الخميس');
    expect(typed('ونشر الكاتب مقالاته في كتاب "حديث الأربعاء" قبل سنوات.').some((t) => t.startsWith('MISC حديث'))).toBe(false);
  });
});
