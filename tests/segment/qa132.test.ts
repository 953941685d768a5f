// QA round 132: a noun in ة written ه before a definite genitive, read as a stem + «ه» (his, its).
// «كليه الحقوق», «جامعه الإسكندرية», «محافظه الجيزة» gave «كلي», «جامع», «محافظ» + ه. A noun with
// a pronoun takes no genitive, but a definite word after one is common as its adjective or, after
// a verb, its subject, and the corpus counts cannot tell the two apart; so the context rule reads
// such a word as written, the noun in ة, only where the same paragraph spells another ة as ه
// (isConstructTehHeh: «اداره الأعمال», «في الشركه», «مدينه طنطا»). A noun whose stem or pronoun
// form is common keeps the pronoun («كتابه الجديد», «نظيره الصيني», «معرضه الذي», «وضربه
// اللاعب»), so does a stem the corpus shows + «وا» without a preposition before it (a verb before
// its subject: «أصابه التشويه», «حمله المماليك»; «لخدمه العملاء» is read as the noun), and so does
// any word in a paragraph that spells ة as ة («درس في كليه الحقوق»).
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('a noun in ة written ه before a definite genitive', () => {
  test.each([
    ['درس في كليه الحقوق قسم اداره الأعمال', 2, '[كليه]'],
    ['تخرج من جامعه الإسكندرية وعمل في الشركه', 2, '[جامعه]'],
    ['يعمل في محافظه الجيزة منذ عام في مدرسه البنات', 2, '[محافظه]'],
    ['والتحق بكليه التربية في مدينه طنطا', 1, 'ب+[كليه]'],
    ['شارك في صناعه السينما مع شركه إنتاج', 2, '[صناعه]'],
    ['وأنشأ مكتبا لخدمه العملاء في الشركه', 2, 'ل+[خدمه]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['تحدث عن كتابه الجديد في اداره الشركة', 2, '[كتاب]+ه'],
    ['درس في كليه الحقوق', 2, '[كلي]+ه'],
    ['وقال الصحفي إن نظيره الصيني وصل إلى العاصمه', 3, '[نظير]+ه'],
    ['وقف أمام معرضه الذي أقيم في القاهره', 2, '[معرض]+ه'],
    ['وضربه اللاعب أمام الجماهير في المباراه', 0, 'و+[ضرب]+ه'],
    ['وقال إن المسلسل أصابه التشويه في الحلقه الأولى', 3, '[أصاب]+ه'],
    ['وكان معه أمير حمله المماليك إلى القلعه', 3, '[حمل]+ه'],
    ['درس في كليه الحقوق\nوعمل في اداره الشركة', 2, '[كلي]+ه'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
