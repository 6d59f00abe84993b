import type { NewCommerceStatus } from './types.ts';

/** Who can sign in, per New Commerce status (NCE-9). */
export const accessNewCommerce: {
  readonly [S in NewCommerceStatus]: { readonly users: boolean; readonly admins: boolean };
} = {
  trial: { users: true, admins: true },
  active: { users: true, admins: true },
  suspended: { users: false, admins: true },
  // users keep access, nothing is billed
  expired: { users: true, admins: true },
  disabled: { users: false, admins: true },
  cancelled: { users: false, admins: false },
  deleted: { users: false, admins: false },
};
