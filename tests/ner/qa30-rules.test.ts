// QA round 30 of names (news, news-009 and news-002, read by eye): a stadium named after a
// person or a town («ملعب [رضا الكافي]», «استاد [بن عروس]») read as a PERS, on invented
// sentences: first on hand-set tags, so that the rule is tested whatever the model says, then
// through `entities()`.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';
const L = 'B-LOC';
const IL = 'I-LOC';

describe('a PERS right after a stadium head names the stadium: LOC', () => {
  test('after «ملعب/استاد/ستاد», with or without proclitics', () => {
    expect(rules('تقام المباراة على ملعب رضا الكافي غدا', [O, O, O, O, P, IP, O]).tags).toEqual([O, O, O, O, L, IL, O]);
    expect(rules('فاز الفريق باستاد كمال حمدي', [O, O, O, P, IP]).tags).toEqual([O, O, O, L, IL]);
    expect(rules('وفي ستاد جوزيف ماير', [O, O, P, IP]).tags).toEqual([O, O, L, IL]);
    expect(rules('لعبوا بملعب بن عروس', [O, O, P, IP]).tags).toEqual([O, O, L, IL]);
  });
  test('a ruler’s title may come between («ملعب الأمير [سلطان بن فهد]»)', () => {
    expect(rules('على ملعب الأمير خالد بن سعد', [O, O, O, P, IP, IP]).tags).toEqual([O, O, L, IL, IL, IL]);
    expect(rules('في استاد الملك سعود الدولي', [O, O, O, P, O]).tags).toEqual([O, O, L, IL, IL]);
  });
  test('guards: the definite «الملعب», a long name, other heads', () => {
    expect(rules('نزل الملعب كمال حمدي', [O, O, P, IP]).tags).toEqual([O, O, P, IP]);
    expect(rules('ملعب صالح بن علي بن أحمد', [O, P, IP, IP, IP, IP]).tags).toEqual([O, P, IP, IP, IP, IP]);
    expect(rules('مدرب كمال حمدي', [O, P, IP]).tags).toEqual([O, P, IP]);
    // «الكرة في ملعب فلان» "the ball is in so-and-so's court"
    expect(rules('وضع الكرة في ملعب كمال حمدي', [O, O, O, O, P, IP]).tags).toEqual([O, O, O, O, P, IP]);
    expect(rules('ألقى بالكرة الآن في ملعب سامي', [O, O, O, O, O, P]).tags).toEqual([O, O, O, O, O, P]);
  });
  test('through entities()', () => {
    const found = (t: string) => entities(t, { types: ['PERS', 'LOC'] }).map((e) => `${e.type} ${e.text}`);
    expect(found('وتقام المباراة على ملعب الطيب المهيري بصفاقس مساء السبت.')).toContain('LOC الطيب المهيري');
  });
});
