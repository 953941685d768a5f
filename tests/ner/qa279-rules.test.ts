// QA round 279 (colloquial verbs and participles after «مش» "not" read as names, over the 16
// news files): dropColloquialAfterNot in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 279: «مش عارف» is "I don\'t know", not a person', () => {
  it('drops the participle after «مش», a pronoun or «غير»', () => {
    expect(persons('وقال اللاعب ضاحكا: أنا مش عارف ليه الحكم ألغى الهدف.')).toEqual([]);
    expect(persons('بس انت عارف أكيد مش قصدي.')).toEqual([]);
    expect(persons('وكان الرجل غير عارف بأن القانون تغير.')).toEqual([]);
  });

  it('guards: a name after «مش», and Aref as a given name, stay persons', () => {
    expect(persons('الرئيس مش السيسي بل غيره.')).toContain('السيسي');
    expect(persons('وقال عارف الشمري إن الفريق جاهز.')).toContain('عارف الشمري');
  });
});
