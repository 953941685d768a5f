// QA round 95 (news-010, Tashkeela, and news-012, Wikipedia): an Ottoman or Egyptian honorific
// after a name — «باشا», «بك», «بيك», «أفندي» — that the model reads as a one-word PERS belongs to
// the name (extendPersonNames in src/ner/rules.ts): it takes the name the model left O — the
// word before it when that word is a given name, is read as a name now and then, or follows a
// given name or a PERS, and the given names before that word
// («إبراهيم رفعت [باشا]» → «[إبراهيم رفعت باشا]»). The honorific as a title is no person
// (titleAsCommonNoun, used by dropCommonNounPersons): before a LOC («[باشا] طرابلس») or after
// «لقب/رتبة» («ورتبة [باشا]»); «آراء [بيك]» (Beck) stays.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const B = 'B-PERS';
const I = 'I-PERS';
const L = 'B-LOC';

describe('QA round 95: an honorific after a name belongs to the name', () => {
  it('guard: a one-word honorific after a PERS still joins it', () => {
    expect(rules('استقبل الملك محمود شوقي باشا في القصر', [O, O, B, I, B, O, O]).tags).toEqual([O, O, B, I, I, O, O]);
    expect(rules('وصل كمال بك إلى المدينة', [O, B, B, O, O]).tags).toEqual([O, B, I, O, O]);
  });
  it('takes the name the model left O before the honorific', () => {
    expect(rules('كتب إبراهيم رفعت باشا مذكراته', [O, O, O, B, O]).tags).toEqual([O, B, I, I, O]);
    expect(rules('أرسل السلطان حافظ باشا إلى الشام', [O, O, O, B, O, L]).tags).toEqual([O, O, B, I, O, L]);
  });
  it('drops the honorific used as a title', () => {
    expect(rules('أرسل باشا طرابلس جيشا إلى الجنوب', [O, B, L, O, O, O]).tags).toEqual([O, O, L, O, O, O]);
    expect(rules('منحه الملك لقب باشا بعد الافتتاح', [O, O, O, B, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('منحه الملك رتبة باشا بعد الافتتاح', [O, O, O, B, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  it('guard: a common noun before the honorific is not taken', () => {
    expect(rules('رأى أن آراء بيك خاطئة', [O, O, O, B, O]).tags).toEqual([O, O, O, B, O]);
    expect(rules('وصل النحاس باشا إلى القاهرة', [O, B, I, O, L]).tags).toEqual([O, B, I, O, L]);
  });
});
