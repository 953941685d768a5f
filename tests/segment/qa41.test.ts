// QA round 41: an imperfect plural whose alef «وا» drops before a third-person object stayed
// whole when the corpus never showed the word nor its bare «…وا» form: «يقنعوه» (that they
// convince him) is «يقنعوا» + ه, known by its indicative «يقنعون». The split cases failed
// before the fix; the guards pass before and after. Invented words and sentences.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';

const split = (word: string): string => {
  const s = segment(word);
  return [...s.prefixes.map((m) => `${m.text}+`), `[${s.base.text}]`, ...s.suffixes.map((m) => `+${m.text}`)].join('');
};

describe('segment: an imperfect plural before a third-person object', () => {
  test.each([
    ['يقنعوه', '[يقنعو]+ه'],
    ['يبيعوها', '[يبيعو]+ها'],
    ['يحاربوهم', '[يحاربو]+هم'],
    ['ليخبروهم', 'ل+[يخبرو]+هم'],
    ['فيضربوه', 'ف+[يضربو]+ه'],
    ['ويحرقوها', 'و+[يحرقو]+ها'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test('the base form restores the alef', () => {
    expect(segment('يقنعوه').base.form).toBe('يقنعوا');
    expect(segmentText('طلبوا منهم أن يبيعوها')[3]!.segmentation.base.form).toBe('يبيعوا');
  });
  test.each([
    // a defective imperfect whose و is a radical, a noun in «ون», a dual before no «نا»
    ['يدعوه', '[يدعو]+ه'],
    ['يعلوها', '[يعلو]+ها'],
    ['تريليوني', '[تريليوني]'], // no verb + ني; whole as the construct dual since QA round 52
    ['يتعاونا', '[يتعاونا]'],
    ['يهوه', '[يهوه]'],
    // «ني», «ك» stay with the words the corpus knows (an unknown word in «وني» may be a name)
    ['يخبروني', '[يخبروني]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
