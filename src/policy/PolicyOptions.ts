import type { Policy } from './types.ts';

/**
 * The last, optional argument of every function whose answer depends on a policy (ERR-2).
 *
 * @category Policies
 */
export interface PolicyOptions {
  /**
   * The policy to decide by: a catalog policy, a JSON copy of one, or one made by
   * {@link definePolicy}. A legacy function refuses a New Commerce policy where it reads product
   * rules (NCE-1), and the reverse.
   *
   * @defaultValue the catalog policy in force at the function's own instant (POL-2), or the
   * newest catalog policy for functions with no instant.
   */
  readonly policy?: Policy | undefined;
}
