import { describe, expect, test } from 'vitest';
import { createEntityRecognizer } from '../../src/ner/index.js';

describe('createEntityRecognizer', () => {
  test('adds names given by type', () => {
    const r = createEntityRecognizer({ gazetteer: { ORG: ['مختبر ضاد'], PERS: ['زيد الخيّاط'] } });
    const found = r.entities('أعلن مختبر ضاد أن زيد الخياط انضم إليه').map((e) => [e.type, e.text]);
    expect(found).toContainEqual(['ORG', 'مختبر ضاد']);
    expect(found).toContainEqual(['PERS', 'زيد الخياط']);
  });
  test('adds names given as { text, type } entries, after proclitics and whatever the spelling', () => {
    const r = createEntityRecognizer({ gazetteer: [{ text: 'مختبر ضاد', type: 'ORG' }] });
    const [e] = r.entities('وزار الوفد ومختبـــر ضاد').filter((x) => x.type === 'ORG');
    expect(e).toBeDefined();
    expect(e!.text).toBe('مختبـــر ضاد');
    expect(e!.score).toBe(1);
  });
  test('lets the gazetteer win over an overlapping model entity', () => {
    const r = createEntityRecognizer({ gazetteer: { MISC: ['منظمة شنغهاي للتعاون'] } });
    const e = r.entities('انعقدت قمة منظمة شنغهاي للتعاون');
    expect(e.map((x) => [x.type, x.text])).toContainEqual(['MISC', 'منظمة شنغهاي للتعاون']);
    expect(e.filter((x) => x.type === 'ORG')).toEqual([]);
  });
  test('still finds the model entities', () => {
    const r = createEntityRecognizer({ gazetteer: { ORG: ['مختبر ضاد'] } });
    expect(r.entities('زار الرئيس بوتين كازاخستان').some((e) => e.type === 'LOC')).toBe(true);
  });
  test('rejects bad options and gazetteers', () => {
    expect(() => createEntityRecognizer({ names: [] } as never)).toThrow(/unknown option 'names'/);
    expect(() => createEntityRecognizer({ gazetteer: { CITY: ['x'] } } as never)).toThrow(/unknown entity type 'CITY'/);
    expect(() => createEntityRecognizer({ gazetteer: { ORG: 'x' } } as never)).toThrow(/must be an array/);
    expect(() => createEntityRecognizer({ gazetteer: [{ text: 5, type: 'ORG' }] } as never)).toThrow(/must be a string/);
    expect(() => createEntityRecognizer({ gazetteer: 'x' } as never)).toThrow(TypeError);
    // an entry without a type is named, not reported as the type 'undefined'
    expect(() => createEntityRecognizer({ gazetteer: [{ text: 'مختبر ضاد' }] } as never)).toThrow(
      /^dhad\.createEntityRecognizer: gazetteer\[0\] has no type \(expected \{ text, type \} with type one of: PERS, /,
    );
    expect(() => createEntityRecognizer({ gazetteer: [{ text: 'مختبر ضاد', type: 'ORG' }, { name: 'زيد', type: undefined }] } as never)).toThrow(/gazetteer\[1\] has no type/);
    expect(() => createEntityRecognizer().entities(5 as never)).toThrow(/dhad\.entities/);
  });
});

describe('user gazetteer: Latin letters in any case', () => {
  test('a Latin name matches whatever its case in the text (Arabic has none)', () => {
    const r = createEntityRecognizer({ gazetteer: { ORG: ['OpenAI', 'Deep Mind Lab'], PERS: ['Élodie'] } });
    const found = r.entities('قالت OPENAI و openai إن مختبر DEEP MIND LAB تعاون مع ÉLODIE').map((e) => [e.type, e.text]);
    expect(found).toEqual([
      ['ORG', 'OPENAI'],
      ['ORG', 'openai'],
      ['ORG', 'DEEP MIND LAB'],
      ['PERS', 'ÉLODIE'],
    ]);
  });

  test('Arabic names are matched as before', () => {
    const r = createEntityRecognizer({ gazetteer: { ORG: ['مختبر ضاد'] } });
    expect(r.entities('زار مختبر ضاد').map((e) => e.text)).toEqual(['مختبر ضاد']);
  });
});

test('a gazetteer name with no word in it is skipped (a blank last line of a names file)', () => {
  const r = createEntityRecognizer({ gazetteer: { ORG: ['مختبر ضاد', '', '   ', '«»'] } });
  expect(r.entities('زار مختبر ضاد').map((e) => [e.type, e.text])).toEqual([['ORG', 'مختبر ضاد']]);
});
