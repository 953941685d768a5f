import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 75: the last radical of فاعل written ء is read as a hamza at look-up time (قارئ،
// هادئ), never as a defective root's ي or و, so «والأهم» (و + ال + أهم) is همم, not والئ + هم of
// ولي, and البارئ «the Creator» is برء, not بري; the nisba صيدلاني with the article or the
// feminine (الصيدلانية، صيدلانية، الصيدلانيين) has the root صيدل like صيدلية (rootless before);
// and foreign names are listed loanwords: ستندال (Stendhal, not دول), موزار، موزارت (Mozart,
// not وزر), بورديه (Bourdieu, not ورد), مالقا (Málaga, not ءلق), مرياح (not ريح).
describe('root: QA round 75', () => {
  test.each([
    ['والأهم', 'همم'],
    ['البارئ', 'برء'],
    ['بارئها', 'برء'],
    ['دارئ', 'درء'],
    ['الصيدلانية', 'صيدل'],
    ['الصيدلاني', 'صيدل'],
    ['صيدلانية', 'صيدل'],
    ['الصيدلانيين', 'صيدل'],
    ['والصيدلانية', 'صيدل'],
    ['ستندال', undefined],
    ['موزار', undefined],
    ['وموزار', undefined],
    ['موزارت', undefined],
    ['بورديه', undefined],
    ['مالقا', undefined],
    ['ومالقا', undefined],
    ['مرياح', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: الأهم، فالأهم، أهم keep همم, والأعم عمم; قارئ، هادئ، الطارئ، ناشئ keep their hamza roots;
  // the defective فاعل (القاضي، الماضي، والي) keeps ي or و; والده keeps ولد; صيدلي، صيدلية keep
  // صيدل; دولة دول, وزير وزر, الورد ورد, ريح ريح, والأهمية همم.
  test.each([
    ['الأهم', 'همم'],
    ['فالأهم', 'همم'],
    ['أهم', 'همم'],
    ['والأعم', 'عمم'],
    ['والأهمية', 'همم'],
    ['قارئ', 'قرء'],
    ['هادئ', 'هدء'],
    ['الطارئ', 'طرء'],
    ['ناشئ', 'نشء'],
    ['القاضي', 'قضي'],
    ['الماضي', 'مضي'],
    ['والده', 'ولد'],
    ['إهداء', 'هدي'],
    ['تخطي', 'خطو'],
    ['صيدلي', 'صيدل'],
    ['صيدلية', 'صيدل'],
    ['دولة', 'دول'],
    ['وزير', 'وزر'],
    ['الورد', 'ورد'],
    ['ريح', 'ريح'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
