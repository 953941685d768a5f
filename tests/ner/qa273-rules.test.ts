// QA round 273 (oil and oilfield-service companies named bare, which the model reads as a MISC,
// a person or a place, over the 16 news files): ORGANISATIONS in src/ner/lists.ts. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 273: oil companies are organisations', () => {
  it('reads Petrobras, Lukoil and Gazprom as ORG, in quotes and after «و»', () => {
    const text = 'وقالت "بتروبراس" إن أرباحها تراجعت، فيما وقعت لوك أويل وغازبروم عقدين جديدين.';
    const found = typed(text);
    expect(found).toContain('ORG بتروبراس');
    expect(found).toContain('ORG لوك أويل');
    expect(found).toContain('ORG غازبروم');
    for (const e of entities(text)) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('reads Halliburton and Rosneft as ORG', () => {
    expect(typed('وأعلنت هاليبرتون خفض الإنفاق بعد تراجع الأسعار.')).toContain('ORG هاليبرتون');
    expect(typed('باعت الشركة حصتها في روسنفت الشهر الماضي.')).toContain('ORG روسنفت');
  });

  it('guard: the footballer Luke Shaw stays a person', () => {
    expect(typed('وسجل المدافع لوك شو هدفا في الدقيقة الأخيرة.')).toContain('PERS لوك شو');
  });
});
