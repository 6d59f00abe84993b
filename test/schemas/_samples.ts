import fc from 'fast-check';
import { partnerCenterPolicies } from 'subscription-rules';
import {
  customer,
  instant,
  market,
  money,
  offer,
  policy,
  purchase,
  subscription,
  subscriptionEvent,
  taxRate,
} from 'subscription-rules/arbitraries';
import { subscriptionInput } from '../lifecycle/_states.ts';

/** A value as JSON would carry it: no `undefined` fields, Dates as ISO text. */
export const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Values a caller gets wrong: wrong types, empty text, days that do not exist, unknown names. */
const junk = fc.constantFrom<unknown>(
  null,
  0,
  -1,
  1.5,
  '',
  'x',
  true,
  [],
  {},
  '2026-02-30T00:00:00Z',
  '2026-01-01T00:00:00',
  'Atlantis',
);

/**
 * Valid JSON of some type, and the same with one top-level field replaced by junk, removed, or
 * joined by an unknown key: inputs both accepted and refused.
 */
export function samples(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const mutated = fc
    .tuple(valid, fc.nat(), junk, fc.constantFrom('replace', 'delete', 'add'))
    .map(([value, index, bad, how]) => {
      const copy = { ...(json(value) as Record<string, unknown>) };
      const keys = Object.keys(copy);
      const key = keys[index % keys.length] ?? 'extra';
      if (how === 'replace') copy[key] = bad;
      else if (how === 'delete') delete copy[key];
      else copy.extra = bad;
      return copy;
    });
  return fc.oneof(valid.map(json), mutated);
}

const policyId = fc.constantFrom(...partnerCenterPolicies.map((p) => p.id));

type Name =
  | 'purchase'
  | 'subscriptionInput'
  | 'subscription'
  | 'event'
  | 'money'
  | 'customer'
  | 'offer'
  | 'quoteInput'
  | 'downloadLink'
  | 'policy'
  | 'supportRequest';

/** Valid inputs of every parser of the schemas entry (JSON, in the forms callers send). */
export const valid: { readonly [N in Name]: fc.Arbitrary<unknown> } = {
  purchase: purchase(),
  subscriptionInput,
  subscription: subscription(),
  event: subscriptionEvent(),
  money: money(),
  customer: customer(),
  offer: offer(),
  quoteInput: fc.record(
    {
      listPrice: money(),
      market: market(),
      taxRate: taxRate(),
      quantity: fc.integer({ min: 1, max: 1000 }),
      rounding: fc.constantFrom('half-up', 'half-even'),
    },
    { requiredKeys: ['listPrice', 'market', 'taxRate'] },
  ),
  downloadLink: fc
    .record({
      issuedAt: instant(),
      downloads: fc.integer({ min: 0, max: 60 }),
      revoked: fc.boolean(),
      policyId,
      revokedAfterMs: fc.integer({ min: 0, max: 30 * 86_400_000 }),
    })
    .map(({ revokedAfterMs, ...link }) =>
      link.revoked
        ? {
            ...link,
            revokedAt: new Date(Date.parse(link.issuedAt) + revokedAfterMs).toISOString(),
          }
        : link,
    ),
  policy: policy(),
  supportRequest: fc.record(
    {
      customer: fc.oneof(
        fc.constant({ domain: 'Contoso.com' }),
        fc.constant({ tenantId: '8F0B1C2D-3E4F-4a5b-8c7d-9e0f1a2b3c4d' }),
      ),
      orderId: fc.constant('ORD-1'),
      subscriptionId: fc.constant('SUB-1'),
      reason: fc.constant('Bought twice'),
      amountRequested: money().filter((m) => m.amount > 0),
      contact: fc.constant({ name: 'Ana', email: 'ana@example.com', phone: '+1 425 555 0100' }),
      attachments: fc.constant(['receipt.pdf']),
    },
    { requiredKeys: ['customer', 'reason', 'amountRequested', 'contact'] },
  ),
};
