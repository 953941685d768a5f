// Regression tests for numeric QA round 65: a part of the day in construct right after a time and
// before the day it names sets the hour, as after «من», and is left to the DATE («الساعة 11:59
// ليل الأحد» → T23:59, «الساعة الخامسة والنصف عصر أمس» → T17:30; before, T11:59 and T05:30);
// «منتصف الليل» after a time is the night («الساعة 12 منتصف الليل» → T00:00, «في الواحدة بعد
// منتصف الليل» → T01:00); «الظهر», «الفجر», «الضحى» after «الساعة» and «ضحى» are parts of the
// day as «العصر» and «صباحا» are; «من ليلة الأحد» is the night, not the evening («الثانية من ليلة
// الأحد» → T02:00). A verb «ظهر»/«فجر» after a time, or a count before «فجر اليوم», moves no
// hour. A bare «الاثنين» right after a part of the day the TIME took («الساعة التاسعة صباح
// الاثنين وحتى …») or after a score («هزمه 2-1 الاثنين في») is Monday (before, no DATE).
// Invented sentences; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const times = (text: string) => pickNumeric(text).filter(([type]) => type === 'TIME');
const dates = (text: string) => pickNumeric(text).filter(([type]) => type === 'DATE');

describe('a part of the day in construct before its day', () => {
  test('sets the hour of the time before it and is left to the DATE', () => {
    expect(times('ويبدأ سريان وقف إطلاق النار الساعة 11:59 ليل الأحد')).toEqual([['TIME', 'الساعة 11:59', 'T23:59']]);
    expect(dates('ويبدأ سريان وقف إطلاق النار الساعة 11:59 ليل الأحد')).toEqual([['DATE', 'الأحد', '-W-7']]);
    expect(times('وتلقت الشرطة بلاغا عند الساعة 4:10 عصر أمس عن حريق في مستودع')).toEqual([['TIME', 'الساعة 4:10', 'T16:10']]);
    expect(times('وسقطت القذيفة على منزل الساعة الخامسة والنصف عصر يوم الخميس')).toEqual([['TIME', 'الساعة الخامسة والنصف', 'T17:30']]);
    expect(times('وانطلق القطار عند الساعة الثالثة عصر اليوم نفسه')).toEqual([['TIME', 'الساعة الثالثة', 'T15:00']]);
    expect(times('وصل الوفد الساعة العاشرة ليلة أمس إلى المطار')).toEqual([['TIME', 'الساعة العاشرة', 'T22:00']]);
    expect(times('وعقد الاجتماع الساعة الواحدة ظهر الثلاثاء في مقر الوزارة')).toEqual([['TIME', 'الساعة الواحدة', 'T13:00']]);
    expect(times('وانفجرت السيارة الساعة 2:15 فجر السبت قرب السوق')).toEqual([['TIME', 'الساعة 2:15', 'T02:15']]);
    expect(times('ويبدأ حظر التجول الساعة 12 منتصف ليل الخميس')).toEqual([['TIME', 'الساعة 12', 'T00:00']]);
  });

  test('«ليلة» and «منتصف ليل» after «من» are the night', () => {
    expect(times('وقع الانفجار الساعة الثانية من ليلة الأحد')).toEqual([['TIME', 'الساعة الثانية', 'T02:00']]);
    expect(times('ويسري القرار من الساعة 12 من منتصف ليل الخميس')).toEqual([['TIME', 'الساعة 12', 'T00:00']]);
  });

  test('a verb or a count moves no hour', () => {
    expect(times('وفي الساعة الثالثة ظهر الرئيس على شاشة التلفزيون')).toEqual([['TIME', 'الساعة الثالثة', 'T03:00']]);
    expect(times('وأصيب 5 فجر اليوم في قصف على البلدة')).toEqual([]);
  });
});

describe('midnight after a time', () => {
  test('is the night', () => {
    expect(times('ويمتد حظر التجول حتى الساعة 12 منتصف الليل')).toEqual([['TIME', 'الساعة 12 منتصف الليل', 'T00:00']]);
    expect(times('وتعود البعثة في الواحدة بعد منتصف الليل بتوقيت لندن')).toEqual([['TIME', 'الواحدة بعد منتصف الليل', 'T01:00']]);
    expect(times('وأغلقت مراكز الاقتراع الساعة الحادية عشرة قبل منتصف الليل')).toEqual([['TIME', 'الساعة الحادية عشرة قبل منتصف الليل', 'T23:00']]);
  });
});

describe('«الظهر», «الفجر», «الضحى» and «ضحى» after a time', () => {
  test('are parts of the day', () => {
    expect(times('ويفتح المعرض أبوابه الساعة 1 الظهر')).toEqual([['TIME', 'الساعة 1 الظهر', 'T13:00']]);
    expect(times('واستيقظ السكان الساعة 3 الفجر على صوت الانفجار')).toEqual([['TIME', 'الساعة 3 الفجر', 'T03:00']]);
    expect(times('وتبدأ الجلسة في العاشرة ضحى')).toEqual([['TIME', 'العاشرة ضحى', 'T10:00']]);
  });

  test('the known parts read as before', () => {
    expect(times('وتستمر الفعاليات حتى الثانية عشرة ليلا')).toEqual([['TIME', 'الثانية عشرة ليلا', 'T00:00']]);
    expect(times('وتقام المباراة الساعة 12 ظهرا')).toEqual([['TIME', 'الساعة 12 ظهرا', 'T12:00']]);
    expect(times('وبدأت الغارات عند الساعة الثالثة فجرا')).toEqual([['TIME', 'الساعة الثالثة فجرا', 'T03:00']]);
    expect(times('وينتهي التسجيل الساعة الواحدة ظهرا')).toEqual([['TIME', 'الساعة الواحدة ظهرا', 'T13:00']]);
    expect(times('ويتوقف العمل الساعة 10 مساء الأحد')).toEqual([['TIME', 'الساعة 10 مساء', 'T22:00']]);
  });
});

describe('a weekday after «غد» or «يوم غد»', () => {
  test('is a DATE, the deictic left out', () => {
    expect(dates('وتنطلق البطولة يوم غد الثلاثاء في العاصمة')).toEqual([['DATE', 'الثلاثاء', '-W-2']]);
    expect(dates('ويلتقي الفريقان غد الاثنين في نصف النهائي')).toEqual([['DATE', 'الاثنين', '-W-1']]);
  });
});

describe('«الاثنين» after a part of the day the TIME took, or after a score', () => {
  const MONDAY = ['DATE', 'الاثنين', '-W-1'];
  test('is Monday', () => {
    expect(dates('واستمرت الجلسة من الساعة التاسعة صباح الاثنين وحتى المساء')).toEqual([MONDAY]);
    expect(dates('وهزم المنتخب ضيفه 2-1 الاثنين في مباراة ودية')).toEqual([MONDAY]);
    expect(dates('وتعادل الفريقان 1:1 الاثنين، في ختام الجولة')).toEqual([MONDAY]);
  });

  test('"the two" stays no DATE', () => {
    expect(dates('وانتهت المباراة بالتعادل 1-1 بين الاثنين')).toEqual([]);
  });
});
