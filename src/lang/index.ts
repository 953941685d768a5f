export { arabicRatio } from './arabic-ratio.js';
export { detectLanguage, DETECTABLE_LANGUAGES, type DetectLanguageOptions } from './detect-language.js';
export type { ArabicScriptLanguage } from './evidence.js';
