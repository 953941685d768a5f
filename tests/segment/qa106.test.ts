// QA round 106: a dual in «…تي» before a definite dual or plural genitive.
// «قيادتي البلدين» (the leaderships of the two countries), «رابطتي اللاعبين», «إدارتي الناديين»
// were read noun in ة + «ي» (my): the dual in construct was kept only before two coordinated
// genitives or after «بين» (isCoordinatedDual). A definite word in «ين» of three letters or more
// between the article and the ending («البلدين», «اللاعبين») is no adjective of «my …» (that would
// agree with the singular noun), so the word before it is now the dual, read as written; a
// definite plural in «ات» («العمليات») too when the dual takes no proclitic but «و» («تحقق
// لأمتي الأمنيات» stays «my nation»). Not after a plural in ة («إخوتي السعوديين», my Saudi
// brothers), nor before «الاثنين» (Monday) or a ten («مسيرتي الخمسين», my fiftieth …).
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('a dual in «…تي» before a definite dual or plural', () => {
  test.each([
    ['أكدت رؤية قيادتي البلدين أهمية التعاون', 2, '[قيادتي]'],
    ['التقى الوزيران في عاصمتي الدولتين', 3, '[عاصمتي]'],
    ['فاز بجائزتي رابطتي اللاعبين المحترفين', 2, '[رابطتي]'],
    ['اتفقت إدارتي الناديين على الصفقة', 1, '[إدارتي]'],
    ['حصل المنتخب على بطاقتي اللاعبين الجديدين', 3, '[بطاقتي]'],
    ['أقيم معرض في خيمتي الفعاليات الشبابية', 3, '[خيمتي]'],
    ['اجتمع رئيس الحكومة وقيادتي العمليات المشتركة', 3, 'و+[قيادتي]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['شكرت اخوتي السعوديين على الضيافة', 1, '[اخوة]+ي'],
    ['احتفلت بمسيرتي الخمسين في الملاعب', 1, 'ب+[مسيرة]+ي'],
    ['قدمت استقالتي الاثنين الماضي', 1, '[استقالة]+ي'],
    ['تحقق لأمتي الأمنيات', 1, 'ل+[أمة]+ي'],
    ['أكتب مقالتي الأسبوعية', 1, '[مقالة]+ي'],
    ['بين حكومتي البلدين خلاف', 1, '[حكومتي]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
