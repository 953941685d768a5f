// QA round 19 of person, place and organisation names (Saudi news of news-004 and Arabic
// Wikipedia of news-012 read by eye): a market index named after its founders or a company read
// as a person («مؤشر [داو جونز]PERS»), on invented sentences: first on hand-set tags, so that
// the rule is tested whatever the model says, then through entities().
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const B = 'B-PERS';
const I = 'I-PERS';
const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('a name read as a person right after «مؤشر» names the index', () => {
  test('after «مؤشر/المؤشر», with proclitics or a quote, the PERS becomes a MISC', () => {
    expect(rules('وصعد مؤشر داو جونز الصناعي أمس', [O, O, B, I, O, O]).tags).toEqual([O, O, 'B-MISC', 'I-MISC', O, O]);
    expect(rules('وتراجع المؤشر نيكي في طوكيو', [O, O, B, O, 'B-LOC']).tags).toEqual([O, O, 'B-MISC', O, 'B-LOC']);
    expect(rules('وارتفع ومؤشر " راسل " أيضا', [O, O, O, B, O, O]).tags).toEqual([O, O, O, 'B-MISC', O, O]);
  });
  test('guards: other types, other heads, a proclitic on the name', () => {
    // a place or an organisation after the word stays
    expect(rules('وتراجع مؤشر البحرين العام', [O, O, 'B-LOC', O]).tags).toEqual([O, O, 'B-LOC', O]);
    expect(rules('وصعد مؤشر ستاندرد آند بورز', [O, O, 'B-ORG', 'I-ORG', 'I-ORG']).tags).toEqual([O, O, 'B-ORG', 'I-ORG', 'I-ORG']);
    // a person after another word stays a person
    expect(rules('وقال المدير داو جونز إن السوق هادئة', [O, O, B, I, O, O, O]).tags).toEqual([O, O, B, I, O, O, O]);
    // «مؤشر» then a person with a proclitic: «مؤشر لسامي» is no index named after him
    expect(rules('أعطى مؤشر لسامي العلي', [O, O, B, I]).tags).toEqual([O, O, B, I]);
  });
  test('through entities()', () => {
    expect(names('وصعد مؤشر داو جونز الصناعي 92 نقطة أمس.')).toContain('MISC داو جونز');
    expect(names('وانخفض المؤشر داو جونز الصناعي في نيويورك.')).toContain('MISC داو جونز');
    expect(names('وقال الرئيس باراك أوباما إن الاقتصاد يتحسن.')).toContain('PERS باراك أوباما');
  });
});
