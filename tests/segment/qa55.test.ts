// QA round 55: «فان» was always ف + «ان» (فإن written without its hamza), also where it is the
// «van» of a Dutch or Flemish name («روبن فان بيرسي») or the vehicle («سيارة فان»), which only
// the words around it tell: segmentText now looks at them. And و ف stayed on a form VIII or
// VII verb written, as it should be, with a bare alef when the verb is of middling frequency or
// its ت was taken in by the first radical («واطلع», «واتسع», «فاشتد» kept whole). The split and
// whole cases failed before the fixes; the guards pass before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { formAt, forms } from '../helpers/segment.js';

const formAtMemo = (text: string, index: number): string => formAt(text, index, true);

describe('segmentText: «فان» as «van»', () => {
  test.each([
    ['سجل المهاجم يوهان فان بيركهوفت هدفين', 3],
    ['فان بيركهوفت لاعب سريع', 0],
    ['قاد المدرب لوكاس فان دير ميلن الفريق', 3],
    ['صدمت سيارة فان مسرعة عمودا', 2],
    ['استأجر الرجل سيارة فان', 3],
    ['وصل الوفد إلى مدينة فان وزار قلعتها', 4],
  ])('keeps «فان» whole in «%s»', (text, index) => {
    expect(formAtMemo(text, index)).toBe('[فان]');
  });
  test.each([
    // guards: فإن before a common word, after a connective, before punctuation or a Latin word
    ['ولذلك فان معظم الطلاب نجحوا', 1],
    ['اذا تأخر القطار فان الركاب ينتظرون', 3],
    ['اذا اجتهد فان النتيجة مضمونة', 2],
    ['وبالتالي فان بيركهوفت سيغيب', 1],
    ['قال الخبير فان، بيركهوفت', 2],
    ['قال فان Gogh', 1],
    ['فان', 0],
  ])('splits «فان» in «%s»', (text, index) => {
    expect(formAtMemo(text, index)).toBe('ف+[ان]');
  });
  test('segment alone still reads ف + «ان»', () => {
    expect(forms(segment('فان'))).toBe('ف+[ان]');
  });
});

describe('segment: و ف before a verb with hamzat wasl', () => {
  test.each([
    ['واطلع', 'و+[اطلع]'],
    ['فاطلع', 'ف+[اطلع]'],
    ['واتسع', 'و+[اتسع]'],
    ['فاشتد', 'ف+[اشتد]'],
    ['واحتج', 'و+[احتج]'],
    ['وانشق', 'و+[انشق]'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
  test.each([
    // guards: a name of four letters after و, known splits, a noun that begins «وا»
    ['وايدج', '[وايدج]'],
    ['واتهم', 'و+[اتهم]'],
    ['واضطر', 'و+[اضطر]'],
    ['واحة', '[واحة]'],
    ['واسطة', '[واسطة]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});
