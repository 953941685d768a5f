// QA round 134 (PERS on the dev split of ANERcorp train, as rounds 125, 127–133 measured it;
// cross-checked on news-004 and news-011, then news-000, news-013, news-002 and news-014): a
// person the model found whole in one sentence of a text («[بان كي مون]») was cut short elsewhere
// in the same text, its first and middle names left outside («بان كي [مون]»). postprocess now
// gives a shorter PERS the whole name's first words when the words before it match them, are left
// O and follow no other person; a place's or an organisation's head («قرية» "village") and a word
// the corpus never saw stay out, and a different first word, or a first word tagged already,
// leaves the span as it was.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { postprocess } from '../../src/ner/consistency.js';
import { describe as describeTokens, TAGS } from '../../src/ner/features.js';
import { lexicon } from '../../src/ner/lexicon.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';

/** Runs the one-name-one-label pass over sentences (words and tags) and returns the new tags. */
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

const whole: [string, string][] = [['والتقى', O], ['الأمين', O], ['العام', O], ['بان', BP], ['كي', IP], ['مون', IP], ['أمس', O]];

describe('QA round 134: a shorter mention takes the first words of a whole name in the text', () => {
  it('gives «بان كي» to «مون» at the head of a caption', () => {
    const out = relabel([whole, [['بان', O], ['كي', O], ['مون', BP], ['يصافح', O], ['الوزير', O]]]);
    expect(out[1]).toEqual([BP, IP, IP, O, O]);
  });
  it('gives the first name of a two-word name to its family name after a verb', () => {
    const out = relabel([
      [['وسجل', O], ['رانجيت', BP], ['سينغال', IP], ['الهدف', O]],
      [['ثم', O], ['عاد', O], ['رانجيت', O], ['سينغال', BP], ['ليسجل', O], ['مجددا', O]],
    ]);
    expect(out[1]).toEqual([O, O, BP, IP, O, O]);
  });
  it('guards: another first word, a first word tagged already, a village named after a person, an unseen first word', () => {
    expect(relabel([whole, [['وقال', O], ['مون', BP], ['إن', O]]])[1]).toEqual([O, BP, O]);
    expect(relabel([whole, [['وقال', O], ['كي', O], ['مون', BP], ['إن', O]]])[1]).toEqual([O, O, BP, O]);
    expect(relabel([whole, [['وقال', O], ['جون', O], ['كي', O], ['مون', BP]]])[1]).toEqual([O, O, O, BP]);
    expect(relabel([whole, [['وقال', BP], ['بان', O], ['كي', O], ['مون', BP]]])[1]).toEqual([BP, O, O, BP]);
    const village = relabel([
      [['وزار', O], ['قرية', BP], ['رانجيت', IP], ['سينغال', IP]],
      [['وقال', O], ['قرية', O], ['رانجيت', O], ['سينغال', BP]],
    ]);
    expect(village[1]).toEqual([O, O, O, BP]);
    const unseen = relabel([
      [['وزار', O], ['زقرطوشة', BP], ['سينغال', IP]],
      [['وفي', O], ['زقرطوشة', O], ['سينغال', BP]],
    ]);
    expect(unseen[1]).toEqual([O, O, BP]);
  });
});
