// QA round 181 (the lines of the 16 news files that hold «نبي»): «النبي» "the Prophet" alone is a
// title, no name; dropBareProphet in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.text}/${e.type}`);

describe('QA round 181: the bare title «النبي»', () => {
  it('is no name alone or after a verb or particle', () => {
    expect(names('وقد أرسل الوفد إلى النبي في المدينة.')).toEqual([]);
    expect(names('ففي الحديث أن النبي -صلى الله عليه وسلم- خرج إلى السوق.').filter((n) => n.includes('النبي'))).toEqual([]);
  });

  it('guards: compound names and a prophet named before the title', () => {
    expect(names('وقال جار النبي وهو زعيم في أحد فصائل التمرد إن القوات تقدمت.')).toContain('جار النبي/PERS');
    expect(names('التقى الوزير عبد النبي الفلاحي أمس.')).toContain('عبد النبي الفلاحي/PERS');
  });
});
