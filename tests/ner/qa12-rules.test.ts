// QA round 12 of person, place and organisation names (SaudiNewsNet and Arabic Wikipedia
// paragraphs read by eye): the rules it added, on invented sentences — first on hand-set tags,
// so that each rule is tested whatever the model says, then through entities().
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('a name after an organisation head, quoted or read with a proclitic', () => {
  test('a quoted LOC or PERS after «شركة/مجلة» becomes an ORG', () => {
    expect(rules('وقعت شركة « نور باور » عقدا', [O, O, O, 'B-LOC', 'I-LOC', O, O]).tags).toEqual([O, O, O, 'B-ORG', 'I-ORG', O, O]);
    expect(rules('نشرت مجلة " سامي رشاد " مقالا', [O, O, O, 'B-PERS', 'I-PERS', O, O]).tags).toEqual([O, O, O, 'B-ORG', 'I-ORG', O, O]);
  });
  test('a two-word PERS whose first word the model split as ب + … is the magazine', () => {
    expect(rules('نشرت مجلة بلاي بوي صورا', [O, O, 'B-PERS', 'I-PERS', O]).tags).toEqual([O, O, 'B-ORG', 'I-ORG', O]);
  });
  test('guards: a place with a preposition, a quoted person after a team, stay', () => {
    const place = [O, O, 'B-LOC', O];
    expect(rules('افتتحت شركة بفرنسا فرعا', place).tags).toEqual(place);
    const team = [O, O, O, 'B-PERS', 'I-PERS', O, O];
    expect(rules('وقال فريق " سامي رشاد " إن', team).tags).toEqual(team);
  });
  test('through entities()', () => {
    expect(names('ونشرت مجلة «بلاي بوي» الأمريكية صورا جديدة.')).toContain('ORG بلاي بوي');
    expect(names('ونشرت مجلة بلاي بوي صورا جديدة.')).toContain('ORG بلاي بوي');
    expect(names('وقعت شركة «تايوان باور» عقدا جديدا.')).toContain('ORG تايوان باور');
  });
});

describe('«ولي» alone before «ولي العهد» is the title', () => {
  test('a one-word PERS «ولي» before «ولي/العهد» is dropped', () => {
    expect(rules('وقال سمو ولي ولي العهد إن', [O, O, 'B-PERS', O, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  test('a name before the title keeps its words', () => {
    const name = [O, 'B-PERS', 'I-PERS', O, O];
    expect(rules('وصل سامي رشاد ولي العهد', name).tags).toEqual(name);
  });
  test('through entities()', () => {
    expect(names('وقال سمو ولي ولي العهد في نص برقيته إن الزيارة ناجحة.').some((n) => n.startsWith('PERS'))).toBe(false);
  });
});

describe('«شبه جزيرة» heads the place after it', () => {
  test('«شبه جزيرة» + a LOC is one LOC; alone it is dropped', () => {
    expect(rules('انسحب الجيش من شبه جزيرة سيناء', [O, O, O, 'B-LOC', 'I-LOC', 'B-LOC']).tags).toEqual([O, O, O, 'B-LOC', 'I-LOC', 'I-LOC']);
    expect(rules('تقع على شبه جزيرة ضيقة', [O, O, 'B-LOC', 'I-LOC', O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('منطقة شبه قاحلة', [O, 'B-LOC', O]).tags).toEqual([O, O, O]);
  });
  test('«شبه جزيرة القرم» tagged whole and a LOC with a proclitic after stay', () => {
    const whole = [O, 'B-LOC', 'I-LOC', 'I-LOC'];
    expect(rules('في شبه جزيرة القرم', whole).tags).toEqual(whole);
  });
  test('«الكيلو» before «متر» is the unit, «الكيلو 101» stays', () => {
    expect(rules('على بعد مئات الكيلو مترات', [O, O, O, 'B-LOC', O]).tags).toEqual([O, O, O, O, O]);
    const place = [O, 'B-LOC', O];
    expect(rules('مباحثات الكيلو 101', place).tags).toEqual(place);
  });
  test('through entities()', () => {
    expect(names('وانسحب الجيش من شبه جزيرة سيناء بعد الحرب.')).toContain('LOC شبه جزيرة سيناء');
    expect(names('تقع البلدة على شبه جزيرة ضيقة.')).toEqual([]);
  });
});
