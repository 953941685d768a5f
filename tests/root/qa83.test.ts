import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 83: the active participle فاعل of a defective root, whose third radical shows as ي
// after the article or before ة, read as a hollow فال + the nisba ي, whose root has the larger
// corpus prior: الزاني (was زين), السارية «valid, in force» (سور), الدامية «bloody» (دوم), العاري
// «naked» (عير), الطافية «floating» (طوف), الشاكي «the plaintiff» (شوك), الجابية «the cistern»
// (جوب), الراجي «hoping» (روج), الدانية «near» (دين), الحانية «tender» (حين), الرابية «hill» (ريب),
// الحاشية «margin, entourage» (حوش), النابية «obscene» (نوب). Now of زني، سري، دمي، عري، طفو، شكو،
// جبي، رجو، دنو، حني، ربو، حشو، نبو. And كلية «faculty, college» (كليات، بكلية) and كلي «total»
// (الكلي، كليا) are of كلل like كل, as PADT files them, not كلي «kidney».
describe('root: QA round 83', () => {
  test.each([
    ['الزاني', 'زني'],
    ['للزانية', 'زني'],
    ['سارية', 'سري'],
    ['والسارية', 'سري'],
    ['الدامية', 'دمي'],
    ['دامية', 'دمي'],
    ['العاري', 'عري'],
    ['عارية', 'عري'],
    ['الطافية', 'طفو'],
    ['الشاكي', 'شكو'],
    ['جابية', 'جبي'],
    ['الراجي', 'رجو'],
    ['راجية', 'رجو'],
    ['الداني', 'دنو'],
    ['دانية', 'دنو'],
    ['حانية', 'حني'],
    ['الرابية', 'ربو'],
    ['حاشية', 'حشو'],
    ['بحاشية', 'حشو'],
    ['نابية', 'نبو'],
    ['كلية', 'كلل'],
    ['بكلية', 'كلل'],
    ['الكليات', 'كلل'],
    ['الكلي', 'كلل'],
    ['كليا', 'كلل'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: the hollow nouns that do take the nisba keep their roots (المالي، الحالية، العادي،
  // النارية، الطاقية، التاجي), as do the participles already right (الساعي، الباقي، الماضي،
  // الجاري), the names داني «Danny» alone and داميان «Damian» stay rootless, and كليتين «two
  // kidneys» and كليهما «both of them» keep كلي.
  test.each([
    ['المالي', 'مول'],
    ['الحالية', 'حول'],
    ['العادي', 'عود'],
    ['النارية', 'نور'],
    ['الطاقية', 'طوق'],
    ['التاجي', 'توج'],
    ['الساعي', 'سعي'],
    ['الباقي', 'بقي'],
    ['الماضي', 'مضي'],
    ['الجاري', 'جري'],
    ['داني', undefined],
    ['داميان', undefined],
    ['كليتين', 'كلي'],
    ['كليهما', 'كلي'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
