import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../_private.ts';
import { tempFolder } from '../../_tempFolder.ts';
import { runStreaming } from '../_run.ts';
import { COLUMNS, csv, file, type Row, resource, SUBSCRIPTION, WORKED } from './_reconcileFiles.ts';

/** `reconcile` over the rows (or a file's text) and resources, with `--json`: its exit code and findings. */
async function reconciled(
  recon: string,
  resources: object = [resource(15)],
  ...flags: string[]
): Promise<{
  code: number;
  summary: Record<string, unknown>;
  findings: Record<string, unknown>[];
  err: string;
}> {
  const run = await runStreaming([
    'reconcile',
    '--file',
    recon,
    '--subscriptions',
    file(resources, { name: 'resources.json' }),
    '--json',
    ...flags,
  ]);
  const parsed = JSON.parse(run.out) as {
    summary: Record<string, unknown>;
    findings: Record<string, unknown>[];
  };
  return { code: run.code, summary: parsed.summary, findings: parsed.findings, err: run.err };
}

const edit = (changes: readonly Row[]): Row[] =>
  WORKED.map((row, i) => ({ ...row, ...changes[i] }));
/** The engines whose outputs are the same bytes: the default, with workers, spilling, DuckDB. */
const ENGINES = [
  [],
  ['--workers', '2'],
  ['--workers', '1', '--memory', '1K'],
  ['--engine', 'duckdb'],
] as const;
const matchedBoth = {
  matched: 2,
  different: 0,
  missing: 0,
  unexpected: 0,
  refused: 0,
  rowIssues: 0,
};

/**
 * Reconciles the worked file, as a text of another shape, on every engine: both groups matched,
 * its rows all read, exactly `issues` (exit 1), and the same findings and counts on each.
 */
async function sameIssuesOnEvery(recon: string, issues: readonly object[]): Promise<void> {
  const outputs: string[] = [];
  for (const flags of ENGINES) {
    const found = await reconciled(recon, [resource(15)], ...flags);
    expect(
      found.findings.filter((f) => f.finding === 'issue'),
      flags.join(' '),
    ).toEqual(issues);
    expect(found.summary).toMatchObject({
      ...matchedBoth,
      rowIssues: issues.length,
      rowsUnread: 0,
      exitCode: 1,
    });
    expect(found.code).toBe(1);
    outputs.push(JSON.stringify([found.findings, { ...found.summary, run: undefined }]));
  }
  expect(new Set(outputs).size).toBe(1);
}

describe('subscription-rules reconcile', () => {
  it('REC-3: 10 seats at 12.50 bought 2026-11-20T10:00Z, 5 added 2026-12-05: 125.00 and 31.20 match, exit 0', async () => {
    const run = await runStreaming([
      'reconcile',
      '--file',
      file(csv(WORKED)),
      '--subscriptions',
      file([resource(15)], { name: 'resources.json' }),
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const lines = run.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^file {11}\S+recon\.csv: 2 lines, 2026-11-20 to 2026-12-05$/);
    expect(lines.slice(1)).toEqual([
      "period         2026-11-20 to 2026-12-05: the file's first and last days, assumed (no --period)",
      'subscriptions  1',
      "prices         the file's own UnitPrice of each subscription's lines (no --prices)",
      'matched        2 groups',
      'different      0 groups',
      'missing        0 groups',
      'unexpected     0 groups',
      'refused        0 changes the rules refuse',
      'issues         0 rows unread, 0 subscriptions not replayed in full',
      'at stake       nothing',
      'result         everything matched (exit 0)',
    ]);
  });

  it('REC-3: the file billing 31.25 for the 5 seats shows one difference with its arithmetic, exit 1', async () => {
    // fetched and reconciled in January: the 5 seats' 7 days to reduce are over
    const found = await reconciled(
      file(csv(edit([{}, { Subtotal: '31.25', EffectiveUnitPrice: '6.25' }]))),
      [resource(15)],
      '--at',
      '2027-01-10T00:00:00Z',
    );
    expect(found.code).toBe(1);
    expect(found.summary).toMatchObject({
      matched: 1,
      different: 1,
      missing: 0,
      unexpected: 0,
      exitCode: 1,
    });
    expect(found.summary.atStake).toEqual([{ currency: 'USD', amount: '0.05', net: '0.05' }]);
    expect(found.findings).toEqual([
      {
        finding: 'different',
        subscriptionId: SUBSCRIPTION,
        chargeType: 'addQuantity',
        chargeStartDate: '2026-12-05',
        chargeEndDate: '2026-12-19',
        currency: 'USD',
        lines: 1,
        rows: [3],
        form: 'one-line',
        fields: ['Subtotal'],
        expected: { Subtotal: '31.20', BillableQuantity: '5', Currency: 'USD' },
        actual: { Subtotal: '31.25', BillableQuantity: '5', Currency: 'USD' },
        rules: ['CHG-2'],
        message:
          'added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 31.25 USD',
        remedy: {
          when: 'now',
          message:
            'raise it with Microsoft: row 3, billed 31.25 USD where the rules give 31.20 USD: 0.05 USD more',
        },
      },
    ]);
  });

  it('REC-2: columns in any order, and unknown ones kept and listed once', async () => {
    const columns = ([...COLUMNS] as string[]).reverse().concat(['ReferenceId', 'Mystery']);
    const rows = WORKED.map((row) => ({
      ...row,
      ReferenceId: '{"osId":"1","id":"2","v":2}',
      Mystery: 'x, "y"',
    }));
    const found = await reconciled(file(csv(rows, columns)));
    expect(found.code).toBe(0);
    expect(found.summary).toMatchObject(matchedBoth);
    expect(found.summary.otherColumns).toEqual([
      'TaxTotal',
      'Quantity',
      'UnitPrice',
      'ReferenceId',
      'Mystery',
    ]);
  });

  it('REC-2: Excel’s apostrophes on every number', async () => {
    const quoted = WORKED.map((row) => ({
      ...row,
      UnitPrice: `'${row.UnitPrice}`,
      EffectiveUnitPrice: `'${row.EffectiveUnitPrice}`,
      BillableQuantity: `'${row.BillableQuantity}`,
      Subtotal: `'${row.Subtotal}`,
    }));
    expect((await reconciled(file(csv(quoted)))).summary).toMatchObject(matchedBoth);
  });

  it('REC-2: 18 decimals read exactly: 31.200000000000000001 is not 31.20', async () => {
    const long = edit([
      { Subtotal: '125.000000000000000000', UnitPrice: '12.500000000000000000' },
      { Subtotal: '31.200000000000000000', EffectiveUnitPrice: '6.240000000000000000' },
    ]);
    expect((await reconciled(file(csv(long)))).summary).toMatchObject(matchedBoth);
    const off = edit([{}, { Subtotal: '31.200000000000000001' }]);
    const found = await reconciled(file(csv(off)));
    expect(found.summary).toMatchObject({ matched: 1, different: 1 });
    expect(found.findings[0]).toMatchObject({ actual: { Subtotal: '31.200000000000000001' } });
  });

  it('REC-2: scientific notation: taxes as 0E-20, an amount as 3.12E1', async () => {
    const sci = edit([
      { TaxTotal: "'0E-20" },
      { TaxTotal: "'0E-20", Subtotal: "'3.12E1", BillableQuantity: '5E0' },
    ]);
    expect((await reconciled(file(csv(sci)))).summary).toMatchObject(matchedBoth);
  });

  it('REC-2: charge types in any case', async () => {
    const cased = edit([{ ChargeType: 'NEW' }, { ChargeType: 'addquantity' }]);
    expect((await reconciled(file(csv(cased)))).summary).toMatchObject(matchedBoth);
  });

  it('REC-2: US and ISO dates, and a Graph export’s instants', async () => {
    const dated = edit([
      { ChargeStartDate: '11/20/2026', ChargeEndDate: '12/19/2026' },
      { ChargeStartDate: '2026-12-05T00:00:00Z', ChargeEndDate: '2026-12-19T23:59:59Z' },
    ]);
    expect((await reconciled(file(csv(dated)))).summary).toMatchObject(matchedBoth);
  });

  it('REC-2: a credit printed positive or negative is the same credit (3 seats removed 2026-11-24: 31.26 back)', async () => {
    const removal = (sign: string): Row => ({
      ...WORKED[0],
      ChargeType: 'removeQuantity',
      ChargeStartDate: '2026-11-25',
      ChargeEndDate: '2026-12-19',
      EffectiveUnitPrice: '10.42',
      Quantity: '7',
      BillableQuantity: `${sign}3`,
      Subtotal: `${sign}31.26`,
    });
    for (const sign of ['', '-']) {
      const found = await reconciled(file(csv([WORKED[0] as Row, removal(sign)])), [resource(7)]);
      expect(found.summary).toMatchObject(matchedBoth);
    }
  });

  it('REC-2: a change printed as two lines: 10 → 15 seats, 93.75 − 62.60 = 31.15', async () => {
    const twoLines: Row[] = [
      WORKED[0] as Row,
      { ...WORKED[1], BillableQuantity: '-10', Subtotal: '-62.60', EffectiveUnitPrice: '6.26' },
      {
        ...WORKED[1],
        ChargeType: 'AddQuantity',
        BillableQuantity: '15',
        Subtotal: '93.75',
        EffectiveUnitPrice: '6.25',
      },
    ];
    const found = await reconciled(file(csv(twoLines)));
    expect(found.summary).toMatchObject({ ...matchedBoth, exitCode: 0 });
    // the one-line amount for a two-line group is a difference: 31.20 is not what that form bills
    const wrong = twoLines.map((row, i) => (i === 2 ? { ...row, Subtotal: '93.85' } : row));
    expect((await reconciled(file(csv(wrong)))).findings[0]).toMatchObject({
      finding: 'different',
      form: 'two-line',
      expected: { Subtotal: '31.15' },
      actual: { Subtotal: '31.25' },
    });
  });

  it('REC-3: gzip told by its first bytes, even named .csv; a byte-order mark and CRLF', async () => {
    const text = `\uFEFF${csv(WORKED, COLUMNS, '\r\n')}`;
    const gzip = await reconciled(file(text, { gzip: true, name: 'recon.csv' }));
    expect(gzip.summary).toMatchObject({ ...matchedBoth, gzip: true, lines: 2 });
    const plain = await reconciled(file(text, { name: 'recon.csv.gz' }));
    expect(plain.summary).toMatchObject({ ...matchedBoth, gzip: false, lines: 2 });
  });

  it('REC-3: --prices, Partner Center’s list or one row per subscription; a wrong price differs', async () => {
    const list = file(
      // Partner Center's UnitPrice is the whole term's (PL-2): 150.00 a year billed monthly is 12.50 a month
      'ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice\nCFQ7TTC0LDPB,0001,P1Y,Monthly,US,USD,150.0000\nCFQ7TTC0LDPB,0001,P1Y,Annual,US,USD,142.8600\n',
      { name: 'prices.csv' },
    );
    const found = await reconciled(file(csv(WORKED)), [resource(15)], '--prices', list);
    expect(found.summary).toMatchObject({ ...matchedBoth, prices: `--prices ${list}` });
    const own = file(`SubscriptionId,UnitPrice,Currency\n${SUBSCRIPTION},12.60,USD\n`, {
      name: 'prices.csv',
    });
    const dearer = await reconciled(file(csv(WORKED)), [resource(15)], '--prices', own);
    expect(dearer.summary).toMatchObject({ matched: 0, different: 2 });
  });

  it('PL-6, PL-7: --prices holding several markets and segments: lines without CustomerCountry in a currency two markets bill need --market (their subscription an issue saying so, not a guess), --segment Commercial by default, and the summary says which rows priced the file', async () => {
    const list = file(
      [
        '\uFEFFProductTitle,ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate,Segment',
        'Microsoft 365 Business Standard,CFQ7TTC0LDPB,0001,P1Y,Monthly,US,USD,150.0000,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
        'Microsoft 365 Business Standard,CFQ7TTC0LDPB,0001,P1Y,Monthly,US,USD,108.0000,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,Education',
        'Microsoft 365 Business Standard,CFQ7TTC0LDPB,0001,P1Y,Monthly,CA,USD,162.0000,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
        'Microsoft 365 Business Standard,CFQ7TTC0LDPB,0001,P1Y,Monthly,DE,EUR,138.0000,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
      ].join('\r\n'),
      { name: 'prices.csv' },
    );
    const args = [
      'reconcile',
      '--file',
      file(csv(WORKED)),
      '--subscriptions',
      file([resource(15)], { name: 'resources.json' }),
      '--prices',
      list,
    ];
    const unsaid = await reconciled(file(csv(WORKED)), [resource(15)], '--prices', list);
    expect(unsaid.code).toBe(1);
    expect(unsaid.summary).toMatchObject({ matched: 0, unexpected: 2, subscriptionIssues: 1 });
    expect(unsaid.findings).toContainEqual({
      finding: 'issue',
      subscriptionId: SUBSCRIPTION,
      message:
        '--prices holds 3 markets (CA, DE, US) and no line of it names its customer’s country (CustomerCountry): give --market to price it',
    });
    expect(await runStreaming([...args, '--market', 'JP'])).toMatchObject({
      code: 2,
      err: 'error: --market: the price list has no row of the market JP; it holds CA, DE, US\n',
    });
    const us = await reconciled(
      file(csv(WORKED)),
      [resource(15)],
      '--prices',
      list,
      '--market',
      'US',
    );
    expect(us.code).toBe(0);
    expect(us.summary).toMatchObject({
      ...matchedBoth,
      atStake: [],
      priceRows: 'market US (of CA, DE, US), segment Commercial (of Commercial, Education)',
    });
    // the education row (9.00 a month) is not the file's price: both lines differ
    const education = await reconciled(
      file(csv(WORKED)),
      [resource(15)],
      '--prices',
      list,
      '--market',
      'US',
      '--segment',
      'Education',
    );
    expect(education.summary).toMatchObject({ matched: 0, different: 2 });
    const text = await runStreaming([...args, '--market', 'us']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(
      /price rows\s+market US \(of CA, DE, US\), segment Commercial \(of Commercial, Education\)/,
    );
    const alone = await runStreaming([...args.slice(0, 5), '--market', 'US']);
    expect(alone).toMatchObject({
      code: 2,
      err: 'error: --market: chooses the rows of --prices; add --prices\n',
    });
  });

  it('REC-3: a change the rules refuse is reported with their message, and its lines are unexpected', async () => {
    // 3 seats removed on 2026-11-28 (line from 11-29): the seats' 7-day window ended 11-27T10:00Z
    const late: Row = {
      ...WORKED[0],
      ChargeType: 'removeQuantity',
      ChargeStartDate: '2026-11-29',
      ChargeEndDate: '2026-12-19',
      Quantity: '7',
      BillableQuantity: '-3',
      Subtotal: '-26.25',
    };
    const found = await reconciled(file(csv([WORKED[0] as Row, late])), [resource(7)]);
    expect(found.code).toBe(1);
    expect(found.summary).toMatchObject({ matched: 1, unexpected: 1, refused: 1 });
    const refused = found.findings.find((f) => f.finding === 'refused');
    expect(refused).toMatchObject({
      subscriptionId: SUBSCRIPTION,
      chargeType: 'removeQuantity',
      chargeStartDate: '2026-11-29',
      at: '2026-11-28T00:00:00.000Z',
    });
    expect(String(refused?.message)).toMatch(/\S/);
  });

  it('ERR-2: unreadable rows and a subscription without its resource are reported, never dropped', async () => {
    const bad = [
      ...WORKED,
      { ...WORKED[1], SubscriptionId: 'other', Subtotal: 'n/a' },
      { ...WORKED[1], SubscriptionId: 'other' },
    ];
    const found = await reconciled(file(csv(bad)));
    expect(found.code).toBe(1);
    expect(found.summary).toMatchObject({
      matched: 2,
      unexpected: 1,
      rowIssues: 1,
      subscriptionIssues: 1,
    });
    expect(found.findings).toContainEqual({
      finding: 'issue',
      row: 4,
      column: 'Subtotal',
      message: 'expected a number',
    });
    expect(found.findings).toContainEqual({
      finding: 'issue',
      subscriptionId: 'other',
      message: '--subscriptions has no resource for it',
    });
  });

  it('ERR-2: a resource listed twice, or an item that is no resource, is an issue; the first is compared', async () => {
    const found = await reconciled(file(csv(WORKED)), [
      resource(15),
      7,
      resource(99),
      { offerId: 'x' },
    ]);
    expect(found.code).toBe(1);
    expect(found.summary).toMatchObject({ matched: 2, subscriptionIssues: 3 });
    expect(found.findings).toEqual([
      {
        finding: 'issue',
        message: '--subscriptions item 2: expected a Subscription resource with its id',
      },
      {
        finding: 'issue',
        subscriptionId: SUBSCRIPTION,
        message: '--subscriptions lists it more than once: the first is compared',
      },
      {
        finding: 'issue',
        message: '--subscriptions item 4: expected a Subscription resource with its id',
      },
    ]);
  });

  it('REC-2: a file of unknown charge types alone covers no days, and its lines are unexpected, not dropped', async () => {
    const unknown = [{ ...WORKED[0], ChargeType: 'tierTransitionFee' }];
    const found = await reconciled(file(csv(unknown)));
    expect(found.code).toBe(1);
    expect(found.summary).toMatchObject({ lines: 1, days: null, unexpected: 1, matched: 0 });
    expect(found.findings[0]).toMatchObject({
      finding: 'unexpected',
      reason: 'unknown-charge-type',
    });
    // a header alone: nothing to compare, nothing differs
    const empty = await reconciled(file(csv([])));
    expect(empty).toMatchObject({ code: 0, findings: [] });
    expect(empty.summary).toMatchObject({ lines: 0, days: null, subscriptions: 0 });
  });

  it('REC-3: a file without SubscriptionId bills the one subscription of --subscriptions', async () => {
    const columns = COLUMNS.filter((c) => c !== 'SubscriptionId');
    expect((await reconciled(file(csv(WORKED, columns)))).summary).toMatchObject(matchedBoth);
  });

  it('REC-3, USG, INV details: --csv writes a customer name that a spreadsheet would run as a formula with a leading apostrophe, its negative amounts as numbers', async () => {
    const named = (row: Row): Row => ({ ...row, CustomerName: '=HYPERLINK("http://x","pay")' });
    const run = await runStreaming([
      'reconcile',
      '--file',
      file(csv(edit([{}, { Subtotal: '31.15' }]).map(named), [...COLUMNS, 'CustomerName'])),
      '--subscriptions',
      file([resource(15)], { name: 'resources.json' }),
      '--at',
      '2027-01-10T00:00:00Z',
      '--csv',
    ]);
    expect(run.code).toBe(1);
    const row = run.out.split('\n')[1] ?? '';
    expect(row).toContain(',"\'=HYPERLINK(""http://x"",""pay"")",');
    expect(row).toContain(',USD,31.20,31.15,-0.05,');
  });

  it('REC-3: --csv writes one finding a row; --out sends it to a file and keeps the summary on standard output', async () => {
    const out = file('', { name: 'findings.csv' });
    const run = await runStreaming([
      'reconcile',
      '--file',
      file(csv(edit([{}, { Subtotal: '31.25' }]))),
      '--subscriptions',
      file([resource(15)], { name: 'resources.json' }),
      '--at',
      '2027-01-10T00:00:00Z',
      '--csv',
      '--out',
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^different {6}1 group$/m);
    expect(readFileSync(out, 'utf8').split('\n')).toEqual([
      '\uFEFFRow,CustomerId,CustomerName,InvoiceNumber,ProductName,SkuName,SubscriptionId,Finding,ChargeType,ChargeStartDate,ChargeEndDate,Currency,ExpectedSubtotal,BilledSubtotal,Difference,ExpectedQuantity,BilledQuantity,Fields,Form,Rules,Remedy,Message',
      // the sheet's row 3: the header is row 1, the purchase row 2
      `3,,,,,,${SUBSCRIPTION},different,addQuantity,2026-12-05,2026-12-19,USD,31.20,31.25,0.05,5,5,Subtotal,one-line,CHG-2,"raise it with Microsoft: row 3, billed 31.25 USD where the rules give 31.20 USD: 0.05 USD more",added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 31.25 USD`,
      '',
    ]);
    // --json on standard output: the summary goes to standard error
    const json = await runStreaming([
      'reconcile',
      '--file',
      file(csv(WORKED)),
      '--subscriptions',
      file([resource(15)]),
      '--json',
    ]);
    expect(JSON.parse(json.out).summary.exitCode).toBe(0);
    expect(json.err).toMatch(/^result +everything matched \(exit 0\)$/m);
  });

  it('REC-3: the progress bar is drawn only on a terminal, and cleared', async () => {
    const args = [
      'reconcile',
      '--file',
      file(csv(WORKED)),
      '--subscriptions',
      file([resource(15)]),
    ];
    const terminal = await runStreaming(args, true);
    expect(terminal.progress).toMatch(/\] 100% {2}2 lines/);
    expect(terminal.progress.endsWith('\r\x1b[K')).toBe(true);
    const piped = await runStreaming(args, false);
    expect(piped.progress).toBe('');
    expect(piped.err).toBe('');
    expect(piped.out).toBe(terminal.out);
  });

  it('REC-2: --locale writes the arithmetic in that language', async () => {
    const found = await reconciled(
      file(csv(edit([{}, { Subtotal: '31.25' }]))),
      [resource(15)],
      '--locale',
      'ko',
    );
    expect(String(found.findings[0]?.message)).toMatch(/[\uac00-\ud7a3]/);
  });

  it('ERR-1: a bad command line or file exits 2 with one line naming the flag', async () => {
    const recon = file(csv(WORKED));
    const resources = file([resource(15)]);
    const cases: [string[], RegExp][] = [
      [['--subscriptions', resources], /^error: --file: required/],
      [['--file', recon], /^error: --subscriptions: required/],
      [
        ['--file', recon, '--subscriptions', resources, '--json', '--csv'],
        /^error: --csv: cannot be used with --json/,
      ],
      [['--file', recon, '--subscriptions', resources, '--out', 'x.json'], /^error: --out: /],
      [
        ['--file', `${recon}.missing`, '--subscriptions', resources],
        /^error: --file: cannot read \S+ \(ENOENT\)$/,
      ],
      [
        ['--file', file('a,b\n1,2\n'), '--subscriptions', resources],
        /^error: --file: no column ChargeType, /,
      ],
      [['--file', recon, '--subscriptions', file('"items"')], /^error: --subscriptions: no array/],
      [
        ['--file', recon, '--file', recon, '--subscriptions', resources],
        /^error: --file: given more than once; give it once$/,
      ],
      [
        ['--file', recon, '--subscriptions', resources, '--period', '2026-13'],
        /^error: --period: expected the billing month as YYYY-MM \(2026-10\), got "2026-13"$/,
      ],
      [
        ['--file', recon, '--subscriptions', `${resources}.missing`],
        /^error: --subscriptions: cannot read \S+ \(ENOENT\)$/,
      ],
      [
        ['--file', recon, '--subscriptions', resources, '--prices', file('x\n1\n')],
        /^error: --prices: expected the columns/,
      ],
      [
        ['--file', recon, '--subscriptions', resources, 'extra'],
        /^error: reconcile: unexpected argument "extra"/,
      ],
    ];
    for (const [flags, message] of cases) {
      const run = await runStreaming(['reconcile', ...flags]);
      expect(run.code, flags.join(' ')).toBe(2);
      expect(run.err.trimEnd().split('\n')).toHaveLength(1);
      expect(run.err.trimEnd()).toMatch(message);
      expect(run.out).toBe('');
    }
  });

  describe('what a finance team hands over', () => {
    /** Bought 2026-10-28T16:30Z, 20 seats: its November cycle is due on 2026-11-28. */
    const october = resource(20, {
      id: 'S2',
      effectiveStartDate: '2026-10-28T16:30:00Z',
      commitmentEndDate: '2027-10-27T00:00:00Z',
    });

    it('REC-3: --period 2026-11 expects the cycle due on 2026-11-28 the file lacks; without it the file’s own days are assumed and said', async () => {
      const recon = file(csv(WORKED.slice(0, 1)));
      // S2 has no line in the file to take its price from
      const prices = file(
        `SubscriptionId,UnitPrice,Currency\n${SUBSCRIPTION},12.50,USD\nS2,12.50,USD\n`,
        { name: 'prices.csv' },
      );
      const assumed = await reconciled(recon, [resource(10), october], '--prices', prices);
      expect(assumed.code).toBe(0);
      expect(assumed.summary).toMatchObject({
        period: null,
        days: { first: '2026-11-20', last: '2026-11-20' },
      });
      expect(assumed.err).toMatch(
        /^period +2026-11-20 to 2026-11-20: the file's first and last days, assumed \(no --period\)$/m,
      );
      const month = await reconciled(
        recon,
        [resource(10), october],
        '--prices',
        prices,
        '--period',
        '2026-11',
      );
      expect(month.code).toBe(1);
      expect(month.summary).toMatchObject({
        period: '2026-11',
        days: { first: '2026-11-01', last: '2026-11-30' },
        matched: 1,
        missing: 1,
      });
      expect(month.findings).toEqual([
        expect.objectContaining({
          finding: 'missing',
          subscriptionId: 'S2',
          chargeType: 'cycleCharge',
          chargeStartDate: '2026-11-28',
          expected: { Subtotal: '250.00', BillableQuantity: '20', Currency: 'USD' },
        }),
      ]);
      expect(month.err).toMatch(/^period +2026-11: 2026-11-01 to 2026-11-30 \(--period\)$/m);
    });

    it('REC-3: --subscriptions reads an array, { value }, Partner Center’s { totalCount, items, links, attributes }, JSON lines, several files and a folder', async () => {
      const recon = file(csv(WORKED));
      const r = resource(15);
      const forms: string[][] = [
        [file([r])],
        [file({ value: [r], totalCount: 1 })],
        [
          file({
            totalCount: 1,
            items: [r],
            links: { self: { uri: '/subscriptions', method: 'GET' } },
            attributes: { objectType: 'Collection' },
          }),
        ],
        [file(`${JSON.stringify(r)}\n`, { name: 'resources.jsonl' })],
      ];
      for (const paths of forms) {
        const run = await runStreaming([
          'reconcile',
          '--file',
          recon,
          ...paths.flatMap((p) => ['--subscriptions', p]),
          '--json',
        ]);
        expect(JSON.parse(run.out).summary, paths.join()).toMatchObject({
          ...matchedBoth,
          subscriptions: 1,
        });
      }
      // two files, and a folder of them: every resource is read, each once
      const other = resource(15, { id: 'S3' });
      const both = file(
        csv([...WORKED, ...WORKED.map((row) => ({ ...row, SubscriptionId: 'S3' }))]),
      );
      const twoFiles = await runStreaming([
        'reconcile',
        '--file',
        both,
        '--subscriptions',
        file([r]),
        '--subscriptions',
        file({ items: [other] }),
        '--json',
      ]);
      expect(JSON.parse(twoFiles.out).summary).toMatchObject({
        subscriptions: 2,
        matched: 4,
        exitCode: 0,
      });
      const folder = tempFolder('resources-');
      writeFileSync(join(folder, 'a.json'), JSON.stringify({ items: [r] }));
      writeFileSync(join(folder, 'b.jsonl'), `${JSON.stringify(other)}\n`);
      writeFileSync(join(folder, 'notes.txt'), 'not read');
      const fromFolder = await runStreaming([
        'reconcile',
        '--file',
        both,
        '--subscriptions',
        folder,
        '--json',
      ]);
      expect(JSON.parse(fromFolder.out).summary).toMatchObject({
        subscriptions: 2,
        matched: 4,
        subscriptionIssues: 0,
        exitCode: 0,
      });
      // the same resource in two files is listed twice: an issue, the first compared
      const twice = await runStreaming([
        'reconcile',
        '--file',
        both,
        '--subscriptions',
        folder,
        '--subscriptions',
        file([r]),
        '--json',
      ]);
      expect(JSON.parse(twice.out).summary).toMatchObject({ matched: 4, subscriptionIssues: 1 });
      const empty = tempFolder('resources-');
      const none = await runStreaming(['reconcile', '--file', recon, '--subscriptions', empty]);
      expect([none.code, none.err.trimEnd()]).toEqual([
        2,
        `error: --subscriptions: the folder ${empty} holds no .json, .jsonl or .ndjson file`,
      ]);
    });
  });

  describe('findings a colleague can open', () => {
    const NAMED = [
      ...COLUMNS,
      'CustomerId',
      'CustomerName',
      'InvoiceNumber',
      'ProductName',
      'SkuName',
    ];
    const names = (customer: string, name: string): Row => ({
      CustomerId: customer,
      CustomerName: name,
      InvoiceNumber: 'G016907411',
      ProductName: 'Microsoft 365 Business Standard',
      SkuName: 'Business Standard',
    });
    // two customers' subscriptions, each billed more than the rules: 0.05 and 1.25 USD
    const rows: Row[] = [
      ...edit([{}, { Subtotal: '31.25' }]).map((row) => ({
        ...row,
        ...names('c1', 'Contoso, Ltd.'),
      })),
      ...edit([{}, { Subtotal: '32.45' }]).map((row) => ({
        ...row,
        SubscriptionId: 'S9',
        ...names('c2', '주식회사 한빛'),
      })),
    ];
    const resources = [resource(15), resource(15, { id: 'S9' })];

    it('REC-6: --csv names the customer of a file without CustomerId from the resource’s links.self.uri, the missing charge’s too', async () => {
      const customer = '7d0c6a52-8b1e-4f3a-9c2d-5e6f7a8b9c0d';
      const linked = resource(15, {
        links: { self: { uri: `/customers/${customer}/subscriptions/${SUBSCRIPTION}` } },
      });
      const run = await runStreaming([
        'reconcile',
        '--file',
        file(csv(edit([{}, { Subtotal: '31.25' }]))),
        '--subscriptions',
        file([linked]),
        '--period',
        '2026-12',
        '--csv',
      ]);
      expect(run.code).toBe(1);
      const lines = run.out
        .split('\n')
        .slice(1)
        .filter((line) => line !== '');
      expect(lines.map((line) => line.split(',').slice(1, 2)[0])).toEqual(
        lines.map(() => customer),
      );
      expect(lines.length).toBeGreaterThan(0);
    });

    it('REC-3: --csv is UTF-8 with a byte-order mark, the sheet’s rows, the customer, invoice and product of each finding', async () => {
      const out = file('', { name: 'findings.csv' });
      const run = await runStreaming([
        'reconcile',
        '--file',
        file(csv(rows, NAMED)),
        '--subscriptions',
        file(resources),
        '--at',
        '2027-01-10T00:00:00Z',
        '--csv',
        '--out',
        out,
      ]);
      expect(run.code).toBe(1);
      const written = readFileSync(out, 'utf8');
      expect(
        written.startsWith(
          '\uFEFFRow,CustomerId,CustomerName,InvoiceNumber,ProductName,SkuName,SubscriptionId,Finding,',
        ),
      ).toBe(true);
      expect(written.split('\n').slice(1, 3)).toEqual([
        `3,c1,"Contoso, Ltd.",G016907411,Microsoft 365 Business Standard,Business Standard,${SUBSCRIPTION},different,addQuantity,2026-12-05,2026-12-19,USD,31.20,31.25,0.05,5,5,Subtotal,one-line,CHG-2,"raise it with Microsoft: invoice G016907411, row 3, billed 31.25 USD where the rules give 31.20 USD: 0.05 USD more",added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 31.25 USD`,
        `5,c2,주식회사 한빛,G016907411,Microsoft 365 Business Standard,Business Standard,S9,different,addQuantity,2026-12-05,2026-12-19,USD,31.20,32.45,1.25,5,5,Subtotal,one-line,CHG-2,"raise it with Microsoft: invoice G016907411, row 5, billed 32.45 USD where the rules give 31.20 USD: 1.25 USD more",added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 32.45 USD`,
      ]);
      // the summary adds each customer's money at stake
      expect(run.out).toMatch(
        /^per customer +Contoso, Ltd\. \(c1\) +0\.05 USD\n +주식회사 한빛 \(c2\) +1\.25 USD$/m,
      );
      const json = await reconciled(file(csv(rows, NAMED)), resources);
      expect(json.summary.customers).toEqual([
        {
          customerId: 'c1',
          customerName: 'Contoso, Ltd.',
          atStake: [{ currency: 'USD', amount: '0.05', net: '0.05' }],
        },
        {
          customerId: 'c2',
          customerName: '주식회사 한빛',
          atStake: [{ currency: 'USD', amount: '1.25', net: '1.25' }],
        },
      ]);
      expect(json.findings[0]).toMatchObject({
        customerId: 'c1',
        customerName: 'Contoso, Ltd.',
        invoiceNumber: 'G016907411',
      });
    });

    it('REC-3: --min-at-stake 0.10 lists only the 1.25 USD finding; every count and total still includes the 0.05', async () => {
      const found = await reconciled(file(csv(rows, NAMED)), resources, '--min-at-stake', '0.10');
      expect(found.findings.map((f) => f.subscriptionId)).toEqual(['S9']);
      expect(found.summary).toMatchObject({
        different: 2,
        hidden: { below: '0.1', findings: 1 },
        exitCode: 1,
      });
      expect(found.summary.atStake).toEqual([{ currency: 'USD', amount: '1.30', net: '1.30' }]);
      expect(found.err).toMatch(
        /^listed +1 finding under 0\.1 at stake not listed \(--min-at-stake\), all counted above$/m,
      );
      // exactly the amount is listed; a bad amount is a usage error naming the flag
      expect(
        (await reconciled(file(csv(rows, NAMED)), resources, '--min-at-stake', '0.05')).findings,
      ).toHaveLength(2);
      const bad = await runStreaming([
        'reconcile',
        '--file',
        file(csv(rows, NAMED)),
        '--subscriptions',
        file(resources),
        '--min-at-stake=-1',
      ]);
      expect([bad.code, bad.err]).toEqual([
        2,
        'error: --min-at-stake: expected an amount ≥ 0 in the invoice\'s currency (5, 0.50), got "-1"\n',
      ]);
    });
  });

  describe('what to do about each finding, and why', () => {
    it('REC-6: 5 seats added billed 31.25 where the rules give 31.20, the same days, seats and price, are Microsoft’s to correct now, naming the sheet’s row 3, whatever --at', async () => {
      for (const at of ['2026-12-06T09:00:00Z', '2027-01-10T00:00:00Z']) {
        const found = await reconciled(
          file(csv(edit([{}, { Subtotal: '31.25' }]))),
          [resource(15)],
          '--at',
          at,
        );
        expect(found.findings[0]?.remedy, at).toEqual({
          when: 'now',
          message:
            'raise it with Microsoft: row 3, billed 31.25 USD where the rules give 31.20 USD: 0.05 USD more',
        });
      }
    });

    it('ERR-2: a price that cannot be read is named as the file writes it, never by an option’s path', async () => {
      const found = await reconciled(
        file(csv(edit([{ UnitPrice: '-12.50' }, { UnitPrice: '-12.50' }]))),
      );
      const issue = found.findings.find(
        (f) => f.finding === 'issue' && f.subscriptionId === SUBSCRIPTION,
      );
      // the real fault: a negative price (ERR-1), not a malformed text
      expect(issue?.message).toBe(
        'the file\'s UnitPrice column gives "-12.50" USD for it, which cannot price it: must not be negative, got "-12.50"',
      );
      expect(JSON.stringify(found.findings)).not.toContain('options.');
    });

    it('PCR-1, REC-3: an effectiveStartDate that is a renewal date, after the purchase the file bills, of a resource without creationDate, is said where it happens', async () => {
      const renewed = resource(15, {
        effectiveStartDate: '2026-12-20T10:00:00Z',
        creationDate: undefined,
      });
      const found = await reconciled(file(csv(WORKED)), [renewed]);
      expect(found.findings).toContainEqual({
        finding: 'issue',
        subscriptionId: SUBSCRIPTION,
        message:
          "its effectiveStartDate 2026-12-20T10:00:00Z is after the purchase the file bills on row 2: the resource states a later term's start (a renewal), so that purchase cannot be replayed; reconcile the month the subscription was bought with resources fetched then",
      });
      expect(found.summary).toMatchObject({ subscriptionIssues: 1 });
      // the purchase's own day is no renewal
      expect((await reconciled(file(csv(WORKED)), [resource(15)])).summary).toMatchObject({
        subscriptionIssues: 0,
      });
    });

    it('REC-5: with its creationDate, a resource renewed since the purchase the file bills is read back to it: the findings of the resource fetched before the renewal', async () => {
      const renewed = resource(15, {
        effectiveStartDate: '2026-12-20T00:00:00Z',
        commitmentEndDate: '2027-12-19T00:00:00Z',
        termDuration: 'P1M',
      });
      const before = resource(15, {
        termDuration: 'P1M',
        commitmentEndDate: '2026-12-19T00:00:00Z',
      });
      const found = await reconciled(file(csv(WORKED)), [renewed]);
      expect(found.summary).toMatchObject({ subscriptionIssues: 0 });
      expect(found.findings).toEqual((await reconciled(file(csv(WORKED)), [before])).findings);
    });

    it('MSG-1: the remedy speaks the language of --locale', async () => {
      const words = {
        ko: 'Microsoft에 정정을 요청하세요: 3행',
        'zh-Hans': '请向 Microsoft 提出更正：第 3 行',
        'zh-Hant': '請向 Microsoft 提出更正：第 3 列',
        en: 'raise it with Microsoft: row 3',
      };
      for (const [locale, start] of Object.entries(words)) {
        const found = await reconciled(
          file(csv(edit([{}, { Subtotal: '31.25' }]))),
          [resource(15)],
          '--at',
          '2026-12-06T09:00:00Z',
          '--locale',
          locale,
        );
        const remedy = found.findings[0]?.remedy as { message: string };
        expect(remedy.message.startsWith(start), locale).toBe(true);
        expect(remedy.message).toContain('31.25 USD');
      }
    });

    it('REC-6, CHG-1: a cycle billed at another price than the term’s locked one is Microsoft’s to correct now, not at renewal', async () => {
      const october = resource(20, {
        id: 'S2',
        effectiveStartDate: '2026-10-28T16:30:00Z',
        commitmentEndDate: '2027-10-27T00:00:00Z',
      });
      const cycle: Row = {
        ...WORKED[0],
        SubscriptionId: 'S2',
        ChargeType: 'cycleCharge',
        ChargeStartDate: '2026-11-28',
        ChargeEndDate: '2026-12-27',
        UnitPrice: '12.50',
        Quantity: '20',
        BillableQuantity: '20',
        Subtotal: '255.00',
      };
      const found = await reconciled(file(csv([cycle])), [october], '--at', '2027-01-10T00:00:00Z');
      expect(found.findings).toHaveLength(1);
      expect(found.findings[0]).toMatchObject({
        finding: 'different',
        expected: { Subtotal: '250.00' },
      });
      expect(found.findings[0]?.remedy).toEqual({
        when: 'now',
        message:
          'raise it with Microsoft: row 2, billed 255.00 USD where the rules give 250.00 USD: 5.00 USD more',
      });
    });

    it('REC-3: --explain prints one subscription’s replay side by side: resource, events, expected and billed lines, the arithmetic', async () => {
      const run = await runStreaming([
        'reconcile',
        '--file',
        file(csv(edit([{}, { Subtotal: '31.25' }]))),
        '--subscriptions',
        file([resource(15)]),
        '--explain',
        SUBSCRIPTION,
        '--at',
        '2027-01-10T00:00:00Z',
      ]);
      expect(run.code).toBe(1);
      const lines = run.out.split('\n');
      expect(lines.slice(0, 10)).toEqual([
        `subscription  ${SUBSCRIPTION}`,
        'resource      as fetched: 15 seats, active, P1Y billed monthly, from 2026-11-20T10:00:00Z',
        "taken back    15 seats as fetched, less the file's net change of +5: 10 before it (a change after the file's last day is not in it: fetch soon after the month ends)",
        'read at       2026-11-20T10:00:00.000Z: 10 seats, active, term 2026-11-20T10:00:00.000Z to 2027-11-20T00:00:00.000Z, 12.50 USD a seat a period',
        'events        2026-12-05  add 5 seats',
        'expected      new  2026-11-20 to 2026-12-19  10 seats  125.00 USD',
        '              addQuantity  2026-12-05 to 2026-12-19  5 seats  31.20 USD',
        'billed        new  2026-11-20 to 2026-12-19  10 seats  125.00 USD  row 2',
        '              addQuantity  2026-12-05 to 2026-12-19  5 seats  31.25 USD  row 3',
        'findings      addQuantity 2026-12-05: added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 31.25 USD',
      ]);
      expect(run.out).toMatch(/^result +differences found \(exit 1\)$/m);
      const unknown = await runStreaming([
        'reconcile',
        '--file',
        file(csv(WORKED)),
        '--subscriptions',
        file([resource(15)]),
        '--explain',
        'nobody',
      ]);
      expect([unknown.code, unknown.err]).toEqual([
        2,
        'error: --explain: no subscription "nobody" in --file or --subscriptions\n',
      ]);
    });

    it('REC-3, MSG-1: --explain under --locale ko labels its lines in Korean (and zh-Hans, zh-Hant in theirs): the replay’s lines as in English, the finding in Korean', async () => {
      const explain = async (locale: string) => {
        const run = await runStreaming([
          'reconcile',
          '--file',
          file(csv(edit([{}, { Subtotal: '31.25' }]))),
          '--subscriptions',
          file([resource(15)]),
          '--explain',
          SUBSCRIPTION,
          '--at',
          '2027-01-10T00:00:00Z',
          '--locale',
          locale,
        ]);
        return run.out.split('\n').slice(0, 10);
      };
      const labelsOf = (lines: string[]) => lines.map((line) => line.slice(0, 12).trim());
      const english = await explain('en');
      const korean = await explain('ko');
      expect(labelsOf(korean)).toEqual([
        '구독',
        '리소스',
        '되돌린 좌석',
        '읽은 시점',
        '이벤트',
        '예상 청구',
        '',
        '청구됨',
        '',
        '결과',
      ]);
      expect(korean.slice(0, 9).map((line) => line.slice(14, 60))).toEqual(
        english.slice(0, 9).map((line) => line.slice(14, 60)),
      );
      expect(korean[9]).toContain('2026-12-05에 시트 5개 추가');
      expect(labelsOf(await explain('zh-Hans'))[0]).toBe('订阅');
      expect(labelsOf(await explain('zh-Hant'))[0]).toBe('訂閱');
    });
  });

  describe('the findings a finance team can trust', () => {
    it('ERR-1: a failure of the tool itself while it writes exits 3 with one line, never 1 (differences)', async () => {
      let err = '';
      const code = await main(
        [
          'reconcile',
          '--file',
          file(csv(WORKED)),
          '--subscriptions',
          file([resource(15)]),
          '--json',
        ],
        () => {
          throw new TypeError('the terminal is gone');
        },
        (text) => {
          err += `${text}\n`;
        },
      );
      expect(code).toBe(3);
      expect(err).toBe(
        'error: internal failure: the terminal is gone (run again with --debug for its stack trace)\n',
      );
    });

    it('CHG-2, REC-3: 2 and 3 seats added on one day are two changes: 12.46 + 18.75 = 31.21 matches, exit 0', async () => {
      // r(r(1250·2/30)·15/2)·2 = r(83·7.5)·2 = 1246; r(r(1250·3/30)·15/3)·3 = 125·5·3 = 1875
      const twoAdditions: Row[] = [
        WORKED[0] as Row,
        {
          ...WORKED[1],
          Quantity: '12',
          BillableQuantity: '2',
          Subtotal: '12.46',
          EffectiveUnitPrice: '6.23',
        },
        {
          ...WORKED[1],
          Quantity: '15',
          BillableQuantity: '3',
          Subtotal: '18.75',
          EffectiveUnitPrice: '6.25',
        },
      ];
      const found = await reconciled(file(csv(twoAdditions)));
      expect(found.findings).toEqual([]);
      expect(found.summary).toMatchObject({ ...matchedBoth, exitCode: 0, atStake: [] });
      expect(found.code).toBe(0);
      // the one addition of their sum is what a single line of 5 seats bills: 31.20, not 31.21
      const oneLine = await reconciled(file(csv(edit([{}, { Subtotal: '31.21' }]))));
      expect(oneLine.findings[0]).toMatchObject({
        finding: 'different',
        expected: { Subtotal: '31.20' },
      });
    });

    it('ERR-2, REC-3: an unreadable change row ("31,20", a NUL byte) leaves its subscription unverified, never an invented difference', async () => {
      for (const broken of [{ Subtotal: '31,20' }, { BillableQuantity: '5\u0000' }]) {
        const found = await reconciled(file(csv(edit([{}, broken]))));
        expect(found.code).toBe(1);
        expect(found.summary).toMatchObject({
          matched: 0,
          different: 0,
          missing: 0,
          unexpected: 0,
          unverified: 1,
          rowsUnread: 1,
          subscriptionIssues: 1,
          atStake: [],
        });
        expect(found.findings.filter((f) => f.finding !== 'issue')).toEqual([]);
        expect(found.findings).toContainEqual({
          finding: 'issue',
          subscriptionId: SUBSCRIPTION,
          message: 'row 3 of it cannot be read: its 1 other group is not compared',
        });
        expect(found.err).toMatch(/not replayed in full/);
      }
    });

    it('REC-3, ERR-1: a column named twice (exactly or in another case) is one issue naming both at the first row, the first read, the same bytes with --workers, a spilling --memory and DuckDB', async () => {
      const line = (row: Row, again: string): string =>
        [...COLUMNS.map((c) => row[c] ?? ''), again].join(',');
      for (const other of ['Subtotal', 'subtotal']) {
        // the second Subtotal's cells differ from the first's: never read, never compared
        const text = [
          [...COLUMNS, other].join(','),
          line(WORKED[0] as Row, '999.00'),
          line(WORKED[1] as Row, '31.20'),
          '',
        ].join('\n');
        await sameIssuesOnEvery(file(text), [
          {
            finding: 'issue',
            row: 2,
            column: 'Subtotal',
            message: `the header also names this column ${other}; the first (Subtotal) is read`,
          },
        ]);
      }
    });

    it('REC-3, ERR-1: a CSV row shorter or longer than its header is an issue naming the row and both counts, its cells read by place, the same bytes with --workers, a spilling --memory and DuckDB', async () => {
      const cells = (row: Row): string[] => COLUMNS.map((c) => row[c] ?? '');
      const text = [
        [...COLUMNS, 'Note'].join(','),
        // one cell short: the last column (Note) is empty
        cells(WORKED[0] as Row).join(','),
        [...cells(WORKED[1] as Row), 'ok', 'extra'].join(','),
        '',
      ].join('\n');
      const width = COLUMNS.length + 1;
      await sameIssuesOnEvery(file(text), [
        {
          finding: 'issue',
          row: 2,
          column: '',
          message: `the row has ${width - 1} cells, its header ${width} names; its cells are read by place`,
        },
        {
          finding: 'issue',
          row: 3,
          column: '',
          message: `the row has ${width + 1} cells, its header ${width} names; its cells are read by place`,
        },
      ]);
    });

    it('ERR-2: four bad cells of one row are one row unread and four issues', async () => {
      const bad = edit([
        {},
        {
          ChargeStartDate: 'soon',
          ChargeEndDate: 'later',
          BillableQuantity: 'five',
          Subtotal: 'n/a',
        },
      ]);
      const run = await runStreaming([
        'reconcile',
        '--file',
        file(csv(bad)),
        '--subscriptions',
        file([resource(15)], { name: 'resources.json' }),
      ]);
      expect(run.out).toMatch(
        /^issues {9}1 row unread \(4 issues\), 1 subscription not replayed in full \(1 group unverified\)$/m,
      );
      const found = await reconciled(file(csv(bad)));
      expect(found.summary).toMatchObject({ rowsUnread: 1, rowIssues: 4 });
      expect(found.findings.filter((f) => f.row === 3)).toHaveLength(4);
    });
  });

  describe('properties', () => {
    it('the findings do not depend on the order of the file’s lines', async () => {
      const rows: Row[] = [
        ...edit([{}, { Subtotal: '31.25' }]),
        { ...WORKED[1], SubscriptionId: 'other' },
        { ...WORKED[0], ChargeType: 'tierTransitionFee' },
      ];
      const sorted = (f: Record<string, unknown>[]) =>
        f
          .map(({ rows: _, message, remedy, ...rest }) => {
            // the sentences name the sheet's rows, which move with the lines
            const unrowed = (text: unknown): string => String(text).replace(/rows? [\d, ]+/, 'row');
            const said = remedy as { message?: string } | undefined;
            return JSON.stringify({
              ...rest,
              message: unrowed(message),
              ...(said === undefined
                ? {}
                : { remedy: { ...said, message: unrowed(said.message) } }),
            });
          })
          .sort();
      const base = await reconciled(file(csv(rows)));
      await fc.assert(
        fc.asyncProperty(
          fc.shuffledSubarray(rows, { minLength: rows.length }),
          async (shuffled) => {
            const found = await reconciled(file(csv(shuffled)));
            expect(found.summary).toEqual({
              ...base.summary,
              file: found.summary.file,
              run: found.summary.run,
            });
            expect(sorted(found.findings)).toEqual(sorted(base.findings));
          },
        ),
        { numRuns: 15 },
      );
    });
  });
});
