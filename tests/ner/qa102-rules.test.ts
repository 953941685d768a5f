// QA round 102 (news-000, SaudiNewsNet, and news-013, Wikipedia; seed 379): a phone or other
// product named with a model number read as a person or an organisation (retypeModelNames in
// src/ner/rules.ts): «[غالاكسي A8]PERS», «هاتف “[جالاكسي إس 6 بلس]ORG”» become MISC, as the model
// tags «[نوت 5]MISC», when the name opens with a product line or follows a device head; a line's
// name takes in the number the model left out after a label word («[غالاكسي نوت]ORG 5»).
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';
const G = 'B-ORG';
const IG = 'I-ORG';
const M = 'B-MISC';
const IM = 'I-MISC';

describe('QA round 102: a product with a model number is MISC', () => {
  it('retypes a person or organisation that opens with a product line and holds a model number', () => {
    expect(rules('كشفت سامسونج عن غالاكسي A8 الجديد', [O, O, O, P, IP, O]).tags).toEqual([O, O, O, M, IM, O]);
    expect(rules('يتميز الهاتف "جالاكسي إس 6 بلس" بشاشة كبيرة', [O, O, O, G, IG, IG, IG, O, O, O]).tags).toEqual([O, O, O, M, IM, IM, IM, O, O, O]);
  });
  it('retypes a name with a model number right after a device head', () => {
    expect(rules('أطلقت الشركة هاتف "نوفا 3i" أمس', [O, O, O, O, G, IG, O, O]).tags).toEqual([O, O, O, O, M, IM, O, O]);
  });
  it('takes in the number left out after a label word of a product line', () => {
    expect(rules('صدر الهاتف غالاكسي نوت 5 أمس', [O, O, G, IG, O, O]).tags).toEqual([O, O, M, IM, IM, O]);
    expect(rules('تعتزم سامسونج الكشف عن جالكسي نوت 5 قريبا', [O, O, O, O, P, IP, O, O]).tags).toEqual([O, O, O, O, M, IM, IM, O]);
  });
  it('reads a model number in Persian digits as one in ASCII or Arabic-Indic digits', () => {
    expect(rules('كشفت سامسونج عن غالاكسي A۸ الجديد', [O, O, O, P, IP, O]).tags).toEqual([O, O, O, M, IM, O]);
  });
  it('guard: a maker, a numbered channel, a number read as a quantity and a club keep their type', () => {
    expect(rules('اشترى هاتف سامسونج الجديد', [O, O, G, O]).tags).toEqual([O, O, G, O]);
    expect(rules('قال المتحدث لقناة فرانس 24 إن الوضع هادئ', [O, O, O, G, IG, O, O, O]).tags).toEqual([O, O, O, G, IG, O, O, O]);
    expect(rules('أطلقت ميزو هاتف "إم إكس 5" رخيص الثمن', [O, G, O, O, G, IG, IG, O, O, O]).tags).toEqual([O, G, O, O, G, IG, IG, O, O, O]);
    expect(rules('فاز برشلونة على غالاكسي بهدفين', [O, G, O, G, O]).tags).toEqual([O, G, O, G, O]);
  });
});
