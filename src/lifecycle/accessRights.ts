/**
 * Who can sign in (LC-13).
 *
 * @category Lifecycle
 */
export interface Access {
  /** Whether the subscription's users can sign in and use the service. */
  readonly users: boolean;
  /** Whether administrators can sign in and reach the data. */
  readonly admins: boolean;
}
