// QA round 124 (news-005, Arabic news, and news-010, Tashkeela texts; a sample of 120 paragraphs
// drawn with mulberry32(426), then both whole files; cross-checked on news-000/006): persons left
// O are again the largest error class of the sample, and the one of them that recurs over the
// whole files is a listed given name and its family name after a title, «الدكتور علي مشرفة»,
// «النقيب وسام عيد», «للمخرج علي السمين», «والمدافع علي البليهي»: labelCuedPersons took a given
// name only before a word mostly tagged a person, and no title with a proclitic. It now also takes
// a given name after a definite title (bare or with «و/ف/ل/ب») when the next word may be a family
// name: the corpus finds it after a given name in 2 % of its occurrences or more (8 % for a definite
// word that is no nisba), or it is too rare to have been counted.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';

describe('QA round 124: a given name and its family name after a title', () => {
  it('labels the given name and the family name after a bare title', () => {
    expect(rules('وسجل المدافع علي السمين هدف الفوز', [O, O, O, O, O, O]).tags).toEqual([O, O, BP, IP, O, O]);
    expect(rules('وكرمت الجامعة الدكتور وسام عيد أمس', [O, O, O, O, O, O]).tags).toEqual([O, O, O, BP, IP, O]);
  });
  it('labels them after a title with a proclitic, and a rare family name', () => {
    expect(rules('وأشاد الجمهور بالفنان علي مروة في حفله', [O, O, O, O, O, O, O]).tags).toEqual([O, O, O, BP, IP, O, O]);
    expect(rules('وأبعد الكرة والمدافع سامر القحيزي بعد ذلك', [O, O, O, O, O, O, O]).tags).toEqual([O, O, O, BP, IP, O, O]);
  });
  it('guard: no title, a common word or a verb after the name, as before', () => {
    // a speech verb is no title: «أسماء» is "names" there
    expect(rules('وأعلنت أسماء الفائزين بالجوائز', [O, O, O, O]).tags).toEqual([O, O, O, O]);
    // «علي» for the preposition, before a word that follows «على»
    expect(rules('وحصل الفريق علي لقب الدوري', [O, O, O, O, O]).tags).toEqual([O, O, O, O, O]);
    // after «أسماء» "names", a definite noun that is no nisba is its complement
    expect(rules('وتمنى المشاركون للدكتورة أسماء الشفاء التام', [O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
    // a verb the corpus knows after the given name
    expect(rules('ويظهر في اللوحة الإمام علي يركب حصانه', [O, O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
  });
});
