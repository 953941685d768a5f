// QA round 111 (news-007, Arabic news, and news-011, Wikipedia): a given name that is also an
// adjective stood as a one-word PERS right after an indefinite noun of a person that it
// qualifies («شخص [صالح]», «مواطن [صالح]», «رجل [كريم]», «شاب [حكيم]», «جسد [صالح]»), and
// «صالح» "the interest of" in construct with a definite word after «إلى/أجل/تحقيق/فيه»
// («إلى [صالح] المنظمات», «تحقيق [صالح] المجتمع», «وفي [صالح] العمال»). dropAdjectivesAfterNot now also drops such a
// word (isAdjectiveName: its feminine is frequent and never a name) after a noun of
// PERSON_NOUNS, and dropInFavourSaleh drops a lone «صالح» after a word of FAVOUR_HEADS before an
// untagged definite word, and «صالح» after «وفي» as after «في»; a name after such a noun («زوج [ريا]», «وصف [ترامب]», «قائد [نصر]», a Yemeni given name) and «إلى صالح»
// before a name or a tagged word stay. Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';

describe('QA round 111: an adjective given name after a noun of a person, «صالح» "the interest of"', () => {
  it('drops an adjective name after an indefinite noun of a person', () => {
    expect(rules('وقال الجيران إن جارهم شخص صالح يحب الخير', [O, O, O, O, O, BP, O, O]).tags).toEqual([O, O, O, O, O, O, O, O]);
    expect(rules('ويحتاج الفريق إلى شاب حكيم في الملعب', [O, O, O, O, BP, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('ويبقى كل مواطن صالح شريكا في البناء', [O, O, O, BP, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('وعرف عنه أنه رجل كريم يساعد الفقراء', [O, O, O, O, BP, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
  });
  it('drops «صالح» "the interest of" before a definite word after «إلى/أجل/تحقيق/فيه»', () => {
    expect(rules('وتسعى الجمعية إلى تحقيق صالح المجتمع المحلي', [O, O, O, O, BP, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('وانحازت الحكومة إلى صالح المستثمرين في القرار', [O, O, O, BP, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('وهذا القرار في صالح الشركات وفي صالح العمال أيضا', [O, O, O, BP, O, O, BP, O, O]).tags).toEqual([O, O, O, O, O, O, O, O, O]);
    expect(rules('ويعمل المركز من أجل صالح الطلاب', [O, O, O, O, BP, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  it('guard: a name after a noun of a person, and «إلى صالح» before a name, stay', () => {
    expect(rules('وقال زوج ريم إن الحادث وقع ليلا', [O, O, BP, O, O, O, O]).tags).toEqual([O, O, BP, O, O, O, O]);
    expect(rules('وقال المتحدث باسم الجبهة قائد نصر إن المعارك مستمرة', [O, O, O, O, O, BP, O, O, O]).tags).toEqual([O, O, O, O, O, BP, O, O, O]);
    expect(rules('ووصف جار الاتفاق بأنه تاريخي', [O, BP, O, O, O]).tags).toEqual([O, BP, O, O, O]);
    expect(rules('ورفض المتحدث وصف ترامب للاتفاق', [O, O, O, BP, O]).tags).toEqual([O, O, O, BP, O]);
    expect(rules('وسلم الوزير الجائزة إلى صالح الحربي أمس', [O, O, O, O, BP, IP, O]).tags).toEqual([O, O, O, O, BP, IP, O]);
    expect(rules('وأرسل الرئيس رسالة إلى صالح أمس', [O, O, O, O, BP, O]).tags).toEqual([O, O, O, O, BP, O]);
  });
});
