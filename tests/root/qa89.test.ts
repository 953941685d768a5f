import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 89: الماس «the diamond» and الماسي «diamond (adj.)» (والماس، الماسية، الماسيين، ماسية
// «diamond-shaped») are of موس, where the Qamus and the Lisan file الماس, not ميس «strut»; وجيري
// «and Jerry» (of «توم وجيري») has no root, not جور «neighbour»; nor have the foreign names كريت
// (Crete, not كري), فرويد (Freud, not رود), زاك (Zac, not زكي), بروني (Bruni, not بري) and بيرم
// (Bayram, not برم), after their proclitics too.
describe('root: QA round 89', () => {
  test.each([
    ['الماس', 'موس'],
    ['والماس', 'موس'],
    ['بالماس', 'موس'],
    ['الماسي', 'موس'],
    ['والماسي', 'موس'],
    ['الماسية', 'موس'],
    ['بالماسية', 'موس'],
    ['الماسيين', 'موس'],
    ['ماسية', 'موس'],
    ['ماسيّة', 'موس'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['وجيري', 'كريت', 'لكريت', 'وكريت', 'فرويد', 'زاك', 'لزاك', 'بروني', 'لبروني', 'بيرم', 'لبيرم', 'ببيرم'])(
    '%s has no root',
    (word) => {
      expect(root(word)).toBeUndefined();
    },
  );

  // Guards: ماس alone (Maas, or ماسّ «touching») and ماسي (Massey) keep what they had; الماسة،
  // ماسة keep مسس; جيري «Jerry» stays rootless, الجيري «limy» keeps جير, جيران «neighbours» جور;
  // المآسي «the tragedies», with its hamza, is not موس; زكي، زكاة «pure, alms» keep زكي, أبرم
  // «concluded» برم.
  test.each([
    ['زكي', 'زكي'],
    ['زكاة', 'زكي'],
    ['أبرم', 'برم'],
    ['ماس', 'ميس'],
    ['ماسي', 'ميس'],
    ['الماسة', 'مسس'],
    ['الجيري', 'جير'],
    ['جيران', 'جور'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test('guard: جيري «Jerry» has no root, المآسي is not موس', () => {
    expect(root('جيري')).toBeUndefined();
    expect(root('المآسي')).not.toBe('موس');
  });
});
