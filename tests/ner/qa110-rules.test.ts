// QA round 110 (news-005, Arabic news, and news-012, Wikipedia): a PERS that named no one stood
// right before a person's name, and the rules for two adjacent PERS (joinAdjacentPersons) only
// knew a lone title of the trigger list: a definite description in the dual («[الفنانان
// الساخران] [فرانك سكينر]», «[الكينيان] [أوكومبو]», «[الكونتان] [روجر الثاني]»), a lone definite
// word the self-training dictionary seldom finds a person («[النبي] [محمد]», «[الفقيه] [أبو
// عمران]»), «النبي» after a word that is no name («[سنن النبي] [محمد]») and a place of several
// words before its mayor («[ريو دي جانيرو] [مارسيلو كريفيلا]»). The description is now left out
// (O) and the place is a LOC (descriptionBeforePerson, isDualDescription); a compound name «عبد
// النبي», a given name before «النبي», a family name in «ان» («الحمدان») and a name in «إل…»
// («إلهام», no article) stay. Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';
const BL = 'B-LOC';
const IL = 'I-LOC';

describe('QA round 110: a description or a place read as a name right before a person', () => {
  it('drops a definite description in the dual before a name', () => {
    expect(rules('وقدم الفنانان الساخران فرانك سكينر عرضا جديدا', [O, BP, IP, BP, IP, O, O]).tags).toEqual([O, O, O, BP, IP, O, O]);
    expect(rules('وشارك الوافدان الجديدان كريم حداد في المران', [O, BP, IP, BP, IP, O, O]).tags).toEqual([O, O, O, BP, IP, O, O]);
    expect(rules('وفاز الكينيان أموس كيبروتو بالسباق', [O, BP, BP, IP, O]).tags).toEqual([O, O, BP, IP, O]);
  });
  it('drops a lone definite word seldom a name before a name', () => {
    expect(rules('وكتب الفقيه أبو بكر الطرطوشي كتابا', [O, BP, BP, IP, IP, O]).tags).toEqual([O, O, BP, IP, IP, O]);
    expect(rules('وهاجر النبي محمد إلى المدينة', [O, BP, BP, O, O]).tags).toEqual([O, O, BP, O, O]);
  });
  it('drops «النبي» after a word that is no name', () => {
    expect(rules('وتحدث الخطيب عن سنن النبي محمد في الصلاة', [O, O, O, BP, IP, BP, O, O]).tags).toEqual([O, O, O, O, O, BP, O, O]);
  });
  it('retypes a known place of two words or more before a name as a LOC', () => {
    expect(rules('وقال عمدة ساو باولو جواو دوريا إن المدينة جاهزة', [O, O, BP, IP, BP, IP, O, O, O]).tags).toEqual([O, O, BL, IL, BP, IP, O, O, O]);
  });
  it('guard: «عبد النبي», a given name before «النبي», a family name and «إلهام» (no article) stay', () => {
    expect(rules('وقال عبد النبي محمد إن الموعد قريب', [O, BP, IP, BP, O, O, O]).tags).toEqual([O, BP, IP, IP, O, O, O]);
    expect(rules('ولقي محمد النبي خالد الحربي في المجلس', [O, BP, IP, BP, IP, O, O]).tags).toEqual([O, BP, IP, BP, IP, O, O]);
    expect(rules('واستقبل الحمدان محمد العلي في مكتبه', [O, BP, BP, IP, O, O]).tags).toEqual([O, BP, BP, IP, O, O]);
    expect(rules('وحكم الناصر محمد بن قلاوون مصر', [O, BP, BP, IP, IP, O]).tags).toEqual([O, BP, IP, IP, IP, O]);
    expect(rules('واستقبل إلهام علييف الوفد الزائر', [O, BP, BP, O, O]).tags).toEqual([O, BP, BP, O, O]);
  });
});
