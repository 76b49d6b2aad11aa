// The text layer: pure string helpers every other layer may use (it imports nothing).
export { hasControls, showControls, showControlsInLines } from './sanitize.js';
