// QA round 10 of person, place and organisation names (ANT news and Arabic Wikipedia
// paragraphs read by eye): the rules and list entries it added, on invented sentences — first
// on hand-set tags, so that each rule is tested whatever the model says, then through entities().
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('places joined by «و» are two places', () => {
  test('a LOC run over «و» between two known places is split', () => {
    const r = rules('زار الوفد ليتوانيا وليختنشتاين أمس', [O, O, 'B-LOC', 'I-LOC', O]);
    expect(r.tags).toEqual([O, O, 'B-LOC', 'B-LOC', O]);
    expect(r.clitics[3]).toBe('و');
    expect(rules('تبادلت الصين والهند السفراء', [O, 'B-LOC', 'I-LOC', O]).tags).toEqual([O, 'B-LOC', 'B-LOC', O]);
  });
  test('one name with «و» in it, or a part that is no known place, stays whole', () => {
    const bosnia = [O, O, O, 'B-LOC', 'I-LOC', O];
    expect(rules('وقع الاتفاق في البوسنة والهرسك أمس', bosnia).tags).toEqual(bosnia);
    const unknown = [O, 'B-LOC', 'I-LOC', O];
    expect(rules('زار فرنسا وسنديانة أمس', unknown).tags).toEqual(unknown);
  });
  test('through entities()', () => {
    const found = names('وقع الوفد اتفاقين مع ليتوانيا وليختنشتاين الأسبوع الماضي');
    expect(found).toContain('LOC ليتوانيا');
    expect(found).toContain('LOC ليختنشتاين');
  });
});

describe('Tunisian and Algerian places', () => {
  test('governorates and towns of the list, with ب or after «ولاية»', () => {
    expect(rules('ألقي القبض عليه بالمنستير أمس', [O, O, O, O, O]).tags).toEqual([O, O, O, 'B-LOC', O]);
    expect(rules('أعلنت ولاية تيزي وزو الإجراء', [O, O, O, O, O]).tags).toEqual([O, O, 'B-LOC', 'I-LOC', O]);
    expect(rules('وصل الوالي إلى ولاية الكاف صباحا', [O, O, O, O, O, O]).tags).toEqual([O, O, O, O, 'B-LOC', O]);
  });
  test('names that are also common words need a cue', () => {
    for (const text of ['أطلقت الشرطة القنابل المسيلة للدموع', 'تساعد على إدرار البول', 'غنت منيرة المهدية طويلا']) {
      const none = text.split(' ').map(() => O);
      expect(rules(text, none).tags, text).toEqual(none);
    }
    expect(rules('زار مدينة المسيلة أمس', [O, O, O, O]).tags).toEqual([O, O, 'B-LOC', O]);
  });
  test('through entities()', () => {
    expect(names('وقال مصدر أمني إن الوحدات الأمنية بمدنين حجزت البضاعة')).toContain('LOC مدنين');
    expect(names('ووصل السياح إلى ميناء حلق الوادي صباح اليوم')).toContain('LOC حلق الوادي');
  });
});

describe('Tunisian agency, radio and clubs of the list', () => {
  test('the agency the model splits into two places, the radio it cuts short', () => {
    expect(rules('في تصريح لوكالة تونس إفريقيا للأنباء أمس', [O, O, O, 'B-ORG', 'B-LOC', O, O]).tags).toEqual([O, O, O, 'B-ORG', 'I-ORG', 'I-ORG', O]);
    expect(rules('وقال لمراسل الجوهرة أف أم إن', [O, O, O, 'B-ORG', 'I-ORG', O]).tags).toEqual([O, O, 'B-ORG', 'I-ORG', 'I-ORG', O]);
  });
  test('clubs, also where the model read one as a person', () => {
    expect(rules('فاز النجم الساحلي على الترجي', [O, O, O, O, O]).tags).toEqual([O, 'B-ORG', 'I-ORG', O, 'B-ORG']);
    expect(rules('تعادل اتحاد بن قردان أمس', [O, 'B-PERS', 'I-PERS', 'I-PERS', O]).tags).toEqual([O, 'B-ORG', 'I-ORG', 'I-ORG', O]);
  });
  test('through entities()', () => {
    expect(names('وقال المدير في تصريح لوكالة تونس إفريقيا للأنباء إن الأشغال انطلقت')).toContain('ORG تونس إفريقيا للأنباء');
    expect(names('وأكد مصدر أمني لمراسل الجوهرة أف أم أن الوضع مستقر')).toContain('ORG الجوهرة أف أم');
    expect(names('فاز النادي الإفريقي على النجم الساحلي بهدف دون رد')).toEqual(['ORG النادي الإفريقي', 'ORG النجم الساحلي']);
  });
});

describe('common nouns read as a person', () => {
  test('«عون» "agent" before the service it works for', () => {
    expect(rules('أصيب عون أمن بجروح', [O, 'B-PERS', O, O]).tags).toEqual([O, O, O, O]);
    expect(rules('أنقذ عون حماية مدنية امرأة', [O, 'B-PERS', O, O, O]).tags).toEqual([O, O, O, O, O]);
  });
  test('Aoun the person stays', () => {
    const aoun = [O, 'B-PERS', O, O];
    expect(rules('وقال عون إن الحكومة', [O, 'B-PERS', O, O]).tags).toEqual(aoun);
  });
  test('a currency after an amount is MISC, as ANERcorp tags «يورو»; a place in «أورو» is left', () => {
    expect(rules('دفع 14 ألف أورو غرامة', [O, O, O, 'B-PERS', O]).tags).toEqual([O, O, O, 'B-MISC', O]);
    expect(rules('نشأ في باورو بالبرازيل', [O, O, 'B-PERS', O]).tags).toEqual([O, O, 'B-PERS', O]);
  });
  test('«الصباح الباكر» "early morning", not a family name «الباكر»', () => {
    expect(rules('خرجوا في الصباح الباكر للصيد', [O, O, 'B-PERS', 'I-PERS', O]).tags).toEqual([O, O, O, O, O]);
    const named = [O, 'B-PERS', 'I-PERS', O];
    expect(rules('اعتقل عبدالرحمن الباكر أمس', named).tags).toEqual(named);
  });
});
