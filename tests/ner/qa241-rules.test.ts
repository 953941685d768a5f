// QA round 241 (common words read as one-word names, over the 16 news files): «كمان» "violin,
// also", «الكرام» "the honourable", «فكريا» "intellectually" and «باكرا» "early"
// (COMMON_NOUN_NAMES, COMMON_RAW_NAMES, COMMON_NAME_WORDS in src/ner/rules.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 241: common words are not names', () => {
  it('drops «كمان», «الكرام», «فكريا» and «باكرا»', () => {
    expect(named('تعلمت العزف على آلات كمان قديمة في طفولتها.')).toEqual([]);
    expect(named('نشكر ضيوفنا الكرام على تفاعلهم.')).toEqual([]);
    expect(named('وأكد أن الجماعات المتطرفة أفلست فكرياً وعملياً بعد انكشاف أمرها.')).toEqual([]);
    expect(named('وأعلن النادي جدول إعداده باكراً هذا الموسم.')).toEqual([]);
  });

  it('guards: Accra written with its hamza is still a place', () => {
    expect(named('وعقد الاجتماع بأكرا أمس.')).toEqual(['LOC أكرا']);
    expect(named('وصل الرئيس إلى أكرا صباح الأحد.')).toEqual(['LOC أكرا']);
  });
});
