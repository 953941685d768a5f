// QA round 36: `tokenize` keeps a Latin word behind Arabic proclitics in one token («وCNN»,
// «لـCNN», «الـiPhone», «بالـA380», «للـCNN»), so that clitic segmentation can split it; but
// `segment` returned every word with a non-Arabic character whole, and `stem('وCNN')` was
// «وCNN»: an index kept «CNN», «وCNN» and «لCNN» apart. The proclitics now split off (و ف, then
// ب ك ل, then the article, لل for ل + ال), the tatweel staying with the last of them, and the
// Latin rest is the base. The split cases failed before the fix; the guards (other mixes of
// scripts) pass before and after. Invented words.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import { stem } from '../../src/stem/index.js';
import { pieces } from '../helpers/segment.js';

describe('segment: proclitics before a Latin word', () => {
  test.each([
    ['وCNN', 'و/و/CONJ + CNN/CNN/STEM'],
    ['لـCNN', 'لـ/ل/PREP + CNN/CNN/STEM'],
    ['الـiPhone', 'الـ/ال/DET + iPhone/iPhone/STEM'],
    ['بالـA380', 'ب/ب/PREP + الـ/ال/DET + A380/A380/STEM'],
    ['وMP3', 'و/و/CONJ + MP3/MP3/STEM'],
    ['للـCNN', 'ل/ل/PREP + لـ/ال/DET + CNN/CNN/STEM'],
    ['وللـBBC', 'و/و/CONJ + ل/ل/PREP + لـ/ال/DET + BBC/BBC/STEM'],
    ['فبالـiPad', 'ف/ف/CONJ + ب/ب/PREP + الـ/ال/DET + iPad/iPad/STEM'],
    ['كـNASA', 'كـ/ك/PREP + NASA/NASA/STEM'],
    ['وـــGPS', 'وـــ/و/CONJ + GPS/GPS/STEM'],
    ['وَCNN', 'وَ/و/CONJ + CNN/CNN/STEM'],
    ['و3D', 'و/و/CONJ + 3D/3D/STEM'],
    ['والـé', 'و/و/CONJ + الـ/ال/DET + é/é/STEM'],
    ['وB', 'و/و/CONJ + B/B/STEM'],
  ])('splits «%s»: %s', (word, expected) => {
    expect(pieces(word)).toBe(expected);
  });

  test.each([
    ['الـiPhone', 'الـiPhone/الiPhone/STEM'],
    ['بالـA380', 'ب/ب/PREP + الـA380/الA380/STEM'],
    ['وللـBBC', 'و/و/CONJ + ل/ل/PREP + لـBBC/الBBC/STEM'],
    ['وCNN', 'و/و/CONJ + CNN/CNN/STEM'],
  ])('with splitArticle: false keeps the article in the base: «%s» → %s', (word, expected) => {
    expect(pieces(word, false)).toBe(expected);
  });

  test('segmentText splits the token, offsets into the text', () => {
    const [, token] = segmentText('قالت وCNN إن');
    expect(token!.segmentation.prefixes.map((m) => [m.text, m.start, m.end])).toEqual([['و', 5, 6]]);
    expect(token!.segmentation.base).toEqual({ text: 'CNN', form: 'CNN', start: 6, end: 9, tag: 'STEM' });
  });

  // guards: no proclitic chain, the future س (only before a verb), a written «لال», Arabic
  // letters after the Latin ones, other scripts, a letter inside an Arabic word, digits alone
  test.each(['سـCNN', 'لالـCNN', 'ببCNN', 'وCNNـ', 'وaربية', 'العaربية', 'وПутин', 'CNN', 'MP3', 'ٱلـCNN', 'و2', 'بـ25'])('keeps «%s» whole', (word) => {
    const s = segment(word);
    expect(s.prefixes).toEqual([]);
    expect(s.base.text).toBe(word);
  });
});

describe('stem: proclitics before a Latin word', () => {
  test.each([
    ['وCNN', 'CNN'],
    ['لـCNN', 'CNN'],
    ['الـiPhone', 'iPhone'],
    ['بالـA380', 'A380'],
    ['للـCNN', 'CNN'],
    ['وB', 'B'],
    ['الـPDF', 'PDF'],
  ])('stem(«%s») is «%s»', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
  test.each(['CNN', 'iPhone', 'سـCNN', 'وПутин'])('guard: stem(«%s») unchanged', (word) => {
    expect(stem(word)).toBe(word.replace(/\u0640/g, ''));
  });
});
