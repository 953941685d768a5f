// QA round 126 (news-005, Arabic news, and news-010, Tashkeela texts; both whole files, every PERS
// whose neighbouring word is a listed given name left O; cross-checked on news-000/006): the
// largest kind of a name cut one word short is «علي» left after the person, the father's or
// family name of Yemeni and Egyptian names («[عمران] علي ،», «[محمد] علي الحوثي», «[طه حسين]
// علي الرزامي»): «علي» is also the preposition «على» in Egyptian spelling, so no rule took it.
// extendAliNames now joins «علي» to the PERS before it before a comma, a stop or the end (the
// preposition takes its object first), and with the word after it when that word may be a
// family name (familyNameWord, whose counts hold the preposition's objects low); after a nasab or
// kunya link it completes the link alone, and after a whole nasab name it stays the preposition.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';

describe('QA round 126: «علي» after a person is a part of the name', () => {
  it('joins «علي» before a comma, a stop or the end', () => {
    expect(rules('وقدم المتهم عمران علي ، التماسا للمحكمة', [O, O, BP, O, O, O, O]).tags).toEqual([O, O, BP, IP, O, O, O]);
    expect(rules('وحضرت العرض الفنانة سهير محمد علي .', [O, O, O, BP, IP, O, O]).tags).toEqual([O, O, O, BP, IP, IP, O]);
    expect(rules('وكرمت اللجنة الدكتور سليم علي', [O, O, O, BP, O]).tags).toEqual([O, O, O, BP, IP]);
  });
  it('joins «علي» with a family name after it, left O or a PERS of its own', () => {
    expect(rules('وأعلن محمد علي الحوثي رفضه للاتفاق', [O, BP, O, O, O, O]).tags).toEqual([O, BP, IP, IP, O, O]);
    expect(rules('وقتل في الغارة طه حسين علي الرزامي ونجله', [O, O, O, BP, IP, O, O, O]).tags).toEqual([O, O, O, BP, IP, IP, IP, O]);
    expect(rules('وأعلن محمد علي الحوثي رفضه للاتفاق', [O, BP, O, BP, O, O]).tags).toEqual([O, BP, IP, IP, O, O]);
  });
  it('takes «علي» alone after a nasab or kunya link', () => {
    // «وبن علي» is Ben Ali: the verb after him is no family name (and since round 168 he is a
    // person of his own, «[بورقيبة] و[بن علي]»)
    expect(rules('وكانت سياسة بورقيبة وبن علي تقمع المعارضة', [O, O, BP, IP, O, O, O]).tags).toEqual([O, O, BP, BP, IP, O, O]);
  });
  it('guard: the preposition «على» written «علي», as before', () => {
    // after a whole name of the nasab form: "(married) to the daughter of"
    expect(rules('وأقيم حفل زواج الأمير فهد بن سعد آل سعود علي كريمة الشيخ', [O, O, O, O, BP, IP, IP, IP, IP, O, O, O]).tags).toEqual([O, O, O, O, BP, IP, IP, IP, IP, O, O, O]);
    // a definite common noun after it is the preposition's object
    expect(rules('وشكر المدرب سامر خليل علي النتائج الجيدة', [O, O, BP, IP, O, O, O]).tags).toEqual([O, O, BP, IP, O, O, O]);
    // a word that follows the preposition, and a number
    expect(rules('وحصل أحمد علي لقب الهداف', [O, BP, O, O, O]).tags).toEqual([O, BP, O, O, O]);
    expect(rules('وتفوق أحمد علي 250 منافسا', [O, BP, O, O, O]).tags).toEqual([O, BP, O, O, O]);
    // written «على», or with a shadda («علَّي» "on me")
    expect(rules('وردت منى على الحوثي بقوة', [O, BP, O, O, O]).tags).toEqual([O, BP, O, O, O]);
    expect(rules('وقالت منى علَّي .', [O, BP, O, O]).tags).toEqual([O, BP, O, O]);
  });
});
