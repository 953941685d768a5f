import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 82, one class, decided in the generator (scripts/build-stem-lexicon.ts): the dual
// of a defective perfect («التقيا», «قضيا») kept its alef, because its «Xيت» (first or second
// person) was all the perfect the dual rule counted; the third persons «التقت», «التقوا» (codes a,
// y) now count too, so the dual meets its masculine in ى. «ودعت» stays «دعا»: in news it is
// mostly «و» + «دعت» (called), and bade farewell is the rarer reading.
describe('stem QA round 82: the dual of a defective perfect', () => {
  test('the dual meets its masculine in ى', () => {
    expect(stem('التقيا')).toBe('التقي');
    expect(stem('التقيا')).toBe(stem('التقى'));
    expect(stem('والتقيا')).toBe(stem('التقى'));
    expect(stem('قضيا')).toBe('قضي');
    expect(stem('قضيا')).toBe(stem('قضى'));
    expect(stem('وقضيا')).toBe(stem('قضت'));
  });

  test('guards: other perfects and the duals already cut as before', () => {
    expect(stem('التقت')).toBe('التقي');
    expect(stem('التقوا')).toBe('التقي');
    expect(stem('التقيت')).toBe('التقي');
    expect(stem('انتهيا')).toBe('انتهي');
    expect(stem('كانا')).toBe('كان');
    expect(stem('اتفقتا')).toBe('اتفق');
  });

  test('guards: names and plurals in ـيا keep their letters', () => {
    expect(stem('سوريا')).toBe('سوريا');
    expect(stem('روسيا')).toBe('روسيا');
    expect(stem('قضايا')).toBe('قضايا');
  });

  test('guards: «ودعت» is read as «و» + «دعت» (called)', () => {
    expect(stem('ودعت')).toBe('دعا');
    expect(stem('ودعت')).toBe(stem('دعت'));
  });
});
