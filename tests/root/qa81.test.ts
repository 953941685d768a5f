import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 81: two seed roots that were missing: لفو (تلافى «avert», تلافي، لتلافي، يتلافى,
// read as تلف) and غمي (أغمي عليه «fainted», إغماء, read as غمم or rootless), and the listed
// foreign names فلافيان (Flavian) and لافو (Lavaux), which لفو would take.
describe('root: QA round 81', () => {
  test.each([
    ['تلافي', 'لفو'],
    ['لتلافي', 'لفو'],
    ['وتلافي', 'لفو'],
    ['تلافيها', 'لفو'],
    ['يتلافى', 'لفو'],
    ['وسنتلافى', 'لفو'],
    ['أغمي', 'غمي'],
    ['إغماء', 'غمي'],
    ['والإغماء', 'غمي'],
    ['يغمى', 'غمي'],
    ['مغمى', 'غمي'],
    ['فلافيان', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: ملف «file» and its forms keep لفف, ملفت «striking» keeps لفت, تلف «damage» and
  // تلفيات keep تلف, غم «grief» keeps غمم, لغم «mine» keeps لغم, and لافو stays rootless.
  test.each([
    ['ملف', 'لفف'],
    ['ملفا', 'لفف'],
    ['ملفي', 'لفف'],
    ['الملفات', 'لفف'],
    ['ملفت', 'لفت'],
    ['تلف', 'تلف'],
    ['تلفا', 'تلف'],
    ['إتلاف', 'تلف'],
    ['تلفيات', 'تلف'],
    ['غم', 'غمم'],
    ['غما', 'غمم'],
    ['بغم', 'غمم'],
    ['لغم', 'لغم'],
    ['الألغام', 'لغم'],
    ['غيوم', 'غيم'],
    ['لافو', undefined],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
