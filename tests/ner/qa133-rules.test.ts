// QA round 133 (PERS on the dev split of ANERcorp train, as rounds 125, 127–131 measured it;
// cross-checked on news-004 and news-011, then news-000, news-013, news-002 and news-014): a
// family name the corpus has never seen was left out of the person it ends when the model stopped
// at the first name («[اوليغ] غوسيف», «[مبارك] بوصوفة»). extendRareFamilyNames takes such a word
// into a name of one first name (a listed given name, or a word the corpus puts where first names
// stand: foreignFirstName), or of a first name and a middle name as rare, when the root analyser
// finds no Arabic root for it; a verb, a participle or an inflected noun the corpus never saw
// (they have roots), a word with «و» ("and"), and a definite name leave the name as it was.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';

describe('QA round 133: a family name never seen after a first name', () => {
  it('takes an unseen foreign family name after a first name in a match report', () => {
    expect(rules('وسجل الهدف الثاني اوليغ زافارينكوف بعد تمريرة طويلة', [O, O, O, BP, O, O, O, O]).tags).toEqual([O, O, O, BP, IP, O, O, O]);
  });
  it('takes it after a listed given name', () => {
    expect(rules('وقال مايكل كرامبوفيتز إن الفريق سيعود', [O, BP, O, O, O, O]).tags).toEqual([O, BP, IP, O, O, O]);
  });
  it('takes it after a first name and a middle name as rare', () => {
    expect(rules('وقال السفير هانز أوليش كرامبوفيتز إن المحادثات مستمرة', [O, O, BP, IP, O, O, O, O]).tags).toEqual([O, O, BP, IP, IP, O, O, O]);
  });
  it('guards: a verb, a participle, a passive verb, «و», a known family name before it, a definite name', () => {
    expect(rules('وقال إن جون يتمارضون منذ أيام', [O, O, BP, O, O, O]).tags).toEqual([O, O, BP, O, O, O]);
    expect(rules('وكانت سارة متقمصات دور الأم', [O, BP, O, O, O]).tags).toEqual([O, BP, O, O, O]);
    expect(rules('ولكن إبراهيم جوبه من قبل الحكومة', [O, BP, O, O, O, O]).tags).toEqual([O, BP, O, O, O, O]);
    expect(rules('والتقى مايكل وزافارينكوف في المطار', [O, BP, O, O, O]).tags).toEqual([O, BP, O, O, O]);
    expect(rules('وكان علاء مبارك كرامبوفيتز في المطار', [O, BP, IP, O, O, O]).tags).toEqual([O, BP, IP, O, O, O]);
    expect(rules('وقال البياوي زافارينكوف إن الفريق', [O, BP, O, O, O]).tags).toEqual([O, BP, O, O, O]);
  });
});
