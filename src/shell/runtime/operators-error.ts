// An operator that cannot apply to its operands: the evaluator turns it into a
// RuntimeException error record at the operator's extent.
export class OperatorError extends Error {
  constructor(
    message: string,
    readonly errorId: string,
  ) {
    super(message);
  }
}
