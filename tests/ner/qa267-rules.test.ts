// QA round 267 (Woody read as و + «ودي», and «دي» names that kept the «و» before them, over the
// 16 news files): RULE_GIVEN_NAMES and `startShortHeadsAfterAnd` in src/ner/rules.ts. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 267: «وودي» is Woody, «و» before «دي …» is "and"', () => {
  it('keeps the first letter of Woody', () => {
    expect(typed('وعرض المهرجان فيلما جديدا من إخراج وودي آلن.')).toContain('PERS وودي آلن');
    expect(typed('ولعب وودي هارلسون دور المحقق في المسلسل.')).toContain('PERS وودي هارلسون');
  });

  it('starts «دي …» after «و»', () => {
    const text = 'وقال إنه يعمل مع الوفد الدولي ودي ميستورا على التحضير للمؤتمر.';
    const envoy = entities(text).find((e) => e.text.endsWith('ميستورا'));
    expect(envoy).toMatchObject({ type: 'PERS', text: 'دي ميستورا' });
    expect(text.slice(envoy!.start, envoy!.end)).toBe('دي ميستورا');
    expect(typed('وسأله الصحفيون عن رأيه في كاسياس ودي خيا.')).toContain('PERS دي خيا');
  });

  it('guard: Wadih, a name that begins with «و», keeps it', () => {
    expect(typed('وغنى وديع الصافي في الحفل.')).toContain('PERS وديع الصافي');
  });
});
