// QA round 275 (the adjective «بري» "land, overland" or "wild" read as Nabih Berri, over the 16
// news files): dropLandAdjective in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 275: «بري» after an assault, a route or an animal is no person', () => {
  it('drops «بري» the adjective', () => {
    expect(persons('وقال القائد إنهم لا يحتاجون لتدخل بري لأن القوات كافية.')).not.toContain('بري');
    expect(persons('ونقلت الشحنة عبر طريق بري إلى الميناء.')).not.toContain('بري');
    expect(persons('قتل الصيادون خنزير بري روع الأهالي.')).not.toContain('بري');
  });

  it('guard: Nabih Berri after a verb stays a person', () => {
    const text = 'وكان بري المرشح الوحيد لرئاسة المجلس.';
    const berri = entities(text).find((e) => e.type === 'PERS');
    expect(berri).toMatchObject({ text: 'بري' });
    expect(text.slice(berri!.start, berri!.end)).toBe('بري');
  });
});
