import fc from 'fast-check';
import type { Product } from 'subscription-rules';
import { cancellationDecision } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { epochMs } from '../../_arbitraries.ts';
import { run } from '../_run.ts';

const saas = [
  '--product',
  'marketplace-saas',
  '--billing',
  'monthly',
  '--ordered',
  '2026-11-20T10:00:00Z',
];

describe('subscription-rules refund', () => {
  it('REF-1: says the outcome, the rule, the policy, until when the window runs and the credit', () => {
    const { code, out } = run(
      'refund',
      ...saas,
      '--at',
      '2026-11-21T09:59:59.999Z',
      '--price',
      '19.99',
      '--currency',
      'USD',
    );
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'outcome  full-credit',
        'rule     REF-1',
        'policy   partner-center-2021-03',
        'window   runs until 2026-11-21T10:00:00.000Z (closes in under a minute)',
        'credit   19.99 USD',
        'Cancelled within 24 hours of the order: full credit on the next invoice (window ends 2026-11-21T10:00:00.000Z).',
        '',
      ].join('\n'),
    );
  });

  it('REF-2: at the end of the 24 hours the cancellation is scheduled, and the window is reported closed', () => {
    const { out } = run('refund', ...saas, '--at', '2026-11-21T10:00:00Z');
    expect(out).toContain('outcome  cancel-at-renewal');
    expect(out).toContain('window   closed at 2026-11-21T10:00:00.000Z');
  });

  it('REF-5: --json prints exactly the library decision, with the price read exactly', () => {
    const argv = [
      '--product',
      'software-subscription',
      '--ordered',
      '2021-03-07T12:00:00Z',
      '--at',
      '2021-04-20T08:00:00Z',
    ];
    const { code, out } = run(
      'refund',
      ...argv,
      '--price',
      '365.00',
      '--currency',
      'USD',
      '--term',
      'P1Y',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(
      cancellationDecision(
        {
          product: 'software-subscription',
          orderedAt: '2021-03-07T12:00:00Z',
          price: { amount: 36_500, currency: 'USD' },
          term: 'P1Y',
        },
        '2021-04-20T08:00:00Z',
      ),
    );
    expect(JSON.parse(out)).toMatchObject({
      policyId: 'partner-center-2020-01',
      credit: { amount: 32_000 },
    });
  });

  it.each([
    [
      ['--product', 'office', '--ordered', '2026-01-01T00:00:00Z', '--at', '2026-01-02T00:00:00Z'],
      '--product',
    ],
    [
      [
        '--product',
        'marketplace-saas',
        '--ordered',
        '2026-01-01T00:00:00Z',
        '--at',
        '2026-01-02T00:00:00Z',
      ],
      '--billing',
    ],
    [
      [
        ...saas.slice(0, 2),
        '--billing',
        'weekly',
        '--ordered',
        '2026-01-01T00:00:00Z',
        '--at',
        '2026-01-02T00:00:00Z',
      ],
      '--billing',
    ],
    [
      ['--product', 'software-plan', '--ordered', '2026-01-01', '--at', '2026-01-02T00:00:00Z'],
      '--ordered',
    ],
    [
      [
        '--product',
        'software-plan',
        '--ordered',
        '2026-01-02T00:00:00Z',
        '--at',
        '2026-01-01T00:00:00Z',
      ],
      '--at',
    ],
    [['--product', 'software-plan', '--ordered', '2026-01-02T00:00:00Z'], '--at'],
    [
      [
        '--product',
        'software-subscription',
        '--ordered',
        '2026-01-01T00:00:00Z',
        '--at',
        '2026-01-02T00:00:00Z',
        '--term',
        'P1M',
      ],
      '--term',
    ],
    [
      [
        '--product',
        'software-plan',
        '--ordered',
        '2026-01-01T00:00:00Z',
        '--at',
        '2026-01-02T00:00:00Z',
        '--price',
        '1.999',
        '--currency',
        'USD',
      ],
      '--price',
    ],
    [
      [
        '--product',
        'software-plan',
        '--ordered',
        '2026-01-01T00:00:00Z',
        '--at',
        '2026-01-02T00:00:00Z',
        '--price',
        '1',
        '--currency',
        'US$',
      ],
      '--currency',
    ],
    [
      [
        '--product',
        'software-plan',
        '--ordered',
        '2026-01-01T00:00:00Z',
        '--at',
        '2026-01-02T00:00:00Z',
        '--price',
        '1',
      ],
      '--price',
    ],
    [
      [
        '--product',
        'software-plan',
        '--ordered',
        '2026-01-01T00:00:00Z',
        '--at',
        '2026-01-02T00:00:00Z',
        '--currency',
        'USD',
      ],
      '--price',
    ],
  ])('REF-10: %j exits 2 with one error line naming %s', (argv, flag) => {
    const { code, out, err } = run('refund', ...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err.startsWith(`error: ${flag}: `)).toBe(true);
  });

  describe('properties', () => {
    it('REF-9: for any product and instants, --json is the library decision and the human text names its outcome, rule and policy', () => {
      const products: readonly Product[] = [
        'marketplace-saas',
        'marketplace-usage',
        'software-perpetual',
        'software-subscription',
        'software-plan',
        'windows-7-esu',
      ];
      fc.assert(
        fc.property(
          fc.constantFrom(...products),
          epochMs,
          fc.integer({ min: 0, max: 90 * 86_400_000 }),
          (product, ordered, after) => {
            const orderedAt = new Date(ordered).toISOString();
            const at = new Date(ordered + after).toISOString();
            const argv = [
              'refund',
              '--product',
              product,
              '--billing',
              'annual',
              '--ordered',
              orderedAt,
              '--at',
              at,
            ];
            const decision = cancellationDecision(
              { product, billingCycle: 'annual', orderedAt },
              at,
            );
            expect(JSON.parse(run(...argv, '--json').out)).toEqual(decision);
            const human = run(...argv).out;
            for (const text of [
              decision.outcome,
              decision.rule,
              decision.policyId,
              decision.message,
            ]) {
              expect(human).toContain(text);
            }
          },
        ),
        { numRuns: 50 },
      );
    });
  });
});
