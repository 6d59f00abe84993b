import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  CONTOSO,
  contosoBilled,
  contosoCost,
  contosoSeats,
  fabrikamBilled,
  fabrikamCost,
  map,
  northwindBilled,
  northwindCost,
  type Row,
} from '../resale/_worked.ts';
import { runCli, scratch } from './_cli.ts';

/** Rows as a CSV file with their header, quoted where a cell needs it. */
function csv(rows: readonly Row[]): string {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: string) =>
    /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  return `${[header.join(','), ...rows.map((row) => header.map((name) => cell(row[name] ?? '')).join(','))].join('\r\n')}\r\n`;
}

const folder = scratch('resale-cli-');
const cost = folder.file(csv([...contosoCost, ...fabrikamCost, ...northwindCost]), 'recon.csv');
const billed = folder.file(
  `\uFEFF${csv([...contosoBilled, ...fabrikamBilled, ...northwindBilled])}`,
  'psa.csv',
);
const mapFile = folder.file(map, 'map.json');
const seats = folder.file(contosoSeats, 'seats.json');
const fx = ['--fx', 'USD:EUR=0.9237@2026-11'];

describe('subscription-rules resale (RSL-9)', () => {
  it('RSL-9 prints each customer’s month, the findings with money a month and remedy, totals per currency; exit 1', () => {
    const run = runCli([
      'resale',
      '--cost',
      cost,
      '--billed',
      billed,
      '--map',
      mapFile,
      '--seats',
      seats,
      '--floor',
      '10%',
      ...fx,
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/Contoso\s+2026-11\s+595\.40 USD\s+661\.50 USD\s+66\.10 USD\s+9\.99 %/);
    expect(run.out).toMatch(
      /Northwind\s+2026-11\s+115\.46 EUR\s+126\.00 EUR\s+10\.54 EUR\s+8\.37 %/,
    );
    expect(run.out).toContain('2026-11 Contoso · unbilled seats · 52.00 USD a month');
    expect(run.out).toContain('→ now: Bill 2 more seats of BP-Y-M from 2026-11');
    expect(run.out).toContain('2026-11 Contoso · term or billing mismatch · 60.00 USD a month');
    expect(run.out).toContain('→ at renewal: Sell P1Y annual to the customer');
    expect(run.out).toContain('2026-11 Contoso · margin below the floor · 0.05 USD a month');
    expect(run.out).toContain('2026-11 Fabrikam · margin below the floor · 9.10 USD a month');
    expect(run.out).toMatch(/At stake a month: \d+\.\d\d EUR; \d+\.\d\d USD/);
    expect(run.out).toContain('Not Microsoft resale (codes not in the map): 360.00 USD, lines: 1');
  });

  it('RSL-9 --json writes the library’s result and which rows came from which file; gzip read by its bytes', () => {
    const zipped = folder.file(gzipSync(readFileSync(cost)), 'recon.csv.gz');
    const out = folder.path('resale.json');
    const run = runCli([
      'resale',
      '--cost',
      zipped,
      '--billed',
      billed,
      '--map',
      mapFile,
      ...fx,
      '--json',
      '--out',
      out,
    ]);
    expect(run.code).toBe(1);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.summary.months).toEqual(['2026-10', '2026-11']);
    expect(
      written.findings.map((f: { kind: string; atStake: { amount: number } }) => [
        f.kind,
        f.atStake.amount,
      ]),
    ).toEqual([
      ['price-not-passed-on', 3000],
      ['price-not-passed-on', 710],
      ['unbilled-seats', 5200],
      ['ghost', 3600],
      ['term-mismatch', 6000],
      ['unbilled-seats', 1400],
    ]);
    expect(written.files.cost).toEqual([{ file: zipped, firstRow: 2, lastRow: 12 }]);
    expect(run.out).toContain('Contoso');
  });

  it('RSL-9 --csv writes one row per finding for a spreadsheet; --period judges one month', () => {
    const run = runCli([
      'resale',
      '--cost',
      cost,
      '--billed',
      billed,
      '--map',
      mapFile,
      '--period',
      '2026-10',
      '--csv',
    ]);
    expect(run.code).toBe(0);
    expect(run.out.startsWith('\uFEFFmonth,customerId,customerName,kind')).toBe(true);
    expect(run.out.trim().split('\n')).toHaveLength(1);
    const november = runCli([
      'resale',
      '--cost',
      cost,
      '--billed',
      billed,
      '--map',
      mapFile,
      '--period',
      '2026-11',
      '--csv',
      ...fx,
    ]);
    expect(november.out).toContain(
      `2026-11,${CONTOSO[0]},Contoso,unbilled-seats,CFQ7TTC0LCHC,0002,P1Y,monthly,2,52.00,USD,now,`,
    );
  });

  it('RSL-9 nothing leaks: exit 0 with one line saying so', () => {
    const clean = folder.file(csv(contosoCost.slice(1, 3)), 'clean.csv');
    const cleanBilled = folder.file(csv(contosoBilled.slice(1, 3)), 'clean-psa.csv');
    const run = runCli(['resale', '--cost', clean, '--billed', cleanBilled, '--map', mapFile]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      'Nothing leaks: every customer is billed what it costs (2 cost rows, 2 billed rows).',
    );
  });

  it('RSL-9 in Korean: labels, findings and remedies', () => {
    const run = runCli([
      'resale',
      '--cost',
      cost,
      '--billed',
      billed,
      '--map',
      mapFile,
      ...fx,
      '--locale',
      'ko',
    ]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/고객\s+월\s+비용\s+청구\s+마진\s+마진 %/);
    expect(run.out).toContain('2026-11 Contoso · 청구되지 않은 좌석 · 월 52.00 USD');
    expect(run.out).toContain('→ 지금: 2026-11부터 BP-Y-M 좌석 2개를 더 청구하세요');
    expect(run.out).toContain('→ 갱신 시: 고객에게 P1Y annual을(를) 판매하거나');
  });

  it('RSL-9 without a rate the customer-month is an issue; a bad command line or file exits 2 with one line', () => {
    const noRate = runCli(['resale', '--cost', cost, '--billed', billed, '--map', mapFile]);
    expect(noRate.code).toBe(1);
    expect(noRate.out).toContain('NO_FX_RATE: No exchange rate from USD to EUR for 2026-11');
    const cases: [string[], string][] = [
      [
        ['resale', '--billed', billed, '--map', mapFile],
        'error: --cost: required (the reconciliation files)',
      ],
      [
        ['resale', '--cost', cost, '--billed', billed, '--map', mapFile, '--fx', 'USD-EUR'],
        'error: --fx: expected FROM:TO=RATE',
      ],
      [
        ['resale', '--cost', cost, '--billed', billed, '--map', mapFile, '--floor', '100%'],
        'error: --floor: expected a percentage',
      ],
      [
        ['resale', '--cost', cost, '--billed', billed, '--map', mapFile, '--period', '2026-13'],
        'error: --period: expected a month',
      ],
      [
        ['resale', '--cost', folder.path('none.csv'), '--billed', billed, '--map', mapFile],
        'error: --cost: cannot read',
      ],
      [
        [
          'resale',
          '--cost',
          cost,
          '--billed',
          billed,
          '--map',
          folder.file({ billed: {}, products: [] }, 'bad.json'),
        ],
        'error: map.billed.customer',
      ],
    ];
    for (const [args, line] of cases) {
      const run = runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.err.startsWith(line), run.err).toBe(true);
      expect(run.err.trim().split('\n')).toHaveLength(1);
    }
  });
});
