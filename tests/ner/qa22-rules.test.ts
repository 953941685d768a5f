// QA round 22 of person names (BBC/CNN Arabic, news-006, and Arabic Wikipedia, news-015, read by
// eye): a given name left just outside the name it opens («علاء [مبارك]», «عز [الدين الخويلي]»,
// «البلغاري، ملادين [مارينوف]»), on invented sentences: first on hand-set tags, so that the rule
// is tested whatever the model says, then through entities().
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const B = 'B-PERS';
const I = 'I-PERS';

describe('a given name just before a PERS joins it', () => {
  test('a listed given name, with or without «و», and a name the dictionary finds a person', () => {
    expect(rules('وقال سمير الحمادي إن', [O, O, B, O]).tags).toEqual([O, B, I, O]);
    expect(rules('وغرد علاء البدري أمس', [O, O, B, O]).tags).toEqual([O, B, I, O]);
    const withWaw = rules('حضر الوزير وفادي نصار', [O, O, O, B]);
    expect(withWaw.tags).toEqual([O, O, B, I]);
    expect(withWaw.clitics[2]).toBe('و');
    // the dictionary's person that the corpus also finds after titles («خيري»)
    expect(rules('قال المخرج خيري نصار إن', [O, O, O, B, O]).tags).toEqual([O, O, B, I, O]);
  });
  test('compound names: «X الدين», «عبد» + a definite word', () => {
    expect(rules('وقال عز الدين الخويلي إن', [O, O, B, I, O]).tags).toEqual([O, B, I, I, O]);
    expect(rules('وصل فخر الدين بن زامل أمس', [O, O, B, I, I, O]).tags).toEqual([O, B, I, I, I, O]);
    expect(rules('التقى عبد الرحمن الحمادي الوفد', [O, O, B, I, O]).tags).toEqual([O, B, I, I, O]);
  });
  test('a word the corpus never counted, in apposition after a title or nationality and a comma', () => {
    expect(rules('وقال وزير الخارجية البلغاري ، ستويانكو بيتروفسكي إن', [O, O, O, O, O, O, B, O]).tags).toEqual([O, O, O, O, O, B, I, O]);
  });
  test('guards: the preposition, a person already named, a proclitic on the PERS, a title', () => {
    // «على» with its alef maksura is the preposition; «علَّي» "on me" too
    expect(rules('وردت الصحيفة على الحمادي أمس', [O, O, O, B, O]).tags).toEqual([O, O, O, B, O]);
    expect(rules('سلم علَّي البدري أمس', [O, O, B, O]).tags).toEqual([O, O, B, O]);
    // a PERS with «و» of its own is a second person
    expect(rules('جاء سمير والحمادي أمس', [O, O, B, O]).tags).toEqual([O, O, B, O]);
    // «خليفة» "successor", «يزيد» "increases", «لصالح» "in favour of"
    expect(rules('ويراه الكثيرون خليفة البدري في الفريق', [O, O, O, B, O, O]).tags).toEqual([O, O, O, B, O, O]);
    expect(rules('يزيد البدري من الضغط', [O, B, O, O]).tags).toEqual([O, B, O, O]);
    expect(rules('انتهت المباراة لصالح البدري أمس', [O, O, O, B, O]).tags).toEqual([O, O, O, B, O]);
    // a whole name of the nasab form: a given name before it is another person
    expect(rules('أرسل علي سالم بن حنيف إلى البصرة', [O, O, B, I, I, O, 'B-LOC']).tags).toEqual([O, O, B, I, I, O, 'B-LOC']);
    // a definite word (an epithet or adjective) stays out
    expect(rules('وصل الراحل سمير البدري', [O, O, B, I]).tags).toEqual([O, O, B, I]);
    // an unknown word with no comma and title before it is left alone
    expect(rules('ثم استقبلهماتين البدري أمس', [O, O, B, O]).tags).toEqual([O, O, B, O]);
  });
});

describe('a definite title at the start of a PERS is left out', () => {
  test('a title of the trigger list or of the clergy', () => {
    expect(rules('وقال البروفيسور سامر نصار إن', [O, B, I, I, O]).tags).toEqual([O, O, B, I, O]);
    expect(rules('وصل الكاردينال بيترو سالفيني أمس', [O, B, I, I, O]).tags).toEqual([O, O, B, I, O]);
  });
  test('guards: «البابا», kinship words, a one-word PERS', () => {
    expect(rules('وصل البابا فرنسيس أمس', [O, B, I, O]).tags).toEqual([O, B, I, O]);
    expect(rules('وقال الشقيق سامر إن', [O, B, I, O]).tags).toEqual([O, B, I, O]);
    expect(rules('وقال البروفيسور إن', [O, B, O]).tags).toEqual([O, B, O]);
  });
});
