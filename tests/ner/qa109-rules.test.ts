// QA round 109 (news-003, Saudi news, and news-013, Wikipedia): two PERS names side by side, one
// person's name cut in two, stayed apart when the first was a compound given name of two words
// («[عبد السلام] [محمد عارف]», «[شهاب الدين] [محمود تكشى]»: joinable took «السلام» for a frequent
// untagged word ending a name, and only a lone listed given name opened a join) or when the
// second began with «ف/ك» that the word reading split off («[عبدالله] [فيصل ميجان]», «[تشيكو]
// [فلوريس]»: taken for a preposition between two people). A compound given name
// (isCompoundGivenName: «عبد» + a definite word, or a word + «الدين/الله/الإسلام/…») now opens a
// join (compoundFirst) and ends a first name that may take the next, and «ف/ك» (KEPT_CLITICS)
// no longer keep two names apart; a kunya «أبو …» or nasab «بن/ابن …» of two words or more
// after a name that opens with a listed given name joins it too (particleSecond: «[محمد بك]
// [أبو الدهب]»); «ل/ب», «و», «أبا/أبي» and two full names still keep them apart. Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';

describe('QA round 109: a compound given name or a name read with ف/ك joins the next name', () => {
  it('joins a second name whose first word the reading splits into ف/ك + a word', () => {
    expect(rules('وقال الشاب عبدالله فيصل الحربي إن المشروع جاهز', [O, O, BP, BP, IP, O, O, O]).tags).toEqual([O, O, BP, IP, IP, O, O, O]);
    expect(rules('وأصيب المدافع تشيكو فلوريس في التدريب', [O, O, BP, BP, O, O]).tags).toEqual([O, O, BP, IP, O, O]);
    expect(rules('وكتب جورج أرمسترونغ كاستر رسالة إلى زوجته', [O, BP, IP, BP, O, O, O]).tags).toEqual([O, BP, IP, IP, O, O, O]);
    expect(rules('وظهر إدوارد كولن في الفيلم الجديد', [O, BP, BP, O, O, O]).tags).toEqual([O, BP, IP, O, O, O]);
  });
  it('joins a name after a compound given name «عبد ال…»', () => {
    expect(rules('واستقبل الرئيس عبد السلام محمد عارف الوفد', [O, O, BP, IP, BP, IP, O]).tags).toEqual([O, O, BP, IP, IP, IP, O]);
    expect(rules('ولكن عبد السلام عارف كان يعارض القرار', [O, BP, IP, BP, O, O, O]).tags).toEqual([O, BP, IP, IP, O, O, O]);
  });
  it('joins a name after a compound «… الدين», «… الإسلام»', () => {
    expect(rules('وقد شفع فيهم شهاب الدين محمود الحلبي', [O, O, O, BP, IP, BP, IP]).tags).toEqual([O, O, O, BP, IP, IP, IP]);
    expect(rules('واحتفظ سيف الإسلام طغتكين بالمدينة', [O, BP, IP, BP, O]).tags).toEqual([O, BP, IP, IP, O]);
  });
  it('joins a kunya «أبو …» or a nasab «ابن …» after a given name', () => {
    expect(rules('وكان يوسف صبري أبو طالب قائدا للجيش', [O, BP, IP, BP, IP, O, O]).tags).toEqual([O, BP, IP, IP, IP, O, O]);
    expect(rules('وحكم البلاد محمد بك أبو الدهب سنوات', [O, O, BP, IP, BP, IP, O]).tags).toEqual([O, O, BP, IP, IP, IP, O]);
    expect(rules('وسافر يوسف النجار ابن يعقوب إلى مصر', [O, BP, IP, BP, IP, O, O]).tags).toEqual([O, BP, IP, IP, IP, O, O]);
  });
  it('guard: a preposition, a list with «و» and two full names keep the names apart', () => {
    expect(rules('وقال فهيد لمبارك إن الموعد قريب', [O, BP, BP, O, O, O]).tags).toEqual([O, BP, BP, O, O, O]);
    expect(rules('واختار نجيب محفوظ محمد سلماوي للمهمة', [O, BP, IP, BP, IP, O]).tags).toEqual([O, BP, IP, BP, IP, O]);
    expect(rules('وبايع علي بن أبي طالب أبا بكر في المسجد', [O, BP, IP, IP, IP, BP, IP, O, O]).tags).toEqual([O, BP, IP, IP, IP, BP, IP, O, O]);
    expect(rules('ولقي محمد النبي خالد الحربي في المجلس', [O, BP, IP, BP, IP, O, O]).tags).toEqual([O, BP, IP, BP, IP, O, O]);
  });
});
