import { fc, test } from '@fast-check/vitest';
import { readUsageLine } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { usageJob } from '../../_private.ts';
import { usageRow } from '../../usage/_rows.ts';

const line = fc
  .record({
    plan: fc.constantFrom('plan-1', 'plan-2', 'plan-3'),
    entitlement: fc.constantFrom('azure-1', 'azure-2'),
    day: fc.integer({ min: 1, max: 30 }),
    pec: fc.boolean(),
  })
  .map(({ plan, entitlement, day, pec }) =>
    usageRow({
      SubscriptionId: plan,
      EntitlementId: entitlement,
      UsageDate: `2026-11-${String(day).padStart(2, '0')}`,
      PartnerEarnedCreditPercentage: pec ? '15' : '0',
      EffectiveUnitPrice: pec ? '0.17' : '0.20',
      BillingPreTaxTotal: pec ? '4.08' : '4.80',
    }),
  );

describe('usageJob: the usage command’s per-group function (USG-7)', () => {
  it('USG-7: a line’s key is its SubscriptionId; a row not read has the empty key', () => {
    const job = usageJob({});
    expect(job.key(readUsageLine(usageRow({ SubscriptionId: 'plan-9' }), 2))).toBe('plan-9');
    expect(job.key(readUsageLine(usageRow({ BillingPreTaxTotal: '' }), 2))).toBe('');
  });

  test.prop([fc.array(line, { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), fc.boolean()])(
    'USG-7: sharding the lines by key into any number of states, merged in any order, finishes as one state does',
    (rows, shards, reverse) => {
      const job = usageJob({});
      const one = job.create();
      const states = Array.from({ length: shards }, () => job.create());
      const order = ['plan-1', 'plan-2', 'plan-3'];
      rows.forEach((row, i) => {
        const read = readUsageLine(row, i + 2);
        job.observe(one, read);
        job.observe(states[order.indexOf(job.key(read)) % shards] as never, read);
      });
      const merged = (reverse ? states.reverse() : states).reduce((into, from) =>
        job.merge(into, from),
      );
      expect(JSON.stringify(job.finish(merged, null))).toBe(JSON.stringify(job.finish(one, null)));
    },
  );
});
