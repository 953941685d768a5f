// Regression tests for numeric QA round 84: the number of a verse in brackets after a quotation
// of the Quran («{… زَهُوقًا} (81) سورة الإسراء», «تَمْرَحُونَ (75) سورة غافر», a footnote
// «{… بني آدم} (1) وألزم») was a NUM: `isBracketReference` wanted a word or a quote before the
// bracket and a mark of the clause or a list of scorers after it. `isVerseNumber` now leaves it out
// after the closing brace or ornate parenthesis (unless the noun it counts follows), or before
// «سورة» after a closing mark or a word with short vowels; a count of suras («حفظ (30) سورة»)
// still counts. Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('verse numbers after a quotation of the Quran', () => {
  test('after the closing brace or ornate parenthesis', () => {
    expect(pickNumeric('قال تعالى: {وَاللَّهُ غَفُورٌ رَحِيمٌ} (12) سورة المائدة. ويقول المفسرون')).toEqual([]);
    expect(pickNumeric('واستشهد الخطيب بقوله تعالى ﴿وَقُلْ رَبِّ زِدْنِي عِلْمًا﴾ (114) من سورة طه')).toEqual([]);
    expect(pickNumeric('قال تعالى: {وجعلناكم شعوبا وقبائل لتعارفوا} (3) وهذا ما تقرره المواثيق الدولية')).toEqual([]);
  });

  test('before «سورة» after a bracket or a voweled word', () => {
    expect(pickNumeric('وختم كلمته بقوله تعالى: وَاللَّهُ بَصِيرٌ بِالْعِبَادِ (20) سورة آل عمران، ثم')).toEqual([]);
    expect(pickNumeric('وقد ورد في الكتاب الكريم: (إِنَّ اللَّهَ مَعَ الصَّابِرِينَ) (153) سورة البقرة')).toEqual([]);
  });

  test('guards: counts in brackets stay counts', () => {
    expect(pickNumeric('وأتم الطالب حفظ (30) سورة من القرآن الكريم خلال العام')).toEqual([['NUM', '30', 30]]);
    expect(pickNumeric('وتكررت الآية {فبأي آلاء ربكما تكذبان} (31) مرة في السورة')).toEqual([['NUM', '31', 31]]);
    expect(pickNumeric('وبلغ عدد المتسابقين (45) متسابقا في حفظ سورة البقرة')).toEqual([['NUM', '45', 45]]);
    expect(pickNumeric('وفي سورة الفتح الآية (18) يقول تعالى')).toEqual([]);
  });
});
