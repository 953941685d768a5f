import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 62: given names left outside the name they open; «غاز سام»', () => {
  it('joins foreign given names missing from the feature list («جيب [بوش]», «نفتالي [بينيت]»)', () => {
    expect(names('وقال جيب بوش في مقابلة مع الصحفيين إن حملته مستمرة')).toContain('PERS:جيب بوش');
    expect(names('وانتقد الوزير نفتالي بينيت القرار في جلسة الحكومة')).toContain('PERS:نفتالي بينيت');
    expect(names('وسجل المهاجم تيمو فيرنر هدفين في المباراة')).toContain('PERS:تيمو فيرنر');
  });
  it('joins a listed given name written with a final «ى» («مقتدى [الصدر]»), not the preposition «على»', () => {
    expect(names('ودعا رجل الدين مقتدى الصدر أنصاره إلى الهدوء')).toContain('PERS:مقتدى الصدر');
    const got = names('ورد المدرب على ميسي بعد المباراة');
    expect(got).toContain('PERS:ميسي');
    expect(got.join('|')).not.toContain('على');
  });
  it('keeps a listed given name that folds to «ال…ي» in the name («أليكسي [كازاكوف]»)', () => {
    expect(names('وقال المذيع أليكسي كازاكوف إن البرنامج توقف')).toContain('PERS:أليكسي كازاكوف');
  });
  it('reads «سام» after «غاز» or «أمر» as the adjective, not the name Sam', () => {
    expect(names('وقتل العشرات في هجوم بغاز سام على البلدة الصغيرة').join('|')).not.toContain('سام');
    expect(names('وصدر أمر سام بتعيين المحافظ الجديد').join('|')).not.toContain('سام');
  });
  it('guard: «سام» elsewhere stays a name, and a verb in «ى» opens no name («أرى [أوزيل]»)', () => {
    expect(names('وقال سام إن الفريق سيعود أقوى')).toContain('PERS:سام');
    expect(names('وقال المدرب: عندما أرى أوزيل في الملعب أشعر بالراحة').join('|')).not.toContain('أرى');
  });
});
