// QA round 272 («أبي» "my father" and «أبى» "refused" read as a person, over the 16 news files):
// `dropMyFather` in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 272: «أبي» alone is "my father", «أبى» is "refused"', () => {
  it('drops «أبي» "my father"', () => {
    expect(typed('وقال عبد الله بن أحمد بن حنبل: قلت لأبي: «أي رجل كان الشافعي».')).not.toContain('PERS أبي');
    expect(typed('كان طه حسين يكره السنهوري الذي كان أعز صديق لأبي.')).not.toContain('PERS أبي');
  });

  it('drops «أبى» "refused"', () => {
    expect(typed('ورفض الاعتراف بالمحاكم في المناطق التي يسيطر عليها الطليان، وأبى إلا أن يكون الجميع خاضعا.')).toEqual([]);
  });

  it('guard: Shinzo Abe, «آبي», stays a person', () => {
    expect(typed('وتركز محادثات ترامب وآبي على القمة المتوقعة مع كيم.')).toContain('PERS آبي');
  });
});
