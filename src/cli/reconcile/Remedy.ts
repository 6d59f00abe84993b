/**
 * What can still be done about a finding, and by when, from the rules the library knows: `now`
 * (until an instant), `at-renewal` (on the term's end), or `never` (nothing the rules let a
 * partner change; the difference is Microsoft's to answer).
 */
export interface Remedy {
  readonly when: 'now' | 'at-renewal' | 'never';
  /** The instant it can be done until (`now`), or the renewal it waits for (`at-renewal`). */
  readonly until?: string;
  /** What to do, in a sentence. */
  readonly message: string;
}
