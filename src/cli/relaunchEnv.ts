/**
 * The variables a run started again in a process of its own is told by (`bin.ts`'s relaunch,
 * read by `runHere` in the child): read by both halves of the command line, which are
 * built apart.
 */
export const RELAUNCH_ENV: {
  /** Set in the process a run is relaunched in: its heap is bounded already. */
  readonly heap: 'SUBSCRIPTION_RULES_HEAP';
  /** Set in the relaunched process when this one's standard error is a terminal (its progress bar). */
  readonly terminal: 'SUBSCRIPTION_RULES_STDERR_TTY';
} = { heap: 'SUBSCRIPTION_RULES_HEAP', terminal: 'SUBSCRIPTION_RULES_STDERR_TTY' };
