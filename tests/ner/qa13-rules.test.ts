// QA round 13 of person, place and organisation names (SaudiNewsNet and Arabic Wikipedia
// paragraphs read by eye): the rule it added, on invented sentences — first on hand-set tags,
// so that the rule is tested whatever the model says, then through entities().
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('a word in the indefinite accusative is no part of a name', () => {
  test('a name of two words or more ends before it (either spelling of the tanween)', () => {
    expect(rules('وقد نصبه والده فيصل ملكًا على البلاد', [O, O, O, 'B-PERS', 'I-PERS', O, O]).tags).toEqual([O, O, O, 'B-PERS', O, O, O]);
    expect(rules('وظل سامي رشاد طويلاً في الملعب', [O, 'B-PERS', 'I-PERS', 'I-PERS', O, O]).tags).toEqual([O, 'B-PERS', 'I-PERS', O, O, O]);
    expect(rules('وكتب الشيخ ناظماً شعراً عبر حسابه', [O, 'B-PERS', 'I-PERS', 'I-PERS', O, O]).tags).toEqual([O, 'B-PERS', O, O, O, O]);
    expect(rules('وكتب ناظماً شعراً عبر حسابه', [O, 'B-PERS', 'I-PERS', O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('وصل إلى الباحة مصدقاً الخبر', [O, O, 'B-LOC', 'I-LOC', O]).tags).toEqual([O, O, 'B-LOC', O, O]);
  });
  test('a one-word LOC with the tanween is dropped', () => {
    expect(rules('ويزور جدته دومًا في الصيف', [O, O, 'B-LOC', O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('وبقي النزاع سورياً خالصا', [O, O, 'B-LOC', O]).tags).toEqual([O, O, O, O]);
  });
  test('a one-word PERS with the tanween is dropped unless it is a given name', () => {
    expect(rules('وأقام بطريركاً سنوات', [O, 'B-PERS', O]).tags).toEqual([O, O, O]);
    expect(rules('وقال مازحًا إن', [O, 'B-PERS', O]).tags).toEqual([O, O, O]);
  });
  test('guards: a given name in the accusative, a currency or an ORG, and names without tanween stay', () => {
    const given = [O, 'B-PERS', O, O];
    expect(rules('ورأيت محمداً في السوق', given).tags).toEqual(given);
    expect(rules('ورأيت خالداً في السوق', given).tags).toEqual(given);
    const money = [O, O, 'B-MISC', O];
    expect(rules('ودفع خمسين درهماً ثمنا', money).tags).toEqual(money);
    const plain = [O, 'B-LOC', O, 'B-PERS', 'I-PERS', O];
    expect(rules('وفي سوريا التقى سامي رشاد أمس', plain).tags).toEqual(plain);
  });
  test('through entities()', () => {
    expect(names('وظل الصراع سورياً في جوهره كما قال سامي رشاد.')).toEqual(['PERS سامي رشاد']);
    expect(names('وكان يزور جدته دومًا في الصيف.')).toEqual([]);
    expect(names('وأقام بطريركاً 14 سنة ثم توفي.')).toEqual([]);
    expect(names('ورأيت محمداً في السوق مع خالد.')).toEqual(['PERS محمداً', 'PERS خالد']);
  });
});
