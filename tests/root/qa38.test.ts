import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 38: يد «hand» before a pronoun (يدها، بيده، بيدي) read as دهي or as بيد «but»;
// إفعال and أفعال of roots in ن with a bare alef and no article (انجاز، انشاء، انفاق، انصار)
// read as the past of a hollow انفعل; نوافق «we agree» tied with نفق; رامٍ «aiming, shooter»
// (الرامية، الرامي) read as روم; صقلية «Sicily» read as صقل.
describe('root: QA round 38', () => {
  test.each([
    ['يدها', 'يدي'],
    ['بيده', 'يدي'],
    ['وبيده', 'يدي'],
    ['بيدها', 'يدي'],
    ['بيدي', 'يدي'],
    ['بيديه', 'يدي'],
    ['بيدهم', 'يدي'],
    ['بيدك', 'يدي'],
    ['انجاز', 'نجز'],
    ['انشاء', 'نشء'],
    ['بانشاء', 'نشء'],
    ['انفاق', 'نفق'],
    ['بانفاق', 'نفق'],
    ['انعاش', 'نعش'],
    ['انكار', 'نكر'],
    ['وانكار', 'نكر'],
    ['انصار', 'نصر'],
    ['لانصار', 'نصر'],
    ['نوافق', 'وفق'],
    ['الرامية', 'رمي'],
    ['الرامي', 'رمي'],
    ['والرامي', 'رمي'],
    ['صقلية', undefined],
    ['وصقلية', undefined],
    ['الصقلي', undefined],
    ['الصقليين', undefined],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: يد alone and with its dual, بيد «but» alone, كيده «his plot», the verbs يدكّ
  // «pounds» (left out: a tie), يدهم and يداهم «raids», يُدهن «is painted», يدوّنه «records it»; the hamza spellings,
  // the article and the endings of the ن roots; the hollow انفعل verbs انحاز، انهار، انقاد stay as
  // they were; كرامي (the name Karami) and صقل «polish» in its other forms.
  test.each([
    ['يد', 'يدي'],
    ['يده', 'يدي'],
    ['يديه', 'يدي'],
    ['بيد', 'بيد'],
    ['كيده', 'كيد'],
    ['يدهم', 'دهم'],
    ['يداهم', 'دهم'],
    ['يدهن', 'دهن'],
    ['يدونه', 'دون'],
    ['إنجاز', 'نجز'],
    ['الانجازات', 'نجز'],
    ['إنشاء', 'نشء'],
    ['أنصار', 'نصر'],
    ['انحاز', 'حوز'],
    ['انهار', 'نهر'],
    ['انقاد', 'نقد'],
    ['يوافق', 'وفق'],
    ['مرامي', 'رمي'],
    ['كرامي', 'كرم'],
    ['صقل', 'صقل'],
    ['مصقول', 'صقل'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
