import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 42: أمراء «princes» (الأمراء، والأمراء) read as أفعلاء of مرء; سُمّي «was named»
// after و or ف (وسمي، وسميت، وسمى) as وسم «brand»; يائس «desperate» (يائسة) as ءوس; ربات «mistresses»
// (ربات البيوت) as ربو; foreign names that fit a real root: بسمارك → سمر, كيري → كور,
// مارك → مور, بيوس → بءس, بندر → ندر; ختان «circumcision» and تلقين «indoctrination»,
// whose roots ختن، لقن the seed list lacked; الديك «the rooster» as لدد.
describe('root: QA round 42', () => {
  test.each([
    ['الأمراء', 'ءمر'],
    ['أمراء', 'ءمر'],
    ['والأمراء', 'ءمر'],
    ['للأمراء', 'ءمر'],
    ['امراء', 'ءمر'],
    ['وسمي', 'سمي'],
    ['وسميت', 'سمي'],
    ['وسمى', 'سمو'],
    ['يائسة', 'يءس'],
    ['يائس', 'يءس'],
    ['يائسا', 'يءس'],
    ['ربات', 'ربب'],
    ['بسمارك', undefined],
    ['وبسمارك', undefined],
    ['كيري', undefined],
    ['مارك', undefined],
    ['ومارك', undefined],
    ['بيوس', undefined],
    ['بندر', undefined],
    ['الختان', 'ختن'],
    ['ختان', 'ختن'],
    ['التلقين', 'لقن'],
    ['تلقين', 'لقن'],
    ['يلقن', 'لقن'],
    ['الديك', 'ديك'],
    ['الديكة', 'ديك'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: أمير، الأمير، أمر; سمين «fat» (سمن), موسمي «seasonal» (وسم), اسم, تسمية, سميت;
  // اليأس، اليائسة; ربة; بندرة «through scarcity» (ندر), نادر; سمر, مرء in امرأة; تلقينا «we
  // received», تلقى، ملتقى (لقي); لديك «you have», ديك «Dick», والديك «your parents» (ولد); خاتون «khatun» (a title), which the new root ختن must not take.
  test.each([
    ['أمير', 'ءمر'],
    ['الأمير', 'ءمر'],
    ['امرأة', 'مرء'],
    ['سمين', 'سمن'],
    ['موسمي', 'وسم'],
    ['تسمية', 'سمي'],
    ['سميت', 'سمي'],
    ['فسميت', 'سمي'],
    ['اليأس', 'يءس'],
    ['اليائسة', 'يءس'],
    ['ربة', 'ربب'],
    ['بندرة', 'ندر'],
    ['نادر', 'ندر'],
    ['السمر', 'سمر'],
    ['تلقينا', 'لقي'],
    ['تلقى', 'لقي'],
    ['ملتقى', 'لقي'],
    ['لديك', undefined],
    ['ديك', undefined],
    ['والديك', 'ولد'],
    ['ديوك', 'ديك'],
    ['ختم', 'ختم'],
    ['خاتون', undefined],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
