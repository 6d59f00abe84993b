import { type SuspensionExpiry, type SuspensionInput, suspensionExpiry } from '../../index.ts';
import type { Command } from '../Command.ts';
import { inputObject } from '../inputObject.ts';
import { renameFlags } from '../renameFlags.ts';
import { requiredFlag } from '../requiredFlag.ts';
import { table } from '../table.ts';

const flags = {
  'input.suspendedAt': '--suspended',
  'input.accountOpenedAt': '--account-opened',
  'input.firstBillingPeriodStart': '--first-billing',
};

/** `subscription-rules suspension`: when a suspended subscription's data is deleted (SUS-1). */
export const suspensionCommand: Command = {
  summary: "When a suspended subscription's data is deleted",
  usage:
    'subscription-rules suspension --suspended <instant> --account-opened <instant> --first-billing <instant> [--json]',
  examples: [
    'subscription-rules suspension --suspended 2026-03-01T00:00:00Z --account-opened 2026-01-01T00:00:00Z --first-billing 2026-01-11T00:00:00Z',
    'subscription-rules suspension --input suspension.json --json',
  ],
  options: {
    suspended: { type: 'string' },
    'account-opened': { type: 'string' },
    'first-billing': { type: 'string' },
  },
  run(_positionals, values) {
    const input = {
      suspendedAt: requiredFlag(
        values,
        'suspended',
        'when the subscription was suspended, e.g. --suspended 2026-03-01T00:00:00Z',
      ),
      accountOpenedAt: requiredFlag(
        values,
        'account-opened',
        "when the customer's account was opened, e.g. --account-opened 2026-01-01T00:00:00Z",
      ),
      firstBillingPeriodStart: requiredFlag(
        values,
        'first-billing',
        'when the first billing period began, e.g. --first-billing 2026-01-11T00:00:00Z',
      ),
    };
    const expiry = renameFlags(flags, () => suspensionExpiry(input));
    return { human: expiryText(expiry), json: expiry };
  },
  inputShape:
    '{ "suspendedAt": <instant>, "accountOpenedAt": <instant>, "firstBillingPeriodStart": <instant> }',
  fromInput(input) {
    const document = inputObject(
      input,
      Object.keys(flags).map((path) => path.slice('input.'.length)),
      [],
    );
    const expiry = suspensionExpiry(document as unknown as SuspensionInput);
    return { human: expiryText(expiry), json: expiry };
  },
};

function expiryText(expiry: SuspensionExpiry): string {
  return table([
    ['data deleted at', expiry.expiresAt],
    ['days after suspension', String(expiry.days)],
    ['reactivate before', expiry.expiresAt],
    ['policy', expiry.policyId],
  ]);
}
