// QA round 156 (the lines of the 16 news files that hold «الدولي…» or «العالمي…»): a definite
// body head, the adjective of its field and an adjective of reach («المنتدى الاقتصادي العالمي»,
// «اللجنة الكشفية العالمية», «المحكمة الرياضية الدولية») is a body's name, an ORG, where the model
// left the three words O; «للجنة» is ل + «اللجنة» in the form. labelReachBodies in
// src/ner/rules.ts, baseForm in src/ner/recognize.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] =>
  entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 156: a definite body named by the adjective of its field and its reach', () => {
  it('is an ORG', () => {
    expect(orgs('وأصدر المنتدى الاقتصادي العالمي تقريرا عن القدرة التنافسية للدول.')).toContain('المنتدى الاقتصادي العالمي');
    expect(orgs('وقررت إدارة النادي اللجوء إلى المحكمة الرياضية الدولية دفاعا عن حقوقه.')).toContain('المحكمة الرياضية الدولية');
    expect(orgs('وتعقد المنظمة البحرية الدولية اجتماعا الثلاثاء في العاصمة البريطانية.')).toContain('المنظمة البحرية الدولية');
  });

  it('keeps the article of «للجنة» in the form', () => {
    const found = entities('ودعت للجنة الأولمبية الدولية إلى الاجتماع.', { types: ['ORG'] });
    expect(found.map((e) => [e.text, e.form])).toContainEqual(['لجنة الأولمبية الدولية', 'اللجنة الأولمبية الدولية']);
  });

  it('guards: a body pointed back at, an adjective that describes', () => {
    expect(orgs('ولم يوافق الأوروبيون على شروط هذه الهيئة الكروية العالمية بعد.')).not.toContain('الهيئة الكروية العالمية');
    expect(orgs('ودعت المنظمة الإنسانية الدولية إلى وقف القتال في المدينة.')).not.toContain('المنظمة الإنسانية الدولية');
  });
});
