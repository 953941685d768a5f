// QA round 162 (the lines of the 16 news files that hold «قناة» or «فضائية»): a listed channel
// whose name is a common word («العربية», «النهار», «الحوار») is an ORG after «قناة/فضائية», as
// the model writes «قناة [الجزيرة]», with a masculine nisba that agrees with the name («قناة
// [الحوار التونسي]»): labelPressNames in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] =>
  entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 162: a channel named by a common word', () => {
  it('is an organisation after its head', () => {
    expect(orgs('وقال الوزير في مقابلة مع قناة النهار إن الأسعار ستنخفض.')).toContain('النهار');
    expect(orgs('وبثت قناة المسيرة مقطعا مصورا للهجوم.')).toContain('المسيرة');
    expect(orgs('وأكد رئيس الحكومة في حوار على قناة الحوار التونسي أن الأجور سترتفع.')).toContain('الحوار التونسي');
    expect(orgs('ونقلت فضائية المحور عن مصدر أمني أن التحقيق بدأ.')).toContain('المحور');
  });

  it('guards: the common word without a head, and a feminine adjective of the head', () => {
    expect(orgs('وقضى الصيادون النهار كله في البحر.')).toEqual([]);
    expect(orgs('وذكرت قناة العالم الإيرانية أن الوفد وصل.')).not.toContain('العالم الإيرانية');
  });
});
