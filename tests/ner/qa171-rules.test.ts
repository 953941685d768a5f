// QA round 171 (the lines of the 16 news files that hold the names): towns and governorates the
// model leaves O after «محافظة/مدينة». Names that are also words are taken after a word that
// announces a place (HEADED_PLACES in src/ner/places.ts: «محافظة [البيضاء]», «مدينة [الأقصر]»);
// names that are no word anywhere (CITIES: «[ديالى]», «[المندق]»). Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] =>
  entities(text, { types: ['LOC'] }).map((e) => e.text);

describe('QA round 171: towns named by words, and more towns', () => {
  it('are places after a place word, or anywhere when no word', () => {
    expect(places('سيطرت القوات على محافظة البيضاء وسط اليمن.')).toEqual(['البيضاء', 'اليمن']);
    expect(places('زار السياح مدينة الأقصر أمس.')).toEqual(['الأقصر']);
    expect(places('وقعت اشتباكات في ديالى أمس.')).toEqual(['ديالى']);
  });

  it('guards: the words stay words without a place word before them', () => {
    expect(places('ارتدت العروس الحلة البيضاء.')).toEqual([]);
    expect(places('يعيش وسط الطبقة الوسطى في المدن.')).toEqual([]);
  });
});
