// QA round 152 (the ORG spans of news-002 and news-011 that end in a purpose in «ل…»): a
// purpose goes on with «و» + a second purpose in construct — «الرئاسة العامة للأرصاد وحماية
// البيئة» — which the model left out of the name: extendPurposeConstructs in src/ner/rules.ts.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] =>
  entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 152: a second purpose in construct after «و»', () => {
  it('joins the organisation', () => {
    expect(orgs('توقعت الرئاسة العامة للأرصاد وحماية البيئة هطول أمطار على منطقة مكة المكرمة.')).toEqual([
      'الرئاسة العامة للأرصاد وحماية البيئة',
    ]);
    expect(orgs('ونقلت المجلة عن المجلس الأعلى للاتصالات وتكنولوجيا المعلومات أن الخدمة بدأت.')).toEqual([
      'المجلس الأعلى للاتصالات وتكنولوجيا المعلومات',
    ]);
    expect(orgs('صدر عن المركز العربي للأبحاث ودراسة السياسات كتاب جديد.')).toEqual(['المركز العربي للأبحاث ودراسة السياسات']);
  });

  it('guards: a branch, another body, a word that is no field', () => {
    expect(orgs('وقالت الإدارة العامة للتراخيص وفرع الهيئة بالمنطقة الشرقية إن الحملة مستمرة.')).toEqual(['الإدارة العامة للتراخيص']);
    expect(orgs('أحيل مسؤول في المؤسسة العامة للموانئ وإحدى الشركات اللوجستية إلى النيابة العامة.')).toEqual([
      'المؤسسة العامة للموانئ',
    ]);
    expect(orgs('وقع الاتفاق مع الهيئة العامة للاستثمار وهيئة المدن الاقتصادية أمس.')).toEqual(['الهيئة العامة للاستثمار']);
    expect(orgs('وحضر رئيس المجلس البلدي للمشاركة وحضور الاحتفالات المقامة في المدينة.')).not.toContain(
      'المجلس البلدي للمشاركة وحضور الاحتفالات',
    );
  });
});
