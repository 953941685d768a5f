import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 108: news agencies whose acronyms are written as Arabic words got the root of that
// word: وام (WAM, the Emirates agency) took وءم, وفا (WAFA, Palestine) وفي, كونا (KUNA, Kuwait)
// كون, بترا (Petra, Jordan; also the city and Petra Kvitová) بتر, إرنا (IRNA, Iran) رنو, سونا
// (SUNA, Sudan; also sauna) سنو, and قنا (Qena in Egypt, QNA) قنو. They go to LOOKUP_NAMES (وام،
// لوام، بترا، وبترا، لبترا، إرنا، ارنا، سونا، وسونا، قنا، بقنا; وفا and كونا as written only:
// ووفا is also «and loyalty», وكونا «and they formed»; not وقنا, also «and protect us»). And
// سنّاً «in age» (أكبر سنا، الأصغر سنا، يكبرها سنا) took سنو, and الأرق «insomnia» ورق: سنا is a
// LEXICAL_STEMS row of سنن, bare only (ALONE_BARE: لسنا is «we are not», السنا «the brightness»),
// and أرق one of ءرق after the article only (ALONE_AFTER_ARTICLE: bare أرق is as often «thinner»).
// Invented sentences.
describe('root: QA round 108', () => {
  // «وفق ما أوردت وكالة الأنباء الإماراتية وام», «وفقا لوام», «نقلت وكالة وفا عن مصادر محلية»,
  // «ذكرت وكالة كونا», «وكالة الأنباء الأردنية بترا», «زار السياح عمان وبترا», «قالت وكالة إرنا»,
  // «نقلت ارنا عن الوزير», «بحسب وكالة سونا», «غرف بخار وسونا», «قطار متجه إلى محافظة قنا»,
  // «حادث سير بقنا», «أصبح أكبر لاعب سنا في البطولة», «الشقيق الأصغر سناً», «يكبرها سنًا»,
  // «يعاني من الأرق», «القلق والأرق», «المصابون بالأرق», «علاج للأرق»
  test.each([
    ['وام', undefined],
    ['لوام', undefined],
    ['وفا', undefined],
    ['كونا', undefined],
    ['بترا', undefined],
    ['وبترا', undefined],
    ['إرنا', undefined],
    ['ارنا', undefined],
    ['سونا', undefined],
    ['وسونا', undefined],
    ['قنا', undefined],
    ['بقنا', undefined],
    ['سنا', 'سنن'],
    ['سناً', 'سنن'],
    ['سنًا', 'سنن'],
    ['الأرق', 'ءرق'],
    ['والأرق', 'ءرق'],
    ['بالأرق', 'ءرق'],
    ['للأرق', 'ءرق'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: ووفا، الوفا «(and) loyalty» keep وفي; وكونا «and they formed» and كونها keep كون;
  // وقنا «and protect us», قناة and القنا keep قنو; the verb بترت «cut off» keeps بتر and the
  // name رنا رنو; سنة keeps سنو, لسنا «we are not» ليس, السنا «the brightness» سنو, السن and
  // أسنان سنن; الورق «paper» keeps ورق, and الارق (الأرق without its hamza) ءرق.
  test.each([
    ['ووفا', 'وفي'],
    ['الوفا', 'وفي'],
    ['وكونا', 'كون'],
    ['كونها', 'كون'],
    ['وقنا', 'قنو'],
    ['قناة', 'قنو'],
    ['القنا', 'قنو'],
    ['بترت', 'بتر'],
    ['رنا', 'رنو'],
    ['سنة', 'سنو'],
    ['لسنا', 'ليس'],
    ['السنا', 'سنو'],
    ['السن', 'سنن'],
    ['أسنان', 'سنن'],
    ['الورق', 'ورق'],
    ['الارق', 'ءرق'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
