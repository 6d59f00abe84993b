import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { reservationExchange, reservationRefund } from 'subscription-rules';
import { reservation } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../_tempFolder.ts';
import { run } from '../_run.ts';

const threeYears = [
  '--type',
  'virtual-machines',
  '--term',
  'P3Y',
  '--billing-plan',
  'monthly',
  '--purchased',
  '2026-01-15T00:00:00Z',
  '--price',
  '3600',
  '--currency',
  'USD',
];

/** A file holding `value` as JSON, in a folder of its own. */
function jsonFile(value: unknown): string {
  const file = join(tempFolder('reservation-'), 'refunds.json');
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('subscription-rules reservation', () => {
  it("RES-1: refund prints the source's example — 2 400 USD of commitment cancelled, 47 600 USD of the limit left — and when it comes back", () => {
    const { code, out, err } = run(
      'reservation',
      'refund',
      ...threeYears,
      '--at',
      '2026-12-20T00:00:00Z',
    );
    expect([code, err]).toEqual([0, '']);
    expect(out).toBe(
      [
        'outcome                  refund',
        'rule                     RES-1',
        'policy                   partner-center-2021-03',
        'refund                   80.65 USD',
        'cancelled commitment     2400.00 USD',
        'limit left               47600.00 USD',
        'this refund restores at  2027-12-20T00:00:00.000Z',
        'Refunded: the unused part of the reservation at the lower of its purchase and current price. The cancelled commitment counts against the customer’s refund limit until 2027-12-20T00:00:00.000Z.',
        '',
      ].join('\n'),
    );
  });

  it('RES-1: --history reads the earlier refunds; one within 365 days counts until its 365th day, and past the limit nothing is refunded', () => {
    const history = jsonFile([
      { at: '2026-06-01T00:00:00Z', cancelledCommitment: { amount: 4_000_000, currency: 'USD' } },
      {
        at: '2026-07-01T00:00:00Z',
        cancelledCommitment: { amount: 700_000, currency: 'EUR' },
        usdRate: '1.1',
      },
    ]);
    const { code, out } = run(
      'reservation',
      'refund',
      ...threeYears,
      '--at',
      '2026-12-20T00:00:00Z',
      '--history',
      history,
    );
    expect(code).toBe(0);
    expect(out).toContain('outcome               over-limit');
    expect(out).toContain('limit left            2300.00 USD');
    expect(out).toContain('limit restores        40000.00 USD at 2027-06-01T00:00:00.000Z');
    expect(out).toContain('limit restores        7700.00 USD at 2027-07-01T00:00:00.000Z');
    const json = JSON.parse(
      run(
        'reservation',
        'refund',
        ...threeYears,
        '--at',
        '2026-12-20T00:00:00Z',
        '--history',
        history,
        '--json',
      ).out,
    );
    expect(json).toEqual(
      reservationRefund(
        {
          id: 'reservation',
          type: 'virtual-machines',
          term: 'P3Y',
          billingPlan: 'monthly',
          purchasedAt: '2026-01-15T00:00:00Z',
          price: { amount: 360_000, currency: 'USD' },
        },
        '2026-12-20T00:00:00Z',
        {
          refunds: [
            {
              at: '2026-06-01T00:00:00Z',
              cancelledCommitment: { amount: 4_000_000, currency: 'USD' },
            },
            {
              at: '2026-07-01T00:00:00Z',
              cancelledCommitment: { amount: 700_000, currency: 'EUR' },
              usdRate: '1.1',
            },
          ],
        },
      ),
    );
  });

  it('RES-1: a current price lower than the purchase price is refunded, and a reservation in another currency needs --usd-rate', () => {
    const upfront = [
      '--type',
      'sql-database',
      '--term',
      'P1Y',
      '--billing-plan',
      'upfront',
      '--purchased',
      '2026-03-01T00:00:00Z',
      '--at',
      '2026-06-15T12:00:00Z',
    ];
    const usd = run(
      'reservation',
      'refund',
      ...upfront,
      '--price',
      '1234.56',
      '--current-price',
      '987.65',
      '--currency',
      'USD',
    );
    expect(usd.out).toContain('refund                   698.12 USD');
    expect(usd.out).toContain('cancelled commitment     872.65 USD');
    const euro = run(
      'reservation',
      'refund',
      ...upfront,
      '--price',
      '1234.56',
      '--currency',
      'EUR',
    );
    expect([euro.code, euro.err]).toEqual([
      2,
      'error: --usd-rate: expected a rate in USD per unit: a decimal > 0 with at most 10 decimals, got undefined\n',
    ]);
    const rated = run(
      'reservation',
      'refund',
      ...upfront,
      '--price',
      '1234.56',
      '--currency',
      'EUR',
      '--usd-rate',
      '1.0825',
    );
    expect(rated.out).toContain('limit left               49055.36 USD');
  });

  it('RES-1, RES-3: a type Microsoft never refunds, in Simplified Chinese', () => {
    const { code, out } = run(
      'reservation',
      'refund',
      ...threeYears.map((arg) => (arg === 'virtual-machines' ? 'databricks' : arg)),
      '--at',
      '2026-12-20T00:00:00Z',
      '--locale',
      'zh-Hans',
    );
    expect(code).toBe(0);
    expect(out).toContain('outcome  not-refundable');
    expect(out).toContain('类型为 "databricks" 的预留不可退款。');
  });

  it('RES-2: exchange is closed for a service savings plans cover bought from 2027-02-01, open before and for other services', () => {
    const vm = [
      '--type',
      'virtual-machines',
      '--term',
      'P1Y',
      '--billing-plan',
      'upfront',
      '--price',
      '1200',
      '--currency',
      'USD',
      '--at',
      '2027-03-01T00:00:00Z',
    ];
    const closed = run('reservation', 'exchange', ...vm, '--purchased', '2027-02-01T00:00:00Z');
    expect(closed.out).toBe(
      'outcome  not-exchangeable\nReservations bought from 2027-02-01T00:00:00.000Z for a service savings plans cover (virtual-machines) cannot be exchanged.\n',
    );
    expect(
      run('reservation', 'exchange', ...vm, '--purchased', '2027-01-31T23:59:59.999Z').out,
    ).toBe('outcome  allowed\n');
    expect(
      run(
        'reservation',
        'exchange',
        ...vm,
        '--purchased',
        '2027-02-01T00:00:00Z',
        '--service',
        'cosmos-db',
        '--json',
      ).out,
    ).toBe(`${JSON.stringify({ ok: true, outcome: 'allowed' }, null, 2)}\n`);
  });

  it('ERR-1: bad input exits 2 with one line naming the flag', () => {
    const cases: [string[], string][] = [
      [['reservation'], 'error: expected refund or exchange after reservation, got ""'],
      [['reservation', 'refnd'], 'did you mean refund?'],
      [['reservation', 'refund', ...threeYears], 'error: --at: required'],
      [
        ['reservation', 'refund', ...threeYears, '--at', '2029-01-15T00:00:00Z'],
        'error: --at: expected an instant before the reservation’s term ends (2029-01-15T00:00:00.000Z)',
      ],
      [
        ['reservation', 'refund', ...threeYears.slice(2), '--at', '2026-12-20T00:00:00Z'],
        'error: --type: required',
      ],
      [
        [
          'reservation',
          'refund',
          ...threeYears.map((arg) => (arg === 'P3Y' ? 'P2Y' : arg)),
          '--at',
          '2026-12-20T00:00:00Z',
        ],
        'error: --term: expected one of "P1Y", "P3Y"',
      ],
      [
        ['reservation', 'refund', ...threeYears, '--at', '2026-12-20T00:00:00Z', '--service', 'x'],
        'error: --service: only with reservation exchange',
      ],
      [
        [
          'reservation',
          'exchange',
          ...threeYears,
          '--at',
          '2026-12-20T00:00:00Z',
          '--history',
          'x',
        ],
        'error: --history: only with reservation refund',
      ],
      [
        [
          'reservation',
          'refund',
          ...threeYears,
          '--at',
          '2026-12-20T00:00:00Z',
          '--history',
          jsonFile([
            { at: '2026-12-21T00:00:00Z', cancelledCommitment: { amount: 1, currency: 'USD' } },
          ]),
        ],
        'error: --history 0.at: expected an instant at or before at (2026-12-20T00:00:00.000Z)',
      ],
      [
        [
          'reservation',
          'refund',
          ...threeYears,
          '--at',
          '2026-12-20T00:00:00Z',
          '--history',
          jsonFile([
            { at: '2026-12-01T00:00:00Z', cancelledCommitment: { amount: 1, currency: 'EUR' } },
          ]),
        ],
        'error: --history: 0.usdRate: is required',
      ],
      [
        [
          'reservation',
          'refund',
          ...threeYears,
          '--at',
          '2026-12-20T00:00:00Z',
          '--history',
          jsonFile({}),
        ],
        'error: --history: (list): expected a list of refunds',
      ],
    ];
    for (const [argv, message] of cases) {
      const { code, out, err } = run(...argv);
      expect([code, out], argv.join(' ')).toEqual([2, '']);
      expect(err.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(err, argv.join(' ')).toContain(message);
    }
  });

  describe('properties', () => {
    it('RES-1, RES-2: --json prints exactly what the library answers, for any reservation in USD', () => {
      fc.assert(
        fc.property(
          reservation({ currencies: ['USD'] }),
          fc.nat({ max: 364 * 86_400_000 }),
          (r, later) => {
            const at = new Date(Date.parse(r.purchasedAt) + later).toISOString();
            const decimal = (amount: number) => (amount / 100).toFixed(2);
            const argv = [
              '--id',
              r.id,
              '--type',
              r.type,
              '--term',
              r.term,
              '--billing-plan',
              r.billingPlan,
              '--purchased',
              r.purchasedAt,
              '--price',
              decimal(r.price.amount),
              ...(r.currentPrice === undefined
                ? []
                : ['--current-price', decimal(r.currentPrice.amount)]),
              '--currency',
              'USD',
              '--at',
              at,
              '--json',
            ];
            expect(JSON.parse(run('reservation', 'refund', ...argv).out)).toEqual(
              reservationRefund(r, at),
            );
            expect(JSON.parse(run('reservation', 'exchange', ...argv).out)).toEqual(
              reservationExchange(r, at),
            );
          },
        ),
        { numRuns: 40 },
      );
    });
  });
});
