import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 79: listed loanwords with no root: لاتين «the Latins» (اللاتين، واللاتين; not ليت),
// كابتن «captain» (وكابتن، لكابتن، بكابتن; not كوب, وكب), كيوب «cube» of a game console's name
// (not كوب), لايف «live» of company and show names (not ليف), and the names ميجي (Meiji, not
// موج), رايس (Rice, برايس; not رءس) and هورجان (Horgan, not هرج).
describe('root: QA round 79', () => {
  test.each([
    ['اللاتين', undefined],
    ['واللاتين', undefined],
    ['لاتين', undefined],
    ['كابتن', undefined],
    ['وكابتن', undefined],
    ['لكابتن', undefined],
    ['بكابتن', undefined],
    ['كيوب', undefined],
    ['لايف', undefined],
    ['ميجي', undefined],
    ['رايس', undefined],
    ['برايس', undefined],
    ['هورجان', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: الكابتن، اللاتينية، اللاتيني stay rootless; the Arabic words كوب، أكواب، رئيس،
  // رؤوس، ليف، ألياف، موج، أمواج and هرج keep their roots.
  test.each([
    ['الكابتن', undefined],
    ['اللاتينية', undefined],
    ['اللاتيني', undefined],
    ['كوب', 'كوب'],
    ['أكواب', 'كوب'],
    ['رئيس', 'رءس'],
    ['رؤوس', 'رءس'],
    ['ليف', 'ليف'],
    ['ألياف', 'ليف'],
    ['موج', 'موج'],
    ['أمواج', 'موج'],
    ['هرج', 'هرج'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
