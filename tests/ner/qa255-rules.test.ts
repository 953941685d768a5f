// QA round 255 (an organisation's head noun left alone as an ORG once a trailing particle is
// trimmed, over the 16 news files): dropLoneOrgHeads in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] => entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 255: a head noun alone names no organisation', () => {
  it('drops «منظمة» left alone', () => {
    expect(orgs('أخيراً بإمكان أي منظمة أو مؤسسة أن تضع لنفسها أهدافا.')).toEqual([]);
    expect(orgs('ومن شأن تدوين الأحكام ووضعها في صيغة قانونية منظمة أن يحقق الاستقرار.')).toEqual([]);
  });

  it('guard: the head before a quoted name is kept', () => {
    expect(orgs('إن عدة عناصر يجب إدراكها للتعاون البحثي مع جامعة "إم.آي.تي"، في تطوير.')).toEqual(['جامعة', 'إم.آي.تي']);
  });
});
