import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { licence } from '../_licence.ts';
import { tempFolder } from '../_tempFolder.ts';
import { cli, runCli as run, scratch } from './_cli.ts';

const { dir, file } = scratch('cli-reconcile-', 'recon.csv');

const HEADER =
  'SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency';

/** A subscription of 10 seats at 12.50 USD bought 2026-11-20T10:00Z, as fetched afterwards. */
function resource(id: string, quantity = 10): Record<string, unknown> {
  return licence({ id, quantity });
}

/** `count` subscriptions, each's purchase billed as the rules say: a clean file. */
function cleanFile(count: number): { recon: string; resources: string } {
  const ids = Array.from({ length: count }, (_, i) => `sub-${String(i).padStart(6, '0')}`);
  const lines = ids.map((id) => `${id},new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD`);
  return {
    recon: file(`${[HEADER, ...lines].join('\n')}\n`),
    resources: file(
      ids.map((id) => resource(id)),
      'resources.json',
    ),
  };
}

describe('subscription-rules reconcile, built', () => {
  it('ERR-2, MSG-1: a price that cannot price a subscription is named where the user gave it — the file’s UnitPrice column or --prices — never by an option’s path, in English and Korean, on the main thread and in workers', () => {
    const id = 'sub-price';
    const line = (price: string) =>
      `${HEADER}\n${id},new,2026-11-20,2026-12-19,${price},12.50,10,10,125.00,USD\n`;
    const resources = file([resource(id)], 'resources.json');
    const prices = file(`SubscriptionId,UnitPrice,Currency\n${id},-12.50,USD\n`, 'prices.csv');
    const issue = (args: readonly string[]): string => {
      const { code, out, err } = run([
        'reconcile',
        '--subscriptions',
        resources,
        '--json',
        ...args,
      ]);
      expect(err).not.toContain('options.');
      expect(code).toBe(1);
      const { findings } = JSON.parse(out) as { findings: { finding: string; message: string }[] };
      expect(out).not.toContain('options.');
      return findings.find((f) => f.finding === 'issue')?.message ?? '';
    };
    for (const workers of ['1', '2']) {
      const own = ['--file', file(line('-12.50')), '--workers', workers];
      const listed = ['--file', file(line('12.50')), '--prices', prices, '--workers', workers];
      // the real fault of a negative price (ERR-1): it must not be negative
      expect(issue(own)).toBe(
        'the file\'s UnitPrice column gives "-12.50" USD for it, which cannot price it: must not be negative, got "-12.50"',
      );
      expect(issue(listed)).toBe(
        '--prices gives UnitPrice "-12.50" USD for it, which cannot price it: must not be negative, got "-12.50"',
      );
      expect(issue([...own, '--locale', 'ko'])).toBe(
        '파일의 UnitPrice 열이 이 구독에 "-12.50" USD을(를) 주지만 이 가격으로는 계산할 수 없습니다: 음수일 수 없습니다. 받은 값: "-12.50"',
      );
      expect(issue([...listed, '--locale', 'ko'])).toBe(
        '--prices이(가) 이 구독에 UnitPrice "-12.50" USD을(를) 주지만 이 가격으로는 계산할 수 없습니다: 음수일 수 없습니다. 받은 값: "-12.50"',
      );
    }
  });

  it('REC-3: an item of --subscriptions the reader cannot read is named with what is wrong in it (its field and why), with or without UnitPrice in the file, on the main thread and in workers, spilled or not — never as a missing price', () => {
    const header = HEADER.replace(',UnitPrice', '');
    const line = (id: string) => `${id},new,2026-11-20,2026-12-19,12.50,10,10,125.00,USD`;
    const ids = ['sub-read', 'sub-status', 'sub-type'];
    const unpriced = file(`${[header, ...ids.map(line)].join('\n')}\n`);
    const priced = file(
      `${[HEADER, ...ids.map((id) => line(id).replace(',12.50,', ',12.50,12.50,'))].join('\n')}\n`,
    );
    const { billingType: _, ...untyped } = resource('sub-type');
    const resources = file(
      [resource('sub-read'), resource('sub-status'), untyped]
        .map((item, i) => JSON.stringify(i === 1 ? { ...item, status: 'bogus' } : item))
        .join('\n'),
      'resources.jsonl',
    );
    const wrong = {
      'sub-status':
        'its item in --subscriptions cannot be read, so it is not replayed: resource.status: expected one of active, suspended, expired, disabled, deleted, got "bogus"',
      'sub-type':
        'its item in --subscriptions cannot be read, so it is not replayed: resource.billingType: expected one of license, usage, got undefined',
    };
    for (const recon of [unpriced, priced])
      for (const more of [
        ['--workers', '1'],
        ['--workers', '2'],
        ['--memory', '1K'],
      ]) {
        const { code, out } = run([
          'reconcile',
          '--file',
          recon,
          '--subscriptions',
          resources,
          '--json',
          ...more,
        ]);
        expect(code).toBe(1);
        const { findings } = JSON.parse(out) as {
          findings: { finding: string; subscriptionId?: string; message: string }[];
        };
        const issues = findings.filter((found) => found.finding === 'issue');
        const said = `${recon === priced ? 'priced' : 'unpriced'} ${more.join(' ')}`;
        expect(
          Object.fromEntries(
            issues
              .filter((found) => found.subscriptionId !== 'sub-read')
              .map((found) => [found.subscriptionId, found.message]),
          ),
          said,
        ).toEqual(wrong);
        // the one that reads is told what it lacks: a price, without UnitPrice in the file
        expect(
          issues.filter((found) => found.subscriptionId === 'sub-read').map((f) => f.message),
          said,
        ).toEqual(recon === priced ? [] : ['the file prints no UnitPrice for it: pass --prices']);
      }
  });

  it('REC-3: a reader that goes away (`--json | head -1`) ends the run quietly with its true exit code', async () => {
    const { recon, resources } = cleanFile(3000);
    const child = spawn(
      process.execPath,
      [cli, 'reconcile', '--file', recon, '--subscriptions', resources, '--json'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // the reader is gone before the first line is written
    child.stdout.destroy();
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      err += text;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|\n\s+at /);
    expect(err).toMatch(/^result +everything matched \(exit 0\)$/m);
    expect(code).toBe(0);
    // the same through a shell's pipe
    const piped = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${cli}" reconcile --file "${recon}" --subscriptions "${resources}" --json | head -1; exit \${PIPESTATUS[0]}`,
      ],
      { encoding: 'utf8' },
    );
    expect(piped.stdout).toBe('{"findings":[\n');
    expect(piped.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(piped.status).toBe(0);
  });

  /** The worked subscription's rows: its purchase, then the lines given. */
  const worked = (...lines: string[]): string =>
    `${[HEADER, 'S1,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD', ...lines].join('\n')}\n`;
  const fifteen = file([resource('S1', 15)], 'resources.json');
  const json = (
    recon: string,
    locale: string,
    ...flags: string[]
  ): {
    code: number | null;
    findings: Record<string, unknown>[];
    summary: Record<string, unknown>;
    err: string;
  } => {
    const result = run([
      'reconcile',
      '--file',
      file(recon),
      '--subscriptions',
      fifteen,
      '--json',
      '--locale',
      locale,
      ...flags,
    ]);
    const parsed = JSON.parse(result.out);
    return {
      code: result.code,
      findings: parsed.findings,
      summary: parsed.summary,
      err: result.err,
    };
  };

  for (const locale of ['en', 'ko']) {
    describe(`--locale ${locale}`, () => {
      it('CHG-2, REC-3: 2 and 3 seats added on one day bill 12.46 + 18.75: everything matched, exit 0', () => {
        const found = json(
          worked(
            'S1,addQuantity,2026-12-05,2026-12-19,12.50,6.23,12,2,12.46,USD',
            'S1,addQuantity,2026-12-05,2026-12-19,12.50,6.25,15,3,18.75,USD',
          ),
          locale,
        );
        expect([found.code, found.findings, found.summary.matched, found.summary.atStake]).toEqual([
          0,
          [],
          2,
          [],
        ]);
      });

      it('ERR-2: an unreadable change row ("31,20") leaves its subscription unverified, nothing at stake, exit 1', () => {
        const found = json(
          worked('S1,addQuantity,2026-12-05,2026-12-19,12.50,6.24,15,5,"31,20",USD'),
          locale,
        );
        expect(found.code).toBe(1);
        expect(found.summary).toMatchObject({
          different: 0,
          missing: 0,
          unverified: 1,
          rowsUnread: 1,
          atStake: [],
        });
        expect(found.findings.map((f) => f.finding)).toEqual(['issue', 'issue']);
        expect(found.findings[0]).toMatchObject({ row: 3, column: 'Subtotal' });
        expect(found.findings[0]?.message).toBe(
          locale === 'ko' ? '숫자여야 합니다' : 'expected a number',
        );
      });

      it('REC-3, ERR-1: a column named twice is one issue naming both, in the locale asked for; the first is read whatever the other holds', () => {
        const recon = `${HEADER},Subtotal\nS1,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD,125.00\nS1,addQuantity,2026-12-05,2026-12-19,12.50,6.24,15,5,31.20,USD,31.25\n`;
        const found = json(recon, locale);
        expect(found.findings.filter((f) => f.finding === 'issue')).toEqual([
          {
            finding: 'issue',
            row: 2,
            column: 'Subtotal',
            message:
              locale === 'ko'
                ? '헤더가 이 열을 Subtotal(으)로도 지정합니다. 첫 번째(Subtotal)를 읽었습니다'
                : 'the header also names this column Subtotal; the first (Subtotal) is read',
          },
        ]);
        expect(found.summary).toMatchObject({
          matched: 2,
          different: 0,
          rowIssues: 1,
          rowsUnread: 0,
        });
        expect(found.code).toBe(1);
      });

      it('REC-6: --csv names each finding’s customer from the resource’s links.self.uri where the file has no CustomerId, and its remedy says who acts: Microsoft for a charge billed otherwise, the partner to check a subscription not given', () => {
        const ko = locale === 'ko';
        const customer = '4f1e2d3c-5b6a-4978-8a9b-0c1d2e3f4a5b';
        const linked = {
          ...resource('S1', 15),
          links: { self: { uri: `/customers/${customer}/subscriptions/S1`, method: 'GET' } },
        };
        const recon = worked(
          'S1,addQuantity,2026-12-05,2026-12-19,12.50,6.25,15,5,31.25,USD',
          'S7,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD',
        );
        const result = run([
          'reconcile',
          '--file',
          file(recon),
          '--subscriptions',
          file([linked], 'resources.json'),
          '--csv',
          '--locale',
          locale,
        ]);
        expect(result.code).toBe(1);
        const rows = result.out
          .split('\n')
          .slice(1)
          .filter((line) => line !== '');
        const of = (id: string): string[] =>
          rows.filter((line) => line.split(',')[6] === id && !line.includes(',issue,'));
        expect(of('S1').map((line) => line.split(',').slice(0, 2))).toEqual([['3', customer]]);
        expect(of('S1')[0]).toContain(
          ko
            ? '"Microsoft에 정정을 요청하세요: 3행, 규칙상 31.20 USD인데 31.25 USD 청구됨: 0.05 USD 많음"'
            : '"raise it with Microsoft: row 3, billed 31.25 USD where the rules give 31.20 USD: 0.05 USD more"',
        );
        expect(of('S7').map((line) => line.split(',')[0])).toEqual(['4']);
        expect(of('S7')[0]).toContain(
          ko
            ? '제공된 구독에 없습니다: 누구의 구독인지 확인하고, 본인의 것이 아니면 Microsoft에 이의를 제기하세요'
            : '"not among the subscriptions given: check whose it is; if it is not yours, dispute it with Microsoft"',
        );
      });

      it('REC-3: every flag of reconcile, end to end', () => {
        const ko = locale === 'ko';
        const over = worked('S1,addQuantity,2026-12-05,2026-12-19,12.50,6.25,15,5,31.25,USD');
        const arithmetic = ko
          ? '2026-12-05에 시트 5개 추가'
          : 'added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 31.25 USD';
        // --subscriptions as Partner Center's collection, in a folder, given twice
        const folder = tempFolder('resources-', dir);
        writeFileSync(
          join(folder, 'page-1.json'),
          JSON.stringify({
            totalCount: 1,
            items: [resource('S1', 15)],
            links: {},
            attributes: { objectType: 'Collection' },
          }),
        );
        const other = file(`${JSON.stringify(resource('S2', 10))}\n`, 'more.jsonl');
        const base = [
          'reconcile',
          '--file',
          file(over),
          '--subscriptions',
          folder,
          '--subscriptions',
          other,
          '--locale',
          locale,
        ];
        // --period, --at, --json: the remedy and the arithmetic
        const json = run([
          ...base,
          '--period',
          '2026-12',
          '--at',
          '2026-12-06T09:00:00Z',
          '--json',
        ]);
        expect(json.code).toBe(1);
        const parsed = JSON.parse(json.out);
        expect(parsed.summary).toMatchObject({
          period: '2026-12',
          days: { first: '2026-12-01', last: '2026-12-31' },
          subscriptions: 2,
        });
        const difference = parsed.findings.find(
          (f: { finding: string }) => f.finding === 'different',
        );
        expect(difference.message).toContain(arithmetic);
        // REC-6: billed otherwise on the same days, seats and price: Microsoft's to correct now
        expect(difference.remedy.when).toBe('now');
        expect(difference.remedy.until).toBeUndefined();
        expect(difference.remedy.message).toMatch(
          ko
            ? /^Microsoft에 정정을 요청하세요: .*\d+행, 규칙상 31\.20 USD인데 31\.25 USD 청구됨: 0\.05 USD 많음$/
            : /^raise it with Microsoft: .*row \d+, billed 31\.25 USD where the rules give 31\.20 USD: 0\.05 USD more$/,
        );
        // --csv --out: a byte-order mark, the sheet's rows; the summary stays on standard output
        const out = join(dir, `findings-${locale}.csv`);
        const csvRun = run([...base, '--csv', '--out', out]);
        expect(csvRun.out).toMatch(
          ko ? /^결과 +차이 발견\(종료 코드 1\)$/m : /^result +differences found \(exit 1\)$/m,
        );
        const written = readFileSync(out, 'utf8');
        expect(written.startsWith('\uFEFFRow,CustomerId,')).toBe(true);
        expect(written).toContain(ko ? '2026-12-05에 시트 5개 추가' : '× 5 for 15 of 30 days');
        // --min-at-stake: the 0.05 is counted, not listed
        const hidden = JSON.parse(run([...base, '--json', '--min-at-stake', '1']).out);
        expect(
          hidden.findings.filter((f: { finding: string }) => f.finding === 'different'),
        ).toEqual([]);
        expect(hidden.summary).toMatchObject({ different: 1, hidden: { below: '1', findings: 1 } });
        // --explain: the one subscription side by side
        const explained = run([...base, '--explain', 'S1', '--at', '2026-12-06T09:00:00Z']);
        // its labels in the run's language (MSG-1), the replay's lines as written
        expect(explained.out).toMatch(
          ko ? /^이벤트 +2026-12-05 {2}add 5 seats$/m : /^events +2026-12-05 {2}add 5 seats$/m,
        );
        expect(explained.out).toContain(arithmetic);
        // a bad flag: one line naming it, exit 2; --debug is taken by every command
        for (const bad of [
          ['--period', 'October'],
          ['--min-at-stake', 'lots'],
          ['--file', file(over)],
          ['--explain', 'S1', '--json'],
        ]) {
          const refused = run([...base, ...bad]);
          expect(refused.code, bad.join(' ')).toBe(2);
          expect(refused.err.trimEnd().split('\n')).toHaveLength(1);
          expect(refused.err).toMatch(new RegExp(`^error: ${bad[0]}`));
        }
        expect(run([...base, '--debug']).code).toBe(1);
      });

      it('ERR-2: four bad cells of one row: one row unread, four issues', () => {
        const bad = worked('S1,addQuantity,soon,later,12.50,6.24,15,five,n/a,USD');
        const found = json(bad, locale);
        expect(found.summary).toMatchObject({ rowsUnread: 1, rowIssues: 4 });
        expect(found.err).toMatch(
          locale === 'ko'
            ? /^문제 +행 1개 읽지 못함 \(문제 4개\), 구독 1개 전체 재생 안 됨 \(그룹 1개 확인 안 됨\)$/m
            : /^issues +1 row unread \(4 issues\), 1 subscription not replayed in full \(1 group unverified\)$/m,
        );
      });
    });
  }

  describe('a distributor’s file of many markets (PL-7) and its sheet rows (REC-6)', () => {
    const prices = file(
      [
        'ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate,Segment',
        'CFQ7TTC0LH18,0001,P1Y,Monthly,DE,EUR,70.80,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
        'CFQ7TTC0LH18,0001,P1Y,Monthly,FR,EUR,72.00,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
        'CFQ7TTC0LH18,0001,P1Y,Monthly,US,USD,75.60,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
      ].join('\r\n'),
      'prices.csv',
    );
    const basic = (id: string, customer: string, quantity: number) => ({
      id,
      offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K5RF',
      offerName: 'Microsoft 365 Business Basic',
      quantity,
      productType: { id: 'OnlineServicesNCE' },
      creationDate: '2026-07-01T00:00:00Z',
      effectiveStartDate: '2026-07-01T00:00:00Z',
      commitmentEndDate: '2027-06-30T00:00:00Z',
      status: 'active',
      autoRenewEnabled: true,
      billingType: 'license',
      billingCycle: 'monthly',
      termDuration: 'P1Y',
      isMicrosoftProduct: true,
      links: { self: { uri: `/customers/${customer}/subscriptions/${id}` } },
    });
    const resources = file(
      [
        basic('sub-de', 'contoso', 10),
        basic('sub-fr', 'fabrikam', 4),
        basic('sub-none', 'tailspin', 2),
      ],
      'resources.json',
    );
    // contoso in Germany billed right (sheet row 2), fabrikam in France billed 0.50 too much (row 3)
    const recon = file(
      [
        'CustomerId,CustomerCountry,SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency',
        'contoso,de,sub-de,cycleCharge,2026-10-01,2026-10-31,5.90,5.90,10,10,59.00,EUR',
        'fabrikam,FR,sub-fr,cycleCharge,2026-10-01,2026-10-31,6.00,6.125,4,4,24.50,EUR',
        '',
      ].join('\n'),
    );
    const args = (locale: string, ...more: string[]) => [
      'reconcile',
      '--file',
      recon,
      '--subscriptions',
      resources,
      '--prices',
      prices,
      '--period',
      '2026-10',
      '--locale',
      locale,
      ...more,
    ];
    for (const locale of ['en', 'ko']) {
      it(`PL-7, REC-6 (${locale}): without --market each subscription is priced in its CustomerCountry; the difference names sheet row 3 in --json’s rows, its remedy and --csv; the subscription with no line says to give --market`, () => {
        const ko = locale === 'ko';
        const result = run(args(locale, '--json'));
        expect(result.code).toBe(1);
        const { findings, summary } = JSON.parse(result.out);
        expect(summary).toMatchObject({ matched: 1, different: 1 });
        const different = findings.find((f: { finding: string }) => f.finding === 'different');
        expect(different).toMatchObject({
          subscriptionId: 'sub-fr',
          rows: [3],
          customerCountry: 'FR',
          expected: { Subtotal: '24.00' },
        });
        expect(different.remedy.message).toMatch(ko ? /3행/ : /^raise it with Microsoft: row 3, /);
        expect(
          findings.find((f: { subscriptionId: string }) => f.subscriptionId === 'sub-none'),
        ).toMatchObject({
          finding: 'issue',
          message: ko
            ? '--prices에 시장이 3개(DE, FR, US) 있고 이 구독의 어느 줄에도 고객의 국가(CustomerCountry)가 없습니다: 가격을 정하려면 --market을(를) 지정하세요'
            : '--prices holds 3 markets (DE, FR, US) and no line of it names its customer’s country (CustomerCountry): give --market to price it',
        });
        const csv = run(args(locale, '--csv')).out.split('\n');
        expect(csv.find((line) => line.includes(',sub-fr,'))?.split(',')[0]).toBe('3');
        // --market overrides: in FR, contoso's 59.00 is 1.00 less than 10 × 6.00, tailspin's 12.00 missing
        const fr = JSON.parse(run(args(locale, '--json', '--market', 'FR')).out);
        expect(
          fr.findings.map((f: { finding: string; subscriptionId: string }) => [
            f.finding,
            f.subscriptionId,
          ]),
        ).toEqual([
          ['different', 'sub-de'],
          ['different', 'sub-fr'],
          ['missing', 'sub-none'],
        ]);
      });
    }
  });
});

describe('subscription-rules reconcile --explain, built: each term’s price source (REC-5)', () => {
  /** Month-to-month since 2026-06-01, fetched in November: October's term is rebuilt back. */
  const late = file(
    [
      licence({
        id: 'M1',
        quantity: 12,
        termDuration: 'P1M',
        creationDate: '2026-06-01T08:00:00Z',
        effectiveStartDate: '2026-11-01T00:00:00Z',
        commitmentEndDate: '2026-11-30T00:00:00Z',
      }),
    ],
    'resources.json',
  );
  const prices = file(
    'ProductId,SkuId,TermDuration,BillingPlan,Currency,UnitPrice\nCFQ7TTC0LDPB,0001,P1M,Monthly,USD,12.50\n',
    'prices.csv',
  );
  const explain = (line: string, locale: string) =>
    run([
      'reconcile',
      '--file',
      file(`${HEADER}\n${line}\n`),
      '--subscriptions',
      late,
      '--prices',
      prices,
      '--period',
      '2026-10',
      '--explain',
      'M1',
      '--locale',
      locale,
    ]);

  for (const locale of ['en', 'ko'])
    it(`REC-5: --locale ${locale}: the rebuilt term is priced by the file's UnitPrice on its lines when it prints one (13.00), else by --prices at its start (12.50), and --explain says which`, () => {
      const label = locale === 'ko' ? '약정 기간' : 'terms';
      const own = explain('M1,renew,2026-10-01,2026-10-31,13.00,13.00,12,12,156.00,USD', locale);
      expect(own.code).toBe(0);
      expect(own.out).toMatch(
        new RegExp(
          `^${label} +rebuilt back from 2026-10-01T00:00:00\\.000Z \\(a renewal\\): 13\\.00 USD a seat a period, from the file's UnitPrice on the term's lines$`,
          'm',
        ),
      );
      const listed = explain('M1,renew,2026-10-01,2026-10-31,,12.50,12,12,150.00,USD', locale);
      expect(listed.code).toBe(0);
      expect(listed.out).toMatch(
        new RegExp(
          `^${label} +rebuilt back from 2026-10-01T00:00:00\\.000Z \\(a renewal\\): 12\\.50 USD a seat a period, from --prices at the term's start$`,
          'm',
        ),
      );
    });
});
