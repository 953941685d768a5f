import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 92: the plural of the loanword مهرجان «festival» (مهرجانات، المهرجانات) and its
// adjective had no root while the singular read هرج: every form is of هرج now. مدة «period»
// before a pronoun (مدتهم، مدتهما) is of مدد, not دهم; الصبان «the soap-maker» of صبن (not صوب);
// راجيا، راجين «hoping» of رجو (not روج); سلالم «stairs» of سلم (rootless before); the seed roots
// ضير («لا ضير», يضير; rootless before), صيت «renown» (ذاع صيته; not صوت) and ضور (يتضور «writhes»;
// rootless before); يضار «is harmed» of ضرر like تضار. The names راجيني (Rajini) and صيتة (Sita)
// have no root (not روج, صوت), nor ضوران (Dawran), which the new root ضور would take.
describe('root: QA round 92', () => {
  test.each([
    ['مهرجانات', 'هرج'],
    ['المهرجانات', 'هرج'],
    ['والمهرجانات', 'هرج'],
    ['للمهرجانات', 'هرج'],
    ['مهرجاناتها', 'هرج'],
    ['المهرجانية', 'هرج'],
    ['مدتهم', 'مدد'],
    ['مدتهما', 'مدد'],
    ['ومدتهم', 'مدد'],
    ['الصبان', 'صبن'],
    ['راجيا', 'رجو'],
    ['راجين', 'رجو'],
    ['السلالم', 'سلم'],
    ['سلالم', 'سلم'],
    ['والسلالم', 'سلم'],
    ['ضير', 'ضير'],
    ['يضير', 'ضير'],
    ['يضيرك', 'ضير'],
    ['صيته', 'صيت'],
    ['صيتها', 'صيت'],
    ['الصيت', 'صيت'],
    ['يتضور', 'ضور'],
    ['يضار', 'ضرر'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: the singular مهرجان and مهرج «clown» keep هرج; مدة and its other forms keep مدد, مدى
  // «extent» مدي, مدين «indebted» مدن; صابون «soap» صبن; الراجي رجو, رواج «demand» روج;
  // سلم «peace, ladder», سلام keep سلم; صوت «voice» and وصيته «his will» (وصي) keep theirs.
  test.each([
    ['مهرجان', 'هرج'],
    ['المهرجان', 'هرج'],
    ['مهرج', 'هرج'],
    ['مدته', 'مدد'],
    ['مدتها', 'مدد'],
    ['مدة', 'مدد'],
    ['مد', 'مدد'],
    ['مدى', 'مدي'],
    ['صابون', 'صبن'],
    ['الراجي', 'رجو'],
    ['رواج', 'روج'],
    ['السلام', 'سلم'],
    ['سلم', 'سلم'],
    ['صوت', 'صوت'],
    ['الصوت', 'صوت'],
    ['وصيته', 'وصي'],
    ['وصيتها', 'وصي'],
    ['تضار', 'ضرر'],
    ['الضرر', 'ضرر'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['راجيني', 'صيتة', 'ضوران'])('%s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });
});
