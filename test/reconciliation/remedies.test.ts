import { ko } from 'subscription-rules/locales/ko';
import * as newCommerce from 'subscription-rules/new-commerce';
import { findingsCsv, reconcileSubscriptions } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { type Row, resource, SUBSCRIPTION, WORKED } from '../cli/commands/_reconcileFiles.ts';

/** The worked file with an invoice number on every line (the sheet's rows 2 and 3). */
const INVOICED: readonly Row[] = WORKED.map((row) => ({ ...row, InvoiceNumber: 'G012345678' }));

/** The worked file, its second line (sheet row 3) edited. */
const edited = (changes: Row): Row[] =>
  INVOICED.map((row, i) => (i === 1 ? { ...row, ...changes } : row));

describe('remedies that name who acts (REC-6)', () => {
  it('REC-6: 5 seats added billed 31.25 where the rules give 31.20 (same days, seats and price) are Microsoft’s to correct now: invoice, sheet row 3, 0.05 USD more', () => {
    const found = reconcileSubscriptions(edited({ Subtotal: '31.25' }), [resource(15)], {
      rules: newCommerce,
    });
    expect(found.findings.map((f) => [f.finding, f.remedy])).toEqual([
      [
        'different',
        {
          when: 'now',
          message:
            'raise it with Microsoft: invoice G012345678, row 3, billed 31.25 USD where the rules give 31.20 USD: 0.05 USD more',
        },
      ],
    ]);
  });

  it('REC-6: billed 1 cent less (31.19) is raised with Microsoft too, saying less; without an InvoiceNumber column the row alone', () => {
    const rows = WORKED.map((row, i) => (i === 1 ? { ...row, Subtotal: '31.19' } : row));
    const found = reconcileSubscriptions(rows, [resource(15)], { rules: newCommerce });
    expect(found.findings[0]?.remedy).toEqual({
      when: 'now',
      message:
        'raise it with Microsoft: row 3, billed 31.19 USD where the rules give 31.20 USD: 0.01 USD less',
    });
  });

  it('REC-6: a charge the file lacks is never the partner’s: the file bills less than the rules, the charge may come in a later file', () => {
    const found = reconcileSubscriptions([INVOICED[0] as Row], [resource(15)], {
      rules: newCommerce,
      period: '2026-12',
    });
    const missing = found.findings.filter((f) => f.finding === 'missing');
    expect(missing.length).toBeGreaterThan(0);
    for (const f of missing)
      expect(f.remedy).toEqual({
        when: 'never',
        message: 'the file bills less than the rules; the charge may come in a later file',
      });
  });

  it('REC-6: a line of a subscription not among the resources given is to act on now: check whose it is, dispute it with Microsoft if not yours, in Korean too', () => {
    const other = {
      ...(INVOICED[0] as Row),
      SubscriptionId: 'b8e8e3c1-0000-4000-8000-000000000099',
    };
    const found = reconcileSubscriptions([...INVOICED, other], [resource(15)], {
      rules: newCommerce,
    });
    const theirs = found.findings.filter(
      (f) => f.subscriptionId !== SUBSCRIPTION && f.finding !== 'issue',
    );
    expect(theirs.map((f) => [f.finding, f.remedy])).toEqual([
      [
        'unexpected',
        {
          when: 'now',
          message:
            'not among the subscriptions given: check whose it is; if it is not yours, dispute it with Microsoft',
        },
      ],
    ]);
    const korean = reconcileSubscriptions([...INVOICED, other], [resource(15)], {
      rules: newCommerce,
      locale: ko,
    });
    const remedy = korean.findings.find((f) => f.subscriptionId !== SUBSCRIPTION)?.remedy;
    expect(remedy?.when).toBe('now');
    expect(remedy?.message).toContain('Microsoft');
    expect(remedy?.message).not.toMatch(/[a-z]{4,} [a-z]{4,}/);
  });

  it('REC-6: a file without CustomerId names each finding’s customer from the resource’s links.self.uri, in the result and in the CSV; the file’s own CustomerId wins', () => {
    const CUSTOMER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const linked = resource(15, {
      links: {
        self: { uri: `/customers/${CUSTOMER}/subscriptions/${SUBSCRIPTION}`, method: 'GET' },
      },
    });
    const found = reconcileSubscriptions(edited({ Subtotal: '31.25' }), [linked], {
      rules: newCommerce,
    });
    expect(found.findings.map((f) => f.customerId)).toEqual([CUSTOMER]);
    expect(findingsCsv(found.findings).split('\n')[1]?.split(',').slice(0, 2)).toEqual([
      '3',
      CUSTOMER,
    ]);
    expect(found.customers.map((c) => c.customerId)).toEqual([CUSTOMER]);
    const named = INVOICED.map((row, i) => ({
      ...row,
      CustomerId: 'c0ffee00',
      ...(i === 1 ? { Subtotal: '31.25' } : {}),
    }));
    const own = reconcileSubscriptions(named, [linked], { rules: newCommerce });
    expect(own.findings.map((f) => f.customerId)).toEqual(['c0ffee00']);
  });
});
