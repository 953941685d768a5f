// Regression tests for numeric QA round 82: digits typed against the word before them (a space
// lost: «إن300 شخص», «وثقت36 حالة», «مصرع55 فلسطينيا», «دامت24 ساعة», «تزن100 كيلوغرام», «وفي13
// شباط/فبراير», «ومنذ1967», «نهاية2018») were left untagged, or the day left out of its date, unless
// the word was a preposition of `GLUED_BEFORE` or the digits came before a scale, a currency or an
// accusative: 69 numbers in 67 paragraphs of news-007 and news-012. `gluedQuantity` now lets such
// digits be a number when the noun they count follows in the form their value asks for
// (`countsNounAfter`), or a unit, or, for a day, a month; `gluedBefore` takes the prepositions of
// `YEAR_PREPOSITIONS` («وفي», «ومنذ», «بحلول») and «الساعة», and four digits after a word of part
// of a period or one a year names («نهاية», «مطلع») are a year. Codes and channels («فرانس24»,
// «إس400», «إف16»), the exponents of units («كم2») and nth ones («الدقيقة75», «المرتبة14») keep no
// entity. Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('digits glued to the word before them', () => {
  test('before the noun they count, or a unit, are a NUM', () => {
    expect(pickNumeric('وقالت منظمة حقوقية إن300 شخص على الأقل اعتقلوا خلال الاحتجاجات')).toEqual([['NUM', '300', 300]]);
    expect(pickNumeric('وأكدت اللجنة أنها وثقت42 حالة اختفاء قسري في المحافظة')).toEqual([['NUM', '42', 42]]);
    expect(pickNumeric('وأسفر القصف عن مصرع27 فلسطينيا وإصابة العشرات')).toEqual([['NUM', '27', 27]]);
    expect(pickNumeric('وقال الوزير خلال زيارة دامت48 ساعة إن البلدين متفقان')).toEqual([['NUM', '48', 48]]);
    expect(pickNumeric('وسقطت صخرة تزن200 كيلوغرام على الطريق الرئيسي')).toEqual([['NUM', '200', 200]]);
  });

  test('a day before its month, a year after «ومنذ» or «نهاية», an hour after «الساعة», are in the entity', () => {
    expect(pickNumeric('وتنتهي المهلة يوم15 آذار/مارس المقبل')).toEqual([['DATE', 'يوم15 آذار/مارس المقبل', '--03-15']]);
    expect(pickNumeric('وفي22 تشرين الأول/أكتوبر أعلنت الحكومة استقالتها')).toEqual([['DATE', '22 تشرين الأول/أكتوبر', '--10-22']]);
    expect(pickNumeric('ومنذ1979 تغيرت العلاقات بين البلدين')).toEqual([['DATE', '1979', '1979']]);
    expect(pickNumeric('وتراجعت الأسعار في نهاية2019 بعد أشهر من الارتفاع')).toEqual([['DATE', 'نهاية2019', '2019']]);
    expect(pickNumeric('ووقع الانفجار عند الساعة13:45 بالتوقيت المحلي')).toEqual([['TIME', 'الساعة13:45', 'T13:45']]);
  });

  test('guards: codes, channels, exponents and nth ones stay untagged', () => {
    expect(pickNumeric('وقال مراسل فرانس24 في بيروت إن الوضع هادئ')).toEqual([]);
    expect(pickNumeric('وتسعى أنقرة لشراء صواريخ إس400 الروسية')).toEqual([]);
    expect(pickNumeric('وأطلقت المقاتلات إف16 صواريخها على المواقع')).toEqual([]);
    expect(pickNumeric('وتبلغ مساحة الجزيرة 120 كم2 فقط')).toEqual([['NUM', '120', 120]]);
    expect(pickNumeric('وسجل المهاجم هدف التعادل في الدقيقة75 من المباراة')).toEqual([]);
    expect(pickNumeric('وحلت البلاد في المرتبة14 عالميا')).toEqual([]);
  });
});
