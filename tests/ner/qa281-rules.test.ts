// QA round 281 (words of address read as names, over the 16 news files): dropAddressWords in
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const spans = (text: string): string[] => entities(text).map((e) => `${e.type}:${e.text}`);

describe('QA round 281: «عزيزي», «سيدتي» and «يا سيدي» are address, not names', () => {
  it('drops the address alone and keeps the name after it', () => {
    expect(spans('هل تدرك المعنى يا عزيزي؟')).toEqual([]);
    expect(spans('وكتب الوزير في رسالته: عزيزي بوريس، أشكرك على رسالتك.')).toEqual(['PERS:بوريس']);
    expect(spans('ما هي بالضبط تلك السياسة يا سيدي..؟')).toEqual([]);
  });

  it('drops «عزيزي» before a word with the article', () => {
    expect(spans('عزيزي الرجل، في حال وجدت الفيلم طويلا فلا تشاهده.')).toEqual([]);
  });

  it('guards: places headed by «سيدي» and the magazine «سيدتي» stay', () => {
    expect(spans('وشهدت مدينة سيدي بوزيد احتجاجات واسعة.')).toContain('LOC:سيدي بوزيد');
    expect(spans('وذكرت مجلة "سيدتي" أن الحفل سيقام في دبي.')).toContain('ORG:سيدتي');
  });
});
