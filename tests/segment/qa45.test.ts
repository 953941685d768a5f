// QA round 45: و + the article before a stem of three letters stayed whole when the corpus knew
// neither the word nor the stem: «والخصف» is و + ال + «خصف». The split cases failed before the
// fix; the guards pass before and after. Invented words and sentences.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

describe('segment: و + ال before an unknown stem of three letters', () => {
  test.each([
    ['والخصف', 'و+ال+[خصف]'],
    ['واللمز', 'و+ال+[لمز]'],
    ['والوهط', 'و+ال+[وهط]'],
    ['والجثم', 'و+ال+[جثم]'],
    ['والشطف', 'و+ال+[شطف]'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
  test('in running text', () => {
    const words = segmentText('نسج الحصير من السعف والخصف في القرية');
    expect(forms(words[4]!.segmentation)).toBe('و+ال+[خصف]');
    expect(words[4]!.segmentation.base.text).toBe('خصف');
  });
  test.each([
    // ف ب before three letters (Fal-, Bal- loanwords and names), a stem in ي, a form VIII
    // verb of a root in ل, a stem in alef (Wal- names), a word the corpus knows
    ['فالموث', '[فالموث]'],
    ['بالوظة', '[بالوظة]'],
    ['واليست', '[واليست]'],
    // (QA round 58: و + the verb «التحم», never the article: see docs/segment.md step 35)
    ['والتحم', 'و+[التحم]'],
    ['والاكز', '[والاكز]'],
    ['والتر', '[والتر]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});
