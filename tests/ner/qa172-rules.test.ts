// QA round 172 (the lines of the 16 news files that hold the names): more towns the model leaves O
// after «محافظة/مدينة»: names that are also words after a word that announces a place
// (HEADED_PLACES in src/ner/places.ts: «محافظة [مطروح]», «مدينة [العمارة]»), names that are no word
// anywhere (CITIES: «[كاليه]»). Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] =>
  entities(text, { types: ['LOC'] }).map((e) => e.text);

describe('QA round 172: more towns', () => {
  it('are places', () => {
    expect(places('وصل الوفد إلى محافظة مطروح صباح اليوم.')).toEqual(['مطروح']);
    expect(places('انفجرت سيارة في مدينة العمارة جنوب العراق.')).toContain('العمارة');
    expect(places('تجمع المهاجرون قرب ميناء كاليه.')).toEqual(['كاليه']);
  });

  it('guards: the words stay words without a place word before them', () => {
    expect(places('الأمر مطروح للنقاش منذ سنوات.')).toEqual([]);
    expect(places('يدرس الطلاب فن العمارة الإسلامية.')).toEqual([]);
  });
});
