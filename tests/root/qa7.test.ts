import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 7 (word tokens of news-000 and news-008 read by eye): each block is one error class
// that was fixed, checked on inflections and clitic forms, with guards for the words the new
// rule must leave alone.
describe('frequent words whose letters fit two real roots', () => {
  test.each([
    ['قواتنا', 'قوي'],
    ['وللقوات', 'قوي'],
    ['بالطائرتين', 'طير'],
    ['ومطاراتها', 'طير'],
    ['بقيادتهم', 'قود'],
    ['وقادتها', 'قود'],
    ['القياديين', 'قود'],
    ['بغارتين', 'غور'],
    ['والغارات', 'غور'],
    ['الكرتين', 'كري'],
    ['وبالكرة', 'كري'],
    ['بمادتين', 'مدد'],
    ['بإطارها', 'ءطر'],
    ['للإخوان', 'ءخو'],
    ['وتجاهها', 'وجه'],
    ['الجهويين', 'وجه'],
    ['وللتحديات', 'حدو'],
    ['جداً', 'جدد'],
  ])('reads %s as %s, not the root of its more frequent look-alikes', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['قوت', 'قوت'],
    ['جدوى', 'جدو'],
    ['تحدث', 'حدث'],
    ['قادما', 'قدم'],
    ['قادر', 'قدر'],
    ['قيود', 'قيد'],
    ['تقييد', 'قيد'],
    ['تطوير', 'طور'],
    ['غير', 'غير'],
    ['تغيير', 'غير'],
    ['مطر', 'مطر'],
  ])('leaves the look-alikes and words that start alike: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('the adverb حيث', () => {
  test.each([['الحوثي'], ['للحوثيين'], ['والحوثيون']])('does not read و as ي to make %s حيث', (word) => {
    expect(root(word)).not.toBe('حيث');
  });

  test.each([
    ['حيث', 'حيث'],
    ['وحيث', 'حيث'],
    ['حيثما', 'حيث'],
  ])('keeps حيث and its clitic forms: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test('reads بحيث as ب + حيث, not بحث', () => {
    expect(root('بحيث')).toBe('حيث');
  });
});

describe('two-letter nouns after the article', () => {
  test.each([
    ['السن', 'سنن'],
    ['بالشر', 'شرر'],
    ['الحظ', 'حظظ'],
    ['للحد', 'حدد'],
  ])('reads %s as doubled, not hollow or defective', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test('reads the defective noun الغد as غدو', () => {
    expect(root('الغد')).toBe('غدو');
  });

  test.each([
    ['الدم', 'دمو'],
    ['الأب', 'ءبو'],
    ['الجو', 'جوو'],
    ['كن', 'كون'],
  ])('keeps the irregular nouns, nouns with a weak letter and bare verbs: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('the masdar إفعال of a root whose first radical is a hamza', () => {
  test.each([
    ['بالإيمان', 'ءمن'],
    ['الإيمانية', 'ءمن'],
    ['وإيجارها', 'ءجر'],
  ])('reads the ي after إ as the hamza radical: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['إيجاد', 'وجد'],
    ['وإيقاف', 'وقف'],
    ['الإيرادات', 'ورد'],
  ])('keeps the و radical of assimilated roots: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([['إيران'], ['لإيران']])('still gives the name %s no root', (word) => {
    expect(root(word)).toBeUndefined();
  });
});

describe('the plural آراء after a clitic', () => {
  test.each([['الآراء'], ['بالآراء'], ['للآراء']])('reads %s as رءي', (word) => {
    expect(root(word)).toBe('رءي');
  });

  test.each([['بيريا'], ['اليرى']])('still keeps the verb يرى from clitics it does not take: %s', (word) => {
    expect(root(word)).not.toBe('رءي');
  });
});

describe('an irregular stem after a proclitic, with no suffix', () => {
  test.each([
    ['باسم', 'سمو'],
    ['وباسم', 'سمو'],
  ])('reads %s as ب + اسم, not بسم', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['باسمة', 'بسم'],
    ['ابتسم', 'بسم'],
  ])('leaves the root بسم to its own words: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('the particle أن written without its hamza after ب', () => {
  test.each([['بانه'], ['بانها'], ['بانهم']])('gives %s no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // بان alone was left to the verb «appeared» here; QA round 56 counted it in news-002 and
  // news-006 (103 times: about 85 بأن, 15 foreign names, 3 the verb) and made it the particle.
  test.each([
    ['بيان', 'بين'],
    ['البنك', 'بنك'],
    ['باني', 'بين'],
  ])('leaves other words: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('a defective imperfect after و or ف', () => {
  test.each([
    ['ويبدو', 'بدو'],
    ['فيبدو', 'بدو'],
    ['فيدعو', 'دعو'],
    ['وسيبدو', 'بدو'],
  ])('is no foreign word in -و: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['وتدعو', 'دعو'],
    ['يبدو', 'بدو'],
  ])('keeps the imperfects that had their root: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([['يورو'], ['نيرو'], ['وفيديو'], ['ماريو'], ['بيدرو']])('still gives the name or loanword %s no root', (word) => {
    expect(root(word)).toBeUndefined();
  });
});

describe('roots added to the lexicon', () => {
  test.each([
    ['صفعة', 'صفع'],
    ['المثابرة', 'ثبر'],
    ['انضوت', 'ضوي'],
    ['الأزياء', 'زيي'],
    ['المريخ', 'مرخ'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test('reads فوالله as ف + the oath و + الله', () => {
    expect(root('فوالله')).toBe('ءله');
  });
});
