// QA round 28 of names (news, news-001 and news-015, read by eye): two places joined by «و» read
// as one, when one of them is no gazetteer entry but a word the corpus reads mostly as a place,
// on invented sentences: first on hand-set tags, then through `entities()`.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const L = 'B-LOC';
const IL = 'I-LOC';

describe('two places joined by «و» are two', () => {
  test('each half read mostly as a place', () => {
    expect(rules('سافر إلى كوريا والهند أمس', [O, O, L, IL, O]).tags).toEqual([O, O, L, L, O]);
    expect(rules('اشتباكات في مأرب وأبين', [O, O, L, IL]).tags).toEqual([O, O, L, L]);
    expect(rules('بين نهري دجلة والفرات', [O, O, L, IL]).tags).toEqual([O, O, L, L]);
  });
  test('guards: one place, or a definite adjective as the second half', () => {
    expect(rules('زار البوسنة والهرسك أمس', [O, L, IL, O]).tags).toEqual([O, L, IL, O]);
    expect(rules('زار ترينيداد وتوباغو أمس', [O, L, IL, O]).tags).toEqual([O, L, IL, O]);
    expect(rules('كتب في الصحف السعودية والعربية', [O, O, O, L, IL]).tags).toEqual([O, O, O, L, IL]);
    expect(rules('تقسيم العراق والشرق والأوسط', [O, L, L, IL]).tags).toEqual([O, L, L, IL]);
  });
  test('through entities()', () => {
    const names = (t: string) => entities(t, { types: ['LOC'] }).map((e) => e.text);
    expect(names('سافر الوزير إلى كوريا والهند في جولة آسيوية.')).toEqual(['كوريا', 'الهند']);
    expect(names('اندلعت اشتباكات في محافظتي مأرب وأبين أمس.')).toEqual(['مأرب', 'أبين']);
  });
});
