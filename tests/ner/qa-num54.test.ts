// Regression tests for QA round 54 of the numeric grammar: a bare year from 1000 to 1799 after
// «في/منذ/حتى» in a text that has just read a year of the same centuries («عام 1245 … وفي 1248
// تبعه»); the later end of a period after a year and «إلى» («من عام 1589 إلى 1610»); a year in
// brackets after a title in quotes («"كانديد" (1759)»); a year and the last two digits of a later
// one in brackets («(1756–63)»); a war or a revolution named by the last two digits of its year
// («حرب 67», «ثورة 52»); and «سنوات/أعوام» after a number, a length of time the DATE of the years
// after it took in («ثماني سنوات (2003-2010)»). Every sentence is invented; the guards read the
// same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('an old year after a preposition, following another', () => {
  test('a year read just before, less than three centuries away, makes the next one a year too', () => {
    expect(pickNumeric('انتقل الراهب إلى كولونيا عام 1245، وفي 1248 تبعه تلميذه إلى هناك')).toEqual([
      ['DATE', 'عام 1245', '1245'],
      ['DATE', '1248', '1248'],
    ]);
    expect(pickNumeric('تولى الملك العرش سنة 1660 ثم بدأ في 1662 إصلاح العملة')).toEqual([
      ['DATE', 'سنة 1660', '1660'],
      ['DATE', '1662', '1662'],
    ]);
    expect(pickNumeric('سقطت بغداد عام 1258 لكن الخلافة بقيت حتى 1517 رمزا للدولة')).toEqual([
      ['DATE', 'عام 1258', '1258'],
      ['DATE', '1517', '1517'],
    ]);
  });

  test('without such a year, or before a noun of time or a unit, the number still counts', () => {
    expect(pickNumeric('وجدت السفينة مفككة في 1224 قطعة داخل الحفرة')).toEqual([['NUM', '1224', 1224]]);
    expect(pickNumeric('بنيت القلعة عام 1245 على ارتفاع يصل حتى 1200 متر')).toEqual([
      ['DATE', 'عام 1245', '1245'],
      ['NUM', '1200', 1200],
    ]);
    expect(pickNumeric('تأسس الدير عام 1320، وتعود الحكاية إلى ما قبل 1500 سنة')).toEqual([
      ['DATE', 'عام 1320', '1320'],
      ['NUM', '1500', 1500],
    ]);
  });

  test('after a modern year, an old number after a preposition stays a count', () => {
    expect(pickNumeric('في عام 2015 شارك اللاعب في 1363 مباراة رسمية')).toEqual([
      ['DATE', 'عام 2015', '2015'],
      ['NUM', '1363', 1363],
    ]);
  });
});

describe('the later end of a period after a year and «إلى/حتى»', () => {
  test('is a year, and the two make a period', () => {
    expect(pickNumeric('حكم الملك البلاد من عام 1589 إلى 1610، ثم خلفه ابنه')).toEqual([['DATE', 'عام 1589 إلى 1610', '1589/1610']]);
  });

  test('before the accusative noun of a count it stays a count', () => {
    expect(pickNumeric('ارتفع عدد الطلاب عام 1700 إلى 1790 طالبا')).toEqual([
      ['DATE', 'عام 1700', '1700'],
      ['NUM', '1790', 1790],
    ]);
  });
});

describe('years in brackets', () => {
  test('after a title in quotes', () => {
    expect(pickNumeric('ومن أشهر كتبه "رسائل فلسفية" (1734) و"كانديد" (1759).')).toEqual([
      ['DATE', '1734', '1734'],
      ['DATE', '1759', '1759'],
    ]);
    expect(pickNumeric('كتب الطبيب «شرح الأدوية» (1180) في الفسطاط')).toEqual([['DATE', '1180', '1180']]);
  });

  test('a year and the last two digits of a later one', () => {
    expect(pickNumeric('خسرت فرنسا حرب السنوات السبع (1756–63) أمام بريطانيا')).toEqual([['DATE', '1756–63', '1756/1763']]);
    expect(pickNumeric('حكم الملك هنري الثالث (1574-89) في زمن الحروب الدينية')).toEqual([['DATE', '1574-89', '1574/1589']]);
  });

  test('a count in brackets after a word that asks for it, as before', () => {
    expect(pickNumeric('بلغ عدد أبيات القصيدة (1726) بيتا')).toEqual([['NUM', '1726', 1726]]);
    expect(pickNumeric('يقع المبنى على ارتفاع 1200 متر')).toEqual([['NUM', '1200', 1200]]);
  });
});

describe('a war named by two digits of its year', () => {
  test('after «حرب/ثورة/نكسة/نكبة» the two digits are a year whose century is unwritten', () => {
    expect(pickNumeric('هاجر كثير من السكان بعد حرب 67 إلى المدن')).toEqual([['DATE', '67', undefined]]);
    expect(pickNumeric('وفي السنوات التي سبقت ثورة 52، ظهرت جماعات أدبية')).toEqual([['DATE', '52', undefined]]);
    expect(pickNumeric('عاش اللاجئون في المخيمات منذ نكبة 48 حتى اليوم')).toEqual([['DATE', '48', undefined]]);
  });

  test('before what it counts, or with a day and month, as before', () => {
    expect(pickNumeric('قتل في الحرب 67 جنديا')).toEqual([['NUM', '67', 67]]);
    expect(pickNumeric('خرج الشباب في ثورة 25 يناير')).toEqual([['DATE', '25 يناير', '--01-25']]);
  });
});

describe('a plural of years after a number', () => {
  test('is counted by the number, and the years after it are a DATE of their own', () => {
    expect(pickNumeric('أمضى الباحث سبع سنوات (1842-1849) في جمع مواد معجمه')).toEqual([
      ['NUM', 'سبع', 7],
      ['DATE', '1842-1849', '1842/1849'],
    ]);
    expect(pickNumeric('استقر الملك في الشام لمدة 4 سنوات 1250-1254، ثم عاد')).toEqual([
      ['NUM', '4', 4],
      ['DATE', '1250-1254', '1250/1254'],
    ]);
  });

  test('after no number, or after a numeral that agrees with a definite noun, it names the years', () => {
    expect(pickNumeric('وقعت أزمات كثيرة في سنوات 1737 و1745')).toEqual([
      ['DATE', 'سنوات 1737', '1737'],
      ['DATE', '1745', '1745'],
    ]);
    expect(pickNumeric('استضافت المدينة البطولات الثلاث أعوام 1972 و1988 و2002')).toEqual([
      ['DATE', 'أعوام 1972', '1972'],
      ['DATE', '1988', '1988'],
      ['DATE', '2002', '2002'],
    ]);
  });
});
