// QA round 21 of names (ANT agencies, news-007, and Arabic Wikipedia, news-013, read by eye):
// common words and wrong types — an adjective after «غير» or «بشكل» read as a given name
// («غير [صالح]», «بشكل [سليم]»), a verbal noun after «عدم» («عدم [رضا]»), a river, mountain or
// valley read as an organisation or MISC («نهر [التايمز]ORG»), and the cleric's title «آية الله»
// read as God («آية [الله]MISC علي خامنئي»), on invented sentences: first on hand-set tags, so
// that the rule is tested whatever the model says, then through entities().
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const B = 'B-PERS';
const I = 'I-PERS';
const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('an adjective after «غير» or a noun of manner is no given name', () => {
  test('«غير صالح», «بشكل غير عادل», «بشكل سليم», «عدم رضا»', () => {
    expect(rules('هذا الجسر غير صالح للعبور', [O, O, O, B, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('عوملوا بشكل غير عادل في المحكمة', [O, O, O, B, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('لا يعمل الجهاز بشكل سليم منذ أمس', [O, O, O, O, B, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('وهناك عدم رضا عن الخدمة', [O, O, B, O, O]).tags).toEqual([O, O, O, O, O]);
  });
  test('guards: «غير» as "other than" or the verb, a name without a feminine, a definite word', () => {
    // «مرشح آخر غير سعيد»: "other than Saeed"
    expect(rules('لن ننتخب مرشحا آخر غير سعيد في الدورة', [O, O, O, O, O, B, O, O]).tags).toEqual([O, O, O, O, O, B, O, O]);
    // «غيّر أردوغان»: no adjective «أردوغانة»
    expect(rules('ثم غير أردوغان رأيه', [O, O, B, O]).tags).toEqual([O, O, B, O]);
    // «غيّر الناصر»: a definite name, whose «الناصرة» is Nazareth
    expect(rules('وقد غير الناصر سياسته', [O, O, B, O]).tags).toEqual([O, O, B, O]);
    // a PERS of two words stays
    expect(rules('ثم غير صالح العلي رأيه', [O, O, B, I, O]).tags).toEqual([O, O, B, I, O]);
  });
});

describe('a name after a river, mountain, lake or valley is a place', () => {
  test('ORG or MISC after «نهر/جبل/بحيرة/وادي/جزيرة» becomes LOC', () => {
    expect(rules('عبر القارب نهر التايمز أمس', [O, O, O, 'B-ORG', O]).tags).toEqual([O, O, O, 'B-LOC', O]);
    expect(rules('صعدوا إلى قمة جبل الزيتون الأخضر', [O, O, O, O, 'B-MISC', O]).tags).toEqual([O, O, O, O, 'B-LOC', O]);
    expect(rules('زاروا وادي الريان في الشتاء', [O, O, 'B-ORG', O, O]).tags).toEqual([O, O, 'B-LOC', O, O]);
    expect(rules('يسكن بجزيرة رود إيلاند منذ سنوات', [O, O, 'B-MISC', 'I-MISC', O, O]).tags).toEqual([O, O, 'B-LOC', 'I-LOC', O, O]);
  });
  test('guards: a city before an organisation, a name with its own proclitic, a long ORG', () => {
    // «مدينة الملك عبدالعزيز للعلوم» is an organisation named after a city-like word
    expect(rules('أعلنت مدينة العلوم والتقنية نتائجها', [O, O, 'B-ORG', 'I-ORG', O]).tags).toEqual([O, O, 'B-ORG', 'I-ORG', O]);
    expect(rules('على ضفة نهر ولجنة الري', [O, O, O, 'B-ORG', 'I-ORG']).tags).toEqual([O, O, O, 'B-ORG', 'I-ORG']);
    expect(rules('وقع جبل اتحاد عمال المناجم الوطني', [O, O, 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']).tags).toEqual([O, O, 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
  });
});

describe('«آية الله» and the name after it are one PERS', () => {
  test('the title read as God, the name missed or found after it', () => {
    expect(rules('وقال المرشد آية الله علي خامنئي أمس', [O, O, O, 'B-MISC', O, O, O]).tags).toEqual([O, O, B, I, I, I, O]);
    expect(rules('بدعم من آية الله الخميني ورفاقه', [O, O, O, 'B-MISC', O, O]).tags).toEqual([O, O, B, I, I, O]);
    expect(rules('أعمال آية الله العظمى خامنئي كثيرة', [O, O, 'B-MISC', O, O, O]).tags).toEqual([O, B, I, I, I, O]);
    expect(rules('على رئيس القضاء آية الله صادق لاريجاني .', [O, O, O, B, I, O, B, O]).tags).toEqual([O, O, O, B, I, I, I, O]);
    expect(rules('الوكيل الشرعي لآية الله خامنئي', [O, O, O, 'B-MISC', B]).tags).toEqual([O, O, B, I, I]);
  });
  test('guards: «آية الله» with no name after it, and God\'s sign', () => {
    expect(rules('وهذه آية الله في خلقه', [O, O, 'B-MISC', O, O]).tags).toEqual([O, O, 'B-MISC', O, O]);
    expect(rules('إنها آية الله العظيمة', [O, O, 'B-MISC', O]).tags).toEqual([O, O, 'B-MISC', O]);
  });
});

describe('through entities()', () => {
  test('the three rules on whole sentences', () => {
    const a = names('وقال النائب إن مشروع القانون غير صالح شكلا ومضمونا.');
    expect(a.filter((n) => n.startsWith('PERS'))).toEqual([]);
    expect(names('وقال المرشد الأعلى آية الله علي خامنئي إن بلاده لن تتراجع.')).toContain('PERS آية الله علي خامنئي');
    expect(names('ويمر نهر التايمز وسط لندن.')).not.toContain('ORG التايمز');
  });
});
