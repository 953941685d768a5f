// QA round 270 (spelled acronyms with the letter «إن», which the model cuts at the particle «إن»,
// over the 16 news files): ORGANISATIONS in src/ner/lists.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 270: CNN, ESPN, beIN Sports and BNP Paribas spelled out are whole', () => {
  it('finds CNN whole, with or without the hamza', () => {
    const text = 'وذكرت شبكة سي إن إن الأمريكية أن الوفد غادر.';
    const cnn = entities(text).find((e) => e.type === 'ORG');
    expect(cnn).toMatchObject({ text: 'سي إن إن' });
    expect(text.slice(cnn!.start, cnn!.end)).toBe('سي إن إن');
    expect(typed('وقال الوزير لشبكة سي ان ان تعليقا على النتيجة.')).toContain('ORG سي ان ان');
  });

  it('finds ESPN, beIN Sports and BNP Paribas whole', () => {
    expect(typed('وقال المدرب لقناة إي إس بي إن إنه سيعود.')).toContain('ORG إي إس بي إن');
    expect(typed('وتنقل قنوات بي إن سبورت المباراة مباشرة.')).toContain('ORG بي إن سبورت');
    expect(typed('وقال محلل في مصرف بي إن بي باريبا إن الأسعار سترتفع.')).toContain('ORG بي إن بي باريبا');
  });

  it('guard: the particle «إن» after CNN stays outside', () => {
    expect(typed('وقال الوزير لشبكة سي إن إن إن الاتفاق جيد.')).toContain('ORG سي إن إن');
  });
});
