// QA round 174 (the lines of the 16 news files that hold the names): Tunisian towns of two words
// or more named by common words or like a person («القلعة الكبرى» "the great citadel», «منزل
// بورقيبة» "Bourguiba's house"), which the model leaves O or reads as a person; TUNISIAN_TOWNS in
// src/ner/places.ts, labelled by labelListed in src/ner/rules.ts, the club before such a town
// joined by joinClubTowns. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.text}/${e.type}`);

describe('QA round 174: Tunisian towns named by words', () => {
  it('are places, their proclitics left out', () => {
    expect(named('اندلع حريق في القلعة الكبرى من ولاية سوسة.')).toContain('القلعة الكبرى/LOC');
    expect(named('تم إيقاف شابين بمنزل بورقيبة أمس.')).toEqual(['منزل بورقيبة/LOC']);
    expect(named('تساقطت الثلوج على مرتفعات عين دراهم.')).toContain('عين دراهم/LOC');
    expect(named('وصل الوفد لبني خلاد صباح اليوم.')).toEqual(['بني خلاد/LOC']);
  });

  it('a club named by such a town is an organisation', () => {
    expect(named('فاز سهم منزل حر على منافسه.')).toContain('سهم منزل حر/ORG');
  });

  it('guards: «منزل جميل» is a beautiful house', () => {
    expect(named('وعدوها بمنزل جميل وخدم.')).toEqual([]);
  });
});
