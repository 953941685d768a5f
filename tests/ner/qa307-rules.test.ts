// QA round 307 (a title or adjective before a name tagged as a person of its own, over the 16
// news files): dropTitlesBeforePersons in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 307: a title before a name is no person', () => {
  it('drops the title the model tagged apart', () => {
    expect(persons('واختتم البروفسور أيمن أبو النور حديثه')).toEqual(['أيمن أبو النور']);
    expect(persons('وكان نداً للكوميدي الكبير نجيب الريحاني، وعندما مات')).toEqual(['نجيب الريحاني']);
    expect(persons('عندما قام القيصر ألكسندر الثاني بإصلاح شامل للقضاء')).toEqual(['ألكسندر الثاني']);
  });

  it('guards: a name with its article, a name after «ل», a list with «وآل»', () => {
    expect(persons('والوزير السابق في حكومة الحبيب الصيد لزهر العكرمي في مداخلة')).toEqual(['الحبيب الصيد', 'لزهر العكرمي']);
    expect(persons('فقال الأصمعي لزين العابدين وقد رأى دموعه')).toEqual(['الأصمعي', 'زين العابدين']);
    expect(persons('ويحيى بن عدي والكندي وآل بختيشوع وغيرهم')).toContain('الكندي');
  });

  it('a regnal epithet or «البابا» after a proclitic joins the name, as without one', () => {
    expect(persons('وسارع الناصر داود والصالح إسماعيل بالانضمام إليهم')).toEqual(['الناصر داود', 'الصالح إسماعيل']);
    expect(persons('وتولى الكرسي خلفًا للبابا بطرس الثاني.')).toEqual(['لبابا بطرس الثاني']);
  });
});
