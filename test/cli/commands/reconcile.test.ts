import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
const matchedBoth = {
  matched: 2,
  different: 0,
  missing: 0,
  unexpected: 0,
  refused: 0,
  rowIssues: 0,
};

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
    const found = await reconciled(
      file(csv(edit([{}, { Subtotal: '31.25', EffectiveUnitPrice: '6.25' }]))),
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
        rows: [2],
        form: 'one-line',
        fields: ['Subtotal'],
        expected: { Subtotal: '31.20', BillableQuantity: '5', Currency: 'USD' },
        actual: { Subtotal: '31.25', BillableQuantity: '5', Currency: 'USD' },
        rules: ['CHG-2'],
        message:
          'added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 31.25 USD',
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

  it('REC-3: a change the rules refuse is reported with their message, and its lines are unexpected', async () => {
    // 3 seats removed on 2026-11-28 (line from 11-29): the seats' 7-day window ended 11-27T10:00Z
    const late: Row = {
      ...WORKED[0],
      ChargeType: 'removeQuantity',
      ChargeStartDate: '2026-11-29',
      ChargeEndDate: '2026-12-19',
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
      row: 3,
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

  it('REC-3: --csv writes one finding a row; --out sends it to a file and keeps the summary on standard output', async () => {
    const out = file('', { name: 'findings.csv' });
    const run = await runStreaming([
      'reconcile',
      '--file',
      file(csv(edit([{}, { Subtotal: '31.25' }]))),
      '--subscriptions',
      file([resource(15)], { name: 'resources.json' }),
      '--csv',
      '--out',
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^different {6}1 group$/m);
    expect(readFileSync(out, 'utf8').split('\n')).toEqual([
      'Finding,SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,Currency,ExpectedSubtotal,BilledSubtotal,ExpectedQuantity,BilledQuantity,Fields,Form,Rows,Rules,Message',
      `different,${SUBSCRIPTION},addQuantity,2026-12-05,2026-12-19,USD,31.20,31.25,5,5,Subtotal,one-line,2,CHG-2,added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 31.25 USD`,
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
      [
        ['--file', recon, '--subscriptions', file('{"items":[]}')],
        /^error: --subscriptions: no array/,
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

  describe('properties', () => {
    it('the findings do not depend on the order of the file’s lines', async () => {
      const rows: Row[] = [
        ...edit([{}, { Subtotal: '31.25' }]),
        { ...WORKED[1], SubscriptionId: 'other' },
        { ...WORKED[0], ChargeType: 'tierTransitionFee' },
      ];
      const sorted = (f: Record<string, unknown>[]) =>
        f
          .map(({ rows: _, message, ...rest }) =>
            JSON.stringify({ ...rest, message: String(message).replace(/row \d+/, 'row') }),
          )
          .sort();
      const base = await reconciled(file(csv(rows)));
      await fc.assert(
        fc.asyncProperty(
          fc.shuffledSubarray(rows, { minLength: rows.length }),
          async (shuffled) => {
            const found = await reconciled(file(csv(shuffled)));
            expect(found.summary).toEqual({ ...base.summary, file: found.summary.file });
            expect(sorted(found.findings)).toEqual(sorted(base.findings));
          },
        ),
        { numRuns: 15 },
      );
    });
  });
});
