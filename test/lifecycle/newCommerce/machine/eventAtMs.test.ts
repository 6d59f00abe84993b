import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import type { NewCommerceEvent, NewCommerceSubscription } from 'subscription-rules';
import { createSubscription, transition } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { outcome } from '../../../_calls.ts';
import { licence } from '../_states.ts';

/** The same instant in forms other than the library's: no milliseconds, an offset, `+00:00`. */
function otherForm(ms: number, form: number): string {
  const text = new Date(ms).toISOString();
  if (form === 1 && text.endsWith('.000Z')) return `${text.slice(0, 19)}Z`;
  if (form === 2) return `${new Date(ms + 3_600_000).toISOString().slice(0, 23)}+01:00`;
  return `${text.slice(0, 23)}+00:00`;
}

/** The state's `asOf` after each `set-auto-renew` at `ats`, chained, and on JSON copies. */
function asOfs(ats: readonly string[]): { chained: unknown[]; copied: unknown[] } {
  let state: NewCommerceSubscription = createSubscription(licence);
  let copy: NewCommerceSubscription = JSON.parse(JSON.stringify(state));
  const chained: unknown[] = [];
  const copied: unknown[] = [];
  for (const at of ats) {
    const event: NewCommerceEvent = { type: 'set-auto-renew', at, enabled: true };
    const mine = outcome(() => transition(state, event));
    const theirs = outcome(() => transition(copy, event));
    chained.push(mine);
    copied.push(theirs);
    const value = (mine as { value?: { ok: boolean; subscription: NewCommerceSubscription } })
      .value;
    if (value?.ok) {
      state = value.subscription;
      copy = JSON.parse(JSON.stringify(state));
    }
  }
  return { chained, copied };
}

describe('the event’s instant read once (eventAtMs)', () => {
  it('TIME-1: an event’s `at` becomes `asOf` in the form the library writes — the text itself when it is in that form, else the instant written so — and one millisecond before `asOf` is OUT_OF_ORDER', () => {
    const ats = [
      '2026-11-21T09:00:00.000Z',
      // the same instant in another form, right after the text in the library's form
      '2026-11-21T09:00:00Z',
      '2026-11-21T10:00:00+01:00',
      '2026-11-21T09:00:00.001Z',
      // 1 ms before asOf, in both forms
      '2026-11-21T09:00:00.000Z',
      '2026-11-21T09:00:00.000+00:00',
      '2026-11-21T09:00:00.001Z',
      '2026-11-21T09:00:00.002+00:00',
    ];
    const { chained, copied } = asOfs(ats);
    expect(chained).toEqual(copied);
    const asOf = chained.map(
      (c) =>
        (c as { value?: { subscription: { asOf: string } } }).value?.subscription.asOf ??
        (c as { code: string }).code,
    );
    expect(asOf).toEqual([
      '2026-11-21T09:00:00.000Z',
      '2026-11-21T09:00:00.000Z',
      '2026-11-21T09:00:00.000Z',
      '2026-11-21T09:00:00.001Z',
      'OUT_OF_ORDER',
      'OUT_OF_ORDER',
      '2026-11-21T09:00:00.001Z',
      '2026-11-21T09:00:00.002Z',
    ]);
  });

  test.prop(
    [
      fc.array(fc.record({ step: fc.integer({ min: -2, max: 90 * 60_000 }), form: fc.nat(3) }), {
        minLength: 1,
        maxLength: 12,
      }),
    ],
    { numRuns: 150 },
  )(
    'TIME-1, PURE-1: for any instants in any of their forms, chained calls answer exactly as calls on JSON copies, and every accepted `asOf` is the instant as the library writes it',
    (steps) => {
      let ms = Date.parse('2026-11-21T09:00:00.000Z');
      const ats: string[] = [];
      const expected: number[] = [];
      for (const { step, form } of steps) {
        ms += step;
        expected.push(ms);
        ats.push(form === 0 ? new Date(ms).toISOString() : otherForm(ms, form));
      }
      const { chained, copied } = asOfs(ats);
      expect(chained).toEqual(copied);
      chained.forEach((c, i) => {
        const value = (c as { value?: { ok: boolean; subscription: { asOf: string } } }).value;
        if (value?.ok)
          expect(value.subscription.asOf).toBe(new Date(expected[i] as number).toISOString());
      });
    },
  );
});
