import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 57: kunyas «أم …» are persons', () => {
  it('retypes «أم كلثوم» read as an ORG', () => {
    expect(names('غنتها أم كلثوم في الحفل الكبير')).toContain('PERS:أم كلثوم');
  });
  it('retypes «أم» + a listed given name', () => {
    expect(names('وقالت المواطنة وتدعى "أم فؤاد" إنها تنتظر الرد منذ شهور')).not.toContain('ORG:أم فؤاد');
  });
  it('guard: a place or body named «أم …» stays', () => {
    expect(names('زار الوفد جامعة أم القرى صباح الأحد')).toContain('ORG:جامعة أم القرى');
  });
});

describe('QA round 57: regnal titles «… لدين الله»', () => {
  it('joins the epithet and «لدين الله» into one person', () => {
    const got = names('وصل الخليفة المعز لدين الله إلى القاهرة في رمضان');
    expect(got).toContain('PERS:المعز لدين الله');
    expect(got).not.toContain('PERS:دين الله');
  });
  it('joins a longer name before the title', () => {
    expect(names('حكم عبد الرحمن الناصر لدين الله الأندلس زمنا طويلا')).toContain('PERS:عبد الرحمن الناصر لدين الله');
  });
  it('guard: «دين الله» "God\'s religion" is no name', () => {
    expect(names('دعا الناس إلى دين الله في كل مكان').filter((n) => n.startsWith('PERS:'))).toEqual([]);
  });
});

describe('QA round 57: the wish «أيده الله»', () => {
  it('cuts «أيده الله» read as an ORG to the MISC «الله»', () => {
    const got = names('غادر خادم الحرمين الشريفين - أيده الله - إلى مدينة جدة');
    expect(got).not.toContain('ORG:أيده الله');
    expect(got).toContain('MISC:الله');
  });
  it('guard: «حفظه الله» keeps its MISC «الله»', () => {
    expect(names('قال خادم الحرمين - حفظه الله - إن البلاد بخير')).toContain('MISC:الله');
  });
});

describe('QA round 57: «بطولة كأس» without the cup\'s name', () => {
  it('drops the MISC «بطولة كأس»', () => {
    expect(names('حصل الفريق على بطولة كأس اليونان تسع عشرة مرة')).not.toContain('MISC:بطولة كأس');
  });
  it('guard: the country after the cup stays a place', () => {
    expect(names('حصل الفريق على بطولة كأس اليونان تسع عشرة مرة')).toContain('LOC:اليونان');
  });
});

describe('QA round 57: «التمور» "dates" is no place', () => {
  const text = 'تتدفق الشاحنات لساحة مدينة التمور ببريدة، وقال أحد التجار إن تجارة التمور أصبحت متطورة';
  it('drops a one-word LOC «التمور»', () => {
    expect(names(text)).not.toContain('LOC:التمور');
  });
  it('guard: the city after it stays', () => {
    expect(names(text)).toContain('LOC:بريدة');
  });
});
