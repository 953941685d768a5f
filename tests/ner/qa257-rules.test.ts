// QA round 257 (a participle that describes an organisation read as the end of its name, over
// the 16 news files): trimOrgParticiples in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] => entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 257: «التابعة», «المعنية» end no organisation', () => {
  it('ends the name before the participle', () => {
    expect(orgs('قالت وزارة الصحة التابعة للحكومة اليمنية إن 43 شخصا قتلوا.')).toEqual(['وزارة الصحة']);
    expect(orgs('وقررت اللجنة الوطنية للاستئناف التابعة للجامعة رفض الطعن.')).toEqual(['اللجنة الوطنية للاستئناف']);
  });

  it('and before the bodies joined by «و» that it describes', () => {
    expect(orgs('دعت وزارة الإسكان والجهات المعنية إلى حل الأزمة.')).toEqual(['وزارة الإسكان']);
  });

  it('but keeps a part of the name joined by «و» that is no generic body', () => {
    expect(orgs('وكشفت وثيقة صادرة عن وكيل وزارة التربية والتعليم التابعة للميليشيات أن المدارس مغلقة.')).toEqual(['وزارة التربية والتعليم']);
  });
});
