// QA round 66: (1) Foreign names and places that the recognizer's lists lack come off ب ل like the
// names of the lists: «لبيغديمونت», «لوستهام», «برفسنجاني», «بعكاظ», «لدويتشه», «لهازار», «للوبان»,
// «لماريانو», «بدانيالز», «بباركلاند», «بميسان» …; alone they stay whole. (2) «نا» (our) after
// the construct of a dual or a sound plural in ي that the corpus knows whole: «بلدينا» (our two
// countries), «حكومتينا», «مزارعينا» are «بلدي», «حكومتي», «مزارعي» + نا. The fix cases failed
// before the change; the guards pass before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { formAt, forms } from '../helpers/segment.js';

describe('segment: ب ل before foreign names and places the lists lack', () => {
  test.each([
    ['لبيغديمونت', 'ل+[بيغديمونت]'],
    ['لوستهام', 'ل+[وستهام]'],
    ['برفسنجاني', 'ب+[رفسنجاني]'],
    ['لرفسنجاني', 'ل+[رفسنجاني]'],
    ['بعكاظ', 'ب+[عكاظ]'],
    ['لعكاظ', 'ل+[عكاظ]'],
    ['لدويتشه', 'ل+[دويتشه]'],
    ['لهازار', 'ل+[هازار]'],
    ['للوبان', 'ل+[لوبان]'],
    ['لماريانو', 'ل+[ماريانو]'],
    ['بماريانو', 'ب+[ماريانو]'],
    ['لكوينز', 'ل+[كوينز]'],
    ['بباركلاند', 'ب+[باركلاند]'],
    ['بدانيالز', 'ب+[دانيالز]'],
    ['لبيترو', 'ل+[بيترو]'],
    ['بميسان', 'ب+[ميسان]'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('انتخب البرلمان رئيسا جديدا خلفا لبيغديمونت', 5)).toBe('ل+[بيغديمونت]');
    expect(formAt('سجل اللاعب هدفا رائعا لوستهام في الدقيقة الأخيرة', 4, true)).toBe('ل+[وستهام]');
    expect(formAt('صرح مسؤول حكومي بميسان أن الأمطار توقفت', 3)).toBe('ب+[ميسان]');
  });

  test.each([
    ['بيغديمونت', '[بيغديمونت]'],
    ['وستهام', '[وستهام]'],
    ['رفسنجاني', '[رفسنجاني]'],
    ['عكاظ', '[عكاظ]'],
    ['لوبان', '[لوبان]'],
    ['ميسان', '[ميسان]'],
    ['وبيغديمونت', 'و+[بيغديمونت]'],
  ])('guard: %s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});

describe('segment: «نا» after a construct dual or plural in ي', () => {
  test.each([
    ['بلدينا', '[بلدي]+نا'],
    ['حكومتينا', '[حكومتي]+نا'],
    ['فريقينا', '[فريقي]+نا'],
    ['جيشينا', '[جيشي]+نا'],
    ['مزارعينا', '[مزارعي]+نا'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('نسعى إلى تعزيز التعاون بين بلدينا في كل المجالات', 5)).toBe('[بلدي]+نا');
    expect(formAt('يجب أن ندعم مزارعينا في موسم الحصاد', 3, true)).toBe('[مزارعي]+نا');
  });

  test.each([
    ['سجينا', '[سجينا]'],
    ['تأمينا', '[تأمينا]'],
    ['تلقينا', '[تلقينا]'],
    ['تمرينا', '[تمرينا]'],
    ['كارولينا', '[كارولينا]'],
    ['أمينا', '[أمينا]'],
    ['بلدي', '[بلدي]'],
    ['بلدية', '[بلدية]'],
    ['شعبينا', '[شعبي]+نا'],
    ['لاعبينا', '[لاعبي]+نا'],
  ])('guard: %s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});
