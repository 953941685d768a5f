// Regression tests for numeric QA round 89: a year of two digits after «عام/سنة» with a spaced
// «م» was a NUM («غزا الرومان بريطانيا عام 43 م», NUM 43), while the glued «عام 43م» was a DATE
// whose century is unwritten: the trigger makes the «م» the era, not metres, glued or spaced
// (`year`, `twoDigits`). Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('a two-digit year after «عام/سنة» with a spaced «م»', () => {
  test('the year and its era are one DATE without a value', () => {
    expect(pickNumeric('ووصلت الحملة إلى الجزيرة عام 43 م، ثم عادت')).toEqual([['DATE', 'عام 43 م', undefined]]);
    expect(pickNumeric('وزار القديس المدينة حوالي سنة 57 م . ثم غادرها')).toEqual([['DATE', 'سنة 57 م', undefined]]);
    expect(pickNumeric('وتوفي الحاكم في قصره (في عام 68 م) بعد مرض')).toEqual([['DATE', 'عام 68 م', undefined]]);
    expect(pickNumeric('وقتل في 29 يونيو من عام 64 م في روما')).toEqual([['DATE', '29 يونيو من عام 64 م', '--06-29']]);
  });

  test('guards: the glued «م», a count, metres squared, three digits, the written-out era', () => {
    expect(pickNumeric('وزار القديس المدينة عام 43م ثم غادرها')).toEqual([['DATE', 'عام 43م', undefined]]);
    expect(pickNumeric('ويتخرج كل عام 40 م')).toEqual([['NUM', '40', 40]]);
    expect(pickNumeric('وبنى عام 30 م مربع')).toEqual([['NUM', '30', 30]]);
    expect(pickNumeric('ودمرت المدينة عام 245 م في الحرب')).toEqual([['DATE', 'عام 245 م', '0245']]);
    expect(pickNumeric('ودمرت المدينة عام 70 ميلادية')).toEqual([['DATE', 'عام 70 ميلادية', '0070']]);
    expect(pickNumeric('وبلغ ارتفاع البرج 43 م فوق سطح البحر')).toEqual([['NUM', '43', 43]]);
  });
});
