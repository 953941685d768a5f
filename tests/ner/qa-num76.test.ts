// Regression tests for numeric QA round 76: a number that completes the name of a model, a
// vehicle, a spacecraft, a catalogue entry or a chart was read as a count (NUM) after a name the
// identifier list did not hold («فوستوك 6», «توبوليف 154», «مسييه 31», «بيلبورد 200», «هوت 100»,
// «إيجي إكس 30», «شهاب 3», «بي 52», «نموذج 101»), and after a hyphen set off by a space between
// the name and its number («تيانغونغ -1 ستصل», «سوخوي- 34», «فوستوك -2018»). `NAMED_MODELS` now
// names the number after such a word unless a counted noun follows it (a preposition, «ذات», «هو»
// are none), and a hyphen between a named model (or a word of `WORDS.identifier`) and a number
// names it whatever follows. Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const nums = (text: string) => pickNumeric(text).filter(([type]) => type === 'NUM');

describe('a number that completes the name of a model', () => {
  test('is no count after a spacecraft, an airliner, a missile, a catalogue or a chart', () => {
    expect(nums('وأطلقت وكالة الفضاء الصاروخ ساترن 5 نحو القمر')).toEqual([]);
    expect(nums('وحلق رائد الفضاء على متن فوستوك 2 وكان ثاني من يدور حول الأرض')).toEqual([]);
    expect(nums('وتحطمت طائرة من طراز توبوليف 154 قرب المطار')).toEqual([]);
    expect(nums('ورصد الفلكيون المجرة مسييه 87 ذات النواة النشطة')).toEqual([]);
    expect(nums('وتصدر الألبوم قائمة بيلبورد 200 للأسبوع الثالث')).toEqual([]);
    expect(nums('وبلغت الأغنية المركز الأول في قائمة بيلبورد هوت 100، ثم تراجعت')).toEqual([]);
    expect(nums('وارتفع مؤشر إيجي إكس 70 بنسبة طفيفة في التعاملات')).toEqual([]);
    expect(nums('وعرض الجيش صواريخ شهاب 3 في الاستعراض السنوي')).toEqual([]);
    expect(nums('وحلقت قاذفات بي 52 فوق الجبال')).toEqual([]);
    expect(nums('ويملأ الناخب النموذج بعد استلام نموذج 12 من اللجنة')).toEqual([]);
  });

  test('is no count after a hyphen set off by a space', () => {
    expect(nums('ويتوقع العلماء أن المختبر تيانغونغ -2 سيحترق في الغلاف الجوي')).toEqual([]);
    expect(nums('وقالت الوكالة إن المحطة شنتشو -9 ستعود إلى الأرض غدا')).toEqual([]);
    expect(nums('وشاركت مقاتلات سوخوي -35 وسوخوي- 27 في المناورات')).toEqual([]);
    expect(nums('وانطلقت مناورات فوستوك -2022 بمشاركة قوات من عدة دول')).toEqual([]);
  });

  test('guards: a counted noun after the number, and a count of the maker, stay counts', () => {
    expect(nums('وأطلق الحرس شهاب 3 صواريخ على الهدف')).toEqual([['NUM', '3', 3]]);
    expect(nums('وباع الوكيل 747 سيارة في الربع الأول')).toEqual([['NUM', '747', 747]]);
    expect(nums('وتسلمت الشركة 4 طائرات توبوليف جديدة')).toEqual([['NUM', '4', 4]]);
    expect(nums('ويضم المعرض نموذج 3 قطع أثرية نادرة')).toEqual([['NUM', '3', 3]]);
    expect(nums('وانخفضت درجة الحرارة إلى -5 درجات ليلا')).toEqual([['NUM', '-5', -5]]);
    expect(nums('وخسر الفريق صفر -2 أمام ضيفه')).toEqual([['NUM', 'صفر', 0], ['NUM', '2', 2]]);
  });
});
