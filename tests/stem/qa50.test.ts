import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 50: two classes. (1) The feminine dual of a noun in ـة met its singular only where the
// lexicon saw the dual often enough to weigh its paradigm (three times at least): «دولتين» gave
// «دولة», but a dual seen once or twice («مسافتين», «محادثتين», «سمكتان») kept its ending, and so
// did the nominative «Xتان» that news writes seldom beside a licensed «Xتين» («جائزتان»,
// «غرفتان», «عبوتان» beside «جائزتين» → «جائزة»). The generator now licenses such a dual where
// its singular «Xة» is common (30 times, five times the dual) and takes the article, and, for a
// dual seen more often, where its other case is licensed. Names in ـتين / ـتان have no such
// singular or no licensed other case («مارتين», «مارتان», «هندستان»), nor have the whales.
// (2) The second person's imperfect plural kept its ending («تريدون», «تعيشون») where the third
// person's was cut («يريدون» → «يريد»): news quotes the second person seldom, so both its moods
// were rarely seen. It now follows a licensed «يXون» («تريدون» → «تريد», «تعانون» → «تعاني»),
// unless it is a ten («تسعون», ninety) or commoner than half the third person (the city «تولون»).
describe('stem QA round 50: feminine duals the lexicon saw seldom', () => {
  test('a rare oblique or nominative dual meets its singular', () => {
    expect(stem('مسافتين')).toBe('مسافة');
    expect(stem('مسافتين')).toBe(stem('المسافة'));
    expect(stem('محادثتين')).toBe('محادثة');
    expect(stem('السمكتين')).toBe('سمكة');
    expect(stem('نظارتين')).toBe('نظارة');
    expect(stem('المهلتان')).toBe('مهلة');
    expect(stem('دراجتان')).toBe('دراجة');
    expect(stem('فالوثيقتان')).toBe('وثيقة');
  });

  test('the nominative beside a licensed oblique dual meets the singular', () => {
    expect(stem('جائزتان')).toBe('جائزة');
    expect(stem('جائزتان')).toBe(stem('جائزتين'));
    expect(stem('وغرفتان')).toBe('غرفة');
    expect(stem('والعبوتان')).toBe('عبوة');
    expect(stem('دقيقتان')).toBe('دقيقة');
    expect(stem('نافذتان')).toBe(stem('نافذتين'));
  });

  test('guards: names and words in ـتين / ـتان, and licensed duals, are as before', () => {
    expect(stem('مارتين')).toBe('مارتين');
    expect(stem('مارتان')).toBe('مارتان');
    expect(stem('هندستان')).toBe('هندستان');
    expect(stem('كريستين')).toBe('كريستين');
    expect(stem('أوغستين')).toBe('اوغستين');
    expect(stem('بوتين')).toBe('بوتين');
    expect(stem('الحيتان')).toBe('حيتان');
    expect(stem('البستان')).toBe('بستان');
    expect(stem('شتان')).toBe('شتان');
    expect(stem('الغرفتين')).toBe('غرفة');
    expect(stem('نافذتين')).toBe('نافذة');
  });
});

describe('stem QA round 50: the second person plural of the imperfect', () => {
  test('«تXون», «تXوا» lose their ending as «يXون» does', () => {
    expect(stem('تريدون')).toBe('تريد');
    expect(stem('وتريدون')).toBe('تريد');
    expect(stem('تعيشون')).toBe('تعيش');
    expect(stem('تكتبون')).toBe('تكتب');
    expect(stem('تسافرون')).toBe('تسافر');
    expect(stem('تصوتوا')).toBe('تصوت');
    expect(stem('تعانون')).toBe('تعاني');
    expect(stem('تشتروا')).toBe('تشتري');
    expect(stem('تبدوا')).toBe('تبدو');
  });

  test('guards: the tens, names and nouns in ـون, and forms cut before, are as before', () => {
    expect(stem('تسعون')).toBe('تسعون');
    expect(stem('التسعون')).toBe('تسعون');
    expect(stem('تولون')).toBe('تولون');
    expect(stem('تلفزيون')).toBe('تلفزيون');
    expect(stem('تيمون')).toBe('تيمون');
    expect(stem('يريدون')).toBe('يريد');
    expect(stem('تعرفون')).toBe('تعرف');
    expect(stem('تقولون')).toBe('تقول');
  });
});
