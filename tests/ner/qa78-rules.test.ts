// QA round 78 (news-003, news-013, seed 272): Iran's two supreme leaders named by one word, which
// the model leaves out nearly always («ثورة الخميني», «ممثل خامنئي»: ANERcorp's training part has
// «الخميني» once and «خامنئي» never), also after their given names («روح الله الخميني», where
// the model reads «الله» as God, and «علي خامنئي»): the PERSONS list in src/ner/lists.ts, taken by
// labelListed in src/ner/rules.ts where the model left the name O or found part of it, with or
// without a proclitic; «الخمينية», the adjective, is another word.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

describe('QA round 78: the supreme leaders named by one word', () => {
  it('labels a bare «الخميني» or «خامنئي» the model left O', () => {
    expect(rules('انتقد ممثل خامنئي القرار', ['O', 'O', 'O', 'O']).tags).toEqual(['O', 'O', 'B-PERS', 'O']);
    expect(rules('عاد الخميني إلى طهران', ['O', 'O', 'O', 'B-LOC']).tags).toEqual(['O', 'B-PERS', 'O', 'B-LOC']);
  });
  it('reads the name after a proclitic', () => {
    const r = rules('التقى الوفد بخامنئي أمس', ['O', 'O', 'O', 'O']);
    expect(r.tags).toEqual(['O', 'O', 'B-PERS', 'O']);
    expect(r.clitics[2]).toBe('ب');
  });
  it('takes the given name with it', () => {
    expect(rules('قاد روح الله الخميني الثورة', ['O', 'O', 'B-MISC', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
    expect(rules('ترأس المرشد علي خامنئي الجلسة', ['O', 'O', 'B-PERS', 'O', 'O']).tags).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'O']);
  });
  it('guard: the adjective «الخمينية» and a name the model found whole stay', () => {
    expect(rules('انتشرت الأفكار الخمينية في المنطقة', ['O', 'O', 'O', 'O', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'O']);
    expect(rules('زار آية الله الخميني المدينة', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
    expect(rules('افتتح مركز الإمام الخميني فرعا', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']).tags).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });
});
