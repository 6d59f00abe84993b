/**
 * The most seats a New Commerce trial may have (NCE-8; Microsoft's trials, 2022: "25 licenses"):
 * the one value `createSubscription`, the schemas and `checkOrder`'s `trial` constraint read.
 *
 * @category Policies
 */
export const NEW_COMMERCE_TRIAL_SEATS = 25;
