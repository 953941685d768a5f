// API pass 14: adversarial and bad input. Speed defects are checked here by their output only
// (no timings); the times measured before and after are in the changelog.
import { describe, expect, test } from 'vitest';
import { createEntityRecognizer, entities, normalize, renderEntities, tokenize } from '../src/index.js';

describe('entities: a long chain of footnotes in square brackets', () => {
  test("'[1]' × 10^4 finishes (it overflowed the stack, each footnote asking about the one before)", () => {
    expect(entities('[1]'.repeat(10_000))).toEqual([]);
  });

  test('footnotes glued one after another after a word are still footnotes, however many', () => {
    const text = `قال الكاتب[5]${'[7]'.repeat(10_000)} ثم مضى`;
    expect(entities(text)).toEqual([]);
  });

  test('guard: a short chain of footnotes after a full stop is no number; a count in brackets still is', () => {
    expect(entities('دخل 57 جنديا.[45][46] ثم عادوا').map((e) => e.text)).toEqual(['57']);
    expect(entities('زار الوفد (57) مدينة').map((e) => [e.type, e.text])).toEqual([['NUM', '57']]);
    expect(entities('قتل [45] جنديا').map((e) => [e.type, e.text])).toEqual([['NUM', '45']]);
  });
});

describe('entities: years glued by hyphens without a space', () => {
  test("'1990-' × 2·10^4 gives one DATE per year (each year scanned back to the text start)", () => {
    const n = 20_000;
    const found = entities('1990-'.repeat(n));
    expect(found).toHaveLength(n);
    expect(found[n - 1]).toMatchObject({ type: 'DATE', text: '1990', start: 5 * (n - 1) });
  });

  test('guard: «من 1990 إلى 1995» is still one period', () => {
    expect(entities('عاش هناك من 1990 إلى 1995 ثم رحل')).toMatchObject([{ type: 'DATE', text: '1990 إلى 1995' }]);
  });
});

describe('renderEntities: options.colors must be a plain object', () => {
  const text = 'زار محمد القاهرة';
  test('a Map of colours or a class instance is a TypeError, not silently the default colours', () => {
    expect(() => renderEntities(text, [], { colors: new Map([['PERS', 'red']]) as never })).toThrow(
      /dhad\.renderEntities: options\.colors must be an object, got Map/,
    );
    expect(() => renderEntities(text, [], { colors: new Date() as never })).toThrow(/options\.colors must be an object, got Date/);
  });

  test('guard: plain, null-prototype and frozen colour objects still work', () => {
    const nullProto = Object.assign(Object.create(null) as object, { PERS: 'red' });
    for (const colors of [{ PERS: 'red' }, nullProto, Object.freeze({ PERS: 'red' })]) {
      expect(renderEntities(text, [{ type: 'PERS', start: 4, end: 8 }], { colors })).toContain('background: red');
    }
  });
});

describe('normalize: an unknown option is named before its value is read', () => {
  test('an unknown key whose getter throws is still "unknown option", as in every other function', () => {
    const options = Object.defineProperty({}, 'colour', { enumerable: true, get: () => { throw new Error('read'); } });
    expect(() => normalize('x', options as never)).toThrow(/dhad\.normalize: unknown option 'colour'/);
    expect(() => tokenize('x', options as never)).toThrow(/dhad\.tokenize: unknown option 'colour'/);
  });

  test('guard: a known option whose value is wrong is still named', () => {
    expect(() => normalize('x', { digits: 'roman' } as never)).toThrow(/options\.digits must be/);
  });
});

describe('createEntityRecognizer: a gazetteer that is a class instance is refused, as a Map is', () => {
  test('a Date or an object made by Object.create(names) is a TypeError, not silently no names', () => {
    expect(() => createEntityRecognizer({ gazetteer: new Date() as never })).toThrow(
      /dhad\.createEntityRecognizer: gazetteer must be a plain object of names by type or an array of \{ text, type \}, got Date/,
    );
    const inherited = Object.create({ PERS: ['سامي'] }) as object;
    expect(() => createEntityRecognizer({ gazetteer: inherited as never })).toThrow(/got object with a prototype/);
  });

  test('guard: literal, null-prototype and frozen gazetteers still give their names', () => {
    const nullProto = Object.assign(Object.create(null) as object, { PERS: ['سامي'] });
    for (const gazetteer of [{ PERS: ['سامي'] }, nullProto, Object.freeze({ PERS: Object.freeze(['سامي']) })]) {
      expect(createEntityRecognizer({ gazetteer }).entities('قابلت سامي اليوم').map((e) => [e.type, e.text])).toEqual([['PERS', 'سامي']]);
    }
  });
});
