// Sentence-boundary cases found by reading real news and Wikipedia paragraphs (QA round 3) and
// SaudiNewsNet, Tashkeela and Wikipedia paragraphs (QA round 4).
// Every sentence here is invented in the shape of an error class met in the corpus; none is
// copied from it.
import { describe, expect, test } from 'vitest';
import { sentences, tokenize } from '../../src/tokenize/index.js';
import { CHUNK } from '../../src/tokenize/scan.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: Latin letters spelled in Arabic', () => {
  test('keeps an initial such as «دبليو.» and a dotted acronym such as «إف. بي. آي» inside the sentence', () => {
    expect(split('التقى الوزير بالسيناتور جون دبليو. سميث في مقر "إف. بي. آي" أمس. ثم غادر.')).toStrictEqual([
      'التقى الوزير بالسيناتور جون دبليو. سميث في مقر "إف. بي. آي" أمس.',
      'ثم غادر.',
    ]);
    expect(split('وقعت الشركة عقداً مع بي.إم.دبليو وإتش.إس.بي.سي أمس.')).toStrictEqual([
      'وقعت الشركة عقداً مع بي.إم.دبليو وإتش.إس.بي.سي أمس.',
    ]);
  });

  test('keeps a number that follows a dotted acronym with it', () => {
    expect(split('اختفت الرحلة (إم.إتش. 520) فوق البحر. وبدأ البحث.')).toStrictEqual([
      'اختفت الرحلة (إم.إتش. 520) فوق البحر.',
      'وبدأ البحث.',
    ]);
  });

  test('ends a sentence after a spaced acronym, after a letter before a word with و, and after «بشكل ودي.»', () => {
    expect(split('قال ذلك في مقابلة مع شبكة سي إن إن. ثم غادر.')).toStrictEqual([
      'قال ذلك في مقابلة مع شبكة سي إن إن.',
      'ثم غادر.',
    ]);
    expect(split('اعتقلت الشرطة رجلاً يدعى كريم إيه. وقال المتحدث إنه بريء.')).toStrictEqual([
      'اعتقلت الشرطة رجلاً يدعى كريم إيه.',
      'وقال المتحدث إنه بريء.',
    ]);
    expect(split('انتهى اللقاء بشكل ودي. بعده غادر الوفد.')).toStrictEqual(['انتهى اللقاء بشكل ودي.', 'بعده غادر الوفد.']);
  });
});

describe('sentences: eras and units after numbers', () => {
  test('ends a sentence after «ق.م.» before a word that opens with و, and not before other words', () => {
    expect(split('بنيت المدينة عام 450 ق.م. وازدهرت بعد ذلك.')).toStrictEqual([
      'بنيت المدينة عام 450 ق.م.',
      'وازدهرت بعد ذلك.',
    ]);
    expect(split('بنيت المدينة عام 450 ق.م. على ضفة النهر.')).toStrictEqual(['بنيت المدينة عام 450 ق.م. على ضفة النهر.']);
    expect(split('وفي سنة 900 ق. م. ظهرت الكتابة. ثم انتشرت.')).toStrictEqual([
      'وفي سنة 900 ق. م. ظهرت الكتابة.',
      'ثم انتشرت.',
    ]);
  });

  test('does not end a sentence at an era inside brackets or before a range', () => {
    expect(split('حكم الملك (1290 ق.م. - 1224 ق.م.) مدة طويلة.')).toStrictEqual(['حكم الملك (1290 ق.م. - 1224 ق.م.) مدة طويلة.']);
    expect(split('عاش الشاعر (1018م. -1078م.) في بغداد. ومات فيها.')).toStrictEqual([
      'عاش الشاعر (1018م. -1078م.) في بغداد.',
      'ومات فيها.',
    ]);
  });

  test('does not end a sentence at an era before حتى, إلى, أو, حيث or تقريباً', () => {
    expect(split('حكم من عام 1520 م. حتى عام 1566 م. وبعده تولى ابنه.')).toStrictEqual([
      'حكم من عام 1520 م. حتى عام 1566 م.',
      'وبعده تولى ابنه.',
    ]);
    expect(split('تأسست سنة 1901م. حيث كانت قرية صغيرة.')).toStrictEqual(['تأسست سنة 1901م. حيث كانت قرية صغيرة.']);
  });

  test('ends a sentence after a unit such as «د.» (dinar) or «غ.» (gram) after an amount', () => {
    expect(split('بلغ سعر السهم 12.500 د. وتراجع المؤشر العام.')).toStrictEqual([
      'بلغ سعر السهم 12.500 د.',
      'وتراجع المؤشر العام.',
    ]);
    expect(split('لا يتجاوز وزن الرسالة 20غ. كما خفضت الرسوم.')).toStrictEqual([
      'لا يتجاوز وزن الرسالة 20غ.',
      'كما خفضت الرسوم.',
    ]);
    // a one-letter word after the unit is another abbreviation: kV
    expect(split('مد خط بجهد 132 ك. ف إلى المحطة.')).toStrictEqual(['مد خط بجهد 132 ك. ف إلى المحطة.']);
  });

  test('still keeps a title after a number inside the sentence when no unit letter is involved', () => {
    expect(split('في الصفحة 45 ص. التالية شرح للمسألة.')).toStrictEqual(['في الصفحة 45 ص. التالية شرح للمسألة.']);
  });
});

describe('sentences: stray and bracketed marks', () => {
  test('keeps stray terminators after a space with the sentence they follow', () => {
    expect(split('انتهت المباراة بالتعادل. . وغادر اللاعبون.')).toStrictEqual([
      'انتهت المباراة بالتعادل. .',
      'وغادر اللاعبون.',
    ]);
    expect(split('هل يعقل هذا؟ .. لا أظن ذلك.')).toStrictEqual(['هل يعقل هذا؟ ..', 'لا أظن ذلك.']);
    expect(split('لم يحضر أحد . !!! وانتهى الحفل.')).toStrictEqual(['لم يحضر أحد . !!!', 'وانتهى الحفل.']);
  });

  test('keeps a spaced closing quote with its sentence, but not a spaced opening one', () => {
    expect(split('قال: "لن نتراجع. " وغادر القاعة.')).toStrictEqual(['قال: "لن نتراجع. "', 'وغادر القاعة.']);
    expect(split('انتهى الفصل الأول. " البداية " عنوان الفصل الثاني.')).toStrictEqual([
      'انتهى الفصل الأول.',
      '" البداية " عنوان الفصل الثاني.',
    ]);
  });

  test('does not split at a bracketed mark of doubt or wonder', () => {
    expect(split('وصف نفسه بالخبير (!) وأضاف أنه سيعود.')).toStrictEqual(['وصف نفسه بالخبير (!) وأضاف أنه سيعود.']);
    expect(split('ولد في القرن (؟) قبل الميلاد. ثم رحل.')).toStrictEqual(['ولد في القرن (؟) قبل الميلاد.', 'ثم رحل.']);
  });
});

describe('sentences: lists and one-letter words', () => {
  test('keeps «1.» opening a list after a colon with its sentence', () => {
    expect(split('الشروط هي: 1. أن يكون المتقدم مقيماً. 2. أن يجتاز المقابلة.')).toStrictEqual([
      'الشروط هي: 1. أن يكون المتقدم مقيماً.',
      '2. أن يجتاز المقابلة.',
    ]);
  });

  test('ends a sentence after ة or ى alone, which begin no word and so are no initial', () => {
    expect(split('يحق التسجيل لكل طالب/ة. ويبدأ التسجيل غداً.')).toStrictEqual([
      'يحق التسجيل لكل طالب/ة.',
      'ويبدأ التسجيل غداً.',
    ]);
  });

  test('splits a heading, body lines and bullets joined with CRLF as it splits each line', () => {
    const lines = [
      'وزير الخارجية يزور الرياض',
      'وصل الوزير إلى الرياض أمس. والتقى نظيره، وبحثا العلاقات.',
      '• تعزيز التعاون الاقتصادي',
      '- تبادل الزيارات',
      '1. توقيع مذكرة تفاهم',
    ];
    const perLine = lines.flatMap((l) => split(l));
    expect(split(lines.join('\r\n'))).toStrictEqual(perLine);
    expect(split(lines.join('\n'))).toStrictEqual(perLine);
    expect(perLine).toHaveLength(6);
  });
});

describe('sentences: titles after و, Latin letters and Latin words before numbers (QA round 4)', () => {
  test('keeps a title glued to the conjunction و («ود.» «وم.» «وأ.») inside the sentence', () => {
    expect(split('حضر الندوة د. سامر النجار ود. هالة سعيد وم. رامي فؤاد وأ. منى علي. ثم بدأت.')).toStrictEqual([
      'حضر الندوة د. سامر النجار ود. هالة سعيد وم. رامي فؤاد وأ. منى علي.',
      'ثم بدأت.',
    ]);
    // «وي.» (the Wii console) is a word, not a title
    expect(split('صدرت اللعبة لجهاز وي. وحققت مبيعات كبيرة.')).toStrictEqual([
      'صدرت اللعبة لجهاز وي.',
      'وحققت مبيعات كبيرة.',
    ]);
  });

  test('ends a sentence after a Latin letter before an Arabic word, but keeps Latin initials', () => {
    expect(split('يحتوي البرتقال على فيتامين C. ويساعد على المناعة. حصل على الدرجة A. إنها الأعلى.')).toStrictEqual([
      'يحتوي البرتقال على فيتامين C.',
      'ويساعد على المناعة.',
      'حصل على الدرجة A.',
      'إنها الأعلى.',
    ]);
    expect(split('كتب عنه J. K. Smith مقالاً. ثم رد.')).toStrictEqual(['كتب عنه J. K. Smith مقالاً.', 'ثم رد.']);
    // a relative pronoun never opens a sentence
    expect(split('صدر ألبومه X.Y.Z. الذي تصدر القوائم.')).toStrictEqual(['صدر ألبومه X.Y.Z. الذي تصدر القوائم.']);
    expect(split('غنى أغنية Q.R. والتي نجحت.')).toStrictEqual(['غنى أغنية Q.R. والتي نجحت.']);
  });

  test('keeps a number after a Latin word and its period in the sentence («Op. 12»)', () => {
    expect(split('عزفت الفرقة مقطوعة لشوبان (Op. 12) في الحفل. وصفق الجمهور طويلاً.')).toStrictEqual([
      'عزفت الفرقة مقطوعة لشوبان (Op. 12) في الحفل.',
      'وصفق الجمهور طويلاً.',
    ]);
  });
});

describe('sentences: a mid-line ellipsis before a new clause (QA round 4)', () => {
  test('ends a sentence at «..» before ف with a particle or the article, كما or لقد', () => {
    expect(split('تأخر القطار ساعتين.. فالمحطة مغلقة منذ الصباح.. كما أغلقت الطرق.')).toStrictEqual([
      'تأخر القطار ساعتين..',
      'فالمحطة مغلقة منذ الصباح..',
      'كما أغلقت الطرق.',
    ]);
    expect(split('انتظرنا طويلاً… لقد كان يوماً صعباً.')).toStrictEqual(['انتظرنا طويلاً…', 'لقد كان يوماً صعباً.']);
  });

  test('keeps «..» before other words, and before a ف that answers إذا or بينما, inside the sentence', () => {
    expect(split('حاول السباحة.. فغرق في النهر')).toStrictEqual(['حاول السباحة.. فغرق في النهر']);
    expect(split('إذا تأخر القطار ساعة.. فهذا يعني أن المحطة مغلقة.')).toStrictEqual([
      'إذا تأخر القطار ساعة.. فهذا يعني أن المحطة مغلقة.',
    ]);
    expect(split('بينما كان الفريق يتدرب في الملعب.. فإن المدرب غاب.')).toStrictEqual([
      'بينما كان الفريق يتدرب في الملعب.. فإن المدرب غاب.',
    ]);
  });
});

describe('sentences: the look-back of these rules across scanner chunks', () => {
  test('gives a long text of such sentences the sentences of its paragraphs, shifted', () => {
    const unit =
      'بنيت عام 450 ق.م. وازدهرت. التقى جون دبليو. سميث مدير "إف. بي. آي". بلغ السعر 12.500 د. وتراجع. انتهى. . ثم عاد (؟) وغادر. إذا تأخر القطار عن موعده المعلن في المحطة الكبرى ساعة.. فهذا خطأ.\n\n';
    const pieces = sentences(unit);
    expect(pieces.map((s) => s.text)).toStrictEqual([
      'بنيت عام 450 ق.م.',
      'وازدهرت.',
      'التقى جون دبليو. سميث مدير "إف. بي. آي".',
      'بلغ السعر 12.500 د.',
      'وتراجع.',
      'انتهى. .',
      'ثم عاد (؟) وغادر.',
      'إذا تأخر القطار عن موعده المعلن في المحطة الكبرى ساعة.. فهذا خطأ.',
    ]);
    // enough repetitions that chunk boundaries fall at many places inside the unit
    const times = Math.ceil((3 * CHUNK) / tokenize(unit).length) + 7;
    const expected = Array.from({ length: times }, (_, r) =>
      pieces.map((s) => ({ ...s, start: s.start + r * unit.length, end: s.end + r * unit.length })),
    ).flat();
    expect(sentences(unit.repeat(times))).toStrictEqual(expected);
  });
});
