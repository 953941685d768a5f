import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 60: an organisation named in quotation marks after its head noun is one ORG', () => {
  it('takes a quoted newspaper name with a place inside whole («صحيفة "اليابان اليوم"»)', () => {
    const got = names('وذكرت صحيفة "اليابان اليوم" أن القطار غادر المحطة مبكرا');
    expect(got).toContain('ORG:اليابان اليوم');
    expect(got).not.toContain('ORG:اليابان');
  });
  it('labels a quoted channel the model left out («قناة "الإخبارية"»)', () => {
    expect(names('ونقلت قناة "الإخبارية" عن مصدر عسكري قوله إن الهجوم فشل')).toContain('ORG:الإخبارية');
  });
  it('takes a party named after a country whole («لحزب "البديل من أجل ألمانيا"»)', () => {
    const got = names('وانضم النائب لحزب "البديل من أجل ألمانيا" العام الماضي');
    expect(got).toContain('ORG:البديل من أجل ألمانيا');
    expect(got).not.toContain('LOC:ألمانيا');
  });
  it('labels a quoted charity and drops a head tagged alone before a quoted name', () => {
    expect(names('وقالت منظمة "أنقذوا الأطفال" إن آلاف الأسر نزحت')).toContain('ORG:أنقذوا الأطفال');
    expect(names('وقال رئيس حزب "النضال الديمقراطي" إن الحكومة أخطأت')).not.toContain('ORG:حزب');
  });
  it('guard: an Arabic adjective in quotes describes the organisation («جماعة "إرهابية"»)', () => {
    expect(names('وصنفت الحكومة الحركة جماعة "إرهابية" الأسبوع الماضي')).toEqual([]);
    expect(names('ووصفت الحزب بأنه حزب "إرهابي" يهدد البلاد').join('|')).not.toContain('إرهابي');
  });
  it('guard: a string of adjectives and a quoted head are no names', () => {
    expect(names('واعتبرت السفيرة المجلس منظمة "منافقة وأنانية" لا تحترم أحدا').join('|')).not.toContain('منافقة');
    expect(names('يطلق الناس اسم "صحيفة" على "الجريدة" عادة').join('|')).not.toContain('على');
  });
  it('guard: a quotation after a definite head is speech, not a name', () => {
    expect(names('وقالت المنظمة "لن نتراجع عن مطالبنا" في بيانها').join('|')).not.toContain('نتراجع');
  });
});
