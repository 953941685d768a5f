import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 87: the past of a hollow أفعل before the lone ending ت «I, you» (and نا, تم where a
// hamza root still won) keeps its hollow root — أشرت، أشرنا «I, we pointed out» of شور (not ءشر),
// أصبت «I hit, was hit» of صوب (not صبو), أجبت «I answered» of جوب (not جبي), أفدت «I informed» of
// فيد (not فدي) — and أضفت, mostly أضفَت «she bestowed», of ضفو (not ضفف); the loanwords التتر،
// التترية «the Tatars, Tatar» (not تور، وري) and نترات «nitrates» (not تور) have no root.
describe('root: QA round 87', () => {
  test.each([
    ['أشرت', 'شور'],
    ['وأشرت', 'شور'],
    ['أشرنا', 'شور'],
    ['وأشرنا', 'شور'],
    ['أشرتم', 'شور'],
    ['أصبت', 'صوب'],
    ['وأصبت', 'صوب'],
    ['أجبت', 'جوب'],
    ['فأجبته', 'جوب'],
    ['أفدت', 'فيد'],
    ['أضفت', 'ضفو'],
    ['وأضفت', 'ضفو'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['التتر', 'والتتر', 'تتر', 'للتتر', 'التتري', 'التترية', 'والتترية', 'نترات', 'ونترات', 'بنترات'])(
    '%s has no root',
    (word) => {
      expect(root(word)).toBeUndefined();
    },
  );

  // Guards: أردت keeps رود; the feminine past of a doubled, defective or hamza verb keeps its
  // root (أقرت قرر، أسست ءسس، أجرت جري، أكدت ءكد، أبدت بدو); مؤشر «indicator» keeps ءشر, أضف «add!»
  // and أضفنا ضيف, أصبنا صوب; باشرت «began» keeps بشر, وافد «incoming» وفد; تترك «leaves» keeps
  // ترك, تتراوح «ranges» روح, التتريك «Turkification» ترك, المستتر «hidden» ستر.
  test.each([
    ['أردت', 'رود'],
    ['أقرت', 'قرر'],
    ['أسست', 'ءسس'],
    ['أجرت', 'جري'],
    ['أكدت', 'ءكد'],
    ['أبدت', 'بدو'],
    ['مؤشر', 'ءشر'],
    ['أضف', 'ضيف'],
    ['أضفنا', 'ضيف'],
    ['أصبنا', 'صوب'],
    ['باشرت', 'بشر'],
    ['وافد', 'وفد'],
    ['تترك', 'ترك'],
    ['تتراوح', 'روح'],
    ['التتريك', 'ترك'],
    ['المستتر', 'ستر'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
