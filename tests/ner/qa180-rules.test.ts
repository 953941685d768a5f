// QA round 180 (the lines of the 16 news files that hold «أم» before a word): «أم» "mother of"
// before a given name opens a kunya, one person with it; joinKunyas in src/ner/rules.ts.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] =>
  entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 180: kunyas that open with «أم»', () => {
  it('takes «أم» into the person', () => {
    expect(persons('وقالت أم طارق إن الأسعار ارتفعت كثيرا هذا العام.')).toContain('أم طارق');
    expect(persons('استمع الجمهور إلى أغنية لأم كلثوم في الحفل.')).toContain('أم كلثوم');
    expect(persons('وروت أم سلمة الحديث عن النبي.')).toContain('أم سلمة');
  });

  it('guards: «أم» "or" and the mother of a named man', () => {
    const or = entities('هل هو مشروع خاص بهم أم هو مشروع إقليمي؟', { types: ['PERS'] });
    expect(or).toEqual([]);
    expect(persons('وهل كان مقتولا أم على قيد الحياة؟')).toEqual([]);
    expect(persons('نفت أم خالد سعيد أن تكون قد قالت ذلك.')).not.toContain('أم خالد سعيد');
  });
});
