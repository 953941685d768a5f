import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 98: two classes. The افتعل of وسع «widened» and وسم «was marked» writes its
// assimilated و as the ت (اتسع، يتسع، تتسع، اتساع، متسع; يتسم، تتسم), and the imperfect of تسع
// «nine» or the jussive of تسمّى (سمو) took them; they are lexical stems now. And foreign names
// that the NER tags, which read as Arabic roots: إير (Air, not وري), إيف (Yves, not وفي), حرييت
// (Hürriyet, not حري), كابل (Kabul, not كبل), كشمير (Kashmir, not شمر), فورت (Fort, not فور), لافارج
// (Lafarge, not فرج), كنج (King, not نجو), تاس (TASS, not ءسس), منف (Memphis, not نفي), أحمس (Ahmose,
// not حمس), إبسن (Ibsen, not بسس), أتيلا (Attila, not ولي), غاي (Guy, not غوي), تيد (Ted, not يدي)
// and more as loanwords; جنوى، جنوة (Genoa), جونيه (Jounieh), توران (Turan), فيدرر (Federer),
// برسباي (Barsbay), نانت (Nantes), يوتا (Utah) and أوف (of, off) at look-up only, where they move
// no corpus prior.
describe('root: QA round 98', () => {
  test.each([
    ['يتسم', 'وسم'],
    ['تتسم', 'وسم'],
    ['وتتسم', 'وسم'],
    ['سيتسم', 'وسم'],
    ['يتسمون', 'وسم'],
    ['يتسع', 'وسع'],
    ['تتسع', 'وسع'],
    ['ويتسع', 'وسع'],
    ['سيتسع', 'وسع'],
    ['اتسع', 'وسع'],
    ['اتسعت', 'وسع'],
    ['واتسعت', 'وسع'],
    ['اتساع', 'وسع'],
    ['باتساع', 'وسع'],
    ['الاتساع', 'وسع'],
    ['متسع', 'وسع'],
    ['المتسعة', 'وسع'],
    // حرييت left the lexicon builder's counts, and حري's prior dropped a step: حواري
    // «disciple» went to حور, its root.
    ['حواري', 'حور'],
    ['الحواري', 'حور'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    'إير',
    'إيف',
    'وإيف',
    'حرييت',
    'كابل',
    'بكابل',
    'كشمير',
    'فورت',
    'لافارج',
    'كنج',
    'تاس',
    'منف',
    'بمنف',
    'أحمس',
    'إبسن',
    'أتيلا',
    'كيبك',
    'غاي',
    'تيد',
    'مونتي',
    'بيلد',
    'جنوى',
    'بجنوى',
    'جنوة',
    'جونيه',
    'توران',
    'فيدرر',
    'برسباي',
    'نانت',
    'يوتا',
    'ويوتا',
    'أوف',
  ])('%s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Guards: يتسمى «is named» keeps سمو, تسعة، التسعينات تسع, تسمية سمي, يترك ترك, اتسمت وسم as
  // before; بيوتا «houses» keeps بيت (يوتا is listed without ب), فأوف «then fulfil» وفي (أوف is
  // listed as written only), كايف، فاير، باير keep their readings (إير، إيف are listed with ء only);
  // الستينات keeps ستت and الدر «pearls» درر (نانت، فيدرر moved no prior); ديار دور, الحرية حرر.
  test.each([
    ['يتسمى', 'سمو'],
    ['تسعة', 'تسع'],
    ['التسعينات', 'تسع'],
    ['تسمية', 'سمي'],
    ['يترك', 'ترك'],
    ['اتسمت', 'وسم'],
    ['بيوتا', 'بيت'],
    ['فأوف', 'وفي'],
    ['كايف', 'كيف'],
    ['فاير', 'فور'],
    ['الستينات', 'ستت'],
    ['الدر', 'درر'],
    ['بالدر', 'درر'],
    ['ديار', 'دور'],
    ['الحرية', 'حرر'],
    ['تحريات', 'حري'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
