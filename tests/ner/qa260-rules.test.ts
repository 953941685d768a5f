// QA round 260 (a name run over the «إن/أن» that opens a reported clause, over the 16 news
// files): splitThatClauses in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 260: a name ends before the «إن/أن» of a reported clause', () => {
  it('splits the organisation from the person named after «إن»', () => {
    expect(typed('وقال الاتحاد إن صلاح سيغيب عن المباراة.')).toEqual(['ORG الاتحاد', 'PERS صلاح']);
    expect(typed('وقال الاتحاد الأوروبي إن موغيريني ستزور طهران.')).toEqual(['ORG الاتحاد الأوروبي', 'PERS موغيريني', 'LOC طهران']);
  });

  it('splits two organisations and drops a common noun after «إن»', () => {
    expect(typed('وقالت رويترز إن أبل أكدت التقارير.')).toEqual(['ORG رويترز', 'ORG أبل']);
    expect(typed('وقالت الجامعة إن الشرطة تحركت بسرعة.')).not.toContain('ORG الجامعة إن الشرطة');
  });

  it('guard: spelled acronyms keep their «إن»', () => {
    expect(typed('وقال بنك إيه.إن.زد في مذكرة إن الأسعار سترتفع.')).toEqual(['ORG بنك إيه.إن.زد']);
    expect(typed('تأثيرات الأزمة على البي إن سبورتس')).toEqual(['ORG البي إن سبورتس']);
  });
});
