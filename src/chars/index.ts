// Shared character knowledge, imported downward by every module (not part of the public API).
export * from './arabic.js';
export * from './guards.js';
