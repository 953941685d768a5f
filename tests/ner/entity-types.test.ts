// The type of Entity.value follows Entity.type: checking `type` narrows `value`, so a user
// reads `e.value.currency` of a MONEY entity without a cast. `npm test` runs tsc over this
// file first, so the narrowing itself is tested; the runtime checks hold the recognizer to
// the declared shapes.
import { describe, expect, expectTypeOf, test } from 'vitest';
import { createEntityRecognizer, entities, type Entity, type EntityOf, type MoneyValue } from '../../src/index.js';

const TEXT = 'في 15 يونيو/حزيران 2001 الساعة 10:30 وقع 24 وثيقة بقيمة 5 ملايين دولار، ونما 3.4 % في أستانة.';

/** What a user writes: one switch over the type, every branch typed without a cast. */
function describeEntity(e: Entity): string {
  switch (e.type) {
    case 'MONEY':
      return e.value ? `${e.value.amount} ${e.value.currency}` : e.text;
    case 'NUM':
    case 'PERCENT':
      return e.value === undefined ? e.text : e.value.toFixed(1);
    case 'DATE':
    case 'TIME':
      return e.value ? e.value.toUpperCase() : e.text;
    default:
      return e.form;
  }
}

describe('Entity.value is typed by Entity.type', () => {
  test('narrowing on type gives the value its own type', () => {
    const e = entities(TEXT)[0]!;
    if (e.type === 'MONEY') expectTypeOf(e.value).toEqualTypeOf<MoneyValue | undefined>();
    if (e.type === 'NUM') expectTypeOf(e.value).toEqualTypeOf<number | undefined>();
    if (e.type === 'DATE') expectTypeOf(e.value).toEqualTypeOf<string | undefined>();
    if (e.type === 'PERS') expectTypeOf(e.value).toEqualTypeOf<undefined>();
    expect(typeof describeEntity(e)).toBe('string');
  });

  test('every entity the recognizer returns has the value its type declares', () => {
    const found = entities(TEXT);
    expect(found.map((e) => e.type)).toEqual(['DATE', 'TIME', 'NUM', 'MONEY', 'PERCENT', 'LOC']);
    for (const e of found) {
      if (e.type === 'MONEY') expect(e.value).toEqual({ amount: 5_000_000, currency: 'USD' });
      else if (e.type === 'NUM' || e.type === 'PERCENT') expect(typeof e.value).toBe('number');
      else if (e.type === 'DATE' || e.type === 'TIME') expect(typeof e.value).toBe('string');
      else expect(e.value).toBeUndefined();
    }
    expect(found.map(describeEntity)).toEqual(['2001-06-15', 'T10:30', '24.0', '5000000 USD', '3.4', 'أستانة']);
  });
});

describe('the types option narrows the result type (API pass 10)', () => {
  test('one type: its value needs no check on type', () => {
    const money = entities(TEXT, { types: ['MONEY'] });
    expectTypeOf(money).toEqualTypeOf<EntityOf<'MONEY'>[]>();
    expectTypeOf(money[0]!.value).toEqualTypeOf<MoneyValue | undefined>();
    expect(money.map((e) => e.value?.currency)).toEqual(['USD']);
  });

  test('several types: the union of theirs; a recognizer narrows the same way', () => {
    const numbers = entities(TEXT, { types: ['NUM', 'PERCENT'] });
    expectTypeOf(numbers[0]!.value).toEqualTypeOf<number | undefined>();
    expect(numbers.map((e) => e.value)).toEqual([24, 3.4]);
    const places = createEntityRecognizer({ gazetteer: { LOC: ['أستانة'] } }).entities(TEXT, { types: ['LOC'] });
    expectTypeOf(places[0]!.type).toEqualTypeOf<'LOC'>();
    expectTypeOf(places[0]!.value).toEqualTypeOf<undefined>();
    expect(places.map((e) => e.text)).toEqual(['أستانة']);
    // without types, every entity
    expectTypeOf(entities(TEXT)).toEqualTypeOf<Entity[]>();
  });
});

