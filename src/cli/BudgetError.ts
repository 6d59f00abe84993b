/**
 * A run that needed more memory than its `--memory` gives it (`--engine duckdb` out of DuckDB's
 * buffers): printed as one `error: out of memory: …` line naming the budget to give, exit code 3
 * as any run that could not finish — but no fault of the tool, so no stack trace is offered.
 */
export class BudgetError extends Error {
  override readonly name: 'BudgetError' = 'BudgetError';

  /**
   * The one line a run out of its budget ends with, the command's own (a `BudgetError`) or the
   * relaunched process's heap exhausted: the same words for both.
   *
   * @param what - What needed more, and what to give it.
   * @returns The line, without its newline.
   */
  static line(what: string): string {
    return `error: out of memory: ${what}`;
  }
}
