import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 37: روس «Russians» (also Ross, and Bruce as بروس) and فيروس «virus» read as رءس,
// heads written without the hamza; أسرى «prisoners» and أسري «of the family» (nisba of
// أسرة) read as أفعل of سري «travel by night», which takes no article; بنادي «at the club»
// read as a plural of بند and ينادي «calls» as أدّى; التنس «tennis» read as نسي.
describe('root: QA round 37', () => {
  test.each([
    ['الروس', undefined],
    ['والروس', undefined],
    ['للروس', undefined],
    ['روس', undefined],
    ['بروس', undefined],
    ['فيروس', undefined],
    ['الأسرى', 'ءسر'],
    ['للأسرى', 'ءسر'],
    ['أسرى', 'ءسر'],
    ['الأسري', 'ءسر'],
    ['والأسري', 'ءسر'],
    ['الاسرى', 'ءسر'],
    ['بنادي', 'ندو'],
    ['وبناديه', 'ندو'],
    ['ينادي', 'ندو'],
    ['يناديهم', 'ندو'],
    ['المنادية', 'ندو'],
    ['التنس', undefined],
    ['للتنس', undefined],
    ['والتنس', undefined],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: words of رءس written with their hamza, درس and عرس, the relative adjective of
  // Russia, the plural فيروسات (rootless before too), سري «travel by night, apply» in its other forms, بند, أدّى, and تنس
  // alone (as often لا تنسَ «do not forget»).
  test.each([
    ['رؤوس', 'رءس'],
    ['الرئيس', 'رءس'],
    ['دروس', 'درس'],
    ['عروس', 'عرس'],
    ['الروسية', undefined],
    ['فيروسات', undefined],
    ['الأسرية', 'ءسر'],
    ['يسري', 'سري'],
    ['تسري', 'سري'],
    ['سرى', 'سري'],
    ['النادي', 'ندو'],
    ['البنود', 'بند'],
    ['يؤدي', 'ءدي'],
    ['تنس', 'نسي'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
