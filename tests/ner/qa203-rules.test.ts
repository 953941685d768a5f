// QA round 203 (lines of the 16 news files holding «طالب», «أبان», «روى» or «بين»): a verb that is
// also a given name leaves the name of its subject; dropHomographVerbs in src/ner/rules.ts.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 203: verbs written as given names', () => {
  it('leave the name of their subject', () => {
    expect(named('وطالب الجبوري رؤساء الكتل السياسية بتأييد ورقة الإصلاح.')).toEqual(['PERS الجبوري']);
    expect(named('وأبان الزهراني أن عدد الإصابات بلغ 46 إصابة.')).toEqual(['PERS الزهراني']);
    expect(named('وقد روى البخاري في صحيحه عن عائشة أنها قالت ذلك.')).toEqual(['PERS البخاري', 'PERS عائشة']);
    expect(named('وأقر طالب جامعي كندي بالذنب أمام المحكمة.')).toEqual([]);
  });

  it('guards: «أبان بن», Roy, a title before the name, a credit after «:»', () => {
    expect(named('وكان عروة بن الزبير وأبان بن عثمان من فقهاء المدينة.')).toContain('PERS أبان بن عثمان');
    expect(named('وقال روي كين إن الفريق يستحق الفوز.')).toEqual(['PERS روي كين']);
    expect(named('وقال الدكتور طالب الرفاعي إن المنظمة تدعم السياحة.')).toEqual(['PERS طالب الرفاعي']);
    expect(named('تصوير: طالب الحسيني')).toEqual(['PERS طالب الحسيني']);
  });
});
