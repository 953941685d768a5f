import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 117: the shortened forms of a hollow افتعل were rootless. Its bare jussive (لم يختر
// «did not choose», لم يبتع «did not buy», لم يرتح «did not rest») had no template at all, and its
// past before the lone ending ت, before ت and a pronoun, and before the feminine plural ن (اخترت،
// اخترته، اخترن, where only نا، تم، تن were read) found no reading either. Now the jussive
// templates ي1ت3، ت1ت3، ن1ت3 (SHORT_HOLLOW_JUSSIVE_VIII in patterns.ts) and the past ا1ت3 before
// ت، ت + pronoun, ن are read when neither the doubled nor the defective root of the two letters
// is a root (shortHollowAlone in analyze.ts), like استطعت since round 76, and its imperative
// ا1ت3 after و or ف (واختر). Invented sentences.
describe('root: QA round 117', () => {
  // «لم يختر الحزب مرشحه بعد», «قالت إنها لم تختر الاستقالة», «ليختر كل واحد ما يناسبه», «لم
  // نختر هذا الطريق», «اخترت البقاء في المدينة», «واخترت أن أكمل دراستي», «اخترته لأنه الأكفأ»,
  // «النساء اخترن الصمت», «لم يبتع المستثمر أي أسهم», «لم يرتح اللاعبون منذ أسبوع», «اجتحت المدينة
  // بعد الحصار», «افتح الإعدادات واختر اللغة», «فاختر ما تشاء», «عد إلى بيتك وارتح»
  test.each([
    ['يختر', 'خير'],
    ['تختر', 'خير'],
    ['ليختر', 'خير'],
    ['نختر', 'خير'],
    ['اخترت', 'خير'],
    ['واخترت', 'خير'],
    ['اخترته', 'خير'],
    ['اخترن', 'خير'],
    ['يبتع', 'بيع'],
    ['يرتح', 'روح'],
    ['اجتحت', 'جوح'],
    ['واختر', 'خير'],
    ['فاختر', 'خير'],
    ['وارتح', 'روح'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: the imperfects of doubled افتعل verbs (يحتل، يمتد، تهتم، يعتز، يشتق), the sound
  // imperfects whose ت is a radical (يكتب، يفتح، يقتل، ينتج، يفتق «tears open»), the feminine past
  // of a doubled or defective افتعل (احتلت، اعتدت «attacked», اشترت), sound افتعل verbs ending in
  // ن (اقترن، احتضن، امتحن), the past with نا and تم (اخترنا، اخترتم), and the hollow استفعل
  // (استطعت، يستطع), the article before a short word (التن «the figs»); a future س takes no
  // jussive (سيختر), and أختر, mostly the name Akhtar, no imperative.
  test.each([
    ['يحتل', 'حلل'],
    ['يمتد', 'مدد'],
    ['تهتم', 'همم'],
    ['يعتز', 'عزز'],
    ['يشتق', 'شقق'],
    ['يكتب', 'كتب'],
    ['يفتح', 'فتح'],
    ['يقتل', 'قتل'],
    ['ينتج', 'نتج'],
    ['يفتق', 'فتق'],
    ['احتلت', 'حلل'],
    ['اشترت', 'شري'],
    ['اقترن', 'قرن'],
    ['احتضن', 'حضن'],
    ['امتحن', 'محن'],
    ['اخترنا', 'خير'],
    ['اخترتم', 'خير'],
    ['استطعت', 'طوع'],
    ['يستطع', 'طوع'],
    ['التن', 'تين'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
  test('guard: سيختر has no jussive reading, nor the name أختر an imperative one', () => {
    expect(root('سيختر')).not.toBe('خير');
    expect(root('أختر')).not.toBe('خير');
  });
});
