// QA round 237 (websites, networks and broadcasters the model read as MISC after «موقع/شبكة/
// تلفزيون», over the 16 news files): retypeMediaNames in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 237: media named after «موقع/شبكة/تلفزيون»', () => {
  it('makes the website an organisation', () => {
    expect(named('وبحسب تقرير نشره موقع "بيزنس إنسايدر" بنسخته الأميركية، فإن الشركة خسرت.')).toEqual(['ORG بيزنس إنسايدر']);
    expect(named('ذكر موقع "سبورت 360" أن اللاعب سيغادر.')).toEqual(['ORG سبورت 360']);
  });

  it('guards: a holy place and a currency after «موقع» stay MISC', () => {
    expect(named('يقع المسجد قرب موقع الكعبة المشرفة.')).toEqual(['MISC الكعبة']);
    expect(named('وتعزز موقع الدولار مقابل سلة عملات.')).toEqual(['MISC الدولار']);
  });
});
