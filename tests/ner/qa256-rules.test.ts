// QA round 256 («توت» left out of Tutankhamun's name, over the 16 news files): joinTutankhamun in
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 256: «توت عنخ آمون» is one name', () => {
  it('begins the name at «توت»', () => {
    expect(persons('كشف تحليل الحمض النووي لمومياء توت عنخ آمون أن الملك إخناتون هو والده.')).toEqual(['توت عنخ آمون', 'إخناتون']);
    expect(persons('وعثر على مقبرة الملك توت عنخ أمون عام 1922.')).toEqual(['توت عنخ أمون']);
  });

  it('after a proclitic the span starts at «توت»', () => {
    const text = 'ومن كنوز لتوت عنخ آمون قناعه الذهبي.';
    const [e] = entities(text, { types: ['PERS'] });
    expect(e?.text).toBe('توت عنخ آمون');
    expect(text.slice(e!.start, e!.end)).toBe('توت عنخ آمون');
  });
});
