// QA round 117 (leftovers of round 116; news-000 … news-003 whole, and news-015, Wikipedia):
// common words and phrases read as names. «عمر» "age" of «توفي عن عمر يناهز 80 عاما» was read as
// Omar («عن [عمر ناهز]PERS», «عن [عمر يناهر]PERS» as news misspells the verb); «القدس» of «الروح
// القدس» "the Holy Spirit" as Jerusalem («والروح [القدس]LOC»); and island states named after a
// person as persons («يضرب [جزر سليمان]PERS»). dropCommonNounPersons drops «عمر» before a verb of
// AGE_VERBS after «عن/على» or with «ب» (ageNotOmar); dropHolySpirit drops «القدس» after the
// definite «الروح»; retypeIslandPersons makes a PERS that opens with «جزر» a LOC.
// «تسونامي» stays MISC, as ANERcorp train tags it (9 times, LOC once).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';
const BL = 'B-LOC';
const IL = 'I-LOC';
const BO = 'B-ORG';
const IO = 'I-ORG';

describe('QA round 117: «عمر» "age" before «يناهز»', () => {
  it('drops «عمر» read as Omar, with or without the verb in the span', () => {
    expect(rules('ورحل الممثل القدير عن عمر ناهز 75 عاما', [O, O, O, O, BP, IP, O, O]).tags).toEqual([O, O, O, O, O, O, O, O]);
    expect(rules('وتوفيت الكاتبة عن عمر يناهر 90 عاما بعد صراع مع المرض', [O, O, O, BP, IP, O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O, O, O, O, O, O]);
    expect(rules('توفي الشاعر بعمر يناهز الثمانين', [O, O, BP, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('ورحل الملحن على عمر يُناهز السبعين عاما', [O, O, O, BP, IP, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
  });
  it('guard: Omar the person stays', () => {
    // no preposition before him: the subject of the verb
    expect(rules('وقال عمر يناهز الفريق القمة', [O, BP, O, O, O]).tags).toEqual([O, BP, O, O, O]);
    // «عن عمر» before another word: a person spoken of
    expect(rules('وتحدث المدرب عن عمر السومة طويلا', [O, O, O, BP, IP, O]).tags).toEqual([O, O, O, BP, IP, O]);
    expect(rules('وسأل الصحفي عن عمر أمس', [O, O, O, BP, O]).tags).toEqual([O, O, O, BP, O]);
  });
});

describe('QA round 117: «الروح القدس» "the Holy Spirit"', () => {
  it('drops «القدس» after the definite «الروح»', () => {
    expect(rules('ويؤمن المسيحيون بالآب والابن والروح القدس', [O, O, O, O, O, BL]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('وقال الكاهن إن الروح القدس حل على التلاميذ', [O, O, O, O, BL, O, O, O]).tags).toEqual([O, O, O, O, O, O, O, O]);
    expect(rules('وتحدث الواعظ عن الروح القدس في عظته', [O, O, O, BL, IL, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
  });
  it('guard: Jerusalem and a university named after the Holy Spirit stay', () => {
    expect(rules('وتبقى القدس في الروح والقلب', [O, BL, O, O, O]).tags).toEqual([O, BL, O, O, O]);
    expect(rules('ودرس الطالب في جامعة الروح القدس قرب بيروت', [O, O, O, BO, IO, IO, O, BL]).tags).toEqual([O, O, O, BO, IO, IO, O, BL]);
    expect(rules('وتظاهر الآلاف دعما لروح القدس وأهلها', [O, O, O, O, BL, O]).tags).toEqual([O, O, O, O, BL, O]);
  });
});

describe('QA round 117: an island state named after a person', () => {
  it('makes a PERS that opens with «جزر» a LOC', () => {
    expect(rules('وضرب زلزال قوي جزر سليمان في المحيط الهادئ', [O, O, O, BP, IP, O, BL, IL]).tags).toEqual([O, O, O, BL, IL, O, BL, IL]);
    expect(rules('ووصل الوفد إلى جزر مارشال أمس', [O, O, O, BP, IP, O]).tags).toEqual([O, O, O, BL, IL, O]);
  });
  it('guard: the person named after the islands word, and a bare head, as before', () => {
    expect(rules('وقال سليمان جزر إن الحكومة مستقرة', [O, BP, IP, O, O, O]).tags).toEqual([O, BP, IP, O, O, O]);
    expect(rules('وزار الوزير جزر سليمان', [O, O, BL, IL]).tags).toEqual([O, O, BL, IL]);
  });
});
