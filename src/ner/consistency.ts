// Internal: one-name-one-label within a text. A word the model tagged as a whole name, or as
// the last word of a person's name, somewhere in the text («قاسم جومارت توكاييف») is tagged
// with that type where it stands alone elsewhere («توكاييف» later on), for people and places
// only, unless it is a common word, a trigger or a given name. Clubs are carried by a pass of
// their own after the rules (carryClubs), in texts about football only.
import type { TokenInfo } from './features.js';
import { GIVEN_NAME, LOC_TRIGGER, ORG_TRIGGER, ORG_WORD, PERSON_TRIGGER, type Lexicon } from './lexicon.js';
import { foldWord } from './fold.js';
import { afterQueenTitle, B_LOC, B_MISC, B_ORG, B_PERS, CLOSE_QUOTES, clubCueBefore, clubHeadBefore, clubLike, isMaghrebGivenName, listedClub, namesClub, OPEN_QUOTES, opensOtherName, RULE_MARGIN, speaksOfSport } from './rules.js';

/** Sentences that count as one text for the consistency pass (chosen on dev: 10–30 help, 100+ hurt). */
export const DOC_WINDOW = 30;

/** Words at least this frequent in the corpus (log2 count) are never relabelled. */
const MAX_LOG_FREQ = 12;
const SKIP = PERSON_TRIGGER | ORG_TRIGGER | LOC_TRIGGER | GIVEN_NAME;
/**
 * Types that are propagated (1 PERS, 2 LOC). Inner words of organisation and MISC names
 * («السيارات» in «صناعة السيارات», «الفلسطينية» in «السلطة الوطنية الفلسطينية») are common
 * nouns and adjectives elsewhere; on held-out ANERcorp text, propagating them cost 5 points
 * of ORG F1.
 */
const PROPAGATE = [false, true, true, false, false];

const candidate = (w: TokenInfo['word']): boolean => w.b.length >= 3 && w.bFreq <= MAX_LOG_FREQ && (w.classes & SKIP) === 0;

/** The votes a stream carries between calls (see {@link postprocess}). */
export interface NameMemory {
  votes: Map<string, Int32Array>;
  sentences: number;
}

/** A fresh memory for one stream. */
export function createNameMemory(): NameMemory {
  return { votes: new Map(), sentences: 0 };
}

/**
 * Relabels, in place, lone O tokens whose base was tagged elsewhere in the same batch of
 * sentences as a one-word PERS or LOC or as the last word of a PERS. Tags are indices into
 * TAGS (B-X odd, I-X = B-X + 1).
 */
export function postprocess(infos: readonly (readonly TokenInfo[])[], tags: (Int8Array | number[])[], memory?: NameMemory): void {
  // A stream (analyzeStream) carries the votes of its last sentences from one paragraph to the
  // next, up to DOC_WINDOW sentences, so that a name found early still labels a later one.
  if (memory && memory.sentences >= DOC_WINDOW) {
    memory.votes.clear();
    memory.sentences = 0;
  }
  const votes = memory ? memory.votes : new Map<string, Int32Array>();
  if (memory) memory.sentences += infos.length;
  extendToWholeNames(infos, tags);
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++) {
      const tag = t[i]!;
      if (tag === 0) continue;
      // a one-word name, or the last word of a person's name (the family name)
      const ends = i + 1 >= t.length || t[i + 1] !== (tag % 2 === 1 ? tag + 1 : tag);
      if (!ends || (tag % 2 === 0 && tag !== 2)) continue;
      const w = infos[s]![i]!.word;
      if (!candidate(w)) continue;
      let v = votes.get(w.b);
      if (!v) votes.set(w.b, (v = new Int32Array(5)));
      v[(tag + 1) >> 1]!++;
    }
  }
  if (votes.size === 0) return;
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== 0) continue;
      if ((i > 0 && t[i - 1] !== 0) || (i + 1 < t.length && t[i + 1] !== 0)) continue;
      const word = infos[s]![i]!.word;
      if (!candidate(word)) continue;
      const v = votes.get(word.b);
      if (!v) continue;
      let best = 1;
      for (let k = 2; k < 5; k++) if (v[k]! > v[best]!) best = k;
      if (v[best]! > 0 && PROPAGATE[best]) t[i] = 2 * best - 1;
    }
  }
}

/** A person's name of two to four words in a batch: sentence, start and end (exclusive). */
type WholeName = readonly [number, number, number];

/** Word classes a first word given to a shorter mention may not have: «قرية [الوليد بن طلال]» names a village. */
const NOT_IN_NAME = ORG_TRIGGER | LOC_TRIGGER | ORG_WORD;

/** Whether word `k` of the sentence is tagged as part of a person's name (B-PERS or I-PERS). */
const personTag = (t: Int8Array | number[], k: number): boolean => t[k] === B_PERS || t[k] === B_PERS + 1;

/**
 * Names QA round 134: a person's name the model found whole in a batch of sentences («[بان كي
 * مون]», «[فان نيستلروي]») gives its first and middle names to a shorter mention of it that
 * starts late elsewhere in the batch («بان كي [مون]» → «[بان كي مون]»): when a PERS span's words
 * are the last words of the whole name (folded, proclitics included) and the words before it,
 * left O, not after another person, seen in the corpus (the model's reading of an unseen word rests
 * on its neighbours: «سراة [عبيدة]», a district in a list of places) and no place's or
 * organisation's head («قرية» "village"), are the whole name's first words. Runs before the votes,
 * on the model's tags.
 */
function extendToWholeNames(infos: readonly (readonly TokenInfo[])[], tags: (Int8Array | number[])[]): void {
  // whole names by their last word
  const byLast = new Map<string, WholeName[]>();
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== B_PERS) continue;
      let j = i + 1;
      while (j < t.length && t[j] === B_PERS + 1) j++;
      if (j - i >= 2 && j - i <= 4) {
        const last = infos[s]![j - 1]!.word.w;
        const list = byLast.get(last);
        if (list) list.push([s, i, j]);
        else byLast.set(last, [[s, i, j]]);
      }
      i = j - 1;
    }
  }
  if (byLast.size === 0) return;
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    const words = infos[s]!;
    for (let i = 1; i < t.length; i++) {
      if (t[i] !== B_PERS || t[i - 1] !== 0) continue;
      let j = i + 1;
      while (j < t.length && t[j] === B_PERS + 1) j++;
      const wholes = byLast.get(words[j - 1]!.word.w);
      if (!wholes) continue;
      for (const [ws, wi, wj] of wholes) {
        const extra = wj - wi - (j - i);
        if (extra <= 0 || extra > i || (i - extra > 0 && personTag(t, i - extra - 1))) continue;
        const whole = infos[ws]!;
        let same = true;
        for (let k = 0; k < wj - wi && same; k++) {
          const here = i - extra + k;
          same = words[here]!.word.w === whole[wi + k]!.word.w && (here >= i || (t[here] === 0 && words[here]!.word.logFreq >= 0 && (words[here]!.word.classes & NOT_IN_NAME) === 0));
        }
        if (!same) continue;
        t[i - extra] = B_PERS;
        for (let k = i - extra + 1; k < j; k++) t[k] = B_PERS + 1;
        break;
      }
      i = j - 1;
    }
  }
}

/** Folded «في» "in" and «من» "from": «في برشلونة», «قاضية من ميونيخ» may be the city even in a text about its club. */
const PLACE_PREPOSITIONS = new Set([foldWord('في'), foldWord('من')]);
/** Folded «وسط» "middle", a place head («وسط المدينة») and the midfield («لاعب وسط»). */
const MIDDLE = foldWord('وسط');
/** Folded «الاتحاد», a club and a federation («رئيس الاتحاد», «مجلس إدارة الاتحاد»). */
const FEDERATION = foldWord('الاتحاد');
/** Folded words of a federation's offices, after which «الاتحاد» is not carried as the club. */
const OFFICES = new Set(['رئيس', 'نائب', 'عضو', 'أعضاء', 'إدارة', 'مجلس', 'مسؤولي', 'رئاسة'].map(foldWord));

/**
 * The most frequent word (log2 count in the corpus) that a one-word ORG after «فريق/نادي» may be
 * for carryClubs to carry it as a club no list holds (names QA round 135): «أسيك», «بيشكتاش»,
 * «WWF», «الترسانة» (6) are rare; «السنة» (12, «فريق السنة» "team of the year") and «الشمال» (11)
 * are common words the model may read as a club once.
 */
const NAMED_CLUB_MAX_FREQ = 9;

/** True when the tag at `i` is a whole one-word name (B-X with no I-X after it). */
function oneWord(t: Int8Array | number[], i: number): boolean {
  const tag = t[i]!;
  return tag % 2 === 1 && (i + 1 >= t.length || t[i + 1] !== tag + 1);
}

/** True when a word is a definite feminine nisba adjective, no proclitic: «الإسبانية», «الإيطالية». */
function isFeminineAdjective(w: TokenInfo['word']): boolean {
  return w.p.length === 0 && w.w.length > 5 && w.w.startsWith('\u0627\u0644') && w.w.endsWith('\u064a\u0647'); // ALEF LAM … YEH HEH (folded ية)
}

/**
 * One club, one label within a batch of sentences that speaks of sport: once a club is an ORG
 * of one word somewhere in the batch — by a cue word («مدرب [الهلال]»), a nationality adjective
 * («[برشلونة] الإسباني»), a match («فاز [النصر] على») or the model — it is the club where it
 * stands alone elsewhere in the batch: a listed club (CLUBS) left O («الهلال دخل المواجهة»; names
 * QA round 127: one of CLUBS_AFTER_CLUB, a common noun too, right after a word for its people or
 * parts only, clubCueBefore: «لاعب [العربي]», never «الخليج العربي»), or
 * the same word read as a one-word place or person («[برشلونة]LOC يبدأ», «[باوك]PERS») when the
 * corpus tags it an organisation at times (namesClub). Runs after the rules, in place. A place
 * after «في», «من» or «ب» ("in, from Barcelona") stays a place, a listed club before another
 * name's word («الاتحاد الأوروبي», «الاتحاد المصري لكرة القدم», see opensOtherName) stays O,
 * and so does «الاتحاد» after a word for an office or «في» («رئيس/مجلس إدارة الاتحاد»: a
 * federation's as often as the club's). A batch with no word of football (speaksOfSport) is left
 * alone: «نادي [جدة] الأدبي», «قناة [السويس]». Names QA round 135: a one-word ORG right after
 * «نادي/فريق» (clubHeadBefore) that is a rare word (NAMED_CLUB_MAX_FREQ: «فريق [أسيك]», a club no
 * list holds) is carried too, to its lone mentions bare or after «و» and not after «في/من» («امام
 * [اسيك]», «صفوف [أسيك]»); and a lone club after a word for its people or parts may stand before
 * a PERS, the player it names («حارس [العربي] أحمد خليل», «مدرب [الأنصار] عبود»).
 */
export function carryClubs(infos: readonly (readonly TokenInfo[])[], tags: readonly Int8Array[], margins: readonly Float64Array[], lex: Lexicon): void {
  let clubs: Set<string> | undefined;
  let named: Set<string> | undefined;
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== B_ORG || !oneWord(t, i)) continue;
      const word = infos[s]![i]!.word;
      if (clubLike(infos[s]!, i, lex) || listedClub(word.b) === 2) (clubs ??= new Set()).add(word.b);
      // round 135: «فريق [أسيك]», a club no list holds, named so by its head
      else if (word.p.length === 0 && word.bFreq <= NAMED_CLUB_MAX_FREQ && clubHeadBefore(infos[s]!, i)) (named ??= new Set()).add(word.b);
    }
  }
  if (named) for (const b of named) (clubs ??= new Set()).add(b);
  if (!clubs || !infos.some((inf) => speaksOfSport(inf))) return;
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    const inf = infos[s]!;
    for (let i = 0; i < t.length; i++) {
      const tag = t[i]!;
      if (tag !== 0 && tag !== B_LOC && tag !== B_PERS) continue;
      const word = inf[i]!.word;
      if (!clubs.has(word.b)) continue;
      if (tag === 0) {
        // a lone word, not inside or beside another name; round 135: but for the player named
        // after a word for the club's people («لاعب [العربي] مجتبى جعفر», «حارس [العربي] أحمد خليل»)
        const cued = clubCueBefore(inf, i);
        if ((i > 0 && t[i - 1] !== 0) || (i + 1 < t.length && t[i + 1] !== 0 && !(cued && t[i + 1] === B_PERS))) continue;
        // round 127: a club that is a common noun too («العربي», «الشباب») only after a word for
        // its people or parts («لاعب [العربي]», «مرمى [العربي]»), not as an adjective («الخليج العربي»)
        const listed = listedClub(word.b);
        // round 135: a club named by «فريق/نادي» elsewhere in the batch («فريق [أسيك]») where it
        // stands bare or after «و», not after «في/من» ("in, from the north")
        const byHead = listed === 0 && named !== undefined && named.has(word.b) && (word.p.length === 0 || word.p === 'و') && !(i > 0 && PLACE_PREPOSITIONS.has(inf[i - 1]!.word.w));
        if (!(byHead || listed === 1 || (listed === 2 && cued)) || opensOtherName(inf, t, i + 1)) continue;
        if (word.b === FEDERATION && i > 0 && (OFFICES.has(inf[i - 1]!.word.b) || PLACE_PREPOSITIONS.has(inf[i - 1]!.word.w))) continue;
      } else {
        if (!oneWord(t, i) || !namesClub(lex, word.b)) continue;
        if (tag === B_LOC && (word.p.includes('\u0628') || (i > 0 && PLACE_PREPOSITIONS.has(inf[i - 1]!.word.w)))) continue;
        // «مدينة [برشلونة]», «[برشلونة] الإسبانية», «العاصمة الإسبانية [مدريد]»: a place head
        // before it or a feminine adjective beside it makes it the city
        // («لاعب وسط [برشلونة]» is a midfielder's club: «وسط» is no head there)
        if (tag === B_LOC && i > 0 && inf[i - 1]!.word.b !== MIDDLE && ((lex.classes.get(inf[i - 1]!.word.b) ?? 0) & LOC_TRIGGER) !== 0) continue;
        if (tag === B_LOC && ((i + 1 < t.length && isFeminineAdjective(inf[i + 1]!.word)) || (i > 0 && word.p.length === 0 && isFeminineAdjective(inf[i - 1]!.word)))) continue;
      }
      t[i] = B_ORG;
      margins[s]![i] = Math.max(margins[s]![i]!, RULE_MARGIN);
    }
  }
}

/**
 * Folded verbs of reported speech («قال», «أضاف», «أشار», «أوضح», «تابع», «بيّن», «نوّه», «عبّر»…;
 * masculine past and present, the feminine present «تقول/تضيف») and the titles «الدكتور»,
 * «المهندس», «الشيخ» before a quoted family name. Not the feminine past «أكدت», said of
 * companies as often («وأكدت "بيرسون"»).
 */
const SPEECH_BEFORE_NAME = new Set(
  [
    'قال', 'أضاف', 'أشار', 'أوضح', 'تابع', 'بين', 'نوه', 'أكد', 'ذكر', 'لفت', 'شدد', 'عبر', 'أهاب',
    'يقول', 'يضيف', 'تقول', 'تضيف', 'الدكتور', 'المهندس', 'الشيخ', 'الأستاذ',
  ].map(foldWord),
);
/** Folded complementisers of reported speech after a quoted speaker: «وأوضح «ملادينوف» أن…». */
const THAT = new Set(['أن', 'إن', 'بأن'].map(foldWord));

/** The folded word without a leading «و/ف». */
const withoutConjunction = (w: string): string => (w.length > 3 && (w.charCodeAt(0) === 0x0648 || w.charCodeAt(0) === 0x0641) ? w.slice(1) : w);

/**
 * «وأشار "[البقمي]" إلى…», «وتقول "[أليس]" البالغة…»: a person's family (or given) name put in
 * quotation marks after a verb of speech or a title is read by the model as a one-word MISC, a
 * quoted title. Such a quoted word becomes a PERS when a person named elsewhere in the batch
 * has it as a word of the name («محمد البقمي», «أليس مان»), or when «أن/إن» or a colon follows
 * the closing mark («وأوضح «ملادينوف» أن…»). Quoted words after «بين» "between" or other
 * words, and quoted speech («وقال "باردون" ــ»), are left alone. Runs after the rules, in place.
 */
export function carryQuotedPersons(
  infos: readonly (readonly TokenInfo[])[],
  raws: readonly (readonly { text: string }[])[],
  tags: readonly Int8Array[],
  margins: readonly Float64Array[],
): void {
  // most batches hold no one-word MISC in quotation marks: nothing to build for them
  if (!tags.some((t) => t.includes(B_MISC))) return;
  let persons: Set<string> | undefined;
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++) if (t[i] === B_PERS || t[i] === B_PERS + 1) (persons ??= new Set()).add(infos[s]![i]!.word.b);
  }
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    const raw = raws[s]!;
    const inf = infos[s]!;
    for (let i = 2; i + 1 < t.length; i++) {
      if (t[i] !== B_MISC || !oneWord(t, i) || !OPEN_QUOTES.has(raw[i - 1]!.text) || !CLOSE_QUOTES.has(raw[i + 1]!.text)) continue;
      if (!SPEECH_BEFORE_NAME.has(withoutConjunction(inf[i - 2]!.word.w))) continue;
      const next = i + 2 < t.length ? raw[i + 2]!.text : '';
      if (!persons?.has(inf[i]!.word.b) && !(next === ':' || (i + 2 < t.length && THAT.has(inf[i + 2]!.word.w)))) continue;
      t[i] = B_PERS;
      margins[s]![i] = Math.max(margins[s]![i]!, RULE_MARGIN);
    }
  }
}

/** Folded prepositions of place before a name that is a place there: «في», «إلى». */
const QUEEN_PLACE_PREPOSITIONS = new Set(['في', 'إلى', 'الى'].map(foldWord));

/**
 * «توفيت الملكة [فيكتوريا]PERS … وكانت [فيكتوريا]LOC …»: a one-word name that stands as a PERS
 * right after a feminine royal title somewhere in the batch (made so by retypeTitledQueens in
 * rules.ts, or so read by the model) is the same woman where the model read it alone as a
 * one-word LOC elsewhere in the batch, unless the batch also gives the name a place cue: a word
 * that announces a place or «في/إلى» right before it («بحيرة فيكتوريا», «في اسكتلندا»), where the
 * name is a place as well. Runs after the rules, in place.
 */
export function carryTitledQueens(infos: readonly (readonly TokenInfo[])[], tags: readonly Int8Array[], margins: readonly Float64Array[]): void {
  let queens: Set<string> | undefined;
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    for (let i = 1; i < t.length; i++) if (t[i] === B_PERS && oneWord(t, i) && afterQueenTitle(infos[s]!, i)) (queens ??= new Set()).add(infos[s]![i]!.word.b);
  }
  if (queens === undefined) return;
  // a name the batch also gives a place cue («بحيرة فيكتوريا», «في اسكتلندا») is not carried
  for (let s = 0; s < infos.length; s++) {
    const inf = infos[s]!;
    for (let i = 1; i < inf.length; i++) {
      if (!queens.has(inf[i]!.word.b) || inf[i]!.word.p.length > 0) continue;
      const prev = inf[i - 1]!.word;
      if ((prev.classes & LOC_TRIGGER) !== 0 || QUEEN_PLACE_PREPOSITIONS.has(prev.w)) queens.delete(inf[i]!.word.b);
    }
  }
  if (queens.size === 0) return;
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== B_LOC || !oneWord(t, i) || !queens.has(infos[s]![i]!.word.b)) continue;
      t[i] = B_PERS;
      margins[s]![i] = Math.max(margins[s]![i]!, RULE_MARGIN);
    }
  }
}

/** The folded proclitics a carried Maghreb name may take on its first word: none, or «و». */
const MAGHREB_NAME_PROCLITICS = new Set(['', '\u0648']);

/**
 * «رئيس الحكومة [الحبيب الصيد]PERS … وأوضح الحبيب الصيد أن …»: a PERS of two words opened by a
 * given name the Maghreb writes with the article (`isMaghrebGivenName`; labelled so by
 * labelMaghrebNames in rules.ts after a title, or by the model) names the same person where the
 * same two words stand left O elsewhere in the batch, or the given name alone a PERS (the first
 * bare or after «و», the second bare). Runs after the rules, in place.
 */
export function carryMaghrebNames(infos: readonly (readonly TokenInfo[])[], tags: readonly Int8Array[], margins: readonly Float64Array[]): void {
  let names: Set<string> | undefined;
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    const inf = infos[s]!;
    for (let i = 0; i + 1 < t.length; i++) {
      if (t[i] !== B_PERS || t[i + 1] !== B_PERS + 1 || (i + 2 < t.length && t[i + 2] === B_PERS + 1)) continue;
      if (inf[i]!.word.p.length === 0 && isMaghrebGivenName(inf[i]!.word.b)) (names ??= new Set()).add(inf[i]!.word.b + ' ' + inf[i + 1]!.word.b);
    }
  }
  if (names === undefined) return;
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    const inf = infos[s]!;
    for (let i = 0; i + 1 < t.length; i++) {
      // left O, or the given name alone a PERS («وأضاف [الحبيب] الصيد»)
      if ((t[i] !== 0 && t[i] !== B_PERS) || t[i + 1] !== 0 || !MAGHREB_NAME_PROCLITICS.has(inf[i]!.word.p) || inf[i + 1]!.word.p.length > 0) continue;
      if (!names.has(inf[i]!.word.b + ' ' + inf[i + 1]!.word.b)) continue;
      t[i] = B_PERS;
      t[i + 1] = B_PERS + 1;
      margins[s]![i] = Math.max(margins[s]![i]!, RULE_MARGIN);
      margins[s]![i + 1] = Math.max(margins[s]![i + 1]!, RULE_MARGIN);
      i++;
    }
  }
}
