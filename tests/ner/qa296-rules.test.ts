// QA round 296 (what a number counts or measures read as a name, over the 16 news files):
// dropCountedNames in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const texts = (text: string): string[] => entities(text).map((e) => `${e.text}/${e.type}`);

describe('QA round 296: a counted noun or unit after a number is no name', () => {
  it('drops units of measure after a number', () => {
    expect(texts('وارتفع الجنيه أمام اليورو إلى 69.68 بنس في التعاملات.').some((x) => x.startsWith('بنس'))).toBe(false);
    expect(texts('ويعمل الهاتف بمعالج سرعته 2.2 جيجا هيرتز وذاكرة كبيرة.').some((x) => x.includes('هيرتز'))).toBe(false);
  });

  it('drops a nationality counted as people and an organisation counted', () => {
    expect(texts('ووجهت واشنطن اتهامات إلى 13 روسيا بالتدخل في الانتخابات.').some((x) => x.startsWith('روسيا'))).toBe(false);
    expect(texts('ويركز التحالف المكون من 19 منظمة إغاثة على إعادة البناء.').some((x) => x.includes('منظمة'))).toBe(false);
  });

  it('guards: years, scores and small counts keep their names', () => {
    expect(texts('وزار الرئيس في 2008 كينيا بلد أجداده.')).toContain('كينيا/LOC');
    expect(texts('وانتهت المباراة فرنسا 2-1 كرواتيا في النهائي.')).toContain('كرواتيا/LOC');
  });
});
