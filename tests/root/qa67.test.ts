import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 67: سار «walked, went» (سارت، ساروا، وسار، فسار) took سور «wall», whose prior is the
// larger; it is of سير, as PADT files it. Words after و or ب read their clitic as a first
// radical: وزار «and visited» (وزر), وفور «and as soon as» (وفر), وعدة «and several» and بعدة
// «with several» (وعد, بعد), وعيد «and the feast» (وعد), وحي «and the quarter» (وحي), وحل «and
// solving, and came» (وحل «mud»), وفوق «and above» (وفق), وصلى «and prayed» (وصل), وسعى «and
// sought» (وسع), وسامي «and Sami» (وسم).
describe('root: QA round 67', () => {
  test.each([
    ['سار', 'سير'],
    ['سارت', 'سير'],
    ['ساروا', 'سير'],
    ['وسار', 'سير'],
    ['فسار', 'سير'],
    ['وسارت', 'سير'],
    ['وزار', 'زور'],
    ['وفور', 'فور'],
    ['وعدة', 'عدد'],
    ['بعدة', 'عدد'],
    ['وبعدة', 'عدد'],
    ['وعيد', 'عيد'],
    ['وحي', 'حيي'],
    ['وحل', 'حلل'],
    ['وحلت', 'حلل'],
    ['ولحل', 'حلل'],
    ['وفوق', 'فوق'],
    ['وفوقه', 'فوق'],
    ['وفوقها', 'فوق'],
    ['وصلى', 'صلي'],
    ['فصلى', 'صلي'],
    ['وسعى', 'سعي'],
    ['وسامي', 'سمو'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: يسار «left» and مسار keep يسر and سير; سارة، سارا (Sara) are not سار + ending, and
  // السار «the pleasant» is no ال + سار; وزارة، وزارته «ministry» keep وزر and وفورات «savings»
  // وفر; بعيد «far» keeps بعد (no ب + عيد) and بعده «after him» بعد; وعدته «promised him» keeps
  // وعد; لحي «beards» keeps لحي; فحل and كحل keep their roots; وسائل and وثائق keep theirs;
  // الساعي keeps سعي.
  test.each([
    ['يسار', 'يسر'],
    ['اليسار', 'يسر'],
    ['مسار', 'سير'],
    ['سارة', undefined],
    ['وزارة', 'وزر'],
    ['وزارته', 'وزر'],
    ['وفورات', 'وفر'],
    ['بعيد', 'بعد'],
    ['وبعيد', 'بعد'],
    ['بعده', 'بعد'],
    ['وعدته', 'وعد'],
    ['لحي', 'لحي'],
    ['فحل', 'فحل'],
    ['كحل', 'كحل'],
    ['وسائل', 'وسل'],
    ['الساعي', 'سعي'],
    ['عدة', 'عدد'],
    ['الحي', 'حيي'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
