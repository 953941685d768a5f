// QA round 253 (loanwords for a game, a genre, a malady or a feat read as a one-word MISC, over
// the 16 news files): LOANWORD_NOUNS in dropCommonWordNames, src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const misc = (text: string): string[] => entities(text, { types: ['MISC'] }).map((e) => e.text);

describe('QA round 253: a game, a genre, a malady or a feat is no name', () => {
  it('drops the loanword read as a one-word MISC', () => {
    expect(misc('وتُعد رياضة التايكوندو فنا قديما من الفنون القتالية في كوريا الجنوبية.')).toEqual([]);
    expect(misc('أنهى عمر السومة مسلسل الأهداف بـ"هاتريك" في الدقيقة 79.')).toEqual([]);
    expect(misc('وأقيم اليوم الخيري على ملاعب الغولف في المدينة.')).toEqual([]);
    expect(misc('وأصيبت المرأة بحالة من الهستيريا بعد سماع الخبر.')).toEqual([]);
    expect(misc('لعب الفريق في ملعب الكريكيت الوحيد في قطر.')).toEqual([]);
  });

  it('guards: the quoted title of a work, and a longer name', () => {
    expect(misc('وعرضت القناة فيلم "فوبيا" في الأسبوع الماضي.')).toEqual(['فوبيا']);
    expect(misc('كتب دانتي أليغيري ملحمة "الكوميديا الإلهية" في القرن الرابع عشر.')).toEqual(['الكوميديا الإلهية']);
  });
});
