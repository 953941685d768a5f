// QA round 41 of names (news-002 and news-013, read by eye, patterns counted over both files):
// the verb «كرّم» "honoured" that opens the news of an award read as the given name Karam, and
// the Persian names of Iranian counties («شهرستان …», "county") read as persons. Invented
// sentences; the rules run on hand-set tags, so that a test holds whatever the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';
const L = 'B-LOC';
const IL = 'I-LOC';

describe('«كرم» "honoured" opening a sentence is no name', () => {
  test('alone, before a title or a definite noun', () => {
    expect(rules('كرم مدير المدرسة الطلاب المتفوقين', [P, O, O, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('كرم الوزير عددا من المعلمين', [P, O, O, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('وكرم رئيس النادي اللاعبين', [P, O, O, O]).tags).toEqual([O, O, O, O]);
    expect(rules('انتهى الحفل . كرم المحافظ الفائزين', [O, O, O, P, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  test('the verb with a shadda and one word taken with it', () => {
    expect(rules('كرّم أمين المدينة الفائزين', [P, IP, O, O]).tags).toEqual([O, O, O, O]);
  });
  test('the person named after it keeps its name', () => {
    expect(rules('كرم سامي نبيل منصور في الحفل', [P, IP, IP, IP, O, O]).tags).toEqual([O, P, IP, IP, O, O]);
  });
  test('guards: the name Karam mid-sentence, or two words without a shadda', () => {
    expect(rules('المسرحية من إخراج كرم مطاوع', [O, O, O, P, IP]).tags).toEqual([O, O, O, P, IP]);
    expect(rules('كرم جابر يفوز بالميدالية', [P, IP, O, O]).tags).toEqual([P, IP, O, O]);
    expect(rules('قال كرم إن الفريق جاهز', [O, P, O, O, O]).tags).toEqual([O, P, O, O, O]);
  });
});

describe('«شهرستان …» is a county, not a person', () => {
  test('the whole name becomes a place; the bare noun goes', () => {
    expect(rules('مقاطعة زابل ( بالفارسية : شهرستان زابل )', [O, L, O, O, O, P, IP, O]).tags).toEqual([O, L, O, O, O, L, IL, O]);
    expect(rules('تتبع شهرستان المحافظة', [O, P, O]).tags).toEqual([O, O, O]);
  });
  test('guard: a place the model already found stays', () => {
    expect(rules('زرنا شهرستان زابل', [O, L, IL]).tags).toEqual([O, L, IL]);
  });
});
