// QA round 135 (ORG recall on the dev split of ANERcorp train, as rounds 125, 127–134 measured it;
// cross-checked on the whole of news-001 and news-012): in a match report a club no list holds
// («أسيك») was an ORG where the model read it after «فريق» («فريق [أسيك]») and left O where it
// stood alone in the other sentences of the text («أمام أسيك», «عقبة أسيك», «صفوف أسيك»):
// carryClubs carried only listed clubs and words the corpus tags an organisation at times. It now
// also carries a one-word ORG found right after «نادي/فريق» in the batch to its lone bare (or
// «و»-joined) mentions when it is a rare word (not «فريق السنة» "team of the year"), not after
// «في/من»; and a club that is a common noun too («العربي») is
// carried after a word for its people when the player's name follows it («حارس [العربي] أحمد
// خليل»), where a name beside it kept it O before.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { carry } from '../helpers/ner-rules.js';

const O = 'O';
const BO = 'B-ORG';
const BP = 'B-PERS';
const IP = 'I-PERS';
const BL = 'B-LOC';

describe('QA round 135: a club named by «فريق/نادي» is carried to its lone mentions', () => {
  it('carries it after a preposition, a noun in construct and a word for its people', () => {
    const out = carry([
      ['وتعادل فريق أسيك مع منافسه في الشوط الأول', [O, O, BO, O, O, O, O, O]],
      ['ويستعد الأهلي للمباراة أمام أسيك الأحد المقبل', [O, BO, O, O, O, O, O]],
      ['وكشف المدرب نقاط الضعف في صفوف أسيك', [O, O, O, O, O, O, O]],
    ]);
    expect(out[1]).toEqual([O, BO, O, O, BO, O, O]);
    expect(out[2]).toEqual([O, O, O, O, O, O, BO]);
  });
  it('carries a club that is a common noun too before the name of its player', () => {
    const out = carry([
      ['وحقق فريق العربي فوزا كبيرا في الدوري', [O, O, BO, O, O, O, O]],
      ['وأنقذ حارس العربي أحمد خليل مرماه من هدف محقق', [O, O, O, BP, IP, O, O, O, O]],
    ]);
    expect(out[1]).toEqual([O, O, BO, BP, IP, O, O, O, O]);
  });
  it('guards: «في/من» before it, a place beside it, a text with no sport, a common word', () => {
    const out = carry([
      ['وتعادل فريق كريمونا مع فريق أسيك في الدوري', [O, O, BO, O, O, BO, O, O]],
      ['وولد اللاعب في كريمونا عام 1990', [O, O, O, O, O, O]],
      ['وعاد الفريق من كريمونا بعد المباراة', [O, O, O, O, O, O]],
      ['ويستعد للقاء أسيك أبيدجان في الدور المقبل', [O, O, O, BL, O, O, O]],
    ]);
    expect(out[1]).toEqual([O, O, O, O, O, O]);
    expect(out[2]).toEqual([O, O, O, O, O, O]);
    expect(out[3]).toEqual([O, O, O, BL, O, O, O]);
    // «فريق» alone is no word of sport: a work team's company stays O elsewhere
    const work = carry([
      ['وأنهى فريق زاردكو تركيب الأجهزة', [O, O, BO, O, O]],
      ['وقال مدير المشروع إن زاردكو سلمت الأجهزة', [O, O, O, O, O, O, O]],
    ]);
    expect(work[1]).toEqual([O, O, O, O, O, O, O]);
    // a common word the model read as a club once («فريق السنة» "the team of the year")
    const year = carry([
      ['واختير الحارس في فريق السنة في أوروبا', [O, O, O, O, BO, O, O]],
      ['وضمت تشكيلة السنة هداف الدوري', [O, O, O, O, O]],
    ]);
    expect(year[1]).toEqual([O, O, O, O, O]);
    // a name beside it that is no person, and a person after no word for its people
    const arabi = carry([
      ['وحقق فريق العربي فوزا كبيرا في الدوري', [O, O, BO, O, O, O, O]],
      ['وقال العربي أحمد خليل إن الفريق جاهز', [O, O, BP, IP, O, O, O]],
    ]);
    expect(arabi[1]).toEqual([O, O, BP, IP, O, O, O]);
  });
});
