// QA round 136: «لقمة» (a morsel) of the idioms «لقمة العيش» (one's living), «لقمة عيشه» and
// «لقمة سائغة» (easy prey) was read as ل + «قمة» (for the summit) by segmentText. It now keeps
// «لقمة» whole when the next word, after spaces only, is «العيش», «عيش» with a pronoun or
// «سائغة» (isMorsel); before anything else («لقمة العشرين», «لقمة مجموعة السبع») it stays ل +
// «قمة». Over the 16 unlabeled news files 88 bare «لقمة» stand before such a word.
// The fix cases failed before the change; the guards pass before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segmentText } from '../../src/index.js';
import { formAt } from '../helpers/segment.js';

describe('«لقمة» (a morsel) before «العيش», «عيشه», «سائغة»', () => {
  test.each([
    ['يكافح العمال من أجل لقمة العيش كل يوم', 4, '[لقمة]'],
    ['خرج الشاب يبحث عن لقمة عيشه في المدينة', 4, '[لقمة]'],
    ['لم تعد لقمة العيش سهلة', 2, '[لقمة]'],
    ['أصبحت المدينة لقمة سائغة للمهاجمين', 2, '[لقمة]'],
    ['وانشغل الناس بتأمين لقمة عيشهم اليومية', 3, '[لقمة]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
  });

  test('the whole word keeps its offsets', () => {
    const text = 'من أجل لقمة العيش';
    const w = segmentText(text)[2]!;
    expect(w.segmentation.prefixes).toEqual([]);
    expect(w.segmentation.base).toMatchObject({ text: 'لقمة', form: 'لقمة', start: 7, end: 11 });
    expect(text.slice(w.segmentation.base.start, w.segmentation.base.end)).toBe('لقمة');
  });
});

describe('guards: «لقمة» for the summit stays ل + «قمة»', () => {
  test.each([
    ['توجه الرئيس لقمة العشرين في اليابان', 2],
    ['استعدادا لقمة مجموعة السبع المقبلة', 1],
    ['وصل الوفد لقمة تاريخية بين الزعيمين', 2],
    // the cue must follow at once, across spaces only
    ['توجه الرئيس لقمة، العيش فيها مكلف', 2],
  ])('%s (word %i)', (text, index) => {
    expect(formAt(text, index)).not.toBe('[لقمة]');
    expect(segmentText(text)[index]!.segmentation.prefixes.map((m) => m.form)).toEqual(['ل']);
  });
});
