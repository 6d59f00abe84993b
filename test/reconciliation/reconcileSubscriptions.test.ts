import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import * as root from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import * as newCommerce from 'subscription-rules/new-commerce';
import { findingsCsv, reconcileSubscriptions } from 'subscription-rules/reconciliation';
import { parsePromotion } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { ruleErrorOf } from '../_errors.ts';
import { runStreaming } from '../cli/_run.ts';
import {
  PROMOTION_ID,
  promotionFiles,
  VISIO_PRICES,
  VISIO_PROMOTION,
  visio,
} from '../cli/commands/_promotions.ts';
import {
  csv,
  file,
  type Row,
  resource,
  SUBSCRIPTION,
  WORKED,
} from '../cli/commands/_reconcileFiles.ts';

const example = new URL('../../docs/playground/reconcile-example/', import.meta.url);
const text = (name: string): string => readFileSync(new URL(name, example), 'utf8');

/** CSV text as objects keyed by its header, as the browser's parser gives them. */
function rowsOf(csvText: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true }).data;
}

/** The worked file of docs/reconciliation.md, its resources and a price list of Partner Center's form. */
const worked = {
  rows: rowsOf(text('recon.csv')),
  resources: (JSON.parse(text('resources.json')) as { value: object[] }).value,
  prices: rowsOf(text('prices.csv')),
};

/** `subscription-rules reconcile --json` on the same rows and resources: its summary and findings. */
async function cli(
  rows: readonly Row[],
  resources: readonly unknown[],
  columns?: readonly string[],
): Promise<{ summary: Record<string, unknown>; findings: Record<string, unknown>[] }> {
  const run = await runStreaming([
    'reconcile',
    '--file',
    file(csv(rows, columns)),
    '--subscriptions',
    file(resources as object, { name: 'resources.json' }),
    '--json',
  ]);
  return JSON.parse(run.out) as {
    summary: Record<string, unknown>;
    findings: Record<string, unknown>[];
  };
}

/** 2 seats removed on 2026-12-15, after every batch's reduction window (NCE-6). */
const LATE_REDUCTION: Row = {
  ...WORKED[1],
  ChargeType: 'removeQuantity',
  ChargeStartDate: '2026-12-16',
  BillableQuantity: '-2',
  Subtotal: '-3.20',
};

describe('reconcileSubscriptions', () => {
  it('REC-3, NCE-6: seats removed after their window are a change the rules refuse, with their message; its line is unexpected', () => {
    const found = reconcileSubscriptions([...WORKED, LATE_REDUCTION] as object[], [resource(13)], {
      rules: newCommerce,
    });
    expect(
      found.refused.map((r) => [r.subscriptionId, r.chargeType, r.chargeStartDate, r.at]),
    ).toEqual([[SUBSCRIPTION, 'removeQuantity', '2026-12-16', '2026-12-15T00:00:00.000Z']]);
    expect(found.refused[0]?.message).toMatch(/reduc|remov/i);
    expect(found.unexpected.map((u) => u.chargeType)).toEqual(['removeQuantity']);
  });

  it('REC-3: the worked file: two groups match, 5 seats added are billed 31.25 where the rules give 31.20, 0.05 USD at stake', () => {
    const found = reconcileSubscriptions(worked.rows, worked.resources, { rules: newCommerce });
    expect([found.lines, found.days, found.subscriptions, found.missingColumns]).toEqual([
      3,
      { first: '2026-11-20', last: '2026-12-05' },
      2,
      [],
    ]);
    expect(
      [
        found.matched,
        found.different,
        found.missing,
        found.unexpected,
        found.refused,
        found.issues,
      ].map((list) => list.length),
    ).toEqual([2, 1, 0, 0, 0, 0]);
    expect(found.different[0]?.message).toBe(
      'added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 31.25 USD',
    );
    expect(found.atStake).toEqual([{ currency: 'USD', amount: '0.05', net: '0.05' }]);
    expect(found.otherColumns).toEqual([
      'PartnerId',
      'TermAndBillingCycle',
      'Quantity',
      'TaxTotal',
      'UnitPrice',
    ]);
  });

  it('REC-3, ERR-1: a column named twice in another case is one issue naming both at the first row, the first read: the same findings as the command', async () => {
    // the second name's cells differ from the first's: never read, never compared
    const rows = worked.rows.map((row) => ({ ...row, subtotal: '999.99' }));
    const found = reconcileSubscriptions(rows, worked.resources, { rules: newCommerce });
    const twice = {
      finding: 'issue',
      row: 2,
      column: 'Subtotal',
      message: 'the header also names this column subtotal; the first (Subtotal) is read',
    };
    expect(found.findings.filter((f) => f.finding === 'issue')).toEqual([twice]);
    expect([found.matched.length, found.different.length, found.unverified]).toEqual([2, 1, 0]);
    const columns = [...Object.keys(worked.rows[0] ?? {}), 'subtotal'];
    const command = await cli(rows, worked.resources, columns);
    expect(command.findings.filter((f) => f.finding === 'issue')).toEqual([twice]);
  });

  it('REC-3: a price list of Partner Center’s form prices each subscription by its product, term, plan and currency: the same findings', () => {
    const own = reconcileSubscriptions(worked.rows, worked.resources, { rules: newCommerce });
    const listed = reconcileSubscriptions(worked.rows, worked.resources, {
      rules: newCommerce,
      prices: worked.prices,
    });
    // the same findings; only where each term's price came from differs (REC-5)
    const { terms: listedTerms, ...listedFound } = listed;
    const { terms: ownTerms, ...ownFound } = own;
    expect(listedFound).toEqual(ownFound);
    const sources = (terms: typeof ownTerms) =>
      terms.flatMap((one) => one.terms.map((term) => [term.price, term.priceSource.from]));
    expect(sources(ownTerms)).toEqual([
      [{ amount: 1250, currency: 'USD' }, 'file'],
      [{ amount: 600, currency: 'USD' }, 'file'],
    ]);
    expect(sources(listedTerms)).toEqual([
      [{ amount: 1250, currency: 'USD' }, 'price-list'],
      [{ amount: 600, currency: 'USD' }, 'price-list'],
    ]);
    // a price list without the subscription's product: not replayed, its lines unexpected
    const other = reconcileSubscriptions(worked.rows, worked.resources, {
      rules: newCommerce,
      prices: worked.prices.filter((row) => row.ProductId !== 'CFQ7TTC0LH18'),
    });
    expect(other.issues).toEqual([
      {
        subscriptionId: '5c0b91e2-2d1f-4e8a-9a57-3b0c6f1d2e77',
        message:
          'the price list has no row for ProductId CFQ7TTC0LH18, SkuId 0001 (offerId) in USD',
      },
    ]);
    expect(other.unexpected.map((u) => u.chargeType)).toEqual(['CycleCharge']);
  });

  it('REC-3, MSG-1: the sentences in the locale asked for; the root entry serves as the rules too', () => {
    const inKo = reconcileSubscriptions(worked.rows, worked.resources, { rules: root, locale: ko });
    expect(inKo.different[0]?.message).toBe(
      reconcileSubscriptions(worked.rows, worked.resources, { rules: newCommerce, locale: ko })
        .different[0]?.message,
    );
    expect(inKo.different[0]?.message).toMatch(/시트 5개 추가/);
  });

  it('REC-3: a price list without its columns compares nothing and names them', () => {
    const found = (header: Record<string, string>) =>
      reconcileSubscriptions(worked.rows, worked.resources, {
        rules: newCommerce,
        prices: [header],
      }).missingPriceColumns;
    expect(found({ Price: '1' })).toEqual([
      'UnitPrice',
      'Currency',
      'SubscriptionId',
      'ProductId',
      'SkuId',
    ]);
    expect(found({ UnitPrice: '1', Currency: 'USD', ProductId: 'P' })).toEqual([
      'SubscriptionId',
      'SkuId',
    ]);
    expect(found({ unitprice: '1', CURRENCY: 'USD', SubscriptionId: 'S' })).toEqual([]);
    const none = reconcileSubscriptions(worked.rows, worked.resources, {
      rules: newCommerce,
      prices: [{ Price: '1' }],
    });
    expect([none.subscriptions, none.matched.length, none.lines]).toEqual([0, 0, 3]);
  });

  it('REC-3: a file without the columns a line needs compares nothing and names them', () => {
    const found = reconcileSubscriptions([{ Name: 'a', Total: '1' }], worked.resources, {
      rules: newCommerce,
    });
    expect(found.missingColumns).toEqual([
      'ChargeType',
      'ChargeStartDate',
      'ChargeEndDate',
      'BillableQuantity',
      'Subtotal',
    ]);
    expect([found.subscriptions, found.matched.length, found.issues.length]).toEqual([0, 0, 0]);
  });

  it('ERR-1: rows, resources and prices that are not lists, missing rules and unknown options are RuleErrors naming them', () => {
    const rules = { rules: newCommerce };
    expect(ruleErrorOf(() => reconcileSubscriptions('x' as never, [], rules)).path).toBe('rows');
    expect(ruleErrorOf(() => reconcileSubscriptions([], {} as never, rules)).path).toBe(
      'resources',
    );
    expect(
      ruleErrorOf(() => reconcileSubscriptions([], [], { ...rules, prices: 'x' as never })).path,
    ).toBe('options.prices');
    expect(ruleErrorOf(() => reconcileSubscriptions([], [], {} as never)).code).toBe(
      'MISSING_FIELD',
    );
    expect(
      ruleErrorOf(() => reconcileSubscriptions([], [], { ...rules, chargeTypes: {} } as never))
        .path,
    ).toBe('options.chargeTypes');
  });

  it('ERR-1: a billing month that is not YYYY-MM, an instant that is not one and findings that are not a list are RuleErrors naming them, in Korean too', () => {
    const rules = { rules: newCommerce };
    for (const period of ['2026-13', '10/2026', 202610]) {
      const error = ruleErrorOf(() =>
        reconcileSubscriptions([], [], { ...rules, period: period as never }),
      );
      expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'options.period']);
      expect(error.message).toContain('expected the billing month as YYYY-MM (2026-10)');
    }
    expect(
      root.formatMessage(
        ruleErrorOf(() => reconcileSubscriptions([], [], { ...rules, period: '2026-13' })),
        ko,
      ),
    ).toContain('청구 월을 YYYY-MM 형식(2026-10)으로 입력해야 합니다');
    expect(ruleErrorOf(() => reconcileSubscriptions([], [], { ...rules, at: 'now' })).path).toBe(
      'options.at',
    );
    expect(ruleErrorOf(() => findingsCsv('x' as never)).path).toBe('findings');
  });

  it('ERR-1, REC-3: findingsCsv refuses a finding whose field is not what reconcileSubscriptions writes, naming it, and writes every finding it returned', () => {
    const { findings } = reconcileSubscriptions(
      WORKED.map((row, i) => (i === 1 ? { ...row, Subtotal: '0.00' } : { ...row })),
      [resource(15)],
      { rules: newCommerce },
    );
    expect(findings.length).toBeGreaterThan(0);
    expect(findingsCsv(findings).split('\n')).toHaveLength(findings.length + 2);
    const first = findings[0] as unknown as Record<string, unknown>;
    const spoiled: [Record<string, unknown>, string][] = [
      [{ ...first, rows: true }, 'findings.0.rows'],
      [{ ...first, rows: [0] }, 'findings.0.rows.0'],
      [{ ...first, finding: 'odd' }, 'findings.0.finding'],
      [{ ...first, message: 3 }, 'findings.0.message'],
      [{ ...first, expected: null }, 'findings.0.expected'],
      [{ ...first, remedy: { message: [] } }, 'findings.0.remedy.message'],
    ];
    for (const [finding, path] of spoiled) {
      const error = ruleErrorOf(() => findingsCsv([finding as never]));
      expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', path]);
    }
    expect(
      root.formatMessage(
        ruleErrorOf(() => findingsCsv([spoiled[1]?.[0] as never])),
        ko,
      ),
    ).toContain('행 번호여야 합니다');
  });

  it('REC-3: options.period is the billing month: a charge due on its last day with no line of that day is missing, and the days are the month’s', () => {
    // bought 2026-10-28: the cycle of 2026-11-28 is due in November, though the file ends 11-05
    const october = resource(20, {
      effectiveStartDate: '2026-10-28T16:30:00Z',
      commitmentEndDate: '2027-10-27T00:00:00Z',
    });
    const early: Row = {
      ...WORKED[0],
      ChargeType: 'addQuantity',
      ChargeStartDate: '2026-11-05',
      ChargeEndDate: '2026-11-27',
      Quantity: '20',
      BillableQuantity: '5',
      Subtotal: '47.92',
    };
    const assumed = reconcileSubscriptions([early], [october], { rules: newCommerce });
    expect([assumed.period, assumed.days, assumed.missing.length]).toEqual([
      null,
      { first: '2026-11-05', last: '2026-11-05' },
      0,
    ]);
    const month = reconcileSubscriptions([early], [october], {
      rules: newCommerce,
      period: '2026-11',
    });
    expect([month.period, month.days]).toEqual([
      '2026-11',
      { first: '2026-11-01', last: '2026-11-30' },
    ]);
    expect(month.missing.map((m) => [m.chargeType, m.chargeStartDate])).toEqual([
      ['cycleCharge', '2026-11-28'],
    ]);
    expect(month.findings.find((f) => f.finding === 'missing')?.remedy).toEqual({
      when: 'never',
      message: 'the file bills less than the rules; the charge may come in a later file',
    });
  });

  it('REC-3, REC-6: without options.at the remedies are worked out at the end of the days replayed, so the result depends on its arguments only; a charge billed otherwise is Microsoft’s to correct whenever it is read', () => {
    const edited = WORKED.map((row, i) => (i === 1 ? { ...row, Subtotal: '31.25' } : row));
    const without = reconcileSubscriptions(edited, [resource(15)], { rules: newCommerce });
    const atEnd = reconcileSubscriptions(edited, [resource(15)], {
      rules: newCommerce,
      at: '2026-12-06T00:00:00.000Z',
    });
    expect(without.findings).toEqual(atEnd.findings);
    const raise = {
      when: 'now',
      message:
        'raise it with Microsoft: row 3, billed 31.25 USD where the rules give 31.20 USD: 0.05 USD more',
    };
    expect(without.findings[0]?.remedy).toEqual(raise);
    const late = reconcileSubscriptions(edited, [resource(15)], {
      rules: newCommerce,
      at: '2026-12-20T00:00:00Z',
    });
    expect(late.findings[0]?.remedy).toEqual(raise);
  });

  it('REC-3: the same findings and counts as `subscription-rules reconcile` for the worked file edited at random', async () => {
    const edits = fc.record({
      subtotal: fc.constantFrom('31.20', '31.25', '30.00'),
      drop: fc.constantFrom(-1, 0, 1),
      unknown: fc.boolean(),
      quantity: fc.constantFrom(15, 12),
      twice: fc.boolean(),
      late: fc.boolean(),
      broken: fc.boolean(),
      split: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(edits, async (edit) => {
        const rows: Row[] = WORKED.map((row, i) =>
          i === 1 ? { ...row, Subtotal: edit.subtotal } : { ...row },
        ).filter((_, i) => i !== edit.drop);
        if (edit.late) rows.push(LATE_REDUCTION);
        if (edit.broken)
          rows.push({ ...WORKED[1], ChargeStartDate: '2026-12-06', Subtotal: '6,24' });
        if (edit.split)
          rows.push(
            {
              ...WORKED[1],
              ChargeStartDate: '2026-12-10',
              BillableQuantity: '1',
              Subtotal: '4.17',
            },
            {
              ...WORKED[1],
              ChargeStartDate: '2026-12-10',
              BillableQuantity: '2',
              Subtotal: '8.32',
            },
          );
        if (edit.unknown) rows.push({ ...WORKED[0], ChargeType: 'Rebate', Subtotal: '-1.00' });
        const resources = edit.twice
          ? [resource(edit.quantity), resource(edit.quantity), 'not a resource']
          : [resource(edit.quantity)];
        const cells = rows.map((row) => Object.fromEntries(Object.entries(row))) as object[];
        const found = reconcileSubscriptions(cells, resources, { rules: newCommerce });
        const { summary, findings } = await cli(rows, resources);
        // the command names its files by their flags, the function its lists in words
        const words = (message: unknown): unknown =>
          typeof message === 'string'
            ? message
                .replace('--subscriptions', 'the resource list')
                .replace('pass --prices', 'give a price list')
            : message;
        const of = (kind: string) =>
          findings
            .filter((f) => f.finding === kind)
            // the command adds what can be done about each finding: its remedy, worked out at its run
            .map(({ finding: _, remedy: __, ...rest }) => ({
              ...rest,
              message: words(rest.message),
            }));
        expect(found.different).toEqual(of('different'));
        expect(found.missing).toEqual(of('missing'));
        expect(found.unexpected).toEqual(of('unexpected'));
        expect(found.refused).toEqual(of('refused'));
        expect(found.issues).toEqual(of('issue'));
        expect(found.atStake).toEqual(summary.atStake);
        expect([found.matched.length, found.subscriptions, found.lines, found.unverified]).toEqual([
          summary.matched,
          summary.subscriptions,
          summary.lines,
          summary.unverified,
        ]);
      }),
      { numRuns: 12 },
    );
  });

  it('CHG-2, REC-3: 2 and 3 seats added on one day are replayed as two additions: 12.46 + 18.75 match', () => {
    const rows = [
      WORKED[0],
      { ...WORKED[1], BillableQuantity: '2', Subtotal: '12.46' },
      { ...WORKED[1], BillableQuantity: '3', Subtotal: '18.75' },
    ] as object[];
    const found = reconcileSubscriptions(rows, [resource(15)], { rules: newCommerce });
    expect([found.matched.length, found.different, found.atStake]).toEqual([2, [], []]);
    expect(found.matched[1]).toMatchObject({ lines: 2, amounts: { Subtotal: '31.21' } });
  });

  it('ERR-2, REC-3: a row of a subscription that cannot be read leaves its groups unverified: no difference, nothing at stake', () => {
    const rows = [WORKED[0], { ...WORKED[1], Subtotal: '31,20' }] as object[];
    const found = reconcileSubscriptions(rows, [resource(15)], { rules: newCommerce });
    expect([found.matched, found.different, found.missing, found.unexpected]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect([found.unverified, found.atStake]).toEqual([1, []]);
    expect(found.issues).toEqual([
      { row: 3, column: 'Subtotal', message: 'expected a number' },
      {
        subscriptionId: SUBSCRIPTION,
        message: 'row 3 of it cannot be read: its 1 other group is not compared',
      },
    ]);
  });

  it('REC-3: a resource the reader cannot read is named with what is wrong in it (the field and why), with or without a UnitPrice — never as a missing price', async () => {
    const unpriced = WORKED.map(({ UnitPrice: _, ...row }) => row);
    const broken = [
      [
        { status: 'bogus' },
        'resource.status: expected one of active, suspended, expired, disabled, deleted, got "bogus"',
      ],
      [
        { billingType: undefined },
        'resource.billingType: expected one of license, usage, got undefined',
      ],
      [{ quantity: 'ten' }, 'resource.quantity: expected an integer ≥ 1, got "ten"'],
    ] as const;
    for (const [fields, reason] of broken) {
      for (const rows of [WORKED, unpriced]) {
        const found = reconcileSubscriptions(rows as object[], [resource(15, fields)], {
          rules: newCommerce,
        });
        expect(found.issues).toEqual([
          {
            subscriptionId: SUBSCRIPTION,
            message: `its item in the resource list cannot be read, so it is not replayed: ${reason}`,
          },
        ]);
        const run = await cli(rows, [resource(15, fields)]);
        expect(run.findings.filter((found) => found.finding === 'issue')).toEqual([
          {
            finding: 'issue',
            subscriptionId: SUBSCRIPTION,
            message: `its item in --subscriptions cannot be read, so it is not replayed: ${reason}`,
          },
        ]);
      }
    }
    // a resource that reads, without a price, is still told to give one
    const found = reconcileSubscriptions(unpriced as object[], [resource(15)], {
      rules: newCommerce,
    });
    expect(found.issues).toEqual([
      {
        subscriptionId: SUBSCRIPTION,
        message: 'the file prints no UnitPrice for it: give a price list',
      },
    ]);
  });

  it('REC-3: lines without SubscriptionId are the only resource’s', () => {
    const rows = WORKED.map(({ SubscriptionId: _, ...row }) => row) as object[];
    const found = reconcileSubscriptions(rows, [resource(15)], { rules: newCommerce });
    expect([found.matched.length, found.issues]).toEqual([2, []]);
    expect(found.matched.every((m) => m.subscriptionId === SUBSCRIPTION)).toBe(true);
  });

  itKeepsTheContract(
    'reconcileSubscriptions',
    (rows: object[], resources: unknown[]) =>
      reconcileSubscriptions(rows, resources, { rules: newCommerce }),
    fc.tuple(
      fc.constantFrom(worked.rows, WORKED as object[]),
      fc.constantFrom(worked.resources, [resource(15)]),
    ),
  );
});

describe('reconcileSubscriptions with promotions (PL-5)', () => {
  it('PL-5, REC-3: options.promotions applies a promotion as --promotions does: November’s forecast at 142.50 reconciles with nothing at stake, and the library’s findings equal the command’s with the promotions and without them', async () => {
    const resources = [
      visio('sub-new', 'contoso', '2026-10-01T00:00:00Z', '2027-09-30T00:00:00Z', PROMOTION_ID),
      visio('sub-renew', 'fabrikam', '2025-10-01T00:00:00Z', '2027-09-30T00:00:00Z', PROMOTION_ID),
    ];
    const files = promotionFiles(resources);
    const out = file('', { name: 'forecast-2026-11.csv' });
    const forecast = await runStreaming([
      ...['forecast', '--subscriptions', files.resources, '--prices', files.prices],
      ...['--promotions', files.promotions, '--market', 'US', '--month', '2026-11'],
      ...['--csv', '--out', out],
    ]);
    expect(forecast.code).toBe(0);
    const rows = rowsOf(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''));
    const parsed = parsePromotion(VISIO_PROMOTION);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const options = {
      rules: newCommerce,
      prices: rowsOf(VISIO_PRICES),
      period: '2026-11',
    };
    const promoted = reconcileSubscriptions(rows, resources, {
      ...options,
      promotions: [parsed.value],
    });
    expect([promoted.matched.length, promoted.different, promoted.atStake]).toEqual([2, [], []]);
    const plain = reconcileSubscriptions(rows, resources, options);
    expect(plain.different.map((d) => [d.fields, d.expected.Subtotal, d.actual.Subtotal])).toEqual([
      [expect.arrayContaining(['PromotionId', 'Subtotal']), '1500.00', '1425.00'],
      [expect.arrayContaining(['PromotionId', 'Subtotal']), '1500.00', '1425.00'],
    ]);
    const flags = ['--prices', files.prices, '--market', 'US', '--period', '2026-11', '--json'];
    for (const [library, more] of [
      [promoted, ['--promotions', files.promotions]],
      [plain, []],
    ] as const) {
      const command = await runStreaming([
        ...['reconcile', '--file', out, '--subscriptions', files.resources],
        ...flags,
        ...more,
      ]);
      const { findings } = JSON.parse(command.out) as { findings: unknown[] };
      expect(JSON.parse(JSON.stringify(library.findings))).toEqual(findings);
    }
  });
});
