export { reshape } from './reshape.js';
export { unshape } from './unshape.js';
