// QA round 300 (a newspaper or magazine named by a common word after «صحيفة/جريدة/مجلة», over
// the 16 news files): labelPaperNames in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] => entities(text).filter((e) => e.type === 'ORG').map((e) => e.text);

describe('QA round 300: the name after «صحيفة», «جريدة», «مجلة» is an ORG', () => {
  it('labels the paper', () => {
    expect(orgs('وكنت حينها مراسلا سياسيا لصحيفة الحياة في الكويت.')).toEqual(['الحياة']);
    expect(orgs('وعمل مراجعا صحفيا بمجلة المصور حتى عام 1948.')).toEqual(['المصور']);
    expect(orgs('ونقلت صحيفة الجمهورية المحلية عن مصادر أمنية قولها إن الإجراء قانوني.')).toEqual(['الجمهورية']);
    expect(orgs('وقال رئيس تحرير جريدة المصري اليوم إن الصحيفة مستمرة.')).toEqual(['المصري اليوم']);
  });

  it('guards: codes of law, adjectives and words with no article stay O', () => {
    expect(orgs('وتنص مجلة الشغل على حق الإضراب.')).toEqual([]);
    expect(orgs('ويجب أن تتضمن صحيفة الدعوى أسماء الخصوم.')).toEqual([]);
    expect(orgs('وقال مسؤول لصحيفة الإسبانية إن الصفقة اكتملت.')).toEqual([]);
    expect(orgs('وذكرت مجلة ألمانية أن التحقيق مستمر.')).toEqual([]);
  });
});
