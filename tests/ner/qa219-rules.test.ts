// QA round 219 (armed groups named by a noun and a place or a common word, over the 16 news
// files): listed in ORGANISATIONS (src/ner/lists.ts), taken by labelListed. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 219: an armed group named by a noun and a place', () => {
  it('is one ORG, not the place', () => {
    expect(named('واندلعت اشتباكات بين مقاتلي أحرار الشام وعناصر التنظيم.')).toContain('ORG أحرار الشام');
    expect(named('وسيطرت قوات فجر ليبيا على المطار.')).toContain('ORG فجر ليبيا');
    expect(named('وأعلنت جماعة أنصار الله الحوثية مسؤوليتها عن الهجوم.')).toContain('ORG أنصار الله');
    expect(named('وتبنى تنظيم ولاية سيناء الهجوم على الكمين.')).toContain('ORG ولاية سيناء');
  });

  it('guards: the place alone and the ruler are left as they were', () => {
    const syria = named('وصل الوفد إلى الشام أمس.');
    expect(syria).not.toContain('ORG الشام');
    expect(named('وزار الرئيس سيناء أمس.')).not.toContain('ORG سيناء');
    expect(named('وحكم نور الدين الزنكي حلب ودمشق.')).not.toContain('ORG نور الدين الزنكي');
  });
});
