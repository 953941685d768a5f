import { describe, expect, test } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: currency abbreviations after a number', () => {
  test('«م.دج» (million Algerian dinars) in mid-sentence ends no sentence', () => {
    expect(split('رصدت البلدية مبلغا بقيمة 7 م.دج لترميم السوق القديمة.')).toStrictEqual([
      'رصدت البلدية مبلغا بقيمة 7 م.دج لترميم السوق القديمة.',
    ]);
  });

  test('«م.دج.» at the end of a sentence still ends it', () => {
    expect(split('بلغت الكلفة 12 م.دج. وسينطلق العمل قريبا.')).toStrictEqual([
      'بلغت الكلفة 12 م.دج.',
      'وسينطلق العمل قريبا.',
    ]);
  });

  test('the Tunisian forms «م.د» «أ.د» «د.ت» «م.د.ل» stay inside the sentence', () => {
    for (const unit of ['م.د', 'أ.د', 'د.ت', 'م.د.ل']) {
      const s = `خصصت الوزارة 3 ${unit} لتهيئة الطريق الجديد.`;
      expect(split(s)).toStrictEqual([s]);
    }
  });

  test('an era «م.» glued to a longer word is still a sentence end', () => {
    expect(split('توفي سنة 640 م.وخلفه ابنه.')).toStrictEqual(['توفي سنة 640 م.', 'وخلفه ابنه.']);
  });
});

describe('sentences: a mid-line ellipsis before a reporting verb', () => {
  test('«.. وأوضح» «.. وكان» «.. يذكر» open a new sentence', () => {
    expect(split('سجلت الفرق عشرات التدخلات في الأحياء الشرقية.. وأوضح المدير أن العمل متواصل.')).toStrictEqual([
      'سجلت الفرق عشرات التدخلات في الأحياء الشرقية..',
      'وأوضح المدير أن العمل متواصل.',
    ]);
    expect(split('عاد الفريق من الجولة الأولى بلا نقاط... وكانت البداية صعبة.')).toStrictEqual([
      'عاد الفريق من الجولة الأولى بلا نقاط...',
      'وكانت البداية صعبة.',
    ]);
    expect(split('انتهت الدورة بتتويج النادي… يذكر أن الدورة القادمة في الربيع.')).toStrictEqual([
      'انتهت الدورة بتتويج النادي…',
      'يذكر أن الدورة القادمة في الربيع.',
    ]);
  });

  test('other words after an ellipsis still continue the sentence', () => {
    expect(split('المدينة تستعد للمهرجان.. وتعد زوارها بالجديد.')).toStrictEqual([
      'المدينة تستعد للمهرجان.. وتعد زوارها بالجديد.',
    ]);
  });
});
