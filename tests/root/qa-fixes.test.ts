import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// Errors found by reading root() on the 1,400 most frequent and sampled word types of news
// (.tmp QA round on news-005..007): each case is one error class that was fixed.
describe('root on frequent news words', () => {
  test.each([['هؤلاء'], ['لئلا'], ['أيهما'], ['أيهم']])(
    'treats a particle written with a hamza seat as a particle: %s',
    (word) => {
      expect(root(word)).toBeUndefined();
    },
  );

  test.each([['فى'], ['ان'], ['انه'], ['انها'], ['انما'], ['اما']])(
    'treats a bare particle written without its hamza or with ى as a particle: %s',
    (word) => {
      expect(root(word)).toBeUndefined();
    },
  );

  test('gives these spellings a root after a proclitic, where vowelled text has content words (فانٍ, وفى)', () => {
    // (Unvowelled فان is news text's فإن since QA round 23: see qa23.test.ts.)
    expect(root('فانٍ')).toBeDefined();
    expect(root('وفى')).toBe('وفي');
  });

  test('reads «ولي» as the noun (ولي العهد), not و + ل + ي', () => {
    expect(root('ولي')).toBe('ولي');
  });

  test.each([
    ['حل', 'حلل'],
    ['الحل', 'حلل'],
    ['سد', 'سدد'],
    ['طي', 'طوي'],
  ])('reads a bare two-letter noun as doubled rather than hollow: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test('still reads a hollow imperative after a conjunction (وقل)', () => {
    expect(root('وقل')).toBe('قول');
  });

  test.each([
    ['حاد', 'حدد'],
    ['حادة', 'حدد'],
  ])('reads فاعّ written فاع as a doubled active participle: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['إجراء', 'جري'],
    ['الإجراءات', 'جري'],
    ['سواء', 'سوي'],
    ['الهواء', 'هوي'],
  ])('reads a final hamza after a pattern alef as a weak radical: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['جاء', 'جيء'],
    ['ابتداء', 'بدء'],
    ['إنشاء', 'نشء'],
  ])('keeps a final hamza radical after a radical alef or where the root has it: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test('does not read a radical alef before a nisba ending (للغاية is ل + الغاية)', () => {
    expect(root('للغاية')).not.toBe('لغو');
  });
});

// QA round 4: errors found by reading root() on SaudiNewsNet, Tashkeela and Wikipedia text
// (news-000, 003, 010, 011, 014). Words are invented combinations of clitics and stems.
describe('root, QA round 4', () => {
  test.each([['وبيناير'], ['لفبراير'], ['ويوليه']])('gives a Gregorian month name no root: %s', (word) => {
    expect(root(word)).toBeUndefined();
  });

  test('keeps the roots of month names that are Arabic words too (مارس «practised»)', () => {
    expect(root('ومارس')).toBe('مرس');
  });

  test.each([['وبملايينهم'], ['بمليونين']])('files مليون under ملين, as PADT does: %s', (word) => {
    expect(root(word)).toBe('ملين');
  });

  test('reads the imperfect of رأى without its hamza (فسنرى), but not after ب', () => {
    expect(root('فسنرى')).toBe('رءي');
    expect(root('بيرى')).not.toBe('رءي');
  });

  test.each([['سيرى'], ['سترى'], ['سأرى'], ['وسيرى']])('reads the future س + يرى written with ى as رأى: %s', (word) => {
    expect(root(word)).toBe('رءي');
  });

  test.each([
    ['لاعبو', 'لعب'],
    ['وصانعو', 'صنع'],
    ['سائقو', 'سوق'],
    ['باحثو', 'بحث'],
    ['قاطنو', 'قطن'],
  ])('reads the construct plural و after فاعل (لاعبو المنتخب): %s → %s', (word, r) => {
    expect(root(word)).toBe(r);
  });

  test.each([['باردو'], ['بانكو'], ['ماريو'], ['باولو'], ['كارلو'], ['ساندو']])('leaves names in -و of the same shape rootless: %s', (word) => {
    expect(root(word)).toBeUndefined();
  });

  test.each([['التقت'], ['والتقوا'], ['التقينا'], ['التقيت'], ['التقاء'], ['الالتقاء'], ['والتقتا']])('reads the past and verbal noun of التقى (met) under لقي: %s', (word) => {
    expect(root(word)).toBe('لقي');
  });

  test.each([['التقني', 'تقن'], ['التقنية', 'تقن'], ['التقويم', 'قوم'], ['الوقت', 'وقت']])('keeps ال + a stem where the word is no form of التقى: %s → %s', (word, r) => {
    expect(root(word)).toBe(r);
  });

  test('reads «التعب» (fatigue) under تعب, not لعب', () => {
    expect(root('التعب')).toBe('تعب');
  });

  test.each([['سيري', 'سير'], ['سترة', 'ستر'], ['مسيرة', 'سير']])('keeps سير and ستر where the word is no future of يرى: %s', (word, r) => {
    expect(root(word)).toBe(r);
  });

  test('lets the final ي of فاعل stand for a و radical (التالي → تلو) and keeps ي radicals', () => {
    expect(root('وللتاليات')).toBe('تلو');
    expect(root('وبالماضي')).toBe('مضي');
  });
});
