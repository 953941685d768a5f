// renderEntities: an HTML fragment that shows entities in their text, like spaCy's displaCy.
import { assertString, checkOptions, describeType, isPlainObject } from '../chars/guards.js';
import type { Entity, EntityType } from './types.js';

/** Options of {@link renderEntities}. */
export interface RenderEntitiesOptions {
  /**
   * Background colour per entity type (any CSS colour: `#ffd`, `rgb(…)`, `gold`, or a custom
   * property for themed pages: `var(--pers-bg)`, `var(--pers-bg, #ffd)`).
   * @defaultValue {@link ENTITY_COLORS}
   */
  colors?: Partial<Record<EntityType, string | undefined>> | undefined;
  /**
   * Append a legend of the entity types present.
   * @defaultValue true
   */
  legend?: boolean | undefined;
}

/**
 * The default colour of each entity type in {@link renderEntities} (displaCy's palette where it
 * has the type). Frozen: pass `options.colors` to change some.
 *
 * @example
 * ENTITY_COLORS.PERS //=> '#aa9cfc'
 */
export const ENTITY_COLORS: Readonly<Record<EntityType, string>> = Object.freeze({
  PERS: '#aa9cfc',
  LOC: '#ff9561',
  ORG: '#7aecec',
  MISC: '#ddd',
  DATE: '#bfe1d9',
  TIME: '#bfe1d9',
  NUM: '#e4e7d2',
  PERCENT: '#e4e7d2',
  MONEY: '#e4e7d2',
});

/**
 * What {@link renderEntities} reads of an entity: its type and offsets, and its `text` when
 * present (checked against the text). An `Entity` of `entities`, or a span of your own.
 */
export type RenderEntity = Pick<Entity, 'type' | 'start' | 'end'> & Partial<Entity>;

export const TYPES = Object.keys(ENTITY_COLORS) as EntityType[];
const OPTIONS = ['colors', 'legend'] as const;
// A CSS colour: letters, digits, '#', parentheses, commas, dots, '%', spaces, '-', '/'.
// Anything else (';', quotes, '<') could escape the style attribute.
function isSafeColor(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ok =
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      c === 0x23 ||
      c === 0x28 ||
      c === 0x29 ||
      c === 0x2c ||
      c === 0x2e ||
      c === 0x25 ||
      c === 0x20 ||
      c === 0x2d ||
      c === 0x2f ||
      c === 0x5f;
    if (!ok) return false;
  }
  // Beyond safety, a value the browser would drop (a typo such as `#ggg` or `gren`) leaves the
  // type without a background and no error anywhere, so it must be a colour CSS knows: a hex
  // colour, a named or system colour, or one colour function `rgb(…)`, `hsl(…)` … (not
  // `expression(…)`) with its one closing parenthesis at the end.
  const v = value.trim().toLowerCase();
  // a custom property, for pages that theme their colours: «var(--pers-bg)», with a fallback
  // colour that must itself be one («var(--pers-bg, #ffd)»)
  const custom = CUSTOM_PROPERTY.exec(v);
  if (custom !== null) return custom[1] === undefined || isSafeColor(custom[1]);
  if (v.charCodeAt(0) === 0x23) return /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(v);
  const open = v.indexOf('(');
  if (open < 0) return COLOR_NAMES.has(v);
  return COLOR_FUNCTIONS.has(v.slice(0, open).trim()) && v.indexOf('(', open + 1) < 0 && v.indexOf(')') === v.length - 1;
}
// CSS Color 4 named colours, `transparent`, `currentcolor` and the CSS system colours.
const COLOR_NAMES = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood ' +
    'cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray ' +
    'darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
    'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue ' +
    'firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew ' +
    'hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue ' +
    'mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred ' +
    'midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
    'palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
    'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
    'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white ' +
    'whitesmoke yellow yellowgreen transparent currentcolor ' +
    'accentcolor accentcolortext activetext buttonborder buttonface buttontext canvas canvastext field fieldtext ' +
    'graytext highlight highlighttext linktext mark marktext selecteditem selecteditemtext visitedtext'
  ).split(' '),
);
// «var(--name)» or «var(--name, fallback)», the fallback without nested «var»; bounded by the
// 64-character limit and free of nested quantifiers
const CUSTOM_PROPERTY = /^var\(\s*--[a-z0-9_-]+\s*(?:,\s*([^()]+(?:\([^()]*\))?)\s*)?\)$/;
const COLOR_FUNCTIONS = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color']);

/** Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let rep: string | undefined;
    if (c === 0x26) rep = '&amp;';
    else if (c === 0x3c) rep = '&lt;';
    else if (c === 0x3e) rep = '&gt;';
    else if (c === 0x22) rep = '&quot;';
    else if (c === 0x27) rep = '&#39;';
    if (rep !== undefined) {
      out += text.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** True when offset `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const hi = text.charCodeAt(i - 1);
  const lo = text.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** Checks entity spans against the text; returns them sorted by start. */
export function checkSpans(fn: string, text: string, entities: unknown): RenderEntity[] {
  if (!Array.isArray(entities)) throw new TypeError(`dhad.${fn}: expected an array of entities, got ${describeType(entities)}`);
  for (const e of entities as unknown[]) {
    if (e === null || typeof e !== 'object') throw new TypeError(`dhad.${fn}: expected an entity object, got ${describeType(e)}`);
    const { type, start, end } = e as Entity;
    if (!TYPES.includes(type)) throw new TypeError(`dhad.${fn}: unknown entity type '${String(type)}' (expected one of: ${TYPES.join(', ')})`);
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      throw new TypeError(`dhad.${fn}: entity start and end must be integers, got [${String(start)}, ${String(end)})`);
    }
    if (start >= end) throw new TypeError(`dhad.${fn}: entity span [${start}, ${end}) is empty`);
    if (start < 0 || end > text.length) {
      throw new TypeError(`dhad.${fn}: entity span [${start}, ${end}) is outside the text (length ${text.length})`);
    }
    if (splitsPair(text, start) || splitsPair(text, end)) {
      throw new TypeError(`dhad.${fn}: entity span [${start}, ${end}) splits a surrogate pair`);
    }
    const surface = (e as Entity).text;
    if (surface !== undefined && surface !== text.slice(start, end)) {
      throw new TypeError(`dhad.${fn}: entity text ${JSON.stringify(surface)} does not match the text at [${start}, ${end})`);
    }
  }
  const sorted = (entities as RenderEntity[]).slice().sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) {
      throw new TypeError(`dhad.${fn}: entities overlap at [${sorted[i]!.start}, ${sorted[i - 1]!.end})`);
    }
  }
  return sorted;
}

/**
 * Renders text with its entities as an HTML fragment in the manner of spaCy's displaCy: a
 * right-to-left `<div>`, each entity a `<mark>` coloured by type with its label, and a
 * legend of the types present. All text is HTML-escaped; line breaks are kept by CSS
 * (`white-space: pre-wrap`).
 *
 * @param text - The text the entities were found in.
 * @param entities - Entities with `type`, `start`, `end` (and `text`, checked when present);
 *   spans must lie inside the text and not overlap. Order does not matter.
 * @param options - Colours per type and whether to add a legend.
 * @returns An HTML fragment (a single `<div dir="rtl" lang="ar">`).
 * @throws TypeError for a non-string text, a bad entity span, overlapping spans or an
 *   unknown option.
 * @example
 * ```ts
 * renderEntities('زار بوتين أستانة', [{ type: 'LOC', text: 'أستانة', start: 10, end: 16, form: 'أستانة', score: 1 }], { legend: false }).includes('<mark class="dhad-entity dhad-entity-LOC"')
 * //=> true
 * ```
 */
export function renderEntities(text: string, entities: readonly RenderEntity[], options?: RenderEntitiesOptions): string {
  assertString('renderEntities', text);
  const opts = checkOptions<RenderEntitiesOptions>('renderEntities', options, OPTIONS);
  const colors: Record<EntityType, string> = { ...ENTITY_COLORS };
  if (opts.colors !== undefined) {
    const given: unknown = opts.colors;
    // a Map or a class instance has no own colours to read: it would silently give the defaults
    if (given === null || typeof given !== 'object' || Array.isArray(given) || !isPlainObject(given)) {
      throw new TypeError(`dhad.renderEntities: options.colors must be an object, got ${describeType(given)}`);
    }
    for (const [type, color] of Object.entries(given) as Array<[EntityType, unknown]>) {
      if (!TYPES.includes(type)) {
        throw new TypeError(`dhad.renderEntities: unknown entity type '${type}' in colors (expected one of: ${TYPES.join(', ')})`);
      }
      // an undefined colour keeps the default, as an undefined option does everywhere
      if (color === undefined) continue;
      if (typeof color !== 'string' || !isSafeColor(color)) {
        throw new TypeError(`dhad.renderEntities: options.colors.${type} must be a CSS colour, got ${JSON.stringify(color)}`);
      }
      colors[type] = color;
    }
  }
  if (opts.legend !== undefined && typeof opts.legend !== 'boolean') {
    throw new TypeError(`dhad.renderEntities: options.legend must be a boolean, got ${describeType(opts.legend)}`);
  }
  const sorted = checkSpans('renderEntities', text, entities);
  const present = new Set<EntityType>();
  let html = '<div class="dhad-entities" dir="rtl" lang="ar" style="line-height: 2.5; white-space: pre-wrap">';
  let at = 0;
  for (const e of sorted) {
    present.add(e.type);
    html += escapeHtml(text.slice(at, e.start));
    html +=
      `<mark class="dhad-entity dhad-entity-${e.type}" data-type="${e.type}" style="background: ${colors[e.type]}; padding: 0.25em 0.4em; margin: 0 0.2em; border-radius: 0.35em">` +
      escapeHtml(text.slice(e.start, e.end)) +
      `<span class="dhad-label" dir="ltr" style="font-size: 0.7em; font-weight: bold; margin-inline-start: 0.4em">${e.type}</span></mark>`;
    at = e.end;
  }
  html += escapeHtml(text.slice(at));
  if (opts.legend !== false) html += legendHtml(present, colors);
  return `${html}</div>`;
}

/**
 * @internal The legend of `renderEntities`: one swatch per type present, in the order of
 * TYPES; `''` when no type is present. The CLI writes it once after all paragraphs.
 */
export function legendHtml(present: ReadonlySet<EntityType>, colors: Readonly<Record<EntityType, string>> = ENTITY_COLORS): string {
  if (present.size === 0) return '';
  let html = '<div class="dhad-legend" dir="ltr" style="line-height: 1.5; margin-top: 0.5em">';
  for (const type of TYPES) {
    if (present.has(type)) {
      html += `<span class="dhad-legend-item dhad-entity-${type}" style="background: ${colors[type]}; padding: 0.1em 0.4em; margin-inline-end: 0.4em; border-radius: 0.35em">${type}</span>`;
    }
  }
  return `${html}</div>`;
}
