import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 63: the head of an administrative division is no name', () => {
  it('leaves «معتمدية» "delegation" outside the town it heads, which is a place', () => {
    const got = names('وانقطعت الطريق بين ولاية نابل ومعتمدية تركي بسبب الأمطار');
    expect(got).toContain('LOC:تركي');
    expect(got.join('|')).not.toContain('معتمدية');
  });
  it('reads «معتمدية» alone as no place («ميناء الكتف بمعتمدية بنقردان»)', () => {
    const got = names('وكان البحارة أصيلو معتمدية ملولش قرب ميناء الكتف بمعتمدية بنقردان');
    expect(got).toContain('LOC:بنقردان');
    expect(got.join('|')).not.toContain('معتمدية');
  });
  it('guard: a listed town after «ولاية» stays a place, the head outside; a university keeps it', () => {
    expect(names('قال والي ولاية القصرين إن الوضع هادئ')).toEqual(['LOC:القصرين']);
    expect(names('درس في جامعة ولاية أريزونا الأمريكية')).toContain('ORG:جامعة ولاية أريزونا');
  });
});
