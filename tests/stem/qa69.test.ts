import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 69, one class: names, a loan and nouns whose ين or ان only looks like the
// ending of a sound plural or a dual, because the letters before it are a common word whose
// other case the corpus shows too («مار» beside «مارون», «شعب» beside «الشعبين»): «مارين»
// (Marine), «شعبان» (the month, a surname), «حسنين», «صابرين», «سيرين», «حمدان», «حمدين», the
// loan «فورين» and the nouns «تبيان», «ماعون» lost their ending. They are listed in
// scripts/build-stem-lexicon.ts (OWN_ENDING_WORDS) and keep it now.
describe('stem QA round 69: a name whose ending only looks like a plural or a dual', () => {
  test('names keep their ين or ان', () => {
    expect(stem('مارين')).toBe('مارين');
    expect(stem('ومارين')).toBe('مارين');
    expect(stem('شعبان')).toBe('شعبان');
    expect(stem('وشعبان')).toBe('شعبان');
    expect(stem('حسنين')).toBe('حسنين');
    expect(stem('صابرين')).toBe('صابرين');
    expect(stem('سيرين')).toBe('سيرين');
    expect(stem('حمدان')).toBe('حمدان');
    expect(stem('الحمدان')).toBe('حمدان');
    expect(stem('حمدين')).toBe('حمدين');
  });

  test('a loan and two nouns keep it too', () => {
    expect(stem('فورين')).toBe('فورين');
    expect(stem('تبيان')).toBe('تبيان');
    expect(stem('لتبيان')).toBe('تبيان');
    expect(stem('ماعون')).toBe('ماعون');
  });

  test('guards: real duals and plurals, other names', () => {
    expect(stem('الشعبين')).toBe('شعب');
    expect(stem('للشعبين')).toBe('شعب');
    expect(stem('المسلمين')).toBe('مسلم');
    expect(stem('شخصين')).toBe('شخص');
    expect(stem('القوانين')).toBe('قوانين');
    expect(stem('نسرين')).toBe('نسرين');
    expect(stem('ياسين')).toBe('ياسين');
    expect(stem('مارتين')).toBe('مارتين');
  });
});
