import { describe, expect, test } from 'vitest';
import { postprocess } from '../../src/ner/consistency.js';
import { describe as describeTokens, TAGS } from '../../src/ner/features.js';
import { lexicon } from '../../src/ner/lexicon.js';

/** Runs the one-name-one-label pass over tagged sentences (tag names) and returns the new tags. */
function relabel(sentences: [string, string][][]): string[][] {
  const lex = lexicon();
  const infos = sentences.map((s) =>
    describeTokens(
      s.map(([w]) => w),
      lex,
    ),
  );
  const tags = sentences.map((s) => Int8Array.from(s, ([, t]) => TAGS.indexOf(t as (typeof TAGS)[number])));
  postprocess(infos, tags);
  return tags.map((t) => Array.from(t, (x) => TAGS[x]!));
}

describe('one name, one label within a text', () => {
  test('a family name tagged in a full name is a person where it stands alone', () => {
    const out = relabel([
      [['قاسم', 'B-PERS'], ['جومارت', 'I-PERS'], ['توكاييف', 'I-PERS'], ['رئيسا', 'O']],
      [['وقال', 'O'], ['توكاييف', 'O'], ['إن', 'O']],
    ]);
    expect(out[1]).toEqual(['O', 'B-PERS', 'O']);
  });
  test('a one-word place is a place elsewhere in the text', () => {
    const out = relabel([
      [['في', 'O'], ['بعقوبة', 'B-LOC']],
      [['وصل', 'O'], ['إلى', 'O'], ['بعقوبة', 'O'], ['أمس', 'O']],
    ]);
    expect(out[1]).toEqual(['O', 'O', 'B-LOC', 'O']);
  });
  test('an inner word of an organisation name stays a common word elsewhere', () => {
    const out = relabel([
      [['تشكو', 'O'], ['صناعة', 'B-ORG'], ['السيارات', 'I-ORG']],
      [['عدد', 'O'], ['السيارات', 'O'], ['المنتجة', 'O']],
    ]);
    expect(out[1]).toEqual(['O', 'O', 'O']);
  });
  test('organisation and MISC names are not spread to other occurrences', () => {
    const out = relabel([
      [['فاز', 'O'], ['الغرافة', 'B-ORG'], ['على', 'O'], ['نتاليا', 'B-MISC']],
      [['رفع', 'O'], ['الغرافة', 'O'], ['رصيده', 'O'], ['نتاليا', 'O']],
    ]);
    expect(out[1]).toEqual(['O', 'O', 'O', 'O']);
  });
  test('a word next to another name is left alone', () => {
    const out = relabel([
      [['توكاييف', 'B-PERS']],
      [['توكاييف', 'O'], ['أستانة', 'B-LOC']],
    ]);
    expect(out[1]).toEqual(['O', 'B-LOC']);
  });
});
