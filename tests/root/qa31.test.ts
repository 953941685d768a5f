import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 31: طامة «calamity» read as ال + لطم, فقاعة «bubble» as قوع, صابون «soap» as صوب,
// ديوك «roosters» as لدد, سئم «grew weary» as سوم, عساه as عسس, استغلت «exploited» as غلي,
// وجلهم «and most of them» as وجل «fear», صاح «shouted» as صحح, شر «evil» as شور, درء as دري.
describe('root: QA round 31', () => {
  test.each([
    ['الطامة', 'طمم'],
    ['طامات', 'طمم'],
    ['فقاعة', 'فقع'],
    ['الفقاعات', 'فقع'],
    ['الصابون', 'صبن'],
    ['وصابون', 'صبن'],
    ['الديوك', 'ديك'],
    ['للديوك', 'ديك'],
    ['سئم', 'سءم'],
    ['سئمت', 'سءم'],
    ['يسأم', 'سءم'],
    ['فاستغلت', 'غلل'],
    ['واستغلوا', 'غلل'],
    ['وجلهم', 'جلل'],
    ['وجلها', 'جلل'],
    ['صاح', 'صيح'],
    ['وصاح', 'صيح'],
    ['صاحوا', 'صيح'],
    ['شر', 'شرر'],
    ['وشر', 'شرر'],
    ['درء', 'درء'],
    ['لدرء', 'درء'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['عساه', 'عساها', 'عسى'])('gives the particle %s no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Guards: لديك «you have» and والديك «your parents», the name ديك, وجل «fear» alone, جل,
  // فصاحة «eloquence», صاحب, بشر «humans», استغل and يستغل, the surname ديوكاني.
  test.each([
    ['والديك', 'ولد'],
    ['وجل', 'وجل'],
    ['جل', 'جلل'],
    ['فصاحته', 'فصح'],
    ['صاحب', 'صحب'],
    ['بشر', 'بشر'],
    ['استغل', 'غلل'],
    ['يستغل', 'غلل'],
    ['الشر', 'شرر'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['لديك', 'ديك', 'ديوكاني'])('gives %s no root', (word) => {
    expect(root(word)).toBeUndefined();
  });
});
