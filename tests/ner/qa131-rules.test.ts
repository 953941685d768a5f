// QA round 131 (ORG recall on the dev split of ANERcorp train, as rounds 125, 127, 128 and 130
// measured it; cross-checked on news-000 and news-014): a foreign club named by its city was left
// a place by the model in a match report when no cue word stood before it: the team before a
// match's score («بفوزه على [كوبنهاغن] 1 - صفر»), a team in a line of results with its country in
// brackets («[سسكا موسكو] ( روسيا ) - [هامبورغ] ( المانيا ) 1 - صفر») and the team after «على
// حساب» («وكان على حساب [بورتو]»). retypeScoredClubs makes such a place an ORG when it is a club
// by its own name (clubByName); a country (a national team), a place after «في» (the venue), a
// date's hyphens and «على حساب» outside sport leave it a place.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BO = 'B-ORG';
const BL = 'B-LOC';

describe('QA round 131: clubs named by their city before a score or after «على حساب»', () => {
  it('takes the team before a match score after a preposition of an opponent', () => {
    expect(rules('وعاد الفريق إلى الصدارة بفوزه على بوردو 2 - 1 مساء أمس', [O, O, O, O, O, O, BL, O, O, O, O, O]).tags).toEqual([
      O, O, O, O, O, O, BO, O, O, O, O, O,
    ]);
  });
  it('takes both teams of a line of results with their countries in brackets', () => {
    expect(rules('ليون ( فرنسا ) - بورتو ( البرتغال ) 2 - 2', [BL, O, BL, O, O, BL, O, BL, O, O, O, O]).tags).toEqual([
      BO, O, BL, O, O, BO, O, BL, O, O, O, O,
    ]);
  });
  it('takes the team after «على حساب» in a sentence about sport', () => {
    expect(rules('وتأهل الفريق إلى الدور الثاني في الدوري الأوروبي على حساب مرسيليا', [O, O, O, O, O, O, O, O, O, O, BL]).tags).toEqual([
      O, O, O, O, O, O, O, O, O, O, BO,
    ]);
  });
  it('guards: a country before a score, the venue after «في», a date, «على حساب» outside sport', () => {
    expect(rules('وفاز المنتخب على هايتي 1 - صفر', [O, O, O, BL, O, O, O]).tags).toEqual([O, O, O, BL, O, O, O]);
    expect(rules('وانتهت المباراة في ميونخ 2 - 1 لصالح الضيوف', [O, O, O, BL, O, O, O, O, O]).tags).toEqual([O, O, O, BL, O, O, O, O, O]);
    expect(rules('ووقع العقد مع بوردو 22-5-1990', [O, O, O, BL, O, O, O, O, O]).tags).toEqual([O, O, O, BL, O, O, O, O, O]);
    expect(rules('وتوسعت المملكة في الجنوب على حساب مرسيليا', [O, O, O, O, O, O, BL]).tags).toEqual([O, O, O, O, O, O, BL]);
  });
});
