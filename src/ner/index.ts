export { entities, createEntityRecognizer } from './recognize.js';
export type { EntitiesOptions, EntityOf, EntityRecognizer, EntityRecognizerOptions, Gazetteer } from './recognize.js';
export { ENTITY_COLORS, renderEntities } from './render.js';
export type { RenderEntitiesOptions, RenderEntity } from './render.js';
export { toBio } from './bio.js';
export type { BioEntity, BioToken } from './bio.js';
export type { Entity, EntityType, MoneyValue } from './types.js';
