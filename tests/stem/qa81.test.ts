import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 81, two classes, decided in the generator (scripts/build-stem-lexicon.ts) with one
// new code in src/stem/dhad.ts. (1) Defective perfects whose stump X is a function word or an
// imperfect of another verb («هوت»: «هو»; «تعدت»: «تعد») kept their ت or lost it to X: they now
// meet their masculine in ى. (2) The jussive of a defective verb after «لم», «لا» («لم يأت», «لم
// يبق», «لم تنته») lost its ي: code j puts it back, so it meets its indicative.
describe('stem QA round 81: defective perfects beside a function word', () => {
  test('the feminine perfect meets its masculine in ى', () => {
    expect(stem('هوت')).toBe('هوي');
    expect(stem('وهوت')).toBe('هوي');
    expect(stem('هوت')).toBe(stem('هوى'));
    expect(stem('تعدت')).toBe('تعدي');
    expect(stem('وتعدت')).toBe('تعدي');
    expect(stem('تعدت')).toBe(stem('تعدى'));
    expect(stem('تحلت')).toBe(stem('تحلى'));
    expect(stem('انتمت')).toBe(stem('انتمى'));
  });

  test('guards: the pronouns and the imperfect stay', () => {
    expect(stem('هو')).toBe('هو');
    expect(stem('أنت')).toBe('انت');
    expect(stem('تعد')).toBe('تعد');
    expect(stem('يعد')).toBe('يعد');
    expect(stem('بنت')).toBe('بنت');
  });
});

describe('stem QA round 81: the jussive of a defective verb', () => {
  test('the jussive meets its indicative', () => {
    expect(stem('يأت')).toBe('ياتي');
    expect(stem('يأت')).toBe(stem('يأتي'));
    expect(stem('تأت')).toBe(stem('تأتي'));
    expect(stem('يبق')).toBe('يبقي');
    expect(stem('يبق')).toBe(stem('يبقى'));
    expect(stem('تنته')).toBe(stem('تنتهي'));
    expect(stem('يكتف')).toBe(stem('يكتفي'));
    expect(stem('يتسن')).toBe(stem('يتسنى'));
    expect(stem('تلق')).toBe(stem('تلقى'));
  });

  test('with an object pronoun too', () => {
    expect(stem('يعط')).toBe('يعطي');
    expect(stem('يعطه')).toBe('يعطي');
    expect(stem('يعطه')).toBe(stem('يعطي'));
  });

  test('guards: strong, hollow and doubled verbs as before', () => {
    expect(stem('يجد')).toBe('يجد');
    expect(stem('تقدم')).toBe('تقدم');
    expect(stem('يضف')).toBe('يضف');
    expect(stem('يثر')).toBe('يثر');
    expect(stem('تخف')).toBe('تخف');
    expect(stem('يرق')).toBe('يرق');
    expect(stem('يكف')).toBe('يكف');
    expect(stem('تجر')).toBe('تجر');
    expect(stem('يدع')).toBe('يدع');
    expect(stem('تدع')).toBe('تدع');
  });
});
