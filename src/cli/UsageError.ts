/** A bad command line: printed as one `error: …` line, exit code 2. */
export class UsageError extends Error {
  override readonly name: 'UsageError' = 'UsageError';
}
