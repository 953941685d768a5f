// QA round 49 of names (news-006 and news-011, seed 110): a country or continent named by a word
// and a fixed adjective was cut after the word («[روسيا] البيضاء», «[غينيا] الاستوائية», «[آسيا]
// الصغرى», «[ألمانيا] الغربية»), and «بابوا» stood apart from «غينيا الجديدة». Invented sentences,
// run on hand-set tags so that the tests hold whatever the model says.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const L = 'B-LOC';
const IL = 'I-LOC';
const P = 'B-PERS';

describe('the adjective of a country named by two words joins it', () => {
  test('Belarus, Equatorial Guinea, the Germanies, Asia Minor, the Americas', () => {
    expect(rules('وصل الوزير إلى روسيا البيضاء أمس', [O, O, O, L, O, O]).tags).toEqual([O, O, O, L, IL, O]);
    expect(rules('فاز منتخب غينيا الاستوائية بالكأس', [O, O, L, O, O]).tags).toEqual([O, O, L, IL, O]);
    expect(rules('عاش الكاتب في ألمانيا الشرقية طويلا', [O, O, O, L, O, O]).tags).toEqual([O, O, O, L, IL, O]);
    expect(rules('سافر التجار إلى آسيا الصغرى قديما', [O, O, O, L, O, O]).tags).toEqual([O, O, O, L, IL, O]);
    expect(rules('تصدر البن من أميركا اللاتينية', [O, O, O, L, O]).tags).toEqual([O, O, O, L, IL]);
  });
  test('after «و», with hamza spellings', () => {
    expect(rules('زار أوكرانيا وروسيا البيضاء', [O, L, L, O]).tags).toEqual([O, L, L, IL]);
    expect(rules('لاعب من غينيا الإستوائية', [O, O, L, O]).tags).toEqual([O, O, L, IL]);
  });
  test('Papua New Guinea is one name', () => {
    expect(rules('تقع بابوا غينيا الجديدة شمال أستراليا', [O, L, L, O, O, L]).tags).toEqual([O, L, IL, IL, O, L]);
    expect(rules('عاصمة بابوا نيوغينيا بعيدة', [O, L, L, O]).tags).toEqual([O, L, IL, O]);
  });
  test('end to end, offsets slice the input', () => {
    const s = 'التقى رئيس روسيا البيضاء نظيره أمس';
    const locs = entities(s, { types: ['LOC'] });
    expect(locs.map((e) => e.text)).toContain('روسيا البيضاء');
    for (const e of locs) expect(s.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('guards: other adjectives, regions, other tags stay', () => {
  test('an adjective that names nothing, a region, a person, a clitic on the adjective', () => {
    expect(rules('زار روسيا الجديدة أمس', [O, L, O, O]).tags).toEqual([O, L, O, O]);
    expect(rules('دول أوروبا الشرقية فقيرة', [O, L, O, O]).tags).toEqual([O, L, O, O]);
    expect(rules('قال روسيا البيضاء', [O, P, O]).tags).toEqual([O, P, O]);
    expect(rules('زار روسيا والبيضاء', [O, L, O]).tags).toEqual([O, L, O]);
  });
  test('«بابوا» alone, a province', () => {
    expect(rules('زار إقليم بابوا أمس', [O, O, L, O]).tags).toEqual([O, O, L, O]);
  });
});
