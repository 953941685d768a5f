// QA round 16 of person, place and organisation names (sports paragraphs of news-003 and news-005
// read by eye): clubs named with no cue word right before them — in a match, joined to another
// club, or named again in a text that already labelled them — on invented sentences: first on
// hand-set tags, so that a rule is tested whatever the model says, then through entities().
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { carry, rules } from '../helpers/ner-rules.js';

const O = 'O';
const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('a team in a match is a club', () => {
  test('a listed club or a place that names a club after a match verb, noun or preposition', () => {
    expect(rules('فاز الهلال على النصر بهدفين', [O, O, O, O, O]).tags).toEqual([O, 'B-ORG', O, 'B-ORG', O]);
    expect(rules('وتعادل ميلان مع ضيفه نابولي سلبيا', [O, 'B-LOC', O, O, 'B-LOC', O]).tags).toEqual([O, 'B-ORG', O, O, 'B-ORG', O]);
    expect(rules('وخسر الفريق أمام برشلونة', [O, O, O, 'B-LOC']).tags).toEqual([O, O, O, 'B-ORG']);
    expect(rules('قبل مواجهة الهلال في النهائي', [O, O, O, O, O]).tags).toEqual([O, O, 'B-ORG', O, O]);
  });
  test('a team before an imperfect match verb, as headlines write', () => {
    expect(rules('برشلونة يلاقي إشبيلية في طنجة', ['B-LOC', O, 'B-LOC', O, 'B-LOC']).tags).toEqual(['B-ORG', O, 'B-ORG', O, 'B-LOC']);
    expect(rules('النصر يواجه الشعب غدا', [O, O, O, O]).tags).toEqual(['B-ORG', O, O, O]);
  });
  test('guards: a national team, a federation, a state, a common noun, no match', () => {
    const countries = [O, 'B-LOC', O, 'B-LOC', O];
    expect(rules('فازت ألمانيا على البرازيل بهدفين', countries).tags).toEqual(countries);
    expect(rules('وواجه الاتحاد الأوروبي انتقادات', [O, O, O, O]).tags).toEqual([O, O, O, O]);
    expect(rules('أقصى الاتحاد التركي لكرة القدم النادي', [O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
    const state = [O, 'B-LOC', 'I-LOC', O];
    expect(rules('وفاز الاتحاد السوفييتي بالميدالية', state).tags).toEqual(state);
    // «الشباب» is "the youth" as often (CLUBS_AFTER_CLUB: only after «نادي»)
    expect(rules('وفاز الشباب بالجائزة', [O, O, O]).tags).toEqual([O, O, O]);
    expect(rules('وشاهد الهلال في السماء', [O, O, O, O]).tags).toEqual([O, O, O, O]);
    expect(rules('وزار الوفد برشلونة أمس', [O, O, 'B-LOC', O]).tags).toEqual([O, O, 'B-LOC', O]);
  });
});

describe('a team joined by «و» to a club in a text about sport is a club', () => {
  test('before and after the club', () => {
    expect(rules('مباراة الأهلي والهلال في الدوري', [O, 'B-ORG', O, O, O]).tags).toEqual([O, 'B-ORG', 'B-ORG', O, O]);
    expect(rules('مباراة الهلال والأهلي في الدوري', [O, O, 'B-ORG', O, O]).tags).toEqual([O, 'B-ORG', 'B-ORG', O, O]);
    expect(rules('وسجل هدفا ليوفنتوس ولاتسيو', [O, O, 'B-ORG', 'B-LOC']).tags).toEqual([O, O, 'B-ORG', 'B-ORG']);
  });
  test('guards: no word of sport in the sentence, a place that names no club', () => {
    const charity = [O, O, O, 'B-ORG', O, O, O, O];
    expect(rules('وقع اتفاق بين الأهلي والهلال في المجال الخيري', charity).tags).toEqual(charity);
    expect(rules('وسجل هدفا ليوفنتوس وإيطاليا', [O, O, 'B-ORG', 'B-LOC']).tags).toEqual([O, O, 'B-ORG', 'B-LOC']);
  });
});

describe('one club, one label in a text about sport', () => {
  test('a club labelled once is the club where it stands alone elsewhere', () => {
    const out = carry([
      ['قال مدرب الهلال إن الفريق جاهز', [O, O, 'B-ORG', O, O, O]],
      ['وكان الهلال قد تدرب أمس', [O, O, O, O, O]],
      ['ويتطلع برشلونة إلى الفوز', [O, 'B-LOC', O, O]],
      ['وانتقل إلى برشلونة', [O, O, 'B-ORG']],
    ]);
    expect(out[1]).toEqual([O, 'B-ORG', O, O, O]);
    expect(out[2]).toEqual([O, 'B-ORG', O, O]);
  });
  test('guards: a text without a word of sport, the city after «في/من», a head or with its adjective, the federation', () => {
    const literary = carry([
      ['وقال رئيس نادي جدة الأدبي', [O, O, O, 'B-ORG', O]],
      ['ووصل الوفد إلى جدة أمس', [O, O, O, 'B-LOC', O]],
    ]);
    expect(literary[1]).toEqual([O, O, O, 'B-LOC', O]);
    const city = carry([
      ['وقال مدرب برشلونة إن المباراة صعبة', [O, O, 'B-ORG', O, O, O]],
      ['ويعيش في برشلونة منذ سنوات', [O, O, 'B-LOC', O, O]],
      ['وقالت قاضية من برشلونة', [O, O, O, 'B-LOC']],
      ['وزار مدينة برشلونة', [O, O, 'B-LOC']],
      ['وأحب برشلونة الإسبانية', [O, 'B-LOC', O]],
    ]);
    expect(city.slice(1)).toEqual([
      [O, O, 'B-LOC', O, O],
      [O, O, O, 'B-LOC'],
      [O, O, 'B-LOC'],
      [O, 'B-LOC', O],
    ]);
    const federation = carry([
      ['وسجل مهاجم الاتحاد هدفا', [O, O, 'B-ORG', O]],
      ['وحضر رئيس الاتحاد المباراة', [O, O, O, O]],
      ['وأعلن الاتحاد الأوروبي', [O, O, O]],
    ]);
    expect(federation.slice(1)).toEqual([
      [O, O, O, O],
      [O, O, O],
    ]);
  });
});

describe('through entities()', () => {
  test('clubs in a match and named again', () => {
    expect(names('فاز الهلال على النصر بهدفين في الدوري')).toEqual(['ORG الهلال', 'ORG النصر']);
    expect(names('قال مدرب الهلال إن الفريق جاهز للمباراة. وكان الهلال قد فاز في مباراته الأولى.')).toEqual(['ORG الهلال', 'ORG الهلال']);
  });
  test('guards', () => {
    expect(names('وقالت الشرطة إن الحادث وقع في برشلونة')).toEqual(['LOC برشلونة']);
    expect(names('وواجه الاتحاد الأوروبي انتقادات واسعة')).toEqual(['ORG الاتحاد الأوروبي']);
  });
});
