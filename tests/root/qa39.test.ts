import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 39: وأن، وإن، وإنما written without the hamza (وان، وانه، وانهم، وانما) read as
// ونى «flagged», نهي or نمو; انحياز «bias» read as حيز (انحاز is of حوز); استعدّ «got ready»
// read as سعد; أسير «captive» read as سير; يمسّ، تمسّ «touches» read as مسو «evening»; اتخذ after
// و (واتخذت) taken for a foreign name; يوحنا، شاه، غوته، فون given the roots وحي، شوه، غوي، فوه.
describe('root: QA round 39', () => {
  test.each([
    ['وان', undefined],
    ['وانه', undefined],
    ['وانها', undefined],
    ['وانهم', undefined],
    ['وانكم', undefined],
    ['وانما', undefined],
    ['الانحياز', 'حوز'],
    ['بانحيازه', 'حوز'],
    ['استعد', 'عدد'],
    ['استعدت', 'عدد'],
    ['واستعدوا', 'عدد'],
    ['الأسير', 'ءسر'],
    ['أسيرا', 'ءسر'],
    ['للأسيرات', 'ءسر'],
    ['يمس', 'مسس'],
    ['تمسه', 'مسس'],
    ['يمسون', 'مسس'],
    ['واتخذت', 'ءخذ'],
    ['فاتخذه', 'ءخذ'],
    ['يوحنا', undefined],
    ['ليوحنا', undefined],
    ['الشاه', undefined],
    ['للشاه', undefined],
    ['غوته', undefined],
    ['فون', undefined],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: وإن with its hamza, واني (a name) and وثاني «and second», لان and فان; انحاز، استعادة
  // «regaining», يسيرون «they walk»; يمسك «holds» and يمسي
  // «becomes at evening», التمس «sought» and التمسك «adherence»; اتخاذ; الفون (ألفون «thousands»).
  test.each([
    ['وإن', undefined],
    ['وثاني', 'ثني'],
    ['لان', undefined],
    ['فان', undefined],
    ['انحاز', 'حوز'],
    ['استعادة', 'عود'],
    ['يسيرون', 'سير'],
    ['يسير', 'سير'],
    ['يمسك', 'مسك'],
    ['يمسي', 'مسو'],
    ['التمس', 'لمس'],
    ['التمسك', 'مسك'],
    ['اتخاذ', 'ءخذ'],
    ['الفون', 'ءلف'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
