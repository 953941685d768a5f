// QA round 17 of person, place and organisation names (politics, economy and society paragraphs
// of news-009 and news-013 read by eye): radio stations named with "FM" in Arabic letters, on
// invented sentences: first on hand-set tags, so that the rule is tested whatever the model
// says, then through entities().
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('«إف إم» names a radio station with the word before it', () => {
  test('the station word and the letters become one ORG', () => {
    expect(rules('وقال لمراسل جوهرة أف أم إن الطريق مغلق', [O, O, O, O, O, O, O, O]).tags).toEqual([O, O, 'B-ORG', 'I-ORG', 'I-ORG', O, O, O]);
    expect(rules('في تصريح لشمس إف إم', [O, O, O, 'B-MISC', 'I-MISC']).tags).toEqual([O, O, 'B-ORG', 'I-ORG', 'I-ORG']);
    // a name the model ran past the letters leaves the words after them
    expect(rules('لمراسل الجوهرة أف أم بقابس', [O, O, 'B-ORG', 'I-ORG', 'I-ORG']).tags).toEqual([O, 'B-ORG', 'I-ORG', 'I-ORG', O]);
  });
  test('quoted letters the model labelled are an ORG; the name before the quote stays apart', () => {
    expect(rules('لمراسل الجوهرة " اف ام "', [O, O, O, 'B-MISC', 'I-MISC', O]).tags).toEqual([O, O, O, 'B-ORG', 'I-ORG', O]);
  });
  test('through entities()', () => {
    expect(names('وأكد المدير لجوهرة اف ام أن الأشغال انتهت')).toContain('ORG جوهرة اف ام');
    expect(names('وأوضح المسؤول لمراسلة الإذاعة في صفاقس سميرة إف إم أن القرار نهائي')).toContain('ORG سميرة إف إم');
  });
  test('guards: a band word, «أم» "or", an ORG over the whole, letters with nothing before', () => {
    expect(rules('تبث على موجة إف إم', [O, O, O, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('هل تفضل القهوة أم الشاي', [O, O, O, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('قالت إذاعة موزاييك إف إم', [O, 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']).tags).toEqual([O, 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
    expect(rules('على تردد 102 إف إم', [O, O, O, O, O]).tags).toEqual([O, O, O, O, O]);
  });
});
