// QA round 91 (news-004, SaudiNewsNet, and news-012, Wikipedia; seed 334): «البحيرة» "the lake"
// read as Beheira, the Egyptian governorate, after a noun of the lake's size, surroundings, air
// or harbours in construct — «مساحة [البحيرة]LOC», «محيط [البحيرة]LOC», «نسيم [البحيرة]LOC»,
// «موانئ [البحيرة]LOC» — or after a demonstrative («هذه/تلك [البحيرة]LOC»): the lake is a common
// noun, and no name (more words in LAKE_HEADS of src/ner/rules.ts, read by dropCommonLake).
// «محافظة البحيرة», «في/من البحيرة» and «أهالي البحيرة» keep the governorate.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const L = 'B-LOC';

describe('QA round 91: «البحيرة» "the lake" after a noun of its size or a demonstrative', () => {
  it('drops the lake after a noun of its size, surroundings, air or harbours', () => {
    expect(rules('تبلغ مساحة البحيرة مئة كيلومتر', [O, O, L, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('تنتشر الأشجار في محيط البحيرة', [O, O, O, O, L]).tags).toEqual([O, O, O, O, O]);
    expect(rules('انخفض منسوب البحيرة هذا العام', [O, O, L, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('يهب نسيم البحيرة في المساء', [O, O, L, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('رست السفن في موانئ البحيرة', [O, O, O, O, L]).tags).toEqual([O, O, O, O, O]);
  });
  it('drops the lake after a demonstrative, with or without a proclitic', () => {
    expect(rules('جفت هذه البحيرة قبل قرون', [O, O, L, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('يعيش السمك في تلك البحيرة', [O, O, O, O, L]).tags).toEqual([O, O, O, O, O]);
    expect(rules('يعرف الناس قصة هذه البحيرة وتلك البحيرة', [O, O, O, O, L, O, L]).tags).toEqual([O, O, O, O, O, O, O]);
  });
  it('guard: the governorate after «محافظة», «في», «من» and «أهالي» stays', () => {
    expect(rules('ولد في محافظة البحيرة عام 1950', [O, O, O, L, O, O]).tags).toEqual([O, O, O, L, O, O]);
    expect(rules('وصل وفد من البحيرة إلى القاهرة', [O, O, O, L, O, L]).tags).toEqual([O, O, O, L, O, L]);
    expect(rules('ثار أهالي البحيرة على المحتل', [O, O, L, O, O]).tags).toEqual([O, O, L, O, O]);
  });
  it('guard: a longer LOC that starts with «البحيرة» stays', () => {
    expect(rules('تقع مساحة البحيرة المالحة الكبرى في ولاية يوتا', [O, O, L, 'I-LOC', 'I-LOC', O, O, L]).tags).toEqual([O, O, L, 'I-LOC', 'I-LOC', O, O, L]);
  });
});
