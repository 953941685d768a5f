// QA round 176 (the lines of the 16 news files that hold the names or «مديرية»): towns that are
// also words, after a word that announces a place — «محافظة [الوجه]», whose «ه» the cued-place
// rule took for a folded «ة» and refused, Yemen's «مديرية [أرحب]», «محافظة [الضالع]», Turkey's
// «مدينة [فان]» (HEADED_PLACES in src/ner/places.ts; «مديرية» "district" joined PLACE_CUES in
// src/ner/rules.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] =>
  entities(text, { types: ['LOC'] }).map((e) => e.text);

describe('QA round 176: towns that are words, after a place word', () => {
  it('are places', () => {
    expect(places('أطلق سراحه من فرع الهيئة بمحافظة الوجه أمس.')).toContain('الوجه');
    expect(places('اندلعت مواجهات في مديرية أرحب شمال صنعاء.')).toContain('أرحب');
    expect(places('قتل مسلحون في محافظة الضالع أمس.')).toContain('الضالع');
    expect(places('تحدث للصحفيين في مدينة فان أمس.')).toContain('فان');
  });

  it('guards: the same words elsewhere are words', () => {
    expect(places('ضربه على الوجه بقوة.')).toEqual([]);
    expect(places('هو الضالع في الجريمة.')).toEqual([]);
  });
});
