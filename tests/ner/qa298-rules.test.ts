// QA round 298 (the Free Syrian Army and the Syrian National Coalition under their short names,
// over the 16 news files): the ORGANISATIONS list in src/ner/lists.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] => entities(text).filter((e) => e.type === 'ORG').map((e) => e.text);

describe('QA round 298: «الجيش الحر» and «الائتلاف الوطني السوري» are organisations', () => {
  it('labels the short names', () => {
    expect(orgs('وتصدت كتائب الجيش الحر في ريف اللاذقية لمحاولات التقدم.')).toContain('الجيش الحر');
    expect(orgs('وأعلن الائتلاف الوطني السوري المعارض إعادة انتخاب هيئته.')).toContain('الائتلاف الوطني السوري');
    expect(orgs('وقال رئيس الائتلاف السوري إن المفاوضات متعثرة.')).toContain('الائتلاف السوري');
  });

  it('guards: the full name of the army stays whole', () => {
    expect(orgs('وقال قائد في الجيش السوري الحر إن الهجوم فشل.')).toEqual(['الجيش السوري الحر']);
  });
});
