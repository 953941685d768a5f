// QA round 299 (an institute, university or federation the model reads as a MISC, over the 16
// news files): labelBodyMiscs in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const spans = (text: string): string[] => entities(text).filter((e) => e.type !== 'DATE' && e.type !== 'NUM').map((e) => `${e.type} ${e.text}`);

describe('QA round 299: a MISC headed by «معهد», «جامعة», «اتحاد» … is an ORG', () => {
  it('relabels the institute or federation', () => {
    expect(spans('وتخرجت من معهد الباليه في القاهرة ثم عملت راقصة.')).toContain('ORG معهد الباليه');
    expect(spans('ودرس في معهد الحقوق بالقاهرة وتخرج منه.')).toContain('ORG معهد الحقوق');
    expect(spans('ويفترض أن يلتزم "اتحاد القدم السعودي" بالموعد.')).toContain('ORG اتحاد القدم السعودي');
    expect(spans('وشارك في الندوة معهد ابن سينا للعلوم الإنسانية.')).toContain('ORG معهد ابن سينا');
  });

  it('drops a head with only an indefinite adjective after it', () => {
    expect(spans('وذلك ضمن معهد تعليمي خاص، حيث سيتلقون على مدار ثلاثة أشهر دروسا في التمثيل.')).toEqual([]);
  });

  it('guards: an ORG the model found stays as it was', () => {
    expect(spans('وحصل على جائزة الترجمة من معهد غوته بالقاهرة.')).toEqual(['ORG معهد غوته', 'LOC القاهرة']);
  });
});
