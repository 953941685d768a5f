// QA round 37: a sound plural in «ين» drops its ن before a pronoun («منافسيه» is «منافسي» + ه,
// his rivals), and that construct is rarer on its own than with the pronoun, so «منافسيه»,
// «دائنيها», «مساهميها», «مرافقيه» stayed whole. The construct in ي is now scored by its plural
// in «ين» when that plural and its singular are both nouns seen with the article. The split
// cases failed before the fix; the guards (names and nisbas in «يه», a ة written ه, the words
// already split) pass before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segmentText } from '../../src/segment/index.js';
import { pieces } from '../helpers/segment.js';

describe('segment: construct plural in ي before a pronoun', () => {
  test.each([
    ['منافسيه', 'منافسي/منافسي/STEM + ه/ه/PRON'],
    ['دائنيها', 'دائني/دائني/STEM + ها/ها/PRON'],
    ['ودائنيها', 'و/و/CONJ + دائني/دائني/STEM + ها/ها/PRON'],
    ['مساهميها', 'مساهمي/مساهمي/STEM + ها/ها/PRON'],
    ['مرافقيه', 'مرافقي/مرافقي/STEM + ه/ه/PRON'],
    ['سابقيه', 'سابقي/سابقي/STEM + ه/ه/PRON'],
    ['لمشتركيها', 'ل/ل/PREP + مشتركي/مشتركي/STEM + ها/ها/PRON'],
    ['بمحترفيها', 'ب/ب/PREP + محترفي/محترفي/STEM + ها/ها/PRON'],
    ['لمنافسيه', 'ل/ل/PREP + منافسي/منافسي/STEM + ه/ه/PRON'],
  ])('splits «%s»: %s', (word, expected) => {
    expect(pieces(word)).toBe(expected);
  });

  test('segmentText: offsets into the text', () => {
    const text = 'تفوق الفريق على منافسيه في المباراة';
    const token = segmentText(text).find((t) => t.text === 'منافسيه')!;
    const [base, pron] = [token.segmentation.base, token.segmentation.suffixes[0]!];
    expect(text.slice(base.start, base.end)).toBe('منافسي');
    expect(text.slice(pron.start, pron.end)).toBe('ه');
  });

  // guards: a French name in «ييه», a nisba's ة written ه, a noun in «يه» of its own, names that
  // end so, and construct plurals the segmenter already split
  test.each([
    ['كورييه', 'كورييه/كورييه/STEM'],
    ['ثلاثيه', 'ثلاثيه/ثلاثيه/STEM'],
    ['تمويه', 'تمويه/تمويه/STEM'],
    ['كاليه', 'كاليه/كاليه/STEM'],
    ['باليه', 'باليه/باليه/STEM'],
    ['لاعبيه', 'لاعبي/لاعبي/STEM + ه/ه/PRON'],
    ['مواطنيها', 'مواطني/مواطني/STEM + ها/ها/PRON'],
    ['فيه', 'في/في/STEM + ه/ه/PRON'],
  ])('«%s» → %s', (word, expected) => {
    expect(pieces(word)).toBe(expected);
  });
});
