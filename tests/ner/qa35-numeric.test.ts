// Regression tests for QA round 35 of the numeric grammar (a bare «ال» after the proclitic «ك»
// is the article, not «ألف» without its hamza). Every sentence is invented; each case was
// misread before the fix, and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('«كالفين», «كالفي»', () => {
  test('are names (Calvin, Calvi), not «ك» + «ألفين/ألفي»', () => {
    expect(found('خطب الرئيس كالفين كوليدج في الكونغرس')).toEqual([]);
    expect(found('افتتحت دار كالفين كلاين متجرا جديدا')).toEqual([]);
    expect(found('رست السفينة في ميناء كالفي صباحا')).toEqual([]);
  });

  test('guards: the hamza spelling after «ك» and the bare spelling after other proclitics still count', () => {
    expect(found('دفع كألفي دولار ثمنا للسيارة')).toEqual([['MONEY', 'ألفي دولار', { amount: 2000, currency: 'USD' }]]);
    expect(found('اشترى الأرض بألفي دولار')).toEqual([['MONEY', 'ألفي دولار', { amount: 2000, currency: 'USD' }]]);
    expect(found('حضر الحفل والفين شخص')).toEqual([['NUM', 'الفين', 2000]]);
  });
});
