// QA round 269 (the verb «ولد» "was born" read into the name of its subject, over the 16 news
// files): `dropBornVerb` in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 269: «ولد» "was born" before a name is no part of it', () => {
  it('starts the name after «ولد» that opens its clause', () => {
    expect(typed('وولد فورمان في تشيكوسلوفاكيا عام 1932، وأصبح يتيما.')).toContain('PERS فورمان');
    expect(typed('وقد ولد الدوسري عام 1968م، وقدم مجموعة من البرامج.')).toEqual(['PERS الدوسري']);
    const text = 'حيث ولد هوكينغ في مدينة أكسفورد يوم 8 أبريل 1942.';
    const born = entities(text).find((e) => e.type === 'PERS');
    expect(born).toMatchObject({ text: 'هوكينغ' });
    expect(text.slice(born!.start, born!.end)).toBe('هوكينغ');
  });

  it('drops «ولد وبنت» "a boy and a girl"', () => {
    expect(typed('وهو متزوج من الرسامة سلمى حداد وله ولد وبنت وحفيد واحد.')).toEqual(['PERS سلمى حداد']);
    expect(typed('وهو متزوج منذ سنة 2002 وعنده ولد وبنت، عمر وأمينة.')).not.toContain('PERS ولد وبنت');
  });

  it('guard: a Mauritanian name after a verb keeps its «ولد»', () => {
    expect(typed('وقال ولد عبد العزيز في كلمة أمام البرلمان إن البلاد بخير.')).toContain('PERS ولد عبد العزيز');
  });
});
