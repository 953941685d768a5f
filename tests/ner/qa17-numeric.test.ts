// Regression tests for QA round 17 of the numeric grammar (seasons written with the last two
// digits of their second year, ages after the article before «من العمر», a number word that a
// one-word name overlaps). Every sentence is invented; each case was misread before the fix it
// names, and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });
const all = (text: string): Array<[string, string]> => entities(text).map((e) => [e.type, e.text]);

describe('seasons and short periods: four digits, a dash and two', () => {
  test('reads the next year after a dash, an en dash or a slash, however spaced', () => {
    expect(found('توج الفريق بطلا للدوري في موسم 2016-17 بعد فوزه الأخير')).toEqual([['DATE', '2016-17', '2016/2017']]);
    expect(found('وفي 2012–13 تراجع الإنتاج الزراعي')).toEqual([['DATE', '2012–13', '2012/2013']]);
    expect(found('قبل انطلاق الموسم الكروي 2019/ 20 في آسيا')).toEqual([['DATE', '2019/ 20', '2019/2020']]);
    expect(found('كان شتاء عام 2008 / 09.')).toEqual([['DATE', 'شتاء عام 2008 / 09', '2008/2009']]);
    expect(found('خاض اللاعب موسم 1999-00 مع ناديه الأول')).toEqual([['DATE', '1999-00', '1999/2000']]);
  });

  test('reads the year before, which right-to-left typing puts second, and a later year joined without spaces', () => {
    expect(found('موسم 1987-86: أنهى النادي الدوري ثالثا')).toEqual([['DATE', '1987-86', '1986/1987']]);
    expect(found('شهدت الفترة 1975-82 نموا سريعا')).toEqual([['DATE', '1975-82', '1975/1982']]);
  });

  test('guards: full dates, four-digit periods, a quantity or a spaced later number', () => {
    expect(found('وقع الحادث في 2011/04/15 صباحا')).toEqual([['DATE', '2011/04/15', '2011-04-15']]);
    expect(found('بين 1990-1995 تضاعف عدد السكان')).toEqual([['DATE', '1990-1995', '1990/1995']]);
    expect(found('حصد في 2014-15 ألف صوت')).toEqual([['DATE', '2014', '2014'], ['NUM', '15 ألف', 15000]]);
    expect(found('سجل عام 2012 - 40 قتيلا')).toEqual([['DATE', 'عام 2012', '2012'], ['NUM', '40', 40]]);
    expect(found('فاز الفريق 3-1 على ضيفه')).toEqual([['NUM', '3', 3], ['NUM', '1', 1]]);
  });
});

describe('ages after the article', () => {
  test('counts digits after «الـ» before «من العمر» or «من عمره/عمرها»', () => {
    expect(found('توفي سائق في الـ42 من العمر إثر الحادث')).toEqual([['NUM', '42', 42]]);
    expect(found('تزوجت وهي في ال23 من عمرها')).toEqual([['NUM', '23', 23]]);
    expect(found('انتقل إلى باريس في الـ 31 من عمره')).toEqual([['NUM', '31', 31]]);
  });

  test('guards: an ordinal after the article, an age before a noun of years', () => {
    expect(found('انعقدت الدورة الـ24 من المهرجان')).toEqual([]);
    expect(found('توفي عن عمر يناهز الـ85 عاما')).toEqual([['NUM', '85', 85]]);
  });
});

describe('a number word over a one-word name', () => {
  test('a scale word read with a value wins over the one-word name the model makes of it', () => {
    const text = 'وصل مليونان إلى المدينة';
    expect(all(text).filter(([type]) => type === 'PERS')).toEqual([]);
    expect(all(text)).toContainEqual(['NUM', 'مليونان']);
  });

  test('guards: a name with a space keeps its number, a lone ten may be a surname', () => {
    expect(all('اجتمع قادة مجموعة العشرين في لندن')).not.toContainEqual(['NUM', 'العشرين']);
    expect(all('وأشرف ستون على التحقيق')).not.toContainEqual(['NUM', 'ستون']);
  });
});

describe('a dash typed against the second year of a pair', () => {
  test('is no minus sign after a year and its era', () => {
    // (since QA round 56 of the numbers the common-era year joins the Hijri one it falls in)
    expect(found('بلغ عدد السكان سنة (1410 هـ -1990 م) نحو مليون')).toEqual([['DATE', '1410 هـ -1990 م', '1989-08-04/1990-07-23'], ['NUM', 'مليون', 1000000]]);
    expect(found('فتحت المدينة عام 92هـ -711 م وبقيت')).toEqual([['DATE', 'عام 92هـ -711 م', '0710-11-02/0711-10-22']]);
    // since QA round 19 a period of two years of one era, each with its mark, is one DATE
    expect(found('عاش الطبيب (1020م. -1087م.)، وهو')).toEqual([['DATE', '1020م. -1087م', '1020/1087']]);
  });

  test('guards: temperatures and other signed numbers keep their sign', () => {
    expect(found('انخفضت الحرارة إلى -40 درجة')).toEqual([['NUM', '-40', -40]]);
    expect(found('تقع البحيرة على عمق (-105 م) تحت سطح البحر')).toEqual([['NUM', '-105', -105]]);
    expect(found('تبلغ درجة الصفر المطلق -273.15 درجة')).toEqual([['NUM', '-273.15', -273.15]]);
  });
});
