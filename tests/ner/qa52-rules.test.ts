// QA round 52 of names (news-001 and news-009, seed 121): set phrases whose first word is also a
// given name read as persons — formulas of piety («ب[عون الله]», «ب[حمد الله]», «بعد [توفيق
// الله]»), «[حسن الجوار]» "good neighbourliness" and «[حجاج] الداخل» "domestic pilgrims".
// Invented sentences, run on hand-set tags so that the tests hold whatever the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';

describe('formulas of piety are no names', () => {
  test('«بعون الله», «بحمد الله», «توفيق الله»', () => {
    expect(rules('سننجز المشروع بعون الله قبل الصيف', [O, O, P, IP, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('تعافى اللاعب بحمد الله من إصابته', [O, O, P, IP, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('نجح الموسم بعد توفيق الله ثم جهود العاملين', [O, O, O, P, IP, O, O, O]).tags).toEqual([O, O, O, O, O, O, O, O]);
    expect(rules('لولا توفيق الله تعالى لما وصلنا', [O, P, IP, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  test('guards: the family names «عون الله», «حمد الله» without ب stay', () => {
    expect(rules('قال عون الله إن الفريق جاهز', [O, P, IP, O, O, O]).tags).toEqual([O, P, IP, O, O, O]);
    expect(rules('سجل حمد الله هدفين أمس', [O, P, IP, O, O]).tags).toEqual([O, P, IP, O, O]);
  });
});

describe('«حسن» + an abstract noun is "goodness of"', () => {
  test('«حسن الجوار», «حسن النية»', () => {
    expect(rules('دعا البيان إلى احترام مبادئ حسن الجوار بين البلدين', [O, O, O, O, O, P, IP, O, O]).tags).toEqual([O, O, O, O, O, O, O, O, O]);
    expect(rules('أبدى الطرفان حسن النية في المفاوضات', [O, O, P, IP, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  test('guards: «حسن» with a family name stays', () => {
    expect(rules('قال حسن الجاسر إن الموسم طويل', [O, P, IP, O, O, O]).tags).toEqual([O, P, IP, O, O, O]);
  });
});

describe('«حجاج» before «الداخل/بيت» is "pilgrims"', () => {
  test('«حجاج الداخل», «حجاج بيت الله»', () => {
    expect(rules('رفعت شركات حجاج الداخل أسعارها', [O, O, P, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('يخدم المتطوعون حجاج بيت الله كل عام', [O, O, P, IP, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
  });
  test('guards: the given name «حجاج» stays', () => {
    expect(rules('قال حجاج النفيعي إن الطريق مغلق', [O, P, IP, O, O, O]).tags).toEqual([O, P, IP, O, O, O]);
  });
});

const L = 'B-LOC';
const IL = 'I-LOC';
const G = 'B-ORG';
const IG = 'I-ORG';

describe('towns named «بن …», «سيدي …» are places', () => {
  test('a whole PERS over the town, with ب/و on «بن» too', () => {
    expect(rules('وصل المحتجون إلى سيدي بوزيد صباحا', [O, O, O, P, IP, O]).tags).toEqual([O, O, O, L, IL, O]);
    const a = rules('وقعت الحادثة ببن قردان فجرا', [O, O, P, IP, O]);
    expect(a.tags).toEqual([O, O, L, IL, O]);
    expect(a.clitics[2]).toBe('ب');
  });
  test('a town head taken into the PERS stays outside the place', () => {
    expect(rules('عاد الهدوء إلى معتمدية بن قردان أمس', [O, O, O, P, IP, IP, O]).tags).toEqual([O, O, O, O, L, IL, O]);
  });
  test('a club word before the town makes a club', () => {
    expect(rules('فاز سبورتينغ بن عروس أمس', [O, P, IP, IP, O]).tags).toEqual([O, G, IG, IG, O]);
    expect(rules('خسر ترجي جرجيس أمس', [O, P, IP, O]).tags).toEqual([O, G, IG, O]);
  });
  test('guards: a club word tagged ORG alone, «استقلال/مستقبل» before a country', () => {
    // names QA round 125: a club word tagged ORG alone before a listed city now makes one ORG with
    // it (joinForeignClubCities), as ANERcorp train writes about 44 clubs of that shape against 5
    // apart; «[أياكس]ORG [أمستردام]LOC», one of those 5, was kept apart here before
    expect(rules('فاز أياكس أمستردام أمس', [O, G, L, O]).tags).toEqual([O, G, 'I-ORG', O]);
    expect(rules('احتفلوا بذكرى استقلال تونس أمس', [O, O, O, L, O]).tags).toEqual([O, O, O, L, O]);
    expect(rules('تحدث عن مستقبل تونس أمس', [O, O, O, L, O]).tags).toEqual([O, O, O, L, O]);
  });
  test('guards: a person whose nasab is «بن عروس» after a given name stays', () => {
    expect(rules('حضر محمد بن عروس الحفل', [O, P, IP, IP, O]).tags).toEqual([O, P, IP, IP, O]);
  });
});
