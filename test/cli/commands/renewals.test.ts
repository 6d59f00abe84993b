import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Money } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { runStreaming } from '../_run.ts';
import { basic, DECEMBER, PRICES, PRICES_WITH_P1M, priceFiles, RESOURCES } from './_prices.ts';
import { file } from './_reconcileFiles.ts';

const WINDOW = ['--from', '2026-01-01T00:00:00Z', '--to', '2027-01-01T00:00:00Z'];

/** `renewals` over the list and resources with `--json`: its exit code and output. */
async function renewals(...flags: string[]) {
  const { prices, resources } = priceFiles();
  const run = await runStreaming([
    'renewals',
    '--subscriptions',
    resources,
    '--prices',
    prices,
    ...WINDOW,
    ...flags,
  ]);
  return run;
}

describe('subscription-rules renewals', () => {
  it('PL-6: a renewal on 2026-07-01T00:00Z takes the new row (6.30 → 7.35 USD, 16.67 %, 126.00 a year for 10 seats); one on 2026-06-30 keeps 6.30', async () => {
    const run = await renewals('--market', 'US', '--json');
    expect(run.code).toBe(0);
    const { renewals: found, summary } = JSON.parse(run.out);
    expect(found).toEqual([
      expect.objectContaining({
        subscriptionId: 'sub-june',
        customerId: 'fabrikam',
        at: '2026-06-30T00:00:00.000Z',
        seats: 4,
        before: { amount: 630, currency: 'USD' },
        after: { amount: 630, currency: 'USD' },
        changePercent: '0.00',
        perYear: { amount: 0, currency: 'USD' },
        rule: 'PL-3',
      }),
      expect.objectContaining({
        subscriptionId: 'sub-july',
        customerId: 'contoso',
        at: '2026-07-01T00:00:00.000Z',
        seats: 10,
        before: { amount: 630, currency: 'USD' },
        after: { amount: 735, currency: 'USD' },
        changePercent: '16.67',
        perYear: { amount: 12600, currency: 'USD' },
        priceFrom: expect.objectContaining({
          effectiveStartDate: '2026-07-01T00:00:00.000Z',
          unitPrice: '88.20',
        }),
        rule: 'PL-3',
      }),
    ]);
    expect(summary).toMatchObject({
      subscriptions: 2,
      renewals: 2,
      perCustomer: [
        { customerId: 'contoso', perYear: ['126.00 USD'] },
        { customerId: 'fabrikam', perYear: ['0.00 USD'] },
      ],
      perYear: ['126.00 USD'],
      problems: [],
      priceRows:
        'market US (of DE, US), segment Commercial (of Commercial, Education), currency USD',
    });
    // the summary goes to standard error when the JSON fills standard output
    expect(run.err).toContain('126.00 USD a year');
  });

  it('PL-6: the table names each renewal, per customer and in total, and which rows were chosen', async () => {
    const run = await renewals('--market', 'us');
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(run.out).toMatch(
      /contoso\s+sub-july\s+2026-07-01\s+10\s+6\.30 USD\s+7\.35 USD\s+16\.67 %\s+126\.00 USD/,
    );
    expect(run.out).toMatch(
      /fabrikam\s+sub-june\s+2026-06-30\s+4\s+6\.30 USD\s+6\.30 USD\s+0\.00 %\s+0\.00 USD/,
    );
    expect(run.out).toMatch(/price rows\s+market US \(of DE, US\), segment Commercial/);
    expect(run.out).toMatch(/per customer\s+contoso\s+126\.00 USD a year/);
    expect(run.out).toMatch(/total\s+126\.00 USD a year/);
  });

  it('PL-6: --csv is UTF-8 with a byte-order mark, one renewal a row; --out keeps the summary on standard output', async () => {
    const out = file('', { name: 'renewals.csv' });
    const run = await renewals('--market', 'US', '--csv', '--out', out);
    expect(run.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(
      '\uFEFFCustomerId,CustomerName,SubscriptionId,Product,RenewalDate,Seats,TermDuration,BillingPlan,Currency,PriceBefore,PriceAfter,ChangePercent,PerYear,Rule,EndOfTerm',
    );
    expect(lines[2]).toBe(
      'contoso,contoso,sub-july,Microsoft 365 Business Basic,2026-07-01T00:00:00.000Z,10,P1Y,monthly,USD,6.30,7.35,16.67,126.00,PL-3,renew',
    );
    expect(run.out).toMatch(/total\s+126\.00 USD a year/);
  });

  it('PL-6: --preview lays the future file over the list (94.50 a year from 2026-07-01: 7.88 a month)', async () => {
    const future = file(
      `${PRICES.split('\r\n')[0]}\r\n${PRICES.split('\r\n')[2]?.replace(',88.20,', ',94.50,')}\r\n`,
      { name: 'future.csv' },
    );
    const run = await renewals('--market', 'US', '--preview', future, '--json');
    const found = JSON.parse(run.out).renewals;
    expect(found[1]).toMatchObject({ after: { amount: 788 }, changePercent: '25.08' });
  });

  it('PL-6: --segment and --market choose the rows; the market’s currency prices the subscription', async () => {
    const education = JSON.parse(
      (await renewals('--market', 'US', '--segment', 'education', '--json')).out,
    );
    expect(education.renewals[1]).toMatchObject({
      before: { amount: 500 },
      after: { amount: 500 },
    });
    expect(education.summary.priceRows).toBe(
      'market US (of DE, US), segment Education (of Commercial, Education), currency USD',
    );
    const de = JSON.parse((await renewals('--market', 'DE', '--json')).out);
    expect(de.renewals[1]).toMatchObject({ after: { amount: 590, currency: 'EUR' } });
  });

  it('PL-6: exit 2 naming the flag: --market missing with several markets, an unknown market or segment, no --prices', async () => {
    const missing = await renewals();
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('error: --market: required, the price list holds 2 markets: DE, US\n');
    const unknown = await renewals('--market', 'FR');
    expect(unknown.err).toBe(
      'error: --market: the price list has no row of the market FR; it holds DE, US\n',
    );
    const segment = await renewals('--market', 'US', '--segment', 'Charity');
    expect(segment.err).toBe(
      'error: --segment: the price list has no row of the segment Charity; it holds Commercial, Education\n',
    );
    const noPrices = await runStreaming(['renewals', '--subscriptions', priceFiles().resources]);
    expect(noPrices).toMatchObject({ code: 2 });
    expect(noPrices.err).toContain('--prices: required');
    const order = await renewals('--market', 'US', '--to', '2025-01-01T00:00:00Z');
    expect(order.code).toBe(2);
    expect(order.err).toContain('--to: given more than once');
  });

  it('PL-6: a resource the reader refuses is listed with the reader’s message, in English and in Korean', async () => {
    const { prices, resources } = priceFiles(PRICES, [
      ...RESOURCES,
      basic('sub-bad', 'contoso', 0, '2025-07-01T00:00:00Z', '2026-06-30T00:00:00Z'),
    ]);
    const args = [
      'renewals',
      '--subscriptions',
      resources,
      '--prices',
      prices,
      '--market',
      'US',
      ...WINDOW,
      '--json',
    ];
    const en = JSON.parse((await runStreaming(args)).out).summary.problems;
    const ko = JSON.parse((await runStreaming([...args, '--locale', 'ko'])).out).summary.problems;
    expect(en).toHaveLength(1);
    expect(en[0].subscriptionId).toBe('sub-bad');
    expect(ko[0].subscriptionId).toBe('sub-bad');
    expect(ko[0].message).toMatch(/[\uac00-\ud7a3]/);
    expect(ko[0].message).not.toBe(en[0].message);
  });
});

describe('subscription-rules renewals of resources fetched before the window (PL-8)', () => {
  it('PL-8: resources fetched in June 2026, read for August 2026 to August 2027, are read at their own terms and renewed by the list: none is refused, and no output names a library parameter', async () => {
    const { prices, resources } = priceFiles();
    const args = ['renewals', '--subscriptions', resources, '--prices', prices, '--market', 'US'];
    const window = ['--from', '2026-08-01T00:00:00Z', '--to', '2027-08-01T00:00:00Z'];
    const run = await runStreaming([...args, ...window, '--json']);
    expect(run.code).toBe(0);
    const { renewals: found, summary } = JSON.parse(run.out);
    // sub-june renewed 2026-06-30 at the old row (6.30), sub-july 2026-07-01 at the new (7.35)
    expect(
      found.map((r: { subscriptionId: string; at: string; before: Money; after: Money }) => [
        r.subscriptionId,
        r.at,
        r.before.amount,
        r.after.amount,
      ]),
    ).toEqual([
      ['sub-june', '2027-06-30T00:00:00.000Z', 630, 735],
      ['sub-july', '2027-07-01T00:00:00.000Z', 735, 735],
    ]);
    expect(summary).toMatchObject({ subscriptions: 2, renewals: 2, problems: [] });
    expect(summary.perYear).toEqual(['50.40 USD']);
    // ±1 ms: a window opening at a renewal lists it; one opening 1 ms after does not
    const at = await runStreaming([
      ...args,
      ...['--from', '2027-07-01T00:00:00Z', '--to', '2027-08-01T00:00:00Z', '--json'],
    ]);
    expect(JSON.parse(at.out).renewals.map((r: { at: string }) => r.at)).toEqual([
      '2027-07-01T00:00:00.000Z',
    ]);
    const after = await runStreaming([
      ...args,
      ...['--from', '2027-07-01T00:00:00.001Z', '--to', '2027-08-01T00:00:00Z', '--json'],
    ]);
    expect(JSON.parse(after.out).renewals).toEqual([]);
    for (const output of [run, at, after, await runStreaming([...args, ...window])])
      expect(`${output.out}${output.err}`).not.toMatch(/options\.|asOf/);
  });
});

describe('subscription-rules renewals: every term end in the window (PL-8)', () => {
  const december = async (...flags: string[]) => {
    const { prices, resources } = priceFiles(PRICES_WITH_P1M, DECEMBER);
    return runStreaming([
      'renewals',
      '--subscriptions',
      resources,
      '--prices',
      prices,
      '--market',
      'US',
      '--from',
      '2026-12-01T00:00:00Z',
      '--to',
      '2027-01-01T00:00:00Z',
      ...flags,
    ]);
  };

  it('PL-8: December 2026: one subscription enters its Extended Service Term (6.30 → 8.65 a seat a month, 37.30 %, 282.00 a year), one is cancelled at its end (25.20 a month stops, −302.40 a year)', async () => {
    const run = await december('--json');
    expect(run.code).toBe(0);
    const { renewals: found, summary } = JSON.parse(run.out);
    expect(found).toEqual([
      expect.objectContaining({
        subscriptionId: 'sub-est',
        customerId: 'contoso',
        at: '2026-12-01T00:00:00.000Z',
        endOfTerm: 'extended-service-term',
        subscriptionTerm: { term: 'P1M', billingFrequency: 'monthly' },
        seats: 10,
        before: { amount: 630, currency: 'USD' },
        after: { amount: 865, currency: 'USD' },
        changePercent: '37.30',
        perYear: { amount: 28_200, currency: 'USD' },
        rule: 'EST-3',
      }),
      expect.objectContaining({
        subscriptionId: 'sub-cancel',
        customerId: 'fabrikam',
        at: '2026-12-15T00:00:00.000Z',
        endOfTerm: 'cancel',
        seats: 4,
        before: { amount: 630, currency: 'USD' },
        after: { amount: 0, currency: 'USD' },
        changePercent: '-100.00',
        perYear: { amount: -30_240, currency: 'USD' },
        rule: 'EST-3',
      }),
    ]);
    expect(summary).toMatchObject({ renewals: 2, perYear: ['-20.40 USD'], problems: [] });
  });

  it('PL-8: the table says what happens at each term end, in the run’s language; --csv has an EndOfTerm column', async () => {
    const table = await december();
    // past 100 columns the table writes the last column on a line of its own under each row
    expect(table.out).toMatch(
      /contoso\s+sub-est\s+2026-12-01\s+10\s+6\.30 USD\s+8\.65 USD\s+37\.30 %\s+282\.00 USD\n\s+Extended Service Term\n/,
    );
    expect(table.out).toMatch(
      /fabrikam\s+sub-cancel\s+2026-12-15\s+4\s+6\.30 USD\s+0\.00 USD\s+-100\.00 %\s+-302\.40 USD\n\s+cancel\n/,
    );
    expect(table.out).toMatch(/2 term ends in the window/);
    const korean = await december('--locale', 'ko');
    expect(korean.out).toMatch(/sub-est\s+2026-12-01 .+\n\s+연장 서비스 기간\n/);
    expect(korean.out).toMatch(/sub-cancel\s+2026-12-15 .+\n\s+취소\n/);
    const out = file('', { name: 'december.csv' });
    await december('--csv', '--out', out);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines[0]?.endsWith(',Rule,EndOfTerm')).toBe(true);
    expect(lines[1]).toBe(
      'contoso,contoso,sub-est,Microsoft 365 Business Basic,2026-12-01T00:00:00.000Z,10,P1M,monthly,USD,6.30,8.65,37.30,282.00,EST-3,extended-service-term',
    );
    expect(lines[2]?.endsWith(',-302.40,EST-3,cancel')).toBe(true);
  });
});

describe('subscription-rules renewals of a resource fetched after a renewal in the window (PL-8)', () => {
  it('PL-8: fetched on 2026-12-10, a term that began 2026-12-01 (a renewal: the resource began a year earlier) is listed as the window’s renewal, its old price read back from the list’s row of the term before (6.30 → 7.35); forecast bills it as a renewal', async () => {
    const renewed = basic('sub-dec', 'contoso', 10, '2025-12-01T00:00:00Z', '2027-11-30T00:00:00Z');
    const { prices, resources } = priceFiles(PRICES, [renewed]);
    const common = ['--subscriptions', resources, '--prices', prices, '--market', 'US'];
    const run = await runStreaming([
      'renewals',
      ...common,
      ...['--from', '2026-12-01T00:00:00Z', '--to', '2027-01-01T00:00:00Z', '--json'],
    ]);
    expect(run.code).toBe(0);
    const { renewals: found, summary } = JSON.parse(run.out);
    expect(summary.problems).toEqual([]);
    expect(found).toEqual([
      expect.objectContaining({
        subscriptionId: 'sub-dec',
        at: '2026-12-01T00:00:00.000Z',
        endOfTerm: 'renew',
        seats: 10,
        before: { amount: 630, currency: 'USD' },
        after: { amount: 735, currency: 'USD' },
        rule: 'PL-3',
      }),
    ]);
    // ±1 ms: a window opening 1 ms after the renewal lists nothing, and refuses nothing
    const later = await runStreaming([
      'renewals',
      ...common,
      ...['--from', '2026-12-01T00:00:00.001Z', '--to', '2027-01-01T00:00:00Z', '--json'],
    ]);
    expect(JSON.parse(later.out)).toMatchObject({ renewals: [], summary: { problems: [] } });
    const forecast = await runStreaming(['forecast', ...common, '--month', '2026-12', '--json']);
    const { lines, summary: billed } = JSON.parse(forecast.out);
    expect(billed.problems).toEqual([]);
    expect(lines).toEqual([
      expect.objectContaining({
        SubscriptionId: 'sub-dec',
        ChargeType: 'renew',
        ChargeStartDate: '2026-12-01',
        UnitPrice: '7.35',
        Subtotal: '73.50',
      }),
    ]);
    for (const output of [run, later, forecast])
      expect(`${output.out}${output.err}`).not.toMatch(/options\.|asOf/);
  });
});

describe('subscription-rules renewals reads back a term that began in the window before the fetch (PL-8)', () => {
  /** Fetched on 2026-12-12: bought 2025-12-`day`, renewed 2026-12-`day`, its current term's dates stated. */
  const renewedOn = (day: string) => ({
    ...basic(`sub-${day}`, 'contoso', 10, `2026-12-${day}T00:00:00Z`, `2027-12-${day}T00:00:00Z`),
    commitmentEndDate: new Date(Date.parse(`2027-12-${day}T00:00:00Z`) - 86_400_000).toISOString(),
    creationDate: `2025-12-${day}T09:30:00Z`,
  });
  const listed = async (from: string, to: string, days: readonly string[]) => {
    const { prices, resources } = priceFiles(PRICES, days.map(renewedOn));
    const run = await runStreaming([
      'renewals',
      ...['--subscriptions', resources, '--prices', prices, '--market', 'US'],
      ...['--from', from, '--to', to, '--json'],
    ]);
    expect(run.code).toBe(0);
    return JSON.parse(run.out);
  };

  it('PL-8: fetched on 2026-12-12, terms renewed on 12-01, 12-05 and 12-11 (their resources stating the new term) are each listed with the price read back: 10 seats 6.30 → 7.35, 16.67 %, 126.00 a year', async () => {
    const { renewals: found, summary } = await listed(
      '2026-12-01T00:00:00Z',
      '2027-01-01T00:00:00Z',
      ['01', '05', '11'],
    );
    expect(summary.problems).toEqual([]);
    expect(found).toEqual(
      ['01', '05', '11'].map((day) =>
        expect.objectContaining({
          subscriptionId: `sub-${day}`,
          at: `2026-12-${day}T00:00:00.000Z`,
          endOfTerm: 'renew',
          seats: 10,
          before: { amount: 630, currency: 'USD' },
          after: { amount: 735, currency: 'USD' },
          changePercent: '16.67',
          perYear: { amount: 12_600, currency: 'USD' },
          rule: 'PL-3',
        }),
      ),
    );
    expect(summary.perYear).toEqual(['378.00 USD']);
    // forecast bills such a term's first month as a renewal at the list's row (REC-5), not a purchase
    const { prices, resources } = priceFiles(PRICES, [renewedOn('05')]);
    const forecast = await runStreaming([
      'forecast',
      ...['--subscriptions', resources, '--prices', prices, '--market', 'US'],
      ...['--month', '2026-12', '--json'],
    ]);
    expect(JSON.parse(forecast.out).lines).toEqual([
      expect.objectContaining({
        SubscriptionId: 'sub-05',
        ChargeType: 'renew',
        ChargeStartDate: '2026-12-05',
        UnitPrice: '7.35',
        Subtotal: '73.50',
      }),
    ]);
  });

  it('PL-8: a term that began at the window’s start is read back, 1 ms before it is not; one beginning at the window’s end is not listed, 1 ms before it is', async () => {
    const at = (from: string, to: string) =>
      listed(from, to, ['05']).then((r) =>
        r.renewals.map((e: { at: string; before: Money }) => [e.at, e.before.amount]),
      );
    const renewal = [['2026-12-05T00:00:00.000Z', 630]];
    expect(await at('2026-12-05T00:00:00.000Z', '2027-01-01T00:00:00Z')).toEqual(renewal);
    expect(await at('2026-12-05T00:00:00.001Z', '2027-01-01T00:00:00Z')).toEqual([]);
    expect(await at('2026-11-01T00:00:00Z', '2026-12-05T00:00:00.000Z')).toEqual([]);
    expect(await at('2026-11-01T00:00:00Z', '2026-12-05T00:00:00.001Z')).toEqual(renewal);
  });
});

describe('subscription-rules renewals: properties', () => {
  it('PL-8: a term that renewed on any day of the window before the fetch is listed once, read back at the list’s rows (6.30 before, 7.35 after)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 28 }), async (day) => {
        const d = String(day).padStart(2, '0');
        const resource = {
          ...basic('sub', 'contoso', 3, `2026-12-${d}T00:00:00Z`, `2027-12-${d}T00:00:00Z`),
          commitmentEndDate: new Date(
            Date.parse(`2027-12-${d}T00:00:00Z`) - 86_400_000,
          ).toISOString(),
          creationDate: `2025-12-${d}T00:00:00Z`,
        };
        const { prices, resources } = priceFiles(PRICES, [resource]);
        const run = await runStreaming([
          'renewals',
          ...['--subscriptions', resources, '--prices', prices, '--market', 'US'],
          ...['--from', '2026-12-01T00:00:00Z', '--to', '2027-01-01T00:00:00Z', '--json'],
        ]);
        const found = JSON.parse(run.out).renewals;
        expect(
          found.map((r: { at: string; before: Money; after: Money }) => [
            r.at,
            r.before.amount,
            r.after.amount,
          ]),
        ).toEqual([[`2026-12-${d}T00:00:00.000Z`, 630, 735]]);
      }),
      { numRuns: 10 },
    );
  });
});

/** Partner Center's Customer resources as the API lists them: contoso in Germany, fabrikam with no country. */
const CUSTOMERS = {
  totalCount: 2,
  items: [
    {
      id: 'contoso',
      companyProfile: { companyName: 'Contoso GmbH' },
      billingProfile: { companyName: 'Contoso Billing', defaultAddress: { country: 'DE' } },
    },
    { id: 'fabrikam', billingProfile: { companyName: 'Fabrikam Inc.', defaultAddress: {} } },
  ],
};

describe('subscription-rules renewals --customers', () => {
  it('PL-8: each customer priced by its own market (contoso in DE: 5.90 EUR), one without country by --market US with a note; names beside ids', async () => {
    const customers = file(CUSTOMERS, { name: 'customers.json' });
    const run = await renewals('--customers', customers, '--market', 'US', '--json');
    expect(run.code).toBe(0);
    const { renewals: found, summary } = JSON.parse(run.out);
    expect(found).toEqual([
      expect.objectContaining({
        subscriptionId: 'sub-june',
        customerId: 'fabrikam',
        customerName: 'Fabrikam Inc.',
        before: { amount: 630, currency: 'USD' },
      }),
      expect.objectContaining({
        subscriptionId: 'sub-july',
        customerId: 'contoso',
        customerName: 'Contoso GmbH',
        before: { amount: 590, currency: 'EUR' },
        after: { amount: 590, currency: 'EUR' },
      }),
    ]);
    expect(summary.problems).toEqual([]);
    expect(summary.notes).toEqual([
      {
        subscriptionId: 'sub-june',
        message:
          'priced in the market US of --market: its customer fabrikam has no country in --customers',
      },
    ]);
    const table = await renewals('--customers', customers, '--market', 'US');
    expect(table.out).toMatch(/Contoso GmbH\s+sub-july\s+2026-07-01\s+10\s+5\.90 EUR\s+5\.90 EUR/);
    expect(table.out).toMatch(/Fabrikam Inc\.\s+sub-june\s+2026-06-30/);
    const csv = await renewals('--customers', customers, '--market', 'US', '--csv');
    expect(csv.out).toMatch(/^\uFEFFCustomerId,CustomerName,SubscriptionId,/);
    expect(csv.out).toContain('contoso,Contoso GmbH,sub-july,');
  });

  it('PL-8: without --market, a customer not in --customers is not priced, and says which flag would price it; the others are', async () => {
    const one = file(CUSTOMERS.items[0] as object, { name: 'customer.json' });
    const run = await renewals('--customers', one, '--json');
    expect(run.code).toBe(0);
    const { renewals: found, summary } = JSON.parse(run.out);
    expect(found.map((r: { subscriptionId: string }) => r.subscriptionId)).toEqual(['sub-july']);
    expect(summary.problems).toEqual([
      {
        subscriptionId: 'sub-june',
        message:
          'its customer fabrikam is not in --customers and the price list holds 2 markets: DE, US; give --market',
      },
    ]);
    expect(`${run.out}${run.err}`).not.toMatch(/options\./);
  });

  it('PL-8: a customer whose country the price list has no row of is not priced, saying which market; the others are', async () => {
    const customers = file(
      [
        { id: 'contoso', billingProfile: { defaultAddress: { country: 'JP' } } },
        { id: 'fabrikam', billingProfile: { defaultAddress: { country: 'US' } } },
      ],
      { name: 'customers.json' },
    );
    const run = await renewals('--customers', customers, '--json');
    expect(run.code).toBe(0);
    const { renewals: found, summary } = JSON.parse(run.out);
    expect(found.map((r: { subscriptionId: string }) => r.subscriptionId)).toEqual(['sub-june']);
    expect(summary.problems).toEqual([
      {
        subscriptionId: 'sub-july',
        message:
          'its customer contoso is in the market JP: the price list has no row of the market JP; it holds DE, US',
      },
    ]);
  });

  it('PL-8: a customers file that is no Customer resource is refused naming --customers (exit 2)', async () => {
    const bad = file({ items: [{ companyProfile: {} }] }, { name: 'customers.json' });
    const run = await renewals('--customers', bad, '--market', 'US');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--customers: .*item 1 has no id/);
  });
});

describe('subscription-rules renewals: the library’s words', () => {
  it('PL-8: a resource naming a promotion not given says --promotions, never the library’s parameter, in English and Korean', async () => {
    const { prices } = priceFiles();
    const resources = file(
      [
        {
          ...(RESOURCES[0] as Record<string, unknown>),
          promotionId: '39NFJQT1Q5KV:0002:39NFJQT1PZ3F',
        },
      ],
      { name: 'resources.json' },
    );
    for (const locale of [[], ['--locale', 'ko']]) {
      const run = await runStreaming([
        'renewals',
        ...['--subscriptions', resources, '--prices', prices, '--market', 'US', ...WINDOW],
        ...locale,
        '--json',
      ]);
      expect(run.code).toBe(0);
      const { summary } = JSON.parse(run.out);
      expect(summary.notes).toEqual([
        { subscriptionId: 'sub-july', message: expect.stringContaining('--promotions') },
      ]);
      expect(`${run.out}${run.err}`).not.toMatch(/options\./);
    }
  });
});

describe('subscription-rules renewals: customer names', () => {
  it('PL-8: without --customers, a subscription resource that names its customer (customerName) is shown by that name, in the table, --csv, --json and the per-customer summary', async () => {
    const { prices } = priceFiles();
    const resources = file(
      [
        { ...(RESOURCES[0] as Record<string, unknown>), customerName: 'Contoso Ltd' },
        RESOURCES[1] as Record<string, unknown>,
      ],
      { name: 'resources.json' },
    );
    const args = [
      'renewals',
      ...['--subscriptions', resources, '--prices', prices, '--market', 'US', ...WINDOW],
    ];
    const json = JSON.parse((await runStreaming([...args, '--json'])).out);
    expect(
      json.renewals.map((r: { customerId: string; customerName: string }) => [
        r.customerId,
        r.customerName,
      ]),
    ).toEqual([
      ['fabrikam', 'fabrikam'],
      ['contoso', 'Contoso Ltd'],
    ]);
    expect(json.summary.perCustomer).toEqual([
      { customerId: 'contoso', customerName: 'Contoso Ltd', perYear: ['126.00 USD'] },
      { customerId: 'fabrikam', customerName: 'fabrikam', perYear: ['0.00 USD'] },
    ]);
    const table = await runStreaming(args);
    expect(table.out).toMatch(/Contoso Ltd\s+sub-july\s+2026-07-01/);
    expect(table.out).toMatch(/per customer\s+Contoso Ltd\s+126\.00 USD a year/);
    const csv = await runStreaming([...args, '--csv']);
    expect(csv.out).toContain('\ncontoso,Contoso Ltd,sub-july,');
  });
});
