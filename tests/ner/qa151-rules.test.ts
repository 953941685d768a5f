// QA round 151 (the lines of the 16 news files that hold «علي»): «وعلي» — «علي» with the
// conjunction — opening a name, left out of it or left O where the writer tells the name from
// the preposition «على» (labelAliFirstNames takes «وعلي» too, after another entity as well);
// «علي أكبر» takes the rare family name after it. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 151: «وعلي» opening a name', () => {
  it('opens the name after the conjunction, after another name as well', () => {
    expect(names('أسسها الأخوان مصطفى وعلي أمين سنة 1952 إلى جانب المؤسسة.')).toEqual(['PERS:مصطفى', 'PERS:علي أمين']);
    expect(names('عين الدكتور صالح الحارثي عضوًا في اللجنة الطبية، وعلي الطريفي عضوا في لجنة الحكام حتى نهاية الموسم.')).toEqual([
      'PERS:صالح الحارثي',
      'PERS:علي الطريفي',
    ]);
  });

  it('takes the family name after «علي أكبر»', () => {
    expect(names('اتهم أحمدي نجاد وعلي أكبر محرابيان وموسى مظلوم بالغش، إلى جانب آخرين.')).toEqual([
      'PERS:أحمدي نجاد',
      'PERS:علي أكبر محرابيان',
      'PERS:موسى مظلوم',
    ]);
    expect(names('قال علي أكبر ولايتي إلى الصحفيين إن المحادثات مستمرة.')).toEqual(['PERS:علي أكبر ولايتي']);
  });

  it('guards: «وعلي» "and on" before a common word, a text that writes no «ى»', () => {
    expect(names('وعلي هذا الأساس انتقل إلى المدينة.')).toEqual([]);
    expect(names('وتقع علي شاطئ النيل وعلي خط عرض 25 شمالا وتطل على النهر.')).not.toContain('PERS:علي خط');
    expect(names('أسسها الأخوان مصطفي وعلي أمين سنة 1952 في المؤسسة.')).not.toContain('PERS:علي أمين');
  });
});
