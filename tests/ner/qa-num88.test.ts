// Regression tests for numeric QA round 88: a year of fewer than three digits after a day and a
// month with a written-out common era was cut off as a NUM («توفي في 28 أبريل 32 ميلادية», a DATE
// «28 أبريل» and a NUM 32): the month now serves that year as the trigger «عام» does (`year`,
// `afterMonth`), above the month's own number («في شهر سبتمبر 9 ميلادي») and not before «م»,
// which is also metres. Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('a short year after a month with a written-out era', () => {
  test('the year joins the date', () => {
    expect(pickNumeric('وتوفي الإمبراطور في 28 أبريل 32 ميلادية في قصره')).toEqual([['DATE', '28 أبريل 32 ميلادية', '0032-04-28']]);
    expect(pickNumeric('وتولى الأسقف الكرسي في 7 يوليو 29 للميلاد بعد سلفه')).toEqual([['DATE', '7 يوليو 29 للميلاد', '0029-07-07']]);
    expect(pickNumeric('ودخلت الجيوش المدينة في يونيو 95 ميلاديا')).toEqual([['DATE', 'يونيو 95 ميلاديا', '0095-06']]);
  });

  test('guards: the month\'s own number, «م», longer years and the era before Christ', () => {
    expect(pickNumeric('وفي منتصف شهر سبتمبر 9 ميلادي تصل الطيور')).toEqual([['DATE', 'منتصف شهر سبتمبر', '--09'], ['NUM', '9', 9]]);
    expect(pickNumeric('وتوفي في 28 أبريل 32 م في قصره')).toEqual([['DATE', '28 أبريل', '--04-28'], ['NUM', '32', 32]]);
    expect(pickNumeric('وفتحت المدينة في 30 نيسان 711 ميلادي')).toEqual([['DATE', '30 نيسان 711 ميلادي', '0711-04-30']]);
    expect(pickNumeric('وتوفي في 13 يونيو 323 ق.م في بابل')).toEqual([['DATE', '13 يونيو 323 ق.م', undefined]]);
    expect(pickNumeric('وولد عام 43 ميلادية')).toEqual([['DATE', 'عام 43 ميلادية', '0043']]);
  });
});
