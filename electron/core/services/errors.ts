/** A request that names an audit, participant or other record that does not exist. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** A request that is well-formed but not allowed in the record's current state. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** A request whose values break a rule the schema cannot see (an item's scale, an unknown item). */
export class InvalidRequestError extends Error {
  override name = 'InvalidRequestError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('; '));
    this.problems = problems;
  }
}
