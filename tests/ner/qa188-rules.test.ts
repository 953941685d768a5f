// QA round 188 (the lines of the 16 news files that hold a verb of saying, meeting or visiting):
// the verb before its subject opens no name; dropLeadingReportVerbs in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] =>
  entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 188: a verb before its subject', () => {
  it('is left out of the person', () => {
    expect(persons('وشدد بن محيا على أهمية الحفاظ على المراعي.')).toEqual(['بن محيا']);
    expect(persons('وأكدت بن احمد أن المعتدي قدم اعتذاره.')).toEqual(['بن احمد']);
  });

  it('guards: «فيصل» is the given name, not «ف + يصل»', () => {
    expect(persons('وحضر الحفل فيصل الخراع ولاعبو المنتخب.')).toEqual(['فيصل الخراع']);
    expect(persons('ويصل فيصل بن خالد إلى أبها غدا.')).toEqual(['فيصل بن خالد']);
  });
});
