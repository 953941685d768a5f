// QA round 206 (lines of the 16 news files holding «صباح/مساء»): a greeting or a time of day with
// «صباح» (also the given name Sabah) is no name; dropTimesOfDay in src/ner/rules.ts. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 206: «صباح الخير», «صباح الغد»', () => {
  it('are no names', () => {
    expect(named('ثم أسرعت ترتمي في أحضاني وهي تقول: صباح الخير يا ماما.')).not.toContain('PERS صباح الخير');
    expect(named('وانتظر الأمير تشارلز حتى صباح الغد ليعلن الخبر.')).toEqual(['PERS تشارلز']);
  });

  it('guards: the magazine, the silos near Hasakah, the Emir Sabah al-Ahmad', () => {
    expect(named('وعمل رساما في مجلة صباح الخير عام 1961.')).toEqual(['ORG صباح الخير']);
    expect(named('قصف الطيران أماكن في منطقة صوامع صباح الخير جنوب مدينة الحسكة.')).toContain('LOC صباح الخير');
    expect(named('استقبل الشيخ صباح الأحمد أمير دولة الكويت الوفد.')).toContain('PERS صباح الأحمد');
  });
});
