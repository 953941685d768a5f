// QA round 76 (news-002, news-014, seed 261): the preposition «على», written with its alef
// maksura, run into the end of a PERS («السوداني [أشرف على] هجمات», «[شيرين عادل على] فضية»,
// «تتويج [فيليبوس على] عرش»). Folded it is the name «علي», which older and Egyptian texts also
// write «على» («[محمد على] باشا»): endPersonsBeforeAla in src/ner/rules.ts ends such a name before
// it unless a nasab or kunya link or «محمد» comes before it, or the word after it is no noun a
// preposition takes (none, a mark, «في», «باشا», a word with «ب»); and a verb or noun with a
// proclitic or imperfect prefix and a pronoun «ها/هم/هما» run into the end of a PERS or LOC
// («[صلاح يشعلها]», «أم [أحمد تنتظرهم]», «إلى [جيان لقتالهما]»): endNamesBeforeSuffixedWords.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

describe('QA round 76: the preposition «على» run into the end of a name', () => {
  it('ends a name before «على» followed by its noun', () => {
    expect(rules('عمل هنري على تحسين العلاقات', ['O', 'B-PERS', 'I-PERS', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'O', 'O', 'O']);
    expect(rules('حصلت الممثلة منى زكي على جائزة', ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'O', 'O']);
    expect(rules('هنأ الأمير نواف بن سعد على الفوز', ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']);
  });
  it('drops «أشرف على» "supervised" read as a name', () => {
    expect(rules('قالوا إن الضابط أشرف على الهجمات', ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
  });
  it('guard: Muhammad Ali and a nasab keep «على»', () => {
    expect(rules('بنى محمد على قصرا في الإسكندرية', ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'B-LOC']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'O', 'B-LOC']);
    expect(rules('ولد سعيد بن على في مكة', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC']);
  });
  it('guard: «على» before a preposition or at the end is the name', () => {
    expect(rules('وصل حسن على إلى القاهرة', ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC']);
    expect(rules('قال المهندس حسين على .', ['O', 'O', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'O']);
  });
});

describe('QA round 76: a word with a prefix and a pronoun run into a name', () => {
  it('ends a PERS or LOC before a verb or noun with a proclitic and «ها/هم/هما»', () => {
    expect(rules('وقف سامي فؤاد يشعلها حماسا', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'O']);
    expect(rules('جاء خالد ليخبرهما بالنتيجة', ['O', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'B-PERS', 'O', 'O']);
    expect(rules('عاد الجيش إلى حمص لحمايتهم', ['O', 'O', 'O', 'B-LOC', 'I-LOC']).tags).toEqual(['O', 'O', 'O', 'B-LOC', 'O']);
  });
  it('guard: a family name ending in «هم» or «ها» stays', () => {
    expect(rules('مثل عادل أدهم في الفيلم', ['O', 'B-PERS', 'I-PERS', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'O']);
    expect(rules('شارك جورج سيدهم في المسرحية', ['O', 'B-PERS', 'I-PERS', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'O']);
    expect(rules('سجل لويس ساها هدفا', ['O', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
  });
});
