// QA round 74: «لبث» after «ما» and «لم» is the verb (he stayed; «ما لبث أن» he soon …), yet it
// was read as ل + «بث» (to broadcast), the reading it has after a noun («مبادرة لبث البرامج»).
// segmentText now keeps it whole after «ما», «وما», «فما», «لم», «ولم», «فلم» when only spaces
// stand between; the word alone, after a noun or a verb, and «البث» keep their reading. The fix
// cases failed before the change; the guards pass before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import { formAt, forms } from '../helpers/segment.js';

describe('segmentText: «لبث» after «ما», «لم» is the verb', () => {
  test.each([
    ['ما لبث الوفد أن غادر القاعة', 1, '[لبث]'],
    ['وصل الضيف وما لبث أن تحدث عن رحلته', 3, '[لبث]'],
    ['هطل المطر فما لبث الناس أن تفرقوا', 3, '[لبث]'],
    ['ثم ما لبث أن عاد إلى بلده', 2, '[لبث]'],
    ['لم لبث الوفد في المدينة طويلا؟', 1, '[لبث]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test('the article option does not change the reading', () => {
    const words = segmentText('ما لبث الوفد أن غادر', { splitArticle: false });
    expect(forms(words[1]!.segmentation)).toBe('[لبث]');
  });

  test.each([
    ['أطلقت القناة مبادرة لبث البرامج', 3, 'ل+[بث]'],
    ['تسعى الشركة لبث المباريات كاملة', 2, 'ل+[بث]'],
    ['قال ما، لبث البرامج أولى', 2, 'ل+[بث]'],
    ['ما البث المباشر إلا بداية', 1, 'ال+[بث]'],
    ['لم يلبث الوفد أن غادر', 1, '[يلبث]'],
    ['وما لبثت الحكومة أن تراجعت', 1, '[لبثت]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
  });

  test('guard: the word alone keeps ل + «بث»', () => {
    expect(forms(segment('لبث'))).toBe('ل+[بث]');
  });
});
