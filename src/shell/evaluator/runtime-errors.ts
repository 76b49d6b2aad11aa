// Errors the evaluator itself raises (not a cmdlet's, not the binder's). PowerShell prints
// these without a `<CommandName> : ` prefix: the record has an empty command name.
import type { Extent } from '../ast.js';
import type { ErrorRecord } from '../format/error-record.js';

function runtimeRecord(
  message: string,
  category: string,
  exceptionType: string,
  errorId: string,
  extent: Extent,
): ErrorRecord {
  return {
    kind: 'command',
    commandName: '',
    message,
    extent,
    category,
    targetName: '',
    targetType: '',
    activity: '',
    exceptionType,
    fullyQualifiedErrorId: errorId,
  };
}

/** A runtime exception in an expression (division by zero, a bad regular expression). */
export function runtimeError(message: string, errorId: string, extent: Extent): ErrorRecord {
  return runtimeRecord(message, 'NotSpecified', 'RuntimeException', errorId, extent);
}

/** `Get-Process | $x`: PowerShell's ExpressionsMustBeFirstInPipeline parse error. */
export function expressionsMustBeFirst(extent: Extent): ErrorRecord {
  return {
    kind: 'parse',
    commandName: '',
    message: 'Expressions are only allowed as the first element of a pipeline.',
    extent,
    category: 'ParserError',
    targetName: '',
    targetType: '',
    activity: '',
    exceptionType: 'ParentContainsErrorRecordException',
    fullyQualifiedErrorId: 'ExpressionsMustBeFirstInPipeline',
  };
}

/** Script blocks nested past the simulator's limit (PowerShell's own limit is the stack). */
export function callDepthOverflow(extent: Extent): ErrorRecord {
  return runtimeRecord(
    'The script failed due to call depth overflow.',
    'InvalidOperation',
    'ParentContainsErrorRecordException',
    'CallDepthOverflow',
    extent,
  );
}
