// QA round 69 (news-012, news-015, seed 219): a queen's or princess's name after her title was
// read as the place named after her — «الملكة [فيكتوريا]LOC», «للملكة [فكتوريا]LOC», «الأميرة
// [فيكتوريا]LOC» (the Australian state, the lake, the Seychelles capital) — and, by the
// one-name-one-label pass, every bare «فيكتوريا» of the text with it. A new rule in
// src/ner/rules.ts (retypeTitledQueens) makes a LOC of at most three words right after a
// definite feminine royal title (QUEEN_TITLES: «الملكة», «الأميرة», «الإمبراطورة», «الدوقة», …) a
// PERS, unless its first word is a place of the gazetteer or of the place lists («زارت الملكة
// كندا»); a pass after the rules (carryTitledQueens in src/ner/consistency.ts) gives the same
// name standing alone as a one-word LOC in the batch the PERS type, unless the batch also puts
// it after a place word or «في/إلى» («بحيرة فيكتوريا»). Second class: Los Angeles read as a MISC
// («تتمتع [لوس أنجلوس]MISC», 30 times) or cut to «[لوس]LOC» in the spellings the list lacked
// («لوس أنجلس», «لوس أنجيلوس», 8 times): a listed place of two words or more the model read as a
// MISC over exactly its words is now the place (labelListed), and the spellings joined CITIES in
// src/ner/places.ts; an ORG over them (a team) keeps its type, and so does a MISC after a match
// verb or in a sentence of football.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 69: a queen or princess named after her title', () => {
  it('reads the name after «الملكة» as a person', () => {
    expect(names('توفيت الملكة فيكتوريا في عام 1901 بعد حكم طويل.')).toContain('PERS:فيكتوريا');
    expect(names('أصدرت الملكة فكتوريا أمرا بتعيين سفير جديد.')).toContain('PERS:فكتوريا');
  });
  it('reads the name after «للملكة» and «بالملكة» as a person', () => {
    expect(names('كان للملكة فيكتوريا دور كبير في السياسة.')).toEqual(['PERS:فيكتوريا']);
    expect(names('نشرت الصحف رسائل خاصة بالملكة فيكتوريا في كتاب.')).toContain('PERS:فيكتوريا');
  });
  it('reads the name after «الأميرة» as a person', () => {
    expect(names('ولدت الأميرة فكتوريا في لندن.')).toEqual(['PERS:فكتوريا', 'LOC:لندن']);
  });
  it('carries the person to the bare name in the same text', () => {
    const out = names('عاشت الملكة فيكتوريا في قصر وندسور. وكانت فيكتوريا تكتب مذكراتها كل يوم.');
    expect(out).not.toContain('LOC:فيكتوريا');
    expect(out.filter((n) => n === 'PERS:فيكتوريا')).toHaveLength(2);
  });
  it('guard: a country after the title stays a place', () => {
    expect(names('زارت الملكة كندا في العام الماضي.')).toContain('LOC:كندا');
    expect(names('جال الدوق والدوقة كينيا وأوغندا.')).toEqual(['LOC:كينيا', 'LOC:أوغندا']);
  });
  it('guard: the name stays a place where the text also makes it one', () => {
    const out = names('سميت باسم الملكة فيكتوريا أماكن كثيرة، منها بحيرة فيكتوريا في إفريقيا.');
    expect(out).toContain('LOC:فيكتوريا');
  });
  it('guard: the place with no title before it stays a place', () => {
    expect(names('يعيش معظم السكان في ولاية فيكتوريا جنوب شرق أستراليا.')).toContain('LOC:فيكتوريا');
  });
});

describe('QA round 69: Los Angeles and other listed places of two words read as a MISC', () => {
  it('makes a MISC over exactly a listed place of two words the place', () => {
    expect(rules('تتمتع لوس أنجلوس بمناخ معتدل', ['O', 'B-MISC', 'I-MISC', 'O', 'O']).tags).toEqual(['O', 'B-LOC', 'I-LOC', 'O', 'O']);
    expect(rules('كانت الجزر تتبع لإمارة رأس الخيمة', ['O', 'O', 'O', 'O', 'B-MISC', 'I-MISC']).tags).toEqual(['O', 'O', 'O', 'O', 'B-LOC', 'I-LOC']);
  });
  it('reads the spellings «لوس أنجلس» and «لوس أنجيلوس» whole', () => {
    expect(names('يقيم الكاتب حاليا بمدينة لوس انجلس منذ سنوات.')).toEqual(['LOC:لوس انجلس']);
    expect(names('تسبقها مدينتا نيويورك ولوس أنجيلوس في عدد السكان.')).toContain('LOC:لوس أنجيلوس');
  });
  it('reads Los Angeles after a verb as the city', () => {
    expect(names('تتمتع لوس أنجلوس بمناخ معتدل طوال العام.')).toEqual(['LOC:لوس أنجلوس']);
  });
  it('guard: an ORG over the same words (a team) keeps its type', () => {
    expect(rules('فاز لوس أنجلوس على بوسطن', ['O', 'B-ORG', 'I-ORG', 'O', 'B-ORG']).tags).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'B-ORG']);
  });
  it('guard: a MISC after a match verb or in a sentence of football keeps its type', () => {
    const team = ['O', 'B-MISC', 'I-MISC', 'O', 'O'];
    expect(rules('وتغلب لوس أنجلوس على ضيفه', team).tags).toEqual(team);
    expect(rules('سجل لوس أنجلوس هدفا متأخرا', team).tags).toEqual(team);
  });
  it('guard: a longer MISC that holds the place stays as the model read it', () => {
    expect(rules('شارك في أولمبياد لوس أنجلوس الصيفي', ['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC']).tags).toEqual(['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC']);
  });
});
