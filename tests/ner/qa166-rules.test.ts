// QA round 166 (the lines of the 16 news files that hold «الهالك», «النزيل», «العنكبوت»,
// «الهامور», «اللوتس» or «الشيك»): these common nouns are no one-word names, though the model reads
// them as persons («[الهالك]PERS» "the deceased", «زهرة [اللوتس]PERS»): COMMON_NOUN_NAMES in
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => e.text);

describe('QA round 166: common nouns read as names', () => {
  it('are no names', () => {
    expect(names('وأفادت المصادر أن الهالك فقد منذ شهر بعد أن غادر منزله.')).not.toContain('الهالك');
    expect(names('ويتميز المبنى بقبة على شكل زهرة اللوتس الفرعونية.')).not.toContain('اللوتس');
    expect(names('وطالب النادي برد الشيك المرهون لدى الإدارة.')).not.toContain('الشيك');
  });

  it('guards: a longer name that holds one of the words stays', () => {
    expect(names('وزار الوفد الدار البيضاء أمس.')).toContain('الدار البيضاء');
  });
});
