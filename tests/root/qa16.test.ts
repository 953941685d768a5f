import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 16 (word tokens of news-008 and news-010, read by eye). The words are invented
// inflections and clitic forms, not copied sentences.
describe('the relative adjective of a name the guard rejects has no root', () => {
  test.each(['الياباني', 'للياباني', 'اليوناني', 'لليوناني', 'البوسني', 'والبوسني', 'الكودي'])('%s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // guards: other forms of the same names that were rootless already
  test.each(['اليابانيون', 'واليونانية', 'البوسنيين', 'الباليستية', 'الفلسطيني', 'الروسية'])('%s still has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  test.each([
    // guards: Arabic adjectives, defective participles and the Turks keep their roots
    ['السياسي', 'سوس'],
    ['العلمية', 'علم'],
    ['المتتالية', 'تلو'],
    ['المتدني', 'دني'],
    ['الأغاني', 'غني'],
    ['الأولوية', 'ولي'],
    ['الزاوية', 'زوي'],
    ['التركية', 'ترك'],
    ['الهندي', 'هند'],
    ['الميلادي', 'ولد'],
    ['يعني', 'عني'],
  ])('%s stays %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
