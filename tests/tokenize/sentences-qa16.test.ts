// Sentence-boundary cases from QA round 16: Tunisian radio news (news-009) and pan-Arab TV news
// (news-005) paragraphs read by eye, and every boundary the round's rule moves in the 16
// unlabeled files. Every sentence here is invented in the shape of an error class met in the
// corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: a quoted question or exclamation inside the sentence', () => {
  it('does not end the sentence before a word that goes on with it', () => {
    expect(split('تحدث الضيف في برنامج "من أين لك هذا؟" على القناة الأولى عن الفساد.')).toStrictEqual([
      'تحدث الضيف في برنامج "من أين لك هذا؟" على القناة الأولى عن الفساد.',
    ]);
    // a list of titles with و or أو
    expect(split('ناقشت الندوة محاور مثل "ما دور المدرسة؟" و"هل تكفي الكتب؟".')).toHaveLength(1);
    expect(split('هتف الجمهور «عاش الفريق!» أو «إلى الأمام!» في المدرجات.')).toHaveLength(1);
    // a preposition, أنه, a participle of saying, the author of a title
    expect(split('رد الوزير: "ماذا تنتظرون منا؟" في إشارة إلى النواب.')).toHaveLength(1);
    expect(split('وصل قطار يحمل لافتة "أهلا بكم!" إلى المحطة صباح اليوم.')).toHaveLength(1);
    expect(split('قال في محاضرة بعنوان «أي مستقبل للقرية؟» أنه متفائل.')).toHaveLength(1);
    expect(split('سأل المدرب: «لماذا خسرنا؟» مضيفاً «علينا أن نتعلم».')).toHaveLength(1);
    expect(split('صدر كتاب «كيف نقرأ؟» للكاتب سامر عادل هذا الشهر.')).toHaveLength(1);
  });

  it('still ends it before a word that opens a sentence, or without a closing quote', () => {
    expect(split('سأله الصحفي: "هل ستترشح؟" قال: لا أعرف بعد.')).toHaveLength(2);
    expect(split('صرخ اللاعب: «لقد فزنا!» وكان الجمهور يصفق بحرارة.')).toHaveLength(2);
    expect(split('هل انتهى الأمر؟ في اليوم التالي عاد الجميع إلى العمل.')).toHaveLength(2);
    expect(split('قال: "هذا مهم." في اليوم التالي عاد الجميع.')).toHaveLength(2);
  });
});
