// QA round 38: perfect verbs with their object pronoun left whole. The perfect of «أنتم» takes a
// linking «و» before its object («كتبتموه», you wrote it), a shape no noun or name has, and
// stayed whole; a perfect whose first radical is ف («فقده», lost him) stayed whole because its
// stem alone reads as ف + «قد»; a perfect the corpus shows with one pronoun only («قلده»,
// imitated him) was taken for a name's ending. The split cases failed before the fix; the
// guards pass before and after. Invented words and sentences.
import { describe, expect, test } from 'vitest';
import { segmentText } from '../../src/segment/index.js';
import { pieces } from '../helpers/segment.js';

describe('segment: a perfect verb before its object pronoun', () => {
  test.each([
    ['كتبتموه', 'كتبتمو/كتبتم/STEM + ه/ه/PRON'],
    ['شاهدتموها', 'شاهدتمو/شاهدتم/STEM + ها/ها/PRON'],
    ['أعطيتموني', 'أعطيتمو/أعطيتم/STEM + ني/ني/PRON'],
    ['ساعدتمونا', 'ساعدتمو/ساعدتم/STEM + نا/نا/PRON'],
    ['فكتبتموه', 'ف/ف/CONJ + كتبتمو/كتبتم/STEM + ه/ه/PRON'],
    ['وشاهدتموهم', 'و/و/CONJ + شاهدتمو/شاهدتم/STEM + هم/هم/PRON'],
    ['فقده', 'فقد/فقد/STEM + ه/ه/PRON'],
    ['فقدها', 'فقد/فقد/STEM + ها/ها/PRON'],
    ['فقدهم', 'فقد/فقد/STEM + هم/هم/PRON'],
    ['قلده', 'قلد/قلد/STEM + ه/ه/PRON'],
    ['صححه', 'صحح/صحح/STEM + ه/ه/PRON'],
  ])('splits «%s»: %s', (word, expected) => {
    expect(pieces(word)).toBe(expected);
  });

  test('segmentText: offsets into the text', () => {
    const text = 'قال لهم: الرسالة التي كتبتموه فيها وصلت';
    const token = segmentText(text).find((t) => t.text === 'كتبتموه')!;
    const [base, pron] = [token.segmentation.base, token.segmentation.suffixes[0]!];
    expect(text.slice(base.start, base.end)).toBe('كتبتمو');
    expect(text.slice(pron.start, pron.end)).toBe('ه');
  });

  // guards: «فقد» alone is ف + «قد»; names and a verb whose ه is a radical stay whole; the
  // perfect in ت and the words already split keep their analysis
  test.each([
    ['فقد', 'ف/ف/CONJ + قد/قد/STEM'],
    ['ففقده', 'ف/ف/CONJ + فقد/فقد/STEM + ه/ه/PRON'],
    ['فقدته', 'فقدت/فقدت/STEM + ه/ه/PRON'],
    ['غوته', 'غوته/غوته/STEM'],
    ['بيليه', 'بيليه/بيليه/STEM'],
    ['كورونا', 'كورونا/كورونا/STEM'],
    ['توجه', 'توجه/توجه/STEM'],
    ['قلدها', 'قلد/قلد/STEM + ها/ها/PRON'],
  ])('«%s» → %s', (word, expected) => {
    expect(pieces(word)).toBe(expected);
  });
});
