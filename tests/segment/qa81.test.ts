// QA round 81: two words whose reading the words around them decide, in segmentText.
// «يوليه» is July as Egypt writes it («14 يوليه 1920», «ثورة يوليه», «في يوليه الماضي») and the
// verb «يولي» + ه (he entrusts him, «الذي يوليه الوزير»): a number next to it, or a word such as
// «في», «ثورة», «منتصف» before it or «عام», «الماضي» after it, makes it the month, kept whole.
// «زاده» is the second half of a Persian or Turkish name («نعمت زاده», «باشا زاده») and the verb
// «زاد» + ه (increased him, «مما زاده ثقة»): after a word with no clitic and no article that does
// not take the verb, or after a speech verb («وأضاف زاده»), it is the name, kept whole. The fix
// cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt, forms } from '../helpers/segment.js';
import { segment } from '../../src/segment/index.js';

describe('«يوليه»: July, not «يولي» + ه', () => {
  test.each([
    ['ولد الشاعر في 14 يوليه 1920 بالقاهرة', 3, '[يوليه]'],
    ['صدر القرار في 3 يوليه.', 3, '[يوليه]'],
    ['قامت ثورة يوليه في مصر', 2, '[يوليه]'],
    ['سافر الوفد في يوليه الماضي إلى لندن', 3, '[يوليه]'],
    ['تنتهي المهلة في منتصف يوليه', 4, '[يوليه]'],
    ['افتتح المعرض من يوليه عام 2010 حتى سبتمبر', 3, '[يوليه]'],
    ['تمتد الرحلة بين شهري يوليه وأغسطس', 4, '[يوليه]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['أشاد المدير بالدعم الذي يوليه الوزير للشباب', 4, '[يولي]+ه'],
    ['شكر الملك على ما يوليه من اهتمام بالتعليم', 4, '[يولي]+ه'],
    ['وعد السلطان القائد بأن يوليه الحكم', 4, '[يولي]+ه'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test('guard: the word alone is the verb', () => {
    expect(forms(segment('يوليه'))).toBe('[يولي]+ه');
  });
});

describe('«زاده»: the second half of a name, not «زاد» + ه', () => {
  test.each([
    ['قال الوزير محمد رضا نعمت زاده إن الإنتاج ارتفع', 5, '[زاده]'],
    ['وأضاف زاده أن الحكومة تدرس الخطة', 1, '[زاده]'],
    ['التقى الرئيس المحامي علي زاده في طهران', 4, '[زاده]'],
    ['كتب المؤرخ عاشق باشا زاده أنها تاريخ الدولة', 4, '[زاده]'],
    ['من شعراء تلك المرحلة رجائي زاده وغيره', 5, '[زاده]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['فاز الفريق مما زاده ثقة بنفسه', 3, '[زاد]+ه'],
    ['نال اللاعب الجائزة وهذا ما زاده حماسا', 5, '[زاد]+ه'],
    ['زاده الله علما', 0, '[زاد]+ه'],
    ['كان الصبر أول زاده في الطريق', 3, '[زاد]+ه'],
    ['يبدو أن نجاح سامي زاده إصرارًا على العمل', 4, '[زاد]+ه'],
    ['رأى أن النجاح زاده منزلة', 3, '[زاد]+ه'],
    ['وزاده التشجيع رغبة في العمل', 0, 'و+[زاد]+ه'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
