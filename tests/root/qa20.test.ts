import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 20 (news-005, news-015). Invented words only.
describe('root, QA round 20', () => {
  test.each([
    // A written و before the ت of افتعل is no first radical: it assimilates (اتّهم).
    ['موتنا', 'موت'],
    ['وموتهم', 'موت'],
    ['توترا', 'وتر'],
    ['اوتر', 'وتر'],
    // Lexical stems.
    ['يستند', 'سند'],
    ['وتستندون', 'سند'],
    ['استندت', 'سند'],
    ['المعادية', 'عدو'],
    ['عاديا', 'عود'],
    ['تتمنوا', 'مني'],
    ['تسئ', 'سوء'],
    ['وشكا', 'شكو'],
    ['حلوا', 'حلو'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['سيناء', 'كلوب', 'الشيشاني', 'التشيك', 'تشيكيا', 'فيلا', 'والفيلات', 'أستون', 'بروفة', 'غابانا'])(
    '%s has no root',
    (word) => {
      expect(root(word)).toBeUndefined();
    },
  );

  // Guards: unchanged.
  test.each([
    ['كفيلا', 'كفل'],
    ['اتصل', 'وصل'],
    ['متهم', 'وهم'],
    ['التوتر', 'وتر'],
    ['مستند', 'سند'],
    ['عادي', 'عود'],
    ['يتمنى', 'مني'],
    ['موته', 'موت'],
    ['البتة', 'بتت'],
    ['بسيناء', undefined],
  ])('%s stays %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
