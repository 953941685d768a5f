// QA round 31 of names (news, news-004 and news-007, read by eye): «الدولة الإسلامية» right
// after «تنظيم» names the organisation (ISIS), which the model never finds, on invented
// sentences: first on hand-set tags, so that the rule is tested whatever the model says, then
// through `entities()`.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const G = 'B-ORG';
const IG = 'I-ORG';
const L = 'B-LOC';
const IL = 'I-LOC';

describe('«تنظيم الدولة الإسلامية»: the group is an ORG', () => {
  test('after «تنظيم», with or without proclitics, with or without quotation marks', () => {
    expect(rules('هاجم مسلحو تنظيم الدولة الإسلامية القرية', [O, O, O, O, O, O]).tags).toEqual([O, O, O, G, IG, O]);
    expect(rules('انضم لتنظيم الدولة الاسلامية', [O, O, O, O]).tags).toEqual([O, O, G, IG]);
    expect(rules('قاتلوا بتنظيم " الدولة الإسلامية " هناك', [O, O, O, O, O, O, O]).tags).toEqual([O, O, O, G, IG, O, O]);
    expect(rules('وتنظيم «الدولة الإسلامية» يتراجع', [O, O, O, O, O, O]).tags).toEqual([O, O, G, IG, O, O]);
  });
  test('a wrong type or a part of it found by the model becomes the ORG', () => {
    expect(rules('معاقل تنظيم الدولة الإسلامية', [O, O, L, IL]).tags).toEqual([O, O, G, IG]);
    expect(rules('معاقل تنظيم الدولة الإسلامية', [O, O, O, 'B-MISC']).tags).toEqual([O, O, G, IG]);
  });
  test('guards: no «تنظيم» before it, a longer name, another word', () => {
    // «إقامة الدولة الإسلامية» "founding the Islamic state": no organisation
    expect(rules('دعا إلى إقامة الدولة الإسلامية', [O, O, O, O, O]).tags).toEqual([O, O, O, O, O]);
    // the noun «تنظيم» "organising" before another phrase
    expect(rules('تنظيم الدولة للمؤتمر', [O, O, O]).tags).toEqual([O, O, O]);
    // a longer name the model found is left as it is
    expect(rules('تنظيم الدولة الإسلامية في العراق والشام', [O, G, IG, IG, IG, IG]).tags).toEqual([O, G, IG, IG, IG, IG]);
    expect(rules('تنظيم الدولة الإسلامية', [G, IG, IG]).tags).toEqual([G, IG, IG]);
  });
  test('through entities()', () => {
    const found = (t: string) => entities(t, { types: ['ORG'] }).map((e) => `${e.type} ${e.text}`);
    expect(found('وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم.')).toContain('ORG الدولة الإسلامية');
  });
});
