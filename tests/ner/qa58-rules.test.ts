import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 58: a person never ends in «بن»', () => {
  it('joins the father\'s name that is also a common word', () => {
    expect(names('وقال الأمير عبدالله بن مساعد في تصريح للصحفيين أمس')).toContain('PERS:عبدالله بن مساعد');
  });
  it('joins the father\'s name read as a person of its own after «بنت»', () => {
    const got = names('وكانت في استقبالهم رئيسة البرنامج نورة بنت عبدالله الحزيمي ونسرين حجازي');
    expect(got).toContain('PERS:نورة بنت عبدالله الحزيمي');
    expect(got).not.toContain('PERS:نورة بنت');
  });
  it('guard: «ابن أخيه» "his nephew" is no father\'s name', () => {
    expect(names('فبعث الأمير زيان ابن أخيه ليفاوض الملك')).not.toContain('PERS:زيان ابن أخيه');
  });
  it('guard: a full name stays as it was', () => {
    expect(names('استقبل الملك سلمان بن عبدالعزيز الوفد في قصره')).toContain('PERS:سلمان بن عبدالعزيز');
  });
});

describe('QA round 58: common words read as one-word names', () => {
  it('drops «أبي» "my father"', () => {
    expect(names('كلمات أمي وأبي قيود ثقيلة تكبلني')).toEqual([]);
  });
  it('drops «الأمم» "the nations" alone', () => {
    expect(names('هكذا يعم السلام بين الأمم في كل مكان')).toEqual([]);
  });
  it('drops «البيت» "the house" alone', () => {
    expect(names('وجلسنا في صالة البيت حتى المساء').filter((n) => n.endsWith(':البيت'))).toEqual([]);
  });
  it('guard: «الأمم المتحدة» and «البيت الأبيض» stay', () => {
    const got = names('قال متحدث باسم الأمم المتحدة إن البيت الأبيض تلقى الرسالة');
    expect(got).toContain('ORG:الأمم المتحدة');
    expect(got.some((n) => n.endsWith(':البيت الأبيض'))).toBe(true);
  });
});

describe('QA round 58: «عصبة الأمم» is one organisation', () => {
  it('joins «عصبة» to «الأمم»', () => {
    expect(names('وقد انسحبت عدة دول من عصبة الأمم قبل الحرب')).not.toContain('ORG:الأمم');
  });
});

describe('QA round 58: the praise formula', () => {
  it('cuts «ولله الحمد» to the MISC «لله»', () => {
    const got = names('وتمت السيطرة على الحريق دون إصابات ولله الحمد.');
    expect(got).not.toContain('MISC:لله الحمد');
    expect(got.filter((n) => n.includes('الحمد'))).toEqual([]);
  });
  it('cuts «الحمد لله» read as a person', () => {
    expect(names('وقال اللاعب: "الحمد لله، الأمور كلها طيبة ولا يوجد أي خلاف"').filter((n) => n.includes('الحمد'))).toEqual([]);
  });
  it('guard: the family name «الحمد الله» after a given name stays a person', () => {
    expect(names('التقى الوزير رئيس الوزراء رامي الحمد الله في رام الله').some((n) => n.startsWith('PERS:رامي'))).toBe(true);
  });
});

describe('QA round 58: «سيف الإسلام» is a given name', () => {
  it('makes «سيف الإسلام القذافي» one person', () => {
    expect(names('وأصدرت المحكمة حكمها على سيف الإسلام القذافي غيابيا')).toContain('PERS:سيف الإسلام القذافي');
  });
  it('makes «سيف الإسلام» alone a person', () => {
    expect(names('وقالت الميليشيات التي تحتجز نجله سيف الإسلام إنها لن تسلمه')).toContain('PERS:سيف الإسلام');
  });
  it('guard: «الإسلام» alone stays the religion', () => {
    expect(names('دخل الناس في الإسلام أفواجا')).toContain('MISC:الإسلام');
  });
});

describe('QA round 58: the town «أبو عريش»', () => {
  it('types «أبي عريش» as a place', () => {
    expect(names('وتمت صيانة قنوات التصريف بجازان وأبي عريش وقراها')).toContain('LOC:أبي عريش');
  });
});

describe('QA round 58: more common words read as names', () => {
  it('drops «لا غرو» "no wonder"', () => {
    expect(names('وأثبت لها اللاعب نجاحه، ثم قال لها: فلا غرو أن يفوز')).toEqual([]);
  });
  it('drops «رأيا» "an opinion"', () => {
    expect(names('سأكتب اليوم رأيا في وجه التغطية الإعلامية لهذه القصة')).toEqual([]);
  });
  it('drops «البوليس» "the police"', () => {
    expect(names('فاستدعى السائق رجال البوليس الذين ألقوا القبض عليها').filter((n) => n.includes('البوليس'))).toEqual([]);
  });
  it('drops «العقارب» "scorpions"', () => {
    expect(names('وكان لانتشار العقارب في الصحراء أثر كبير، لأنها - العقارب - نجحت في إخفاء نفسها')).toEqual([]);
  });
  it('drops «البابايا» "papaya"', () => {
    expect(names('أما ثمرة البابايا والتي تشبه من الخارج ثمرة الأفوكادو فهي مفيدة')).toEqual([]);
  });
});
