// QA round 213 (PERS holding a device or console word over the 16 news files): a product is no
// person; retypeProducts in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 213: devices and consoles read as persons', () => {
  it('are MISC; a lone «غالاكسي» is the club', () => {
    const phone = named('ويعمل التطبيق الجديد على آي فون. ولعمل الإشارة يختار المرسل الصورة.');
    expect(phone).toContain('MISC آي فون');
    expect(phone).not.toContain('PERS آي فون');
    expect(named('برشلونة يستهل جولته الأميركية بالفوز على غالاكسي وسواريز يتفوق على جيرارد')).toContain('ORG غالاكسي');
  });

  it('guards: «فون» and «إيفون» of a name stay a person', () => {
    expect(named('وقال أوتو فون بسمارك إن الوحدة قادمة.')).toContain('PERS أوتو فون بسمارك');
    expect(named('وقالت الممثلة إيفون ستراهوفسكي إن الدور صعب.')).toContain('PERS إيفون ستراهوفسكي');
  });
});
