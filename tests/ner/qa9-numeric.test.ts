// Regression tests for QA round 9 of the numeric grammar (ANT news and Arabic Wikipedia).
// Every sentence is invented; each case was misread before the fix it names.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('resolution numbers', () => {
  test('leaves out the number of a resolution after «قرار» and the words that qualify it', () => {
    expect(found('دعا البيان إلى تطبيق القرار الأممي (2216) والقرار (2231) دون تأخير')).toEqual([]);
    expect(found('طالب الوفد بتنفيذ قرار مجلس الأمن الدولي 1973 كاملا')).toEqual([]);
    expect(found('في خرق واضح للقرارين الدوليين 2216 و2231 بهدف التصعيد')).toEqual([]);
    expect(found('وفق قرارات مجلس الأمن ذات الصلة (1559، 1701)، كما قال')).toEqual([]);
    expect(found('رحب الوزير بصدور القرار الأممي (٢٤٥١) أمس')).toEqual([]);
  });

  test('reads «مجلس الأمن» before three digits or more as a resolution, and «رقم» before a year', () => {
    expect(found('تطبيقا لما نص عليه مجلس الأمن 2254 بشأن الانتقال')).toEqual([]);
    expect(found('وفق قرار مجلس الأمن رقم 1970 بشأن ليبيا')).toEqual([]);
  });

  test('keeps a year after an international exhibition a year', () => {
    expect(found('نال الميدالية في معرض باريس الدولي 1937 عن الجناح')).toEqual([['DATE', '1937', '1937']]);
  });

  test('keeps the counts around a resolution', () => {
    expect(found('أيد القرار بأغلبية 29 صوتا')).toEqual([['NUM', '29', 29]]);
    expect(found('يحتاج قرار مجلس الأمن 9 أصوات على الأقل')).toEqual([['NUM', '9', 9]]);
    expect(found('صوت مجلس الأمن 13 مقابل 2 لصالح المشروع')).toEqual([['NUM', '13', 13], ['NUM', '2', 2]]);
    expect(found('أصدرت المحكمة قرارا بإغلاق 13 مكتبا')).toEqual([['NUM', '13', 13]]);
  });
});

describe('periods of years', () => {
  test('reads a period before the common era written from the larger year', () => {
    expect(found('قال الفيلسوف (427-347 قبل الميلاد) إن النفس خالدة')).toEqual([['DATE', '427-347 قبل الميلاد', '-0426/-0346']]);
    expect(found('حكم الملك (1279-1213 ق.م.) مصر طويلا')).toEqual([['DATE', '1279-1213 ق.م', '-1278/-1212']]);
    expect(found('ولد الشاعر (70 - 19 ق م) في قرية')).toEqual([['DATE', '70 - 19 ق م', '-0069/-0018']]);
    expect(found('حكمت الأسرة 305 – 30 قبل الميلاد من الإسكندرية')).toEqual([['DATE', '305 – 30 قبل الميلاد', '-0304/-0029']]);
  });

  test('reads three-digit years in brackets after a name as a life or a reign', () => {
    expect(found('خلفه ابنه الإمبراطور الشاب (337-361). ثم جاء غيره')).toEqual([['DATE', '337-361', '0337/0361']]);
    expect(found('ازدهر الشعر في عهد أسرة سونغ (960 - 1279)')).toEqual([['DATE', '960 - 1279', '0960/1279']]);
    expect(found('كتب الراهب "حياة القديس" (296 - 373) وغيرها')).toEqual([['DATE', '296 - 373', '0296/0373']]);
    expect(found('كان الملك الثالث (457-474) آخر ملوك الأسرة')).toEqual([['DATE', '457-474', '0457/0474']]);
  });

  test('keeps scores, round ranges and measured ranges in brackets counts', () => {
    expect(found('خسر الفريق أمام ضيفه الأربعاء (104-112) في الدوري')).toEqual([
      ['DATE', 'الأربعاء', '-W-3'],
      ['NUM', '104', 104],
      ['NUM', '112', 112],
    ]);
    expect(found('يتسع الملعب (250-300) متفرج')).toEqual([['NUM', '250', 250], ['NUM', '300', 300]]);
    expect(found('تضم المدرسة (155-175) طالب')).toEqual([['NUM', '155', 155], ['NUM', '175', 175]]);
    expect(found('تضم المدرسة (163-171) طالبا')).toEqual([['NUM', '163', 163], ['NUM', '171', 171]]);
    expect(found('يبلغ طول الذكر (160-190) سم')).toEqual([['NUM', '160', 160], ['NUM', '190', 190]]);
  });

  test('reads three digits after a day and a month as its year where nothing is counted', () => {
    expect(found('توفي الإمبراطور في 9 أغسطس 378، ودفن في المدينة')).toEqual([['DATE', '9 أغسطس 378', '0378-08-09']]);
    expect(found('الإمبراطور (20 مارس 235 - 4 يناير 284) حكم قليلا')).toEqual([
      ['DATE', '20 مارس 235', '0235-03-20'],
      ['DATE', '4 يناير 284', '0284-01-04'],
    ]);
    expect(found('وصل في 12 مايو 300 جندي إلى المدينة')).toEqual([['DATE', '12 مايو', '--05-12'], ['NUM', '300', 300]]);
  });

  test('reads a night between two days written with a slash', () => {
    expect(found('بدأ الهجوم ليلة 14/15 مايو 1948 على القرى')).toEqual([['DATE', '14/15 مايو 1948', '1948-05-14/1948-05-15']]);
    expect(found('كتبت الوثيقة في 14/5/1948 كما ذكر')).toEqual([['DATE', '14/5/1948', '1948-05-14']]);
    expect(found('النتيجة 14/15 والمباراة في مايو')).toEqual([['NUM', '14', 14], ['NUM', '15', 15], ['DATE', 'مايو', '--05']]);
  });
});

describe('metres, fractions and list numbers', () => {
  test('reads «م» after a word of measure or a number beyond the years as metres', () => {
    expect(found('تقع القرية على ارتفاع 1650 م عن سطح البحر')).toEqual([['NUM', '1650', 1650]]);
    expect(found('تبلغ قمة الجبل 4810 م في الصيف')).toEqual([['NUM', '4810', 4810]]);
    expect(found('يقع المسجد على بعد 500م من السوق')).toEqual([['NUM', '500', 500]]);
    expect(found('بني الحصن بعد 500م بقليل')).toEqual([['DATE', '500م', '0500']]);
    expect(found('ولد الشيخ عام 1650 م في القرية')).toEqual([['DATE', 'عام 1650 م', '1650']]);
  });

  test('leaves out the numerator of a fraction', () => {
    expect(found('يعيش ثلاثة أرباع السكان في المدن')).toEqual([]);
    expect(found('تملك الدولة ثلاثة أخماس الأسهم')).toEqual([]);
    expect(found('اشترى ثلاثة أجهزة جديدة')).toEqual([['NUM', 'ثلاثة', 3]]);
  });

  test('leaves out a list number with a slash at the start of a line', () => {
    expect(found('3/ لا تؤجل عمل اليوم إلى الغد.')).toEqual([]);
    expect(found('نصائح:\n4/ اقرأ كل يوم.')).toEqual([]);
    expect(found('3/4 كوب من السكر')).toEqual([]);
    expect(found('ولد في 3/4/1990 بالقرية')).toEqual([['DATE', '3/4/1990', '1990-04-03']]);
  });
});

describe('«م» with a superscript, or after an area, is metres', () => {
  const spans = (text: string): string[] => found(text).map(([type, text]) => `${type} ${text}`);
  test('«100 م²» and «5 م³» are counts of square and cubic metres, not years', () => {
    expect(spans('تبلغ مساحة الشقة 100 م² فقط')).toEqual(['NUM 100']);
    expect(spans('يتسع الخزان الصغير 5 م³ من الماء')).toEqual(['NUM 5']);
    expect(spans('الحديقة مساحتها 300 م تقريبا')).toEqual(['NUM 300']);
  });
  test('the era «م» after a year stays a date', () => {
    expect(spans('بني المسجد سنة 100 م في دمشق')).toEqual(['DATE سنة 100 م']);
  });
});
