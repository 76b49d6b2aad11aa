// A terminating error: it ends its statement and carries the record PowerShell would print.
import type { ErrorRecord } from '../runtime/errors/error-record.js';

export class RuntimeError extends Error {
  readonly record: ErrorRecord;

  constructor(record: ErrorRecord) {
    // Control flow, not a bug: skip the stack trace (a line of `x; x; x; …` throws thousands).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(record.message);
    Error.stackTraceLimit = limit;
    this.record = record;
  }
}
