// Regression tests for QA round 49 of the numeric grammar: four digits from 1000 to 1799 alone in
// parentheses after a word, with nothing counted after them, are a year, as the later ones were
// already («معركة بولتافا (1709)», «هاملت ت(1601)»); and a year after «في/منذ/حتى» is one when a
// word in «و», a plural verb in «وا» or a common verb of the past follows it («في 1565 وبدأوا»,
// «في 1552 استطاع»). Every sentence is invented; the fixes read a bare NUM (or a day and month
// without their year) before, and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('a year alone in parentheses', () => {
  test('after the name of a battle, a treaty or a work', () => {
    expect(pickNumeric('انتهت الحرب بعد معركة بولتافا (1709)، ثم وقعت معاهدة نيستاد')).toEqual([['DATE', '1709', '1709']]);
    expect(pickNumeric('كتب الشاعر مسرحية «العاصفة» ت(1611) في آخر حياته')).toEqual([['DATE', '1611', '1611']]);
  });

  test('a list of places or works, each with its year', () => {
    expect(pickNumeric('احتلت الحملة وهران (1509) وبجاية (1510) وطرابلس (1511).')).toEqual([
      ['DATE', '1509', '1509'],
      ['DATE', '1510', '1510'],
      ['DATE', '1511', '1511'],
    ]);
    expect(pickNumeric('من أشهر لوحاته الحلّابة (1658) فيتحدث عنها النقاد كثيرا')).toEqual([['DATE', '1658', '1658']]);
  });

  test('guards: counts in parentheses stay numbers', () => {
    // a counted noun after the parenthesis
    expect(pickNumeric('اعتمدت اللجنة (1263) مركزا انتخابيا في المنطقة')).toEqual([['NUM', '1263', 1263]]);
    // a word that asks for a quantity before it
    expect(pickNumeric('قدمت الجمعية خدماتها لأكثر من (1300) مريض هذا العام')).toEqual([['NUM', '1300', 1300]]);
    expect(pickNumeric('بلغ عدد الوثائق المصدقة (1185)، وفق التقرير')).toEqual([['NUM', '1185', 1185]]);
    // after a colon: a table of figures
    expect(pickNumeric('عدد المبتعثين: وزارة الصحة: (1500)، وزارة التعليم: (900)')).toEqual([
      ['NUM', '1500', 1500],
      ['NUM', '900', 900],
    ]);
    // another number in parentheses nearby that is no year: a table of counts
    expect(pickNumeric('يعيش فيها لاجئون من سوريا (2400) والعراق (1700) واليمن (900)')).toEqual([
      ['NUM', '2400', 2400],
      ['NUM', '1700', 1700],
      ['NUM', '900', 900],
    ]);
  });
});

describe('a year after «في» before a verb or a word in «و»', () => {
  test('a verb of the past, in the plural, or after «و»', () => {
    expect(pickNumeric('وفي 1552 استطاع القيصر أن يحاصر المدينة')).toEqual([['DATE', '1552', '1552']]);
    expect(pickNumeric('وصل الرهبان إلى المدينة في 1588 وأسسوا فيها مدرسة')).toEqual([['DATE', '1588', '1588']]);
    expect(pickNumeric('في 1613 أسسوا جامعة صغيرة')).toEqual([['DATE', '1613', '1613']]);
  });

  test('a full date before a word in «و» keeps its year', () => {
    expect(pickNumeric('توفي الشاعر في 19 ديسمبر، 1690 ودفن في مقبرة المدينة')).toEqual([['DATE', '19 ديسمبر، 1690', '1690-12-19']]);
  });

  test('guards: a count of a noun in «و» or of an ordinary noun', () => {
    expect(pickNumeric('بنت الشركة في 1500 وحدة سكنية نظام تدفئة جديدا')).toEqual([['NUM', '1500', 1500]]);
    expect(pickNumeric('وزعت الجمعية المساعدات في 1348 مدينة وقرية')).toEqual([['NUM', '1348', 1348]]);
  });
});
