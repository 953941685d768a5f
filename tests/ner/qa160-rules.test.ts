// QA round 160 (the lines of the 16 news files that hold «حزب»): «الحزب» with the adjective of its
// creed is a party's name, an ORG («الحزب الديمقراطي», «للحزب الشيوعي», «الحزب الديمقراطي
// المسيحي»), where the model left it O: labelPartyNames in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] =>
  entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 160: a party named by its creed', () => {
  it('is an organisation', () => {
    expect(orgs('وهاجم الرئيس أعضاء الحزب الديمقراطي الذين يريدون فتح الحدود.')).toContain('الحزب الديمقراطي');
    expect(orgs('وانتخب المؤتمر أمينا عاما جديدا للحزب الشيوعي في البلاد.')).toContain('لحزب الشيوعي');
    expect(orgs('وتتزعم المستشارة الحزب الديمقراطي المسيحي منذ سنوات.')).toContain('الحزب الديمقراطي المسيحي');
    expect(orgs('ويحكم الحزب الثوري المؤسساتي البلاد منذ عقود.')).toContain('الحزب الثوري المؤسساتي');
  });

  it('guards: an adjective that describes the party', () => {
    expect(orgs('وقال المتحدث باسم الحزب الحاكم إن الاجتماع تأجل.')).toEqual([]);
    expect(orgs('وأعلن الحزب الكردي مقاطعة الانتخابات.')).toEqual([]);
    expect(orgs('ودعا الحزب اليميني إلى إغلاق الحدود.')).toEqual([]);
  });
});
