// QA round 106 (news-008, ANT news, and news-012, Wikipedia): one man's name cut in two PERS
// side by side (joinAdjacentPersons in src/ner/rules.ts): a kunya with a definite second part
// before his own name («[أبو الحسن] [علي بن موسى]», «[أبي المحاسن] [يوسف بن تغري بردي]»,
// kunyaBeforeName) and a lone family nisba after a name («[أبو زرعة] [المحرمي]», «[بشارة]
// [الخوري]», nisbaAfterName). An accusative object after a kunya («[أبو الحسن] [عليا]»), a kunya
// with an indefinite second part («أمد [أبو بكر] [يزيد]») and an adjective of nationality stay apart.
// Also «لي» "to me" read as Lee after the future «سيكون» and verbs of a chance that comes
// («أتيحت [لي] فرصة», «سنحت [لي]»; dropToMe).
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';
const BL = 'B-LOC';

describe('QA round 106: one name cut in two PERS side by side', () => {
  it('joins a kunya with a definite second part to the name after it', () => {
    expect(rules('ودرس على يد أبي الحسن علي بن محمد في بغداد', [O, O, O, BP, IP, BP, IP, IP, O, BL]).tags).toEqual([O, O, O, BP, IP, IP, IP, IP, O, BL]);
    expect(rules('وتولى الحكم أبو الفضل جعفر بعد أخيه', [O, O, BP, IP, BP, O, O]).tags).toEqual([O, O, BP, IP, IP, O, O]);
    expect(rules('وكان أبو عبد الملك مروان بن الحكم شاعرا', [O, BP, IP, IP, BP, IP, IP, O]).tags).toEqual([O, BP, IP, IP, IP, IP, IP, O]);
  });
  it('joins a kunya to a nasab whose first name the lexicon does not know', () => {
    expect(rules('وعين أبا الطاهر تميم بن يوسف قائدا للجيش', [O, BP, IP, BP, IP, IP, O, O]).tags).toEqual([O, BP, IP, IP, IP, IP, O, O]);
  });
  it('joins a lone family nisba to the name before it', () => {
    expect(rules('أعلن القائد أبو زرعة المحرمي أمس تقدم القوات', [O, O, BP, IP, BP, O, O, O]).tags).toEqual([O, O, BP, IP, IP, O, O, O]);
    expect(rules('ومن شعراء لبنان بشارة الخوري وغيره', [O, O, BL, BP, BP, O]).tags).toEqual([O, O, BL, BP, IP, O]);
  });
  it('guard: an object, a kunya with an indefinite second part and a nationality stay apart', () => {
    expect(rules('ويمثل أبو الحسن عليا في المجلس', [O, BP, IP, BP, O, O]).tags).toEqual([O, BP, IP, BP, O, O]);
    expect(rules('ثم أمد أبو بكر يزيد بن أبي سفيان بجند', [O, O, BP, IP, BP, IP, IP, IP, O]).tags).toEqual([O, O, BP, IP, BP, IP, IP, IP, O]);
    expect(rules('وتفوق ميدفيديف الروسي في المباراة', [O, BP, BP, O, O]).tags).toEqual([O, BP, O, O, O]);
  });
  it('drops «لي» "to me" after the future of «كان» and after a chance that comes', () => {
    expect(rules('وقال سيكون لي دور في الفريق', [O, O, BP, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('لو أتيحت لي فرصة أخرى لشاركت', [O, O, BP, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('وقد سنحت لي الفرصة لزيارته', [O, O, BP, O, O]).tags).toEqual([O, O, O, O, O]);
  });
  it('guard: Lee after a title stays', () => {
    expect(rules('وقال الرئيس لي إن الاقتصاد ينمو', [O, O, BP, O, O, O]).tags).toEqual([O, O, BP, O, O, O]);
  });
});
