import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entities } from '../../src/ner/index.js';
import { ROOT } from '../helpers/shared.js';
import { wellFormed } from '../helpers/entities.js';

const CORPUS = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');


describe('entities: bad input', () => {
  test('rejects a non-string with a TypeError naming dhad.entities', () => {
    expect(() => entities(42 as unknown as string)).toThrow(new TypeError('dhad.entities: expected a string, got number'));
    expect(() => entities(null as unknown as string)).toThrow(/dhad\.entities/);
  });
  test('returns [] for the empty string', () => {
    expect(entities('')).toEqual([]);
  });
  test('rejects unknown option keys and unknown entity types', () => {
    expect(() => entities('نص', { type: ['LOC'] } as never)).toThrow(/unknown option 'type'/);
    expect(() => entities('نص', { types: ['CITY'] } as never)).toThrow(/unknown entity type 'CITY'/);
    expect(() => entities('نص', { types: 'LOC' } as never)).toThrow(TypeError);
  });
  test('handles text with no Arabic, only punctuation or only spaces', () => {
    for (const t of ['   ', '...!؟', 'hello world', '\n\n\n']) wellFormed(t, entities(t));
  });
});

describe('entities: spans', () => {
  const found = entities(CORPUS);
  test('every span is a slice of the input, sorted and disjoint', () => {
    expect(found.length).toBeGreaterThan(20);
    wellFormed(CORPUS, found);
  });
  test('finds the summit organisation, the host country and the visiting president', () => {
    const has = (type: string, text: string) => found.some((e) => e.type === type && e.text === text);
    expect(has('ORG', 'منظمة شنغهاي للتعاون')).toBe(true);
    expect(has('LOC', 'كازاخستان')).toBe(true);
    expect(has('PERS', 'بوتين')).toBe(true);
  });
  test('starts a span after attached proclitics', () => {
    const e = entities('التقى الرئيس بوتين في روسيا وبيلاروسيا', { types: ['LOC'] });
    expect(e.map((x) => x.text)).toContain('بيلاروسيا');
    const b = e.find((x) => x.text === 'بيلاروسيا')!;
    expect(b.form).toBe('بيلاروسيا');
  });
  test('restores the article in the form after «لل»', () => {
    const e = entities('وقدم طلبا رسميا للأمم المتحدة أمس').find((x) => x.type === 'ORG');
    expect(e).toBeDefined();
    expect(e!.form).toBe('الأمم المتحدة');
    expect(e!.text.endsWith('المتحدة')).toBe(true);
  });
  test('starts a «لل» word after the preposition ل: the span keeps the article\'s lam, marks and tatweel included', () => {
    for (const t of ['وقدم طلبا للأمم المتحدة أمس', 'وقدم طلبا لِلأُمَمِ المتحدة أمس', 'وقدم طلبا لـلأمم المتحدة أمس']) {
      const e = entities(t, { types: ['ORG'] })[0];
      expect(e, t).toBeDefined();
      expect(e!.text.replace(/[\u064b-\u065f\u0640]/g, '')).toBe('لأمم المتحدة');
      expect(e!.form).toBe('الأمم المتحدة');
      expect(t.slice(e!.start, e!.end)).toBe(e!.text);
    }
  });
  test('keeps offsets in the original text when the text is tatweel-stretched or diacritized', () => {
    const plain = 'وصل الرئيس الروسي فلاديمير بوتين إلى كازاخستان';
    const stretched = 'وصل الرئيـــس الروسي فلاديـــمير بوتيـــن إلى كازاخـــستان';
    const marked = 'وَصَلَ الرَّئِيسُ الرُّوسِيُّ فلاديمير بوتين إِلَى كازاخستان';
    const types = (t: string) => entities(t).map((e) => e.type);
    for (const t of [stretched, marked]) {
      wellFormed(t, entities(t));
      expect(types(t)).toEqual(types(plain));
    }
  });
  test('reads Persian yeh/keheh and presentation forms like the Arabic letters', () => {
    const plain = 'قال الرئيس الأمريكي باراك أوباما في واشنطن';
    const persian = plain.replace(/ي/g, 'ی').replace(/ك/g, 'ک');
    expect(entities(persian).map((e) => [e.type, e.start, e.end])).toEqual(entities(plain).map((e) => [e.type, e.start, e.end]));
  });
  test('filters by options.types', () => {
    const only = entities(CORPUS, { types: ['PERS'] });
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((e) => e.type === 'PERS')).toBe(true);
  });
  test('is deterministic and independent of what was recognized before', () => {
    const a = entities('زار بوتين بيلاروسيا');
    entities(CORPUS);
    expect(entities('زار بوتين بيلاروسيا')).toEqual(a);
  });
  test('gives the same entities for a text and for two copies of it, shifted', () => {
    const s = 'أعلنت منظمة الصحة العالمية في جنيف عن خطة جديدة.';
    const one = entities(s);
    const two = entities(s + '\n' + s);
    const shifted = two.filter((e) => e.start > s.length).map((e) => ({ ...e, start: e.start - s.length - 1, end: e.end - s.length - 1 }));
    expect(shifted).toEqual(one);
  });
});
