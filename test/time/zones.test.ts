import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  advance,
  allowedActions,
  cancellationDecision,
  nextDeadline,
  policyAt,
  quote,
  suspensionExpiry,
} from 'subscription-rules';
import { market, money, purchase, subscription, taxRate } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Outputs of every area over a fixed sample: decisions and timelines of both programs, quotes,
 * expiries, policies.
 */
function outputs(): unknown[] {
  const out: unknown[] = [];
  for (const [bought, wait] of fc.sample(fc.tuple(purchase(), fc.nat({ max: 400 * DAY })), {
    seed: 42,
    numRuns: 300,
  })) {
    const orderedMs = Date.parse(bought.orderedAt as string);
    out.push(cancellationDecision(bought, iso(orderedMs + wait)));
    // The same question with Date objects: no zone may leak in through them either.
    out.push(
      cancellationDecision(
        { ...bought, orderedAt: new Date(orderedMs) },
        new Date(orderedMs + wait),
      ),
    );
  }
  for (const state of fc.sample(subscription(), { seed: 43, numRuns: 200 })) {
    const later = iso(Date.parse(state.asOf) + 45 * DAY);
    out.push(state, nextDeadline(state), allowedActions(state, later), advance(state, later));
  }
  for (const [listPrice, where, rate] of fc.sample(fc.tuple(money(), market(), taxRate()), {
    seed: 44,
    numRuns: 200,
  })) {
    out.push(quote({ listPrice, market: where, taxRate: rate }));
  }
  for (const ms of fc.sample(fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2030, 0, 1) }), {
    seed: 45,
    numRuns: 100,
  })) {
    out.push(
      suspensionExpiry({
        suspendedAt: iso(ms),
        accountOpenedAt: iso(ms - 200 * DAY),
        firstBillingPeriodStart: iso(ms - 170 * DAY),
      }),
      policyAt(iso(ms)).id,
    );
  }
  return out;
}

/**
 * The digest of `outputs()` as computed under TZ=UTC. The gate runs this file under UTC,
 * Australia/Sydney and America/Los_Angeles; any output that depended on the zone would change it.
 * A deliberate change of output updates it (run under TZ=UTC and copy the printed digest).
 */
const DIGEST = '5a5dd19c75e3a8f3eecd41347a48886ff81453c134c4ebc8e5e5d1c203c7d0f7';

describe('time zones', () => {
  it(`TIME-6: outputs over a fixed sample of every area are byte-identical in every time zone (TZ=${process.env.TZ ?? 'unset'})`, () => {
    const digest = createHash('sha256').update(JSON.stringify(outputs())).digest('hex');
    if (digest !== DIGEST) console.error(`digest under TZ=${process.env.TZ}: ${digest}`);
    expect(digest).toBe(DIGEST);
  });
});
