// QA round 24 of names (Saudi news, news-003, and Wikipedia-like articles, news-011, read by
// eye): «ميليشيا» "militia" read as MISC, a time of day after a preposition read as a name
// («وفي [الصباح]»), and a newspaper's name quoted alone («قال لـ"الوطن"») read as MISC, a place
// or nothing, on invented sentences: first on hand-set tags, so that the rule is tested
// whatever the model says, then through entities().
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const M = 'B-MISC';

const names = (text: string): string[] => entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('common words read as a one-word name', () => {
  test('«ميليشيا» "militia" and its forms', () => {
    expect(rules('انسحبت الميليشيات من القرية', [O, M, O, O]).tags).toEqual([O, O, O, O]);
    expect(rules('تقدمت ميليشياتهم نحو البلدة', [O, M, O, O]).tags).toEqual([O, O, O, O]);
    expect(rules('تصدى الجيش لميليشيات مسلحة', [O, O, M, O]).tags).toEqual([O, O, O, O]);
  });
  test('a time of day after a preposition or a time word', () => {
    expect(rules('وفي الصباح خرج الجنود', [O, 'B-PERS', O, O]).tags).toEqual([O, O, O, O]);
    expect(rules('بقينا هناك حتى المساء', [O, O, O, 'B-LOC']).tags).toEqual([O, O, O, O]);
  });
  test('guards: a militia with its name, the family «الصباح» after a given name or alone', () => {
    expect(rules('هاجمت ميليشيا داعش القرية', [O, 'B-ORG', 'I-ORG', O]).tags).toEqual([O, 'B-ORG', 'I-ORG', O]);
    expect(rules('قال صباح الصباح إن', [O, 'B-PERS', 'I-PERS', O]).tags).toEqual([O, 'B-PERS', 'I-PERS', O]);
    expect(rules('وقال الصباح إن الاجتماع', [O, 'B-PERS', O, O]).tags).toEqual([O, 'B-PERS', O, O]);
  });
  test('through entities()', () => {
    expect(names('وانسحبت الميليشيات من المدينة بعد المعارك.')).not.toContain('MISC:الميليشيات');
  });
});

describe('a newspaper quoted alone is an organisation', () => {
  test('quoted in straight or angle quotes', () => {
    expect(rules('وقال مصدر لـ"الوطن" إن', [O, O, O, O, O, O, O]).tags).toEqual([O, O, O, O, 'B-ORG', O, O]);
    expect(rules('حصلت «اليوم» على نسخة', [O, O, O, O, O, O]).tags).toEqual([O, O, 'B-ORG', O, O, O]);
    expect(rules('قال في تصريح لـ"الرياض" إن', [O, O, O, O, O, 'B-LOC', O, O]).tags).toEqual([O, O, O, O, O, 'B-ORG', O, O]);
  });
  test('guards: unquoted, or quoted inside a longer name, or a word not listed', () => {
    expect(rules('وصل الوفد إلى الرياض أمس', [O, O, O, 'B-LOC', O]).tags).toEqual([O, O, O, 'B-LOC', O]);
    expect(rules('قال لـ"الحياة" إن', [O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  test('through entities()', () => {
    expect(names('وقال المتحدث في تصريح لـ"الوطن" إن العمل مستمر.')).toContain('ORG:الوطن');
  });
});
