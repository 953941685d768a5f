// Keeps V8's String.prototype in fast mode, so that `s.charCodeAt(i)` stays an inlined load.
//
// Defining a subclass of String anywhere in the process (`class VerbatimString extends String`
// in the redis client, which natural loads, and so does many a server) turns String.prototype
// into a dictionary-mode object. Optimized code then calls charCodeAt, slice … through a
// generic property look-up: measured on Node 20, scanning 5 MB with the tokenizer went from 19
// to 49 ms, stem +30 %, normalize ×2.7, root +87 %, entities +60 %. V8 makes a prototype fast
// again when an inline cache with feedback loads a property of it; a load of String.prototype's
// own charCodeAt, repeated past V8's feedback-allocation threshold (8 calls), does that.

// The built package goes through Rollup's tree-shaking (tsup), which knows
// `String.prototype.charCodeAt` as a read without side effects and dropped the loads and their
// unused result: until session 46 the loop below was missing from dist/, so only the sources
// (tsx, vitest) kept the prototype fast. Reached through `Object.getPrototypeOf('')`, the
// object is one Rollup cannot name, and a read of its property is kept as a possible side
// effect (tests/chars/string-prototype.test.ts checks the built files too).
let sink: unknown;
let calls = 0;

function readCharCodeAt(): unknown {
  return (Object.getPrototypeOf('') as { charCodeAt: unknown }).charCodeAt;
}

/**
 * Loads `String.prototype.charCodeAt` through an inline cache often enough to give it feedback,
 * which makes V8 turn String.prototype back into a fast object if a String subclass made it a
 * dictionary. Called at each public entry (`assertString`): it does the loads on the first call
 * and then on every 1024th, so a subclass defined later is undone within 1024 calls, while a
 * per-word caller (`stem(w)` over a vocabulary) pays one counter test per call (the loads on
 * every call cost `stem` about 10 %). Harmless and nearly free on other engines.
 * @internal
 */
export function keepStringPrototypeFast(): void {
  if ((calls++ & 1023) !== 0) return;
  for (let k = 0; k < 12; k++) sink = readCharCodeAt();
}
