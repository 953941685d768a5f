export { normalize, normalizeWithMap, createNormalizer, createNormalizerWithMap } from './normalize.js';
export {
  removeDiacritics,
  removeTatweel,
  removeInvisibles,
  normalizePresentationForms,
  normalizeWhitespace,
  normalizeAlef,
  normalizeAlefMaksura,
  normalizeTehMarbuta,
  normalizePersian,
  normalizeDigits,
  normalizeHamza,
  normalizePunctuation,
} from './steps.js';
export { PRESET_OPTIONS } from './options.js';
export type { NormalizeOptions, NormalizePreset, DigitTarget, RepeatsKeep } from './options.js';
export type { NormalizedWithMap } from './engine.js';
