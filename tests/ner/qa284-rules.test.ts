// QA round 284 (saints and Coptic bishops after «القديس/الأنبا» left out, over the 16 news
// files): labelSaintNames in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 284: the saint or bishop after «القديس/الأنبا» is a person', () => {
  it('labels the name, the title outside', () => {
    expect(persons('وبحسب التقاليد فإن القديس مرقس هو مؤسس الكنيسة في الإسكندرية.')).toEqual(['مرقس']);
    expect(persons('وزار الوفد دير الأنبا مقار في وادي النطرون.')).toEqual(['مقار']);
    expect(persons('وتحتفل الكنيسة بعيد القديسة هيلانة في الربيع.')).toEqual(['هيلانة']);
  });

  it('guards: no name after the title, and the title alone, stay O', () => {
    expect(persons('وكان القديس في نظر أتباعه رجلا زاهدا.')).toEqual([]);
  });
});
