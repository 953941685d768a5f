// QA round 55 of names (news-003 and news-012, seed 137): countries named by a word and a fixed
// adjective cut after the word («[أيرلندا] الشمالية», «[بريطانيا] العظمى», «[تيمور] الشرقية»), and
// Prussia «بروسيا» read as ب + «روسيا» («في ب[روسيا]»). Invented sentences, run on hand-set tags so
// that the tests hold whatever the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const L = 'B-LOC';
const IL = 'I-LOC';

describe('a country named by a word and its adjective', () => {
  test('the bare adjective joins the country', () => {
    expect(rules('زار الوزير أيرلندا الشمالية أمس', [O, O, L, O, O]).tags).toEqual([O, O, L, IL, O]);
    expect(rules('وقعت معاهدة مع بريطانيا العظمى في ذلك العام', [O, O, O, L, O, O, O, O]).tags).toEqual([O, O, O, L, IL, O, O, O]);
    expect(rules('استقلت تيمور الشرقية عن جارتها', [O, L, O, O, O]).tags).toEqual([O, L, IL, O, O]);
    expect(rules('قصفت الطائرات فيتنام الشمالية بلا توقف', [O, O, L, O, O, O]).tags).toEqual([O, O, L, IL, O, O]);
  });
  test('guards: other adjectives, a person «تيمور», an adjective with a proclitic stay', () => {
    expect(rules('زار الوزير بريطانيا الشمالية أمس', [O, O, L, O, O]).tags).toEqual([O, O, L, O, O]);
    expect(rules('قال تيمور الشرقية بعيدة', [O, P, O, O]).tags).toEqual([O, P, O, O]);
    expect(rules('زار أيرلندا والشمالية أمس', [O, L, O, O]).tags).toEqual([O, L, O, O]);
  });
});

describe('«بروسيا» is Prussia after a preposition or a head', () => {
  test('the name keeps its first letter', () => {
    expect(rules('عاش الفيلسوف في بروسيا طويلا', [O, O, O, L, O]).clitics[3]).toBe('');
    expect(rules('اندلعت حرب بين بروسيا والنمسا', [O, O, O, L, L]).clitics[3]).toBe('');
    expect(rules('توج ملك بروسيا في القصر', [O, O, L, O, O]).clitics[2]).toBe('');
    expect(rules('تقع المدينة شرق بروسيا الشرقية قديما', [O, O, O, L, O, O]).clitics[3]).toBe('');
  });
  test('guards: «بروسيا» "in Russia" after a noun stays split; the club before its city is Borussia whole', () => {
    expect(rules('تقام البطولة بروسيا هذا الصيف', [O, O, L, O, O]).clitics[2]).toBe('ب');
    // names QA round 92: «بروسيا دورتموند» is the club of the ORGANISATIONS list, one ORG, no «ب»
    const club = rules('انتقل اللاعب من بروسيا دورتموند أمس', [O, O, O, L, L, O]);
    expect(club.clitics[3]).toBe('');
    expect(club.tags).toEqual([O, O, O, 'B-ORG', 'I-ORG', O]);
  });
});
