// QA round 47 of names (news-002 and news-009, seed 102): «جنوب أفريقيا» and «جنوب السودان» split
// into «جنوب [أفريقيا]», and descriptions («المنشد», «الطالب», «الشهيد») taken into the person as
// its first word. Invented sentences; the rules run on hand-set tags, so that a test holds
// whatever the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const L = 'B-LOC';
const IL = 'I-LOC';
const P = 'B-PERS';
const IP = 'I-PERS';

describe('«جنوب» opens South Africa and South Sudan', () => {
  test('bare, with «و», with «ل», every hamza of أفريقيا', () => {
    expect(rules('سافر الوفد إلى جنوب أفريقيا أمس', [O, O, O, O, L, O]).tags).toEqual([O, O, O, L, IL, O]);
    expect(rules('زار مصر وجنوب إفريقيا', [O, L, O, L]).tags).toEqual([O, L, L, IL]);
    expect(rules('قدم سفير لجنوب افريقيا أوراقه', [O, O, O, L, O]).tags).toEqual([O, O, L, IL, O]);
    expect(rules('التقى رئيس جنوب السودان وفدا', [O, O, O, L, O]).tags).toEqual([O, O, L, IL, O]);
  });
});

describe('guards: «جنوب» before other places and words stays out', () => {
  test('another country, a city, a place with a proclitic, «جنوب» not before a LOC', () => {
    expect(rules('وقع انفجار جنوب لبنان أمس', [O, O, O, L, O]).tags).toEqual([O, O, O, L, O]);
    expect(rules('تقع القرية جنوب الخرطوم', [O, O, O, L]).tags).toEqual([O, O, O, L]);
    expect(rules('هبت الرياح من جنوب البلاد', [O, O, O, O, O]).tags).toEqual([O, O, O, O, O]);
  });
});

describe('a description at the head of a person is left out', () => {
  test('«المنشد», «الطالب», «الشهيد», «الشابان», «السباح»', () => {
    expect(rules('وقال المنشد سعيد الراشد إن الحفل نجح', [O, P, IP, IP, O, O, O]).tags).toEqual([O, O, P, IP, O, O, O]);
    expect(rules('فاز الطالب كريم ناصر بالجائزة', [O, P, IP, IP, O]).tags).toEqual([O, O, P, IP, O]);
    expect(rules('عزى الوزير أسرة الشهيد فهد الحربي', [O, O, O, P, IP, IP]).tags).toEqual([O, O, O, O, P, IP]);
    expect(rules('احتفل الشابان ماجد سالم بالزواج', [O, P, IP, IP, O]).tags).toEqual([O, O, P, IP, O]);
    expect(rules('حقق السباح نبيل العمري الذهب', [O, P, IP, IP, O]).tags).toEqual([O, O, P, IP, O]);
  });
});

describe('guards: descriptions that stay', () => {
  test('a one-word person, a family name «المعلم», a rank after the description', () => {
    expect(rules('قال الطالب أمس', [O, P, O]).tags).toEqual([O, P, O]);
    expect(rules('صرح وليد المعلم للصحفيين', [O, P, IP, O]).tags).toEqual([O, P, IP, O]);
    expect(rules('عزى الأمير أسرة الشهيد الجندي فهد', [O, O, O, P, IP, IP]).tags).toEqual([O, O, O, P, IP, IP]);
  });
});
