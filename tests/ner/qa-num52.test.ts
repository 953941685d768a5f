// Regression tests for QA round 52 of the numeric grammar: decades named together. Two or more
// decades joined by «و», «أو», «إلى/حتى» or a dash are one DATE, an interval when their century
// is written («الخمسينات والستينات من القرن العشرين» → '195/196'), and a period with no value
// without it, also after a bare «في», where one decade alone is as often an age («رجل في
// الأربعينيات»). Before, the first decade was left out (or read alone) and only the last one
// took the century. Every sentence is invented; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('decades named together', () => {
  test('with their century: one interval, the earlier decade first', () => {
    expect(pickNumeric('ازدهرت السينما في الخمسينات والستينات من القرن العشرين')).toEqual([
      ['DATE', 'الخمسينات والستينات من القرن العشرين', '195/196'],
    ]);
    expect(pickNumeric('عاش الكاتب في باريس خلال عشرينيات وثلاثينيات القرن التاسع عشر')).toEqual([
      ['DATE', 'عشرينيات وثلاثينيات القرن التاسع عشر', '182/183'],
    ]);
    expect(pickNumeric('نشطت الحركة في الستينيات والسبعينيات والثمانينيات من القرن العشرين')).toEqual([
      ['DATE', 'الستينيات والسبعينيات والثمانينيات من القرن العشرين', '196/198'],
    ]);
  });

  test('of the last century, or with no century: a period of the twentieth century (valued since numeric round 66)', () => {
    expect(pickNumeric('لعب للنادي من العشرينيات إلى الأربعينيات من القرن الماضي')).toEqual([
      ['DATE', 'العشرينيات إلى الأربعينيات من القرن الماضي', '192/194'],
    ]);
    expect(pickNumeric('كان أوج شهرة المطربة في الأربعينيات والخمسينيات')).toEqual([['DATE', 'الأربعينيات والخمسينيات', '194/195']]);
    expect(pickNumeric('انتشرت هذه الموسيقى في الستينات و السبعينات في أوروبا')).toEqual([['DATE', 'الستينات و السبعينات', '196/197']]);
  });
});

describe('a decade alone, as before', () => {
  test('after a bare «في» an age, after «منذ» or with its century a date', () => {
    expect(pickNumeric('دخل رجل في الأربعينيات إلى المتجر')).toEqual([]);
    expect(pickNumeric('هاجر إلى كندا وهو في الخمسينيات من عمره')).toEqual([]);
    expect(pickNumeric('يعمل المصنع منذ السبعينيات')).toEqual([['DATE', 'السبعينيات', '197']]);
    expect(pickNumeric('بني الجسر في ثمانينيات القرن العشرين')).toEqual([['DATE', 'ثمانينيات القرن العشرين', '198']]);
  });
});
