import { describe, expect, test } from 'vitest';
import { sentences, tokenize } from '../../src/tokenize/index.js';
import { CHUNK } from '../../src/tokenize/scan.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences', () => {
  test('ends sentences after . ! ? ؟ and …, with offsets into the input', () => {
    const input = ' وقال: نعم. هل توافق؟ بالتأكيد! انتهى… ';
    expect(sentences(input)).toStrictEqual([
      { text: 'وقال: نعم.', start: 1, end: 11 },
      { text: 'هل توافق؟', start: 12, end: 21 },
      { text: 'بالتأكيد!', start: 22, end: 31 },
      { text: 'انتهى…', start: 32, end: 38 },
    ]);
  });

  test('keeps a closing quote or bracket after the terminator in its sentence', () => {
    expect(split('قال: "سيجري ذكرها حتماً." وأوضح ذلك. (وهذا مهم.) ثم انتهى.')).toStrictEqual([
      'قال: "سيجري ذكرها حتماً."',
      'وأوضح ذلك.',
      '(وهذا مهم.)',
      'ثم انتهى.',
    ]);
  });

  test('ends after a period that follows a closing quote', () => {
    expect(split('في منظمة شنغهاي للتعاون". وهنأ توكاييف')).toStrictEqual(['في منظمة شنغهاي للتعاون".', 'وهنأ توكاييف']);
  });

  test('does not split decimals, URLs or e-mail addresses', () => {
    expect(split('بلغ النمو 3.4 بالمئة. راجع www.sco.int/ar أو info@sco.int للمزيد. انتهى')).toStrictEqual([
      'بلغ النمو 3.4 بالمئة.',
      'راجع www.sco.int/ar أو info@sco.int للمزيد.',
      'انتهى',
    ]);
  });

  test('does not split after one-letter abbreviations, titles and initials', () => {
    expect(split('قال أ.د. محمد علي إن د. سمير و م. خالد كتبا إلى ص.ب. 123 عام 200 ق.م. تقريباً. انتهى.')).toStrictEqual([
      'قال أ.د. محمد علي إن د. سمير و م. خالد كتبا إلى ص.ب. 123 عام 200 ق.م. تقريباً.',
      'انتهى.',
    ]);
    expect(split('J. R. R. Tolkien met Dr. Smith. Then he left.')).toStrictEqual([
      'J. R. R. Tolkien met Dr. Smith.',
      'Then he left.',
    ]);
  });

  test('ends a sentence after an era letter that follows a year', () => {
    expect(split('توفي سنة 632 م. ثم تولى أبو بكر. تأسست عام 2001م. وتضم ست دول. عام 1445 هـ. وفيه')).toStrictEqual([
      'توفي سنة 632 م.',
      'ثم تولى أبو بكر.',
      'تأسست عام 2001م.',
      'وتضم ست دول.',
      'عام 1445 هـ.',
      'وفيه',
    ]);
    // the same letter as a title, after a word, does not end one
    expect(split('قال م. أحمد إن العمل انتهى.')).toStrictEqual(['قال م. أحمد إن العمل انتهى.']);
  });

  test('keeps an ellipsis followed by more words on the same line inside the sentence', () => {
    expect(split('انتظرنا طويلاً... ثم جاء الخبر. وانتهى الأمر…\nبعدها سكت.')).toStrictEqual([
      'انتظرنا طويلاً... ثم جاء الخبر.',
      'وانتهى الأمر…',
      'بعدها سكت.',
    ]);
    expect(split('انتظر...ثم قال… لا شيء')).toStrictEqual(['انتظر...ثم قال… لا شيء']);
    expect(split('We waited... and waited... Then it came.')).toStrictEqual(['We waited... and waited...', 'Then it came.']);
  });

  test('ends a sentence at an ellipsis followed by a question mark', () => {
    expect(split('وماذا بعد...؟ لا شيء.')).toStrictEqual(['وماذا بعد...؟', 'لا شيء.']);
  });

  test('ends headlines and paragraphs at line breaks', () => {
    expect(split('عنوان الخبر\n\n04 يوليو 2024\nنص الخبر الأول. والثاني\n\nفقرة ثانية')).toStrictEqual([
      'عنوان الخبر',
      '04 يوليو 2024',
      'نص الخبر الأول.',
      'والثاني',
      'فقرة ثانية',
    ]);
  });

  test('carries a sentence across a single line break after a comma, but not across a blank line', () => {
    expect(split('أولاً،\nثانياً\r\n\r\nثالثاً،\n\nرابعاً')).toStrictEqual(['أولاً،\nثانياً', 'ثالثاً،', 'رابعاً']);
  });

  test('keeps a number opening a line with its period', () => {
    expect(split('1. البند الأول\n2. البند الثاني')).toStrictEqual(['1. البند الأول', '2. البند الثاني']);
  });

  test('ends a sentence when a missing space glues the next Arabic word to the period', () => {
    expect(split('انتهى الاجتماع.وقال الرئيس')).toStrictEqual(['انتهى الاجتماع.', 'وقال الرئيس']);
  });

  test('does not split before a lowercase Latin word', () => {
    expect(split('See e.g. this one. And that.')).toStrictEqual(['See e.g. this one.', 'And that.']);
  });

  test('returns no sentence for white space alone', () => {
    expect(sentences(' \n\t ')).toStrictEqual([]);
  });
});

describe('sentences: long texts (tokens arrive chunk by chunk into a small window)', () => {
  test('gives a long text the sentences of its paragraphs, shifted', () => {
    // More tokens than three scanner chunks, so that chunk boundaries fall inside sentences.
    const unit = 'قال د. أحمد إن النمو بلغ 3.4% في «المنطقة». وأضاف: "سنرى"! هل تعلم؟ نعم…\n\n';
    const pieces = sentences(unit);
    const times = Math.ceil((3 * CHUNK) / tokenize(unit).length) + 1;
    const expected = Array.from({ length: times }, (_, r) =>
      pieces.map((s) => ({ ...s, start: s.start + r * unit.length, end: s.end + r * unit.length })),
    ).flat();
    expect(sentences(unit.repeat(times))).toStrictEqual(expected);
  });

  test('keeps a run of glued terminators longer than a chunk in one sentence', () => {
    const run = '!)'.repeat(CHUNK); // 2 × CHUNK punctuation tokens, glued
    expect(sentences(`قال${run} ثم مضى.`).map((s) => s.text)).toStrictEqual([`قال${run}`, 'ثم مضى.']);
    expect(sentences(`${run}`).map((s) => s.end)).toStrictEqual([run.length]);
  });
});
