// QA round 283 (given names that are adjectives of quality read as names after the noun they
// describe, over the 16 news files): dropDescriptiveAdjectives in src/ner/rules.ts. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS' || e.type === 'LOC').map((e) => e.text);

describe('QA round 283: «موقع فريد», «سمعة طيبة», «عيد سعيد» are no names', () => {
  it('drops the adjective after the noun it describes', () => {
    expect(names('ويتميز الفندق بموقع فريد على شاطئ البحر.')).toEqual([]);
    expect(names('واكتسبت الشركة سمعة طيبة بين عملائها.')).toEqual([]);
    expect(names('ويحتاج الطفل إلى نظام غذائي سليم ونوم كاف.')).toEqual([]);
  });

  it('drops greetings and «أنا سعيد»', () => {
    expect(names('تهانينا وألف مبارك للعروسين.')).toEqual([]);
    expect(names('وقال اللاعب: أنا سعيد بأدائي في المباراة.')).toEqual([]);
  });

  it('guards: a name after a verb, a full name in construct, and Mubarak stay', () => {
    expect(names('وقال سعيد إن الفريق جاهز للمباراة.')).toContain('سعيد');
    expect(names('وتناولت الصحف علاقة حسن حسني بالسينما.')).toContain('حسن حسني');
    expect(names('وحمّل مبارك الحكومة مسؤولية الأزمة.')).toContain('مبارك');
  });
});
