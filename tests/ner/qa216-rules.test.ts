// QA round 216 (a PERS of one nationality adjective after a noun it describes, over the 16 news
// files): «تركي» is also the given name Turki; dropLoneNisbas in src/ner/rules.ts. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 216: a nationality adjective read as a person', () => {
  it('is no person after a noun it describes', () => {
    expect(named('نائب بحريني: الحادثة ضريبة النجاح')).not.toContain('PERS بحريني');
    expect(named('وسيصبح أقوى زعيم تركي منذ أتاتورك.')).not.toContain('PERS تركي');
    expect(named('هو ممثل كندي ولد في تورونتو.')).not.toContain('PERS كندي');
  });

  it('guards: the given name after a title and a name after «مواطنه» stay', () => {
    expect(named('وقال الأمير تركي إن الزيارة ناجحة.')).toContain('PERS تركي');
    expect(named('إلى جانب مواطنه سولي علي مونتاري الذي انتقل.')).toContain('PERS سولي');
  });
});
