// QA round 29 of names (news, news-006 and news-013, read by eye): «باسم» "by the name of / on
// behalf of" read as the given name Basim at the start of a person's name, on invented
// sentences: first on hand-set tags, so that the rule is tested whatever the model says, then
// through `entities()`.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';

describe('«باسم» after a word of naming or a spokesman is «ب + اسم»', () => {
  test('right after the cue', () => {
    expect(rules('الكاتب المعروف باسم فولتير', [O, O, P, IP]).tags).toEqual([O, O, O, P]);
    expect(rules('قال المتحدث باسم كمال حسن إن', [O, O, P, IP, IP, O]).tags).toEqual([O, O, O, P, IP, O]);
    expect(rules('ولد باسم جون سميث', [O, P, IP, IP]).tags).toEqual([O, O, P, IP]);
    expect(rules('وعرف بإسم مارلو', [O, P, IP]).tags).toEqual([O, O, P]);
  });
  test('one unlabelled word after the cue', () => {
    expect(rules('يعرف أيضا باسم فولتير', [O, O, P, IP]).tags).toEqual([O, O, O, P]);
    expect(rules('المتحدثة الرسمية باسم سلمى', [O, O, P, IP]).tags).toEqual([O, O, O, P]);
  });
  test('guards: Basim as a given name stays', () => {
    expect(rules('التقى باسم يوسف بالجمهور', [O, P, IP, O]).tags).toEqual([O, P, IP, O]);
    expect(rules('وقال باسم العلي إن', [O, P, IP, O]).tags).toEqual([O, P, IP, O]);
    expect(rules('المعروف عنه أن باسم يوسف', [O, O, O, P, IP]).tags).toEqual([O, O, O, P, IP]);
  });
  test('through entities()', () => {
    const names = (t: string) => entities(t, { types: ['PERS'] }).map((e) => e.text);
    expect(names('وكان الفيلسوف المعروف باسم مونتيسكيو قد كتب الكتاب.')).not.toContain('باسم مونتيسكيو');
    expect(names('وقال المتحدث باسم ترامب إن الرئيس سيسافر غدا.')).toEqual(['ترامب']);
  });
});
