// The formatter's public surface: values → console lines, error records → console lines.
export {
  formatOutput,
  formatTableExplicit,
  formatListExplicit,
  type FormatOptions,
} from './out-default.js';
export { formatErrorRecord } from './error-record.js';
export { formatCell } from './cell.js';
