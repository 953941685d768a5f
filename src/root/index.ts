export { root, roots } from './root.js';
export type { RootCandidate } from './root.js';
