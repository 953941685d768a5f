// QA round 179 (the lines of the 16 news files that hold «اب» as a word): Ibb written without
// its hamza after «محافظة/مدينة/مديرية» is the Yemeni city; labelIbb in src/ner/rules.ts.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] =>
  entities(text, { types: ['LOC'] }).map((e) => e.text);

describe('QA round 179: Ibb without its hamza', () => {
  it('is a place after «محافظة», «مدينة»', () => {
    expect(places('قتل ثلاثة في محافظة اب جنوب صنعاء.')).toContain('اب');
    expect(places('وصلت التعزيزات إلى مدينة اب أمس.')).toContain('اب');
  });

  it('guards: «اب» elsewhere is «أب» "father"', () => {
    expect(places('قال اب الضحية إن ابنه خرج.')).toEqual([]);
  });
});
