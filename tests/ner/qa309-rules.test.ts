// QA round 309 (the verb «رزق» of a birth notice read as the start of a name, over the 16 news
// files): dropBirthVerbs in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 309: «رزق» of a birth notice is no name', () => {
  it('drops the verb and the titles after it', () => {
    expect(persons('رزق محمد عزوز الزناري بمولود اتفق وحرمه على تسميته عبيدة')).not.toContain('رزق');
    expect(persons('رزق محمد عزوز الزناري بمولود اتفق وحرمه على تسميته عبيدة')).toContain('محمد عزوز الزناري');
    expect(persons('رزق الزميل إبراهيم خضير المحرر بالزميلة «عكاظ» بمولوده الأول')).toEqual(['إبراهيم خضير']);
    expect(persons('وقد رزق رحيم غول بابن، لديه الآن خمسة أطفال')).toEqual(['رحيم غول']);
  });

  it('leaves «رزق» a name without a birth in the sentence, and «رزق الله»', () => {
    expect(persons('وقال رزق محمد إن الاجتماع انتهى. وولد له بمولود بعد ذلك')).toContain('رزق محمد');
    expect(persons('ورحب رزق الله حداد بالضيوف')).toContain('رزق الله حداد');
  });
});
