// QA round 27 of names (news, news-005 and news-014, read by eye): «الولايات» "the states" alone
// read as a place, and «أليس» "isn't it" read as Alice, on invented sentences: first on hand-set
// tags, so that the rule is tested whatever the model says, then through `entities()`.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const L = 'B-LOC';
const IL = 'I-LOC';
const P = 'B-PERS';

describe('«الولايات» alone is the common plural', () => {
  test('with or without a proclitic, before an adjective, a relative or nothing', () => {
    expect(rules('اجتمع حكام الولايات أمس', [O, O, L, O]).tags).toEqual([O, O, O, O]);
    expect(rules('وتطبق بعض الولايات الشمالية القانون', [O, O, L, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('عين الرئيس ولاة جددا للولايات', [O, O, O, O, L]).tags).toEqual([O, O, O, O, O]);
    expect(rules('زار الولايات التي أيدته', [O, L, O, O]).tags).toEqual([O, O, O, O]);
  });
  test('guards: «الولايات المتحدة» and its typo, joined by «_» or not', () => {
    expect(rules('سافر إلى الولايات المتحدة', [O, O, L, IL]).tags).toEqual([O, O, L, IL]);
    expect(rules('سافر إلى الولايات المتحدة', [O, O, L, O]).tags).toEqual([O, O, L, O]);
    expect(rules('سافر إلى الولايات المتخدة', [O, O, L, O]).tags).toEqual([O, O, L, O]);
    expect(rules('سافر إلى الولايات _ المتحدة', [O, O, L, O, O]).tags).toEqual([O, O, L, O, O]);
  });
  test('through entities()', () => {
    const names = (t: string) => entities(t, { types: ['LOC'] }).map((e) => e.text);
    expect(names('اجتمع الرئيس مع حكام الولايات في العاصمة.')).toEqual([]);
    expect(names('ومنح الدستور حقوقا واسعة للولايات.')).toEqual([]);
    expect(names('وصل الوفد إلى الولايات المتحدة أمس.')).toEqual(['الولايات المتحدة']);
  });
});

describe('«أليس» "isn\'t it" opening a question is no name', () => {
  test('after a comma, a full stop, a colon or «ولكن»', () => {
    expect(rules('ستعود ، أليس كذلك ؟', [O, O, P, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('هذا مؤكد . أليس هذا ما قلناه', [O, O, O, P, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('فإن قلت : أليس الأمر واضحا', [O, O, O, P, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('ولكن أليس من الأفضل أن ننتظر', [O, P, O, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('أليس هناك حل آخر', [P, O, O, O]).tags).toEqual([O, O, O, O]);
    expect(entities('ستعود غدا، أليس كذلك؟', { types: ['PERS'] })).toEqual([]);
  });
  test('guards: after a verb, a title or a quotation mark it stays Alice', () => {
    expect(rules('توفيت أليس عام 1246', [O, P, O, O]).tags).toEqual([O, P, O, O]);
    expect(rules('وصلت الأميرة أليس إلى القصر', [O, O, P, O, O]).tags).toEqual([O, O, P, O, O]);
    expect(rules('قرأ قصة " أليس في بلاد العجائب "', [O, O, O, 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', O]).tags).toEqual([
      O, O, O, 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', O,
    ]);
    expect(rules('قرأ قصة " أليس " أمس', [O, O, O, P, O, O]).tags).toEqual([O, O, O, P, O, O]);
  });
});
