// Argument checks shared by every public function, so that errors read the same everywhere:
// `TypeError('dhad.tokenize: expected a string, got number')`.
import { keepStringPrototypeFast } from './string-prototype.js';

/**
 * Describes a value's type for an error message: `null`, `array`, `number`, `object`, … and
 * the class of a built-in collection or buffer (`Map`, `Set`, `ArrayBuffer`), which is
 * nearly always the mistake being reported.
 */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Map) return 'Map';
  if (value instanceof Set) return 'Set';
  if (value instanceof ArrayBuffer) return 'ArrayBuffer';
  if (ArrayBuffer.isView(value)) return value.constructor.name;
  if (typeof value === 'object' && !isPlainObject(value)) {
    // A class instance (a Date, a user's own Options class) names its class.
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    if (typeof name === 'string' && name !== '' && name !== 'Object') return name;
    // `Object.create(defaults)` or an anonymous class: "got object" would puzzle whoever
    // passed what looks like an object
    return 'object with a prototype (not a plain object)';
  }
  return typeof value;
}

/**
 * Whether `value` is a plain object: made by a literal, `Object.create(null)` or
 * `Object.fromEntries`, in this realm or another (a vm context, an iframe). Its prototype is
 * null or a root prototype (one whose own prototype is null).
 */
export function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Throws `TypeError('dhad.<fn>: expected a string, got <type>')` unless `value` is a string. */
export function assertString(fn: string, value: unknown, what = 'a string'): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`dhad.${fn}: expected ${what}, got ${describeType(value)}`);
  }
  // every public function passes here first: a cheap place to undo a String subclass's slowdown
  keepStringPrototypeFast();
}

/**
 * Checks an options argument: `undefined` is fine, anything but a plain object is a
 * `TypeError`, and so is any key not in `allowed` (unknown options are rejected, not ignored).
 */
export function checkOptions<T extends object>(
  fn: string,
  options: unknown,
  allowed: readonly string[],
): Partial<T> {
  if (options === undefined) return {};
  // A Map or Set has no own keys, so it would pass as "no options" and be silently ignored.
  // A class instance (a Date, a Map, an object made by `Object.create(defaults)`) is refused
  // too: its inherited properties would be read as options without being checked.
  if (options === null || typeof options !== 'object' || Array.isArray(options) || !isPlainObject(options)) {
    // A number here is nearly always an array index: `words.map(stem)` passes (word, index).
    const hint = typeof options === 'number' ? ` (an array index? \`list.map(${fn})\` passes one: write \`list.map((x) => ${fn}(x))\`)` : '';
    throw new TypeError(`dhad.${fn}: expected an options object, got ${describeType(options)}${hint}`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new TypeError(
        `dhad.${fn}: unknown option '${key}' (expected one of: ${allowed.join(', ')})`,
      );
    }
  }
  return options as Partial<T>;
}

/**
 * Reads a boolean option: `undefined` gives `fallback`, a boolean itself, anything else a
 * `TypeError('dhad.<fn>: options.<name> must be a boolean, got <type>')` (`0` or `'yes'` is
 * not silently read as true or false).
 */
export function booleanOption(fn: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`dhad.${fn}: options.${name} must be a boolean, got ${describeType(value)}`);
  return value;
}
