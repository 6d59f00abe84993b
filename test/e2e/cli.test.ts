import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type CliRun, cli, runCli, scratch } from './_cli.ts';

const run = (args: readonly string[], stdin = ''): CliRun => runCli(args, { input: stdin });

/** The value's JSON in a folder of its own. */
function file(value: unknown): string {
  return scratch('cli-e2e-').file(value, 'input.json');
}

function expectBadInput(result: CliRun, names: string): void {
  expect(result.code).toBe(2);
  expect(result.out).toBe('');
  expect(result.err.trimEnd().split('\n')).toHaveLength(1);
  expect(result.err).toMatch(new RegExp(`^error: .*${names}`));
  expect(result.err).not.toMatch(/\n\s+at /);
}

const saasRefund = [
  'refund',
  '--product',
  'marketplace-saas',
  '--billing',
  'monthly',
  '--ordered',
  '2026-11-20T10:00:00Z',
  '--at',
  '2026-11-21T09:00:00Z',
];

describe('the built command-line tool', () => {
  it('REF-1: refund --json prints the decision with full-credit and the window end', () => {
    const { code, out } = run([...saasRefund, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      outcome: 'full-credit',
      windowEndsAt: '2026-11-21T10:00:00.000Z',
      rule: 'REF-1',
    });
    expect(out).toContain('"outcome": "full-credit"');
    expect(out).toContain('"windowEndsAt": "2026-11-21T10:00:00.000Z"');
  });

  it('ERR-1: refund with --ordered "not a date" exits 2 with one line naming --ordered', () => {
    expectBadInput(
      run([
        'refund',
        '--product',
        'marketplace-saas',
        '--billing',
        'monthly',
        '--ordered',
        'not a date',
        '--at',
        '2026-11-21T09:00:00Z',
      ]),
      '--ordered',
    );
  });

  it('ERR-2: refund --input takes the purchase as JSON, from a file or from standard input', () => {
    const input = {
      purchase: {
        product: 'marketplace-saas',
        billingCycle: 'monthly',
        orderedAt: '2026-11-20T10:00:00Z',
      },
      at: '2026-11-21T09:00:00Z',
    };
    expect(JSON.parse(run(['refund', '--input', file(input), '--json']).out)).toMatchObject({
      outcome: 'full-credit',
    });
    expect(
      JSON.parse(run(['refund', '--input', '-', '--json'], JSON.stringify(input)).out),
    ).toMatchObject({ outcome: 'full-credit' });
    expectBadInput(
      run([
        'refund',
        '--input',
        file({ ...input, purchase: { ...input.purchase, orderedAt: 'soon' } }),
      ]),
      'purchase.orderedAt',
    );
    expectBadInput(run(['refund', '--input', file({ ...input, extra: 1 })]), 'extra');
  });

  it('MKT-2: market Swaziland --json is SZ, by flags and by --input', () => {
    expect(JSON.parse(run(['market', 'Swaziland', '--json']).out)).toMatchObject({
      code: 'SZ',
      available: false,
    });
    expect(
      JSON.parse(run(['market', '--input', file({ market: 'Saba' }), '--json']).out),
    ).toMatchObject({ code: 'XS', isoCode: 'BQ' });
    expectBadInput(run(['market', 'Atlantis']), 'Atlantis');
  });

  it('PRICE-4: quote 10.99 AUD in AU at 10 % is tax 100 and net 999 minor units, by flags and by --input', () => {
    const { code, out } = run([
      'quote',
      '10.99',
      'AUD',
      '--market',
      'AU',
      '--tax-rate',
      '0.1',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      tax: { amount: 100, currency: 'AUD' },
      net: { amount: 999, currency: 'AUD' },
      gross: { amount: 1099, currency: 'AUD' },
    });
    const input = {
      listPrice: { amount: 1099, currency: 'AUD' },
      market: 'Australia',
      taxRate: 0.1,
    };
    expect(JSON.parse(run(['quote', '--input', file(input), '--json']).out)).toMatchObject({
      tax: { amount: 100 },
      net: { amount: 999 },
    });
    expectBadInput(run(['quote', '--input', file({ ...input, taxRate: '0.1234567' })]), 'taxRate');
    expectBadInput(
      run(['quote', '10.999', 'AUD', '--market', 'AU', '--tax-rate', '0.1']),
      'amount',
    );
  });

  it('SUS-1: suspension by flags and by --input; a bad flag names itself', () => {
    const flags = [
      'suspension',
      '--suspended',
      '2026-03-01T00:00:00Z',
      '--account-opened',
      '2026-01-01T00:00:00Z',
      '--first-billing',
      '2026-01-11T00:00:00Z',
      '--json',
    ];
    expect(JSON.parse(run(flags).out)).toEqual({
      expiresAt: '2026-06-09T00:00:00.000Z',
      days: 100,
      policyId: 'partner-center-2021-03',
    });
    const input = {
      suspendedAt: '2026-03-01T00:00:00Z',
      accountOpenedAt: '2026-01-01T00:00:00Z',
      firstBillingPeriodStart: '2026-01-11T00:00:00Z',
    };
    expect(JSON.parse(run(['suspension', '--input', file(input), '--json']).out)).toMatchObject({
      days: 100,
    });
    expectBadInput(
      run([
        'suspension',
        '--suspended',
        'x',
        '--account-opened',
        '2026-01-01T00:00:00Z',
        '--first-billing',
        '2026-01-11T00:00:00Z',
      ]),
      '--suspended',
    );
  });

  it('LC-2, LC-5: a timeline with a trial and auto-renew turned off shows trial-converted, renewed, expired', () => {
    const scenario = {
      subscription: {
        product: 'marketplace-saas',
        billingCycle: 'monthly',
        quantity: 2,
        orderedAt: '2026-01-01T00:00:00Z',
        freeTrial: true,
      },
      events: [{ type: 'set-auto-renew', at: '2026-03-15T00:00:00Z', enabled: false }],
      until: '2026-06-01T00:00:00Z',
    };
    const played = JSON.parse(run(['timeline', file(scenario), '--json']).out);
    expect(played.entries.map((entry: { type: string }) => entry.type)).toEqual([
      'created',
      'trial-converted',
      'renewed',
      'set-auto-renew',
      'expired',
    ]);
    expect(
      JSON.parse(run(['timeline', '--input', '-', '--json'], JSON.stringify(scenario)).out),
    ).toEqual(played);
    const human = run(['timeline', file(scenario)]).out;
    expect(human).toMatch(/2026-01-31T00:00:00\.000Z +trial-converted \(time\) +active/);
    expectBadInput(
      run([
        'timeline',
        file({ ...scenario, events: [{ type: 'pause', at: '2026-02-01T00:00:00Z' }] }),
      ]),
      'events\\.0',
    );
  });

  it('POL-1: policies and demo print and exit 0; --json is the library data', () => {
    expect(
      JSON.parse(run(['policies', '--json']).out).map((policy: { id: string }) => policy.id),
    ).toEqual([
      'partner-center-2020-01',
      'partner-center-2021-03',
      'partner-center-nce-2021-10',
      'partner-center-nce-2022-03',
      'partner-center-nce-2022-07',
      'partner-center-nce-2023-01',
      'partner-center-nce-2025-04',
    ]);
    const demo = run(['demo']);
    expect(demo.code).toBe(0);
    expect(demo.out).toContain('partner-center-2021-03');
  });

  it('ERR-1: unknown commands and flags exit 2 with one line; --help exits 0', () => {
    expectBadInput(run(['refunds']), 'refunds');
    expectBadInput(run(['quote', '1', 'USD', '--colour']), 'colour');
    expectBadInput(run(['market', '--input', '/no/such/file.json']), 'file');
    expect(run(['refund', '--help']).code).toBe(0);
    expect(run(['refund', '--help']).out).toContain('--input');
  });

  it('NCE-4: refund --program new-commerce prints the worked example: 108.30 USD, window closes 2026-11-28', () => {
    const argv = [
      'refund',
      '--program',
      'new-commerce',
      '--product',
      'license-based',
      '--term',
      'P1Y',
      '--billing-frequency',
      'monthly',
      '--quantity',
      '10',
      '--price',
      '12.50',
      '--currency',
      'USD',
      '--ordered',
      '2026-11-20T10:00:00Z',
      '--at',
      '2026-11-23T09:00:00Z',
    ];
    const { code, out, err } = run(argv);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('credit   108.30 USD');
    expect(out).toContain('window   runs until 2026-11-28T00:00:00.000Z');
    expect(JSON.parse(run([...argv, '--json']).out)).toMatchObject({
      outcome: 'prorated-credit',
      rule: 'NCE-4',
      windowEndsAt: '2026-11-28T00:00:00.000Z',
      credit: { amount: 10_830, currency: 'USD' },
    });
    expectBadInput(run([...argv, '--quantity', 'ten']), '--quantity');
  });

  it('NCE-7: timeline plays a New Commerce scenario with a credited seat reduction', () => {
    const { code, out } = run([
      'timeline',
      file({
        subscription: {
          program: 'new-commerce',
          product: 'license-based',
          term: 'P1Y',
          billingFrequency: 'monthly',
          quantity: 10,
          orderedAt: '2026-11-20T10:00:00Z',
          price: { amount: 1250, currency: 'USD' },
        },
        events: [{ type: 'change-quantity', at: '2026-11-23T09:00:00Z', quantity: 7 }],
        until: '2026-12-01T00:00:00Z',
      }),
    ]);
    expect(code).toBe(0);
    expect(out).toContain('credit 32.49 USD (NCE-6); renews 2027-11-20T00:00:00.000Z, 7 seats');
  });

  it('NCE-1: policies lists both programs and --program keeps one', () => {
    expect(run(['policies']).out).toMatch(/new-commerce {2}partner-center-nce-2023-01/);
    const ids = JSON.parse(run(['policies', '--program', 'legacy', '--json']).out).map(
      (policy: { id: string }) => policy.id,
    );
    expect(ids).toEqual(['partner-center-2020-01', 'partner-center-2021-03']);
  });

  it('PCR-1: inspect reads a Partner Center resource file: term end and cancel window', () => {
    const resource = file({
      quantity: 1,
      productType: { id: 'Software', displayName: 'Software' },
      effectiveStartDate: '2021-09-14T16:44:03.4609789Z',
      commitmentEndDate: '2024-09-13T00:00:00Z',
      cancellationAllowedUntilDate: '2021-10-14T23:59:00Z',
      status: 'active',
      autoRenewEnabled: true,
      billingType: 'license',
      billingCycle: 'triennial',
      termDuration: 'P3Y',
      isMicrosoftProduct: true,
    });
    const { code, out } = run(['inspect', resource, '--at', '2021-09-20T00:00:00Z']);
    expect(code).toBe(0);
    expect(out).toContain('term end       2024-09-14T00:00:00.000Z\n');
    // 2021-09-20 to 2021-10-15: 10 days left of September, 15 of October
    expect(out).toMatch(
      /^cancel window {2}\S+ until 2021-10-15T00:00:00\.000Z \(closes in 25 days\)$/m,
    );
    expect(out).toContain(
      '\n  the amounts need the unit price per seat per billing period: add --price, e.g. --price 12.50USD\n',
    );
    expectBadInput(
      run(['inspect', resource]),
      '--at: required, the instant the resource was fetched',
    );
    expectBadInput(
      run(['inspect', resource, '--at', '2021-09-20']),
      '--at: "2021-09-20" is a date; .* --at 2021-09-20T00:00:00Z',
    );
  });

  it('NCE-5: inspect --price 12.50USD says what ten Microsoft 365 seats credit and charge on their first day', () => {
    const resource = file({
      quantity: 10,
      unitType: 'Licenses',
      productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
      effectiveStartDate: '2021-01-14T16:57:14.498252Z',
      commitmentEndDate: '2022-01-13T00:00:00Z',
      status: 'active',
      autoRenewEnabled: true,
      billingType: 'license',
      billingCycle: 'monthly',
      termDuration: 'P1Y',
      isMicrosoftProduct: true,
      refundOptions: [{ type: 'Full', expiresAt: '2021-01-15T00:00:00Z' }],
    });
    const at = '2021-01-14T18:00:00Z';
    const texts = [
      ['--price', '12.50USD'],
      ['--price', '12.50 usd'],
      ['--price', '12.50', '--currency', 'USD'],
    ].map((price) => run(['inspect', resource, '--at', at, ...price]));
    for (const { code, out } of texts) {
      expect(code).toBe(0);
      expect(out).toBe(texts[0]?.out);
    }
    const out = (texts[0]?.out ?? '').replace(/\n {15,}/g, ' ');
    // all 10 seats' first month back: 10 × 12.50; a reduction by NCE-5, 1 day of 31 used:
    // 12500 − round(round(12500 / 31) × 1 / 10) × 10 = 12500 − 400
    expect(out).toContain('cancel for a full credit of $125.00 until 2021-01-15T00:00:00.000Z\n');
    expect(out).toContain(
      'add seats (next charge $125.00 on 2021-02-14T00:00:00.000Z), or reduce up to 9 seats for a credit of $108.90 until 2021-01-17T16:57:14.498Z\n',
    );
    expect(out).toContain('(closes in 6 h)');
    for (const line of (texts[0]?.out ?? '').split('\n'))
      expect(line.length).toBeLessThanOrEqual(100);
    expectBadInput(
      run(['inspect', resource, '--at', at, '--price', '12.50']),
      '--price: expected the unit price with its currency',
    );
  });

  it('EST-6: inspect states the end-of-term option: 50 seats from 2027-11-20 at 4.00 + 3 % = 4.12 a seat, 206.00 USD a month, changeable until then', () => {
    const resource = file({
      quantity: 50,
      unitType: 'Licenses',
      productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
      effectiveStartDate: '2026-11-20T10:00:00Z',
      commitmentEndDate: '2027-11-19T00:00:00Z',
      cancellationAllowedUntilDate: '2026-11-27T23:59:00Z',
      status: 'active',
      autoRenewEnabled: false,
      billingType: 'license',
      billingCycle: 'monthly',
      termDuration: 'P1Y',
      isMicrosoftProduct: true,
    });
    const at = '2027-01-01T00:00:00Z';
    const { code, out } = run([
      'inspect',
      resource,
      '--at',
      at,
      '--price',
      '12.50USD',
      '--est-base',
      '4.00USD',
    ]);
    expect(code).toBe(0);
    expect(out.replace(/\n {15,}/g, ' ')).toContain(
      'end of term    Extended Service Term: from 2027-11-20T00:00:00.000Z it continues month to month at 4.12 USD a seat (+3 %), 206.00 USD a month, until cancelled; can be changed until 2027-11-20T00:00:00.000Z (closes in 323 days)\n',
    );
    expectBadInput(
      run(['inspect', resource, '--at', at, '--est-base', '4.00']),
      '--est-base: expected the unit price with its currency, e.g. --est-base 12.50USD',
    );
  });

  it('ERR-1: the messages guide: a resource given to timeline without --at asks for it, --tax-rate stays in [0, 1], a misspelt market gets the closest, and nothing speaks JavaScript', () => {
    const resource = file({
      quantity: 1,
      effectiveStartDate: '2021-01-14T16:57:14Z',
      status: 'active',
      autoRenewEnabled: true,
      offerId: 'X',
    });
    const results = [
      run(['timeline', resource]),
      run(['quote', '10', 'usd', '--market', 'US', '--tax-rate', '15']),
      run(['market', 'Autralia']),
      run([
        'refund',
        '--product',
        'license-based',
        '--ordered',
        '2026-01-01T00:00:00Z',
        '--at',
        '2026-01-02T00:00:00Z',
      ]),
      run(['suspension']),
      run([
        'timeline',
        file({
          subscription: {},
          events: [{ type: 'cancle', at: '2026-01-02T00:00:00Z' }],
          until: 'soon',
        }),
      ]),
    ];
    expect(
      results.map((result) =>
        result.err.trimEnd().replace(/^error: \S*input\.json: /, 'error: FILE: '),
      ),
    ).toEqual([
      'error: FILE: this is a Partner Center subscription resource: give --at, the instant it was fetched, to play it on from then, e.g. subscription-rules timeline ' +
        resource +
        ' --at 2026-11-25T00:00:00Z',
      'error: --tax-rate: expected a fraction from 0 to 1 with at most 6 decimals (0.1 is 10 %), got "15"; for 15 %, write --tax-rate 0.15',
      'error: market: expected a Partner Center market code or name, got "Autralia" (did you mean Australia?)',
      'error: --product: license-based is sold under New Commerce only; add --program new-commerce',
      'error: --suspended: required, when the subscription was suspended, e.g. --suspended 2026-03-01T00:00:00Z',
      'error: FILE: events.0.type: expected one of cancel, suspend, reactivate, set-auto-renew, change-quantity, schedule-renewal, change-term, change-billing-frequency, set-end-of-term, got "cancle" (did you mean cancel?)',
    ]);
    for (const { code, out, err } of results) {
      expect(code).toBe(2);
      expect(`${out}${err}`).not.toMatch(/undefined|NaN|\[object|valid Date/);
    }
  });

  describe('at the support desk: a resource in its Extended Service Term', () => {
    /** Ten seats in their Extended Service Term, this month 2026-11-09 to 2026-12-09. */
    const inEst = file({
      offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0K5RF',
      offerName: 'Microsoft 365 Business Basic Extended Service Term',
      quantity: 10,
      productType: { id: 'OnlineServicesNCE' },
      creationDate: '2025-11-09T10:00:00Z',
      effectiveStartDate: '2026-11-09T00:00:00Z',
      commitmentEndDate: '2026-12-08T00:00:00Z',
      status: 'active',
      autoRenewEnabled: false,
      billingType: 'license',
      billingCycle: 'monthly',
      termDuration: 'P1M',
      isMicrosoftProduct: true,
    });
    const at = '2026-11-25T00:00:00Z';

    it('EST-3, EST-7: inspect --est-base on a resource in its Extended Service Term: the P1M price 28.00 → 28.84 a seat a month, 288.40 for 10 seats, whatever --price says', () => {
      const { code, out, err } = run([
        'inspect',
        inEst,
        '--at',
        at,
        '--price',
        '28.00USD',
        '--est-base',
        '28.00USD',
      ]);
      expect([code, err]).toEqual([0, '']);
      expect(out).toContain('unit price     28.84 USD per seat per billing period\n');
      expect(out.replace(/\n {15,}/g, ' ')).toContain(
        'at 28.84 USD a seat (+3 %), 288.40 USD a month',
      );
      // the cancel credit is the EST price's: 17 of 30 days used, 288.40 less 17 days of it
      expect(out).toMatch(
        /cancel the Extended Service Term now: credit \$125\.00 for the month’s unused days/,
      );
      expect(out).not.toMatch(/reducible until/);
    });

    it('PCR-1, EST-3: timeline plays a resource on from --at, and the same from inspect --json through a pipe', () => {
      const flags = ['--at', at, '--est-base', '28.00USD'];
      const resource = run([
        'timeline',
        inEst,
        ...flags,
        '--until',
        '2027-01-09T00:00:00Z',
        '--json',
      ]);
      expect([resource.code, resource.err]).toEqual([0, '']);
      const played = JSON.parse(resource.out) as {
        entries: { at: string; type: string }[];
        periods: { amount: { amount: number } }[];
      };
      expect(played.entries.map((e) => `${e.at} ${e.type}`)).toEqual([
        '2026-11-25T00:00:00.000Z read',
        '2026-12-09T00:00:00.000Z renewed',
        '2027-01-09T00:00:00.000Z renewed',
      ]);
      expect(played.periods.map((p) => p.amount.amount)).toEqual([28_840, 28_840]);
      const inspected = run(['inspect', inEst, ...flags, '--json']);
      const piped = run(
        ['timeline', '-', '--until', '2027-01-09T00:00:00Z', '--json'],
        inspected.out,
      );
      expect([piped.code, piped.err]).toEqual([0, '']);
      expect(JSON.parse(piped.out)).toEqual(played);
    });

    it('MSG-1: --locale ko writes inspect’s and timeline’s values in Korean: 활성, 라이선스 기반, 월별, 갱신', () => {
      const inspect = run([
        'inspect',
        inEst,
        '--at',
        at,
        '--est-base',
        '28.00USD',
        '--locale',
        'ko',
      ]);
      expect(inspect.code).toBe(0);
      for (const word of [
        '활성',
        '라이선스 기반',
        '새로운 상거래 환경',
        '월별',
        '비례 배분 크레딧',
        '갱신',
      ])
        expect(inspect.out).toContain(word);
      expect(inspect.out).not.toMatch(/\b(active|license-based|new-commerce|monthly|renewed)\b/);
      const timeline = run(['timeline', inEst, '--at', at, '--locale', 'ko']);
      expect(timeline.code).toBe(0);
      expect(timeline.out).toContain('활성');
      expect(timeline.out).not.toMatch(/\b(active|renewed|read)\b/);
    });
  });

  it('runs on the built entries beside it, with no second copy of the library: its commands (cliRun.js, loaded by the starter cli.js where they run) import the library, the starter nothing of it', () => {
    const starter = readFileSync(cli, 'utf8');
    expect(starter).toContain('"./cliRun.js"');
    expect(starter).not.toMatch(/from "\.\/(index|schemas)\.js"|RuleError/);
    const source = readFileSync(new URL('cliRun.js', pathToFileURL(cli)), 'utf8');
    expect(source).toContain('from "./index.js"');
    expect(source).toContain('from "./schemas.js"');
    expect(source).toContain('from "./locales/ko.js"');
    expect(source).not.toMatch(/RuleError\w* = class|class RuleError/);
    // An end the CLI's own instant reader refuses: bad input, exit 2, in words of the file.
    const scenario = file({
      subscription: {
        product: 'marketplace-saas',
        billingCycle: 'monthly',
        orderedAt: '2026-01-01T00:00:00Z',
        quantity: 1,
      },
      events: [],
      until: 'not a date',
    });
    expectBadInput(run(['timeline', scenario]), 'until: expected an instant in ISO 8601');
  });

  describe('reconcile', () => {
    const id = 'e2b1a7d4-6f7c-4b55-b0f1-7d4c2b8e9a10';
    const header =
      'SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,TaxTotal,Currency';
    /** 10 seats at 12.50 USD bought 2026-11-20T10:00Z, 5 added 2026-12-05, as the file bills them. */
    const worked = (added: string): string =>
      `\uFEFF${header}\r\n${id},new,11/20/2026,12/19/2026,'12.50,'12.500000000000000000,10,'10.0000,'125.000000000000000000,'0E-20,USD\r\n${id},AddQuantity,2026-12-05T00:00:00Z,2026-12-19T00:00:00Z,'12.50,'6.24,15,'5.0000,'${added},'0E-20,USD\r\n`;
    const resources = file({
      value: [
        {
          id,
          quantity: 15,
          productType: { id: 'OnlineServicesNCE' },
          effectiveStartDate: '2026-11-20T10:00:00Z',
          commitmentEndDate: '2027-11-19T00:00:00Z',
          status: 'active',
          autoRenewEnabled: true,
          billingType: 'license',
          billingCycle: 'monthly',
          termDuration: 'P1Y',
          isMicrosoftProduct: true,
        },
      ],
      totalCount: 1,
    });
    const recon = (text: string, gzip = false): string =>
      scratch('cli-e2e-').file(gzip ? gzipSync(text) : text, 'recon.csv');

    it('REC-3: the worked file matches the rules (exit 0); gzip named .csv reads the same', () => {
      for (const gzip of [false, true]) {
        const { code, out, err } = run([
          'reconcile',
          '--file',
          recon(worked('31.20'), gzip),
          '--subscriptions',
          resources,
        ]);
        expect(err).toBe('');
        expect(code).toBe(0);
        expect(out).toMatch(
          new RegExp(
            `^file +\\S+recon\\.csv${gzip ? ' \\(gzip\\)' : ''}: 2 lines, 2026-11-20 to 2026-12-05$`,
            'm',
          ),
        );
        expect(out).toMatch(/^matched +2 groups$/m);
        expect(out).toMatch(/^result +everything matched \(exit 0\)$/m);
      }
    });

    it('REC-3: billing 31.25 for the 5 seats is one difference (exit 1), written as JSON', () => {
      const { code, out, err } = run([
        'reconcile',
        '--file',
        recon(worked('31.25')),
        '--subscriptions',
        resources,
        '--json',
      ]);
      expect(code).toBe(1);
      expect(err).toMatch(/^different +1 group$/m);
      const { findings, summary } = JSON.parse(out);
      expect(summary).toMatchObject({ matched: 1, different: 1, exitCode: 1 });
      expect(summary.atStake).toEqual([{ currency: 'USD', amount: '0.05', net: '0.05' }]);
      expect(findings).toHaveLength(1);
      expect(findings[0].message).toBe(
        'added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 31.25 USD',
      );
    });

    it('ERR-1: a missing --subscriptions exits 2 with one line naming it', () => {
      expectBadInput(run(['reconcile', '--file', recon(worked('31.20'))]), '--subscriptions');
    });
  });
});
