// Regression tests for QA round 13 of the numeric grammar (ANT news and SaudiNewsNet).
// Every sentence is invented; each case was misread before the fix it names, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('decades of the last century', () => {
  test('reads a decade of «القرن الماضي» as a date (of the twentieth century since numeric round 66)', () => {
    expect(found('هاجر الشاعر إلى كندا في سبعينيات القرن الماضي')).toEqual([['DATE', 'سبعينيات القرن الماضي', '197']]);
    expect(found('بنيت المدرسة في الخمسينات من القرن المنصرم')).toEqual([['DATE', 'الخمسينات من القرن المنصرم', '195']]);
    expect(found('منذ أواخر عشرينيات القرن الفائت')).toEqual([['DATE', 'أواخر عشرينيات القرن الفائت', '192']]);
  });

  test('guards: a numbered century keeps its value, the last century alone is left out', () => {
    expect(found('في ثلاثينيات القرن العشرين')).toEqual([['DATE', 'ثلاثينيات القرن العشرين', '193']]);
    expect(found('تغيرت المدينة كثيرا خلال القرن الماضي')).toEqual([]);
  });
});

describe('counts', () => {
  test('counts digits with a scale after the article', () => {
    expect(found('امتلأ الملعب بأكثر من الـ52 ألف مشجع')).toEqual([['NUM', '52 ألف', 52000]]);
    expect(found('يعيش في البلاد قرابة الـ 7 ملايين نسمة')).toEqual([['NUM', '7 ملايين', 7000000]]);
  });

  test('guards: digits alone after the article stay an ordinal, an age still counts', () => {
    expect(found('انطلقت الدورة الـ31 للمعرض')).toEqual([]);
    expect(found('توفي عن عمر يناهز الـ70 عاما')).toEqual([['NUM', '70', 70]]);
  });

  test('«في آن واحد», «في وقت واحد» are no count', () => {
    expect(found('كان المشهد مضحكا ومحزنا في آن واحد')).toEqual([]);
    expect(found('أقلعت الطائرات الثلاث في وقت واحد')).toEqual([]);
  });

  test('guards: «واحد» after other nouns still counts', () => {
    expect(found('بقي في المخزن صندوق واحد')).toEqual([['NUM', 'واحد', 1]]);
    expect(found('استمر الإضراب ليوم واحد')).toEqual([['NUM', 'واحد', 1]]);
  });
});

describe('a closing bracket after digits with no opening one', () => {
  test('neither throws at the start of the text nor pulls the word before into the number', () => {
    expect(() => entities('15 ) ألف ')).not.toThrow();
    const text = 'بلغ العدد 15) ألف شخص';
    for (const e of entities(text)) expect(e.text).not.toContain('العدد');
  });
});
