// QA round 264 (Tesla, the carmaker, read as a person, over the 16 news files):
// retypeCompanyFamilyNames in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 264: «تسلا» alone in a text about the carmaker is the company', () => {
  it('retypes the one-word PERS when the text speaks of cars or plants', () => {
    expect(typed('وخفضت تسلا يوم الأربعاء إنتاجها المستهدف من السيارات للعام الحالي.')).toEqual(['ORG تسلا']);
    expect(typed('"تسلا" تستعد لإطلاق أول مصانعها في الصين')).toEqual(['ORG تسلا', 'LOC الصين']);
  });

  it('joins «موتورز»', () => {
    expect(typed('وتستقطب السوق عددا كبيرا من الشركات مثل تسلا موتورز التي قالت إنها تنوي التوسع.')).toEqual(['ORG تسلا موتورز']);
  });

  it('guard: Nikola Tesla stays a person', () => {
    expect(typed('ولد تسلا في 10 يوليو 1856 لعائلة صربية.')).toEqual(['PERS تسلا']);
    expect(typed('وقد تصادق مع نيكولا تسلا وكان يقضي الكثير من الوقت في معمل تسلا قرب مصنع للسيارات.')).toEqual(['PERS نيكولا تسلا', 'PERS تسلا']);
  });
});
