// QA round 292 («بنين» "boys" read as Benin, over the 16 news files): dropBoys in
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] => entities(text).filter((e) => e.type === 'LOC').map((e) => e.text);

describe('QA round 292: «المدارس بنين وبنات» names no country', () => {
  it('drops «بنين» beside «بنات» or after a word of schooling', () => {
    expect(places('وبدأ توزيع الكتب على جميع المدارس بنين وبنات في المنطقة.')).not.toContain('بنين');
    expect(places('وتقدم للوظائف التعليمية بنين عدد كبير من المرشحين.')).not.toContain('بنين');
  });

  it('guards: the country stays', () => {
    expect(places('وزار الوزير جمهورية بنين في غرب أفريقيا.')).toContain('بنين');
  });
});
