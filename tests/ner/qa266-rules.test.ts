// QA round 266 (a name that opens with the two-letter heads «تل», «بن», «أم» kept the «و» "and"
// before it, over the 16 news files): `startShortHeadsAfterAnd` in src/ner/rules.ts. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 266: «و» before «تل», «بن», «أم» stays outside the name', () => {
  it('starts a hill after «و» and makes it a place', () => {
    const text = 'ودارت اشتباكات في محيط قرى المشيك والزيارة وتل واسط في سهل الغاب.';
    const hill = entities(text).find((e) => e.text.includes('واسط'));
    expect(hill).toMatchObject({ type: 'LOC', text: 'تل واسط' });
    expect(text.slice(hill!.start, hill!.end)).toBe('تل واسط');
    expect(typed('وتقدمت القوات في حصيبة الشرقية وتل الشهد والشيخ مسعود.')).toContain('LOC تل الشهد');
  });

  it('splits a run of hills joined by «و» into one place each', () => {
    expect(typed('وأظهرت الصور مراكز في تل غربة وتل كلاب وتل النبي يوشع وتل مقداد.')).toEqual(
      expect.arrayContaining(['LOC تل كلاب', 'LOC تل النبي يوشع', 'LOC تل مقداد']),
    );
  });

  it('starts «بن …» and «أم …» after «و»', () => {
    expect(typed('وقال إن العطاس وبن دغر حضرا المؤتمر في الرياض.')).toContain('PERS بن دغر');
    expect(typed('وغنت في الحفل فيروز وأم كلثوم وعبد الحليم.')).toContain('PERS أم كلثوم');
  });

  it('guard: a name that begins with «و» keeps it', () => {
    expect(typed('وقال وليد جنبلاط إن الحزب لن يشارك.')).toContain('PERS وليد جنبلاط');
  });
});
