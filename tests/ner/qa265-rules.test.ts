// QA round 265 (capes and ports named «رأس», read as a MISC or a person, over the 16 news files):
// CITIES in src/ner/places.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 265: capes and ports named «رأس» are places', () => {
  it('makes the Cape of Good Hope a LOC', () => {
    expect(typed('وتضطر السفن إلى الدوران حول رأس الرجاء الصالح بدلا من عبور قناة السويس.')).toContain('LOC رأس الرجاء الصالح');
  });

  it('finds the Yemeni port and the Saudi industrial city whole', () => {
    expect(typed('وقصفت الطائرات مواقع للحوثيين في منطقة رأس عيسى والصليف.')).toEqual(['LOC رأس عيسى']);
    expect(typed('بدأ إنتاج محطة رأس الخير المرحلة الأولى.')).toEqual(['LOC رأس الخير']);
  });

  it('guard: the Cape lion, a subspecies named after the cape, stays MISC as in ANERcorp train', () => {
    expect(typed('ومن السلالات المنقرضة سلالة رأس الرجاء الصالح (أسد رأس الرجاء الصالح).')).toEqual([
      'MISC رأس الرجاء الصالح',
      'MISC رأس الرجاء الصالح',
    ]);
  });

  it('guard: «رأس» before a common word names nothing', () => {
    expect(typed('وأكد أن رأس المال الأجنبي يتدفق إلى السوق.')).toEqual([]);
  });
});
