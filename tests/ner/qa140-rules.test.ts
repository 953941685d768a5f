// QA round 140 (PERS spans one word short and proclitics kept in listed names, on the dev split
// of ANERcorp train: the last 10 % tagged by a model trained on the first 90 %, then the passes of
// entities(); checked on the first 4,000 paragraphs of news-000, news-003, news-005, news-009,
// news-011 and news-014 and on the paragraphs of the sixteen news files that name a listed body
// or mission). A first name left O before a person whose first word the corpus-based split reads
// as a preposition + a word («هورست [كوبل]», ك + «وبل»; «خيري [بشارة]», ب + «شارة») stayed out of
// the name: extendGivenNames took no PERS that opens with a proclitic. It now takes one whose
// proclitic is a lone «ب/ك/ل» before no definite word and no given name (misreadPreposition).
// And a proclitic that labelListed reads off a listed name the model found whole («التمديد
// المعتاد [لمينورسو]») stayed in the span, as `segment` does not know the name: the reading is
// marked (splitByList) and `strips` in recognize.ts starts the span after it. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';
const BM = 'B-MISC';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 140: a first name before a family name read as a preposition + a word', () => {
  it('joins the first name to the family name', () => {
    expect(rules('وشدد هورست كوبل على الروح المعنوية', [O, O, BP, O, O, O]).tags).toEqual([O, BP, IP, O, O, O]);
    expect(rules('العمل الذي تولى إخراجه خيري بشارة بعد اعتذاره', [O, O, O, O, O, BP, O, O]).tags).toEqual([
      O, O, O, O, BP, IP, O, O,
    ]);
  });
  it('guards: «و» is "and", and a preposition before a given name is one', () => {
    expect(rules('التقى سمير وعلي أمس', [O, O, BP, O]).tags).toEqual([O, O, BP, O]);
    expect(rules('سلم كريم لمحمد الجائزة', [O, O, BP, O]).tags).toEqual([O, O, BP, O]);
    // a name the model found whole is left as it is
    expect(rules('وقال هورست كوبل إن الفريق', [O, BP, IP, O, O]).tags).toEqual([O, BP, IP, O, O]);
  });
});

describe('QA round 140: proclitics read off a listed name the model found whole', () => {
  it('reads the preposition off the name, in the rules and in the span', () => {
    expect(rules('يتعارض مع التمديد المعتاد لمينورسو في الصحراء', [O, O, O, O, BM, O, O]).clitics[4]).toBe('ل');
    expect(names('يتعارض مع التمديد المعتاد لمينورسو في الصحراء')).toContain('MISC:مينورسو');
  });
  it('guards: the article after «ل» and the names found before stay as they were', () => {
    // «للناتو»: ل + the article, whose lam the span keeps («[لناتو]», form «الناتو»)
    expect(entities('قدم الدعم للناتو في أفغانستان').find((e) => e.type === 'ORG')).toMatchObject({ text: 'لناتو', form: 'الناتو' });
    expect(names('انضمت لأوبك العام الماضي')).toContain('ORG:أوبك');
  });
});
