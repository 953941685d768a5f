// QA round 48 of names (news-004 and news-013, seed 106): a name after «و» "and" in a list kept
// the conjunction («[واحمد عكاش]», «[وطه حسين]»), and «وجده» "and his grandfather" / "found him"
// read as Jeddah. Invented sentences; the «وجده» rule runs on hand-set tags, so that its test
// holds whatever the model says.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const L = 'B-LOC';
const IL = 'I-LOC';
const names = (s: string): string[] => entities(s, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => e.text);

describe('«و» before a given name is left out of the name', () => {
  test('«واحمد», «وجان», «وطه» at the start of a person', () => {
    expect(names('شارك محمد هزازي واحمد عكاش في المباراة')).toEqual(['محمد هزازي', 'احمد عكاش']);
    expect(names('كتب فولتير وجان جاك روسو عن الحرية')).toContain('جان جاك روسو');
    expect(names('دار جدل بين الرافعي وطه حسين')).toContain('طه حسين');
  });
  test('offsets still slice the input', () => {
    const s = 'حضر سعيد ناصر واحمد عكاش الحفل';
    for (const e of entities(s)) expect(s.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('guards: names that begin with «و» stay whole', () => {
  test('«وليد», «وهبة», «ووكر»', () => {
    expect(names('قال وليد الحسن إن الاجتماع انتهى')).toEqual(['وليد الحسن']);
    expect(names('توفي الشيخ وهبة الزحيلي أمس')).toEqual(['وهبة الزحيلي']);
    expect(names('وصل ووكر إلى لندن أمس')).toContain('ووكر');
  });
});

describe('«وجده» alone is no Jeddah', () => {
  test('after a kinship word, as a verb', () => {
    expect(rules('كان والده وجده من العلماء', [O, O, L, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('عاد الأب ليلا وجده نائما', [O, O, O, L, O]).tags).toEqual([O, O, O, O, O]);
  });
});

describe('guards: Jeddah in a list of places, Oujda, a longer place', () => {
  test('after a place, after a place and a comma, «وجدة», two words', () => {
    expect(rules('زار الوفد الرياض وجده أمس', [O, O, L, L, O]).tags).toEqual([O, O, L, L, O]);
    expect(rules('زار الوفد الرياض، وجده أمس', [O, O, L, O, L, O]).tags).toEqual([O, O, L, O, L, O]);
    expect(rules('وصل الوفد إلى وجدة المغربية', [O, O, O, L, O]).tags).toEqual([O, O, O, L, O]);
    expect(rules('زار ميناء وجده الإسلامي', [O, O, L, IL]).tags).toEqual([O, O, L, IL]);
  });
});
