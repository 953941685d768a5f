// QA round 268 («جده» "his grandfather" read as Jeddah in sentences that show no «ة», over the
// 16 news files): `dropHisGrandfather` in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 268: «جده» before a name or a kinsman, or after «كان», is his grandfather', () => {
  it('drops «جده» before a name', () => {
    expect(typed('وقد سمي تيمناً بجده جعفر الطيار الذي كان من أوائل الشهداء.')).toEqual(['PERS جعفر الطيار']);
    expect(typed('وكان جده بيترو تشيكا قد هاجر من أوكرانيا.')).not.toContain('LOC جده');
  });

  it('drops «جده» after «كان» and «عن أبيه», and before «من أبيه»', () => {
    expect(typed('وكان جده شيخ عشيرة في الأنبار.')).not.toContain('ORG جده');
    expect(typed('وكان جده شيخ عشيرة في الأنبار.')).not.toContain('LOC جده');
    expect(typed('روى أحمد بن حنبل عن أبيه عن جده قال.')).not.toContain('LOC جده');
    expect(typed('جده من أبيه فرنسي الأصل.')).toEqual([]);
  });

  it('guard: Jeddah written «جده» stays a place', () => {
    expect(typed('من أقدم مناطق جده وبه أقدم قصر بجده يزيد عمره عن 150 عام.')).toEqual(['LOC جده', 'LOC جده']);
    expect(typed('وصل الوفد إلى جده أمس.')).toEqual(['LOC جده']);
  });
});
