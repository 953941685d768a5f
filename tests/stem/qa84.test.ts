import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 84, one class, decided in src/stem/dhad.ts (weakDefectiveFirstPlural; the lexicon
// is unchanged): the first person plural of a defective verb's perfect («تلقينا», «اشترينا»,
// «التقينا», «رأينا») kept its «نا», because `segment` leaves it whole, so it met neither «تلقى»
// nor «تلقيت». A base in «ينا» now loses its «نا» where the lexicon cuts the ت of «Xيت» (code s)
// or puts ى for the ت of «Xت» (code y), as round 54 did behind an object pronoun; function words
// with «نا» («لدينا», «علينا», «إلينا») and names in ـينا stay whole, and «دعونا» (mostly «let us»)
// is left. (b) A perfect in «ال» before a pronoun in ه («التقاه», «التقاها», «التقيناهم»; «القاها»
// for «ألقاها») was read as the article + «تقاه» or kept whole: where the lexicon shows the verb
// («التقت», «القت», code y) it now meets «التقى», «ألقى» (definiteLookingPerfect). Invented sentences.
describe('stem QA round 84: the first person plural of a defective perfect', () => {
  test('«Xينا» meets the verb\'s other persons', () => {
    expect(stem('تلقينا')).toBe('تلقي');
    expect(stem('تلقينا')).toBe(stem('تلقى'));
    expect(stem('تلقينا')).toBe(stem('تلقت'));
    expect(stem('اشترينا')).toBe(stem('اشترى'));
    expect(stem('انتهينا')).toBe(stem('انتهى'));
    expect(stem('التقينا')).toBe(stem('التقى'));
    expect(stem('والتقينا')).toBe(stem('التقى'));
    expect(stem('أجرينا')).toBe(stem('أجرى'));
    expect(stem('قضينا')).toBe(stem('قضى'));
    expect(stem('بقينا')).toBe(stem('بقيت'));
    expect(stem('عانينا')).toBe(stem('عانى'));
  });

  test('«رأينا» (we saw; our opinion) meets «رأى» and «رأي»', () => {
    expect(stem('رأينا')).toBe('راي');
    expect(stem('رأينا')).toBe(stem('رأى'));
    expect(stem('رأيناه')).toBe(stem('رأت'));
    expect(stem('رأيناها')).toBe('راي');
  });

  test('in an invented sentence', () => {
    const words = tokenize('لقد تلقينا الدعوة ثم اشترينا التذاكر والتقينا الوفد في العاصمة')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words).toEqual(['لقد', 'تلقي', 'دعوة', 'ثم', 'اشتري', 'تذاكر', 'التقي', 'وفد', 'في', 'عاصمة']);
  });

  test('guards: function words with «نا» stay whole', () => {
    expect(stem('لدينا')).toBe('لدينا');
    expect(stem('ولدينا')).toBe('لدينا');
    expect(stem('علينا')).toBe('علينا');
    expect(stem('إلينا')).toBe('الينا');
    expect(stem('أيدينا')).toBe('ايدي');
  });

  test('guards: names and nouns in ـينا, «دعونا», forms already cut', () => {
    expect(stem('فيينا')).toBe('فيينا');
    expect(stem('كارولينا')).toBe('كارولينا');
    expect(stem('أثينا')).toBe('اثينا');
    expect(stem('عينا')).toBe('عينا');
    expect(stem('سينا')).toBe('سينا');
    expect(stem('دعونا')).toBe('دعونا');
    expect(stem('سعينا')).toBe('سعي');
    expect(stem('شاهدناه')).toBe('شاهد');
    expect(stem('أجريناها')).toBe('اجري');
  });
});

describe('stem QA round 84: a perfect in «ال» before a pronoun is no article', () => {
  test('«التقاه», «التقاها», «التقيناهم» meet «التقى»', () => {
    expect(stem('التقاه')).toBe('التقي');
    expect(stem('التقاه')).toBe(stem('التقى'));
    expect(stem('التقاها')).toBe(stem('التقت'));
    expect(stem('التقاهم')).toBe(stem('التقى'));
    expect(stem('التقاهما')).toBe(stem('التقى'));
    expect(stem('التقيناهم')).toBe(stem('التقينا'));
    expect(stem('والتقاه')).toBe(stem('التقى'));
    expect(stem('فالتقاها')).toBe(stem('التقى'));
  });

  test('«القاها» (ألقاها without its hamza) meets «ألقى»', () => {
    expect(stem('القاها')).toBe(stem('ألقاها'));
    expect(stem('القاه')).toBe(stem('ألقى'));
  });

  test('in an invented sentence', () => {
    const words = tokenize('وصف الوزير الذي التقاه أمس الكلمة التي القاها بأنها مهمة')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words).toEqual(['وصف', 'وزير', 'الذي', 'التقي', 'امس', 'كلمة', 'التي', 'القي', 'انها', 'مهمة']);
  });

  test('guards: definite nouns in ـاه and other words in ـه keep their reading', () => {
    expect(stem('الاتجاه')).toBe('اتجاه');
    expect(stem('المياه')).toBe('مياه');
    expect(stem('الانتباه')).toBe('انتباه');
    expect(stem('الله')).toBe('الله');
    expect(stem('التوجه')).toBe('توجه');
    expect(stem('التقته')).toBe('التقي');
    expect(stem('التقطها')).toBe('التقط');
  });
});
