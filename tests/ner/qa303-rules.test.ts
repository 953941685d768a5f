// QA round 303 (a ruler the model found, stopped before the ordinal, over the 16 news files):
// extendRegnalPersons in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 303: a found ruler takes the ordinal after him', () => {
  it('takes it after a two-word name, a title the older rules lack, or a queen', () => {
    expect(persons('لم يف فريدريش فيلهلم الثالث أبدا بالوعد.')).toEqual(['فريدريش فيلهلم الثالث']);
    expect(persons('وتزوجت القيصرة كاثرين الثانية')).toEqual(['القيصرة كاثرين الثانية']);
    expect(persons('عقد حلفا مع كليوباترا السابعة خليلة يوليوس قيصر.')).toEqual(['كليوباترا السابعة', 'يوليوس قيصر']);
  });

  it('guards: rankings, a feminine ordinal after a man, compound ordinals', () => {
    expect(persons('والسويسري روجيه فيدرر الثاني حامل الرقم القياسي.')).toEqual(['روجيه فيدرر']);
    expect(persons('ونشرت رواية محفوظ الأولى في القاهرة.')).toEqual(['محفوظ']);
    expect(persons('كان نيكولا تسلا الرابع بين إخوته الخمسة.')).toEqual(['نيكولا تسلا']);
    expect(persons('وعيد ميلاد كرو الرابع والخمسين.')).toEqual(['ميلاد كرو']);
  });
});
