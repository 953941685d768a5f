// The rules applied after the NER model (src/ner/rules.ts), on invented sentences: first on
// hand-set tags, so that each rule is tested whatever the model says, then through entities().
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { lexicon } from '../../src/ner/lexicon.js';
import { endBeforeNumeric, isAdjectiveNisba, RULE_MARGIN } from '../../src/ner/rules.js';
import { tokenize } from '../../src/tokenize/index.js';
import { rules } from '../helpers/ner-rules.js';
import type { Entity } from '../../src/ner/types.js';
import { wellFormed } from '../helpers/entities.js';

const O = 'O';

describe('nationality adjectives are not persons', () => {
  test('tells adjectives from family names of the same shape by their feminine form', () => {
    const lex = lexicon();
    for (const w of ['الروسي', 'الفرنسي', 'الهندي', 'الكازاخستاني']) expect(isAdjectiveNisba(w, lex), w).toBe(true);
    for (const w of ['المالكي', 'القرضاوي', 'الحريري', 'الرئيس', 'روسي']) expect(isAdjectiveNisba(w, lex), w).toBe(false);
  });
  test('drops a PERS that is only a nationality adjective', () => {
    expect(rules('قال الرئيس الفرنسي إن المحادثات مثمرة', [O, O, 'B-PERS', O, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  test('drops a PERS made of a definite noun and a nationality adjective', () => {
    const r = rules('دعا إلى نظام جديد للأمن الأوروبي', [O, O, O, O, 'B-PERS', 'I-PERS']);
    expect(r.tags).toEqual([O, O, O, O, O, O]);
  });
  test('keeps a family name of the nisba shape and a name that contains a nationality adjective', () => {
    expect(rules('وقال المالكي إن الحكومة باقية', [O, 'B-PERS', O, O, O]).tags).toEqual([O, 'B-PERS', O, O, O]);
    const kept = ['B-PERS', 'I-PERS', O, O];
    expect(rules('محمد المصري وصل أمس', kept).tags).toEqual(kept);
  });
});

describe('a given name coordinated with a definite noun is that noun', () => {
  test('drops «وحسن النية» after «الثقة»', () => {
    const r = rules('على أساس الثقة وحسن النية بين البلدين', [O, O, O, 'B-PERS', 'I-PERS', O, O]);
    expect(r.tags).toEqual([O, O, O, O, O, O, O]);
  });
  test('keeps a real name: after a name, with a nisba family name, or a compound name', () => {
    const afterName = [O, 'B-PERS', 'B-PERS', 'I-PERS', O];
    expect(rules('التقى سعيد وحسن الأمين أمس', [O, 'B-PERS', 'B-PERS', 'I-PERS', O]).tags).toEqual(afterName);
    const nisba = [O, O, 'B-PERS', 'I-PERS', O];
    expect(rules('التقى الوفد وحسن الترابي أمس', nisba).tags).toEqual(nisba);
    const compound = [O, O, 'B-PERS', 'I-PERS', O];
    expect(rules('حضر الاجتماع ونور الدين أمس', compound).tags).toEqual(compound);
  });
  test('leaves a name without the conjunction alone', () => {
    const tags = [O, O, 'B-PERS', 'I-PERS', O];
    expect(rules('قال الناطق حسن الجوار إن', tags).tags).toEqual(tags);
  });
});

describe('a head noun alone is no place', () => {
  test('drops a one-word LOC «جمهورية» or «الدولة»', () => {
    expect(rules('عاصمة جمهورية أوزبكستان', [O, 'B-LOC', 'B-LOC']).tags).toEqual([O, O, 'B-LOC']);
    expect(rules('قالت الدولة إنها', [O, 'B-LOC', O]).tags).toEqual([O, O, O]);
  });
  test('keeps «المدينة» (Medina) and a head noun inside a longer LOC', () => {
    expect(rules('هاجر إلى المدينة', [O, O, 'B-LOC']).tags).toEqual([O, O, 'B-LOC']);
    expect(rules('زار مدينة حلب', [O, 'B-LOC', 'I-LOC']).tags).toEqual([O, 'B-LOC', 'I-LOC']);
  });
});

describe('an organisation name goes on over its «لل…» purpose word', () => {
  test('extends an ORG headed by an indefinite organisation noun', () => {
    expect(rules('انضمت إلى منظمة بريكس للتنمية أمس', [O, O, 'B-ORG', 'I-ORG', O, O]).tags).toEqual([O, O, 'B-ORG', 'I-ORG', 'I-ORG', O]);
  });
  test('leaves a definite head, a word that is not in the list, and other types alone', () => {
    const definite = [O, 'B-ORG', 'I-ORG', O];
    expect(rules('قال البنك الأفريقي للتنمية', definite).tags).toEqual(definite);
    const other = [O, O, 'B-ORG', 'I-ORG', O];
    expect(rules('انضمت إلى منظمة بريكس للدول', other).tags).toEqual(other);
    const loc = [O, 'B-LOC', O];
    expect(rules('زار كسلا للتنمية', loc).tags).toEqual(loc);
  });
});

describe('ministries are organisations', () => {
  test('labels «وزارة» + definite noun + agreeing adjective', () => {
    const r = rules('أعلنت وزارة الصحة الأردنية أمس', [O, O, O, O, O]);
    expect(r.tags).toEqual([O, 'B-ORG', 'I-ORG', 'I-ORG', O]);
    expect(r.margins[1]).toBe(RULE_MARGIN);
  });
  test('takes one coordinated noun and starts after the proclitic', () => {
    const r = rules('وجاء في بيان لوزارة الاقتصاد والتجارة أن', [O, O, O, O, O, O, O]);
    expect(r.tags).toEqual([O, O, O, 'B-ORG', 'I-ORG', 'I-ORG', O]);
    expect(r.clitics[3]).toBe('ل');
  });
  test('stops at relative pronouns, prepositions and words that are not definite', () => {
    expect(rules('وزارة المالية التي أعلنت', [O, O, O, O]).tags).toEqual(['B-ORG', 'I-ORG', O, O]);
    expect(rules('كتبت وزارة الخارجية إلى السفارة', [O, O, O, O, O]).tags).toEqual([O, 'B-ORG', 'I-ORG', O, O]);
    expect(rules('أعلنت وزارة جديدة', [O, O, O]).tags).toEqual([O, O, O]);
  });
  test('does not touch what the model already tagged', () => {
    const tags = [O, 'B-ORG', 'I-ORG', O];
    expect(rules('أعلنت وزارة الدفاع الأمريكية', tags).tags).toEqual(tags);
    const loc = [O, O, 'B-LOC'];
    expect(rules('أعلنت وزارة الكويت', loc).tags).toEqual(loc);
  });
  test('adds the head to an ORG the model starts right after «وزارة»', () => {
    const r = rules('أعلنت بوزارة الداخلية الفرنسية', [O, O, 'B-ORG', 'I-ORG']);
    expect(r.tags).toEqual([O, 'B-ORG', 'I-ORG', 'I-ORG']);
    expect(r.clitics[1]).toBe('ب');
  });
});

describe('capitals and large cities are places', () => {
  test('labels a capital the model left O, after its proclitics', () => {
    const r = rules('وصل الوفد إلى بيشكيك ثم وبأستانة', [O, O, O, O, O, O]);
    expect(r.tags).toEqual([O, O, O, 'B-LOC', O, 'B-LOC']);
    expect(r.clitics[5]).toBe('وب');
  });
  test('reads «لل» as ل + the article or as ل + a name in ل', () => {
    const r = rules('عاد إلى للدوحة ثم للندن', [O, O, O, O, O]);
    expect(r.tags).toEqual([O, O, 'B-LOC', O, 'B-LOC']);
    expect(r.clitics[2]).toBe('ل');
    expect(r.clitics[4]).toBe('ل');
  });
  test('matches multi-word names and spelling variants (ة/ا endings, hamza, tatweel)', () => {
    expect(rules('عقد المؤتمر في أديس أبابا', [O, O, O, O, O]).tags).toEqual([O, O, O, 'B-LOC', 'I-LOC']);
    expect(rules('زار استانا وآستانة وأسـتانا', [O, O, O, O]).tags).toEqual([O, 'B-LOC', 'B-LOC', 'B-LOC']);
  });
  test('does not read a final ه as the ة of a city name', () => {
    expect(rules('زار جدة', [O, O]).tags).toEqual([O, 'B-LOC']);
    expect(rules('حيث وجده يلقي كلمة', [O, O, O, O]).tags).toEqual([O, O, O, O]);
    // with marks, and in presentation forms (U+FE94 TEH MARBUTA FINAL, U+FEEA HEH FINAL)
    expect(rules('زار جدّةَ', [O, O]).tags).toEqual([O, 'B-LOC']);
    expect(rules('حيث وجدهُ يلقي كلمة', [O, O, O, O]).tags).toEqual([O, O, O, O]);
    expect(rules('زار جد\ufe94', [O, O]).tags).toEqual([O, 'B-LOC']);
    expect(rules('زار جد\ufeea', [O, O]).tags).toEqual([O, O]);
  });
  test('reads a definite «…ية» after a definite noun as an adjective', () => {
    expect(rules('زار التكية السليمانية', [O, O, O]).tags).toEqual([O, O, O]);
    expect(rules('زار السليمانية', [O, O]).tags).toEqual([O, 'B-LOC']);
  });
  test('leaves a place inside a model entity alone', () => {
    const tags = [O, 'B-ORG', 'I-ORG'];
    expect(rules('أعلنت جامعة القاهرة', tags).tags).toEqual(tags);
  });
});

describe('a name that runs into a date ends before it', () => {
  const tokens = tokenize('تنعقد قمة منظمة التعاون يومي 3 و4 يوليو');
  const date = (start: number, end: number, type: Entity['type'] = 'DATE'): Entity => ({ type, text: '', start, end, form: '', score: 1 });
  const at = (i: number) => tokens[i]!.start;
  test('cuts the tokens from the one where the date starts', () => {
    // ORG over «منظمة التعاون يومي» (tokens 2..4), DATE from «يومي» to the end
    expect(endBeforeNumeric(tokens, 2, 5, [date(at(4), tokens[tokens.length - 1]!.end)])).toBe(4);
  });
  test('keeps the name when the date lies inside it, or is a NUM, or starts before it', () => {
    expect(endBeforeNumeric(tokens, 2, 5, [date(at(3), tokens[3]!.end)])).toBe(5);
    expect(endBeforeNumeric(tokens, 2, 5, [date(at(4), tokens[tokens.length - 1]!.end, 'NUM')])).toBe(5);
    expect(endBeforeNumeric(tokens, 2, 5, [date(at(1), tokens[tokens.length - 1]!.end)])).toBe(5);
  });
});

describe('the rules through entities()', () => {
  const find = (text: string, type: Entity['type']) => entities(text).filter((e) => e.type === type);
  test('finds a ministry and a capital in news text, with spans after the proclitics', () => {
    const text = 'وقال مسؤول في وزارة الداخلية الفرنسية إن الوفد توجه إلى بيشكيك ثم لأستانة.';
    const found = entities(text);
    wellFormed(text, found);
    expect(found.some((e) => e.type === 'ORG' && e.text === 'وزارة الداخلية الفرنسية')).toBe(true);
    expect(find(text, 'LOC').map((e) => e.text)).toEqual(expect.arrayContaining(['بيشكيك', 'أستانة']));
  });
  test('tags no person in «الوحدة وحسن الجوار» or in a lone nationality adjective', () => {
    const text = 'وأكد الرئيس الهندي التزام بلاده بمبادئ الاحترام المتبادل وحسن الجوار.';
    expect(find(text, 'PERS')).toEqual([]);
  });
});
