import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 86: foreign names and a loanword that fit a template of a real root have none —
// شوبرت (Schubert, not شبر), لوقا (Luke, not لقي), بيكيه (Piqué, not بكي), أندريه (André, not
// دري), نوير (Neuer, not نور; without the article only, so that النويري keeps نور), لوكا (Luca,
// not وكء), بوند (Bond, not بند), كانتي (Kanté, not كون), أيبك (Aybak, not ءوب) and the others of
// the round, and القولون «the colon» (not قول); فدان «feddan» (فدانا، بالفدان، الفدادين) is of
// فدن, not ف + دان (دين), and الفرات «the Euphrates», فرات «sweet water», of فرت, not فرر.
describe('root: QA round 86', () => {
  test.each([
    ['فدان', 'فدن'],
    ['فدانا', 'فدن'],
    ['فدانين', 'فدن'],
    ['الفدادين', 'فدن'],
    ['الفرات', 'فرت'],
    ['والفرات', 'فرت'],
    ['للفرات', 'فرت'],
    ['فرات', 'فرت'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    'القولون',
    'والقولون',
    'للقولون',
    'شوبرت',
    'لشوبرت',
    'لوقا',
    'ولوقا',
    'بيكيه',
    'أندريه',
    'وأندريه',
    'أندري',
    'نوير',
    'لنوير',
    'لوكا',
    'بوند',
    'أندرسون',
    'بالدوين',
    'بينيت',
    'هاريس',
    'والتر',
    'إيلون',
    'كانتي',
    'فاردي',
    'موراتا',
    'كيليني',
    'بيبر',
    'جولين',
    'كولين',
    'تيتي',
    'أيبك',
    'ألبا',
    'غاري',
    'روبي',
    'كريستين',
    'بيار',
    'جياني',
    'لويز',
    'كاهيل',
    'بولت',
    'رومني',
    'جوني',
    'باراجواي',
    'كازان',
    'إيدين',
    'ماكري',
    'ماكس',
  ])('%s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Guards: بالفدان keeps فدن; يقولون، ويقولون «they say» keep قول; النويري, an Arabic surname, keeps نور; وفدان «two
  // delegations» and الوفدان keep وفد, وفرات «savings» وفر; فدية «ransom» keeps فدي, فرّت «fled»
  // فرر; ديني «religious» keeps دين, والتراث «and heritage» ورث, بند «clause» بند, درس «lesson»
  // درس, غار «cave» غور.
  test.each([
    ['يقولون', 'قول'],
    ['ويقولون', 'قول'],
    ['النويري', 'نور'],
    ['بالفدان', 'فدن'],
    ['وفدان', 'وفد'],
    ['الوفدان', 'وفد'],
    ['وفرات', 'وفر'],
    ['فدية', 'فدي'],
    ['فرت', 'فرر'],
    ['ديني', 'دين'],
    ['والتراث', 'ورث'],
    ['بند', 'بند'],
    ['درس', 'درس'],
    ['غار', 'غور'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
