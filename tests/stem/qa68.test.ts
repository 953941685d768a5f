import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 68, one class: reflexive perfects (forms V and VI) in the feminine whose
// imperfect is rarer still than round 67's, a tension, a childhood, a postponed match
// («توترت», «ترعرعت», «تأجلت», «توطدت»), some with a masdar that nearly always takes the
// article («التوتر»). They kept their ت; now the feminine itself is the evidence: it never takes
// the article and often opens a narrative sentence after و or ف (scripts/build-stem-lexicon.ts,
// pastFeminine), so it meets its masculine.
describe('stem QA round 68: a reflexive perfect shown by its own narrative use', () => {
  test('the feminine perfect meets its masculine', () => {
    expect(stem('توترت')).toBe('توتر');
    expect(stem('وتوترت')).toBe(stem('توتر'));
    expect(stem('ترعرعت')).toBe('ترعرع');
    expect(stem('وترعرعت')).toBe(stem('ترعرع'));
    expect(stem('تأجلت')).toBe('تاجل');
    expect(stem('وتأجلت')).toBe(stem('تأجل'));
    expect(stem('توطدت')).toBe('توطد');
    expect(stem('تكثفت')).toBe(stem('تكثف'));
    expect(stem('وتهدمت')).toBe('تهدم');
    expect(stem('تتابعت')).toBe(stem('تتابع'));
    expect(stem('تأزمت')).toBe('تازم');
  });

  test('its duals meet it too', () => {
    expect(stem('تأزما')).toBe('تازم');
    expect(stem('تتابعا')).toBe('تتابع');
  });

  test('guards: masdars and nouns in ـت, names, other perfects', () => {
    expect(stem('التوتر')).toBe('توتر');
    expect(stem('توقيت')).toBe('توقيت');
    expect(stem('تصويت')).toBe('تصويت');
    expect(stem('التابوت')).toBe('تابوت');
    expect(stem('تفاوت')).toBe('تفاوت');
    expect(stem('تكريت')).toBe('تكريت');
    expect(stem('تأسست')).toBe('تاسس');
    expect(stem('تعافت')).toBe('تعافي');
  });
});
