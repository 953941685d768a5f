// QA round 40 of names (news-001 and news-006, read by eye, patterns counted over both files):
// «النيل» "harming" (the verbal noun of «نال من») read as the Nile, and «البحيرة» "the lake" read
// as Beheira, the Egyptian governorate, and a noun of kin or side («والد», «شقيق», «مؤيدو»)
// taken into the person named after it. Invented sentences; the rules run on hand-set tags where
// they can, so that a test holds whatever the model says, and through `entities()` end to end.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';
import { names } from '../helpers/entities.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';
const L = 'B-LOC';
const IL = 'I-LOC';

describe('«النيل من» "harming" is no river', () => {
  test('before «من» or «منه»', () => {
    expect(rules('يسعى الأعداء إلى النيل من وحدتنا', [O, O, O, L, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('لن تنجح محاولات النيل من سمعة المدرسة', [O, O, O, L, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('وتوعده بالنيل منه قريبا', [O, L, O, O]).tags).toEqual([O, O, O, O]);
  });
  test('end to end', () => {
    expect(names('حذر الكاتب من حملات تهدف إلى النيل من سمعة الجامعة.')).toEqual([]);
  });
  test('guards: the river in construct, after «في», or before another word', () => {
    expect(rules('تأتي مياه النيل من الهضبة', [O, O, L, O, O]).tags).toEqual([O, O, L, O, O]);
    expect(rules('سقط الرجل في النيل من فوق الجسر', [O, O, O, L, O, O, O]).tags).toEqual([O, O, O, L, O, O, O]);
    expect(rules('أبحر القارب في النيل صباحا', [O, O, O, L, O]).tags).toEqual([O, O, O, L, O]);
    expect(rules('زرنا النيل الأزرق من قبل', [O, L, IL, O, O]).tags).toEqual([O, L, IL, O, O]);
  });
});

describe('«البحيرة» "the lake" is no governorate', () => {
  test('after a noun of its water or shore, or «على/عند»', () => {
    expect(rules('تلوثت مياه البحيرة بالنفايات', [O, O, L, O]).tags).toEqual([O, O, O, O]);
    expect(rules('غاص الصياد إلى قاع البحيرة', [O, O, O, O, L]).tags).toEqual([O, O, O, O, O]);
    expect(rules('يطل الفندق على البحيرة مباشرة', [O, O, O, L, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('جلس الأطفال عند البحيرة', [O, O, O, L]).tags).toEqual([O, O, O, O]);
  });
  test('end to end', () => {
    expect(names('جلس الأطفال على ضفاف البحيرة طوال اليوم.')).toEqual([]);
    expect(names('عثر الغواصون على سفينة في قاع البحيرة.')).toEqual([]);
  });
  test('guards: the governorate after «محافظة», «في», «من» or in a list', () => {
    expect(rules('وقع الحادث بمحافظة البحيرة أمس', [O, O, O, L, O]).tags).toEqual([O, O, O, L, O]);
    expect(rules('وقع الحادث في البحيرة شمالي مصر', [O, O, O, L, O, L]).tags).toEqual([O, O, O, L, O, L]);
    expect(rules('وصل عشرة من البحيرة', [O, O, O, L]).tags).toEqual([O, O, O, L]);
  });
});

describe('a noun of kin or side is no part of the name after it', () => {
  test('«والد», «شقيق», «مؤيدو», «محامي» left out', () => {
    expect(rules('وقال والد سامر إن ابنه بخير', [O, P, IP, O, O, O]).tags).toEqual([O, O, P, O, O, O]);
    expect(rules('وصل شقيق خالد يوسف أمس', [O, P, IP, IP, O]).tags).toEqual([O, O, P, IP, O]);
    expect(rules('خرج مؤيدو فلان إلى الشارع', [O, P, IP, O, O]).tags).toEqual([O, O, P, O, O]);
    expect(rules('قال محامي جونسون إن موكله بريء', [O, P, IP, O, O, O]).tags).toEqual([O, O, P, O, O, O]);
  });
  test('end to end', () => {
    expect(names('وقال والد هاريسون إن ابنه عاد إلى المنزل.')).toEqual(['هاريسون/PERS']);
    expect(names('وأكد شقيق المنصوري أن الأسرة تنتظر الحكم.')).toEqual(['المنصوري/PERS']);
  });
  test('guards: «ابن» of a nasab and «أبو» of a kunya stay', () => {
    expect(rules('كتب ابن خلدون مقدمته', [O, P, IP, O]).tags).toEqual([O, P, IP, O]);
    expect(rules('قال أبو خالد إن الجو حار', [O, P, IP, O, O, O]).tags).toEqual([O, P, IP, O, O, O]);
  });
});
